"""Running compiled models: prefill, decode and generation over one KV cache, for one thread at a time.

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

import functools
import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np

from rlx.runtime.abi import MAX_SEQ, PAST_SEQ, SEQ, Manifest, as_manifest
from rlx.runtime.arguments import (
    DTYPES,
    MAX_SYMBOL,
    aligned_empty,
    allocate,
    check_symbols,
    check_vocab,
    evaluate_dims,
    evaluate_shape,
)
from rlx.runtime.errors import RlxError, RuntimeLimitError, ShapeError, first_line
from rlx.runtime.memory import check_fits, format_bytes
from rlx.runtime.native_entry import NativeEntry, WeightBinder, kernel_elements, param_args
from rlx.runtime.symbolic import parse_shape


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


#: the entries a :class:`Session` runs (a model may have more: ``decode_slots``)
SESSION_ENTRIES = ("prefill", "prefill_last", "decode")


def prefill_chunk(max_tokens: int, specs) -> int:
    """The most tokens one prefill call may take: ``max_tokens``, or less when an entry's
    scratch memory was planned for fewer (its recorded ``SEQ <= c`` constraint)."""
    bounds = [b for b in (s.bound(SEQ) for s in specs) if b is not None]
    return max(1, min([max_tokens, *bounds]))


def stop_ids(value: Any, vocab: int, what: str) -> tuple[int, ...]:
    """End-of-sequence token ids as a tuple: ``value`` is one id or a sequence of ids,
    each an integer in ``[0, vocab)``; an empty sequence means "never stop early"."""
    items = [value] if isinstance(value, (int, np.integer)) else value
    try:
        items = list(items) if not isinstance(items, (str, bytes, Mapping)) else None
    except TypeError:
        items = None
    if items is None:
        raise ShapeError(f"{what} must be a token id or a list of token ids, got {value!r}")
    for t in items:
        if not isinstance(t, (int, np.integer)) or isinstance(t, (bool, np.bool_)):
            raise ShapeError(f"{what} must be a token id or a list of token ids, got {t!r} in it")
        if not 0 <= t < vocab:
            raise RuntimeLimitError(f"{what}: token id {t} is outside the vocabulary [0, {vocab})")
    return tuple(dict.fromkeys(int(t) for t in items))


def check_capacity(prompt_len: int, max_new_tokens: int, max_seq: int) -> None:
    """A prompt and its continuation fit the KV cache (the last new token is never fed back)."""
    if prompt_len + max_new_tokens - 1 > max_seq:
        raise RuntimeLimitError(f"prompt of {prompt_len} tokens + {max_new_tokens} new tokens exceeds "
                                f"the KV capacity of {max_seq} (max_seq)")


def check_positions(manifest: Manifest, max_seq: int) -> None:
    """``max_seq`` within the positions the code has RoPE tables for (``max_positions``)."""
    positions = manifest.max_positions
    if positions is None or max_seq <= positions:
        return
    limit = manifest.config.get("max_position_embeddings")
    why = (f" as compiled (its RoPE tables): recompile it with --max-seq {max_seq}"
           if isinstance(limit, int) and max_seq <= limit else " (max_position_embeddings)")
    raise RuntimeLimitError(f"max_seq {max_seq} exceeds the {positions} positions the model supports{why}")


def check_session_memory(manifest: Manifest, max_seq: int, prepacked: Mapping,
                         symbols: Mapping[str, int] | None = None, entries: Sequence[str] = SESSION_ENTRIES) -> None:
    """What a session allocates (KV caches at ``max_seq``, the weights not mapped from the
    ``.so``, the generated RoPE tables, the scratch arena) checked against the machine's
    memory, before any of it is. ``entries``: those it runs; ``symbols``: the other sizes
    of their KV caches (``SLOTS``)."""
    sizes = {MAX_SEQ: max_seq, **(symbols or {})}
    caches = {a.name: (a.shape, a.dtype) for n in entries if n in manifest.entries
              for a in manifest.entries[n].by_role("kv_cache")}
    kv = sum(np.dtype(DTYPES[dtype]).itemsize * int(np.prod([d.evaluate(sizes) for d in parse_shape(shape)],
                                                              dtype=object))
             for shape, dtype in caches.values())
    params = [a for a in param_args(manifest) if (a.name, a.layout) not in prepacked]
    tables = 4 * sum(kernel_elements(a) for a in params if a.name in manifest.constants)
    weights = 4 * sum(kernel_elements(a) for a in params if a.name not in manifest.constants)
    arena = max((e.arena_bytes for e in manifest.entries.values()), default=0)
    advice = ("its RoPE tables hold the positions it was compiled for: recompile it with a smaller --max-seq"
              if tables > kv + weights else "lower max_seq (--max-seq) or the batch")
    check_fits(kv + weights + tables + arena,
               f"max_seq {max_seq} x batch {manifest.batch}: the session (KV cache {format_bytes(kv)}, weights "
               f"{format_bytes(weights)}, RoPE tables {format_bytes(tables)}, scratch {format_bytes(arena)})", advice)


class Session:
    """A compiled LLM with its KV cache: ``prefill``, ``decode``, ``reset``, ``generate``.

    The manifest holds ``entries`` (``prefill`` and ``decode``), ``constants``,
    ``vocab_size``, ``batch`` and ``max_tokens`` (the most tokens one prefill call
    processes; longer prompts run as several chunks).

    ``eos_token_ids``: the tokens that end a sequence in :meth:`generate` (default: the
    manifest's ``eos_token_ids``, which ``rlxc compile`` reads from generation_config.json
    / config.json; none when it records none).
    """

    def __init__(self, manifest: Manifest | Mapping[str, Any], resolve: Callable[[str], int], weights: Any,
                 max_seq: int, keepalive: Any = None,
                 prepacked: Mapping[tuple[str, str], np.ndarray] | None = None,
                 eos_token_ids: int | Sequence[int] | None = None):
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
        if eos_token_ids is None:
            eos_token_ids = manifest.eos_token_ids or ()
        self.eos_token_ids = stop_ids(eos_token_ids, self.vocab, "eos_token_ids")
        check_positions(manifest, self.max_seq)
        check_session_memory(manifest, self.max_seq, prepacked or {})
        binder = WeightBinder(weights, manifest.constants, prepacked)
        specs = {n: s for n, s in manifest.entries.items() if n in SESSION_ENTRIES}
        self.max_tokens = prefill_chunk(int(manifest.max_tokens), specs.values())
        self.entries = {n: NativeEntry(s, resolve(f"{n}_packed"), binder) for n, s in specs.items()}
        arena = aligned_empty(max(s.arena_bytes for s in specs.values()))
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
                    caches[a.name] = allocate(shape, DTYPES[a.dtype], f"the KV cache '{a.name}'")
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
                 on_token: Callable[[list[int | None]], None] | None = None,
                 eos_token_ids: int | Sequence[int] | None = None) -> list:
        """Greedy (or ``sampler``) continuation of a fresh prompt; returns new token ids.

        A 1-D prompt gives a list of ints; a ``[B, S]`` prompt a list per sequence.
        A sequence ends after it produces one of ``eos_token_ids`` (default: the
        session's, :attr:`eos_token_ids`; ``[]``: never, run ``max_new_tokens``), which
        is the last id of its list. Each sequence of a batch stops on its own: a finished
        one appends nothing more, and the call returns when every sequence has finished
        or ``max_new_tokens`` steps have run. Until then a finished sequence keeps being
        fed its last token (every call serves the whole batch) and what it computes is
        discarded; a sampler still draws for it, so the others draw what they would
        without it. ``on_token`` gets each step's token per sequence, ``None`` for a
        sequence that had finished before the step."""
        prompt = _as_array(prompt_ids, "generate: prompt_ids")
        single = prompt.ndim == 1
        ids = prompt.reshape(1, -1) if single else prompt
        if not isinstance(max_new_tokens, (int, np.integer)) or isinstance(max_new_tokens, bool) \
                or max_new_tokens < 0:
            raise RuntimeLimitError(f"max_new_tokens must be an integer >= 0, got {max_new_tokens!r}")
        stops = self.eos_token_ids if eos_token_ids is None else \
            stop_ids(eos_token_ids, self.vocab, "generate: eos_token_ids")
        self.reset()
        ids = self._check_ids(ids, "generate")
        check_capacity(ids.shape[1], max_new_tokens, self.max_seq)
        pick = sampler or (lambda logits: np.argmax(logits, axis=-1))
        out: list[list[int]] = [[] for _ in range(ids.shape[0])]
        if max_new_tokens == 0:
            return out[0] if single else out
        done = np.zeros(ids.shape[0], dtype=bool)
        stop = np.asarray(stops, dtype=np.int64)
        last = np.zeros(ids.shape[0], dtype=np.int64)
        logits = self.prefill(ids, last_only=True)[:, -1]
        for step in range(max_new_tokens):
            token = np.asarray(pick(logits), dtype=np.int64).reshape(-1)
            if token.shape != done.shape:
                raise ShapeError(f"generate: the sampler returned {token.size} token ids for "
                                 f"{done.size} sequences")
            check_vocab(token, self.vocab, "generate: the sampler")
            live = ~done
            last[live] = token[live]
            for row, t, alive in zip(out, last, live):
                if alive:
                    row.append(int(t))
            done |= live & np.isin(last, stop)
            if on_token:
                on_token([int(t) if alive else None for t, alive in zip(last, live)])
            if done.all() or step + 1 == max_new_tokens:
                break
            logits = self.decode(last.reshape(-1, 1))[:, 0]
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
            want = evaluate_dims(shape, symbols)
            if arrays[name].shape != want:
                raise ShapeError(f"{self.spec.name}: input '{name}' has shape {list(arrays[name].shape)}, "
                                 f"expected {list(want)}")
        buffers: dict[str, np.ndarray] = {}
        for a in self.spec.args:
            if a.role == "input":
                buffers[a.name] = np.ascontiguousarray(arrays[a.name], dtype=DTYPES[a.dtype])
            elif a.role == "kv_cache":
                past = arrays[a.name]
                cache = allocate(evaluate_shape(a.shape, symbols), DTYPES[a.dtype], f"the KV cache '{a.name}'")
                cache[:, :past.shape[1]] = past
                buffers[a.name] = cache
            elif a.role == "output":
                buffers[a.name] = allocate(evaluate_shape(a.shape, symbols), np.float32, f"output '{a.name}'",
                                           fill=False)
        self.entry.call(buffers, symbols)
        return {name: buffers[self.spec.kv_outputs.get(name, name)] for name in self.outputs}


