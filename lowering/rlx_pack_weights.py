"""``rlx-pack-weights``: choose the memory layout of each weight (L2).

A weight read by ``rlx.linear`` (or ``rlx.linear_swiglu``, ``rlx.multi_linear``) is
packed at load time into column tiles
(``layout = "packed16"``: ``[ceil(N/16)][K][16]``, see ``runtime/packing.py``; a
``!rlx.q8_0`` weight ``packed16_q8_0``: the same tiles of int8 values, each followed by
its block scales, see ``runtime/quant.py``) so that the matmul kernel streams it
sequentially; the stacked experts of ``rlx.moe_swiglu`` / ``rlx.moe_down`` (``[E, N, K]``)
are packed the same way, expert by expert, in the layout of their element type
(``rlx-weight-format`` gives them the dense weights' format). The runtime binds each (name, layout)
once. A tied embedding table (read by ``rlx.embed`` and by the LM head) is bound
packed only: ``rlx.embed`` reads the packed copy (``embed_kernel(packed=True)``).
"""

from __future__ import annotations

from xdsl.context import Context
from xdsl.dialects import func
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass

from rlx.dialects import rlx
from rlx.dialects.rlx.types import Q4_0Type, Q8_0Type
from rlx.runtime.packing import LINEAR_TILE

LINEAR_LAYOUT = f"packed{LINEAR_TILE}"
#: the layout of a Q8_0 weight: 16-row tiles of int8 values, then the tile's scales
#: (``rlx.runtime.quant``)
Q8_0_LAYOUT = f"{LINEAR_LAYOUT}_q8_0"
#: the layout of a Q4_0 weight: 16-row tiles of nibbles, then the tile's scales
Q4_0_LAYOUT = f"{LINEAR_LAYOUT}_q4_0"


def packed_layout(element_type) -> str:
    """The layout the matmul kernels read a weight of ``element_type`` in: the f32 tiles
    (bf16 in the same order), or the tiles of a block format."""
    if isinstance(element_type, Q8_0Type):
        return Q8_0_LAYOUT
    return Q4_0_LAYOUT if isinstance(element_type, Q4_0Type) else LINEAR_LAYOUT


def weight_operands(op) -> list[int]:
    """Operand indices of the matmul weights an op reads (packed for its kernel)."""
    if isinstance(op, rlx.LinearOp):
        return [1]
    if isinstance(op, rlx.LinearSwigluOp):
        return [1, 2]
    if isinstance(op, rlx.MultiLinearOp):
        return list(range(1, 1 + len(op.weights)))
    return []


def expert_operands(op) -> list[int]:
    """Operand indices of the stacked expert weights an op reads (packed expert by expert)."""
    if isinstance(op, rlx.MoESwigluOp):
        return [2, 3]
    return [2] if isinstance(op, rlx.MoEDownOp) else []


def pack_function(fn: func.FuncOp) -> None:
    packed: dict[str, rlx.ParamOp] = {}
    for op in list(fn.body.block.ops):
        for index in weight_operands(op) + expert_operands(op):
            param = op.operands[index].owner
            if not isinstance(param, rlx.ParamOp):
                continue
            layout = packed_layout(param.result.type.element_type)
            if param.layout is not None and param.layout.data == layout:
                continue
            name = param.param_name.data
            if name not in packed:
                packed[name] = rlx.ParamOp(name, param.result.type, layout)
                fn.body.block.insert_op_after(packed[name], param)
            op.operands[index] = packed[name].result
            if not param.result.uses:
                fn.body.block.erase_op(param)
    # tied embeddings: rlx.embed reads the LM head's packed copy of the table, so the
    # process holds one copy (and never pages in the checkpoint's raw table)
    for op in list(fn.body.block.ops):
        if isinstance(op, rlx.EmbedOp) and isinstance(op.table.owner, rlx.ParamOp):
            param = op.table.owner
            name = param.param_name.data
            if param.layout is None and name in packed:
                op.operands[1] = packed[name].result
                if not param.result.uses:
                    fn.body.block.erase_op(param)


class RlxPackWeightsPass(ModulePass):
    """Mark linear weights for tile packing at load time."""

    name = "rlx-pack-weights"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for fn in op.ops:
            if isinstance(fn, func.FuncOp):
                pack_function(fn)
