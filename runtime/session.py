"""Running compiled entry points: argument checks, weight binding, KV cache, generation.

Imports nothing from the compiler (no xdsl, no llvmlite): a :class:`Session` needs a
manifest (what the compiler recorded about each entry point) and a function that
resolves a symbol name to a native address (from a JIT engine or a loaded ``.so``).

Every native entry ``E`` is called through its wrapper ``E_packed(void **ptrs,
int64_t *ints)``: ``ptrs`` holds the buffer arguments in manifest order, ``ints`` the
symbol values. All shapes, dtypes, token ids and lengths are checked here before the
call; generated code does not check them again.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from runtime.constants import make_constant
from runtime.errors import RuntimeLimitError, ShapeError, WeightError
from runtime.packing import pack_linear_weight, packed_linear_size
from runtime.symbolic import parse_shape

ABI_VERSION = 1
_PACKED = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)
_DTYPES = {"f32": np.float32, "i32": np.int32, "i8": np.uint8}


@dataclass(frozen=True)
class ArgSpec:
    name: str
    role: str  # input | kv_cache | output | param | arena | symbol
    shape: str = ""
    dtype: str = "f32"
    layout: str = ""


@dataclass
class EntrySpec:
    name: str
    args: list[ArgSpec]
    arena_bytes: int
    kv_outputs: dict[str, str]
    constraints: list[tuple[str, str]]

    @staticmethod
    def from_manifest(name: str, d: Mapping[str, Any]) -> "EntrySpec":
        return EntrySpec(name, [ArgSpec(**a) for a in d["args"]], int(d["arena_bytes"]),
                         dict(d.get("kv_outputs", {})), [tuple(c) for c in d.get("constraints", [])])

    def by_role(self, role: str) -> list[ArgSpec]:
        return [a for a in self.args if a.role == role]

    @property
    def symbols(self) -> list[str]:
        return [a.name for a in self.by_role("symbol")]


def _address(array: np.ndarray) -> int:
    return array.ctypes.data


def _aligned_empty(nbytes: int, align: int = 64) -> np.ndarray:
    raw = np.empty(nbytes + align, dtype=np.uint8)
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

    def get(self, arg: ArgSpec) -> np.ndarray:
        key = (arg.name, arg.layout)
        if key not in self.bound:
            self.bound[key] = self.prepare(arg)
        array = self.bound[key]
        if array.dtype != np.float32 or array.size != kernel_elements(arg):
            raise WeightError(f"weight '{arg.name}' ({arg.layout or 'plain'}) has {array.size} "
                              f"{array.dtype} values, the kernels read {kernel_elements(arg)} float32")
        return array

    def prepare(self, arg: ArgSpec) -> np.ndarray:
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


def kernel_elements(arg: ArgSpec) -> int:
    """How many f32 values the kernels read for param ``arg`` in its layout."""
    shape = tuple(d.evaluate({}) for d in parse_shape(arg.shape))
    if arg.layout.startswith("packed"):
        return packed_linear_size(*shape)
    return int(np.prod(shape, dtype=np.int64))


def checkpoint_params(manifest: Mapping[str, Any]) -> dict[str, tuple[int, ...]]:
    """Every weight the entries read from the checkpoint (not generated constants): name -> shape."""
    constants = manifest.get("constants", {})
    return {a["name"]: tuple(d.evaluate({}) for d in parse_shape(a["shape"]))
            for entry in manifest["entries"].values() for a in entry["args"]
            if a["role"] == "param" and a["name"] not in constants}


def param_args(manifest: Mapping[str, Any]) -> list[ArgSpec]:
    """Each distinct (name, layout) param of all entries, in first-use order."""
    seen: dict[tuple[str, str], ArgSpec] = {}
    for entry in manifest["entries"].values():
        for a in entry["args"]:
            if a["role"] == "param":
                seen.setdefault((a["name"], a["layout"]), ArgSpec(**a))
    return list(seen.values())


class NativeEntry:
    """One entry point with its weights bound: checks arguments, then one native call."""

    def __init__(self, spec: EntrySpec, address: int, binder: WeightBinder, keepalive: Any = None):
        self.spec = spec
        self.fn = _PACKED(address)
        self.keepalive = keepalive
        self.buffer_args = [a for a in spec.args if a.role != "symbol"]
        self.ptrs = (ctypes.c_void_p * len(self.buffer_args))()
        self.ints = (ctypes.c_int64 * max(1, len(spec.symbols)))()
        self.slots = {a.name: i for i, a in enumerate(self.buffer_args) if a.role != "param"}
        self._bind_params(binder)
        self.arena: np.ndarray | None = None

    def _bind_params(self, binder: WeightBinder) -> None:
        self.param_arrays = []
        for i, a in enumerate(self.buffer_args):
            if a.role == "param":
                array = binder.get(a)
                self.param_arrays.append(array)
                self.ptrs[i] = _address(array)

    def use_arena(self, arena: np.ndarray) -> None:
        if arena.nbytes < self.spec.arena_bytes:
            raise RuntimeLimitError(f"arena of {arena.nbytes} bytes is smaller than {self.spec.arena_bytes}")
        self.arena = arena
        self.ptrs[self.slots["arena"]] = _address(arena)

    def call(self, buffers: Mapping[str, np.ndarray], symbols: Mapping[str, int]) -> None:
        """Check every buffer against its symbolic shape under ``symbols``, then call."""
        if self.arena is None:
            self.use_arena(_aligned_empty(self.spec.arena_bytes))
        check_symbols(self.spec, symbols)
        for a in self.buffer_args:
            if a.role in ("param", "arena"):
                continue
            if a.name not in buffers:
                raise ShapeError(f"{self.spec.name}: missing argument '{a.name}'")
            array = buffers[a.name]
            check_buffer(self.spec.name, a, array, symbols)
            self.ptrs[self.slots[a.name]] = _address(array)
        for i, name in enumerate(self.spec.symbols):
            self.ints[i] = int(symbols[name])
        self.fn(ctypes.addressof(self.ptrs), ctypes.addressof(self.ints))


def check_symbols(spec: EntrySpec, symbols: Mapping[str, int]) -> None:
    """Every symbol bound to a non-negative int, and every recorded ``a <= b`` holds."""
    for name in spec.symbols:
        value = symbols.get(name)
        if not isinstance(value, (int, np.integer)) or value < 0:
            raise ShapeError(f"{spec.name}: symbol {name} must be a non-negative integer, got {value!r}")
    for low, high in spec.constraints:
        lo, hi = (d.evaluate(symbols) for d in (parse_shape(low)[0], parse_shape(high)[0]))
        if lo > hi:
            raise RuntimeLimitError(f"{spec.name}: {low} = {lo} exceeds {high} = {hi}")


def check_buffer(entry: str, arg: ArgSpec, array: np.ndarray, symbols: Mapping[str, int]) -> None:
    want_dtype = _DTYPES[arg.dtype]
    want = tuple(d.evaluate(symbols) for d in parse_shape(arg.shape))
    if not isinstance(array, np.ndarray) or array.dtype != want_dtype:
        got = getattr(array, "dtype", type(array).__name__)
        raise ShapeError(f"{entry}: argument '{arg.name}' must be {np.dtype(want_dtype).name}, got {got}")
    if array.shape != want:
        raise ShapeError(f"{entry}: argument '{arg.name}' has shape {list(array.shape)}, expected {list(want)}")
    if not array.flags.c_contiguous:
        raise ShapeError(f"{entry}: argument '{arg.name}' must be C-contiguous")
    if arg.role == "output" and not array.flags.writeable:
        raise ShapeError(f"{entry}: output '{arg.name}' is read-only")


def check_vocab(ids: np.ndarray, vocab: int, what: str) -> None:
    """Every token id in ``[0, vocab)`` (the embedding lookup does not check)."""
    low, high = int(ids.min()), int(ids.max())
    if low < 0 or high >= vocab:
        bad = low if low < 0 else high
        raise RuntimeLimitError(f"{what}: token id {bad} is outside the vocabulary [0, {vocab})")


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

    def __init__(self, manifest: Mapping[str, Any], resolve: Callable[[str], int], weights: Any,
                 max_seq: int, keepalive: Any = None,
                 prepacked: Mapping[tuple[str, str], np.ndarray] | None = None):
        missing = {"prefill", "decode"} - manifest["entries"].keys()
        if missing:
            raise ShapeError(f"the model has no {' or '.join(sorted(missing))} entry point "
                             f"(entries: {', '.join(manifest['entries'])}); it is a single flow, "
                             f"not an LLM session")
        self.manifest = manifest
        self.keepalive = keepalive
        self.batch = int(manifest["batch"])
        self.vocab = int(manifest["vocab_size"])
        self.max_tokens = int(manifest["max_tokens"])
        self.max_seq = int(max_seq)
        if self.max_seq < 1:
            raise RuntimeLimitError(f"max_seq must be at least 1, got {max_seq}")
        positions = manifest.get("max_positions")
        if positions is not None and self.max_seq > int(positions):
            raise RuntimeLimitError(f"max_seq {self.max_seq} exceeds the {positions} positions "
                                    f"the model supports (max_position_embeddings)")
        binder = WeightBinder(weights, manifest.get("constants", {}), prepacked)
        specs = {n: EntrySpec.from_manifest(n, d) for n, d in manifest["entries"].items()}
        self.entries = {n: NativeEntry(s, resolve(f"{n}_packed"), binder) for n, s in specs.items()}
        arena = _aligned_empty(max(s.arena_bytes for s in specs.values()))
        for entry in self.entries.values():
            entry.use_arena(arena)
        self.caches = self._allocate_caches(specs.values())
        self.past = 0

    def _allocate_caches(self, specs) -> dict[str, np.ndarray]:
        caches = {}
        for spec in specs:
            for a in spec.by_role("kv_cache"):
                shape = tuple(d.evaluate({"MAX_SEQ": self.max_seq}) for d in parse_shape(a.shape))
                caches.setdefault(a.name, np.zeros(shape, dtype=np.float32))
        return caches

    # -- API
    def reset(self) -> None:
        self.past = 0

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

    def decode(self, ids: Any) -> np.ndarray:
        """One new token per sequence: ``ids [B, 1]`` -> logits ``[B, 1, vocab]``."""
        ids = self._check_ids(ids, "decode")
        if ids.shape[1] != 1:
            raise ShapeError(f"decode: input_ids must have shape [{self.batch}, 1], got {list(ids.shape)}")
        return self._run("decode", ids)

    def generate(self, prompt_ids: Sequence[int] | np.ndarray, max_new_tokens: int,
                 sampler: Callable[[np.ndarray], np.ndarray] | None = None,
                 on_token: Callable[[list[int]], None] | None = None) -> list:
        """Greedy (or ``sampler``) continuation of a fresh prompt; returns new token ids.

        A 1-D prompt gives a list of ints; a ``[B, S]`` prompt a list per sequence."""
        prompt = np.asarray(prompt_ids)
        single = prompt.ndim == 1
        ids = prompt.reshape(1, -1) if single else prompt
        if max_new_tokens < 0:
            raise RuntimeLimitError(f"max_new_tokens must be >= 0, got {max_new_tokens}")
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
        try:
            array = np.asarray(ids)
        except (TypeError, ValueError) as err:
            raise ShapeError(f"{what}: input_ids are not an integer array ({err})") from None
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
        logits = np.empty((self.batch, rows, self.vocab), dtype=np.float32)
        buffers = {"input_ids": ids, "logits": logits, **self.caches}
        entry.call(buffers, {"SEQ": seq, "PAST_SEQ": self.past, "MAX_SEQ": self.max_seq})
        self.past += seq
        return logits


class FlowFunction:
    """One compiled flow called like a function over numpy arrays (``rlxc.jit``, a flow ``.so``).

    Symbolic dims are bound from the input shapes (the manifest's ``inputs`` give each
    flow input's symbolic shape). Past K/V inputs are copied into KV buffers of
    capacity past + new rows; the KV outputs are those buffers."""

    def __init__(self, manifest: Mapping[str, Any], resolve: Callable[[str], int], weights: Any,
                 keepalive: Any = None, prepacked: Mapping[tuple[str, str], np.ndarray] | None = None):
        if len(manifest["entries"]) != 1:
            raise ShapeError(f"a flow has one entry point, this model has {len(manifest['entries'])} "
                             f"({', '.join(manifest['entries'])})")
        self.manifest = manifest
        self.keepalive = keepalive
        name, entry = next(iter(manifest["entries"].items()))
        self.spec = EntrySpec.from_manifest(name, entry)
        self.outputs = list(entry["outputs"])
        self.input_shapes = {i["name"]: parse_shape(i["shape"]) for i in entry["inputs"]}
        self.input_names = list(self.input_shapes)
        binder = WeightBinder(weights, manifest.get("constants", {}), prepacked)
        self.entry = NativeEntry(self.spec, resolve(f"{name}_packed"), binder)

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

    def __call__(self, **inputs: Any) -> dict[str, np.ndarray]:
        symbols = self.bind_symbols(inputs)
        max_tokens = int(self.manifest.get("max_tokens", 0))
        if max_tokens and symbols.get("SEQ", 0) > max_tokens:
            # the arena is planned for SEQ <= max_tokens (a Session splits longer prompts)
            raise RuntimeLimitError(f"{self.spec.name}: SEQ = {symbols['SEQ']} exceeds the {max_tokens} "
                                    f"tokens per call it was compiled for (max_tokens)")
        if self.spec.by_role("kv_cache"):
            new_rows = np.shape(inputs["input_ids"])[1] if "input_ids" in inputs else 0
            symbols["MAX_SEQ"] = symbols.get("PAST_SEQ", 0) + new_rows
        buffers: dict[str, np.ndarray] = {}
        for a in self.spec.args:
            if a.role == "input":
                buffers[a.name] = np.ascontiguousarray(inputs[a.name], dtype=_DTYPES[a.dtype])
            elif a.role == "kv_cache":
                past = np.asarray(inputs[a.name], dtype=np.float32)
                cache = np.zeros(_evaluate(a.shape, symbols), np.float32)
                cache[:, :past.shape[1]] = past
                buffers[a.name] = cache
            elif a.role == "output":
                buffers[a.name] = np.empty(_evaluate(a.shape, symbols), np.float32)
        self.entry.call(buffers, symbols)
        return {name: buffers[self.spec.kv_outputs.get(name, name)] for name in self.outputs}


def _evaluate(shape: str, symbols: Mapping[str, int]) -> tuple[int, ...]:
    return tuple(d.evaluate(symbols) for d in parse_shape(shape))
