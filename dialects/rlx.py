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

from collections.abc import Sequence
from dataclasses import dataclass

from xdsl.dialects.builtin import (
    ArrayAttr,
    Float32Type,
    FloatAttr,
    I64,
    IntegerAttr,
    IntegerType,
    MemRefType,
    StringAttr,
    UnitAttr,
    f32,
    i32,
    i64,
)
from xdsl.ir import Attribute, Dialect, ParametrizedAttribute, SSAValue, TypeAttribute
from xdsl.irdl import (
    AttrSizedOperandSegments,
    ParsePropInAttrDict,
    IRDLOperation,
    irdl_attr_definition,
    irdl_op_definition,
    operand_def,
    opt_operand_def,
    opt_prop_def,
    opt_result_def,
    prop_def,
    result_def,
    traits_def,
    var_operand_def,
)
from xdsl.parser import AttrParser
from xdsl.printer import Printer
from xdsl.traits import Pure
from xdsl.utils.exceptions import VerifyException

from dialects.abi import AbiAttr, ArgAttr
from dialects.symbolic import Shape, SymDim, format_shape, parse_shape, shape_of
from runtime.errors import ShapeError

# --------------------------------------------------------------------------- types


@dataclass(frozen=True, init=False)
class _ShapedRlxType(ParametrizedAttribute, TypeAttribute):
    """Shared body of ``!rlx.tensor`` and ``!rlx.buffer``: a symbolic shape + dtype."""

    shape_text: StringAttr
    element_type: Attribute

    def __init__(self, shape: Sequence[int | str | SymDim] | str, element_type: Attribute = f32):
        dims = parse_shape(shape) if isinstance(shape, str) else shape_of(shape)
        super().__init__(StringAttr(format_shape(dims)), element_type)

    @property
    def shape(self) -> Shape:
        return parse_shape(self.shape_text.data)

    @property
    def rank(self) -> int:
        return len(self.shape)

    @classmethod
    def parse_parameters(cls, parser: AttrParser) -> list[Attribute]:
        with parser.in_angle_brackets():
            pos = parser.pos
            text = parser.parse_str_literal()
            try:
                dims = parse_shape(text)
            except ShapeError as err:
                parser.raise_error(str(err), pos, parser.pos)
            parser.parse_punctuation(",")
            element_type = parser.parse_type()
        return [StringAttr(format_shape(dims)), element_type]

    def print_parameters(self, printer: Printer) -> None:
        with printer.in_angle_brackets():
            printer.print_string_literal(self.shape_text.data)
            printer.print_string(", ")
            printer.print_attribute(self.element_type)

    def verify(self) -> None:
        if not isinstance(self.element_type, Float32Type | IntegerType):
            raise VerifyException(f"{self.name}: element type must be f32 or i32")


@irdl_attr_definition
class TensorType(_ShapedRlxType):
    """A value-semantics tensor of the model graph (L1)."""

    name = "rlx.tensor"


@irdl_attr_definition
class BufferType(_ShapedRlxType):
    """A buffer in memory (L2): a region of the arena, a weight, or a caller's buffer."""

    name = "rlx.buffer"


ShapedRlxType = TensorType | BufferType


def fmt(shape: Shape) -> str:
    return "[" + ", ".join(str(d) for d in shape) + "]"


# ---------------------------------------------------------------- op base classes


class RlxComputeOp(IRDLOperation):
    """Base of the ops that exist in tensor form (result) and buffer form (outs).

    The inputs are the operand fields in definition order, all but ``out``.
    Subclasses implement ``infer(shapes, dtypes) -> (shape, dtype)``, raising
    ``VerifyException`` with a message naming the offending operand.

    Verifies:
    - the op has a result (tensor form) or an ``outs`` buffer (buffer form), not both;
    - its inputs are all ``!rlx.tensor`` (tensor form) or all ``!rlx.buffer``;
    - the result (or ``outs``) has the shape and element type the op infers.
    """

    @classmethod
    def input_names(cls) -> tuple[str, ...]:
        return tuple(n for n, _ in cls.get_irdl_definition().operands if n != "out")

    def inputs(self) -> dict[str, SSAValue]:
        found = {}
        for field in self.input_names():
            value = getattr(self, field)
            if value is not None:
                found[field] = value
        return found

    def infer(self, shapes: dict[str, Shape], dtypes: dict[str, Attribute]):
        raise NotImplementedError

    def destination(self) -> SSAValue | None:
        return getattr(self, "out", None)

    def verify_(self) -> None:
        inputs = self.inputs()
        out = self.destination()
        has_result = bool(self.results)
        if has_result == (out is not None):
            raise VerifyException(
                f"{self.name}: needs exactly one of a result (tensor form) or an 'outs' buffer (buffer form)"
            )
        kind = BufferType if out is not None else TensorType
        for field, value in inputs.items():
            if not isinstance(value.type, kind):
                raise VerifyException(
                    f"{self.name}: operand '{field}' must be {kind.name}, got {value.type}"
                )
        shapes = {f: v.type.shape for f, v in inputs.items()}
        dtypes = {f: v.type.element_type for f, v in inputs.items()}
        shape, dtype = self.infer(shapes, dtypes)
        target = out.type if out is not None else self.results[0].type
        if not isinstance(target, kind):
            raise VerifyException(f"{self.name}: output must be {kind.name}, got {target}")
        if target.shape != tuple(shape) or target.element_type != dtype:
            raise VerifyException(
                f"{self.name}: output has shape {fmt(target.shape)} {target.element_type}, "
                f"expected {fmt(tuple(shape))} {dtype}"
            )


def _expect_rank(op: str, field: str, shape: Shape, rank: int) -> None:
    if len(shape) != rank:
        raise VerifyException(f"{op}: operand '{field}' must have rank {rank}, got {fmt(shape)}")


def _expect_f32(op: str, dtypes: dict[str, Attribute], *fields: str) -> None:
    for field in fields:
        if field in dtypes and dtypes[field] != f32:
            raise VerifyException(f"{op}: operand '{field}' must be f32, got {dtypes[field]}")


def _expect_dim(op: str, what: str, got: SymDim, want: SymDim) -> None:
    if got != want:
        raise VerifyException(f"{op}: {what} is {got}, expected {want}")


def int_attr(value: int) -> IntegerAttr:
    """The attribute of integer properties: printed ``32 : i64``."""
    return IntegerAttr(value, i64)


def _int(op: IRDLOperation, name: str) -> int:
    return op.properties[name].value.data


def _compute_format(*required: str, optional: tuple[str, ...] = ()) -> str:
    """Assembly format ``%a, %b [kw %opt] [outs %o] : Ta, Tb [, Topt] [outs To] [-> Tr]``."""
    values = " `,` ".join(f"${n}" for n in required)
    values += "".join(f" (`{n}` ${n}^)?" for n in optional)
    types = " `,` ".join(f"type(${n})" for n in required)
    types += "".join(f" (`,` type(${n})^)?" for n in optional)
    return (
        f"{values} (`outs` $out^)? attr-dict `:` {types}"
        " (`outs` type($out)^)? (`->` type($result)^)?"
    )
_OPTIONAL_SEGMENTS = (AttrSizedOperandSegments(as_property=True), ParsePropInAttrDict())

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
    - ``ids`` is ``[B, S]`` of ``i32``; ``table`` is ``[V, H]`` of ``f32``;
    - the output is ``[B, S, H]`` of ``f32``.

    Example::

        %x = rlx.embed %ids, %table : !rlx.tensor<"1xSEQ", i32>, !rlx.tensor<"1024x128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    """

    name = "rlx.embed"
    ids = operand_def()
    table = operand_def()
    out = opt_operand_def()
    result = opt_result_def()
    irdl_options = _OPTIONAL_SEGMENTS
    assembly_format = _compute_format("ids", "table")

    def infer(self, shapes, dtypes):
        _expect_rank(self.name, "ids", shapes["ids"], 2)
        _expect_rank(self.name, "table", shapes["table"], 2)
        if dtypes["ids"] != i32:
            raise VerifyException(f"{self.name}: operand 'ids' must be i32, got {dtypes['ids']}")
        _expect_f32(self.name, dtypes, "table")
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
    irdl_options = _OPTIONAL_SEGMENTS
    assembly_format = _compute_format("x", "w")

    def infer(self, shapes, dtypes):
        _expect_f32(self.name, dtypes, "x", "w")
        _expect_rank(self.name, "w", shapes["w"], 1)
        last, group = shapes["x"][-1], shapes["w"][0]
        if not (last.is_static and group.is_static) or last.const % group.const:
            raise VerifyException(
                f"{self.name}: last dim of 'x' ({last}) must be a multiple of the length of 'w' ({group})"
            )
        return shapes["x"], f32


@irdl_op_definition
class LinearOp(RlxComputeOp):
    """``y = x @ w.T (+ bias)`` with ``w`` in Hugging Face ``[out, in]`` order.

    Verifies:
    - every operand is ``f32``; ``w`` is ``[N, K]``;
    - the last dim of ``x`` is ``K``; ``bias``, if present, is ``[N]``;
    - the output is ``x``'s shape with the last dim ``N``.

    Example::

        %y = rlx.linear %x, %w : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"64x128", f32> -> !rlx.tensor<"1xSEQx64", f32>
        %z = rlx.linear %x, %w bias %b : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"64x128", f32>, !rlx.tensor<"64", f32> -> !rlx.tensor<"1xSEQx64", f32>
        rlx.linear %x, %w outs %y : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"64x128", f32> outs !rlx.buffer<"1xSEQx64", f32>
    """

    name = "rlx.linear"
    x = operand_def()
    w = operand_def()
    bias = opt_operand_def()
    out = opt_operand_def()
    result = opt_result_def()
    irdl_options = _OPTIONAL_SEGMENTS
    assembly_format = _compute_format("x", "w", optional=("bias",))

    def infer(self, shapes, dtypes):
        _expect_f32(self.name, dtypes, "x", "w", "bias")
        _expect_rank(self.name, "w", shapes["w"], 2)
        n, k = shapes["w"]
        _expect_dim(self.name, "last dim of 'x' (in features)", shapes["x"][-1], k)
        if "bias" in shapes:
            _expect_rank(self.name, "bias", shapes["bias"], 1)
            _expect_dim(self.name, "length of 'bias'", shapes["bias"][0], n)
        return (*shapes["x"][:-1], n), f32


@irdl_op_definition
class LinearSwigluOp(RlxComputeOp):
    """``silu(x @ w_gate.T) * (x @ w_up.T)``: a gated MLP's two projections and its
    SwiGLU as one op (what ``rlx-fuse-gate-up`` makes of ``swiglu(linear, linear)``);
    the gate and up activations are never stored.

    Verifies:
    - every operand is ``f32``; ``w_gate`` and ``w_up`` are both ``[N, K]``;
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
    irdl_options = _OPTIONAL_SEGMENTS
    assembly_format = _compute_format("x", "w_gate", "w_up")

    def infer(self, shapes, dtypes):
        _expect_f32(self.name, dtypes, "x", "w_gate", "w_up")
        _expect_rank(self.name, "w_gate", shapes["w_gate"], 2)
        if shapes["w_up"] != shapes["w_gate"]:
            raise VerifyException(
                f"{self.name}: operand 'w_up' has shape {fmt(shapes['w_up'])}, expected {fmt(shapes['w_gate'])}"
            )
        n, k = shapes["w_gate"]
        _expect_dim(self.name, "last dim of 'x' (in features)", shapes["x"][-1], k)
        return (*shapes["x"][:-1], n), f32


@irdl_op_definition
class RopeOp(RlxComputeOp):
    """Rotate-half rotary embedding; token ``s`` sits at position ``offset + s``.

    Verifies:
    - every operand is ``f32``; ``x`` has rank 3;
    - ``head_dim`` is even and divides the (static) last dim of ``x``;
    - ``cos`` and ``sin`` are ``[P, head_dim/2]`` tables;
    - ``offset`` is a dimension expression (``PAST_SEQ``, ``0``);
    - the output has the shape of ``x``.

    Example::

        %r = rlx.rope %q, %cos, %sin {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"512x16", f32>, !rlx.tensor<"512x16", f32> -> !rlx.tensor<"1xSEQx128", f32>
    """

    name = "rlx.rope"
    x = operand_def()
    cos = operand_def()
    sin = operand_def()
    out = opt_operand_def()
    result = opt_result_def()
    head_dim = prop_def(IntegerAttr[I64])
    offset = prop_def(StringAttr)
    irdl_options = _OPTIONAL_SEGMENTS
    assembly_format = _compute_format("x", "cos", "sin")

    def infer(self, shapes, dtypes):
        _expect_f32(self.name, dtypes, "x", "cos", "sin")
        _expect_rank(self.name, "x", shapes["x"], 3)
        hd = _int(self, "head_dim")
        if hd % 2 or not shapes["x"][2].is_static or shapes["x"][2].const % hd:
            raise VerifyException(
                f"{self.name}: last dim of 'x' ({shapes['x'][2]}) must be a multiple of the even head_dim {hd}"
            )
        for table in ("cos", "sin"):
            _expect_rank(self.name, table, shapes[table], 2)
            _expect_dim(self.name, f"last dim of '{table}'", shapes[table][1], SymDim(hd // 2))
        parse_shape(self.offset.data)
        return shapes["x"], f32


@irdl_op_definition
class AttentionOp(RlxComputeOp):
    """Scaled dot-product attention with GQA, causal masking and an optional keep-mask.

    ``q: [B, S, H*D]``, ``k, v: [B, T, KV*D]``; query ``s`` sits at position
    ``T - S + s``. In buffer form ``k``/``v`` may be KV caches whose dim 1 is their
    capacity; then ``kv_len`` gives ``T``.

    Verifies:
    - every operand is ``f32`` and ``num_kv_heads`` divides ``num_heads``;
    - ``q`` is ``[B, S, num_heads*head_dim]``; ``k`` and ``v`` are
      ``[B, T, num_kv_heads*head_dim]`` with the same ``T``;
    - ``mask``, if present, is ``[B, kv_len]`` (``kv_len`` defaults to ``T``);
    - the output has the shape of ``q``.

    Example::

        %a = rlx.attention %q, %k, %v {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32> -> !rlx.tensor<"1xSEQx128", f32>
        rlx.attention %q, %kc, %vc mask %m outs %a {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal, kv_len = "PAST_SEQ+1"} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>, !rlx.buffer<"1xPAST_SEQ+1", f32> outs !rlx.buffer<"1x1x128", f32>
    """

    name = "rlx.attention"
    q = operand_def()
    k = operand_def()
    v = operand_def()
    mask = opt_operand_def()
    out = opt_operand_def()
    result = opt_result_def()
    num_heads = prop_def(IntegerAttr[I64])
    num_kv_heads = prop_def(IntegerAttr[I64])
    head_dim = prop_def(IntegerAttr[I64])
    causal = opt_prop_def(UnitAttr)
    kv_len = opt_prop_def(StringAttr)
    irdl_options = _OPTIONAL_SEGMENTS
    assembly_format = _compute_format("q", "k", "v", optional=("mask",))

    def kv_length(self) -> SymDim:
        if self.kv_len is not None:
            return SymDim.of(self.kv_len.data)
        return self.k.type.shape[1]

    def infer(self, shapes, dtypes):
        _expect_f32(self.name, dtypes, "q", "k", "v", "mask")
        nh, nkv, hd = (_int(self, n) for n in ("num_heads", "num_kv_heads", "head_dim"))
        if nh % nkv:
            raise VerifyException(f"{self.name}: num_heads {nh} not divisible by num_kv_heads {nkv}")
        for field in ("q", "k", "v"):
            _expect_rank(self.name, field, shapes[field], 3)
        b, s, qdim = shapes["q"]
        _expect_dim(self.name, "last dim of 'q'", qdim, SymDim(nh * hd))
        for field in ("k", "v"):
            _expect_dim(self.name, f"dim 0 of '{field}'", shapes[field][0], b)
            _expect_dim(self.name, f"last dim of '{field}'", shapes[field][2], SymDim(nkv * hd))
        _expect_dim(self.name, "dim 1 of 'v'", shapes["v"][1], shapes["k"][1])
        if "mask" in shapes:
            _expect_rank(self.name, "mask", shapes["mask"], 2)
            if shapes["mask"] != (b, self.kv_length()):
                raise VerifyException(
                    f"{self.name}: operand 'mask' has shape {fmt(shapes['mask'])}, expected {fmt((b, self.kv_length()))}"
                )
        return shapes["q"], f32


class _ElementwiseOp(RlxComputeOp):
    """Same-shape elementwise op.

    Verifies:
    - every operand is ``f32`` and has the shape of the first;
    - the output has that shape.
    """

    def infer(self, shapes, dtypes):
        _expect_f32(self.name, dtypes, *shapes)
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
    irdl_options = _OPTIONAL_SEGMENTS
    assembly_format = _compute_format("x")


class _BinaryOp(_ElementwiseOp):
    lhs = operand_def()
    rhs = operand_def()
    out = opt_operand_def()
    result = opt_result_def()
    irdl_options = _OPTIONAL_SEGMENTS
    assembly_format = _compute_format("lhs", "rhs")


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
    irdl_options = _OPTIONAL_SEGMENTS
    assembly_format = _compute_format("x")

    def infer(self, shapes, dtypes):
        _expect_f32(self.name, dtypes, "x")
        _expect_rank(self.name, "x", shapes["x"], 3)
        b, _, h = shapes["x"]
        return (b, SymDim(1), h), f32


@irdl_op_definition
class KVConcatOp(RlxComputeOp):
    """``[B, P, D] ++ [B, S, D] -> [B, P+S, D]``: past and new K (or V) of a layer.

    Verifies:
    - ``past`` and ``new`` are ``f32`` of rank 3 with equal dims 0 and 2;
    - the output is ``[B, P+S, D]`` (``P`` and ``S`` may be symbolic).

    Example::

        %k = rlx.kv_concat %past, %new : !rlx.tensor<"1xPAST_SEQx64", f32>, !rlx.tensor<"1xSEQx64", f32> -> !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>
    """

    name = "rlx.kv_concat"
    past = operand_def()
    new = operand_def()
    out = opt_operand_def()
    result = opt_result_def()
    irdl_options = _OPTIONAL_SEGMENTS
    assembly_format = _compute_format("past", "new")

    def infer(self, shapes, dtypes):
        _expect_f32(self.name, dtypes, "past", "new")
        _expect_rank(self.name, "past", shapes["past"], 3)
        _expect_rank(self.name, "new", shapes["new"], 3)
        (b, p, d), (b2, s, d2) = shapes["past"], shapes["new"]
        _expect_dim(self.name, "dim 0 of 'new'", b2, b)
        _expect_dim(self.name, "last dim of 'new'", d2, d)
        return (b, p + s, d), f32


# ------------------------------------------------------------- buffer-only ops


@irdl_op_definition
class AllocOp(IRDLOperation):
    """A temporary buffer; ``rlx-plan-memory`` gives it a byte ``offset`` in the arena.

    Verifies:
    - the result is an ``!rlx.buffer``.

    Example::

        %t = rlx.alloc : !rlx.buffer<"1xSEQx128", f32>
        %u = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx128", f32>
    """

    name = "rlx.alloc"
    offset = opt_prop_def(IntegerAttr[I64])
    result = result_def(BufferType)
    irdl_options = (ParsePropInAttrDict(),)
    assembly_format = "attr-dict `:` type($result)"

    def __init__(self, typ: BufferType):
        super().__init__(result_types=[typ])


@irdl_op_definition
class KVWriteOp(IRDLOperation):
    """Writes ``new: [B, S, D]`` into rows ``offset .. offset+S`` of ``cache: [B, C, D]``
    in place: the buffer form of a ``rlx.kv_concat`` whose past is a KV cache.

    Verifies:
    - ``new`` and ``cache`` are buffers with equal dims 0 and 2;
    - ``offset`` is a dimension expression.

    Example::

        rlx.kv_write %k, %cache {offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    """

    name = "rlx.kv_write"
    new = operand_def(BufferType)
    cache = operand_def(BufferType)
    offset = prop_def(StringAttr)
    irdl_options = (ParsePropInAttrDict(),)
    assembly_format = "$new `,` $cache attr-dict `:` type($new) `,` type($cache)"

    def verify_(self) -> None:
        (b, _, d), (b2, _, d2) = self.new.type.shape, self.cache.type.shape
        if (b, d) != (b2, d2):
            raise VerifyException(
                f"{self.name}: operand 'new' {fmt(self.new.type.shape)} does not fit cache {fmt(self.cache.type.shape)}"
            )
        parse_shape(self.offset.data)


@irdl_op_definition
class MultiLinearOp(IRDLOperation):
    """``outs[j] = x @ weights[j].T (+ biases[j])`` for linears that read the same ``x``,
    as one op (buffer form only: what ``rlx-fuse-linears`` makes of sibling
    ``rlx.linear`` ops, e.g. Q, K and V): one kernel call, one pass over ``x``.

    Verifies:
    - at least two weights, one ``outs`` buffer per weight, and no biases or one per
      weight; every operand is an ``f32`` buffer;
    - every weight is ``[N_j, K]`` with the last dim of ``x`` equal to ``K``;
      ``biases[j]`` is ``[N_j]``;
    - ``outs[j]`` has ``x``'s shape with the last dim ``N_j``.

    Example::

        rlx.multi_linear %x, %wq, %wk outs %q, %k : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128x128", f32>, !rlx.buffer<"64x128", f32> outs !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xSEQx64", f32>
    """

    name = "rlx.multi_linear"
    x = operand_def(BufferType)
    weights = var_operand_def(BufferType)
    biases = var_operand_def(BufferType)
    outs = var_operand_def(BufferType)
    irdl_options = (AttrSizedOperandSegments(as_property=True), ParsePropInAttrDict())
    assembly_format = ("$x `,` $weights (`bias` $biases^)? `outs` $outs attr-dict `:` type($x) `,` "
                       "type($weights) (`bias` type($biases)^)? `outs` type($outs)")

    @staticmethod
    def create_op(x: SSAValue, weights: Sequence[SSAValue], biases: Sequence[SSAValue],
                  outs: Sequence[SSAValue]) -> "MultiLinearOp":
        return MultiLinearOp.build(operands=[[x], list(weights), list(biases), list(outs)])

    def verify_(self) -> None:
        ws, bs, outs = list(self.weights), list(self.biases), list(self.outs)
        if len(ws) < 2 or len(outs) != len(ws) or len(bs) not in (0, len(ws)):
            raise VerifyException(
                f"{self.name}: needs >= 2 weights, one outs buffer per weight and 0 or one bias per "
                f"weight, got {len(ws)} weights, {len(bs)} biases, {len(outs)} outs"
            )
        values = [("x", self.x)] + [(f"weights[{j}]", w) for j, w in enumerate(ws)] \
            + [(f"biases[{j}]", b) for j, b in enumerate(bs)] + [(f"outs[{j}]", o) for j, o in enumerate(outs)]
        for field, value in values:
            if value.type.element_type != f32:
                raise VerifyException(f"{self.name}: operand '{field}' must be f32, got {value.type.element_type}")
        xs = self.x.type.shape
        for j, w in enumerate(ws):
            _expect_rank(self.name, f"weights[{j}]", w.type.shape, 2)
            n, k = w.type.shape
            _expect_dim(self.name, "last dim of 'x' (in features)", xs[-1], k)
            if bs:
                _expect_rank(self.name, f"biases[{j}]", bs[j].type.shape, 1)
                _expect_dim(self.name, f"length of 'biases[{j}]'", bs[j].type.shape[0], n)
            want = (*xs[:-1], n)
            if outs[j].type.shape != want:
                raise VerifyException(
                    f"{self.name}: output 'outs[{j}]' has shape {fmt(outs[j].type.shape)}, expected {fmt(want)}"
                )


@irdl_op_definition
class ViewOp(IRDLOperation):
    """L3: the typed 1-D memref at byte ``offset`` of the arena (a planned ``rlx.alloc``).

    Verifies:
    - ``arena`` and the result are memrefs.

    Example::

        %v = rlx.view %arena {offset = 262144 : i64} : memref<?xi8> -> memref<?xf32>
    """

    name = "rlx.view"
    arena = operand_def(MemRefType)
    offset = prop_def(IntegerAttr[I64])
    result = result_def(MemRefType)
    traits = traits_def(Pure())
    irdl_options = (ParsePropInAttrDict(),)
    assembly_format = "$arena attr-dict `:` type($arena) `->` type($result)"

    def __init__(self, arena: SSAValue, offset: int, typ: MemRefType):
        super().__init__(operands=[arena], properties={"offset": int_attr(offset)}, result_types=[typ])


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
)

RLX = Dialect(
    "rlx",
    [ParamOp, *COMPUTE_OPS, AllocOp, KVWriteOp, MultiLinearOp, ViewOp],
    [TensorType, BufferType, AbiAttr, ArgAttr],
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
    "RLX",
    "TensorType",
    "BufferType",
    "ArrayAttr",
    "make_compute",
    "int_attr",
    "COMPUTE_OPS",
]
