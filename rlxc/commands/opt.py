"""``rlxc opt FILE.mlir -p PIPELINE``: run passes on IR text, like mlir-opt / xdsl-opt."""

from __future__ import annotations

import sys

from rlxc.commands.common import add_dump_options
from runtime.errors import RlxError


def register(sub) -> None:
    p = sub.add_parser("opt", help="run a pass pipeline on an IR file (like mlir-opt)")
    p.add_argument("file", help="input .mlir file, or - for stdin")
    p.add_argument("-p", "--pipeline", default="", help="pass pipeline, e.g. 'rlx-fuse,rlx-bufferize'")
    p.add_argument("-o", "--output", default=None, help="output file (default stdout)")
    add_dump_options(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from rlxc.ir_text import parse_module_text, read_ir
    from rlxc.pipeline import DumpOptions, run_pipeline

    text, where = read_ir(args.file)
    module = parse_module_text(text, where)
    run_pipeline(module, args.pipeline or "", DumpOptions(args.print_ir_after_all, args.dump_ir,
                                                          not args.no_verify))
    write_output(str(module) + "\n", args.output)
    return 0


def write_output(text: str, path: str | None) -> None:
    if not path or path == "-":
        sys.stdout.write(text)
        return
    try:
        with open(path, "w") as f:
            f.write(text)
    except OSError as err:
        raise RlxError(f"cannot write {path}: {err.strerror}") from None
