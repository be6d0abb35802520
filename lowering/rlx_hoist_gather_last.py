"""``rlx-hoist-gather-last``: take the last token's row before the row-wise ops that
only it feeds (tensor level, L1).

A prefill that returns only the last token's logits (``prefill_last``) gathers that
row after the last decoder layer. Everything between the last layer's attention and
that gather works row by row -- the output projection, the residual adds, the norms,
the MLP -- so for every other row it is computed and thrown away: at a 512-token
prefill of Qwen3-0.6B about 2.6% of the FLOPs (one layer's MLP and output projection
out of 28), a quarter of them for a 4-layer model. This pass moves each
``rlx.gather_last`` above its producer while the producer is a row-wise op whose
result only gathers read::

    %y = rlx.linear %x, %w          ->    %g = rlx.gather_last %x
    %l = rlx.gather_last %y               %l = rlx.linear %g, %w

The row-wise ops (``ROW_OPERANDS``): ``rlx.add``, ``rlx.mul``, ``rlx.silu``,
``rlx.swiglu``, ``rlx.rms_norm`` (it normalizes along the last dim), ``rlx.linear``,
``rlx.linear_swiglu`` and a mixture of experts' ``rlx.moe_gate``, ``rlx.moe_swiglu``
and ``rlx.moe_down`` (each token routed on its own); their ``[B, S, *]`` operands are
gathered, weights are not. An ``rlx.rope`` is too, its ``offset`` moved on by ``S - 1``
(row ``S - 1`` sits at ``offset + S - 1``). An ``rlx.attention`` takes the gather on its queries only (``q``
``[B, 1, *]``: query 0 sits at position ``T - 1``, the last row's, and sees the same keys
and mask), so the last layer attends for one query instead of ``S``, and its Q
projection runs for one row (the K and V projections, which the cache keeps, for
all). The hoist stops at anything else (the K/V a cache keeps, an embedding).
Gathers of one value merge, so a residual read by both the norm and the add is gathered
once. The skipped rows never reach an output; the last row's logits change only by
rounding (its one-row kernels sum in another order than the row blocks: ~1e-6 of logits
of magnitude 2-4). llama.cpp drops the unused rows of its last layer the same way. Run
it first, on the tensor form.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import func
from xdsl.dialects.builtin import ModuleOp, StringAttr
from xdsl.ir import Operation, SSAValue
from xdsl.passes import ModulePass
from xdsl.rewriter import InsertPoint, Rewriter

from rlx.dialects import rlx
from rlx.dialects.symbolic import SymDim

#: the operands of each op that computes the rows of its ``[B, S, *]`` result from the
#: same rows of these operands (its other operands, weights and tables, are not gathered)
ROW_OPERANDS: dict[type, tuple[str, ...]] = {
    rlx.AddOp: ("lhs", "rhs"), rlx.MulOp: ("lhs", "rhs"), rlx.SwigluOp: ("lhs", "rhs"), rlx.SiluOp: ("x",),
    rlx.RMSNormOp: ("x",), rlx.LinearOp: ("x", "residual"), rlx.LinearSwigluOp: ("x",),
    rlx.MoEGateOp: ("x",), rlx.MoESwigluOp: ("x", "gates"), rlx.MoEDownOp: ("act", "gates"),
    rlx.RopeOp: ("x",), rlx.AttentionOp: ("q",),
}


def _last_row_type(value: SSAValue) -> rlx.TensorType:
    b, _, h = value.type.shape
    return rlx.TensorType((b, SymDim(1), h), value.type.element_type)


def _rows_of(op: rlx.RlxComputeOp) -> list[str]:
    """The operand fields of ``op`` to gather, in operand order (the gathers are created
    in it: the IR is the same in every run); empty if ``op`` is not row-wise here: a
    rope or an attention of a slotted decode (rows of their own positions), or an
    operand whose rows are not the result's (a broadcast)."""
    if isinstance(op, rlx.RopeOp) and op.positions is not None or \
            isinstance(op, rlx.AttentionOp) and op.slot_ids is not None:
        return []
    inputs, rows = op.inputs(), op.results[0].type.shape[:2]
    fields = [name for name in ROW_OPERANDS.get(type(op), ()) if name in inputs]  # an absent residual: none

    def same_rows(name: str) -> bool:
        value = inputs[name]
        return value.type.rank == 3 and value.type.shape[:2] == rows

    if not fields or not all(same_rows(name) for name in fields):
        return []
    return [name for name in op.input_names() if name in fields]


def _hoistable(gather: rlx.GatherLastOp) -> rlx.RlxComputeOp | None:
    """The producer of the gathered value if the gather can move above it: a row-wise op
    or an attention, in tensor form, whose result is read by gathers only."""
    op = gather.x.owner
    if type(op) not in ROW_OPERANDS or not op.results:
        return None
    if not all(isinstance(use.operation, rlx.GatherLastOp) for use in op.results[0].uses):
        return None
    return op if _rows_of(op) else None


def _gather(value: SSAValue, before: Operation) -> rlx.GatherLastOp:
    op = rlx.make_compute(rlx.GatherLastOp, {"x": value}, result_type=_last_row_type(value))
    Rewriter.insert_op(op, InsertPoint.before(before))
    return op


def hoist(gather: rlx.GatherLastOp) -> list[rlx.GatherLastOp]:
    """Move ``gather`` above its producer (see :func:`_hoistable`); return the new
    gathers of the producer's operands (empty if it stays)."""
    op = _hoistable(gather)
    if op is None:
        return []
    for use in list(op.results[0].uses):  # every gather of the value is this one
        other = use.operation
        if other is not gather:
            other.results[0].replace_all_uses_with(gather.results[0])
            Rewriter.erase_op(other)
    fields, inputs = _rows_of(op), op.inputs()
    gathered = {name: _gather(inputs[name], op) for name in fields}
    operands = [gathered[name].results[0] if name in gathered else value  # inputs(): operand order
                for name, value in inputs.items()]
    properties = dict(op.properties)
    if isinstance(op, rlx.RopeOp):  # the last row's position
        rows = op.x.type.shape[1]
        properties["offset"] = StringAttr(str(SymDim.of(op.offset.data) + rows + SymDim(-1)))
    row = type(op).create(operands=operands, result_types=[_last_row_type(op.results[0])],
                          properties=properties, attributes=dict(op.attributes))
    Rewriter.insert_op(row, InsertPoint.before(gather))
    gather.results[0].replace_all_uses_with(row.results[0])
    Rewriter.erase_op(gather)
    Rewriter.erase_op(op)
    return list(gathered.values())


def hoist_gathers(fn: func.FuncOp) -> None:
    """Hoist every ``rlx.gather_last`` of ``fn`` as far as it goes."""
    work = [op for op in fn.walk() if isinstance(op, rlx.GatherLastOp) and op.results]
    while work:
        gather = work.pop()
        if gather.parent is None:  # merged into another gather
            continue
        work.extend(hoist(gather))
    _merge_gathers(fn)


def _merge_gathers(fn: func.FuncOp) -> None:
    """One gather per value (an argument gathered for two ops): the first one stays."""
    first: dict[SSAValue, rlx.GatherLastOp] = {}
    for op in list(fn.walk()):
        if not isinstance(op, rlx.GatherLastOp) or not op.results:
            continue
        kept = first.setdefault(op.x, op)
        if kept is not op and kept.parent_block() is op.parent_block():
            op.results[0].replace_all_uses_with(kept.results[0])
            Rewriter.erase_op(op)


@dataclass(frozen=True)
class RlxHoistGatherLastPass(ModulePass):
    """Gather the last token's row before the row-wise ops and the attention that only it
    feeds, so a last-logits prefill computes its last layer's tail for one row."""

    name = "rlx-hoist-gather-last"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for fn in op.ops:
            if isinstance(fn, func.FuncOp):
                hoist_gathers(fn)
