"""``rlx-weight-format``: the element type the matmul weights are stored in (L1).

Decode streams every weight once per token, so the bytes of a weight are the speed of
a token: a bf16 or f16 weight moves half the bytes of an f32 one, a Q8_0 weight 34 bytes per
32 weights, a Q4_0 weight 18. With ``format=bf16`` (or ``f16``, ``q8_0``) every param read only as a matmul
weight (``rlx.linear``, ``rlx.linear_swiglu``; not a bias) becomes a param of that
element type (``!rlx.tensor<"NxK", bf16>``, ``!rlx.tensor<"NxK", !rlx.q8_0>``); the
matmul kernels widen its vectors to f32 in registers (a Q8_0 weight: int8 times its
block's scale), and the activations, the norms and the arithmetic stay f32. A bf16
weight of a bf16 checkpoint holds the same numbers as its f32 copy, so the logits do
not change (nor do an f16 checkpoint's as f16). A tied LM head's table, which
``rlx.embed`` reads too (from the head's packed copy), takes the format as well: the
embedding gather widens the rows it reads. A param read by any other op keeps its
type, and so does a weight whose K is not a multiple of a block format's 32
(``fallbacks`` names them; the driver says so).

The driver resolves ``--weights auto`` (the checkpoint's dtype) and spells the format
here, so the choice is visible in the pipeline and in the dumps; with ``format=f32``
the pass changes nothing (the default pipeline leaves it out).
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import func
from xdsl.dialects.builtin import ModuleOp, bf16, f16, f32
from xdsl.passes import ModulePass

from rlx.dialects import rlx
from rlx.dialects.rlx.types import BLOCK_TYPES, Q4_0Type, Q8_0Type
from rlx.lowering.rlx_pack_weights import weight_operands
from rlx.runtime.errors import PassError

#: the element type of each format this pass can give a weight
FORMATS = {"f32": f32, "bf16": bf16, "f16": f16, "q8_0": Q8_0Type(), "q4_0": Q4_0Type()}


def matmul_weight(param: rlx.ParamOp) -> bool:
    """Is ``param`` read as a matmul weight (not a bias), and otherwise only as an
    embedding table (a tied LM head: ``rlx.embed`` reads the head's packed copy)?"""
    uses = list(param.result.uses)
    as_weight = [u for u in uses if u.index in weight_operands(u.operation)]
    as_table = [u for u in uses if isinstance(u.operation, rlx.EmbedOp) and u.index == 1]
    return bool(as_weight) and len(as_weight) + len(as_table) == len(uses)


def can_take(param: rlx.ParamOp, element_type) -> bool:
    """A block format needs the weight's last dim (its K) to be a multiple of the block."""
    if not isinstance(element_type, BLOCK_TYPES):
        return True
    k = param.result.type.shape[-1]
    return k.is_static and k.const % element_type.BLOCK == 0


def fallbacks(module: ModuleOp, format: str) -> list[tuple[str, str]]:
    """(name, shape) of the matmul weights of an L1 ``module`` that ``format`` cannot
    store (they keep their type): what the driver reports."""
    element_type = FORMATS.get(format)
    found = {}
    for fn in module.ops:
        if isinstance(fn, func.FuncOp) and fn.body.blocks:
            for op in fn.body.block.ops:
                if isinstance(op, rlx.ParamOp) and isinstance(op.result.type, rlx.TensorType) \
                        and matmul_weight(op) and not can_take(op, element_type):
                    found[op.param_name.data] = op.result.type.shape_text.data
    return list(found.items())


def convert_function(fn: func.FuncOp, element_type) -> None:
    for op in list(fn.body.block.ops):
        if isinstance(op, rlx.ParamOp) and isinstance(op.result.type, rlx.TensorType) \
                and op.result.type.element_type != element_type and matmul_weight(op) \
                and can_take(op, element_type):
            new = rlx.ParamOp(op.param_name.data, rlx.TensorType(op.result.type.shape, element_type),
                              op.layout.data if op.layout else None)
            fn.body.block.insert_op_before(new, op)
            op.result.replace_all_uses_with(new.result)
            fn.body.block.erase_op(op)


@dataclass(frozen=True)
class RlxWeightFormatPass(ModulePass):
    """Store the matmul weights in ``format`` (f32, bf16, f16, q8_0 or q4_0)."""

    name = "rlx-weight-format"
    format: str = "f32"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        if self.format not in FORMATS:
            raise PassError(f"rlx-weight-format: unknown format '{self.format}' (known: {', '.join(FORMATS)})")
        for fn in op.ops:
            if isinstance(fn, func.FuncOp) and fn.body.blocks:
                convert_function(fn, FORMATS[self.format])
