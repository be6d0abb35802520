"""What native code may assume of its arguments, checked before every call: symbol
values and constraints, each buffer's dtype, shape, contiguity, alignment and
writability, that no two buffers overlap, token ids; and the aligned buffers the runtime
allocates itself."""

from __future__ import annotations

import bisect
import functools
import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from rlx.runtime.abi import Arg, Entry
from rlx.runtime.errors import RuntimeLimitError, ShapeError, first_line
from rlx.runtime.memory import check_fits
from rlx.runtime.symbolic import parse_shape

#: the numpy dtype of each ABI buffer dtype (a bf16 buffer, e.g. a ``--kv bf16`` cache,
#: holds the bits of its values as uint16)
DTYPES = {"f32": np.float32, "i32": np.int32, "i8": np.uint8, "i64": np.int64, "bf16": np.uint16,
          "f16": np.float16}
#: Symbol values above this are refused: sizes stay far from overflowing the i64 index math.
MAX_SYMBOL = 2**31 - 1



@functools.cache
def _affine(text: str) -> tuple[tuple[int, tuple[tuple[str, int], ...]], ...]:
    return tuple((d.const, d.terms) for d in parse_shape(text))


def evaluate_shape(text: str, symbols: Mapping[str, int]) -> tuple[int, ...]:
    """The dims of the symbolic shape ``text`` under ``symbols`` (runs on every call: no
    parsing, no sets)."""
    try:
        return tuple(const + sum(coef * symbols[name] for name, coef in terms)
                     for const, terms in _affine(text))
    except KeyError as err:
        raise ShapeError(f"no value bound for symbol {err.args[0]}") from None


def shape_symbols(text: str) -> set[str]:
    """The symbol names the shape ``text`` uses."""
    return {name for _, terms in _affine(text) for name, _ in terms}


def address_of(array: np.ndarray) -> int:
    return array.ctypes.data


def allocate(shape: Any, dtype: Any, what: str, fill: bool = True) -> np.ndarray:
    """``np.zeros`` (or ``np.empty``); a size the machine cannot hold is a RuntimeLimitError
    (checked before allocating: an overcommitted allocation would be OOM-killed later)."""
    dims = [int(d) for d in np.atleast_1d(shape)]
    if all(d >= 0 for d in dims):
        check_fits(math.prod(dims) * np.dtype(dtype).itemsize, f"{what} of shape {dims}")
    try:
        return (np.zeros if fill else np.empty)(shape, dtype=dtype)
    except (MemoryError, ValueError) as err:
        raise RuntimeLimitError(f"cannot allocate {what} of shape {list(np.atleast_1d(shape))}: "
                                f"{first_line(err)}") from None


def aligned_empty(nbytes: int, align: int = 64) -> np.ndarray:
    raw = allocate(nbytes + align, np.uint8, "the scratch arena", fill=False)
    start = (-raw.ctypes.data) % align
    return raw[start:start + nbytes]



def check_symbols(spec: Entry, symbols: Mapping[str, int]) -> None:
    """Every symbol bound to an int in ``[0, MAX_SYMBOL]``, and every recorded ``a <= b`` holds."""
    for name in spec.symbols:
        value = symbols.get(name)
        if not isinstance(value, (int, np.integer)) or isinstance(value, bool) or value < 0:
            raise ShapeError(f"{spec.name}: symbol {name} must be a non-negative integer, got {value!r}")
        if value > MAX_SYMBOL:
            raise RuntimeLimitError(f"{spec.name}: symbol {name} = {value} exceeds the limit {MAX_SYMBOL}")
    for c in spec.constraints:
        lo, hi = evaluate_shape(c.low, symbols)[0], evaluate_shape(c.high, symbols)[0]
        if lo > hi:
            bound = c.high if c.high.isdigit() else f"{c.high} = {hi}"
            raise RuntimeLimitError(f"{spec.name}: {c.low} = {lo} exceeds {bound}")


def check_buffer(entry: str, arg: Arg, array: np.ndarray, symbols: Mapping[str, int]) -> None:
    """``array`` is what the native code may assume of argument ``arg``."""
    want_dtype = DTYPES[arg.dtype]
    want = evaluate_shape(arg.shape, symbols)
    if not isinstance(array, np.ndarray) or array.dtype != want_dtype:
        got = getattr(array, "dtype", type(array).__name__)
        raise ShapeError(f"{entry}: argument '{arg.name}' must be {np.dtype(want_dtype).name}, got {got}")
    if array.shape != want:
        raise ShapeError(f"{entry}: argument '{arg.name}' has shape {list(array.shape)}, expected {list(want)}")
    if not array.flags.c_contiguous:
        raise ShapeError(f"{entry}: argument '{arg.name}' must be C-contiguous")
    if not array.flags.aligned:  # numpy: the address and strides are multiples of the alignment
        raise ShapeError(f"{entry}: argument '{arg.name}' is not aligned to its {array.itemsize}-byte elements")
    if arg.role in ("output", "kv_cache") and not array.flags.writeable:
        raise ShapeError(f"{entry}: {'output' if arg.role == 'output' else 'KV cache'} "
                         f"'{arg.name}' is read-only")
    if arg.role == "input" and array.size == 0:
        raise ShapeError(f"{entry}: argument '{arg.name}' is empty")


def check_disjoint(entry: str, spans: Sequence[tuple[int, int, str]],
                   fixed: Sequence[tuple[int, int, str]] = ()) -> None:
    """No two buffers (``(start, end, name)`` address ranges) share memory: the kernels
    assume ``noalias``. ``fixed``: more spans, sorted and already known to be disjoint."""
    spans = sorted(span for span in spans if span[1] > span[0])
    for (_, end, first), (start, _, second) in zip(spans, spans[1:]):
        if start < end:
            raise ShapeError(f"{entry}: arguments '{first}' and '{second}' overlap in memory")
    for start, end, name in spans:
        i = bisect.bisect_left(fixed, (start,))
        for other in fixed[max(0, i - 1):i + 1]:
            if other[0] < end and start < other[1] and other[2] != name:
                first, second = sorted((name, other[2]))
                raise ShapeError(f"{entry}: arguments '{first}' and '{second}' overlap in memory")


def check_vocab(ids: np.ndarray, vocab: int, what: str) -> None:
    """Every token id in ``[0, vocab)`` (the embedding lookup does not check)."""
    low, high = int(ids.min()), int(ids.max())
    if low < 0 or high >= vocab:
        bad = low if low < 0 else high
        raise RuntimeLimitError(f"{what}: token id {bad} is outside the vocabulary [0, {vocab})")



def check_below(values: np.ndarray, bound: int, what: str, named: str) -> None:
    """Every value in ``[0, bound)``, ``bound`` being the dimension ``named`` of this call."""
    low, high = int(values.min()), int(values.max())
    if low < 0 or high >= bound:
        raise RuntimeLimitError(f"{what}: value {low if low < 0 else high} is outside [0, {bound}) ({named})")


def evaluate_dims(shape, symbols: Mapping[str, int]) -> tuple[int, ...]:
    return tuple(d.evaluate(symbols) for d in shape)
