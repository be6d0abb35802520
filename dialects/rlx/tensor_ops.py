"""The ``rlx`` compute ops (tensor form at L1, buffer form at L2) and ``rlx.param``."""

from __future__ import annotations

from xdsl.dialects.builtin import (
    I64,
    DictionaryAttr,
    FloatAttr,
    IntegerAttr,
    StringAttr,
    UnitAttr,
    f32,
    i32,
)
from xdsl.ir import Attribute
from xdsl.irdl import (
    IRDLOperation,
    ParsePropInAttrDict,
    irdl_op_definition,
    operand_def,
    opt_operand_def,
    opt_prop_def,
    opt_result_def,
    prop_def,
    result_def,
    traits_def,
)
from xdsl.traits import Pure
from xdsl.utils.exceptions import VerifyException

from rlx.dialects.rlx.base import (
    OPTIONAL_SEGMENTS,
    RlxComputeOp,
    compute_format,
    expect_dim,
    expect_f32,
    expect_kv,
    expect_row_table,
    expect_slot_tables,
    expect_weights,
    expect_rank,
    int_prop,
)
from rlx.dialects.rlx.types import BufferType, TensorType, fmt
from rlx.dialects.symbolic import SymDim, parse_shape

# ------------------------------------------------------------------------ ops


@irdl_op_definition
class ParamOp(IRDLOperation):
    """A named weight of the model. ``layout`` tells how the runtime packs it.

    Verifies:
    - the result is an ``!rlx.tensor`` (L1) or an ``!rlx.buffer`` (L2).

    Example::

        %w = rlx.param "model.layers.0.mlp.up_proj.weight" : !rlx.tensor<"192x128", f32>
        %p = rlx.param "model.layers.0.mlp.up_proj.weight" {layout = "packed16"} : !rlx.buffer<"192x128", f32>
    """

    name = "rlx.param"
    param_name = prop_def(StringAttr)
    layout = opt_prop_def(StringAttr)
    result = result_def(TensorType | BufferType)
    traits = traits_def(Pure())
    irdl_options = (ParsePropInAttrDict(),)
    assembly_format = "$param_name attr-dict `:` type($result)"

    def __init__(self, param_name: str, typ: Attribute, layout: str | None = None):
        props = {"param_name": StringAttr(param_name)}
        if layout:
            props["layout"] = StringAttr(layout)
        super().__init__(properties=props, result_types=[typ])


@irdl_op_definition
class EmbedOp(RlxComputeOp):
    """``out[b, s, :] = table[ids[b, s], :]``.

    Verifies:
    - ``ids`` is ``[B, S]`` of ``i32``; ``table`` is ``[V, H]`` of ``f32`` or, when it is
      also a tied LM head's weight, of that weight's format (``rlx.base.WEIGHT_TYPES``);
    - the output is ``[B, S, H]`` of ``f32``.

    Example::

        %x = rlx.embed %ids, %table : !rlx.tensor<"1xSEQ", i32>, !rlx.tensor<"1024x128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    """

    name = "rlx.embed"
    ids = operand_def()
    table = operand_def()
    out = opt_operand_def()
    result = opt_result_def()
    irdl_options = OPTIONAL_SEGMENTS
    assembly_format = compute_format("ids", "table")

    def infer(self, shapes, dtypes):
        expect_rank(self.name, "ids", shapes["ids"], 2)
        expect_rank(self.name, "table", shapes["table"], 2)
        if dtypes["ids"] != i32:
            raise VerifyException(f"{self.name}: operand 'ids' must be i32, got {dtypes['ids']}")
        expect_weights(self.name, dtypes, "table")
        return (*shapes["ids"], shapes["table"][1]), f32


@irdl_op_definition
class RMSNormOp(RlxComputeOp):
    """RMSNorm over groups of ``len(w)`` elements of the last dim (a group per
    head gives Qwen3's QK-norm; one group is the usual hidden-state norm).

    Verifies:
    - ``x`` and ``w`` are ``f32``; ``w`` has rank 1;
    - the last dim of ``x`` is static and a multiple of ``len(w)``;
    - the output has the shape of ``x``.

    Example::

        %h = rlx.rms_norm %x, %w {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"128", f32> -> !rlx.tensor<"1xSEQx128", f32>
        %q = rlx.rms_norm %x, %w {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"32", f32> -> !rlx.tensor<"1xSEQx128", f32>
    """

    name = "rlx.rms_norm"
    x = operand_def()
    w = operand_def()
    out = opt_operand_def()
    result = opt_result_def()
    eps = prop_def(FloatAttr)
    irdl_options = OPTIONAL_SEGMENTS
    assembly_format = compute_format("x", "w")

    def infer(self, shapes, dtypes):
        expect_f32(self.name, dtypes, "x", "w")
        expect_rank(self.name, "w", shapes["w"], 1)
        last, group = shapes["x"][-1], shapes["w"][0]
        if not (last.is_static and group.is_static) or last.const % group.const:
            raise VerifyException(
                f"{self.name}: last dim of 'x' ({last}) must be a multiple of the length of 'w' ({group})"
            )
        return shapes["x"], f32


@irdl_op_definition
class LinearOp(RlxComputeOp):
    """``y = x @ w.T (+ bias) (+ residual)`` with ``w`` in Hugging Face ``[out, in]`` order.

    ``residual`` is what ``rlx-fuse`` makes of a residual connection's ``rlx.add`` of
    the linear's result: the kernel adds it as it stores each output tile, so the sum
    is never a separate pass over memory.

    Verifies:
    - ``x``, ``bias`` and ``residual`` are ``f32``, ``w`` is ``f32``, ``bf16``, ``f16`` or ``!rlx.q8_0`` (``rlx.base.WEIGHT_TYPES``) and ``[N, K]``;
    - the last dim of ``x`` is ``K``; ``bias``, if present, is ``[N]``;
    - the output is ``x``'s shape with the last dim ``N``; ``residual``, if present, has the output's shape.

    Example::

        %y = rlx.linear %x, %w : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"64x128", f32> -> !rlx.tensor<"1xSEQx64", f32>
        %z = rlx.linear %x, %w bias %b : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"64x128", f32>, !rlx.tensor<"64", f32> -> !rlx.tensor<"1xSEQx64", f32>
        %h = rlx.linear %x, %w residual %r : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"64x128", f32> residual !rlx.tensor<"1xSEQx64", f32> -> !rlx.tensor<"1xSEQx64", f32>
        rlx.linear %x, %w outs %y : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"64x128", f32> outs !rlx.buffer<"1xSEQx64", f32>
    """

    name = "rlx.linear"
    x = operand_def()
    w = operand_def()
    bias = opt_operand_def()
    residual = opt_operand_def()
    out = opt_operand_def()
    result = opt_result_def()
    irdl_options = OPTIONAL_SEGMENTS
    assembly_format = compute_format("x", "w", optional=("bias",), keyed=("residual",))

    def infer(self, shapes, dtypes):
        expect_f32(self.name, dtypes, "x", "bias", "residual")
        expect_weights(self.name, dtypes, "w")
        expect_rank(self.name, "w", shapes["w"], 2)
        n, k = shapes["w"]
        expect_dim(self.name, "last dim of 'x' (in features)", shapes["x"][-1], k)
        if "bias" in shapes:
            expect_rank(self.name, "bias", shapes["bias"], 1)
            expect_dim(self.name, "length of 'bias'", shapes["bias"][0], n)
        out = (*shapes["x"][:-1], n)
        if "residual" in shapes and tuple(shapes["residual"]) != out:
            raise VerifyException(f"{self.name}: operand 'residual' must have the output's shape {fmt(out)}, "
                                  f"got {fmt(shapes['residual'])}")
        return out, f32


@irdl_op_definition
class LinearSwigluOp(RlxComputeOp):
    """``silu(x @ w_gate.T) * (x @ w_up.T)``: a gated MLP's two projections and its
    SwiGLU as one op (what ``rlx-fuse-gate-up`` makes of ``swiglu(linear, linear)``);
    the gate and up activations are never stored.

    Verifies:
    - ``x`` is ``f32``; ``w_gate`` and ``w_up`` are both ``[N, K]`` of one weight type (f32, bf16, f16, !rlx.q8_0);
    - the last dim of ``x`` is ``K``;
    - the output is ``x``'s shape with the last dim ``N``.

    Example::

        %a = rlx.linear_swiglu %x, %wg, %wu : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"192x128", f32>, !rlx.tensor<"192x128", f32> -> !rlx.tensor<"1xSEQx192", f32>
        rlx.linear_swiglu %x, %wg, %wu outs %a : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"192x128", f32>, !rlx.buffer<"192x128", f32> outs !rlx.buffer<"1xSEQx192", f32>
    """

    name = "rlx.linear_swiglu"
    x = operand_def()
    w_gate = operand_def()
    w_up = operand_def()
    out = opt_operand_def()
    result = opt_result_def()
    irdl_options = OPTIONAL_SEGMENTS
    assembly_format = compute_format("x", "w_gate", "w_up")

    def infer(self, shapes, dtypes):
        expect_f32(self.name, dtypes, "x")
        expect_weights(self.name, dtypes, "w_gate", "w_up")
        expect_rank(self.name, "w_gate", shapes["w_gate"], 2)
        if shapes["w_up"] != shapes["w_gate"]:
            raise VerifyException(
                f"{self.name}: operand 'w_up' has shape {fmt(shapes['w_up'])}, expected {fmt(shapes['w_gate'])}"
            )
        n, k = shapes["w_gate"]
        expect_dim(self.name, "last dim of 'x' (in features)", shapes["x"][-1], k)
        return (*shapes["x"][:-1], n), f32


@irdl_op_definition
class RopeOp(RlxComputeOp):
    """Rotate-half rotary embedding; token ``s`` sits at position ``offset + s``, or with
    ``positions`` (``i32 [B]``, one per sequence: a slotted decode) token ``s`` of row ``b``
    at ``positions[b] + s``; then ``offset`` bounds them (``positions[b] <= offset``, which
    the caller checks).

    ``scaling`` (absent for the default RoPE) names the RoPE scaling the ``cos``/``sin``
    tables were computed with (``linear``, ``dynamic``, ``llama3``, ``yarn``) and
    ``scaling_params`` its parameters; they document the tables, the kernel only reads them.

    Verifies:
    - every operand is ``f32``; ``x`` has rank 3;
    - ``head_dim`` is even and divides the (static) last dim of ``x``;
    - ``cos`` and ``sin`` are ``[P, head_dim/2]`` tables;
    - ``offset`` is a dimension expression (``PAST_SEQ``, ``0``);
    - ``positions``, if present, is ``i32 [B]``;
    - ``scaling_params`` is given exactly when ``scaling`` is;
    - the output has the shape of ``x``.

    Example::

        %r = rlx.rope %q, %cos, %sin {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"512x16", f32>, !rlx.tensor<"512x16", f32> -> !rlx.tensor<"1xSEQx128", f32>
        %r = rlx.rope %q, %cos, %sin {head_dim = 32 : i64, offset = "0", scaling = "linear", scaling_params = {factor = 2.000000e+00 : f64}} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"512x16", f32>, !rlx.tensor<"512x16", f32> -> !rlx.tensor<"1xSEQx128", f32>
    """

    name = "rlx.rope"
    x = operand_def()
    cos = operand_def()
    sin = operand_def()
    positions = opt_operand_def()
    out = opt_operand_def()
    result = opt_result_def()
    head_dim = prop_def(IntegerAttr[I64])
    offset = prop_def(StringAttr)
    scaling = opt_prop_def(StringAttr)
    scaling_params = opt_prop_def(DictionaryAttr)
    irdl_options = OPTIONAL_SEGMENTS
    assembly_format = compute_format("x", "cos", "sin", keyed=("positions",))

    def infer(self, shapes, dtypes):
        expect_f32(self.name, dtypes, "x", "cos", "sin")
        expect_row_table(self.name, shapes, dtypes, "positions", shapes["x"][0])
        expect_rank(self.name, "x", shapes["x"], 3)
        hd = int_prop(self, "head_dim")
        if hd % 2 or not shapes["x"][2].is_static or shapes["x"][2].const % hd:
            raise VerifyException(
                f"{self.name}: last dim of 'x' ({shapes['x'][2]}) must be a multiple of the even head_dim {hd}"
            )
        for table in ("cos", "sin"):
            expect_rank(self.name, table, shapes[table], 2)
            expect_dim(self.name, f"last dim of '{table}'", shapes[table][1], SymDim(hd // 2))
        parse_shape(self.offset.data)
        if (self.scaling is None) != (self.scaling_params is None):
            raise VerifyException(f"{self.name}: 'scaling' and 'scaling_params' go together")
        return shapes["x"], f32


@irdl_op_definition
class AttentionOp(RlxComputeOp):
    """Scaled dot-product attention with GQA, causal masking and an optional keep-mask.

    ``q: [B, S, H*D]``, ``k, v: [B, T, KV*D]``; query ``s`` sits at position
    ``T - S + s``. In buffer form ``k``/``v`` may be KV caches whose dim 1 is their
    capacity; then ``kv_len`` gives ``T``.

    With ``slot_ids`` and ``positions`` (``i32 [B]`` each: a slotted decode, one query per
    row) ``k``/``v`` are ``[SLOTS, T, KV*D]`` and row ``b`` attends to keys
    ``0 .. positions[b]`` of sequence ``slot_ids[b]``; ``T`` then bounds them
    (``positions[b] < T``, which the caller checks).

    With ``window = W`` (a sliding window: Mistral, Qwen2/Qwen3's windowed layers) a query
    at position ``i`` sees only the keys ``j`` with ``i - W < j <= i``: itself and the
    ``W - 1`` before it (transformers' sliding-window mask).

    Verifies:
    - ``q`` and ``mask`` are ``f32``, ``k`` and ``v`` one of f32, bf16, f16 (a KV cache
      of that format, ``--kv``), the same; ``num_kv_heads`` divides ``num_heads``;
    - ``q`` is ``[B, S, num_heads*head_dim]``; ``k`` and ``v`` are
      ``[B, T, num_kv_heads*head_dim]`` with the same ``T``;
    - ``mask``, if present, is ``[B, kv_len]`` (``kv_len`` defaults to ``T``);
    - ``slot_ids`` and ``positions`` go together, are ``i32 [B]``, take no ``mask`` and
      one query per row; then dim 0 of ``k``/``v`` is free (the slots);
    - ``window``, if present, is >= 1 and the attention is ``causal``;
    - ``ring``, if present, is >= ``window`` (which it needs), without ``mask``; in buffer
      form it is dim 1 of ``k`` and ``v``;
    - the output has the shape of ``q``.

    With ``ring = C`` the keys are in a ring-buffer cache of ``C`` rows (a windowed
    layer's: ``C`` is at least the window plus the new rows but one): key ``j`` is row
    ``j mod C``.

    Example::

        %a = rlx.attention %q, %k, %v {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32> -> !rlx.tensor<"1xSEQx128", f32>
        rlx.attention %q, %kc, %vc mask %m outs %a {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal, kv_len = "PAST_SEQ+1"} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>, !rlx.buffer<"1xPAST_SEQ+1", f32> outs !rlx.buffer<"1x1x128", f32>
        %w = rlx.attention %q, %k, %v {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal, window = 4096 : i64} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32> -> !rlx.tensor<"1xSEQx128", f32>
    """

    name = "rlx.attention"
    q = operand_def()
    k = operand_def()
    v = operand_def()
    mask = opt_operand_def()
    slot_ids = opt_operand_def()
    positions = opt_operand_def()
    out = opt_operand_def()
    result = opt_result_def()
    num_heads = prop_def(IntegerAttr[I64])
    num_kv_heads = prop_def(IntegerAttr[I64])
    head_dim = prop_def(IntegerAttr[I64])
    causal = opt_prop_def(UnitAttr)
    kv_len = opt_prop_def(StringAttr)
    #: a sliding window: the keys a query sees, itself included (absent: every earlier key)
    window = opt_prop_def(IntegerAttr[I64])
    #: the rows of the ring-buffer KV cache it reads (absent: none)
    ring = opt_prop_def(IntegerAttr[I64])
    irdl_options = OPTIONAL_SEGMENTS
    assembly_format = compute_format("q", "k", "v", optional=("mask",), keyed=("slot_ids", "positions"))

    def ring_rows(self) -> int:
        """The ring buffer's rows, 0 for none."""
        return self.ring.value.data if self.ring is not None else 0

    def window_size(self) -> int:
        """The sliding window, 0 for none."""
        return self.window.value.data if self.window is not None else 0

    def kv_length(self) -> SymDim:
        if self.kv_len is not None:
            return SymDim.of(self.kv_len.data)
        return self.k.type.shape[1]

    def infer(self, shapes, dtypes):
        expect_f32(self.name, dtypes, "q", "mask")
        expect_kv(self.name, dtypes, "k", "v")
        nh, nkv, hd = (int_prop(self, n) for n in ("num_heads", "num_kv_heads", "head_dim"))
        if nh % nkv:
            raise VerifyException(f"{self.name}: num_heads {nh} not divisible by num_kv_heads {nkv}")
        if self.window is not None and (self.window_size() < 1 or self.causal is None):
            raise VerifyException(f"{self.name}: window {self.window_size()} needs to be >= 1 and the "
                                  f"attention causal")
        for field in ("q", "k", "v"):
            expect_rank(self.name, field, shapes[field], 3)
        self.verify_ring(shapes)
        b, s, qdim = shapes["q"]
        expect_dim(self.name, "last dim of 'q'", qdim, SymDim(nh * hd))
        slotted = expect_slot_tables(self.name, shapes, dtypes, b)
        if slotted and ("mask" in shapes or s != SymDim(1)):
            raise VerifyException(f"{self.name}: a slotted attention (slot_ids, positions) takes one query "
                                  f"per row and no mask")
        for field in ("k", "v"):
            if not slotted:
                expect_dim(self.name, f"dim 0 of '{field}'", shapes[field][0], b)
            expect_dim(self.name, f"last dim of '{field}'", shapes[field][2], SymDim(nkv * hd))
        expect_dim(self.name, "dim 1 of 'v'", shapes["v"][1], shapes["k"][1])
        if "mask" in shapes:
            expect_rank(self.name, "mask", shapes["mask"], 2)
            if shapes["mask"] != (b, self.kv_length()):
                raise VerifyException(
                    f"{self.name}: operand 'mask' has shape {fmt(shapes['mask'])}, expected {fmt((b, self.kv_length()))}"
                )
        return shapes["q"], f32

    def verify_ring(self, shapes) -> None:
        """A ring holds at least the window, takes no mask, and is the caches' rows (buffers)."""
        if self.ring is None:
            return
        ring = self.ring_rows()
        if self.window is None or ring < self.window_size() or "mask" in shapes:
            raise VerifyException(f"{self.name}: ring {ring} needs a window of at most {ring} rows and no mask")
        if isinstance(self.k.type, BufferType) and shapes["k"][1] != SymDim(ring):
            raise VerifyException(f"{self.name}: ring {ring} but the K cache has {shapes['k'][1]} rows")


class _ElementwiseOp(RlxComputeOp):
    """Same-shape elementwise op.

    Verifies:
    - every operand is ``f32`` and has the shape of the first;
    - the output has that shape.
    """

    def infer(self, shapes, dtypes):
        expect_f32(self.name, dtypes, *shapes)
        first, *rest = self.input_names()
        for field in rest:
            if shapes[field] != shapes[first]:
                raise VerifyException(
                    f"{self.name}: operand '{field}' has shape {fmt(shapes[field])}, expected {fmt(shapes[first])}"
                )
        return shapes[first], f32


@irdl_op_definition
class SiluOp(_ElementwiseOp):
    """``x * sigmoid(x)``.

    Example::

        %s = rlx.silu %g : !rlx.tensor<"1xSEQx192", f32> -> !rlx.tensor<"1xSEQx192", f32>
    """

    name = "rlx.silu"
    x = operand_def()
    out = opt_operand_def()
    result = opt_result_def()
    irdl_options = OPTIONAL_SEGMENTS
    assembly_format = compute_format("x")


class _BinaryOp(_ElementwiseOp):
    lhs = operand_def()
    rhs = operand_def()
    out = opt_operand_def()
    result = opt_result_def()
    irdl_options = OPTIONAL_SEGMENTS
    assembly_format = compute_format("lhs", "rhs")


@irdl_op_definition
class AddOp(_BinaryOp):
    """``lhs + rhs`` (the residual connections).

    Example::

        %r = rlx.add %x, %y : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"1xSEQx128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    """

    name = "rlx.add"


@irdl_op_definition
class MulOp(_BinaryOp):
    """``lhs * rhs``.

    Example::

        rlx.mul %a, %b outs %c : !rlx.buffer<"1xSEQx192", f32>, !rlx.buffer<"1xSEQx192", f32> outs !rlx.buffer<"1xSEQx192", f32>
    """

    name = "rlx.mul"


@irdl_op_definition
class SwigluOp(_BinaryOp):
    """``silu(lhs) * rhs``: what ``rlx-fuse`` makes of a SiLU feeding a mul.

    Example::

        %s = rlx.swiglu %g, %u : !rlx.tensor<"1xSEQx192", f32>, !rlx.tensor<"1xSEQx192", f32> -> !rlx.tensor<"1xSEQx192", f32>
    """

    name = "rlx.swiglu"


@irdl_op_definition
class GatherLastOp(RlxComputeOp):
    """``[B, S, H] -> [B, 1, H]``: the last token of each sequence.

    Verifies:
    - ``x`` is ``f32`` of rank 3; the output is ``[B, 1, H]``.

    Example::

        %l = rlx.gather_last %h : !rlx.tensor<"1xSEQx128", f32> -> !rlx.tensor<"1x1x128", f32>
    """

    name = "rlx.gather_last"
    x = operand_def()
    out = opt_operand_def()
    result = opt_result_def()
    irdl_options = OPTIONAL_SEGMENTS
    assembly_format = compute_format("x")

    def infer(self, shapes, dtypes):
        expect_f32(self.name, dtypes, "x")
        expect_rank(self.name, "x", shapes["x"], 3)
        b, _, h = shapes["x"]
        return (b, SymDim(1), h), f32


@irdl_op_definition
class KVConcatOp(RlxComputeOp):
    """``[B, P, D] ++ [B, S, D] -> [B, P+S, D]``: past and new K (or V) of a layer.

    With ``slot_ids`` and ``positions`` (``i32 [R]`` each: a slotted decode) ``past`` is
    ``[SLOTS, P, D]`` and ``new`` ``[R, S, D]``: row ``r`` of ``new`` goes to rows
    ``positions[r] ..`` of sequence ``slot_ids[r]`` (``positions[r] <= P``, distinct slots:
    the caller checks), the result is ``[SLOTS, P+S, D]``.

    Verifies:
    - ``new`` is ``f32``, ``past`` one of f32, bf16, f16 (the KV cache's format: the new
      rows are rounded to it), both of rank 3 with equal dims 2, and dims 0 equal unless
      slotted;
    - ``slot_ids`` and ``positions`` go together and are ``i32 [R]``;
    - the output is ``[B, P+S, D]`` (``P`` and ``S`` may be symbolic) of ``past``'s
      element type;
    - ``ring``, if present, is >= 1.

    With ``ring = C`` (a windowed layer) the cache behind ``past`` is a ring buffer of
    ``C`` rows: the key at position ``j`` is row ``j mod C`` (``rlx-bufferize`` gives the
    cache ``C`` rows instead of ``MAX_SEQ``); the values are those of the concatenation.

    Example::

        %k = rlx.kv_concat %past, %new : !rlx.tensor<"1xPAST_SEQx64", f32>, !rlx.tensor<"1xSEQx64", f32> -> !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>
        %r = rlx.kv_concat %past, %new {ring = 4608 : i64} : !rlx.tensor<"1xPAST_SEQx64", f32>, !rlx.tensor<"1xSEQx64", f32> -> !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>
    """

    name = "rlx.kv_concat"
    past = operand_def()
    new = operand_def()
    slot_ids = opt_operand_def()
    positions = opt_operand_def()
    out = opt_operand_def()
    result = opt_result_def()
    #: a ring-buffer cache: its rows (absent: MAX_SEQ rows, position j at row j)
    ring = opt_prop_def(IntegerAttr[I64])
    irdl_options = OPTIONAL_SEGMENTS
    assembly_format = compute_format("past", "new", keyed=("slot_ids", "positions"))

    def ring_rows(self) -> int:
        """The ring buffer's rows, 0 for none."""
        return self.ring.value.data if self.ring is not None else 0

    def infer(self, shapes, dtypes):
        expect_f32(self.name, dtypes, "new")
        expect_kv(self.name, dtypes, "past")
        if self.ring is not None and self.ring_rows() < 1:
            raise VerifyException(f"{self.name}: ring {self.ring_rows()} needs to be >= 1")
        expect_rank(self.name, "past", shapes["past"], 3)
        expect_rank(self.name, "new", shapes["new"], 3)
        (b, p, d), (b2, s, d2) = shapes["past"], shapes["new"]
        if not expect_slot_tables(self.name, shapes, dtypes, b2):
            expect_dim(self.name, "dim 0 of 'new'", b2, b)
        expect_dim(self.name, "last dim of 'new'", d2, d)
        return (b, p + s, d), dtypes["past"]


