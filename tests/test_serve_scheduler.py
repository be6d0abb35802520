"""The scheduler (rlx.runtime.scheduler) on the bundled model, without a server: every
greedy or seeded request gives what it gives alone through Session.generate, a step
runs at most one prefill chunk, ended and cancelled requests free their slots."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from conftest import FIXTURES
from rlx.runtime.errors import RlxError, RuntimeLimitError
from rlx.runtime.sampling import Sampler
from rlx.runtime.scheduler import (CANCELLED, LENGTH, STOP, QueueFullError, Request, Scheduler,
                                   SchedulerClosedError)

MAX_SEQ = 64
CHUNK = 8
SLOTS = 3


@pytest.fixture(scope="module", params=["compiled", "sessions"])
def engine(request):
    from rlxc.serve.engine import open_engine

    return open_engine(FIXTURES["tiny-qwen3"], SLOTS, max_seq=MAX_SEQ, chunk=CHUNK, kind=request.param)


@pytest.fixture(scope="module")
def reference():
    """A session of its own, compiled like the engine's (the same prefill chunks)."""
    from rlxc.serve.engine import open_session

    return open_session(FIXTURES["tiny-qwen3"], max_seq=MAX_SEQ, chunk=CHUNK)


class Recorder:
    """A request's tokens and end, as the scheduler reports them."""

    def __init__(self):
        self.tokens: list[int] = []
        self.ended: tuple[str, str | None] | None = None

    def request(self, prompt, max_tokens, **kw) -> Request:
        return Request(prompt, max_tokens, on_token=self.tokens.append,
                       on_finish=lambda reason, message: setattr(self, "ended", (reason, message)), **kw)


class CountingEngine:
    """The engine, recording each step's prefill tokens and decoded slots."""

    def __init__(self, engine):
        self.inner = engine
        self.log: list[tuple[str, int]] = []
        for name in ("slots", "max_seq", "vocab", "chunk", "eos_token_ids"):
            setattr(self, name, getattr(engine, name))

    def lengths(self):
        return self.inner.lengths()

    def reset(self, slot):
        self.log.append(("reset", slot))
        self.inner.reset(slot)

    def prefill(self, slot, ids):
        self.log.append(("prefill", len(ids)))
        return self.inner.prefill(slot, ids)

    def decode(self, slots, tokens):
        self.log.append(("decode", len(slots)))
        return self.inner.decode(slots, tokens)


def prompts(n: int, seed: int = 0) -> list[list[int]]:
    rng = np.random.default_rng(seed)
    return [rng.integers(0, 1024, size=int(rng.integers(1, 3 * CHUNK + 3))).tolist() for _ in range(n)]


def test_greedy_and_seeded_requests_give_what_they_give_alone(engine, reference):
    scheduler = Scheduler(engine, queue_limit=16)
    asks = [(p, 5 + i % 7, (i % 3 == 0)) for i, p in enumerate(prompts(10))]
    recorders = []
    for prompt, max_tokens, sampled in asks:
        r = Recorder()
        sampler = Sampler(0.8, 20, 0.9, seed=len(prompt)) if sampled else None
        scheduler.submit(r.request(prompt, max_tokens, sampler=sampler))
        recorders.append(r)
    scheduler.run_until_idle()
    for (prompt, max_tokens, sampled), r in zip(asks, recorders):
        sampler = Sampler(0.8, 20, 0.9, seed=len(prompt)) if sampled else None
        assert r.tokens == reference.generate(prompt, max_tokens, sampler=sampler)
        assert r.ended == (LENGTH, None)
    assert (engine.lengths() == 0).all()


def test_a_step_runs_at_most_one_prefill_chunk_then_one_decode(engine):
    counting = CountingEngine(engine)
    scheduler = Scheduler(counting)
    for prompt in ([1, 2, 3], [4, 5], [7] * (4 * CHUNK)):
        scheduler.submit(Recorder().request(prompt, 12))
    while not scheduler.idle():
        before = len(counting.log)
        scheduler.step()
        kinds = [kind for kind, _ in counting.log[before:] if kind != "reset"]
        assert kinds in ([], ["prefill"], ["decode"], ["prefill", "decode"])
    # the long prompt's 4 chunks ran between decode steps of the two short requests
    long_chunks = [i for i, (kind, n) in enumerate(counting.log) if kind == "prefill" and n == CHUNK]
    assert len(long_chunks) == 4
    assert all(counting.log[i + 1][0] == "decode" for i in long_chunks)


def test_stop_tokens_end_a_request_and_free_its_slot(engine, reference):
    prompt = [5, 6, 7, 8]
    alone = reference.generate(prompt, 10)
    scheduler = Scheduler(engine)
    r = Recorder()
    scheduler.submit(r.request(prompt, 10, stop_token_ids=[alone[3]]))
    scheduler.run_until_idle()
    assert r.tokens == alone[:alone.index(alone[3]) + 1] and r.ended == (STOP, None)
    assert scheduler.idle() and (engine.lengths() == 0).all()


def test_cancel_frees_the_slot_within_one_step(engine):
    scheduler = Scheduler(engine, queue_limit=4)
    running, waiting = Recorder(), Recorder()
    tickets = [scheduler.submit(Recorder().request([1, 2], 40)) for _ in range(SLOTS - 1)]
    ticket = scheduler.submit(running.request([3, 4, 5], 40))
    queued = scheduler.submit(waiting.request([6], 40))
    for _ in range(SLOTS):  # one prompt prefilled per step
        scheduler.step()
    assert running.tokens and ticket.slot is not None
    scheduler.cancel(queued)  # a waiting request ends at once
    assert waiting.ended == (CANCELLED, None) and not waiting.tokens
    slot = ticket.slot
    scheduler.cancel(ticket)
    scheduler.step()
    assert running.ended == (CANCELLED, None) and engine.lengths()[slot] == 0
    for t in tickets:
        scheduler.cancel(t)
    scheduler.step()
    assert scheduler.idle() and (engine.lengths() == 0).all()


def test_a_full_queue_refuses_and_bad_requests_are_one_line_errors(engine):
    scheduler = Scheduler(engine, queue_limit=1)
    for _ in range(SLOTS + 1):
        scheduler.submit(Recorder().request([1], 4))
    with pytest.raises(QueueFullError, match="try again later"):
        scheduler.submit(Recorder().request([1], 4))
    with pytest.raises(RuntimeLimitError, match="exceeds the KV capacity"):
        scheduler.submit(Recorder().request([1] * 60, 10))
    with pytest.raises(RuntimeLimitError, match="outside the vocabulary"):
        scheduler.submit(Recorder().request([1, 1024], 4))
    with pytest.raises(RlxError, match="max_tokens"):
        scheduler.submit(Recorder().request([1], 0))
    with pytest.raises(RlxError, match="non-empty"):
        scheduler.submit(Recorder().request([], 4))
    scheduler.run_until_idle()
    scheduler.close()
    with pytest.raises(SchedulerClosedError):
        scheduler.submit(Recorder().request([1], 4))


def test_the_thread_serves_submissions_from_other_threads_and_stops(engine, reference):
    scheduler = Scheduler(engine, queue_limit=32)
    scheduler.start()
    asks = prompts(12, seed=1)
    results: dict[int, Recorder] = {}

    def client(i: int) -> None:
        r = results[i] = Recorder()
        finished = threading.Event()
        req = r.request(asks[i], 6)
        req.on_finish = lambda reason, message: (setattr(r, "ended", (reason, message)), finished.set())
        scheduler.submit(req)
        finished.wait(60)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(len(asks))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    long_one = Recorder()
    scheduler.submit(long_one.request([1, 2, 3], 60))
    scheduler.stop(timeout=0.0)  # cancels what is in flight
    assert long_one.ended[0] in (CANCELLED, LENGTH)
    assert all(engine.lengths() == 0)
    for i, prompt in enumerate(asks):
        assert results[i].tokens == reference.generate(prompt, 6), i
    stats = scheduler.snapshot()
    assert stats["busy"] == 0 and stats["queue"] == 0 and stats["tokens"] >= 6 * len(asks)
