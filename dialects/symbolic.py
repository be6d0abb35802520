"""Symbolic dims for the dialects; the implementation lives in ``rlx.runtime.symbolic`` so
that the runtime can evaluate manifest shapes without importing the compiler."""

from rlx.runtime.symbolic import (  # noqa: F401
    Shape,
    SymDim,
    format_shape,
    num_elements,
    parse_dim,
    parse_shape,
    shape_of,
)
