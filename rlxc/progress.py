"""Progress lines on stderr for the long phases of a compile (``rlxc: LLVM ... 0.41 s``)."""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Iterator
from typing import TextIO


class Progress:
    """Short progress lines on stderr for the long phases (``rlxc: LLVM ... 0.41 s``).

    On a terminal the phase name shows while it runs; otherwise only finished lines are
    written. ``enabled=False`` is silent (the Python API)."""

    def __init__(self, enabled: bool = True, stream: TextIO | None = None):
        self.enabled = enabled
        self.stream = stream or sys.stderr

    @contextlib.contextmanager
    def phase(self, name: str) -> Iterator[None]:
        tty = self.enabled and self.stream.isatty()
        if tty:
            print(f"rlxc: {name} ...", end="", file=self.stream, flush=True)
        start = time.perf_counter()
        try:
            yield
        except BaseException:
            if tty:
                print(file=self.stream)
            raise
        seconds = time.perf_counter() - start
        if tty:
            print(f" {seconds:.2f} s", file=self.stream, flush=True)
        elif self.enabled:
            print(f"rlxc: {name} ... {seconds:.2f} s", file=self.stream, flush=True)

    def note(self, text: str) -> None:
        if self.enabled:
            print(f"rlxc: {text}", file=self.stream, flush=True)
