"""The types of the ``rlx`` dialect: ``!rlx.tensor`` (L1) and ``!rlx.buffer`` (L2)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from xdsl.dialects.builtin import (
    BFloat16Type,
    Float16Type,
    Float32Type,
    IntegerType,
    StringAttr,
    f32,
)
from xdsl.ir import Attribute, ParametrizedAttribute, TypeAttribute
from xdsl.irdl import (
    irdl_attr_definition,
)
from xdsl.parser import AttrParser
from xdsl.printer import Printer
from xdsl.utils.exceptions import VerifyException

from rlx.dialects.symbolic import Shape, SymDim, format_shape, parse_shape, shape_of
from rlx.runtime.errors import ShapeError

# --------------------------------------------------------------------------- types


@irdl_attr_definition
class Q8_0Type(ParametrizedAttribute, TypeAttribute):
    """``!rlx.q8_0``: a weight stored as ggml's Q8_0 blocks -- 32 consecutive weights of
    a row as one f16 scale ``d`` and 32 int8 ``q`` (weight = d * q, 34 bytes). Only the
    last dim of a ``!rlx.tensor`` of it is blocked, so it must be a multiple of 32."""

    name = "rlx.q8_0"
    BLOCK: ClassVar[int] = 32


@irdl_attr_definition
class Q4_0Type(ParametrizedAttribute, TypeAttribute):
    """``!rlx.q4_0``: a weight stored as ggml's Q4_0 blocks -- 32 consecutive weights of
    a row as one f16 scale ``d`` and 32 4-bit ``q`` (weight = d * (q - 8), 18 bytes).
    Only the last dim of a ``!rlx.tensor`` of it is blocked: a multiple of 32."""

    name = "rlx.q4_0"
    BLOCK: ClassVar[int] = 32


#: the element types that store a weight in blocks of ``BLOCK`` along its last dim
BLOCK_TYPES = (Q8_0Type, Q4_0Type)

#: The most elements a tensor's static dims may multiply to (4 TiB of f32): byte sizes
#: and offsets of the memory plan stay far inside i64.
MAX_ELEMENTS = 2**40


def check_elements(text: str, dims: Shape) -> None:
    """A ShapeError when the static dims of ``dims`` multiply to more than MAX_ELEMENTS."""
    count = 1
    for dim in dims:
        count *= max(dim.const, 1) if dim.is_static else 1
    if count > MAX_ELEMENTS:
        raise ShapeError(f"bad shape {text!r}: {count} elements are too many for a tensor "
                         f"(at most {MAX_ELEMENTS})")


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
                check_elements(text, dims)
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
        if not isinstance(self.element_type, Float32Type | BFloat16Type | Float16Type | IntegerType | Q8_0Type
                          | Q4_0Type):
            raise VerifyException(f"{self.name}: element type must be f32, i32, or a weight format "
                                  f"(bf16, f16, !rlx.q8_0, !rlx.q4_0)")
        if isinstance(self.element_type, BLOCK_TYPES):
            last = self.shape[-1] if self.shape else None
            block = self.element_type.BLOCK
            if last is None or not last.is_static or last.const % block:
                raise VerifyException(f"{self.name}: a {self.element_type} weight needs a static last dim that "
                                      f"is a multiple of {block}, got \"{self.shape_text.data}\"")


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


