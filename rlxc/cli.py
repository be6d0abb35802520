"""``rlxc``: the command-line driver.

    rlxc run MODEL [--prompt-ids 1,2,3] [--max-new-tokens N]   generate with a model
    rlxc opt FILE.mlir -p PIPELINE                               run passes on IR text
    rlxc passes                                                  list the passes

Heavy modules (xDSL, llvmlite) are imported inside the commands so start-up is fast.
User errors print ``error: <one line>`` and exit 1; set ``RLX_TRACEBACK=1`` to see the
Python traceback of an internal error.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence

from runtime.errors import RlxError


def _ids(text: str) -> list[int]:
    try:
        ids = [int(t) for t in text.replace(" ", ",").split(",") if t]
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a comma-separated list of token ids") from None
    if not ids:
        raise argparse.ArgumentTypeError("the prompt needs at least one token id")
    return ids


def _add_compile_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--max-seq", type=int, default=None, help="KV cache capacity in tokens")
    p.add_argument("--batch", type=int, default=1, help="sequences per call")
    p.add_argument("-O", dest="opt_level", type=int, choices=range(4), default=3, help="LLVM optimization level")
    p.add_argument("--threads", type=int, choices=(0, 1), default=1,
                   help="1: parallel kernels across cores (default), 0: serial")
    p.add_argument("--pipeline", default=None, help="override the pass pipeline (xdsl-opt syntax)")
    p.add_argument("--print-ir-after-all", action="store_true", help="print the IR after every pass to stderr")
    p.add_argument("--dump-ir", metavar="DIR", default=None, help="write numbered IR files after every pass")
    p.add_argument("--no-verify", action="store_true", help="skip IR verification between passes")


def _compile_options(args):
    from rlxc.compiler import CompileOptions

    return CompileOptions(opt_level=args.opt_level, threads=bool(args.threads), pipeline=args.pipeline,
                          print_ir_after_all=args.print_ir_after_all, dump_dir=args.dump_ir,
                          verify=not args.no_verify)


def cmd_run(args) -> int:
    from rlxc.api import load

    t0 = time.perf_counter()
    session = load(args.model, batch=1, max_seq=args.max_seq, options=_compile_options(args))
    t1 = time.perf_counter()
    print(f"compiled in {t1 - t0:.2f} s", file=sys.stderr)
    stamps: list[float] = []

    def on_token(tokens: list[int]) -> None:
        stamps.append(time.perf_counter())
        print(tokens[0], end=" ", flush=True)

    start = time.perf_counter()
    session.generate(args.prompt_ids, args.max_new_tokens, on_token=on_token)
    print()
    if stamps:
        prefill_s = stamps[0] - start
        decode_n = len(stamps) - 1
        print(f"prefill: {len(args.prompt_ids)} tokens in {prefill_s * 1e3:.2f} ms "
              f"({len(args.prompt_ids) / prefill_s:.1f} tok/s)", file=sys.stderr)
        if decode_n:
            decode_s = stamps[-1] - stamps[0]
            print(f"decode: {decode_n} tokens in {decode_s * 1e3:.2f} ms "
                  f"({decode_n / decode_s:.1f} tok/s)", file=sys.stderr)
    return 0


def cmd_passes(args) -> int:
    from xdsl.passes import get_pass_option_infos

    from rlxc.passes import PASSES, pass_class

    for name in PASSES:
        cls = pass_class(name)
        doc = (cls.__doc__ or "").strip().splitlines()[0] if cls.__doc__ else ""
        opts = ", ".join(f"{o.name.replace('_', '-')}: {o.expected_type}"
                         + (f" = {o.default_value}" if o.default_value is not None else "")
                         for o in get_pass_option_infos(cls))
        print(f"{name:18} {doc}" + (f"  [{opts}]" if opts else ""))
    return 0


def cmd_opt(args) -> int:
    from rlxc.ir_text import parse_module_text, read_ir
    from rlxc.pipeline import DumpOptions, run_pipeline

    text, where = read_ir(args.file)
    module = parse_module_text(text, where)
    dumps = DumpOptions(args.print_ir_after_all, args.dump_ir, not args.no_verify)
    run_pipeline(module, args.pipeline or "", dumps)
    output = str(module) + "\n"
    if args.output and args.output != "-":
        try:
            with open(args.output, "w") as f:
                f.write(output)
        except OSError as err:
            raise RlxError(f"cannot write {args.output}: {err.strerror}") from None
    else:
        sys.stdout.write(output)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rlxc", description="rlx: compile decoder LLMs to native CPU code")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="compile (JIT) a model and generate tokens")
    run.add_argument("model", help="config.json of a Hugging Face checkpoint (or its folder)")
    run.add_argument("--prompt-ids", type=_ids, required=True, help="comma-separated token ids")
    run.add_argument("--max-new-tokens", type=int, default=16)
    _add_compile_options(run)
    run.set_defaults(func=cmd_run)

    opt = sub.add_parser("opt", help="run a pass pipeline on an IR file (like mlir-opt)")
    opt.add_argument("file", help="input .mlir file, or - for stdin")
    opt.add_argument("-p", "--pipeline", default="", help="pass pipeline, e.g. 'rlx-fuse,rlx-bufferize'")
    opt.add_argument("-o", "--output", default=None, help="output file (default stdout)")
    opt.add_argument("--print-ir-after-all", action="store_true")
    opt.add_argument("--dump-ir", metavar="DIR", default=None)
    opt.add_argument("--no-verify", action="store_true")
    opt.set_defaults(func=cmd_opt)

    passes = sub.add_parser("passes", help="list the passes and their options")
    passes.set_defaults(func=cmd_passes)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except RlxError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1
    except Exception as err:  # an rlx bug, not a user error: one line unless asked
        if os.environ.get("RLX_TRACEBACK"):
            raise
        print(f"internal error: {type(err).__name__}: {str(err).splitlines()[0] if str(err) else ''} "
              "(set RLX_TRACEBACK=1 for the traceback)", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
