"""The mixture-of-experts fixtures (qwen3-moe, mixtral) compiled with ``--quant``: the
experts take the format with the dense weights (the router keeps f32), and the logits
are held to what the dense formats' e2e tests hold them to -- bf16 as
tests/test_weight_formats.py (the f32 logits to 1e-6 and transformers' to 1e-4 from a
checkpoint of that dtype, else transformers' within the rounding and the same argmax),
q8_0 and q4_0 as tests/test_quant.py (the numpy reference on the same quantized weights,
expert by expert: 1e-4; a decode step with the inputs of the dense linears and of the
experts quantized to 8-bit blocks, as their integer dot products do)."""

from __future__ import annotations

import numpy as np
import pytest

import rlxc
from conftest import FIXTURES, expected, rel_err
from rlx.runtime import native_entry
from rlx.runtime.native_entry import param_args
from rlx.runtime.weights import is_stacked, stack_members

gguf = pytest.importorskip("gguf", reason="the reference quantizer is the gguf package (pip install -e '.[test]')")
import numpy_ref  # noqa: E402  (tests/ is on the path through conftest)
from test_quant import assert_decode_is_the_reference_with_quantized_inputs, gguf_round_trip  # noqa: E402

#: (fixture, format) compiled, each with its checks; the fast set has one model with block
#: experts (q4_0) and one with half ones (bf16)
BLOCK_CASES = [("qwen3-moe", "q8_0"), ("qwen3-moe", "q4_0"), ("mixtral", "q8_0")]
HALF_CASES = [("mixtral", "bf16"), ("qwen3-moe", "bf16"), ("mixtral", "f16")]
# CI time (~15-20 s a compile): the same expert kernels as the fast cases on the other
# fixture; q8_0's expert kernels against numpy are in test_moe_formats' fast set
SLOW_CASES = {("mixtral", "q8_0"), ("qwen3-moe", "bf16"), ("mixtral", "f16"), ("qwen3-moe", "q8_0")}
CHECKPOINT_FORMAT = {"BF16": "bf16", "F16": "f16", "F32": "f32"}


def _params(cases):
    return [pytest.param(c, id=f"{c[0]}-{c[1]}", marks=[pytest.mark.slow] if c in SLOW_CASES else [])
            for c in cases]


def _load(case):
    name, fmt = case
    return name, fmt, rlxc.load(FIXTURES[name], batch=expected(name)["prompt_ids"].shape[0], max_seq=64,
                                precision=fmt)


@pytest.fixture(scope="module", params=_params(BLOCK_CASES))
def block_session(request):
    return _load(request.param)


@pytest.fixture(scope="module", params=_params(HALF_CASES))
def half_session(request):
    return _load(request.param)


def stored_as(session, fmt: str) -> set[str]:
    """The checkpoint names of the weights ``session`` holds in ``fmt``: a stacked
    weight's members, expert by expert."""
    names = set()
    for a in param_args(session.manifest):
        if a.dtype == fmt:
            count = int(a.shape.split("x")[0])
            names.update(stack_members(a.name, count) if is_stacked(a.name) else [a.name])
    return names


def experts_of(session) -> dict[str, tuple[str, int]]:
    """Each stacked expert weight and router -> (its dtype, its last dim K)."""
    return {a.name: (a.dtype, int(a.shape.split("x")[-1])) for a in param_args(session.manifest)
            if is_stacked(a.name) or a.name.endswith("gate.weight")}


def _check_the_experts_take_the_format_and_the_router_keeps_f32(name, fmt, session):
    """A stack whose K a block format cannot store (mixtral's down projections: 48) keeps
    f32, as a dense weight would (the driver's notice names it)."""
    found = experts_of(session)
    stacks = {n: v for n, v in found.items() if is_stacked(n)}
    assert len(stacks) == 6  # 2 sparse layers in both fixtures
    for dtype, k in stacks.values():
        assert dtype == (fmt if fmt in ("bf16", "f16") or k % 32 == 0 else "f32")
    assert any(dtype == fmt for dtype, _ in stacks.values())
    if name == "mixtral" and fmt in ("q8_0", "q4_0"):
        assert sorted(dtype for dtype, _ in stacks.values()) == ["f32"] * 2 + [fmt] * 4
    assert all(dtype == "f32" for n, (dtype, _) in found.items() if not is_stacked(n))


def test_block_experts_take_the_format_and_the_router_keeps_f32(block_session):
    _check_the_experts_take_the_format_and_the_router_keeps_f32(*block_session)


def test_half_experts_take_the_format_and_the_router_keeps_f32(half_session):
    _check_the_experts_take_the_format_and_the_router_keeps_f32(*half_session)


def _quantized_reference_weights(name, fmt, session):
    cfg, weights, _ = numpy_ref.load_fixture(str(FIXTURES[name]))
    quantized = stored_as(session, fmt)
    assert any("experts." in n for n in quantized)
    return cfg, {n: (gguf_round_trip(w, fmt) if n in quantized else w) for n, w in weights.items()}, quantized


def test_block_experts_match_the_reference_on_the_same_quantized_weights(block_session):
    name, fmt, session = block_session
    cfg, weights, _ = _quantized_reference_weights(name, fmt, session)
    ids = expected(name)["prompt_ids"]
    want, _ = numpy_ref.forward(cfg, weights, ids)
    session.reset()
    got = session.prefill(ids)
    assert rel_err(got, want) <= 1e-4


def test_block_experts_decode_as_the_reference_with_quantized_linear_inputs(block_session):
    """As tests/test_quant.py's decode test: the dense linears and the experts of a decode
    step multiply their inputs quantized to 8-bit blocks (integer dot products; numpy_ref
    hands the experts' inputs to ``linear_input`` under expert 0's weight name)."""
    name, fmt, session = block_session
    cfg, weights, quantized = _quantized_reference_weights(name, fmt, session)
    assert_decode_is_the_reference_with_quantized_inputs(session, cfg, weights, quantized, expected(name)["prompt_ids"])


def test_half_experts_give_the_f32_logits_or_transformers_within_the_rounding(half_session):
    """As tests/test_weight_formats.py: from a checkpoint of the format (mixtral is bf16)
    the f32 logits to 1e-6 and transformers' to 1e-4; from another, transformers' within
    the rounding (2e-2) and the same argmax everywhere."""
    name, fmt, session = half_session
    from rlx.runtime.weights import open_checkpoint

    ref = expected(name)
    ids = ref["prompt_ids"]
    session.reset()
    got = session.prefill(ids)
    checkpoint = open_checkpoint(FIXTURES[name])
    stack = next(n for n in checkpoint.names() if "experts.0." in n)
    if CHECKPOINT_FORMAT[checkpoint.dtype(stack)] == fmt:
        f32 = rlxc.load(FIXTURES[name], batch=ids.shape[0], max_seq=64, precision="f32")
        assert rel_err(got, f32.prefill(ids)) <= 1e-6
        assert rel_err(got, ref["prefill_logits"]) <= 1e-4
    else:
        assert rel_err(got, ref["prefill_logits"]) <= 2e-2
        assert np.array_equal(got.argmax(-1), ref["prefill_logits"].argmax(-1))


@pytest.mark.slow  # CI time (~25 s): a private cache root compiles the model again
def test_the_packed_weight_cache_keeps_quantized_experts(tmp_path, monkeypatch):
    """The q4_0 expert stacks go to the packed-weight cache like the other weights: a
    second load maps them (nothing is quantized again) and gives the same logits."""
    monkeypatch.setenv("RLX_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("RLX_WEIGHT_CACHE", raising=False)
    ids = expected("qwen3-moe")["prompt_ids"][:1]
    first = np.array(rlxc.load(FIXTURES["qwen3-moe"], max_seq=32, precision="q4_0").prefill(ids))
    assert len(list((tmp_path / "cache" / "weights").glob("*.bin"))) == 1

    def fail(*args, **kwargs):
        raise AssertionError("quantized again despite the weight cache")

    monkeypatch.setattr("rlx.runtime.quant.pack_q4_0", fail)
    monkeypatch.setitem(native_entry.BLOCK_PACKERS, "packed16_q4_0", ("Q4_0", fail, fail))
    session = rlxc.load(FIXTURES["qwen3-moe"], max_seq=32, precision="q4_0")
    stacks = [(a, arr) for e in session.entries.values()
              for a, arr in zip([a for a in e.buffer_args if a.role == "param"], e.param_arrays) if is_stacked(a.name)]
    assert stacks and all(a.dtype == "q4_0" and not arr.flags.writeable for a, arr in stacks)
    np.testing.assert_array_equal(session.prefill(ids), first)
