"""Weights stored in bf16 (``precision="bf16"``, ``--quant bf16``): half the bytes, the same logits.

From a bf16 checkpoint a bf16 weight holds exactly the values the f32 path widens at
load time: the logits must match rlx f32 to 1e-6 and transformers as closely as the
f32 path does. From an f32 or f16 checkpoint each weight is rounded to the nearest
bf16 (8 bits of mantissa): the logits move by the rounding, the greedy tokens do not. The matmul weights become bf16 params (``rlx-weight-format``),
i16 buffers of their bits at L3, uint16 arrays in the runtime and in the packed blobs;
the norms, the tied embedding table and the activations stay f32.
"""

from __future__ import annotations

import numpy as np
import pytest

import rlxc
from conftest import FIXTURES, expected, rel_err, session_for
from rlx.runtime.native_entry import param_args
from rlx.runtime.packing import bf16_bits


@pytest.fixture(scope="module", params=list(FIXTURES))
def bf16_session(request):
    batch = expected(request.param)["prompt_ids"].shape[0]
    return request.param, rlxc.load(FIXTURES[request.param], batch=batch, max_seq=64, precision="bf16")


def test_bf16_weights_give_the_f32_logits_and_transformers_logits(bf16_session):
    name, session = bf16_session
    ref = expected(name)
    ids = ref["prompt_ids"]
    session.reset()
    got = session.prefill(ids)
    if checkpoint_dtype(name) == "BF16":
        assert rel_err(got, session_for(name, batch=ids.shape[0]).prefill(ids)) <= 1e-6
        assert rel_err(got, ref["prefill_logits"]) <= 1e-4
    else:  # rounded to bf16: within the rounding, the same argmax everywhere
        assert rel_err(got, ref["prefill_logits"]) <= 2e-2
        assert np.array_equal(got.argmax(-1), ref["prefill_logits"].argmax(-1))


def checkpoint_dtype(name: str) -> str:
    from rlx.runtime.weights import open_checkpoint

    weights = open_checkpoint(FIXTURES[name])
    return weights.dtype(next(n for n in weights.names() if n.endswith("q_proj.weight")))


def test_only_the_matmul_weights_are_bf16(bf16_session):
    name, session = bf16_session
    dtypes = {a.name: a.dtype for a in param_args(session.manifest)}
    assert all(dtypes[n] == "bf16" for n in dtypes if n.endswith(("proj.weight",)))
    assert all(dtypes[n] == "f32" for n in dtypes if "norm" in n or n.startswith("rope."))
    assert dtypes.get("model.embed_tokens.weight", "f32") == "f32"  # read by rlx.embed too when tied


def test_a_so_with_embedded_bf16_weights_is_half_the_bytes(tmp_path):
    model = FIXTURES["tiny-qwen3"]
    f32_so, bf16_so = tmp_path / "f32.so", tmp_path / "bf16.so"
    from rlxc.aot import compile_model
    from rlxc.compiler import CompileOptions

    compile_model(model, f32_so, embed_weights=True)
    compile_model(model, bf16_so, embed_weights=True, options=CompileOptions(precision="bf16"))
    ref = rlxc.load(f32_so).prefill([[1, 2, 3]])
    assert np.array_equal(rlxc.load(bf16_so).prefill([[1, 2, 3]]), ref)
    assert bf16_so.stat().st_size < 0.75 * f32_so.stat().st_size


def test_f32_weights_are_rounded_to_the_nearest_bf16():
    a = np.array([1.0, 1.00390625, 1.005859375, -3.0e38, np.inf, np.nan, 1e-40], np.float32)
    bits = bf16_bits(a)
    back = (bits.astype(np.uint32) << 16).view(np.float32)
    assert back[0] == 1.0 and back[1] == 1.0  # a tie rounds to even
    assert back[2] == np.float32(1.0078125)
    below, above = (np.array([bits[3], bits[3] + 1], np.uint32) << 16).view(np.float32).astype(np.float64)
    assert abs(back[3] - a[3]) <= min(abs(below - a[3]), abs(above - a[3]))  # the nearest of its neighbours
    assert np.isposinf(back[4]) and np.isnan(back[5])
    assert np.array_equal(bf16_bits(back), bits)  # bf16 values come back unchanged
