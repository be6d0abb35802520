"""Weights stored in bf16 or f16 (``precision="bf16"``, ``--quant f16``, and ``auto``,
the default, for a bf16 or f16 checkpoint): half the bytes, the same logits.

From a checkpoint of the same dtype a bf16 (f16) weight holds exactly the values the
f32 path widens at load time: the logits must match rlx f32 to 1e-6 and transformers
as closely as the f32 path does. From another dtype each weight is rounded to the
nearest bf16 (f16): the logits move by the rounding, the greedy tokens do not. The
matmul weights and a tied LM head's table become params of that type
(``rlx-weight-format``), i16 (bf16 bits) or f16 buffers at L3, uint16 or float16
arrays in the runtime and in the packed blobs; the norms and the activations stay f32.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

import rlxc
from conftest import FIXTURES, MODEL_FIXTURES, expected, rel_err
from rlx.lowering import kernels as K
from rlx.lowering.kernels import select
from rlx.runtime.native_entry import param_args
from rlx.runtime.packing import bf16_bits, pack_linear_weight
from rlx.runtime.quant import pack_q4_0, pack_q8_0, q4_0_dequantize, q4_0_quantize, q8_0_dequantize, q8_0_quantize

#: the (fixture, format) pairs compiled: bf16 on every fixture, f16 on an f16 and a bf16 one
CASES = [(name, "bf16") for name in MODEL_FIXTURES] + [("qwen2-bias", "f16"), ("tiny-qwen3", "f16")]
CHECKPOINT_FORMAT = {"BF16": "bf16", "F16": "f16", "F32": "f32"}
_f32_sessions: dict = {}


def checkpoint_dtype(name: str) -> str:
    from rlx.runtime.weights import open_checkpoint

    weights = open_checkpoint(FIXTURES[name])
    return weights.dtype(next(n for n in weights.names() if n.endswith("q_proj.weight")))


def f32_session(name: str, batch: int):
    if name not in _f32_sessions:
        _f32_sessions[name] = rlxc.load(FIXTURES[name], batch=batch, max_seq=64, precision="f32")
    return _f32_sessions[name]


SLOW_CASES = {("tiny-qwen3", "f16"), ("llama", "bf16"), ("qwen3-untied-gqa2", "bf16"),  # the same kernels as the others
              ("qwen2-bias", "bf16")}


@pytest.fixture(scope="module", params=[pytest.param(c, id=f"{c[0]}-{c[1]}",
                                                     marks=[pytest.mark.slow] if c in SLOW_CASES else [])
                                        for c in CASES])
def half_session(request):
    name, fmt = request.param
    batch = expected(name)["prompt_ids"].shape[0]
    return name, fmt, rlxc.load(FIXTURES[name], batch=batch, max_seq=64, precision=fmt)


def test_half_weights_give_the_f32_logits_and_transformers_logits(half_session):
    name, fmt, session = half_session
    ref = expected(name)
    ids = ref["prompt_ids"]
    session.reset()
    got = session.prefill(ids)
    if CHECKPOINT_FORMAT[checkpoint_dtype(name)] == fmt:
        f32 = f32_session(name, ids.shape[0])
        f32.reset()
        assert rel_err(got, f32.prefill(ids)) <= 1e-6
        assert rel_err(got, ref["prefill_logits"]) <= 1e-4
    else:  # rounded: within the rounding, the same argmax everywhere
        assert rel_err(got, ref["prefill_logits"]) <= 2e-2
        assert np.array_equal(got.argmax(-1), ref["prefill_logits"].argmax(-1))


def test_the_matmul_weights_and_a_tied_table_take_the_format(half_session):
    name, fmt, session = half_session
    dtypes = {a.name: a.dtype for a in param_args(session.manifest)}
    assert all(dtypes[n] == fmt for n in dtypes if n.endswith(("proj.weight", "lm_head.weight")))
    assert all(dtypes[n] == "f32" for n in dtypes if "norm" in n or n.startswith("rope.") or n.endswith(".bias"))
    tied = "lm_head.weight" not in dtypes
    assert dtypes["model.embed_tokens.weight"] == (fmt if tied else "f32")


@pytest.mark.parametrize("name", MODEL_FIXTURES)
def test_auto_keeps_the_checkpoint_format(name):
    """The default (``auto``): a bf16 / f16 checkpoint's matmul weights stay bf16 / f16, an f32 one f32."""
    batch = expected(name)["prompt_ids"].shape[0]
    from conftest import session_for

    dtypes = {a.dtype for a in param_args(session_for(name, batch=batch).manifest)
              if a.name.endswith("proj.weight")}
    assert dtypes == {CHECKPOINT_FORMAT[checkpoint_dtype(name)]}


@pytest.mark.slow  # embedding weights in a .so: test_aot.py's f32 case in the fast set
def test_a_so_with_embedded_bf16_weights_is_half_the_bytes(tmp_path):
    model = FIXTURES["tiny-qwen3"]
    f32_so, bf16_so = tmp_path / "f32.so", tmp_path / "bf16.so"
    from rlxc.aot import compile_model
    from rlxc.compiler import CompileOptions

    compile_model(model, f32_so, embed_weights=True, options=CompileOptions(precision="f32"))
    compile_model(model, bf16_so, embed_weights=True, options=CompileOptions(precision="bf16"))
    ref = rlxc.load(f32_so).prefill([[1, 2, 3]])
    assert np.array_equal(rlxc.load(bf16_so).prefill([[1, 2, 3]]), ref)
    assert bf16_so.stat().st_size < 0.6 * f32_so.stat().st_size


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


def _stored(table: np.ndarray, fmt: str) -> tuple[np.ndarray, np.ndarray]:
    """(the packed table in ``fmt``, the f32 values it holds)."""
    if fmt == "q8_0":
        return pack_q8_0(table), q8_0_dequantize(*q8_0_quantize(table))
    if fmt == "q4_0":
        return pack_q4_0(table), q4_0_dequantize(*q4_0_quantize(table))
    if fmt == "bf16":
        values = (bf16_bits(table).astype(np.uint32) << 16).view(np.float32)
        return bf16_bits(pack_linear_weight(values)), values
    if fmt == "f16":
        values = table.astype(np.float16).astype(np.float32)
        return pack_linear_weight(values).astype(np.float16), values
    return pack_linear_weight(table), table


@pytest.mark.parametrize("fmt", ["f32", "bf16", "f16", "q8_0", "q4_0"])
def test_the_embedding_gather_reads_a_packed_table_in_each_format(fmt):
    vocab, hidden = 40, 64  # 40 rows: a partial last tile
    rng = np.random.default_rng(3)
    table = (rng.standard_normal((vocab, hidden)) * 0.1).astype(np.float32)
    packed, values = _stored(table, fmt)
    spec = select.embed(hidden, vocab, packed=True, weight_format=fmt)
    ids = np.array([0, 17, 39, 5, 16, 31], np.int32)
    out = np.full((len(ids), hidden), np.nan, np.float32)
    K.jit_alone(K.build(spec))(ids.ctypes.data, packed.ctypes.data, out.ctypes.data, len(ids))
    np.testing.assert_array_equal(out, values[ids])


def test_a_table_in_another_format_is_read_only_packed():
    with pytest.raises(ValueError, match="tied LM head"):
        dataclasses.replace(select.embed(64, 40, packed=True, weight_format="bf16"), packed=False)


def test_a_weight_beyond_f16s_range_is_refused_by_name(tmp_path):
    import shutil

    from safetensors.numpy import save_file

    from rlx.runtime.errors import WeightError
    from rlx.runtime.weights import open_checkpoint

    src = FIXTURES["tiny-qwen3"]
    shutil.copy(src / "config.json", tmp_path / "config.json")
    ckpt = open_checkpoint(src)
    weights = {n: np.array(ckpt.get_f32(n)) for n in ckpt.names()}
    weights["model.layers.1.mlp.down_proj.weight"][3, 7] = 1.0e6
    save_file(weights, str(tmp_path / "model.safetensors"))
    with pytest.raises(WeightError, match=r"'model.layers.1.mlp.down_proj.weight'.* beyond f16's range"):
        rlxc.load(tmp_path, max_seq=16, precision="f16")
