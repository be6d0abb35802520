"""A soak test of ``rlxc serve`` (slow): clients on loopback mix good requests (checked
against Session.generate), streams they drop midway and bad requests, for a bounded
time (``RLX_SOAK_SECONDS``, default 60). It ends with every slot free and the process'
memory where it was after a warm-up; the figures are printed (``pytest -s``)."""

from __future__ import annotations

import gc
import json
import os
import random
import threading
import time
from collections import Counter

import pytest

pytest.importorskip("fastapi", reason="the server tests need the serve extra (pip install 'rlx[serve]')")

import httpx  # noqa: E402

from serving import NAME, reference_session, start_server  # noqa: E402

pytestmark = pytest.mark.slow

MAX_SEQ, CHUNK, SLOTS, CLIENTS = 96, 16, 4, 6
SECONDS = float(os.environ.get("RLX_SOAK_SECONDS", "60"))
MAX_REQUESTS = 100_000  # a bound besides the time
#: RSS may grow this much over the soak (allocator slack), not with the request count
RSS_SLACK = 32 * 2**20
BAD = [b"{", {"model": NAME}, {"model": "x", "prompt": [1]}, {"model": NAME, "prompt": [1], "temperature": -1},
       {"model": NAME, "prompt": [1], "top_p": 2}, {"model": NAME, "prompt": [5000]},
       {"model": NAME, "prompt": [1] * 200}, {"model": NAME, "prompt": [1], "max_tokens": 500}]


def rss() -> int:
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) * 1024 for line in f if line.startswith("VmRSS:"))


class Soak:
    def __init__(self, url: str, references: dict):
        self.url = url
        self.references = references
        self.counts: Counter = Counter()
        self.failures: list[str] = []
        self.lock = threading.Lock()

    def note(self, kind: str, failure: str | None = None) -> None:
        with self.lock:
            self.counts[kind] += 1
            if failure:
                self.failures.append(failure)

    def client(self, seed: int, until: float, budget: int) -> None:
        rng = random.Random(seed)
        prompts = list(self.references)
        with httpx.Client(base_url=self.url, timeout=60) as http:
            for _ in range(budget):
                if time.monotonic() > until:
                    return
                kind = rng.choices(["good", "stream", "drop", "bad"], weights=[4, 3, 2, 1])[0]
                try:
                    getattr(self, kind)(http, rng, prompts)
                except Exception as err:  # counted: the test fails on any
                    self.note("errors", f"{kind}: {type(err).__name__}: {err}")

    def good(self, http, rng, prompts) -> None:
        prompt = rng.choice(prompts)
        r = http.post("/v1/completions", json={"model": NAME, "prompt": list(prompt), "max_tokens": 8,
                                               "temperature": 0})
        ok = r.status_code == 200 and r.json()["choices"][0]["token_ids"] == self.references[prompt]
        self.note("requests", None if ok else f"good: {r.status_code} {r.text[:200]}")

    def stream(self, http, rng, prompts) -> None:
        prompt = rng.choice(prompts)
        body = {"model": NAME, "prompt": list(prompt), "max_tokens": 8, "temperature": 0, "stream": True}
        with http.stream("POST", "/v1/completions", json=body) as r:
            lines = [line for line in r.iter_lines() if line.startswith("data: {")]
        ids = sum((json.loads(line[6:])["choices"][0]["token_ids"] for line in lines), [])
        self.note("requests", None if ids == self.references[prompt] else f"stream: {ids}")

    def drop(self, http, rng, prompts) -> None:
        body = {"model": NAME, "prompt": list(rng.choice(prompts)), "max_tokens": 60, "temperature": 0.7,
                "stream": True}
        with http.stream("POST", "/v1/completions", json=body) as r:
            lines = r.iter_lines()
            for _ in range(rng.randint(1, 6)):
                next(lines, None)
        self.note("disconnects")

    def bad(self, http, rng, prompts) -> None:
        body = rng.choice(BAD)
        r = http.post("/v1/completions", content=body if isinstance(body, bytes) else json.dumps(body),
                      headers={"content-type": "application/json"})
        ok = 400 <= r.status_code < 500 and r.status_code != 429 and "error" in r.json()
        self.note("bad requests", None if ok else f"bad: {r.status_code} {r.text[:200]}")


def test_soak():
    server = start_server(slots=SLOTS, max_seq=MAX_SEQ, chunk=CHUNK, queue=2 * CLIENTS)
    try:
        reference = reference_session(MAX_SEQ, CHUNK)
        rng = random.Random(0)
        prompts = [tuple(rng.randrange(1024) for _ in range(rng.randint(1, 3 * CHUNK + 3))) for _ in range(24)]
        soak = Soak(server.url, {p: reference.generate(list(p), 8) for p in prompts})
        run(soak, seconds=min(5.0, SECONDS / 6), seed=100)  # warm-up: allocator, caches
        assert server.wait_idle(10)
        gc.collect()
        before = rss()
        started = time.monotonic()
        counts_before = Counter(soak.counts)
        run(soak, seconds=SECONDS, seed=0)
        elapsed = time.monotonic() - started
        assert server.wait_idle(10), server.scheduler.snapshot()
        gc.collect()
        after = rss()
        counts = soak.counts - counts_before
        stats = server.scheduler.snapshot()
        print(f"\nsoak: {elapsed:.0f} s, {CLIENTS} clients, {SLOTS} slots: {counts['requests']} requests, "
              f"{counts['disconnects']} disconnects, {counts['bad requests']} bad requests, "
              f"{counts['errors']} errors; {stats['tokens']} tokens generated; "
              f"RSS before {before / 2**20:.1f} MiB, after {after / 2**20:.1f} MiB")
        assert not soak.failures, soak.failures[:5]
        assert stats["busy"] == 0 and stats["queue"] == 0
        assert (server.scheduler.engine.lengths() == 0).all()
        assert after - before < RSS_SLACK
    finally:
        server.stop()


def run(soak: Soak, seconds: float, seed: int) -> None:
    until = time.monotonic() + seconds
    threads = [threading.Thread(target=soak.client, args=(seed + i, until, MAX_REQUESTS // CLIENTS))
               for i in range(CLIENTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 120)
