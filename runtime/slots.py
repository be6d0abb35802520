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

from rlx.runtime.errors import RuntimeLimitError, ShapeError
from rlx.runtime.session import Session


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
        ids = np.asarray(ids)
        if ids.ndim != 1 or not 1 <= ids.size <= self.chunk:
            raise RuntimeLimitError(f"prefill: a chunk is 1-D with 1 to {self.chunk} token ids, "
                                    f"got shape {list(ids.shape)}")
        return session.prefill(ids.reshape(1, -1), last_only=True)[0, -1]

    def decode(self, slots: Sequence[int] | np.ndarray, tokens: Sequence[int] | np.ndarray) -> np.ndarray:
        slots, tokens = check_step(slots, tokens, self.slots, "decode")
        return np.stack([self.sessions[s].decode(np.array([[t]]))[0, 0] for s, t in zip(slots, tokens)])
