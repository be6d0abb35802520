"""``--timing``: where a compile's time goes, pass by pass, printed as MLIR's
``--mlir-timing`` prints its execution time report.

A :class:`Timer` collects rows in the order things ran: building the model's flows,
each pass of the pipeline, the verifier (all its runs in one row), LLVM's optimizer and
code generator; the report adds ``Rest`` (what no row covers) and ``Total``.
"""

from __future__ import annotations

import time
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from typing import Iterator

#: the row that sums every run of the verifier (after each pass or group of passes)
VERIFY_ROW = "(verifier)"
RULE = "===" + "-" * 73 + "==="


@dataclass
class Timer:
    """Wall time of named steps, in the order they first ran; a name seen again adds to its row."""

    rows: dict[str, float] = field(default_factory=dict)
    started: float = field(default_factory=time.perf_counter)

    def add(self, name: str, seconds: float) -> None:
        self.rows[name] = self.rows.get(name, 0.0) + seconds

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.add(name, time.perf_counter() - t0)

    def report(self, total: float | None = None) -> str:
        """MLIR's layout: a header, the total, then ``seconds (share%)  name`` per row."""
        total = time.perf_counter() - self.started if total is None else total
        rows = list(self.rows.items())
        rest = total - sum(seconds for _, seconds in rows)
        rows += [("Rest", max(rest, 0.0)), ("Total", total)]
        lines = [RULE, "... Execution time report ...".center(len(RULE)).rstrip(), RULE,
                 f"  Total Execution Time: {total:.4f} seconds", "", "  ----Wall Time----  ----Name----"]
        share = (lambda s: 100.0 * s / total) if total > 0 else (lambda s: 0.0)
        lines += [f"  {seconds:8.4f} ({share(seconds):5.1f}%)  {name}" for name, seconds in rows]
        return "\n".join(lines) + "\n"


def timed(timer: Timer | None, name: str):
    """``timer.step(name)``, or nothing without a timer."""
    return nullcontext() if timer is None else timer.step(name)
