"""Options shared by several commands."""

from __future__ import annotations

import argparse


def token_ids(text: str) -> list[int]:
    """``1,2,3`` -> [1, 2, 3] (argparse type)."""
    try:
        ids = [int(t) for t in text.replace(" ", ",").split(",") if t]
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a comma-separated list of token ids") from None
    if not ids:
        raise argparse.ArgumentTypeError("the prompt needs at least one token id")
    return ids


def add_compile_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--max-seq", type=int, default=None, help="KV cache capacity in tokens")
    p.add_argument("--batch", type=int, default=1, help="sequences per call")
    p.add_argument("-O", dest="opt_level", type=int, choices=range(4), default=3, help="LLVM optimization level")
    p.add_argument("--threads", type=int, choices=(0, 1), default=1,
                   help="1: parallel kernels across cores (default), 0: serial")
    p.add_argument("--pipeline", default=None, help="override the pass pipeline (xdsl-opt syntax)")
    p.add_argument("--checks", action="store_true",
                   help="debug build: kernels check every index against their buffers and report "
                        "the kernel and index of a violation (slower; use with -O0 to debug)")
    add_dump_options(p)


def add_dump_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--print-ir-after-all", action="store_true", help="print the IR after every pass to stderr")
    p.add_argument("--print-ir-after-change", action="store_true",
                   help="print the IR after every pass that changed it to stderr")
    p.add_argument("--print-ir-diff", action="store_true",
                   help="print what every pass added, removed or rewrote to stderr")
    p.add_argument("--dump-ir", metavar="DIR", default=None,
                   help="write 00-input.mlir, 01-<pass>.mlir, ... .ll, .s: the IR after every pass")
    p.add_argument("--no-verify", action="store_true", help="skip IR verification between passes")


def dump_fields(args) -> dict:
    """The ``CompileOptions`` / ``DumpOptions`` fields of ``add_dump_options``."""
    return {"print_ir_after_all": args.print_ir_after_all, "print_ir_after_change": args.print_ir_after_change,
            "print_ir_diff": args.print_ir_diff, "dump_dir": args.dump_ir, "verify": not args.no_verify}


def compile_options(args):
    from rlxc.compiler import CompileOptions

    return CompileOptions(opt_level=args.opt_level, threads=bool(args.threads), pipeline=args.pipeline,
                          checks=args.checks, **dump_fields(args))
