"""``rlx-plan-memory``: give every ``rlx.alloc`` a byte offset in one arena (L2).

A buffer's rows take ``row_stride`` elements each when ``rlx-pad-rows`` set one.
Buffers whose lifetimes do not overlap share memory (greedy first fit by decreasing
size over live intervals, in op order). Symbolic sizes are planned for their bound:
``SEQ`` at ``max-tokens`` (the most tokens one call may process), or at the entry's
own ``rlx.max_tokens`` (its compile profile's) when that is smaller; a slotted decode's
``ROWS`` (one new token per row) at the same bound. The arena size is
recorded in the function's ``rlx.abi`` as ``arena_bytes``, and the bound as a constraint
``SEQ <= <max-tokens>`` (the caller must keep to it: a larger ``SEQ`` would overrun the
arena).
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import func
from xdsl.dialects.builtin import IntegerAttr, ModuleOp
from xdsl.passes import ModulePass

from rlx.dialects import rlx
from rlx.dialects.symbolic import SymDim
from rlx.dialects.abi import ABI_ATTR, abi_of, is_buffer_entry
from rlx.runtime.abi import ROWS, SEQ
from rlx.runtime.errors import PassError

ALIGN = 64


def _bytes(alloc: rlx.AllocOp, bounds: dict[str, int]) -> int:
    """The buffer's bytes, rounded up to ``ALIGN``: its rows at their ``row_stride``."""
    t = alloc.result.type
    dims = list(t.shape) if alloc.row_stride is None else [*t.shape[:-1], SymDim(alloc.row_elements())]
    count = 1
    for dim in dims:
        syms = dim.symbols - bounds.keys()
        if syms:
            raise PassError(f"rlx-plan-memory: temporary buffer {t} depends on {sorted(syms)[0]}, "
                            "which has no bound")
        count *= dim.evaluate(bounds)
    return (count * 4 + ALIGN - 1) // ALIGN * ALIGN


def _live_ranges(fn: func.FuncOp) -> dict[rlx.AllocOp, tuple[int, int]]:
    order = {op: i for i, op in enumerate(fn.body.block.ops)}
    ranges = {}
    for op in fn.body.block.ops:
        if isinstance(op, rlx.AllocOp):
            users = [order[u.operation] for u in op.result.uses]
            ranges[op] = (min(users, default=order[op]), max(users, default=order[op]))
    return ranges


def plan(fn: func.FuncOp, bounds: dict[str, int]) -> int:
    """Assign offsets; returns the arena size in bytes."""
    ranges = _live_ranges(fn)
    placed: list[tuple[int, int, int, int]] = []  # start, end, offset, size
    arena = 0
    for alloc in sorted(ranges, key=lambda a: (-_bytes(a, bounds), ranges[a])):
        size = _bytes(alloc, bounds)
        start, end = ranges[alloc]
        busy = sorted((o, o + s) for (s0, e0, o, s) in placed if not (e0 < start or end < s0))
        offset = 0
        for lo, hi in busy:
            if offset + size <= lo:
                break
            offset = max(offset, hi)
        alloc.properties["offset"] = rlx.int_attr(offset)
        placed.append((start, end, offset, size))
        arena = max(arena, offset + size)
    abi = abi_of(fn)
    fn.attributes[ABI_ATTR] = abi.replace(arena_bytes=arena,
                                          constraints=with_bounds(abi.fields()["constraints"], bounds, ranges))
    return arena


def with_bounds(old: list[tuple[str, str]], bounds: dict[str, int], allocs) -> list[tuple[str, str]]:
    """``old`` constraints and ``(symbol, bound)`` for each bound a buffer size assumed."""
    used = {s for a in allocs for dim in a.result.type.shape for s in dim.symbols}
    new = [(name, str(bound)) for name, bound in sorted(bounds.items())
           if name in used and (name, str(bound)) not in old]
    return old + new


@dataclass(frozen=True)
class RlxPlanMemoryPass(ModulePass):
    """Place temporaries in one arena, reusing memory of dead buffers."""

    name = "rlx-plan-memory"
    max_tokens: int = 512

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for fn in op.ops:
            if isinstance(fn, func.FuncOp) and is_buffer_entry(fn):
                bound = seq_bound(fn, self.max_tokens)
                plan(fn, {SEQ: bound, ROWS: bound})


def seq_bound(fn: func.FuncOp, max_tokens: int) -> int:
    """The tokens ``fn`` is planned for: ``max-tokens``, or fewer when the entry's own
    compile profile says so (``rlx.max_tokens``, written by the compiler)."""
    own = fn.attributes.get("rlx.max_tokens")
    return min(max_tokens, own.value.data) if isinstance(own, IntegerAttr) else max_tokens
