"""``rlxc opt FILE -p PIPELINE``: run passes on IR text, like mlir-opt / xdsl-opt.

FILE is IR of any level: the rlx dialect (L1), buffers (L2), loops (L3) as ``.mlir``,
or LLVM IR as ``.ll``; ``-`` reads stdin. Every file ``--dump-ir`` writes is a valid
FILE, so a pipeline can be resumed from any pass.
"""

from __future__ import annotations

import sys

from rlxc.commands.common import VERIFY_FLAGS, add_dump_options, dump_fields, given_flags, refuse_flags


def register(sub) -> None:
    p = sub.add_parser("opt", help="run a pass pipeline on an IR file (like mlir-opt)",
                       description="Run a pass pipeline on IR text and print the result. "
                                   "`rlxc passes` lists the passes.")
    p.add_argument("file", help="input .mlir (or .ll) file, or - for stdin")
    p.add_argument("-p", "--pipeline", default="",
                   help="pass pipeline, e.g. 'rlx-fuse,rlx-plan-memory{max-tokens=64}'")
    p.add_argument("-o", "--output", default=None, help="output file (default stdout)")
    p.add_argument("--emit", choices=("mlir", "llvm", "asm"), default=None,
                   help="llvm: end with LLVM IR (adds convert-to-llvm); asm: with host assembly "
                        "(adds llvm-opt and llvm-codegen); default: what the pipeline ends with")
    add_dump_options(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from rlxc.ir_text import check_llvm_ir, input_kind, parse_module_text, read_ir
    from rlxc.pipeline import DumpOptions, complete, parse_passes, run_pipeline

    passes = parse_passes(args.pipeline)
    text, where = read_ir(args.file)
    kind = input_kind(text, where)
    if kind == "llvm":
        refuse_flags(given_flags(args, VERIFY_FLAGS), "xDSL-verification option",
                     f"{where} is LLVM IR, which LLVM verifies whenever it reads it")
        check_llvm_ir(text, where)
    if args.emit:
        passes = complete(passes, args.emit, start=kind)
    ir = parse_module_text(text, where) if kind == "mlir" else text
    dumps = DumpOptions(**dump_fields(args))
    result = run_pipeline(ir, passes, dumps, kind=kind)
    write_output(result.text(), args.output)
    if dumps.timer is not None:
        sys.stderr.write(dumps.timer.report())
    return 0


def write_output(text: str, path: str | None) -> None:
    """stdout, or the file ``path`` written atomically (the old file or the whole new one)."""
    from pathlib import Path

    from rlxc.atomic import atomic_output

    if not path or path == "-":
        sys.stdout.write(text)
        return
    with atomic_output(Path(path), mode=0o666) as tmp:
        tmp.write_text(text)
