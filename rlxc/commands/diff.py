"""``rlxc diff A B``: what changed between two IR files, keyed by stable op names.

Both files may be of any level (``.mlir``); ops are matched by their keys
(``rlxc/ir_diff.py``), so renumbered SSA values do not show, and changes repeated in
every layer are printed once. Two ``.ll`` files are compared function by function.
"""

from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser("diff", help="structural diff of two IR files (ops added, removed, rewritten)")
    p.add_argument("before", help="the first .mlir (or .ll) file, or - for stdin")
    p.add_argument("after", help="the second .mlir (or .ll) file")
    p.add_argument("--exit-code", action="store_true", help="exit with 1 when the files differ")
    p.set_defaults(func=run)


def run(args) -> int:
    from rlxc import ir_diff
    from rlxc.ir_text import input_kind, parse_module_text, read_ir
    from rlx.runtime.errors import RlxError

    (a, where_a), (b, where_b) = read_ir(args.before), read_ir(args.after)
    kinds = {input_kind(a, where_a), input_kind(b, where_b)}
    if kinds == {"mlir"}:
        diff = ir_diff.diff_modules(parse_module_text(a, where_a), parse_module_text(b, where_b),
                                    where_a, where_b)
    elif kinds == {"llvm"}:
        diff = ir_diff.format_text_diff(a, b, where_a, where_b)
    else:
        raise RlxError(f"cannot diff {where_a} and {where_b}: one is LLVM IR, the other is not")
    sys.stdout.write(diff)
    return 1 if diff and args.exit_code else 0
