"""SIGINT and SIGTERM during a command, noted as well as raised.

Python delivers a signal as an exception at the next bytecode, and an exception raised
inside a weakref callback or ``__del__`` (importlib's module-lock callback is one) is
printed and dropped. So the CLI's handlers also note the signal, and the points that
must not go ahead after one (renaming a finished output onto the old one, reporting
success) call :func:`raise_if_received`; the dropped exception is not printed, since it
is raised again there. Nor is any other error of a ``__del__`` once a signal arrived: an
object whose ``__init__`` the signal cut short (llvmlite's ``OutputString`` without its
``_ptr``) fails in its ``__del__``; :func:`quiet_until_exit` keeps that quiet while the
interpreter shuts down after the one line ``error: terminated``."""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
from collections.abc import Iterator


class Terminated(BaseException):
    """SIGTERM, raised in the main thread so that cleanups (temporary files) run."""


_received: int | None = None


def _on_signal(signum, frame) -> None:
    global _received
    _received = signum
    raise_if_received()


def _unraisable(hook):
    """``sys.unraisablehook`` that stays quiet once a signal arrived."""
    def quiet_after_signals(unraisable) -> None:
        if _received is None:
            hook(unraisable)
    return quiet_after_signals


def quiet_until_exit() -> None:
    """Drop every unraisable exception from now on (the process is ending after a signal)."""
    sys.unraisablehook = lambda unraisable: None


def raise_if_received() -> None:
    """Raise the exception of a signal that arrived (even one that was swallowed)."""
    if _received == signal.SIGINT:
        raise KeyboardInterrupt()
    if _received == signal.SIGTERM:
        raise Terminated()


@contextlib.contextmanager
def noted_signals() -> Iterator[None]:
    """While the block runs, SIGINT and SIGTERM are noted and raised (main thread only)."""
    global _received
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _received = None
    previous = {sig: signal.signal(sig, _on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    previous_hook, sys.unraisablehook = sys.unraisablehook, _unraisable(sys.unraisablehook)
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        sys.unraisablehook = previous_hook
        _received = None
