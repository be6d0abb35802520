"""Any subset and order of the default pipeline refuses cleanly or computes the same logits.

A pipeline that compiles but computes something else is the worst outcome a custom
``--pipeline`` can have: exit 0 and wrong tokens. Each pass checks what it needs of
its input (``rlx-to-loops``: buffers, planned temporaries, packed matmul weights;
``convert-to-llvm``: no rlx op of L1/L2 left), so leaving a pass out or moving it
either gives a one-line error naming the pass to run, or a module whose logits are
the default pipeline's (an optimization left out changes speed, not results).

The cases are random but seeded: drops, subsets, shuffles, swaps and duplicates of
the passes of ``rlxc.passes.mlir_pipeline()``; the backend passes are completed by the
compiler as for any ``--pipeline``.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

import rlxc
from conftest import ROOT
from rlxc.passes import backend_pipeline, mlir_pipeline
from rlxc.pipeline import consumes, parse_passes, pipeline_text, produces
from rlx.runtime.errors import RlxError

MODEL = ROOT / "examples" / "tiny-qwen3" / "config.json"
PROMPT = [[1, 2, 3, 4, 5]]
SEED = 14
CI_CASES = 3
SLOW_CASES = 60
#: reassociation and polynomial-vs-intrinsic exp move logits by ~1e-6 of their scale
TOLERANCE = 1e-4


def default_passes() -> list[str]:
    """Each pass of the default pipeline (L1 -> L3) and its prepare-for-LLVM passes, as text."""
    passes = parse_passes(mlir_pipeline() + "," + backend_pipeline())
    return [pipeline_text([p]) for p in passes if consumes(p) == produces(p) == "mlir"]


def random_pipeline(rng: random.Random, passes: list[str]) -> list[str]:
    mode = rng.choice(["drop", "subset", "shuffle", "swap", "duplicate", "move"])
    p = list(passes)
    if mode == "drop":
        p.pop(rng.randrange(len(p)))
    elif mode == "subset":
        p = [x for x in p if rng.random() < 0.75]
    elif mode == "shuffle":
        rng.shuffle(p)
    elif mode == "swap":
        i = rng.randrange(len(p) - 1)
        p[i], p[i + 1] = p[i + 1], p[i]
    elif mode == "duplicate":
        i = rng.randrange(len(p))
        p.insert(rng.randrange(i, len(p)) + 1, p[i])
    else:
        p.insert(rng.randrange(len(p)), p.pop(rng.randrange(len(p))))
    return p or [passes[0]]


def cases(n: int, offset: int = 0) -> list[list[str]]:
    passes = default_passes()
    return [random_pipeline(random.Random(SEED * 1000 + offset + i), passes) for i in range(n)]


@pytest.fixture(scope="module")
def reference() -> np.ndarray:
    return rlxc.load(MODEL, cache=False).prefill(PROMPT)


def check_pipeline(passes: list[str], reference: np.ndarray) -> str:
    """Compile the bundled model with ``passes``: a clean refusal, or the default logits."""
    text = ",".join(passes)
    try:
        logits = rlxc.load(MODEL, cache=False, pipeline=text).prefill(PROMPT)
    except RlxError as err:
        message = str(err)
        assert "\n" not in message and message, text
        assert "failed:" not in message, f"{text}: an unexpected exception, not a check: {message}"
        return "refused"
    scale = float(np.abs(reference).max())
    err = float(np.abs(logits - reference).max())
    assert err <= TOLERANCE * scale, f"{text}: logits differ from the default pipeline's by {err:.3g}"
    return "same"


def test_the_default_pipeline_split_into_passes_is_the_default():
    passes = default_passes()
    assert passes[:2] == ["rlx-hoist-gather-last", "rlx-fuse"] and "rlx-to-loops" in passes[8]
    assert passes[-1].startswith("rlx-outline-parallel")
    session = rlxc.load(MODEL, cache=False, pipeline=",".join(passes))
    assert session.prefill(PROMPT).shape[-1] > 0


@pytest.mark.parametrize("passes", cases(CI_CASES), ids=lambda p: f"{len(p)}-passes")
def test_a_random_pipeline_refuses_or_gives_the_default_logits(passes, reference):
    check_pipeline(passes, reference)


@pytest.mark.slow
@pytest.mark.parametrize("passes", cases(SLOW_CASES, offset=CI_CASES), ids=lambda p: f"{len(p)}-passes")
def test_many_random_pipelines_refuse_or_give_the_default_logits(passes, reference):
    check_pipeline(passes, reference)


@pytest.mark.parametrize("left_out", ["rlx-bufferize", "rlx-plan-memory", "rlx-pack-weights", "rlx-to-loops"])
def test_leaving_out_a_pass_the_lowering_needs_names_it(left_out, reference):
    passes = [p for p in default_passes() if not p.startswith(left_out + "{") and p != left_out]
    with pytest.raises(RlxError, match=left_out):
        rlxc.load(MODEL, cache=False, pipeline=",".join(passes))
