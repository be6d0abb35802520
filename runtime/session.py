"""Running compiled entry points: argument checks, weight binding, KV cache, generation.

Imports nothing from the compiler (no xdsl, no llvmlite): a :class:`Session` needs a
manifest (what the compiler recorded about each entry point) and a function that
resolves a symbol name to a native address (from a JIT engine or a loaded ``.so``).

Every native entry ``E`` is called through its wrapper ``E_packed(void **ptrs,
int64_t *ints)``: ``ptrs`` holds the buffer arguments in manifest order, ``ints`` the
symbol values. Everything the native code relies on is checked here before the call
(:meth:`NativeEntry.call`): symbol values and the recorded constraints, every buffer's
dtype, shape, contiguity, alignment and writability, that no two buffers overlap, and
token ids. Generated code does not check them again, except in a debug build
(``checks=True``), whose kernels also check every index they use and report a violation
through the entry's ``checks`` record.

A :class:`Session` or :class:`FlowFunction` serves one thread at a time: a call from a
second thread while one runs raises an :class:`RlxError` instead of racing on the KV
cache and the scratch arena (use one session per thread).
"""

from __future__ import annotations

import bisect
import ctypes
import functools
import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np

from runtime.abi import MAX_SEQ, PAST_SEQ, SEQ, Arg, Entry, Manifest, as_manifest
from runtime.constants import make_constant
from runtime.errors import KernelCheckError, RlxError, RuntimeLimitError, ShapeError, WeightError, first_line
from runtime.packing import pack_linear_weight, packed_linear_size
from runtime.symbolic import parse_shape

_PACKED = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)
DTYPES = {"f32": np.float32, "i32": np.int32, "i8": np.uint8, "i64": np.int64}
#: The runtime's own buffers: the caller never passes them.
_OWNED_ROLES = ("param", "arena", "checks")
#: Symbol values above this are refused: sizes stay far from overflowing the i64 index math.
MAX_SYMBOL = 2**31 - 1
#: The debug-build violation record: [violations, kernel id, argument, index, length] (i64).
CHECK_RECORD = ("count", "kernel", "arg", "index", "length")


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


def _address(array: np.ndarray) -> int:
    return array.ctypes.data


def allocate(shape: Any, dtype: Any, what: str, fill: bool = True) -> np.ndarray:
    """``np.zeros`` (or ``np.empty``); a size the machine cannot hold is a RuntimeLimitError."""
    try:
        return (np.zeros if fill else np.empty)(shape, dtype=dtype)
    except (MemoryError, ValueError) as err:
        raise RuntimeLimitError(f"cannot allocate {what} of shape {list(np.atleast_1d(shape))}: "
                                f"{first_line(err)}") from None


def _aligned_empty(nbytes: int, align: int = 64) -> np.ndarray:
    raw = allocate(nbytes + align, np.uint8, "the scratch arena", fill=False)
    start = (-raw.ctypes.data) % align
    return raw[start:start + nbytes]


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
        if array.dtype != np.float32 or array.size != kernel_elements(arg):
            raise WeightError(f"weight '{arg.name}' ({arg.layout or 'plain'}) has {array.size} "
                              f"{array.dtype} values, the kernels read {kernel_elements(arg)} float32")
        return array

    def prepare(self, arg: Arg) -> np.ndarray:
        """The param ``arg`` as the kernels read it (f32, C-contiguous, packed if asked)."""
        shape = tuple(d.evaluate({}) for d in parse_shape(arg.shape))
        array = self.load(arg.name, shape)
        if arg.layout.startswith("packed"):
            array = pack_linear_weight(array)
        elif arg.layout:
            raise WeightError(f"weight '{arg.name}' has unknown layout '{arg.layout}'")
        return np.ascontiguousarray(array, dtype=np.float32)

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
        else:
            raise WeightError(f"missing weight '{name}' (expected shape {list(shape)})")
        if tuple(array.shape) != shape:
            raise WeightError(f"weight '{name}' has shape {list(array.shape)}, expected {list(shape)}")
        return array


def kernel_elements(arg: Arg) -> int:
    """How many f32 values the kernels read for param ``arg`` in its layout."""
    return layout_elements(tuple(d.evaluate({}) for d in parse_shape(arg.shape)), arg.layout)


def layout_elements(shape: tuple[int, ...], layout: str) -> int:
    """The element count of a weight of ``shape`` stored in ``layout`` (packing pads)."""
    if layout.startswith("packed"):
        if len(shape) != 2:
            raise WeightError(f"a {layout} weight must be 2-D [n, k], got shape {list(shape)}")
        return packed_linear_size(*shape)
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
                self.ptrs[i] = _address(array)

    def _bind_check_record(self) -> np.ndarray | None:
        """A debug build's violation record (its ``checks`` argument), else None."""
        if not self.spec.by_role("checks"):
            return None
        record = np.zeros(len(CHECK_RECORD), dtype=np.int64)
        self.ptrs[self.slots[self.spec.by_role("checks")[0].name]] = _address(record)
        return record

    def use_arena(self, arena: np.ndarray) -> None:
        if arena.nbytes < self.spec.arena_bytes:
            raise RuntimeLimitError(f"arena of {arena.nbytes} bytes is smaller than {self.spec.arena_bytes}")
        self.arena = arena
        self.ptrs[self.slots[self.spec.by_role("arena")[0].name]] = _address(arena)

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
                start = _address(array)
                self.fixed[a.name] = (array, start)
                spans.append((start, start + array.nbytes, a.name))
        check_disjoint(self.spec.name, spans)
        self.fixed_spans = sorted(span for span in spans if span[1] > span[0])
        self.fixed_symbols = dict(symbols)

    def call(self, buffers: Mapping[str, np.ndarray], symbols: Mapping[str, int]) -> None:
        """Check every symbol and buffer (see the module doc), then call."""
        if self.arena is None:
            self.use_arena(_aligned_empty(self.spec.arena_bytes))
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
            start = _address(array)
            spans.append((start, start + array.nbytes, a.name))
        check_disjoint(self.spec.name, spans, self.fixed_spans if fixed else ())
        for name, bound in self.spec.id_bounds.items():
            check_vocab(buffers[name], bound, f"{self.spec.name}: {name}")
        for start, _, name in spans:
            ptrs[slots[name]] = start
        for i, name in enumerate(self.spec.symbols):
            self.ints[i] = int(symbols[name])
        if self.record is not None:
            self.record[:] = 0
        self.fn(ctypes.addressof(ptrs), ctypes.addressof(self.ints))
        if self.record is not None and self.record[0]:
            raise KernelCheckError(violation_message(self.spec, self.record))


def violation_message(spec: Entry, record: np.ndarray) -> str:
    """What a debug build's kernels recorded: the first out-of-bounds access of the call."""
    count, kernel, arg, index, length = (int(v) for v in record)
    name = spec.check_kernels[kernel] if 0 <= kernel < len(spec.check_kernels) else f"#{kernel}"
    what = f"argument {arg}" if arg >= 0 else "a stack buffer"
    more = f" (and {count - 1} more)" if count > 1 else ""
    return f"{spec.name}: kernel {name}: index {index} out of bounds of {what} (length {length}){more}"


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
            raise RuntimeLimitError(f"{spec.name}: {c.low} = {lo} exceeds {c.high} = {hi}")


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


class _Exclusive:
    """A non-blocking re-entrant lock: a second thread is refused, not made to wait
    (waiting would hide a bug: two threads interleaving one KV cache)."""

    def __init__(self, what: str):
        self.what = what
        self.lock = threading.RLock()

    def __enter__(self) -> None:
        if not self.lock.acquire(blocking=False):
            raise RlxError(f"{self.what} is in use by another thread (use one session per thread)")

    def __exit__(self, *exc: object) -> None:
        self.lock.release()


def exclusive(method):
    """Run ``method`` holding its object's ``_exclusive`` guard."""

    @functools.wraps(method)
    def guarded(self, *args, **kwargs):
        with self._exclusive:
            return method(self, *args, **kwargs)

    return guarded


def _as_array(value: Any, what: str) -> np.ndarray:
    """``np.asarray(value)``; a ragged or otherwise unconvertible value is a ShapeError."""
    try:
        return np.asarray(value)
    except (TypeError, ValueError, OverflowError) as err:
        raise ShapeError(f"{what} are not a numeric array ({first_line(err)})") from None


def prefill_chunk(max_tokens: int, specs) -> int:
    """The most tokens one prefill call may take: ``max_tokens``, or less when an entry's
    scratch memory was planned for fewer (its recorded ``SEQ <= c`` constraint)."""
    bounds = [b for b in (s.bound(SEQ) for s in specs) if b is not None]
    return max(1, min([max_tokens, *bounds]))


def check_capacity(prompt_len: int, max_new_tokens: int, max_seq: int) -> None:
    """A prompt and its continuation fit the KV cache (the last new token is never fed back)."""
    if prompt_len + max_new_tokens - 1 > max_seq:
        raise RuntimeLimitError(f"prompt of {prompt_len} tokens + {max_new_tokens} new tokens exceeds "
                                f"the KV capacity of {max_seq} (max_seq)")


class Session:
    """A compiled LLM with its KV cache: ``prefill``, ``decode``, ``reset``, ``generate``.

    The manifest holds ``entries`` (``prefill`` and ``decode``), ``constants``,
    ``vocab_size``, ``batch`` and ``max_tokens`` (the most tokens one prefill call
    processes; longer prompts run as several chunks).
    """

    def __init__(self, manifest: Manifest | Mapping[str, Any], resolve: Callable[[str], int], weights: Any,
                 max_seq: int, keepalive: Any = None,
                 prepacked: Mapping[tuple[str, str], np.ndarray] | None = None):
        manifest = as_manifest(manifest)
        missing = {"prefill", "decode"} - manifest.entries.keys()
        if missing:
            raise ShapeError(f"the model has no {' or '.join(sorted(missing))} entry point "
                             f"(entries: {', '.join(manifest.entries)}); it is a single flow, "
                             f"not an LLM session")
        self.manifest = manifest
        self.keepalive = keepalive
        self._exclusive = _Exclusive("session")
        self.batch = int(manifest.batch)
        self.vocab = int(manifest.vocab_size)
        if not isinstance(max_seq, (int, np.integer)) or isinstance(max_seq, bool) \
                or not 1 <= max_seq <= MAX_SYMBOL:
            raise RuntimeLimitError(f"max_seq must be an integer in [1, {MAX_SYMBOL}], got {max_seq!r}")
        self.max_seq = int(max_seq)
        positions = manifest.max_positions
        if positions is not None and self.max_seq > positions:
            raise RuntimeLimitError(f"max_seq {self.max_seq} exceeds the {positions} positions "
                                    f"the model supports (max_position_embeddings)")
        binder = WeightBinder(weights, manifest.constants, prepacked)
        specs = manifest.entries
        self.max_tokens = prefill_chunk(int(manifest.max_tokens), specs.values())
        self.entries = {n: NativeEntry(s, resolve(f"{n}_packed"), binder) for n, s in specs.items()}
        arena = _aligned_empty(max(s.arena_bytes for s in specs.values()))
        for entry in self.entries.values():
            entry.use_arena(arena)
        self.caches = self._allocate_caches(specs.values())
        for entry in self.entries.values():
            entry.bind_fixed(self.caches, {MAX_SEQ: self.max_seq})
        self.past = 0

    def _allocate_caches(self, specs) -> dict[str, np.ndarray]:
        caches = {}
        for spec in specs:
            for a in spec.by_role("kv_cache"):
                shape = tuple(d.evaluate({MAX_SEQ: self.max_seq}) for d in parse_shape(a.shape))
                if a.name not in caches:
                    caches[a.name] = allocate(shape, np.float32, f"the KV cache '{a.name}'")
        return caches

    # -- API
    @exclusive
    def reset(self) -> None:
        self.past = 0

    @exclusive
    def prefill(self, ids: Any, last_only: bool = False) -> np.ndarray:
        """Run ``ids [B, S]`` after the cached tokens; returns logits ``[B, S, vocab]``,
        or ``[B, 1, vocab]`` (the last token's) with ``last_only``: then the entry
        ``prefill_last`` skips the LM head for every other token when the model has it."""
        ids = self._check_ids(ids, "prefill")
        entry = "prefill_last" if last_only and "prefill_last" in self.entries else "prefill"
        chunks = []
        for start in range(0, ids.shape[1], self.max_tokens):
            chunks.append(self._run(entry, ids[:, start:start + self.max_tokens]))
        if last_only:
            return chunks[-1][:, -1:]
        return chunks[0] if len(chunks) == 1 else np.concatenate(chunks, axis=1)

    @exclusive
    def decode(self, ids: Any) -> np.ndarray:
        """One new token per sequence: ``ids [B, 1]`` -> logits ``[B, 1, vocab]``."""
        ids = self._check_ids(ids, "decode")
        if ids.shape[1] != 1:
            raise ShapeError(f"decode: input_ids must have shape [{self.batch}, 1], got {list(ids.shape)}")
        return self._run("decode", ids)

    @exclusive
    def generate(self, prompt_ids: Sequence[int] | np.ndarray, max_new_tokens: int,
                 sampler: Callable[[np.ndarray], np.ndarray] | None = None,
                 on_token: Callable[[list[int]], None] | None = None) -> list:
        """Greedy (or ``sampler``) continuation of a fresh prompt; returns new token ids.

        A 1-D prompt gives a list of ints; a ``[B, S]`` prompt a list per sequence."""
        prompt = _as_array(prompt_ids, "generate: prompt_ids")
        single = prompt.ndim == 1
        ids = prompt.reshape(1, -1) if single else prompt
        if not isinstance(max_new_tokens, (int, np.integer)) or isinstance(max_new_tokens, bool) \
                or max_new_tokens < 0:
            raise RuntimeLimitError(f"max_new_tokens must be an integer >= 0, got {max_new_tokens!r}")
        self.reset()
        ids = self._check_ids(ids, "generate")
        check_capacity(ids.shape[1], max_new_tokens, self.max_seq)
        pick = sampler or (lambda logits: np.argmax(logits, axis=-1))
        out: list[list[int]] = [[] for _ in range(ids.shape[0])]
        if max_new_tokens == 0:
            return out[0] if single else out
        logits = self.prefill(ids, last_only=True)[:, -1]
        for step in range(max_new_tokens):
            token = np.asarray(pick(logits), dtype=np.int64).reshape(-1)
            for row, t in zip(out, token):
                row.append(int(t))
            if on_token:
                on_token([int(t) for t in token])
            if step + 1 < max_new_tokens:
                logits = self.decode(token.reshape(-1, 1))[:, 0]
        return out[0] if single else out

    # -- internals
    def _check_ids(self, ids: Any, what: str) -> np.ndarray:
        array = _as_array(ids, f"{what}: input_ids")
        if array.dtype.kind not in "iu" and array.size:
            raise ShapeError(f"{what}: input_ids must be integers, got {array.dtype}")
        if array.ndim != 2 or array.shape[0] != self.batch or array.shape[1] < 1:
            raise ShapeError(f"{what}: input_ids must have shape [{self.batch}, S] with S >= 1, "
                             f"got {list(array.shape)}")
        check_vocab(array, self.vocab, what)
        if self.past + array.shape[1] > self.max_seq:
            raise RuntimeLimitError(
                f"{what}: {self.past} cached + {array.shape[1]} new tokens exceed the KV capacity "
                f"of {self.max_seq} (max_seq); call reset() or compile with a larger --max-seq")
        return np.ascontiguousarray(array, dtype=np.int32)

    def _run(self, entry_name: str, ids: np.ndarray) -> np.ndarray:
        entry = self.entries[entry_name]
        seq = ids.shape[1]
        rows = 1 if entry_name == "prefill_last" else seq
        logits = allocate((self.batch, rows, self.vocab), np.float32, "the logits", fill=False)
        buffers = {"input_ids": ids, "logits": logits, **self.caches}
        entry.call(buffers, {SEQ: seq, PAST_SEQ: self.past, MAX_SEQ: self.max_seq})
        self.past += seq
        return logits


class FlowFunction:
    """One compiled flow called like a function over numpy arrays (``rlxc.jit``, a flow ``.so``).

    Symbolic dims are bound from the input shapes (the manifest's ``inputs`` give each
    flow input's symbolic shape). Past K/V inputs are copied into KV buffers of
    capacity past + new rows; the KV outputs are those buffers."""

    def __init__(self, manifest: Manifest | Mapping[str, Any], resolve: Callable[[str], int], weights: Any,
                 keepalive: Any = None, prepacked: Mapping[tuple[str, str], np.ndarray] | None = None):
        manifest = as_manifest(manifest)
        if len(manifest.entries) != 1:
            raise ShapeError(f"a flow has one entry point, this model has {len(manifest.entries)} "
                             f"({', '.join(manifest.entries)})")
        self.manifest = manifest
        self.keepalive = keepalive
        self._exclusive = _Exclusive("flow function")
        self.spec = next(iter(manifest.entries.values()))
        self.outputs = list(self.spec.outputs)
        self.input_shapes = {i.name: parse_shape(i.shape) for i in self.spec.inputs}
        self.input_dtypes = {i.name: i.dtype for i in self.spec.inputs}
        self.input_names = list(self.input_shapes)
        binder = WeightBinder(weights, manifest.constants, prepacked)
        self.entry = NativeEntry(self.spec, resolve(f"{self.spec.name}_packed"), binder)

    def bind_symbols(self, inputs: Mapping[str, Any]) -> dict[str, int]:
        """Symbol values read off the inputs whose dims are a bare symbol (``SEQ``, ``PAST_SEQ``)."""
        symbols: dict[str, int] = {}
        for name, shape in self.input_shapes.items():
            if name not in inputs:
                raise ShapeError(f"{self.spec.name}: missing input '{name}'")
            actual = np.shape(inputs[name])
            if len(actual) != len(shape):
                raise ShapeError(f"{self.spec.name}: input '{name}' must have rank {len(shape)}, "
                                 f"got {list(actual)}")
            for dim, size in zip(shape, actual):
                if len(dim.terms) == 1 and dim.terms[0][1] == 1 and dim.const == 0:
                    sym = dim.terms[0][0]
                    if symbols.setdefault(sym, size) != size:
                        raise ShapeError(f"{self.spec.name}: {sym} is {symbols[sym]} and {size} "
                                         f"in different inputs")
        return symbols

    def check_inputs(self, inputs: Mapping[str, Any]) -> dict[str, np.ndarray]:
        """Each input as an array of its flow dtype, refusing what a cast would corrupt:
        unknown names, non-numeric values, fractional or out-of-range integers."""
        unknown = sorted(set(inputs) - set(self.input_shapes))
        if unknown:
            raise ShapeError(f"{self.spec.name}: unknown input '{unknown[0]}' "
                             f"(inputs: {', '.join(self.input_names)})")
        arrays = {}
        for name in self.input_names:
            if name not in inputs:
                raise ShapeError(f"{self.spec.name}: missing input '{name}'")
            array = _as_array(inputs[name], f"{self.spec.name}: input '{name}'")
            if array.dtype.kind not in ("iu" if self.input_dtypes[name] == "i32" else "biuf"):
                raise ShapeError(f"{self.spec.name}: input '{name}' must be "
                                 f"{'integers' if self.input_dtypes[name] == 'i32' else 'numbers'}, "
                                 f"got {array.dtype}")
            if self.input_dtypes[name] == "i32" and array.size:
                check_vocab(array, self.spec.id_bounds.get(name, 2**31), f"{self.spec.name}: {name}")
            arrays[name] = array
        return arrays

    @exclusive
    def __call__(self, **inputs: Any) -> dict[str, np.ndarray]:
        arrays = self.check_inputs(inputs)
        symbols = self.bind_symbols(arrays)
        max_tokens = self.manifest.max_tokens or 0
        if max_tokens and symbols.get(SEQ, 0) > max_tokens:
            # the arena is planned for SEQ <= max_tokens (a Session splits longer prompts)
            raise RuntimeLimitError(f"{self.spec.name}: SEQ = {symbols[SEQ]} exceeds the {max_tokens} "
                                    f"tokens per call it was compiled for (max_tokens)")
        if self.spec.by_role("kv_cache"):
            new_rows = arrays["input_ids"].shape[1] if "input_ids" in arrays else 0
            symbols[MAX_SEQ] = symbols.get(PAST_SEQ, 0) + new_rows
        check_symbols(self.spec, symbols)
        for name, shape in self.input_shapes.items():
            want = _evaluate_shape(shape, symbols)
            if arrays[name].shape != want:
                raise ShapeError(f"{self.spec.name}: input '{name}' has shape {list(arrays[name].shape)}, "
                                 f"expected {list(want)}")
        buffers: dict[str, np.ndarray] = {}
        for a in self.spec.args:
            if a.role == "input":
                buffers[a.name] = np.ascontiguousarray(arrays[a.name], dtype=DTYPES[a.dtype])
            elif a.role == "kv_cache":
                past = arrays[a.name]
                cache = allocate(evaluate_shape(a.shape, symbols), np.float32, f"the KV cache '{a.name}'")
                cache[:, :past.shape[1]] = past
                buffers[a.name] = cache
            elif a.role == "output":
                buffers[a.name] = allocate(evaluate_shape(a.shape, symbols), np.float32, f"output '{a.name}'",
                                           fill=False)
        self.entry.call(buffers, symbols)
        return {name: buffers[self.spec.kv_outputs.get(name, name)] for name in self.outputs}


def _evaluate_shape(shape, symbols: Mapping[str, int]) -> tuple[int, ...]:
    return tuple(d.evaluate(symbols) for d in shape)
