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
from runtime.packing import pack_linear_weight
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
    checked against the manifest shape, converted to f32 and packed."""

    def __init__(self, weights: Any, constants: Mapping[str, Mapping[str, Any]]):
        self.weights = weights
        self.constants = constants
        self.bound: dict[tuple[str, str], np.ndarray] = {}

    def get(self, arg: ArgSpec) -> np.ndarray:
        key = (arg.name, arg.layout)
        if key not in self.bound:
            shape = tuple(d.evaluate({}) for d in parse_shape(arg.shape))
            array = self.load(arg.name, shape)
            if arg.layout.startswith("packed"):
                array = pack_linear_weight(array)
            elif arg.layout:
                raise WeightError(f"weight '{arg.name}' has unknown layout '{arg.layout}'")
            self.bound[key] = np.ascontiguousarray(array, dtype=np.float32)
        return self.bound[key]

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


class Session:
    """A compiled LLM with its KV cache: ``prefill``, ``decode``, ``reset``, ``generate``.

    The manifest holds ``entries`` (``prefill`` and ``decode``), ``constants``,
    ``vocab_size``, ``batch`` and ``max_tokens`` (the most tokens one prefill call
    processes; longer prompts run as several chunks).
    """

    def __init__(self, manifest: Mapping[str, Any], resolve: Callable[[str], int], weights: Any,
                 max_seq: int, keepalive: Any = None):
        self.manifest = manifest
        self.keepalive = keepalive
        self.batch = int(manifest["batch"])
        self.vocab = int(manifest["vocab_size"])
        self.max_tokens = int(manifest["max_tokens"])
        self.max_seq = int(max_seq)
        if self.max_seq < 1:
            raise RuntimeLimitError(f"max_seq must be at least 1, got {max_seq}")
        binder = WeightBinder(weights, manifest.get("constants", {}))
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

    def prefill(self, ids: Any) -> np.ndarray:
        """Run ``ids [B, S]`` after the cached tokens; returns logits ``[B, S, vocab]``."""
        ids = self._check_ids(ids, "prefill")
        chunks = []
        for start in range(0, ids.shape[1], self.max_tokens):
            chunks.append(self._run("prefill", ids[:, start:start + self.max_tokens]))
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
        if ids.shape[1] + max_new_tokens - 1 > self.max_seq:
            raise RuntimeLimitError(
                f"prompt of {ids.shape[1]} tokens + {max_new_tokens} new tokens exceeds the KV "
                f"capacity of {self.max_seq} (max_seq)")
        pick = sampler or (lambda logits: np.argmax(logits, axis=-1))
        out: list[list[int]] = [[] for _ in range(ids.shape[0])]
        if max_new_tokens == 0:
            return out[0] if single else out
        logits = self.prefill(ids)[:, -1]
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
        low, high = int(array.min()), int(array.max())
        if low < 0 or high >= self.vocab:
            bad = low if low < 0 else high
            raise RuntimeLimitError(f"{what}: token id {bad} is outside the vocabulary [0, {self.vocab})")
        if self.past + array.shape[1] > self.max_seq:
            raise RuntimeLimitError(
                f"{what}: {self.past} cached + {array.shape[1]} new tokens exceed the KV capacity "
                f"of {self.max_seq} (max_seq); call reset() or compile with a larger --max-seq")
        return np.ascontiguousarray(array, dtype=np.int32)

    def _run(self, entry_name: str, ids: np.ndarray) -> np.ndarray:
        entry = self.entries[entry_name]
        seq = ids.shape[1]
        logits = np.empty((self.batch, seq, self.vocab), dtype=np.float32)
        buffers = {"input_ids": ids, "logits": logits, **self.caches}
        entry.call(buffers, {"SEQ": seq, "PAST_SEQ": self.past, "MAX_SEQ": self.max_seq})
        self.past += seq
        return logits
