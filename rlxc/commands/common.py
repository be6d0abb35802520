"""Options shared by several commands."""

from __future__ import annotations

import argparse

from rlxc.profile import AUTO, KV_FORMATS, PRECISIONS
from rlx.runtime.errors import RlxError


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
    add_profile_options(p)
    add_dump_options(p)


def add_profile_options(p: argparse.ArgumentParser) -> None:
    """The flags of ``PROFILE_FLAGS``: how every entry point is compiled (None: not given)."""
    p.add_argument("-O", dest="opt_level", type=int, choices=range(4), default=None,
                   help="LLVM optimization level (default 3)")
    p.add_argument("--threads", type=thread_count, default=None, metavar="N",
                   help="threads a call runs on: 0 = all cores (default), 1 = serial code, N = N threads")
    p.add_argument("--target", default=None, metavar="CPU[,+feat,-feat]",
                   help="the CPU to generate code for: host (default), or an LLVM CPU name such as "
                        "znver2, x86-64-v3, skylake-avx512, with +/-feature overrides")
    p.add_argument("--quant", dest="precision", choices=(AUTO, *PRECISIONS), default=None,
                   help="the format the matmul weights are stored in: auto (default: the checkpoint's "
                        "own, bf16 or f16, else f32), f32, bf16 or f16 (half the bytes) or q8_0 "
                        "(ggml's 8-bit blocks, quantized at load time: 34 bytes per 32 weights) or q4_0 (4-bit: 18)")
    p.add_argument("--quant-head", dest="head_precision", choices=PRECISIONS, default=None,
                   help="the format of the LM head (lm_head, or the tied embedding table) when it should "
                        "differ from --quant's, as llama.cpp's files mix types: --quant q4_0 --quant-head q8_0 "
                        "keeps the head at 8 bits (default: --quant's; with --quant auto, the head only)")
    p.add_argument("--kv", dest="kv_format", choices=KV_FORMATS, default=None,
                   help="the format the KV caches hold: f32 (default), bf16 or f16 (half the bytes a long "
                        "context reads per token; K and V are rounded when written, as llama.cpp's f16 cache)")
    p.add_argument("--tuning", default=None, metavar="auto|none|FILE",
                   help="measured kernel choices: auto (default: what `rlxc tune` recorded for the target in "
                        "the cache), none (the built-in choices) or a tuning record written by `rlxc tune -o FILE`")
    p.add_argument("--pipeline", default=None, help="override the pass pipeline (xdsl-opt syntax)")
    p.add_argument("--checks", action="store_true",
                   help="debug build: kernels check every index against their buffers and report "
                        "the kernel and index of a violation (slower; use with -O0 to debug)")


def add_dump_options(p: argparse.ArgumentParser) -> None:
    """The IR printing, dumping and verification flags (flags that would override each
    other are mutually exclusive: argparse refuses them together)."""
    printing = p.add_mutually_exclusive_group()
    printing.add_argument("--print-ir-after-all", action="store_true",
                          help="print the IR after every pass to stderr")
    printing.add_argument("--print-ir-after-change", action="store_true",
                          help="print the IR after every pass that changed it to stderr")
    p.add_argument("--print-ir-diff", action="store_true",
                   help="print what every pass added, removed or rewrote to stderr")
    p.add_argument("--dump-ir", metavar="DIR", default=None,
                   help="write 00-input.mlir, 01-<pass>.mlir, ... .ll, .s: the IR after every pass")
    p.add_argument("--timing", action="store_true",
                   help="print how long each pass, the verifier and LLVM took to stderr (like mlir-opt's "
                        "--mlir-timing); the compile runs even when its code is cached")
    verifying = p.add_mutually_exclusive_group()
    verifying.add_argument("--no-verify", action="store_true", help="skip IR verification between passes")
    verifying.add_argument("--verify-each", action="store_true",
                           help="verify after every pass, also between cse and the LLVM-preparation passes "
                                "(verified as one group by default; dumps always verify each)")


def dump_fields(args) -> dict:
    """The ``CompileOptions`` / ``DumpOptions`` fields of ``add_dump_options``."""
    return {"print_ir_after_all": args.print_ir_after_all, "print_ir_after_change": args.print_ir_after_change,
            "print_ir_diff": args.print_ir_diff, "dump_dir": args.dump_ir, "verify": not args.no_verify,
            "verify_each": args.verify_each, "timing": args.timing}


#: the flags that verify xDSL IR (LLVM verifies every module it reads, whatever they say)
VERIFY_FLAGS = ("no_verify", "verify_each")
#: the count flags (argparse ``dest``) and their smallest values; sizes feed int32 index math
COUNT_FLAGS = {"batch": 1, "max_seq": 1, "max_new_tokens": 0}
MAX_COUNT = 2**31 - 1
#: the compile flags that choose each entry's profile fields (argparse ``dest``)
PROFILE_FLAGS = ("opt_level", "threads", "target", "precision", "head_precision", "kv_format", "pipeline",
                 "checks", "tuning")
#: every flag that only matters while a model file is compiled
COMPILE_ONLY_FLAGS = (*PROFILE_FLAGS, "print_ir_after_all", "print_ir_after_change", "print_ir_diff",
                      "dump_ir", "no_verify", "verify_each", "timing", "no_cache")


def compile_options(args):
    """The ``CompileOptions`` of the compile flags given: those replace each entry's profile fields."""
    from rlxc.compiler import CompileOptions

    given = {dest: getattr(args, dest) for dest in PROFILE_FLAGS if _given(getattr(args, dest))}
    return CompileOptions(**given, **dump_fields(args))


def compile_only_flags(args) -> list[str]:
    """The compile-only flags given (as spelled on the command line)."""
    return given_flags(args, COMPILE_ONLY_FLAGS)


def given_flags(args, dests) -> list[str]:
    """Those of the flags ``dests`` (argparse ``dest``) given, as spelled on the command line."""
    return [spelling(dest) for dest in dests if _given(getattr(args, dest, None))]


def spelling(dest: str) -> str:
    return {"opt_level": "-O", "precision": "--quant", "head_precision": "--quant-head", "kv_format": "--kv"}.get(
        dest, "--" + dest.replace("_", "-"))


def refuse_flags(flags: list[str], kind: str, but: str) -> None:
    """``--x, --y: <kind>s, but <but>``: flags given where they would be ignored (``kind``
    is e.g. "compile-only option"; ``{it}`` in ``but`` becomes "it" or "them")."""
    if flags:
        many = len(flags) > 1
        raise RlxError(f"{', '.join(flags)}: {kind}{'s' if many else ''}, but "
                       + but.format(it="them" if many else "it"))


def check_counts(args) -> None:
    """Every count flag given (``COUNT_FLAGS``) is within [its minimum, 2^31-1]."""
    for dest, low in COUNT_FLAGS.items():
        value = getattr(args, dest, None)
        if value is None:
            continue
        if value < low:
            raise RlxError(f"{spelling(dest)} must be at least {low}, got {value}")
        if value > MAX_COUNT:
            raise RlxError(f"{spelling(dest)} {value} is too large (at most {MAX_COUNT})")


def _given(value) -> bool:
    """Whether a flag was on the command line (its default is None or False)."""
    return value is not None and value is not False
