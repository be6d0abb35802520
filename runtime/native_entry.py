"""One native entry point, ready to call: its weights bound, its arguments checked
(:mod:`rlx.runtime.arguments`), its ``E_packed(void **ptrs, int64_t *ints)`` wrapper called
through ctypes, and a debug build's violation record read back."""

from __future__ import annotations

import ctypes
from collections.abc import Mapping
from typing import Any

import numpy as np

from rlx.runtime.abi import WEIGHT_DTYPES, Arg, Entry, Manifest
from rlx.runtime.arguments import (
    address_of,
    aligned_empty,
    check_buffer,
    check_disjoint,
    check_below,
    check_symbols,
    check_vocab,
    evaluate_shape,
    shape_symbols,
)
from rlx.runtime.constants import make_constant
from rlx.runtime.finite import describe_value, first_non_finite
from rlx.runtime.errors import (
    KernelCheckError,
    NumericError,
    RuntimeLimitError,
    ShapeError,
    WeightError,
)
from rlx.runtime.packing import bf16_bits, pack_linear_weight, packed_linear_size, release_pages
from rlx.runtime.quant import (Q4_0_LAYOUT, Q8_0_BLOCK, Q8_0_LAYOUT, pack_q4_0, pack_q4_0_blocks, pack_q8_0,
                               pack_q8_0_blocks, packed_q4_0_size, packed_q8_0_size)
from rlx.runtime.symbolic import parse_shape
from rlx.runtime.weights import is_stacked, stack_members

_PACKED = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)
#: The runtime's own buffers: the caller never passes them.
_OWNED_ROLES = ("param", "arena", "checks")
#: each block layout: the checkpoint dtype whose blocks it tiles as stored, and the packers
#: of those blocks and of float weights (quantized)
BLOCK_PACKERS = {Q8_0_LAYOUT: ("Q8_0", pack_q8_0_blocks, pack_q8_0),
                 Q4_0_LAYOUT: ("Q4_0", pack_q4_0_blocks, pack_q4_0)}
#: The debug-build violation record: [violations, kernel id, argument, index, length] (i64).
CHECK_RECORD = ("count", "kernel", "arg", "index", "length")
#: the "argument" of a record that reports a non-finite kernel output
#: (``lowering/finite_checks.py`` NON_FINITE; the runtime does not import the compiler)
NON_FINITE_ARG = -2


class WeightBinder:
    """Loads each (weight, layout) once: from the checkpoint or a generated constant,
    checked against the manifest shape, converted to f32 and packed.

    ``prepacked`` maps ``(name, layout)`` to arrays already in the kernels' layout (the
    weights embedded in a ``.so``); they are used as they are, without a copy."""

    def __init__(self, weights: Any, constants: Mapping[str, Mapping[str, Any]],
                 prepacked: Mapping[tuple[str, str], np.ndarray] | None = None):
        self.weights = weights
        self.constants = constants
        self.bound: dict[tuple[str, str], np.ndarray] = dict(prepacked or {})

    def get(self, arg: Arg) -> np.ndarray:
        key = (arg.name, arg.layout)
        if key not in self.bound:
            self.bound[key] = self.prepare(arg)
        array = self.bound[key]
        want = WEIGHT_DTYPES.get(arg.dtype, "float32")
        if array.dtype != np.dtype(want) or array.size != kernel_elements(arg):
            raise WeightError(f"weight '{arg.name}' ({arg.layout or 'plain'}) has {array.size} "
                              f"{array.dtype} values, the kernels read {kernel_elements(arg)} {want}")
        return array

    def prepare(self, arg: Arg) -> np.ndarray:
        """The param ``arg`` as the kernels read it (f32, C-contiguous, packed if asked),
        checked to hold only finite numbers (:mod:`rlx.runtime.finite`)."""
        shape = tuple(d.evaluate({}) for d in parse_shape(arg.shape))
        if self.stored_blocks(arg):
            return self.tile_blocks(arg, shape)
        source = array = self.load(arg.name, shape)
        self.check_finite(arg.name, array)
        if arg.dtype == "bf16":
            array = self.bf16(arg.name, array)
        elif arg.dtype == "f16":
            array = self.f16(arg.name, array)
        if arg.layout in BLOCK_PACKERS:
            array = BLOCK_PACKERS[arg.layout][2](array)
        elif arg.layout.startswith("packed"):
            array = pack_linear_weight(array)
        elif arg.layout:
            raise WeightError(f"weight '{arg.name}' has unknown layout '{arg.layout}'")
        release_pages(source)  # converted: the mapped checkpoint's pages go back to the OS
        return np.ascontiguousarray(array, dtype=WEIGHT_DTYPES.get(arg.dtype, "float32"))

    def stored_blocks(self, arg: Arg) -> bool:
        """Whether the checkpoint holds ``arg`` as the very blocks its layout tiles (a GGUF's
        Q8_0 weight read as q8_0): they are tiled as stored, not dequantized and quantized again."""
        if arg.layout not in BLOCK_PACKERS or arg.name in self.constants or not hasattr(self.weights, "get_blocks"):
            return False
        return arg.name in self.weights and self.weights.dtype(arg.name) == BLOCK_PACKERS[arg.layout][0]

    def tile_blocks(self, arg: Arg, shape: tuple[int, ...]) -> np.ndarray:
        """``arg``'s stored blocks in its layout, their scales checked finite."""
        blocks = self.weights.get_blocks(arg.name)  # [n, k / 32, bytes]: both block formats hold 32
        stored = (*blocks.shape[:-2], blocks.shape[-2] * Q8_0_BLOCK)
        if stored != shape:
            raise WeightError(f"weight '{arg.name}' has shape {list(stored)}, expected {list(shape)}")
        self.check_finite(arg.name, blocks[..., :2].copy().view(np.float16))
        array = BLOCK_PACKERS[arg.layout][1](blocks)
        release_pages(blocks)
        return array

    def bf16(self, name: str, array: np.ndarray) -> np.ndarray:
        """The bf16 bits of ``array``: a bf16 checkpoint's own bits (no rounding), else the
        nearest bf16 of each value."""
        if hasattr(self.weights, "dtype") and name not in self.constants and self.weights.dtype(name) == "BF16":
            return self.weights.get_raw(name)
        return bf16_bits(array)

    def f16(self, name: str, array: np.ndarray) -> np.ndarray:
        """``array`` as f16: an f16 checkpoint's own values, else the nearest f16 of each
        value -- refused when one is beyond f16's range (65504): it would become inf."""
        if hasattr(self.weights, "dtype") and name not in self.constants and self.weights.dtype(name) == "F16":
            return self.weights.get_raw(name)
        with np.errstate(over="ignore"):  # an overflow is refused just below, by name
            half = np.asarray(array, dtype=np.float32).astype(np.float16)
        self.check_finite(name, half, "f16")
        return half

    def check_finite(self, name: str, array: np.ndarray, stored_as: str = "") -> None:
        bad = first_non_finite(array)
        if bad is not None:
            where = f" of {self.weights.info(name).path}" if hasattr(self.weights, "info") \
                and name not in self.constants else ""
            if stored_as:
                raise WeightError(f"weight '{name}'{where} holds a value beyond {stored_as}'s range "
                                  f"({describe_value(array, bad)} as {stored_as}): store it as bf16 or f32 "
                                  f"(--quant bf16)")
            raise WeightError(f"weight '{name}'{where} holds a non-finite value ({describe_value(array, bad)}): "
                              f"the checkpoint is damaged")

    def load(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        if name in self.constants:
            return make_constant(name, self.constants[name])
        if self.weights is None:
            raise WeightError(f"no weights given for '{name}'")
        if hasattr(self.weights, "get_f32"):
            if name not in self.weights:
                raise WeightError(f"missing weight '{name}' (expected shape {list(shape)})")
            array = self.weights.get_f32(name)
        elif name in self.weights:
            array = np.asarray(self.weights[name], dtype=np.float32)
        elif is_stacked(name) and all(m in self.weights for m in stack_members(name, shape[0])):
            array = np.stack([np.asarray(self.weights[m], dtype=np.float32) for m in stack_members(name, shape[0])])
        else:
            raise WeightError(f"missing weight '{name}' (expected shape {list(shape)})")
        if tuple(array.shape) != shape:
            raise WeightError(f"weight '{name}' has shape {list(array.shape)}, expected {list(shape)}")
        return array


def kernel_elements(arg: Arg) -> int:
    """How many values (f32, bf16 bits, or Q8_0 bytes) the kernels read for param ``arg`` in its layout."""
    return layout_elements(tuple(d.evaluate({}) for d in parse_shape(arg.shape)), arg.layout)


def layout_elements(shape: tuple[int, ...], layout: str) -> int:
    """The element count of a weight of ``shape`` stored in ``layout`` (packing pads)."""
    if layout.startswith("packed"):
        size = {Q8_0_LAYOUT: packed_q8_0_size, Q4_0_LAYOUT: packed_q4_0_size}.get(layout, packed_linear_size)
        if len(shape) == 3:  # a stack of [n, k] weights (experts), one by one
            return shape[0] * size(*shape[1:])
        if len(shape) != 2:
            raise WeightError(f"a {layout} weight must be 2-D [n, k] or a stack [E, n, k], got shape {list(shape)}")
        return size(*shape)
    return int(np.prod(shape, dtype=np.int64))


def checkpoint_params(manifest: Manifest) -> dict[str, tuple[int, ...]]:
    """Every weight the entries read from the checkpoint (not generated constants): name -> shape."""
    return {a.name: tuple(d.evaluate({}) for d in parse_shape(a.shape))
            for entry in manifest.entries.values() for a in entry.args
            if a.role == "param" and a.name not in manifest.constants}


def param_args(manifest: Manifest) -> list[Arg]:
    """Each distinct (name, layout) param of all entries, in first-use order."""
    seen: dict[tuple[str, str], Arg] = {}
    for entry in manifest.entries.values():
        for a in entry.by_role("param"):
            seen.setdefault((a.name, a.layout), a)
    return list(seen.values())


class NativeEntry:
    """One entry point with its weights bound: checks arguments, then one native call."""

    def __init__(self, spec: Entry, address: int, binder: WeightBinder, keepalive: Any = None):
        self.spec = spec
        self.fn = _PACKED(address)
        self.keepalive = keepalive
        self.buffer_args = [a for a in spec.args if a.role != "symbol"]
        self.caller_args = [a for a in self.buffer_args if a.role not in _OWNED_ROLES]
        self.ptrs = (ctypes.c_void_p * len(self.buffer_args))()
        self.ints = (ctypes.c_int64 * max(1, len(spec.symbols)))()
        self.slots = {a.name: i for i, a in enumerate(self.buffer_args) if a.role != "param"}
        self._bind_params(binder)
        self.arena: np.ndarray | None = None
        self.record = self._bind_check_record()
        self.fixed: dict[str, tuple[np.ndarray, int]] = {}  # name -> (array, address)
        self.fixed_spans: list[tuple[int, int, str]] = []
        self.fixed_symbols: dict[str, int] = {}  # the symbols the fixed shapes were checked under

    def _bind_params(self, binder: WeightBinder) -> None:
        self.param_arrays = []
        for i, a in enumerate(self.buffer_args):
            if a.role == "param":
                array = binder.get(a)
                self.param_arrays.append(array)
                self.ptrs[i] = address_of(array)

    def _bind_check_record(self) -> np.ndarray | None:
        """A debug build's violation record (its ``checks`` argument), else None."""
        if not self.spec.by_role("checks"):
            return None
        record = np.zeros(len(CHECK_RECORD), dtype=np.int64)
        self.ptrs[self.slots[self.spec.by_role("checks")[0].name]] = address_of(record)
        return record

    def use_arena(self, arena: np.ndarray) -> None:
        if arena.nbytes < self.spec.arena_bytes:
            raise RuntimeLimitError(f"arena of {arena.nbytes} bytes is smaller than {self.spec.arena_bytes}")
        self.arena = arena
        self.ptrs[self.slots[self.spec.by_role("arena")[0].name]] = address_of(arena)

    def bind_fixed(self, buffers: Mapping[str, np.ndarray], symbols: Mapping[str, int]) -> None:
        """Bind buffers passed unchanged to every call (a session's KV caches), checked
        here once against shapes under ``symbols``: :meth:`call` then checks only that
        it is handed the same array objects, not their shapes again (a decode step of a
        small model would spend a fifth of its time re-checking 50 KV caches)."""
        spans = []
        for a in self.caller_args:
            if a.name in buffers and shape_symbols(a.shape) <= symbols.keys():
                array = buffers[a.name]
                check_buffer(self.spec.name, a, array, symbols)
                start = address_of(array)
                self.fixed[a.name] = (array, start)
                spans.append((start, start + array.nbytes, a.name))
        check_disjoint(self.spec.name, spans)
        self.fixed_spans = sorted(span for span in spans if span[1] > span[0])
        self.fixed_symbols = dict(symbols)

    def call(self, buffers: Mapping[str, np.ndarray], symbols: Mapping[str, int]) -> None:
        """Check every symbol and buffer (see the module doc), then call."""
        if self.arena is None:
            self.use_arena(aligned_empty(self.spec.arena_bytes))
        check_symbols(self.spec, symbols)
        spans = []  # (address, end, name) of the buffers not bound fixed
        ptrs, slots, fixed = self.ptrs, self.slots, self.fixed
        if any(symbols.get(k) != v for k, v in self.fixed_symbols.items()):
            fixed = {}  # checked under other sizes: check everything
        for a in self.caller_args:
            array = buffers.get(a.name)
            if array is None:
                raise ShapeError(f"{self.spec.name}: missing argument '{a.name}'")
            bound = fixed.get(a.name)
            if bound is not None and bound[0] is array:
                ptrs[slots[a.name]] = bound[1]
                continue
            check_buffer(self.spec.name, a, array, symbols)
            start = address_of(array)
            spans.append((start, start + array.nbytes, a.name))
        check_disjoint(self.spec.name, spans, self.fixed_spans if fixed else ())
        check_index_inputs(self.spec, buffers, symbols)
        for start, _, name in spans:
            ptrs[slots[name]] = start
        for i, name in enumerate(self.spec.symbols):
            self.ints[i] = int(symbols[name])
        if self.record is not None:
            self.record[:] = 0
        self.fn(ctypes.addressof(ptrs), ctypes.addressof(self.ints))
        if self.record is not None and self.record[0]:
            if self.record[2] == NON_FINITE_ARG:
                raise NumericError(non_finite_message(self.spec, self.record))
            raise KernelCheckError(violation_message(self.spec, self.record))
        self.check_outputs(buffers)

    def check_outputs(self, buffers: Mapping[str, np.ndarray]) -> None:
        """Every float output of the call is finite (the weights are: a NaN here is an
        overflow, not damage), else a :class:`NumericError` naming the first bad value."""
        for name in self.spec.outputs:
            if name in self.spec.kv_outputs:
                continue  # a KV cache, updated in place: its rows came from checked-finite math
            array = buffers.get(name)
            bad = first_non_finite(array) if isinstance(array, np.ndarray) else None
            if bad is not None:
                raise NumericError(
                    f"{self.spec.name}: output '{name}' is not finite ({describe_value(array, bad)}) although "
                    f"every weight is: the computation overflowed float32 (a --checks build names the first "
                    f"kernel whose output is not finite)")


def check_index_inputs(spec: Entry, buffers: Mapping[str, np.ndarray], symbols: Mapping[str, int]) -> None:
    """The integer inputs that index memory: each value below its bound (token ids the
    vocabulary; a slotted decode's slots ``SLOTS``, positions ``PAST_SEQ+1``) and, for the
    slots, all different."""
    for name, bound in spec.id_bounds.items():
        if isinstance(bound, int):
            check_vocab(buffers[name], bound, f"{spec.name}: {name}")
        else:
            check_below(buffers[name], evaluate_shape(bound, symbols)[0], f"{spec.name}: {name}", bound)
    for name in spec.distinct_ids:
        values = buffers[name].ravel()
        if np.unique(values).size != values.size:
            raise ShapeError(f"{spec.name}: {name} holds a value twice ({values.tolist()}): each row needs "
                             f"its own sequence")


def non_finite_message(spec: Entry, record: np.ndarray) -> str:
    """What a debug build recorded: the first kernel call whose output is not finite."""
    count, kernel, _, index, length = (int(v) for v in record)
    name = spec.check_kernels[kernel] if 0 <= kernel < len(spec.check_kernels) else f"#{kernel}"
    return (f"{spec.name}: kernel {name} is the first to write a non-finite value (index {index} of its "
            f"output of {length}; {count} such values in this call)")


def violation_message(spec: Entry, record: np.ndarray) -> str:
    """What a debug build's kernels recorded: the first out-of-bounds access of the call."""
    count, kernel, arg, index, length = (int(v) for v in record)
    name = spec.check_kernels[kernel] if 0 <= kernel < len(spec.check_kernels) else f"#{kernel}"
    what = f"argument {arg}" if arg >= 0 else "a stack buffer"
    more = f" (and {count - 1} more)" if count > 1 else ""
    return f"{spec.name}: kernel {name}: index {index} out of bounds of {what} (length {length}){more}"


