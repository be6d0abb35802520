"""The ``rlx`` ops that exist only on buffers (L2): alloc, kv_write, multi_linear, view."""

from __future__ import annotations

from collections.abc import Sequence

from xdsl.dialects.builtin import (
    I64,
    IntegerAttr,
    MemRefType,
    StringAttr,
    f32,
)
from xdsl.ir import SSAValue
from xdsl.irdl import (
    AttrSizedOperandSegments,
    IRDLOperation,
    ParsePropInAttrDict,
    irdl_op_definition,
    operand_def,
    opt_operand_def,
    opt_prop_def,
    prop_def,
    result_def,
    traits_def,
    var_operand_def,
)
from xdsl.traits import Pure
from xdsl.utils.exceptions import VerifyException

from rlx.dialects.rlx.base import (
    OPTIONAL_SEGMENTS,
    expect_dim,
    expect_f32,
    expect_kv,
    expect_rank,
    expect_slot_tables,
    expect_weights,
    int_attr,
)
from rlx.dialects.rlx.types import BufferType, fmt
from rlx.dialects.symbolic import SymDim, parse_shape

# ------------------------------------------------------------- buffer-only ops


@irdl_op_definition
class AllocOp(IRDLOperation):
    """A temporary buffer; ``rlx-plan-memory`` gives it a byte ``offset`` in the arena.
    ``row_stride`` (set by ``rlx-pad-rows``): its rows lie that many elements apart, more
    than the last dim holds, so that the rows a matmul's register block reads at once do
    not share one L1 set; the elements between are padding nobody reads.

    Verifies:
    - the result is an ``!rlx.buffer``;
    - ``row_stride``, if present, is at least the static last dim of a buffer of rank >= 2.

    Example::

        %t = rlx.alloc : !rlx.buffer<"1xSEQx128", f32>
        %u = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx128", f32>
        %v = rlx.alloc {row_stride = 1040 : i64} : !rlx.buffer<"1xSEQx1024", f32>
    """

    name = "rlx.alloc"
    offset = opt_prop_def(IntegerAttr[I64])
    row_stride = opt_prop_def(IntegerAttr[I64])
    result = result_def(BufferType)
    irdl_options = (ParsePropInAttrDict(),)
    assembly_format = "attr-dict `:` type($result)"

    def __init__(self, typ: BufferType):
        super().__init__(result_types=[typ])

    def verify_(self) -> None:
        if self.row_stride is None:
            return
        shape = self.result.type.shape
        if len(shape) < 2 or not shape[-1].is_static or self.row_stride.value.data < shape[-1].const:
            raise VerifyException(f"rlx.alloc: row_stride {self.row_stride.value.data} needs a buffer of rank >= 2 "
                                  f"whose static last dim is at most that, got {self.result.type}")

    def row_elements(self) -> int:
        """The elements from one row's start to the next's: ``row_stride``, else the last dim."""
        return self.row_stride.value.data if self.row_stride is not None else self.result.type.shape[-1].const


@irdl_op_definition
class KVWriteOp(IRDLOperation):
    """Writes ``new: [B, S, D]`` into rows ``offset .. offset+S`` of ``cache: [B, C, D]``
    in place: the buffer form of a ``rlx.kv_concat`` whose past is a KV cache. With
    ``slot_ids`` and ``positions`` (``i32 [B]`` buffers: a slotted decode) row ``b`` goes to
    rows ``positions[b] ..`` of sequence ``slot_ids[b]`` of ``cache: [SLOTS, C, D]``, and
    ``offset`` bounds the positions.

    Verifies:
    - ``new`` is ``f32``, ``cache`` one of f32, bf16, f16 (the rows are rounded to it);
    - ``new`` and ``cache`` are buffers with equal dims 2, and dims 0 unless slotted;
    - ``slot_ids`` and ``positions`` go together, ``i32 [B]`` buffers;
    - ``offset`` is a dimension expression;
    - ``ring``, if present, is dim 1 of ``cache`` (a ring buffer: position ``p`` is row
      ``p mod ring``, the rows a windowed layer keeps).

    Example::

        rlx.kv_write %k, %cache {offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
        rlx.kv_write %k, %cache slot_ids %s positions %p {offset = "PAST_SEQ"} : !rlx.buffer<"ROWSx1x64", f32>, !rlx.buffer<"SLOTSxMAX_SEQx64", f32> slot_ids !rlx.buffer<"ROWS", i32> positions !rlx.buffer<"ROWS", i32>
        rlx.kv_write %k, %ring {offset = "PAST_SEQ", ring = 4608 : i64} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1x4608x64", f32>
    """

    name = "rlx.kv_write"
    new = operand_def(BufferType)
    cache = operand_def(BufferType)
    slot_ids = opt_operand_def(BufferType)
    positions = opt_operand_def(BufferType)
    offset = prop_def(StringAttr)
    #: a ring-buffer cache: its rows (absent: position p at row p)
    ring = opt_prop_def(IntegerAttr[I64])
    irdl_options = OPTIONAL_SEGMENTS
    assembly_format = ("$new `,` $cache (`slot_ids` $slot_ids^)? (`positions` $positions^)? attr-dict `:` "
                       "type($new) `,` type($cache) (`slot_ids` type($slot_ids)^)? (`positions` type($positions)^)?")

    def verify_(self) -> None:
        expect_f32(self.name, {"new": self.new.type.element_type}, "new")
        expect_kv(self.name, {"cache": self.cache.type.element_type}, "cache")
        (b, _, d), (b2, _, d2) = self.new.type.shape, self.cache.type.shape
        tables = {f: getattr(self, f).type for f in ("slot_ids", "positions") if getattr(self, f) is not None}
        slotted = expect_slot_tables(self.name, {f: t.shape for f, t in tables.items()},
                                     {f: t.element_type for f, t in tables.items()}, b)
        if d != d2 or (b != b2 and not slotted):
            raise VerifyException(
                f"{self.name}: operand 'new' {fmt(self.new.type.shape)} does not fit cache {fmt(self.cache.type.shape)}"
            )
        parse_shape(self.offset.data)
        if self.ring is not None and (self.ring.value.data < 1
                                      or self.cache.type.shape[1] != SymDim(self.ring.value.data)):
            raise VerifyException(f"{self.name}: ring {self.ring.value.data} is not the cache's "
                                  f"{self.cache.type.shape[1]} rows")


@irdl_op_definition
class MultiLinearOp(IRDLOperation):
    """``outs[j] = x @ weights[j].T (+ biases[j])`` for linears that read the same ``x``,
    as one op (buffer form only: what ``rlx-fuse-linears`` makes of sibling
    ``rlx.linear`` ops, e.g. Q, K and V): one kernel call, one pass over ``x``.

    Verifies:
    - at least two weights, one ``outs`` buffer per weight, and no biases or one per
      weight; every operand is an ``f32`` buffer but the weights (f32, bf16, f16 or !rlx.q8_0, one type);
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
        values = [("x", self.x)] + [(f"biases[{j}]", b) for j, b in enumerate(bs)] \
            + [(f"outs[{j}]", o) for j, o in enumerate(outs)]
        for field, value in values:
            if value.type.element_type != f32:
                raise VerifyException(f"{self.name}: operand '{field}' must be f32, got {value.type.element_type}")
        expect_weights(self.name, {f"weights[{j}]": w.type.element_type for j, w in enumerate(ws)},
                       *(f"weights[{j}]" for j in range(len(ws))))
        xs = self.x.type.shape
        for j, w in enumerate(ws):
            expect_rank(self.name, f"weights[{j}]", w.type.shape, 2)
            n, k = w.type.shape
            expect_dim(self.name, "last dim of 'x' (in features)", xs[-1], k)
            if bs:
                expect_rank(self.name, f"biases[{j}]", bs[j].type.shape, 1)
                expect_dim(self.name, f"length of 'biases[{j}]'", bs[j].type.shape[0], n)
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


