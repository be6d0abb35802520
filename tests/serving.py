"""A server the tests start on a loopback port: the bundled model, uvicorn on a thread."""

from __future__ import annotations

import contextlib
import threading
import time
from dataclasses import dataclass

from conftest import FIXTURES

MODEL = FIXTURES["tiny-qwen3"]
NAME = "tiny-qwen3"


@dataclass
class RunningServer:
    url: str
    state: object  # rlxc.serve.app.ServerState
    server: object  # rlxc.serve.server.GracefulServer
    thread: threading.Thread

    @property
    def scheduler(self):
        return self.state.scheduler

    def client(self, **kw):
        import openai

        return openai.OpenAI(base_url=self.url + "/v1", api_key="unused", max_retries=0,
                             timeout=kw.pop("timeout", 60), **kw)

    def wait_idle(self, seconds: float = 10.0) -> bool:
        """Whether every slot is free and nothing waits within ``seconds``."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.scheduler.idle():
                return True
            time.sleep(0.005)
        return False

    @contextlib.contextmanager
    def slowed(self, seconds: float):
        """Every decode step takes ``seconds`` longer while the block runs (the tiny
        model is too quick for a test to catch a request in flight)."""
        scheduler = self.scheduler
        fast = scheduler.engine
        scheduler.engine = SlowEngine(fast, seconds)
        try:
            yield
        finally:
            scheduler.engine = fast

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(30)


class SlowEngine:
    """A SlotEngine that sleeps before each decode step."""

    def __init__(self, engine, seconds: float):
        self.inner, self.seconds = engine, seconds

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def decode(self, slots, tokens):
        time.sleep(self.seconds)
        return self.inner.decode(slots, tokens)


def start_server(slots: int = 4, max_seq: int = 96, chunk: int = 16, queue: int = 16,
                 shutdown_timeout: float = 5.0) -> RunningServer:
    """The bundled model served by ``slots`` slots on 127.0.0.1, a free port."""
    from rlxc.serve.engine import open_engine
    from rlxc.serve.server import listen, make_server, make_state, run

    engine = open_engine(MODEL, slots, max_seq=max_seq, chunk=chunk)
    state = make_state(engine, MODEL, NAME, queue)
    sock = listen("127.0.0.1", 0)
    port = sock.getsockname()[1]
    server = make_server(state, shutdown_timeout)
    thread = threading.Thread(target=run, args=(server, sock), name="uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.01)
    return RunningServer(f"http://127.0.0.1:{port}", state, server, thread)


def reference_session(max_seq: int = 96, chunk: int = 16):
    """A session of its own, compiled like the servers' (the same prefill chunks)."""
    from rlxc.serve.engine import open_session

    return open_session(MODEL, max_seq=max_seq, chunk=chunk)
