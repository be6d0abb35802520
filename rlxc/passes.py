"""The pass registry: every named pass of rlx, and the default pipelines.

Passes are imported lazily (the CLI must start fast), keyed by their MLIR-style name.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable

from runtime.errors import PassError


def _fuse():
    from lowering.rlx_fuse import RlxFusePass
    return RlxFusePass


def _bufferize():
    from lowering.rlx_bufferize import RlxBufferizePass
    return RlxBufferizePass


def _plan_memory():
    from lowering.rlx_plan_memory import RlxPlanMemoryPass
    return RlxPlanMemoryPass


def _pack_weights():
    from lowering.rlx_pack_weights import RlxPackWeightsPass
    return RlxPackWeightsPass


def _to_loops():
    from lowering.rlx_to_loops import RlxToLoopsPass
    return RlxToLoopsPass


def _cse():
    from xdsl.transforms.common_subexpression_elimination import CommonSubexpressionElimination
    return CommonSubexpressionElimination


def _canonicalize():
    from xdsl.transforms.canonicalize import CanonicalizePass
    return CanonicalizePass


PASSES: dict[str, Callable[[], type]] = {
    "rlx-fuse": _fuse,
    "rlx-bufferize": _bufferize,
    "rlx-plan-memory": _plan_memory,
    "rlx-pack-weights": _pack_weights,
    "rlx-to-loops": _to_loops,
    "cse": _cse,
    "canonicalize": _canonicalize,
}


def default_pipeline(max_tokens: int = 512) -> str:
    """rlx (L1) -> buffers (L2) -> loops (L3); the LLVM emitter runs after it."""
    return (f"rlx-fuse,rlx-bufferize,rlx-plan-memory{{max-tokens={max_tokens}}},"
            "rlx-pack-weights,rlx-to-loops,cse")


def pass_class(name: str) -> type:
    if name not in PASSES:
        close = difflib.get_close_matches(name, list(PASSES), n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else f"; known passes: {', '.join(PASSES)}"
        raise PassError(f"unknown pass '{name}'{hint}")
    return PASSES[name]()
