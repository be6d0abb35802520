"""The one place a server builds its engine: :func:`open_engine`.

Today the slots are :class:`~rlx.runtime.slots.SessionSlots`, one batch-1 session per
slot (one native call per slot and step). The sessions come from the compile cache:
the first load compiles (or finds) the code, the others reuse it, and the packed
weights are one read-only mapping every session shares (``rlx.runtime.weight_cache``),
so the memory per extra slot is its KV cache. The compiled batched engine (one call
advances every slot) replaces this function's body behind the same contract.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def open_engine(model: str | Path, slots: int, max_seq: int | None = None, quant: str | None = None,
                chunk: int | None = None, threads: int | None = None, progress: Any = None):
    """A :class:`~rlx.runtime.slots.SlotEngine` of ``slots`` sequences of ``max_seq``
    tokens for the model at ``model`` (a config.json or its folder), its matmul weights
    stored as ``quant`` (None: the checkpoint's own format); ``chunk``: the most prompt
    tokens one prefill call takes (None: the compiler's default, at most ``max_seq``)."""
    from rlxc.api import load
    from rlxc.profile import CompileOptions
    from rlx.runtime.errors import RlxError
    from rlx.runtime.session import Session
    from rlx.runtime.slots import SessionSlots

    fields = {k: v for k, v in (("precision", quant), ("threads", threads)) if v is not None}
    options = CompileOptions(token_limit=chunk, **fields)
    sessions = []
    for _ in range(slots):
        session = load(model, max_seq=max_seq, options=options, progress=progress if not sessions else None)
        if not isinstance(session, Session):
            raise RlxError(f"{model} holds a single flow, not an LLM with prefill and decode: it cannot be served")
        sessions.append(session)
    return SessionSlots(sessions)
