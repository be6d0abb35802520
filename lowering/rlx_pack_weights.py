"""``rlx-pack-weights``: choose the memory layout of each weight (L2).

A weight read by ``rlx.linear`` (or ``rlx.linear_swiglu``, ``rlx.multi_linear``) is
packed at load time into column tiles
(``layout = "packed16"``: ``[ceil(N/16)][K][16]``, see ``runtime/packing.py``) so that
the matmul kernel streams it sequentially. The runtime binds each (name, layout)
once. A tied embedding table (read by ``rlx.embed`` and by the LM head) is bound
packed only: ``rlx.embed`` reads the packed copy (``embed_kernel(packed=True)``).
"""

from __future__ import annotations

from xdsl.context import Context
from xdsl.dialects import func
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass

from rlx.dialects import rlx
from rlx.runtime.packing import LINEAR_TILE

LINEAR_LAYOUT = f"packed{LINEAR_TILE}"


def weight_operands(op) -> list[int]:
    """Operand indices of the matmul weights an op reads (packed for its kernel)."""
    if isinstance(op, rlx.LinearOp):
        return [1]
    if isinstance(op, rlx.LinearSwigluOp):
        return [1, 2]
    if isinstance(op, rlx.MultiLinearOp):
        return list(range(1, 1 + len(op.weights)))
    return []


def pack_function(fn: func.FuncOp) -> None:
    packed: dict[str, rlx.ParamOp] = {}
    for op in list(fn.body.block.ops):
        for index in weight_operands(op):
            param = op.operands[index].owner
            if not isinstance(param, rlx.ParamOp):
                continue
            if param.layout is not None and param.layout.data == LINEAR_LAYOUT:
                continue
            name = param.param_name.data
            if name not in packed:
                packed[name] = rlx.ParamOp(name, param.result.type, LINEAR_LAYOUT)
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
