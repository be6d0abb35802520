"""Running the server: the engine, the scheduler's thread, uvicorn on a socket, and a
graceful stop.

On SIGTERM or SIGINT the server stops accepting (the listening socket closes, new
requests on open connections get 503), lets the requests in flight finish for up to
``shutdown_timeout`` seconds, cancels the rest, and returns: ``rlxc serve`` exits 0.
"""

from __future__ import annotations

import contextlib
import signal
import socket
import sys
import threading
from pathlib import Path
from typing import Any

import uvicorn

from rlxc.serve.app import ServerState, build_app
from rlxc.serve.protocol import Limits
from rlxc.serve.text import load_text_model, model_folder
from rlx.runtime.errors import RlxError
from rlx.runtime.scheduler import Scheduler


def model_name(model: str | Path, name: str | None = None) -> str:
    """The name clients ask for: ``name``, else the model's folder name."""
    return name or model_folder(model).resolve().name


def make_state(engine, model: str | Path, name: str | None = None, queue: int = 64) -> ServerState:
    """The routes' state over ``engine``: its scheduler (not started yet) and the text
    side of the checkpoint at ``model``."""
    limits = Limits(model_name(model, name), engine.max_seq, engine.vocab)
    return ServerState(Scheduler(engine, queue_limit=queue), limits, load_text_model(model))


def listen(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host:port`` (port 0: any free one), or a one-line error."""
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(2048)
    except OSError as err:
        raise RlxError(f"cannot listen on {host}:{port}: {err.strerror or err}") from None
    sock.set_inheritable(True)
    return sock


class GracefulServer(uvicorn.Server):
    """uvicorn's server that closes the scheduler when its shutdown starts, and that
    does not raise the signal that stopped it again once it has stopped (uvicorn does,
    to end the process the default way; ``rlxc serve`` ends with status 0)."""

    def __init__(self, config: uvicorn.Config, state: ServerState):
        super().__init__(config)
        self.state = state

    async def shutdown(self, sockets=None) -> None:
        self.state.scheduler.close()
        await super().shutdown(sockets)

    @contextlib.contextmanager
    def capture_signals(self):
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        previous = {sig: signal.signal(sig, self.handle_exit) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)


def make_server(state: ServerState, shutdown_timeout: float = 30.0, log_level: str = "warning") -> GracefulServer:
    config = uvicorn.Config(build_app(state), lifespan="off", log_level=log_level, access_log=False,
                            timeout_graceful_shutdown=shutdown_timeout, timeout_keep_alive=5)
    return GracefulServer(config, state)


def run(server: GracefulServer, sock: socket.socket, announce: Any = None) -> None:
    """Serve on ``sock`` until a signal (or ``server.should_exit``), then drain and stop
    the scheduler."""
    state = server.state
    state.scheduler.start()
    if announce:
        announce()
    try:
        server.run(sockets=[sock])
    finally:
        state.scheduler.stop(timeout=0.0)
        sock.close()


def serve(model: str, host: str = "127.0.0.1", port: int = 8000, slots: int = 4, max_seq: int | None = None,
          quant: str | None = None, queue: int = 64, name: str | None = None, chunk: int | None = None,
          shutdown_timeout: float = 30.0, engine: str = "compiled", progress: Any = None,
          kv: str | None = None, target: str | None = None, threads: int | None = None,
          tuning: str | None = None) -> None:
    """``rlxc serve``: load, listen, serve until SIGTERM / SIGINT."""
    from rlxc.serve.engine import open_engine

    sock = listen(host, port)  # first: a port in use costs no compile
    slot_engine = open_engine(model, slots, max_seq=max_seq, quant=quant, chunk=chunk, progress=progress,
                              kind=engine, kv=kv, target=target, threads=threads, tuning=tuning)
    state = make_state(slot_engine, model, name, queue)
    where = sock.getsockname()

    def announce() -> None:
        print(f"rlxc serve: http://{host}:{where[1]}/v1 -- model '{state.limits.model}', {slot_engine.slots} slots "
              f"of {slot_engine.max_seq} tokens ({engine} engine), prefill chunk {slot_engine.chunk}, queue {queue}"
              f"{'' if state.text.tokenizer else ' (no tokenizer.json: prompts are token ids)'}",
              file=sys.stderr, flush=True)

    run(make_server(state, shutdown_timeout), sock, announce=announce)
