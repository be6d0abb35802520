"""What the ``rlx`` compute ops share: the two-form base class, verifier helpers,
the assembly format."""

from __future__ import annotations

from xdsl.dialects.builtin import (
    IntegerAttr,
    bf16,
    f16,
    f32,
    i32,
    i64,
)
from xdsl.ir import Attribute, SSAValue
from xdsl.irdl import (
    AttrSizedOperandSegments,
    IRDLOperation,
    ParsePropInAttrDict,
)
from xdsl.utils.exceptions import VerifyException

from rlx.dialects.rlx.types import BufferType, Q4_0Type, Q8_0Type, TensorType, fmt
from rlx.dialects.symbolic import Shape, SymDim

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


def expect_rank(op: str, field: str, shape: Shape, rank: int) -> None:
    if len(shape) != rank:
        raise VerifyException(f"{op}: operand '{field}' must have rank {rank}, got {fmt(shape)}")


def expect_f32(op: str, dtypes: dict[str, Attribute], *fields: str) -> None:
    for field in fields:
        if field in dtypes and dtypes[field] != f32:
            raise VerifyException(f"{op}: operand '{field}' must be f32, got {dtypes[field]}")


#: the element types a matmul weight (and an embedding table) may be stored in; the
#: activations stay f32 and the kernels widen each weight vector in registers
WEIGHT_TYPES = (f32, bf16, f16, Q8_0Type(), Q4_0Type())


def _expect_one_type(op: str, dtypes: dict[str, Attribute], fields: tuple[str, ...], allowed: tuple,
                     role: str, names: str, group: str) -> None:
    """``fields`` of ``op`` are of one of ``allowed`` (spelled ``names``), all the same one
    (one kernel reads them all in one format)."""
    given = [(f, dtypes[f]) for f in fields if f in dtypes]
    for field, dtype in given:
        if dtype not in allowed:
            raise VerifyException(f"{op}: {role} '{field}' must be {names}, got {dtype}")
    if len({d for _, d in given}) > 1:
        shown = ", ".join(f"'{f}' {d}" for f, d in given)
        raise VerifyException(f"{op}: the {group} must share one element type, got {shown}")


def expect_weights(op: str, dtypes: dict[str, Attribute], *fields: str) -> None:
    """The weights ``fields`` of ``op`` are of one of ``WEIGHT_TYPES``, all the same one."""
    _expect_one_type(op, dtypes, fields, WEIGHT_TYPES, "weight", "f32, bf16, f16, !rlx.q8_0 or !rlx.q4_0",
                     "weights")


#: the element types a KV cache may hold (``--kv``): K and V are computed in f32 and
#: rounded when written; the attention widens each vector it reads
KV_TYPES = (f32, bf16, f16)


def expect_kv(op: str, dtypes: dict[str, Attribute], *fields: str) -> None:
    """The K/V operands ``fields`` of ``op`` are of one of ``KV_TYPES``, all the same one."""
    _expect_one_type(op, dtypes, fields, KV_TYPES, "operand", "f32, bf16 or f16", "K/V operands")


def expect_dim(op: str, what: str, got: SymDim, want: SymDim) -> None:
    if got != want:
        raise VerifyException(f"{op}: {what} is {got}, expected {want}")


def expect_row_table(op: str, shapes: dict[str, Shape], dtypes: dict[str, Attribute], field: str,
                     rows: SymDim) -> None:
    """``field``, if given, is ``i32 [rows]``: one integer per sequence (a slot, a position)."""
    if field not in shapes:
        return
    if dtypes[field] != i32:
        raise VerifyException(f"{op}: operand '{field}' must be i32, got {dtypes[field]}")
    expect_rank(op, field, shapes[field], 1)
    expect_dim(op, f"dim 0 of '{field}'", shapes[field][0], rows)


def expect_slot_tables(op: str, shapes: dict[str, Shape], dtypes: dict[str, Attribute], rows: SymDim) -> bool:
    """Whether ``op`` is slotted: ``slot_ids`` and ``positions`` given together, each
    ``i32 [rows]``."""
    given = [f for f in ("slot_ids", "positions") if f in shapes]
    if len(given) == 1:
        raise VerifyException(f"{op}: 'slot_ids' and 'positions' go together, got only '{given[0]}'")
    for field in given:
        expect_row_table(op, shapes, dtypes, field, rows)
    return bool(given)


def int_attr(value: int) -> IntegerAttr:
    """The attribute of integer properties: printed ``32 : i64``."""
    return IntegerAttr(value, i64)


def int_prop(op: IRDLOperation, name: str) -> int:
    return op.properties[name].value.data


def compute_format(*required: str, optional: tuple[str, ...] = (), keyed: tuple[str, ...] = ()) -> str:
    """Assembly format ``%a, %b [kw %opt] [key %k] [outs %o] : Ta, Tb [, Topt] [key Tk] [outs To] [-> Tr]``.

    An ``optional`` operand's type follows a comma, which is unambiguous for one of them;
    a ``keyed`` operand's type follows its keyword, so that any of them may be absent."""
    values = " `,` ".join(f"${n}" for n in required)
    values += "".join(f" (`{n}` ${n}^)?" for n in (*optional, *keyed))
    types = " `,` ".join(f"type(${n})" for n in required)
    types += "".join(f" (`,` type(${n})^)?" for n in optional)
    types += "".join(f" (`{n}` type(${n})^)?" for n in keyed)
    return (
        f"{values} (`outs` $out^)? attr-dict `:` {types}"
        " (`outs` type($out)^)? (`->` type($result)^)?"
    )
OPTIONAL_SEGMENTS = (AttrSizedOperandSegments(as_property=True), ParsePropInAttrDict())

