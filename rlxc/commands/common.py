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


def thread_count(text: str) -> int:
    """``--threads N`` (argparse type): an integer >= 0."""
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of threads (0: all cores, 1: serial, N)")
    return int(text)


def add_compile_options(p: argparse.ArgumentParser) -> None:
    """The flags that choose how a model file is compiled (None: not given)."""
    p.add_argument("--max-seq", type=int, default=None, help="KV cache capacity in tokens")
    p.add_argument("--batch", type=int, default=None, help="sequences per call (default 1)")
    p.add_argument("-O", dest="opt_level", type=int, choices=range(4), default=None,
                   help="LLVM optimization level (default 3)")
    p.add_argument("--threads", type=thread_count, default=None, metavar="N",
                   help="threads a call runs on: 0 = all cores (default), 1 = serial code, N = N threads")
    p.add_argument("--target", default=None, metavar="CPU[,+feat,-feat]",
                   help="the CPU to generate code for: host (default), or an LLVM CPU name such as "
                        "znver2, x86-64-v3, skylake-avx512, with +/-feature overrides")
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
    p.add_argument("--verify-each", action="store_true",
                   help="verify after every pass, also between cse and the LLVM-preparation passes "
                        "(verified as one group by default; dumps always verify each)")


def dump_fields(args) -> dict:
    """The ``CompileOptions`` / ``DumpOptions`` fields of ``add_dump_options``."""
    return {"print_ir_after_all": args.print_ir_after_all, "print_ir_after_change": args.print_ir_after_change,
            "print_ir_diff": args.print_ir_diff, "dump_dir": args.dump_ir, "verify": not args.no_verify,
            "verify_each": args.verify_each}


#: the compile flags that choose each entry's profile fields (argparse ``dest``)
PROFILE_FLAGS = ("opt_level", "threads", "target", "pipeline", "checks")
#: every flag that only matters while a model file is compiled
COMPILE_ONLY_FLAGS = (*PROFILE_FLAGS, "print_ir_after_all", "print_ir_after_change", "print_ir_diff",
                      "dump_ir", "no_verify", "verify_each", "no_cache")


def compile_options(args):
    """The ``CompileOptions`` of the compile flags given: those replace each entry's profile fields."""
    from rlxc.compiler import CompileOptions

    given = {dest: getattr(args, dest) for dest in PROFILE_FLAGS if _given(getattr(args, dest))}
    return CompileOptions(**given, **dump_fields(args))


def compile_only_flags(args) -> list[str]:
    """The compile-only flags given (as spelled on the command line)."""
    return ["-O" if dest == "opt_level" else "--" + dest.replace("_", "-")
            for dest in COMPILE_ONLY_FLAGS if _given(getattr(args, dest, None))]


def _given(value) -> bool:
    """Whether a flag was on the command line (its default is None or False)."""
    return value is not None and value is not False
