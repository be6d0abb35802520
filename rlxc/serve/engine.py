"""The one place a server builds its engine: :func:`open_engine`.

``compiled`` (the default): :class:`~rlx.runtime.slots.CompiledSlots`, the model compiled
with the slotted decode (``rlxc.load(..., slots=N)``): one native call advances every
slot, each at its own position, so the weights are read once per step whatever the
number of slots. ``sessions``: :class:`~rlx.runtime.slots.SessionSlots`, one batch-1
session per slot (one native call per slot and step; they share the code and the
mapped weights). Both serve the same :class:`~rlx.runtime.slots.SlotEngine` contract.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

#: the engines :func:`open_engine` builds
ENGINES = ("compiled", "sessions")


def engine_options(quant: str | None = None, chunk: int | None = None, threads: int | None = None,
                   kv: str | None = None, target: str | None = None, tuning: str | None = None):
    """The compile options of a served model: its weight format, its KV caches' format,
    the CPU its code is for, its measured kernel choices (auto, none or a record's path)
    and at most ``chunk`` prompt tokens per prefill call."""
    from rlxc.profile import CompileOptions

    fields = {k: v for k, v in (("precision", quant), ("threads", threads), ("kv_format", kv), ("target", target),
                                ("tuning", tuning)) if v is not None}
    return CompileOptions(token_limit=chunk, **fields)


def open_engine(model: str | Path, slots: int, max_seq: int | None = None, quant: str | None = None,
                chunk: int | None = None, threads: int | None = None, progress: Any = None,
                kind: str = "compiled", kv: str | None = None, target: str | None = None,
                tuning: str | None = None):
    """A :class:`~rlx.runtime.slots.SlotEngine` of ``slots`` sequences of ``max_seq``
    tokens for the model at ``model`` (a config.json or its folder, or a ``.so``), its
    matmul weights stored as ``quant`` (None: the checkpoint's own format); ``chunk``:
    the most prompt tokens one prefill call takes (None: the compiler's default, at most
    ``max_seq``); ``kind``: one of :data:`ENGINES`; ``kv``: the KV caches' format (None: f32);
    ``target``: the CPU the code is compiled for (None: this host); ``tuning``: as
    ``rlxc compile --tuning`` (None: auto)."""
    from rlxc.api import load
    from rlx.runtime.errors import RlxError
    from rlx.runtime.slots import SessionSlots

    options = engine_options(quant, chunk, threads, kv, target, tuning)
    if kind == "compiled":
        return load(model, max_seq=max_seq, options=options, progress=progress, slots=slots)
    if kind != "sessions":
        raise RlxError(f"unknown engine '{kind}' (choose from {', '.join(ENGINES)})")
    return SessionSlots([open_session(model, max_seq, quant, chunk, threads, progress if i == 0 else None, kv, target,
                                      tuning)
                         for i in range(slots)])


def open_session(model: str | Path, max_seq: int | None = None, quant: str | None = None, chunk: int | None = None,
                 threads: int | None = None, progress: Any = None, kv: str | None = None,
                 target: str | None = None, tuning: str | None = None):
    """One batch-1 :class:`~rlx.runtime.session.Session` compiled like :func:`open_engine`'s
    model (the same prefill chunks): what a request run alone gives."""
    from rlxc.api import load
    from rlx.runtime.errors import RlxError
    from rlx.runtime.session import Session

    session = load(model, max_seq=max_seq, options=engine_options(quant, chunk, threads, kv, target, tuning),
                   progress=progress)
    if not isinstance(session, Session):
        raise RlxError(f"{model} holds a single flow, not an LLM with prefill and decode: it cannot be served")
    return session
