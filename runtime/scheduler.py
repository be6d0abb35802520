"""Continuous batching: many requests served at once on a :class:`~rlx.runtime.slots.SlotEngine`.

A request waits in a bounded queue until a slot is free, then its prompt is prefilled
into that slot chunk by chunk and its tokens are decoded one per step until it ends
(an end-of-sequence or stop token, ``max_tokens``, or a cancel). Each :meth:`Scheduler.step`
runs at most one prefill chunk (of the oldest request still reading its prompt) and
then one batched decode of every slot that is generating, so a long prompt delays the
others by at most one chunk per token. A request that ends frees its slot
(``engine.reset``) in the step it ends in; one cancelled from another thread frees it
at the start of the next step. Python work per step is O(slots): the math is the
engine's native code, numpy only picks the tokens.

The engine serves one thread at a time, so one thread runs the steps
(:meth:`Scheduler.start`); :meth:`submit` and :meth:`cancel` may be called from any
thread. A request's ``on_token(id)`` and ``on_finish(reason, message)`` run on the
scheduler's thread: they must be quick (a server hands them to its event loop).
"""

from __future__ import annotations

import itertools
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from rlx.runtime.arguments import check_vocab
from rlx.runtime.errors import RlxError, RuntimeLimitError, ShapeError, first_line
from rlx.runtime.session import check_capacity

#: why a request ended (``on_finish``'s ``reason``)
STOP, LENGTH, CANCELLED, ERROR = "stop", "length", "cancelled", "error"
#: how many recent times to first token the percentiles are taken over
TTFT_WINDOW = 1024
#: the seconds the tokens/s rate is measured over
RATE_WINDOW = 10.0


class QueueFullError(RuntimeLimitError):
    """Every slot is busy and the waiting queue is full: try again later (HTTP 429)."""


class SchedulerClosedError(RlxError):
    """The scheduler is shutting down and takes no new requests (HTTP 503)."""


def _ignore_token(token: int) -> None:
    return None


def _ignore_finish(reason: str, message: str | None) -> None:
    return None


@dataclass
class Request:
    """One generation. ``sampler``: logits ``[1, vocab]`` -> ids ``[1]`` (a
    :class:`~rlx.runtime.sampling.Sampler`, its own random stream); None is greedy.
    The request ends after a token of ``stop_token_ids`` or of the engine's
    ``eos_token_ids`` (unless ``ignore_eos``), which is passed to ``on_token`` as the
    last one."""

    prompt: Sequence[int] | np.ndarray
    max_tokens: int
    sampler: Callable[[np.ndarray], np.ndarray] | None = None
    stop_token_ids: Sequence[int] = ()
    ignore_eos: bool = False
    on_token: Callable[[int], Any] = _ignore_token
    on_finish: Callable[[str, str | None], Any] = _ignore_finish


@dataclass(eq=False)
class Ticket:
    """A submitted request, as the scheduler tracks it (pass it to :meth:`Scheduler.cancel`)."""

    id: int
    request: Request
    prompt: np.ndarray
    stops: frozenset[int]
    submitted: float
    state: str = "waiting"  # waiting -> prefill -> decode -> done
    slot: int | None = None
    fed: int = 0  # prompt tokens prefilled
    generated: int = 0
    last: int = 0  # the token to feed next
    cancel_asked: bool = False


@dataclass
class Stats:
    """Counters of a scheduler's life (read with :meth:`Scheduler.snapshot`)."""

    tokens: int = 0
    prompt_tokens: int = 0
    steps: int = 0
    finished: dict[str, int] = field(default_factory=lambda: dict.fromkeys((STOP, LENGTH, CANCELLED, ERROR), 0))
    rejected: int = 0
    ttft: deque = field(default_factory=lambda: deque(maxlen=TTFT_WINDOW))
    ttft_sum: float = 0.0
    ttft_count: int = 0
    recent: deque = field(default_factory=deque)  # (time, tokens) of the steps of the last RATE_WINDOW s
    #: (end time, tokens, seconds) of the recent prefill chunks: what a long prompt costs the others
    chunks: deque = field(default_factory=lambda: deque(maxlen=TTFT_WINDOW))
    chunk_sum: float = 0.0
    chunk_count: int = 0


def check_request(request: Request, engine) -> tuple[np.ndarray, frozenset[int]]:
    """The prompt as ``int64 [S]`` and the ids that end the request, or a one-line
    error: an empty prompt, ids outside the vocabulary, more than fits a slot."""
    prompt = np.asarray(request.prompt)
    if prompt.ndim != 1 or prompt.size < 1 or prompt.dtype.kind not in "iu":
        raise ShapeError(f"a prompt is a non-empty list of token ids, got shape {list(prompt.shape)} "
                         f"of {prompt.dtype}")
    check_vocab(prompt, engine.vocab, "prompt")
    tokens = request.max_tokens
    if not isinstance(tokens, (int, np.integer)) or isinstance(tokens, bool) or tokens < 1:
        raise RuntimeLimitError(f"max_tokens must be an integer >= 1, got {tokens!r}")
    check_capacity(prompt.size, int(tokens), engine.max_seq)
    stops = np.asarray(list(request.stop_token_ids), dtype=np.int64)
    if stops.size:
        check_vocab(stops, engine.vocab, "stop_token_ids")
    eos = () if request.ignore_eos else tuple(engine.eos_token_ids)
    return prompt.astype(np.int64), frozenset(int(t) for t in (*stops.tolist(), *eos))


def pick_token(ticket: Ticket, logits: np.ndarray) -> int:
    """The next token of ``ticket`` from its logits ``[vocab]``."""
    sampler = ticket.request.sampler
    if sampler is None:
        return int(np.argmax(logits))
    return int(np.asarray(sampler(logits[None])).reshape(-1)[0])


class Scheduler:
    """Serves :class:`Request` s on ``engine`` (a SlotEngine); at most ``queue_limit``
    wait for a slot beyond those that are free."""

    def __init__(self, engine, queue_limit: int = 64, clock: Callable[[], float] = time.perf_counter):
        if not isinstance(queue_limit, int) or queue_limit < 0:
            raise RuntimeLimitError(f"the queue length must be an integer >= 0, got {queue_limit!r}")
        self.engine = engine
        self.queue_limit = queue_limit
        self.clock = clock
        self.stats = Stats()
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._waiting: deque[Ticket] = deque()  # under the lock
        self._cancels: list[Ticket] = []  # under the lock
        self._busy = 0  # slots held; under the lock
        self._closed = False
        self._abort = False
        self._slots: list[Ticket | None] = [None] * engine.slots  # the scheduler thread's
        self._prefilling: deque[Ticket] = deque()  # the scheduler thread's
        self._thread: threading.Thread | None = None

    # -- any thread
    def submit(self, request: Request) -> Ticket:
        """Queue ``request``; raises a one-line :class:`RlxError` for a bad request,
        :class:`QueueFullError` when full, :class:`SchedulerClosedError` when closed."""
        prompt, stops = check_request(request, self.engine)
        ticket = Ticket(next(self._ids), request, prompt, stops, self.clock())
        with self._lock:
            if self._closed:
                raise SchedulerClosedError("the server is shutting down: it takes no new requests")
            if len(self._waiting) >= self.queue_limit + self.engine.slots - self._busy:
                self.stats.rejected += 1
                raise QueueFullError(f"all {self.engine.slots} slots are busy and {len(self._waiting)} requests "
                                     f"wait (the queue holds {self.queue_limit}): try again later")
            self._waiting.append(ticket)
            self._wake.notify()
        return ticket

    def cancel(self, ticket: Ticket) -> None:
        """End ``ticket`` (reason ``cancelled``): at once while it waits, else its slot is
        freed at the start of the next step. Nothing happens to a request that ended."""
        with self._lock:
            if ticket.state == "done" or ticket.cancel_asked:
                return
            ticket.cancel_asked = True
            if ticket.state == "waiting":
                self._waiting.remove(ticket)
                ticket.state = "done"
            else:
                self._cancels.append(ticket)
                self._wake.notify()
                return
        self._count_end(ticket, CANCELLED)
        _notify_finish(ticket, CANCELLED, None)

    def snapshot(self) -> dict[str, Any]:
        """Gauges and counters for metrics: slots, busy, queue, tokens, tokens/s, ..."""
        s = self.stats
        now = self.clock()
        with self._lock:
            busy, queue = self._busy, len(self._waiting)
            recent = [(t, n) for t, n in s.recent if now - t <= RATE_WINDOW]
            ttft = sorted(s.ttft)
            chunks = sorted(seconds for _, _, seconds in s.chunks)
            finished = dict(s.finished)
        return {"slots": self.engine.slots, "busy": busy, "queue": queue, "queue_limit": self.queue_limit,
                "tokens": s.tokens, "prompt_tokens": s.prompt_tokens, "steps": s.steps,
                "tokens_per_second": sum(n for _, n in recent) / RATE_WINDOW,
                "finished": finished, "rejected": s.rejected,
                "ttft_quantiles": {q: _quantile(ttft, q) for q in (0.5, 0.9, 0.99)},
                "ttft_sum": s.ttft_sum, "ttft_count": s.ttft_count,
                "chunk_quantiles": {q: _quantile(chunks, q) for q in (0.5, 0.9, 0.99)},
                "chunk_sum": s.chunk_sum, "chunk_count": s.chunk_count}

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called (a server that drains answers 503)."""
        return self._closed

    def idle(self) -> bool:
        """No request waits or holds a slot."""
        with self._lock:
            return self._busy == 0 and not self._waiting and not self._cancels

    # -- the thread
    def start(self) -> None:
        """Run the steps on a background thread until :meth:`stop`."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="rlx-scheduler", daemon=True)
            self._thread.start()

    def close(self) -> None:
        """Take no new requests (:meth:`submit` raises :class:`SchedulerClosedError`)."""
        with self._lock:
            self._closed = True

    def stop(self, timeout: float = 0.0) -> None:
        """Close, let the requests in flight finish for up to ``timeout`` seconds, cancel
        the rest and end the thread."""
        self.close()
        deadline = self.clock() + timeout
        while not self.idle() and self.clock() < deadline and self._thread is not None:
            time.sleep(0.01)
        with self._lock:
            self._abort = True
            self._wake.notify()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        else:
            self._cancel_everything()

    def _loop(self) -> None:
        while True:
            with self._lock:
                while not self._abort and self._busy == 0 and not self._waiting and not self._cancels:
                    self._wake.wait()
                if self._abort:
                    break
            try:
                self.step()
            except Exception as err:  # a bug: fail what is in flight, keep serving
                self._fail_everything(f"internal error: {type(err).__name__}: {first_line(err, '')}")
        self._cancel_everything()

    def step(self) -> bool:
        """One step: free the cancelled slots, admit waiting requests into free slots,
        prefill one chunk, decode one token of every generating slot. Returns whether
        it ran the engine."""
        self._free_cancelled()
        self._admit()
        ran = self._prefill_one()
        ran = self._decode_all() or ran
        if ran:
            self.stats.steps += 1
        return ran

    def run_until_idle(self, max_steps: int = 1_000_000) -> None:
        """Step until no request is left (tests and single-threaded use)."""
        for _ in range(max_steps):
            if self.idle():
                return
            self.step()

    # -- steps (the scheduler's thread only)
    def _free_cancelled(self) -> None:
        with self._lock:
            cancels, self._cancels = self._cancels, []
        for ticket in cancels:
            if ticket.state != "done":
                self._end(ticket, CANCELLED)

    def _admit(self) -> None:
        free = [slot for slot, held in enumerate(self._slots) if held is None]
        while free:
            with self._lock:
                if not self._waiting:
                    return
                ticket = self._waiting.popleft()
                ticket.state = "prefill"
                self._busy += 1
            ticket.slot = free.pop(0)
            self._slots[ticket.slot] = ticket
            self._prefilling.append(ticket)

    def _prefill_one(self) -> bool:
        if not self._prefilling:
            return False
        ticket = self._prefilling[0]
        chunk = ticket.prompt[ticket.fed:ticket.fed + self.engine.chunk]
        start = self.clock()
        try:
            logits = self.engine.prefill(ticket.slot, chunk)
        except Exception as err:  # the engine refused: this request fails, the others go on
            self._end(ticket, ERROR, first_line(err))
            return True
        end = self.clock()
        with self._lock:
            self.stats.chunks.append((end, chunk.size, end - start))
            self.stats.chunk_sum += end - start
            self.stats.chunk_count += 1
        ticket.fed += chunk.size
        self.stats.prompt_tokens += chunk.size
        if ticket.fed == ticket.prompt.size:
            self._prefilling.popleft()
            ticket.state = "decode"
            self._emit(ticket, logits)
        return True

    def _decode_all(self) -> bool:
        tickets = [t for t in self._slots if t is not None and t.state == "decode"]
        if not tickets:
            return False
        try:
            logits = self.engine.decode([t.slot for t in tickets], [t.last for t in tickets])
        except Exception as err:
            for ticket in tickets:
                self._end(ticket, ERROR, first_line(err))
            return True
        for ticket, row in zip(tickets, logits):
            self._emit(ticket, row)
        return True

    def _emit(self, ticket: Ticket, logits: np.ndarray) -> None:
        """Pick ``ticket``'s next token, hand it over, and end the request if it should."""
        try:
            token = pick_token(ticket, logits)
            check_vocab(np.array([token]), self.engine.vocab, "the sampler")
        except Exception as err:
            self._end(ticket, ERROR, first_line(err))
            return
        if ticket.cancel_asked:  # cancelled while this step ran: its caller wants no more tokens
            self._end(ticket, CANCELLED)
            return
        ticket.last = token
        ticket.generated += 1
        now = self.clock()
        self._count_token(ticket, now)
        try:
            ticket.request.on_token(token)
        except Exception as err:  # the caller's callback failed: end its request only
            self._end(ticket, ERROR, f"on_token: {first_line(err)}")
            return
        if token in ticket.stops:
            self._end(ticket, STOP)
        elif ticket.generated >= ticket.request.max_tokens:
            self._end(ticket, LENGTH)

    def _count_token(self, ticket: Ticket, now: float) -> None:
        with self._lock:  # snapshot() reads these from another thread
            self._count_token_locked(ticket, now)

    def _count_token_locked(self, ticket: Ticket, now: float) -> None:
        s = self.stats
        s.tokens += 1
        if ticket.generated == 1:
            s.ttft.append(now - ticket.submitted)
            s.ttft_sum += now - ticket.submitted
            s.ttft_count += 1
        if s.recent and s.recent[-1][0] == now:
            s.recent[-1] = (now, s.recent[-1][1] + 1)
        else:
            s.recent.append((now, 1))
        while s.recent and now - s.recent[0][0] > RATE_WINDOW:
            s.recent.popleft()

    def _end(self, ticket: Ticket, reason: str, message: str | None = None) -> None:
        """Free ``ticket``'s slot (reset, so the next request starts at position 0) and
        tell its caller why it ended."""
        slot = ticket.slot
        if ticket.state == "prefill":
            self._prefilling.remove(ticket)
        ticket.state = "done"
        if slot is not None and self._slots[slot] is ticket:
            self._slots[slot] = None
            try:
                self.engine.reset(slot)
            except Exception as err:  # keep serving; the slot's next prefill reports it
                message = message or f"reset: {first_line(err)}"
            with self._lock:
                self._busy -= 1
        self._count_end(ticket, reason)
        _notify_finish(ticket, reason, message)

    def _count_end(self, ticket: Ticket, reason: str) -> None:
        with self._lock:
            self.stats.finished[reason] += 1

    def _fail_everything(self, message: str) -> None:
        for ticket in list(self._slots):
            if ticket is not None:
                self._end(ticket, ERROR, message)
        self._prefilling.clear()

    def _cancel_everything(self) -> None:
        """End every request still waiting or holding a slot (the scheduler is stopping)."""
        with self._lock:
            waiting, self._waiting = list(self._waiting), deque()
            for ticket in waiting:
                ticket.state = "done"
            self._cancels = []
        for ticket in waiting:
            self._count_end(ticket, CANCELLED)
            _notify_finish(ticket, CANCELLED, "the server is shutting down")
        for ticket in list(self._slots):
            if ticket is not None:
                self._end(ticket, CANCELLED, "the server is shutting down")


def _notify_finish(ticket: Ticket, reason: str, message: str | None) -> None:
    try:
        ticket.request.on_finish(reason, message)
    except Exception:  # a caller's callback must not stop the scheduler
        pass


def _quantile(ordered: Sequence[float], q: float) -> float:
    """The ``q`` quantile of sorted values (nearest rank); NaN when there are none."""
    if not ordered:
        return float("nan")
    return float(ordered[min(len(ordered) - 1, int(q * len(ordered)))])
