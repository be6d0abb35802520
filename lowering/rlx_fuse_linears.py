"""``rlx-fuse-linears``: sibling ``rlx.linear`` ops that read the same input become one
``rlx.multi_linear`` (buffer level, L2).

In a decoder layer Q, K and V are three linears of the same normalized hidden state.
After ``rlx-bufferize`` they are three ops ``rlx.linear %h, %w_j outs %y_j``; this pass
replaces every such group (two or more linears of one ``x``, all with or all without a
bias, none with a residual, every output width a multiple of 16) with
``rlx.multi_linear %h, %w_0, ... outs %y_0, ...`` at the position of the group's last linear. Nothing else changes: the
outputs stay separate buffers, so their readers (QK-norm, RoPE, the KV write) are
untouched. The kernel runs all outputs' column tiles in one parallel loop: one
thread wake-up and one pass over ``x`` per row block instead of three, and one
longer weight stream -- what decode (one row, memory-bound) needs.

A group is left alone if an op between its first and last linear reads or writes one
of the group's outputs, or writes its input or a weight. Run it between
``rlx-bufferize`` and ``rlx-plan-memory`` (live ranges are planned afterwards).
"""

from __future__ import annotations

from xdsl.context import Context
from xdsl.dialects import func
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import SSAValue
from xdsl.passes import ModulePass

from rlx.dialects import rlx
from rlx.dialects.abi import is_buffer_entry
from rlx.runtime.packing import LINEAR_TILE


def written(op) -> set[SSAValue]:
    """The buffers an L2 op writes."""
    if isinstance(op, rlx.RlxComputeOp):
        out = op.destination()
        return {out} if out is not None else set()
    if isinstance(op, rlx.KVWriteOp):
        return {op.cache}
    if isinstance(op, rlx.MultiLinearOp):
        return set(op.outs)
    return set()


def _fusable(op) -> bool:
    if not (isinstance(op, rlx.LinearOp) and op.out is not None and op.residual is None):
        return False
    n = op.w.type.shape[0]
    return n.is_static and n.const % LINEAR_TILE == 0


def _groups(block) -> list[list[rlx.LinearOp]]:
    by_x: dict[tuple, list[rlx.LinearOp]] = {}
    for op in block.ops:
        if _fusable(op):  # one kernel reads every weight of a group in one format
            by_x.setdefault((op.x, op.w.type.element_type), []).append(op)
    return [g for g in by_x.values() if len(g) >= 2]


def _safe(block, group: list[rlx.LinearOp]) -> bool:
    if len({op.bias is None for op in group}) != 1:
        return False
    members = set(group)
    outs = {op.out for op in group}
    inputs = {group[0].x} | {op.w for op in group} | {op.bias for op in group if op.bias is not None}
    ops = list(block.ops)
    first, last = ops.index(group[0]), ops.index(group[-1])
    for op in ops[first + 1:last]:
        if op in members:
            continue
        if outs & set(op.operands) or inputs & written(op):
            return False
    return True


def fuse_function(fn: func.FuncOp) -> int:
    block = fn.body.block
    fused = 0
    for group in _groups(block):
        if not _safe(block, group):
            continue
        biases = [op.bias for op in group] if group[0].bias is not None else []
        new = rlx.MultiLinearOp.create_op(group[0].x, [op.w for op in group], biases, [op.out for op in group])
        block.insert_op_after(new, group[-1])
        for op in group:
            block.erase_op(op)
        fused += 1
    return fused


class RlxFuseLinearsPass(ModulePass):
    """Merge buffer-form rlx.linear ops reading the same input into one rlx.multi_linear."""

    name = "rlx-fuse-linears"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for fn in op.ops:
            if isinstance(fn, func.FuncOp) and is_buffer_entry(fn) and fn.body.blocks:
                fuse_function(fn)
