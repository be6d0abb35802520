"""The ``rlx`` dialect: model-level ops on tensors (L1) and, in destination-passing
style, on buffers (L2).

Every compute op exists in two forms, like ``linalg`` ops in MLIR:

* tensor form (L1): operands are ``!rlx.tensor`` values and the op has one result;
* buffer form (L2): operands are ``!rlx.buffer`` values and the last operand,
  written after ``outs``, is the buffer the op writes; the op has no result.

Shapes may hold named symbolic dims (``!rlx.tensor<"1xPAST_SEQ+SEQx64", f32>``).
Each op's verifier infers the output shape from its inputs and attributes and reports
the operand that disagrees.
"""

from __future__ import annotations

from xdsl.dialects.builtin import ArrayAttr
from xdsl.ir import Attribute, Dialect, SSAValue

from rlx.dialects.abi import AbiAttr, ArgAttr
from rlx.dialects.rlx.base import RlxComputeOp, int_attr
from rlx.dialects.rlx.buffer_ops import AllocOp, KVWriteOp, MultiLinearOp, ViewOp
from rlx.dialects.rlx.moe_ops import MoEDownOp, MoEGateOp, MoESwigluOp
from rlx.dialects.rlx.tensor_ops import (
    AddOp,
    AttentionOp,
    EmbedOp,
    GatherLastOp,
    KVConcatOp,
    LinearOp,
    LinearSwigluOp,
    MulOp,
    ParamOp,
    RMSNormOp,
    RopeOp,
    SiluOp,
    SwigluOp,
)
from rlx.dialects.rlx.types import BufferType, Q4_0Type, Q8_0Type, TensorType, fmt

COMPUTE_OPS = (
    EmbedOp,
    RMSNormOp,
    LinearOp,
    LinearSwigluOp,
    RopeOp,
    AttentionOp,
    SiluOp,
    AddOp,
    MulOp,
    SwigluOp,
    GatherLastOp,
    KVConcatOp,
    MoEGateOp,
    MoESwigluOp,
    MoEDownOp,
)

RLX = Dialect(
    "rlx",
    [ParamOp, *COMPUTE_OPS, AllocOp, KVWriteOp, MultiLinearOp, ViewOp],
    [TensorType, BufferType, Q8_0Type, Q4_0Type, AbiAttr, ArgAttr],
)


def make_compute(op_cls: type[RlxComputeOp], operands: dict[str, SSAValue | None], *,
                 result_type: Attribute | None = None, out: SSAValue | None = None,
                 properties: dict[str, Attribute] | None = None) -> RlxComputeOp:
    """Build a compute op in tensor form (``result_type``) or buffer form (``out``)."""
    segments = [[operands[f]] if operands.get(f) is not None else [] for f in op_cls.input_names()]
    segments.append([out] if out is not None else [])
    return op_cls.build(
        operands=segments,
        result_types=[[result_type] if result_type is not None else []],
        properties=properties or {},
    )


__all__ = [
    "RLX", "COMPUTE_OPS", "make_compute", "int_attr", "fmt", "ArrayAttr",
    "TensorType", "BufferType", "Q8_0Type", "Q4_0Type", "RlxComputeOp",
    "ParamOp", "EmbedOp", "RMSNormOp", "LinearOp", "LinearSwigluOp", "RopeOp", "AttentionOp",
    "SiluOp", "AddOp", "MulOp", "SwigluOp", "GatherLastOp", "KVConcatOp",
    "AllocOp", "KVWriteOp", "MultiLinearOp", "ViewOp", "MoEGateOp", "MoESwigluOp", "MoEDownOp",
]
