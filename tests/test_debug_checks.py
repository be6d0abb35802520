"""Debug builds (``-O0 --checks``, ``CompileOptions(checks=True)``): every kernel checks
its own indices, the fixtures still match transformers, and a violation becomes a
``KernelCheckError`` naming the kernel, the argument and the index instead of a crash.
"""

from __future__ import annotations

import ctypes
import re

import numpy as np
import pytest
from xdsl.dialects.builtin import ModuleOp

import rlxc
import test_e2e_fixtures as e2e
from conftest import FIXTURES
from rlx.lowering import kernels
from rlx.lowering.bounds_checks import add_bounds_checks, violation_function
from rlx.lowering.llvm_passes import to_llvm_ir
from rlx.lowering.llvm_target import JITEngine
from rlxc.compiler import CompileOptions
from rlxc.models.config import Qwen3Config
from rlxc.models.qwen3 import Qwen3Flow
from rlx.runtime.errors import CompileError, KernelCheckError
from rlx.runtime.loader import load
from rlx.runtime.weights import open_checkpoint
from test_aot import cache_dir, cli  # noqa: F401  (fixtures)

FAST_FIXTURE = "tiny-qwen3"
_checked: dict = {}


def checked_session(name: str, batch: int = 1, max_seq: int = 64):
    """``session_for`` of the e2e tests, compiled with ``-O0`` and checks."""
    key = (name, batch, max_seq)
    if key not in _checked:
        _checked[key] = rlxc.load(FIXTURES[name], batch=batch, max_seq=max_seq, opt_level=0, checks=True)
    session = _checked[key]
    session.reset()
    return session


# Every e2e fixture check (tests/test_e2e_fixtures.py) of a fixture, on a checked build.
FIXTURE_TESTS = [e2e.test_prefill_logits_match_transformers, e2e.test_greedy_continuation_matches_transformers,
                 e2e.test_step_by_step_decode_equals_prefill, e2e.test_batch_of_two]

def fast_or_slow(name: str, check) -> list:
    """The fast set runs the batch-1 checks of one fixture (one debug build); the rest is slow."""
    fast = name == FAST_FIXTURE and check is not e2e.test_batch_of_two
    return [] if fast else [pytest.mark.slow]


@pytest.mark.parametrize("name, check", [
    pytest.param(n, c, marks=fast_or_slow(n, c), id=f"{c.__name__.removeprefix('test_')}-{n}")
    for c in FIXTURE_TESTS for n in FIXTURES])
def test_fixture_passes_with_checks(monkeypatch, cache_dir, name, check):  # noqa: F811
    monkeypatch.setattr(e2e, "session_for", checked_session)
    check(name)


@pytest.mark.slow
@pytest.mark.parametrize("check", [e2e.test_chunked_prefill_equals_one_prefill, e2e.test_reset_forgets_the_cache],
                         ids=lambda f: f.__name__.removeprefix("test_"))
def test_fixture_specific_checks_pass_with_checks(monkeypatch, cache_dir, check):  # noqa: F811
    monkeypatch.setattr(e2e, "session_for", checked_session)
    check()


def test_a_checked_build_records_its_kernels():
    session = checked_session(FAST_FIXTURE)
    entry = session.manifest.entries["prefill"]
    assert [a.role for a in entry.args].count("checks") == 1
    assert any(k.startswith("linear") for k in entry.check_kernels)


# ------------------------------------------------------------------ provoking a violation


@pytest.fixture(scope="module")
def checked_add():
    """``add_f32(a, b, out, n, len_a, len_b, len_out, record)`` with checks, JIT-compiled."""
    kernel = add_bounds_checks(kernels.add_kernel(), 0)
    kernel.sym_visibility = None  # callable from here
    engine = JITEngine(to_llvm_ir(ModuleOp([kernel, violation_function()]), threads=1))
    proto = ctypes.CFUNCTYPE(None, *[ctypes.c_void_p] * 3, *[ctypes.c_int64] * 4, ctypes.c_void_p)
    fn = proto(engine.address_of(kernel.sym_name.data))
    fn.engine = engine
    return fn


def run_add(fn, n: int, lengths: tuple[int, int, int]):
    a, b = np.arange(n, dtype=np.float32), np.full(n, 10, np.float32)
    out = np.full(n + 8, -1, np.float32)  # room past the declared length: must stay untouched
    record = np.zeros(5, np.int64)
    fn(a.ctypes.data, b.ctypes.data, out.ctypes.data, n, *lengths, record.ctypes.data)
    return out, record


def test_a_kernel_given_a_too_short_output_skips_the_access_and_records_it(checked_add):
    out, record = run_add(checked_add, 16, (16, 16, 12))
    # violations, kernel 0, argument 2 (out), index 8 (the second 8-wide store), length 12
    assert record.tolist() == [1, 0, 2, 8, 12]
    np.testing.assert_array_equal(out[:8], np.arange(8) + 10)
    np.testing.assert_array_equal(out[8:], -1)  # nothing written past (or at) the violation


def test_a_kernel_within_bounds_records_nothing(checked_add):
    out, record = run_add(checked_add, 21, (21, 21, 21))
    assert record.tolist() == [0] * 5
    np.testing.assert_array_equal(out[:21], np.arange(21) + 10)


def test_every_violation_is_counted_and_the_first_described(checked_add):
    _, record = run_add(checked_add, 24, (8, 24, 24))  # a is 8 long: its loads at 8 and 16 fail
    assert record.tolist() == [2, 0, 0, 8, 8]


def test_an_index_bug_in_a_lowering_becomes_a_kernel_check_error(monkeypatch):
    """A lowering that passes twice the rows: the norm reads past its input buffer. With
    checks, the call raises instead of reading (and writing) foreign memory."""
    from rlx.lowering import rlx_to_loops

    rows = rlx_to_loops._rows
    monkeypatch.setattr(rlx_to_loops, "_rows", lambda shape: rows(shape) * 2)
    source = open_checkpoint(FIXTURES["llama"])
    cfg = Qwen3Config.from_json(FIXTURES["llama"] / "config.json")
    fn = rlxc.jit(Qwen3Flow.for_prefill(cfg, 1, "SEQ").last_token_logits().build(source), source,
                  checks=True, opt_level=0)
    with pytest.raises(KernelCheckError) as err:
        fn(input_ids=np.ones((1, 3), np.int32))
    message = str(err.value)
    assert re.fullmatch(r"prefill: kernel rms_norm\w*: index \d+ out of bounds of argument \d \(length \d+\)"
                        r"( \(and \d+ more\))?", message), message


# ------------------------------------------------------------------ the debug build mode


def test_checks_need_the_option_in_a_custom_pipeline():
    with pytest.raises(CompileError, match=r"rlx-to-loops\{checks=true\}"):
        CompileOptions(checks=True, pipeline="rlx-fuse,rlx-bufferize").pipeline_text()
    assert "rlx-to-loops{checks=true}" in CompileOptions(checks=True).pipeline_text()
    assert "checks" not in CompileOptions().pipeline_text()


def test_cli_debug_build_runs_and_is_cached_apart(tmp_path, cache_dir):  # noqa: F811
    out = tmp_path / "debug.so"
    done = cli("compile", str(FIXTURES[FAST_FIXTURE]), "-o", str(out), "-O0", "--checks", "--max-seq", "64")
    assert done.returncode == 0, done.stderr
    session = load(out)
    assert session.manifest.entries["decode"].check_kernels
    plain = checked_session(FAST_FIXTURE)  # the same tokens as the e2e check above
    assert session.generate([1, 2, 3], 8) == plain.generate([1, 2, 3], 8)
    run = cli("run", str(out), "--prompt-ids", "1,2,3", "--max-new-tokens", "4")
    assert run.returncode == 0 and len(run.stdout.split()) == 4, run.stderr
