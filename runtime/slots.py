"""Slots: several independent sequences over one compiled model, for a server's scheduler.

A *slot* holds one sequence's KV cache rows. :class:`SlotEngine` is what a scheduler
drives: append a chunk of prompt to one slot (``prefill``), advance any set of slots by
one token each in one call (``decode``), and free a slot (``reset``) without touching
the others. Each slot sits at its own position; ``lengths()`` says how many tokens each
one holds.

:class:`SessionSlots` serves the contract with one batch-1 :class:`Session` per slot (one
native call per slot and step); the compiled batched decode replaces it where the model
has one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np

from rlx.runtime.abi import MAX_SEQ, PAST_SEQ, ROWS, SEQ, SLOTS, Manifest, as_manifest
from rlx.runtime.arguments import DTYPES, MAX_SYMBOL, aligned_empty, allocate
from rlx.runtime.errors import RuntimeLimitError, ShapeError
from rlx.runtime.native_entry import NativeEntry, WeightBinder
from rlx.runtime.session import (
    Session,
    _Exclusive,
    check_positions,
    check_session_memory,
    exclusive,
    prefill_chunk,
    stop_ids,
)
from rlx.runtime.symbolic import parse_shape

#: the entries a slotted model runs: a prompt chunk into one slot, one step of many slots
SLOT_ENTRIES = ("prefill_last", "decode_slots")


class SlotEngine(Protocol):
    """What a scheduler needs from a model: ``slots`` sequences of up to ``max_seq``
    tokens each; ``chunk`` is the most prompt tokens one ``prefill`` call takes."""

    slots: int
    max_seq: int
    vocab: int
    chunk: int
    eos_token_ids: tuple[int, ...]

    def lengths(self) -> np.ndarray:
        """Tokens held per slot, ``int64 [slots]``."""

    def reset(self, slot: int) -> None:
        """Empty ``slot`` (its next prefill starts at position 0)."""

    def prefill(self, slot: int, ids: Sequence[int] | np.ndarray) -> np.ndarray:
        """Append ``ids`` (1-D, at most ``chunk`` of them) to ``slot``; returns the logits
        of the last one, ``float32 [vocab]``."""

    def decode(self, slots: Sequence[int] | np.ndarray, tokens: Sequence[int] | np.ndarray) -> np.ndarray:
        """Append ``tokens[i]`` to ``slots[i]`` (distinct slots), in one step; returns
        ``float32 [len(slots), vocab]``."""


def check_slot(slot: Any, slots: int, what: str) -> int:
    if not isinstance(slot, (int, np.integer)) or isinstance(slot, bool) or not 0 <= slot < slots:
        raise ShapeError(f"{what}: slot {slot!r} is not one of the {slots} slots [0, {slots})")
    return int(slot)


def check_step(slots: Any, tokens: Any, n_slots: int, what: str) -> tuple[np.ndarray, np.ndarray]:
    """``slots`` and ``tokens`` of one decode step as int arrays: 1-D, equal lengths,
    distinct slots within ``[0, n_slots)``."""
    s = np.asarray(slots)
    t = np.asarray(tokens)
    if s.ndim != 1 or t.shape != s.shape or not 1 <= s.size <= n_slots:
        raise ShapeError(f"{what}: slots and tokens must be 1-D of one length in [1, {n_slots}], "
                         f"got shapes {list(s.shape)} and {list(t.shape)}")
    if s.dtype.kind not in "iu" or t.dtype.kind not in "iu":
        raise ShapeError(f"{what}: slots and tokens must be integers, got {s.dtype} and {t.dtype}")
    if s.min() < 0 or s.max() >= n_slots:
        raise ShapeError(f"{what}: slot {int(s.max() if s.max() >= n_slots else s.min())} is not one "
                         f"of the {n_slots} slots [0, {n_slots})")
    if np.unique(s).size != s.size:
        raise ShapeError(f"{what}: a slot appears twice in one step ({s.tolist()})")
    return s.astype(np.int64), t.astype(np.int64)


class SessionSlots:
    """A :class:`SlotEngine` over one batch-1 :class:`Session` per slot."""

    def __init__(self, sessions: Sequence[Session]):
        if not sessions:
            raise ShapeError("SessionSlots needs at least one session")
        first = sessions[0]
        for s in sessions:
            if s.batch != 1:
                raise ShapeError(f"SessionSlots needs batch-1 sessions, got batch {s.batch}")
        self.sessions = list(sessions)
        self.slots = len(self.sessions)
        self.max_seq = first.max_seq
        self.vocab = first.vocab
        self.chunk = first.max_tokens
        self.eos_token_ids = first.eos_token_ids

    def lengths(self) -> np.ndarray:
        return np.array([s.past for s in self.sessions], dtype=np.int64)

    def reset(self, slot: int) -> None:
        self.sessions[check_slot(slot, self.slots, "reset")].reset()

    def prefill(self, slot: int, ids: Sequence[int] | np.ndarray) -> np.ndarray:
        session = self.sessions[check_slot(slot, self.slots, "prefill")]
        return session.prefill(check_chunk(ids, self.chunk), last_only=True)[0, -1]

    def decode(self, slots: Sequence[int] | np.ndarray, tokens: Sequence[int] | np.ndarray) -> np.ndarray:
        slots, tokens = check_step(slots, tokens, self.slots, "decode")
        return np.stack([self.sessions[s].decode(np.array([[t]]))[0, 0] for s, t in zip(slots, tokens)])


def check_chunk(ids: Any, chunk: int) -> np.ndarray:
    """A prompt chunk as ``int32 [1, n]``: 1-D integers, 1 to ``chunk`` of them."""
    array = np.asarray(ids)
    if array.ndim != 1 or not 1 <= array.size <= chunk or (array.dtype.kind not in "iu"):
        raise ShapeError(f"prefill: a chunk is 1-D with 1 to {chunk} integer token ids, "
                         f"got {array.dtype} of shape {list(array.shape)}")
    return np.ascontiguousarray(array.reshape(1, -1), dtype=np.int32)


class CompiledSlots:
    """A :class:`SlotEngine` over a model with the ``decode_slots`` entry: ``slots``
    sequences of up to ``max_seq`` tokens in one set of KV caches; one native call per
    prompt chunk and per decode step of any set of slots."""

    def __init__(self, manifest: Manifest | dict, resolve, weights: Any, max_seq: int, slots: int,
                 keepalive: Any = None, prepacked: dict | None = None,
                 eos_token_ids: int | Sequence[int] | None = None):
        manifest = as_manifest(manifest)
        missing = [n for n in SLOT_ENTRIES if n not in manifest.entries]
        if missing:
            raise ShapeError(f"the model has no {' or '.join(missing)} entry point: compile it with the "
                             f"slotted decode (rlxc compile --slots, rlxc.load(..., slots=N))")
        if int(manifest.batch) != 1:
            raise ShapeError(f"a slotted model is compiled for batch 1, this one for batch {manifest.batch}")
        for what, value in (("max_seq", max_seq), ("slots", slots)):
            if not isinstance(value, (int, np.integer)) or isinstance(value, bool) or not 1 <= value <= MAX_SYMBOL:
                raise RuntimeLimitError(f"{what} must be an integer in [1, {MAX_SYMBOL}], got {value!r}")
        self.manifest, self.keepalive = manifest, keepalive
        self._exclusive = _Exclusive("slot engine")
        self.slots, self.max_seq, self.vocab = int(slots), int(max_seq), int(manifest.vocab_size)
        self.eos_token_ids = stop_ids(manifest.eos_token_ids or () if eos_token_ids is None else eos_token_ids,
                                      self.vocab, "eos_token_ids")
        specs = {n: manifest.entries[n] for n in SLOT_ENTRIES}
        rows = specs["decode_slots"].bound(ROWS)
        if rows is not None and self.slots > rows:
            raise RuntimeLimitError(f"{self.slots} slots exceed the {rows} rows per decode step the model was "
                                    f"compiled for")
        check_positions(manifest, self.max_seq)
        check_session_memory(manifest, self.max_seq, prepacked or {}, {SLOTS: self.slots}, SLOT_ENTRIES)
        self.chunk = prefill_chunk(int(manifest.max_tokens), [specs["prefill_last"]])
        binder = WeightBinder(weights, manifest.constants, prepacked)
        self.entries = {n: NativeEntry(s, resolve(f"{n}_packed"), binder) for n, s in specs.items()}
        arena = aligned_empty(max(s.arena_bytes for s in specs.values()))
        for entry in self.entries.values():
            entry.use_arena(arena)
        symbols = {MAX_SEQ: self.max_seq, SLOTS: self.slots}
        self.caches = {a.name: allocate(tuple(d.evaluate(symbols) for d in parse_shape(a.shape)), DTYPES[a.dtype],
                                        f"the KV cache '{a.name}'")
                       for a in specs["decode_slots"].by_role("kv_cache")}
        self.entries["decode_slots"].bind_fixed(self.caches, symbols)
        self.views = [{n: c[s:s + 1] for n, c in self.caches.items()} for s in range(self.slots)]
        self.lens = np.zeros(self.slots, dtype=np.int64)

    def lengths(self) -> np.ndarray:
        return self.lens.copy()

    @exclusive
    def reset(self, slot: int) -> None:
        self.lens[check_slot(slot, self.slots, "reset")] = 0

    @exclusive
    def prefill(self, slot: int, ids: Sequence[int] | np.ndarray) -> np.ndarray:
        slot = check_slot(slot, self.slots, "prefill")
        ids = check_chunk(ids, self.chunk)
        past, n = int(self.lens[slot]), ids.shape[1]
        if past + n > self.max_seq:
            raise RuntimeLimitError(f"prefill: slot {slot} holds {past} tokens; {n} more exceed the KV "
                                    f"capacity of {self.max_seq} (max_seq)")
        logits = allocate((1, 1, self.vocab), np.float32, "the logits", fill=False)
        self.entries["prefill_last"].call({"input_ids": ids, "logits": logits, **self.views[slot]},
                                          {SEQ: n, PAST_SEQ: past, MAX_SEQ: self.max_seq})
        self.lens[slot] += n
        return logits[0, 0]

    @exclusive
    def decode(self, slots: Sequence[int] | np.ndarray, tokens: Sequence[int] | np.ndarray) -> np.ndarray:
        slots, tokens = check_step(slots, tokens, self.slots, "decode")
        positions = self.lens[slots]
        full = slots[positions >= self.max_seq]
        if full.size:
            raise RuntimeLimitError(f"decode: slot {int(full[0])} is full (max_seq {self.max_seq} tokens)")
        logits = allocate((slots.size, 1, self.vocab), np.float32, "the logits", fill=False)
        buffers = {"input_ids": tokens.astype(np.int32).reshape(-1, 1), "slot_ids": slots.astype(np.int32),
                   "positions": positions.astype(np.int32), "logits": logits, **self.caches}
        self.entries["decode_slots"].call(buffers, {ROWS: slots.size, SLOTS: self.slots,
                                                    PAST_SEQ: int(positions.max()), MAX_SEQ: self.max_seq})
        self.lens[slots] += 1
        return logits[:, 0]


def open_slots(manifest: Manifest, resolve, weights: Any, max_seq: int, slots: int, keepalive: Any = None,
               prepacked: dict | None = None, eos_token_ids: Any = None) -> SlotEngine:
    """The model as a :class:`SlotEngine`: :class:`CompiledSlots` when it has the slotted
    decode, else :class:`SessionSlots` over sessions that share its code and weights."""
    if all(n in manifest.entries for n in SLOT_ENTRIES):
        return CompiledSlots(manifest, resolve, weights, max_seq, slots, keepalive, prepacked, eos_token_ids)
    return SessionSlots([Session(manifest, resolve, weights, max_seq, keepalive=keepalive, prepacked=prepacked,
                                 eos_token_ids=eos_token_ids) for _ in range(slots)])
