"""``rlxc serve`` as a command: one-line errors, and SIGTERM (finish what is in flight,
exit 0); the drain deadline (what is still running then is cancelled)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from conftest import FIXTURES, ROOT

pytest.importorskip("fastapi", reason="the server tests need the serve extra (pip install 'rlx[serve]')")

import httpx  # noqa: E402

from serving import NAME, start_server  # noqa: E402


def rlxc(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rlxc.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)


@pytest.mark.parametrize("flags,phrase", [
    (["--slots", "0"], "--slots must be at least 1"),
    (["--queue", "-1"], "--queue must be at least 0"),
    (["--port", "70000"], "--port must be in [0, 65535]"),
    (["--max-seq", "0"], "--max-seq must be at least 1"),
    (["--chunk", "0"], "--chunk must be at least 1"),
    (["--threads", "0"], "--threads must be at least 1"),
    (["--tuning", "/no/such/tuning.json", "--port", "0"], "tuning record '/no/such/tuning.json' does not exist"),
    (["--target", "no-such-cpu", "--port", "0"], "no-such-cpu"),
])
def test_bad_flags_are_one_line_errors(flags, phrase):
    out = rlxc("serve", str(FIXTURES["tiny-qwen3"]), *flags)
    assert out.returncode == 1 and out.stderr.strip() == f"error: {phrase}" or phrase in out.stderr, out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr


def test_without_the_serve_extra_it_says_what_to_install(monkeypatch, capsys):
    import importlib.util

    from rlxc.cli import main

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "fastapi" else real(name, *a))
    assert main(["serve", str(FIXTURES["tiny-qwen3"])]) == 1
    assert capsys.readouterr().err.strip() == "error: rlxc serve needs fastapi: pip install 'rlx[serve]'"


def test_a_port_in_use_is_a_one_line_error():
    from rlxc.serve.server import listen

    taken = listen("127.0.0.1", 0)
    try:
        out = rlxc("serve", str(FIXTURES["tiny-qwen3"]), "--port", str(taken.getsockname()[1]))
    finally:
        taken.close()
    assert out.returncode == 1 and out.stderr.startswith("error: cannot listen on 127.0.0.1:"), out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_sigterm_finishes_the_requests_in_flight_and_exits_0():
    proc = subprocess.Popen([sys.executable, "-m", "rlxc.cli", "serve", str(FIXTURES["tiny-qwen3"]), "--port", "0",
                             "--max-seq", "96", "--chunk", "16", "--slots", "2"],
                            cwd=ROOT, stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        url = None
        deadline = time.monotonic() + 120
        while url is None and time.monotonic() < deadline:
            line = proc.stderr.readline()
            if not line:
                break
            if line.startswith("rlxc serve: "):
                url = line.split()[2]
        assert url, "the server did not announce itself"
        body = {"model": NAME, "prompt": [1, 2, 3], "max_tokens": 90, "temperature": 0, "stream": True}
        with httpx.stream("POST", url + "/completions", json=body, timeout=30) as response:
            lines = response.iter_lines()
            assert next(line for line in lines if line.startswith("data:"))
            proc.send_signal(signal.SIGTERM)
            rest = [line for line in lines if line]
        assert rest[-1] == "data: [DONE]"  # the stream in flight ran to its end
        assert json.loads([line for line in rest if line.startswith("data: {")][-1][6:])["choices"][0][
            "finish_reason"] == "length"
        assert proc.wait(30) == 0
        with pytest.raises(httpx.ConnectError):
            httpx.get(url.removesuffix("/v1") + "/health")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stderr.close()


def test_the_drain_deadline_cancels_what_is_left():
    running = start_server(slots=2, max_seq=96, chunk=16, queue=2, shutdown_timeout=0.3)
    body = {"model": NAME, "prompt": [1, 2, 3], "max_tokens": 90, "temperature": 0, "stream": True}
    seen: list[str] = []

    def client() -> None:
        try:
            with httpx.stream("POST", running.url + "/v1/completions", json=body, timeout=30) as response:
                seen.extend(response.iter_lines())
        except httpx.HTTPError as err:  # the connection ends without [DONE]
            seen.append(type(err).__name__)

    with running.slowed(0.05):  # 90 tokens take 4.5 s, beyond the 0.3 s deadline
        thread = threading.Thread(target=client)
        thread.start()
        while running.scheduler.snapshot()["tokens"] == 0:
            time.sleep(0.01)
        started = time.monotonic()
        running.stop()
        assert time.monotonic() - started < 3
        thread.join(10)
    assert "data: [DONE]" not in seen
    stats = running.scheduler.snapshot()
    assert stats["busy"] == 0 and stats["finished"]["cancelled"] == 1
    assert (running.scheduler.engine.lengths() == 0).all()


def test_target_threads_and_tuning_reach_the_engine(monkeypatch):
    """`rlxc serve --target --threads --tuning` compile the served model as `rlxc compile`'s flags do."""
    import rlxc.serve.engine as engine
    from rlx.runtime.errors import RlxError
    from rlxc.cli import main

    seen = {}

    def open_engine(model, slots, **options):
        seen.update(options)
        raise RlxError("stopped before compiling")

    monkeypatch.setattr(engine, "open_engine", open_engine)
    assert main(["serve", str(FIXTURES["tiny-qwen3"]), "--port", "0", "--target", "x86-64-v3", "--threads", "1",
                 "--tuning", "none"]) == 1
    assert (seen["target"], seen["threads"], seen["tuning"]) == ("x86-64-v3", 1, "none")
    options = engine.engine_options(target="x86-64-v3", threads=1, tuning="none")
    assert options.profile.tuning == "" and options.profile.target == "x86-64-v3"  # none: the built-in choices
