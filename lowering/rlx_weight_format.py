"""``rlx-weight-format``: the element type the matmul weights are stored in (L1).

Decode streams every weight once per token, so the bytes of a weight are the speed of
a token: a bf16 or f16 weight moves half the bytes of an f32 one, a Q8_0 weight 34 bytes per
32 weights, a Q4_0 weight 18. With ``format=bf16`` (or ``f16``, ``q8_0``) every param read only as a matmul
weight (``rlx.linear``, ``rlx.linear_swiglu``; not a bias) becomes a param of that
element type (``!rlx.tensor<"NxK", bf16>``, ``!rlx.tensor<"NxK", !rlx.q8_0>``), and so
do a mixture of experts' stacked expert weights (``w_gate``, ``w_up`` of
``rlx.moe_swiglu``, ``w_down`` of ``rlx.moe_down``: ``!rlx.tensor<"ExNxK", !rlx.q4_0>``,
each expert stored as a dense weight of the format is). The router of ``rlx.moe_gate``
keeps f32, as llama.cpp keeps ``ffn_gate_inp`` f32: it is small (``E x H``) and every
token reads all of it: small next to the experts, and its logits pick them.
The matmul and expert kernels widen its vectors to f32 in registers (a Q8_0 weight:
int8 times its block's scale), and the activations, the norms and the arithmetic stay f32. A bf16
weight of a bf16 checkpoint holds the same numbers as its f32 copy, so the logits do
not change (nor do an f16 checkpoint's as f16). A tied LM head's table, which
``rlx.embed`` reads too (from the head's packed copy), takes the format as well: the
embedding gather widens the rows it reads. A param read by any other op keeps its
type, and so does a weight whose K is not a multiple of a block format's 32
(``fallbacks`` names them; the driver says so).

``head`` gives the LM head another format than the rest, as llama.cpp's files mix
types (``format=q4_0 head=q8_0``: the head, or the tied embedding table it shares,
keeps 8 bits; ``--quant-head``). The head is found by what the function returns, not
by a param name: it is the weight of an ``rlx.linear`` whose result the function
returns as its output named ``logits`` (its ``rlx.abi`` outputs: the name the runtime
reads the logits by), so ``lm_head.weight`` or, tied, ``model.embed_tokens.weight``
(whose ``rlx.embed`` then gathers from the head's copy). A function without a
``logits`` output has no head: every matmul weight takes ``format``. ``head=same``
(the default) is ``format``. A head its format cannot store (K not a multiple of 32)
keeps its type too, and ``fallbacks`` names it with the head's format.

The driver resolves ``--quant auto`` (the checkpoint's dtype) and spells the formats
here, so the choice is visible in the pipeline and in the dumps; with ``format=f32``
and no other ``head`` the pass changes nothing (the default pipeline leaves it out).
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import func
from xdsl.dialects.builtin import ModuleOp, bf16, f16, f32
from xdsl.passes import ModulePass
from xdsl.utils.arg_spec import ArgSpec

from rlx.dialects import rlx
from rlx.dialects.abi import abi_of
from rlx.dialects.rlx.types import BLOCK_TYPES, Q4_0Type, Q8_0Type
from rlx.lowering.rlx_pack_weights import expert_operands, weight_operands
from rlx.runtime.errors import PassError

#: the element type of each format this pass can give a weight
FORMATS = {"f32": f32, "bf16": bf16, "f16": f16, "q8_0": Q8_0Type(), "q4_0": Q4_0Type()}
#: the output of an entry that holds the logits: the head is the matmul that makes it
LOGITS_OUTPUT = "logits"
#: ``head=same`` (the default): the head takes ``format`` like every other weight
SAME = "same"


def matmul_weight(param: rlx.ParamOp) -> bool:
    """Is ``param`` read as a matmul weight (not a bias; a mixture of experts' stacked
    expert weights too), and otherwise only as an embedding table (a tied LM head:
    ``rlx.embed`` reads the head's packed copy)?"""
    uses = list(param.result.uses)
    as_weight = [u for u in uses if u.index in weight_operands(u.operation) + expert_operands(u.operation)]
    as_table = [u for u in uses if isinstance(u.operation, rlx.EmbedOp) and u.index == 1]
    return bool(as_weight) and len(as_weight) + len(as_table) == len(uses)


def can_take(param: rlx.ParamOp, element_type) -> bool:
    """A block format needs the weight's last dim (its K) to be a multiple of the block."""
    if not isinstance(element_type, BLOCK_TYPES):
        return True
    k = param.result.type.shape[-1]
    return k.is_static and k.const % element_type.BLOCK == 0


def head_params(fn: func.FuncOp) -> set[rlx.ParamOp]:
    """The params of ``fn`` read as the LM head: the weight of each ``rlx.linear`` whose
    result ``fn`` returns as its ``logits`` output (``rlx.abi``); none without one."""
    abi = abi_of(fn)
    ret = fn.body.block.last_op
    if abi is None or not isinstance(ret, func.ReturnOp):
        return set()
    outputs = [s.data for s in abi.outputs.data]
    found = set()
    for name, value in zip(outputs, ret.operands):
        if name == LOGITS_OUTPUT and isinstance(value.owner, rlx.LinearOp) \
                and isinstance(value.owner.w.owner, rlx.ParamOp):
            found.add(value.owner.w.owner)
    return found


def weight_formats(fn: func.FuncOp, format: str, head: str = SAME) -> dict[rlx.ParamOp, str]:
    """Each matmul weight param of ``fn`` (tensor-typed, :func:`matmul_weight`) -> the
    format it is asked to take: ``head`` for the LM head's (:func:`head_params`),
    ``format`` for the others."""
    heads = head_params(fn) if head not in (SAME, format) else set()
    return {op: head if op in heads else format for op in fn.body.block.ops
            if isinstance(op, rlx.ParamOp) and isinstance(op.result.type, rlx.TensorType) and matmul_weight(op)}


def fallbacks(module: ModuleOp, format: str, head: str = SAME) -> list[tuple[str, str, str]]:
    """(name, shape, format) of the matmul weights of an L1 ``module`` that the format
    they are asked to take (``head`` for the LM head) cannot store (they keep their
    type): what the driver reports."""
    found = {}
    for fn in module.ops:
        if isinstance(fn, func.FuncOp) and fn.body.blocks:
            for op, fmt in weight_formats(fn, format, head).items():
                if fmt in FORMATS and not can_take(op, FORMATS[fmt]):
                    found[op.param_name.data] = (op.result.type.shape_text.data, fmt)
    return [(name, shape, fmt) for name, (shape, fmt) in found.items()]


def convert_function(fn: func.FuncOp, format: str, head: str = SAME) -> None:
    for op, fmt in weight_formats(fn, format, head).items():
        element_type = FORMATS[fmt]
        if op.result.type.element_type != element_type and can_take(op, element_type):
            new = rlx.ParamOp(op.param_name.data, rlx.TensorType(op.result.type.shape, element_type),
                              op.layout.data if op.layout else None)
            fn.body.block.insert_op_before(new, op)
            op.result.replace_all_uses_with(new.result)
            fn.body.block.erase_op(op)


@dataclass(frozen=True)
class RlxWeightFormatPass(ModulePass):
    """Store the matmul weights in ``format`` (f32, bf16, f16, q8_0 or q4_0), the LM
    head's in ``head`` (``same``: ``format``)."""

    name = "rlx-weight-format"
    format: str = "f32"
    head: str = SAME

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        if self.format not in FORMATS:
            raise PassError(f"rlx-weight-format: unknown format '{self.format}' (known: {', '.join(FORMATS)})")
        if self.head != SAME and self.head not in FORMATS:
            raise PassError(f"rlx-weight-format: unknown head format '{self.head}' "
                            f"(known: {SAME}, {', '.join(FORMATS)})")
        for fn in op.ops:
            if isinstance(fn, func.FuncOp) and fn.body.blocks:
                convert_function(fn, self.format, self.head)

    def spec(self, *, include_default: bool = False) -> ArgSpec:
        """As xDSL spells the pass (every option, in dumps), but ``head`` only when it is
        not ``same``: a pipeline without a head format reads as it did before there was one."""
        spec = super().spec(include_default=include_default)
        if self.head == SAME:
            spec = ArgSpec(spec.name, {k: v for k, v in spec.parameters.items() if k != "head"})
        return spec
