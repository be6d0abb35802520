"""Symbolic dimensions: affine sums of named symbols (``PAST_SEQ + SEQ``) and integers.

A shape is written ``2xSEQx128`` and a dimension may be an expression such as
``PAST_SEQ+SEQ`` or ``2*SEQ+1``. Symbol names are upper case (``[A-Z_][A-Z0-9_]*``)
so that the lower-case ``x`` separator never merges with a name. The text is parsed
by a lark grammar; printing gives back canonical text that parses to an equal value.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from lark import Lark, Transformer, UnexpectedInput

from rlx.runtime.errors import ShapeError

_GRAMMAR = r"""
    shape: dim ("x" dim)*
    ?dim: sum
    sum: signed_term (addop term)*
    signed_term: (SIGN)? term
    addop: "+" -> plus
         | "-" -> minus
    ?term: INT "*" NAME -> scaled
         | NAME -> symbol
         | INT -> number
    SIGN: "-"
    NAME: /[A-Z_][A-Z0-9_]*/
    INT: /[0-9]+/
    %ignore " "
"""


@dataclass(frozen=True, order=True)
class SymDim:
    """``const + sum(coef * symbol)``; a plain integer when it has no symbols."""

    const: int = 0
    terms: tuple[tuple[str, int], ...] = ()

    @staticmethod
    def of(value: "int | str | SymDim") -> "SymDim":
        if isinstance(value, SymDim):
            return value
        if isinstance(value, int):
            return SymDim(value)
        return parse_dim(value)

    @staticmethod
    def _make(const: int, coefs: dict[str, int]) -> "SymDim":
        return SymDim(const, tuple(sorted((n, c) for n, c in coefs.items() if c)))

    @property
    def is_static(self) -> bool:
        return not self.terms

    @property
    def symbols(self) -> frozenset[str]:
        return frozenset(n for n, _ in self.terms)

    def __add__(self, other: "int | SymDim") -> "SymDim":
        other = SymDim.of(other)
        coefs = dict(self.terms)
        for name, coef in other.terms:
            coefs[name] = coefs.get(name, 0) + coef
        return SymDim._make(self.const + other.const, coefs)

    def __mul__(self, factor: int) -> "SymDim":
        return SymDim._make(self.const * factor, {n: c * factor for n, c in self.terms})

    def evaluate(self, bindings: dict[str, int]) -> int:
        missing = self.symbols - bindings.keys()
        if missing:
            raise ShapeError(f"no value bound for symbol {sorted(missing)[0]}")
        return self.const + sum(c * bindings[n] for n, c in self.terms)

    def __str__(self) -> str:
        parts: list[str] = []
        for name, coef in self.terms:
            text = name if abs(coef) == 1 else f"{abs(coef)}*{name}"
            parts.append(("-" if coef < 0 else "+") + text)
        if self.const or not parts:
            parts.append(("-" if self.const < 0 else "+") + str(abs(self.const)))
        text = "".join(parts)
        return text[1:] if text.startswith("+") else text


Shape = tuple[SymDim, ...]


class _ToSym(Transformer):
    def number(self, items):
        return SymDim(int(items[0]))

    def symbol(self, items):
        return SymDim(0, ((str(items[0]), 1),))

    def scaled(self, items):
        return SymDim(0, ((str(items[1]), int(items[0])),))

    def signed_term(self, items):
        return items[-1] * -1 if len(items) == 2 else items[0]

    def plus(self, _):
        return 1

    def minus(self, _):
        return -1

    def sum(self, items):
        total = items[0]
        for sign, term in zip(items[1::2], items[2::2]):
            total = total + term * sign
        return total

    def shape(self, items):
        return tuple(items)


@cache
def _parser() -> Lark:
    return Lark(_GRAMMAR, start="shape", parser="lalr", transformer=_ToSym())


def parse_shape(text: str) -> Shape:
    """Parse ``2xSEQx128`` into a tuple of :class:`SymDim`."""
    if not isinstance(text, str):
        raise ShapeError(f"bad shape {text!r}: not a string")
    return _parse_shape(text)


#: The largest integer a dim may hold (a size, a coefficient): the generated code's
#: index arithmetic and the runtime's symbol values stay far from overflowing.
MAX_DIM = 2**31 - 1


@cache
def _parse_shape(text: str) -> Shape:
    try:
        shape = _parser().parse(text)
    except UnexpectedInput as err:
        raise ShapeError(
            f"bad shape {text!r}: unexpected text at column {err.column}"
        ) from None
    for dim in shape:
        big = [n for n in (dim.const, *(c for _, c in dim.terms)) if abs(n) > MAX_DIM]
        if big:
            raise ShapeError(f"bad shape {text!r}: {big[0]} is too large for a dimension (at most {MAX_DIM})")
    return shape


def parse_dim(text: str) -> SymDim:
    dims = parse_shape(text)
    if len(dims) != 1:
        raise ShapeError(f"bad dimension {text!r}: expected one dimension")
    return dims[0]


def format_shape(shape: Shape) -> str:
    return "x".join(str(d) for d in shape)


def shape_of(dims) -> Shape:
    """Coerce ints / strings / SymDims into a Shape."""
    return tuple(SymDim.of(d) for d in dims)


def num_elements(shape: Shape) -> SymDim | None:
    """Product of dims if at most one dim is symbolic (the result stays affine)."""
    static = 1
    symbolic: SymDim | None = None
    for dim in shape:
        if dim.is_static:
            static *= dim.const
        elif symbolic is None:
            symbolic = dim
        else:
            return None
    return SymDim(static) if symbolic is None else symbolic * static
