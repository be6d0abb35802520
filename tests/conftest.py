"""Shared fixtures: the reference checkpoints and compiled sessions (compiled once)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import numpy as np
import pytest

# Compiled models go to a throw-away cache, never the user's ~/.cache/rlx: one for the
# whole run, made by the first process (xdist's workers inherit it through the env), so a
# model one worker compiled is a cache hit in the other (the cache is safe across
# processes: rlxc/cache.py), and removed by that process at the end.
_OWN_CACHE = "RLX_CACHE_DIR" not in os.environ
if _OWN_CACHE:
    os.environ["RLX_CACHE_DIR"] = tempfile.mkdtemp(prefix="rlx-test-cache-")


def pytest_unconfigure(config):
    if _OWN_CACHE:
        shutil.rmtree(os.environ["RLX_CACHE_DIR"], ignore_errors=True)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = {
    "tiny-qwen3": ROOT / "examples" / "tiny-qwen3",
    "qwen3-untied-gqa2": ROOT / "tests" / "fixtures" / "qwen3-untied-gqa2",
    "qwen2-bias": ROOT / "tests" / "fixtures" / "qwen2-bias",
    "llama": ROOT / "tests" / "fixtures" / "llama",
    # RoPE scaling, one fixture per kind (tests/fixtures/README.md)
    "llama-rope-llama3": ROOT / "tests" / "fixtures" / "llama-rope-llama3",
    "qwen3-yarn": ROOT / "tests" / "fixtures" / "qwen3-yarn",
    "qwen2-rope-linear": ROOT / "tests" / "fixtures" / "qwen2-rope-linear",
    "llama-rope-dynamic": ROOT / "tests" / "fixtures" / "llama-rope-dynamic",
    # mixtures of experts (tests/fixtures/README.md)
    "qwen3-moe": ROOT / "tests" / "fixtures" / "qwen3-moe",
    "mixtral": ROOT / "tests" / "fixtures" / "mixtral",
    # sliding-window attention (a window of 6 < the prompts); they also hold a 40-token prompt
    "mistral-swa": ROOT / "tests" / "fixtures" / "mistral-swa",
    "qwen2-swa": ROOT / "tests" / "fixtures" / "qwen2-swa",
}
#: the fixtures of the RoPE scaling kinds: the e2e tests (tests/test_e2e_fixtures.py) run on
#: them in the fast set, the other tests that take ``fixture_name`` (the AOT ones) in the slow
#: set; the weight-format tests run on the other fixtures only (the rope is not theirs to check)
ROPE_FIXTURES = ("llama-rope-llama3", "qwen3-yarn", "qwen2-rope-linear", "llama-rope-dynamic")
#: the mixture-of-experts fixtures: the shared e2e tests run on them; the dense weight-format
#: tests do not (their experts' formats are tests/test_moe_formats_e2e.py's)
MOE_FIXTURES = ("qwen3-moe", "mixtral")
#: the sliding-window fixtures (``long_ids`` / ``long_logits``: a prompt past the window
#: and past one prefill chunk of the tests); the weight-format tests skip them too (the
#: window is not theirs to check)
WINDOW_FIXTURES = ("mistral-swa", "qwen2-swa")
MODEL_FIXTURES = tuple(name for name in FIXTURES if name not in ROPE_FIXTURES + MOE_FIXTURES + WINDOW_FIXTURES)

_sessions: dict = {}


def session_for(name: str, batch: int = 1, max_seq: int = 64):
    """A compiled session for a fixture, cached for the whole test run."""
    import rlxc

    key = (name, batch, max_seq)
    if key not in _sessions:
        _sessions[key] = rlxc.load(FIXTURES[name], batch=batch, max_seq=max_seq)
    session = _sessions[key]
    session.reset()
    return session


def expected(name: str):
    return np.load(FIXTURES[name] / "expected.npz")


def rel_err(got: np.ndarray, want: np.ndarray) -> float:
    """max-abs error over max-abs value (the issue's tolerance measure)."""
    return float(np.abs(got - want).max() / np.abs(want).max())


#: the second fixture of a family whose first runs every test of ``fixture_name`` in the fast
#: set (qwen3-moe, mistral-swa): the e2e tests run on them in the fast set too
#: (tests/test_e2e_fixtures.py), the other tests of ``fixture_name`` in the slow one (CI time)
SECOND_OF_A_FAMILY = ("mixtral", "qwen2-swa")


@pytest.fixture(params=[pytest.param(n, marks=[pytest.mark.slow] if n in ROPE_FIXTURES + SECOND_OF_A_FAMILY else [])
                        for n in FIXTURES])
def fixture_name(request) -> str:
    return request.param
