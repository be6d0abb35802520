"""``rlx-pad-rows``: pad the rows of a matmul's input so that a register block's rows do
not share one L1 set (buffer level, L2).

A matmul's register block of R rows broadcasts one value of each of its R rows of ``x``
per k step. A row of k floats starts ``4 k`` bytes after the one before; when that is a
multiple of 4 KiB (k = 1024, 2048, 3072: Qwen3-0.6B's hidden size, attention width and
MLP width) all R rows fall into one set of the L1 data cache (64 sets of 64-byte lines
on every x86 core: 12 ways on Sapphire Rapids, 8 on Zen 2), and with the weight lines
passing through they evict each other. Measured on a Sapphire Rapids VM, 12 x 32 zmm
blocks, 512 rows at a row stride of k + 16: the QKV multi_linear 351 -> 374 GFLOP/s, the
down projection (k 3072) 357 -> 380, the output projection (k 2048) 361 -> 386.

The pass gives an ``rlx.alloc`` a ``row_stride`` (the smallest k + 16 j whose rows fall
into enough sets) when

- some matmul reads it as ``x`` with more of its block's rows in one set
  (:func:`rows_per_set`) than the target's L1 ways less ``FREE_WAYS``, and
- every op that uses it reads or writes its rows at a stride (``STRIDED_OPERANDS``; the
  attention only as the blocked kernel of a prefill, whose output it writes).

``rlx-plan-memory`` then sizes it by its stride, and ``rlx-to-loops`` hands the stride
to each kernel's spec (``x_stride`` / ``out_stride``: the kernel's name ends ``_xs<n>``
/ ``_os<n>``). Run it between ``rlx-bufferize`` and ``rlx-plan-memory``.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import gcd, prod

from xdsl.context import Context
from xdsl.dialects import func
from xdsl.dialects.builtin import ModuleOp, f32
from xdsl.passes import ModulePass

from rlx.dialects import rlx
from rlx.dialects.abi import is_buffer_entry
from rlx.lowering.rlx_to_loops import attention_spec, matmul_spec, strided_operand
from rlx.lowering.target import Target, parse_target
from rlx.runtime.errors import PassError

#: the L1 data cache's bytes per way (64 sets of 64-byte lines: VIPT, indexed by the page offset)
L1_WAY_BYTES = 4096
#: a row's padding grows in whole cache lines (16 f32)
LINE_FLOATS = 16
#: the ways of a set a block's rows of ``x`` leave to the weight stream: the line read and
#: the one prefetched. AVX2 code's 6-row blocks in a 12-way set (Sapphire Rapids) ran
#: 0.98-1.00x with their rows padded; 12-row zmm blocks 1.02-1.07x (``rows_per_set``)
FREE_WAYS = 2


def rows_per_set(row_floats: int, block_rows: int) -> int:
    """The most rows of a block of ``block_rows`` consecutive rows, ``row_floats`` f32
    apart, that start in one L1 set (the lines at 4 KiB multiples share a set)."""
    starts = L1_WAY_BYTES // gcd(4 * row_floats, L1_WAY_BYTES)  # distinct offsets within a way
    return -(-block_rows // starts)


def padded_stride(k: int, block_rows: int, target: Target) -> int:
    """The row stride for rows of ``k`` f32 read by blocks of ``block_rows``: ``k`` when
    the block's rows leave ``FREE_WAYS`` of an L1 set free, else the smallest ``k + 16 j``
    that spreads them."""
    room = max(1, target.l1d_bytes // L1_WAY_BYTES - FREE_WAYS)
    stride = k
    while rows_per_set(stride, block_rows) > room:
        stride += LINE_FLOATS
    return stride


def stride_for(alloc: rlx.AllocOp, target: Target) -> int:
    """The row stride ``alloc`` gets: 0 (dense) unless padding pays and every use can take it."""
    shape = alloc.result.type.shape
    if len(shape) < 2 or not shape[-1].is_static or alloc.result.type.element_type != f32:
        return 0
    uses = [(use.operation, strided_operand(use.operation, alloc.result)) for use in alloc.result.uses]
    if any(name is None or (isinstance(op, rlx.AttentionOp) and attention_spec(op, target).variant != "blocked")
           for op, name in uses):
        return 0
    rows = prod(d.const for d in shape[:-1]) if all(d.is_static for d in shape[:-1]) else None
    k = shape[-1].const
    stride = k
    for op, name in uses:
        if name == "x":
            block = matmul_spec(op, target).rows
            stride = max(stride, padded_stride(k, min(block, rows) if rows else block, target))
    return stride if stride > k else 0


@dataclass(frozen=True)
class RlxPadRowsPass(ModulePass):
    """Give the temporaries a matmul reads a padded row stride where its rows would share an L1 set."""

    name = "rlx-pad-rows"
    #: the CPU whose L1 and register blocks decide (``host``, ``znver2``, ...)
    target: str = "host"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        target = parse_target(self.target)
        for fn in op.ops:
            if not (isinstance(fn, func.FuncOp) and is_buffer_entry(fn)):
                continue
            for alloc in fn.body.block.ops:
                if not isinstance(alloc, rlx.AllocOp):
                    continue
                if alloc.offset is not None:
                    raise PassError("rlx-pad-rows: the buffers are already planned (run rlx-pad-rows before "
                                    "rlx-plan-memory)")
                if alloc.row_stride is not None:
                    continue
                stride = stride_for(alloc, target)
                if stride:
                    alloc.properties["row_stride"] = rlx.int_attr(stride)
