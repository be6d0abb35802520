"""``rlx-kv-format``: the element type the KV caches hold (L1).

Decode reads the whole KV cache of every layer once per token: at long contexts those
bytes pass the weights' (the Qwen3-0.6B dims hold 112 KiB of f32 K and V per position,
0.9 GB at 8k positions). With ``format=bf16`` (or ``f16``) every past-K/V function
argument that an ``rlx.kv_concat`` extends becomes a tensor of that element type, and
so does the concatenation (which the function returns: ``rlx-bufferize`` makes it the
in-place KV cache). K and V are still computed in f32; ``rlx.kv_write`` rounds the new
rows to the cache's format (bf16: to nearest even; f16: ``vcvtps2ph``) and the
attention widens each vector it reads, so the scores and the softmax stay f32. An f16
cache is llama.cpp's default (``--cache-type-k f16``); bf16 keeps f32's range.

The driver spells the pass only for a format other than f32 (``--kv``), so the choice
is visible in the pipeline and in the dumps.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import func
from xdsl.dialects.builtin import FunctionType, ModuleOp, bf16, f16, f32
from xdsl.ir import BlockArgument
from xdsl.passes import ModulePass
from xdsl.rewriter import Rewriter

from rlx.dialects import rlx
from rlx.runtime.errors import PassError

#: the element type of each format a KV cache can hold
FORMATS = {"f32": f32, "bf16": bf16, "f16": f16}


def past_arguments(fn: func.FuncOp) -> list[rlx.KVConcatOp]:
    """The ``rlx.kv_concat`` ops of ``fn`` that extend one of its arguments (a KV cache)."""
    return [op for op in fn.body.block.ops
            if isinstance(op, rlx.KVConcatOp) and isinstance(op.past, BlockArgument)]


def retype(value, element_type):
    """``value`` (a tensor) as a tensor of ``element_type`` of the same shape."""
    return Rewriter.replace_value_with_new_type(value, rlx.TensorType(value.type.shape, element_type))


def convert_function(fn: func.FuncOp, element_type) -> None:
    for op in past_arguments(fn):
        if op.past.type.element_type != element_type:
            retype(op.past, element_type)
        if op.result.type.element_type != element_type:
            retype(op.result, element_type)
    ret = fn.body.block.last_op
    outputs = [v.type for v in ret.operands] if isinstance(ret, func.ReturnOp) else fn.function_type.outputs.data
    fn.function_type = FunctionType.from_lists([a.type for a in fn.body.block.args], outputs)


@dataclass(frozen=True)
class RlxKVFormatPass(ModulePass):
    """Hold the KV caches in ``format`` (f32, bf16 or f16)."""

    name = "rlx-kv-format"
    format: str = "f32"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        if self.format not in FORMATS:
            raise PassError(f"rlx-kv-format: unknown format '{self.format}' (known: {', '.join(FORMATS)})")
        for fn in op.ops:
            if isinstance(fn, func.FuncOp) and fn.body.blocks:
                convert_function(fn, FORMATS[self.format])
