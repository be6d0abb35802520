"""``GET /metrics``: the scheduler's counters in Prometheus' text format (version 0.0.4)."""

from __future__ import annotations

import math
from typing import Any

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


def prometheus_text(stats: dict[str, Any], model: str) -> str:
    """The metrics of :meth:`~rlx.runtime.scheduler.Scheduler.snapshot`, each with its
    HELP and TYPE lines, labelled with the model name."""
    label = f'model="{escape(model)}"'
    lines: list[str] = []

    def metric(name: str, kind: str, help_text: str, samples: list[tuple[str, float]]) -> None:
        lines.append(f"# HELP {name} {help_text}")
        lines.append(f"# TYPE {name} {kind}")
        for suffix, value in samples:
            lines.append(f"{name}{suffix} {number(value)}")

    metric("rlx_generated_tokens_total", "counter", "Tokens generated since the server started.",
           [(f"{{{label}}}", stats["tokens"])])
    metric("rlx_prompt_tokens_total", "counter", "Prompt tokens prefilled since the server started.",
           [(f"{{{label}}}", stats["prompt_tokens"])])
    metric("rlx_tokens_per_second", "gauge", "Tokens generated per second over the last 10 seconds.",
           [(f"{{{label}}}", stats["tokens_per_second"])])
    metric("rlx_queue_depth", "gauge", "Requests waiting for a slot.", [(f"{{{label}}}", stats["queue"])])
    metric("rlx_busy_slots", "gauge", "Slots holding a request.", [(f"{{{label}}}", stats["busy"])])
    metric("rlx_slots", "gauge", "Slots (sequences served at once).", [(f"{{{label}}}", stats["slots"])])
    metric("rlx_requests_total", "counter", "Requests ended, by why they ended.",
           [(f'{{{label},reason="{reason}"}}', count) for reason, count in stats["finished"].items()])
    metric("rlx_rejected_requests_total", "counter", "Requests refused because the queue was full (HTTP 429).",
           [(f"{{{label}}}", stats["rejected"])])
    metric("rlx_time_to_first_token_seconds", "summary",
           "Seconds from a request's arrival to its first token (quantiles of the last 1024).",
           [(f'{{{label},quantile="{q}"}}', v) for q, v in stats["ttft_quantiles"].items()]
           + [(f"_sum{{{label}}}", stats["ttft_sum"]), (f"_count{{{label}}}", stats["ttft_count"])])
    metric("rlx_prefill_chunk_seconds", "summary",
           "Seconds of one prefill chunk: how long a prompt delays the other slots' next token, at most "
           "(quantiles of the last 1024).",
           [(f'{{{label},quantile="{q}"}}', v) for q, v in stats["chunk_quantiles"].items()]
           + [(f"_sum{{{label}}}", stats["chunk_sum"]), (f"_count{{{label}}}", stats["chunk_count"])])
    return "\n".join(lines) + "\n"


def number(value: float) -> str:
    if isinstance(value, float) and math.isnan(value):
        return "NaN"
    return repr(int(value)) if float(value).is_integer() else repr(float(value))


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
