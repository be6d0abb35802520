"""The numpy reference reproduces the HF-generated fixtures."""

import os
import sys

import numpy as np
import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numpy_ref as ref  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
FIXTURES = {
    "tiny-qwen3": os.path.join(ROOT, "examples", "tiny-qwen3"),
    "qwen3-untied-gqa2": os.path.join(ROOT, "tests", "fixtures", "qwen3-untied-gqa2"),
    "qwen2-bias": os.path.join(ROOT, "tests", "fixtures", "qwen2-bias"),
    "llama": os.path.join(ROOT, "tests", "fixtures", "llama"),
    "llama-rope-llama3": os.path.join(ROOT, "tests", "fixtures", "llama-rope-llama3"),
    "qwen3-yarn": os.path.join(ROOT, "tests", "fixtures", "qwen3-yarn"),
    "qwen2-rope-linear": os.path.join(ROOT, "tests", "fixtures", "qwen2-rope-linear"),
    "llama-rope-dynamic": os.path.join(ROOT, "tests", "fixtures", "llama-rope-dynamic"),
    "qwen3-moe": os.path.join(ROOT, "tests", "fixtures", "qwen3-moe"),
    "mixtral": os.path.join(ROOT, "tests", "fixtures", "mixtral"),
    "mistral-swa": os.path.join(ROOT, "tests", "fixtures", "mistral-swa"),
    "qwen2-swa": os.path.join(ROOT, "tests", "fixtures", "qwen2-swa"),
}
#: the sliding-window fixtures, which also hold a longer prompt (long_ids, long_logits)
WINDOWED = ("mistral-swa", "qwen2-swa")
REL_TOL = 1e-4

_cache = {}


def fixture(name):
    if name not in _cache:
        _cache[name] = ref.load_fixture(FIXTURES[name])
    return _cache[name]


def rel_err(got, want):
    return float(np.max(np.abs(got.astype(np.float64) - want)) / np.max(np.abs(want)))


@pytest.mark.parametrize("name", list(FIXTURES))
def test_fixture_shapes(name):
    cfg, w, exp = fixture(name)
    assert exp["prompt_ids"].shape == (2, 8) and exp["prompt_ids"].dtype == np.int64
    assert exp["prefill_logits"].shape == (2, 8, cfg["vocab_size"])
    assert exp["prefill_logits"].dtype == np.float32
    assert exp["greedy_ids"].shape == (2, 32) and exp["greedy_ids"].dtype == np.int64
    assert float(exp["min_margin"]) > 1e-3
    assert all(a.dtype == np.float32 for a in w.values())
    tied = cfg.get("tie_word_embeddings", False)
    assert ("lm_head.weight" in w) != tied
    assert cfg.get("dtype", cfg.get("torch_dtype")) in ("float32", "float16", "bfloat16")


@pytest.mark.parametrize("name", list(FIXTURES))
def test_prefill_logits(name):
    cfg, w, exp = fixture(name)
    logits, kv = ref.forward(cfg, w, exp["prompt_ids"])
    assert logits.shape == exp["prefill_logits"].shape and logits.dtype == np.float32
    err = rel_err(logits, exp["prefill_logits"])
    assert err <= REL_TOL, err
    assert len(kv) == cfg["num_hidden_layers"]
    kvdim = ref.head_dim_of(cfg) * cfg["num_key_value_heads"]
    assert kv[0][0].shape == (2, 8, kvdim) and kv[0][1].shape == (2, 8, kvdim)


@pytest.mark.parametrize("name", list(FIXTURES))
@pytest.mark.parametrize("chunks", [(1,) * 8, (4, 1, 1, 1, 1), (3, 5)])
def test_incremental_matches_prefill(name, chunks):
    cfg, w, exp = fixture(name)
    ids = exp["prompt_ids"]
    kv, pos, outs = None, 0, []
    for n in chunks:
        logits, kv = ref.forward(cfg, w, ids[:, pos:pos + n], past_kv=kv)
        outs.append(logits)
        pos += n
    assert pos == ids.shape[1]
    err = rel_err(np.concatenate(outs, axis=1), exp["prefill_logits"])
    assert err <= REL_TOL, err


@pytest.mark.parametrize("name", WINDOWED)
def test_long_prompt_through_the_window(name):
    """The 40-token prompt, in one forward and in chunks that cross the window."""
    cfg, w, exp = fixture(name)
    ids, want = exp["long_ids"], exp["long_logits"]
    assert rel_err(ref.forward(cfg, w, ids)[0], want) <= REL_TOL
    kv, outs = None, []
    for lo, hi in ((0, 16), (16, 17), (17, 40)):
        logits, kv = ref.forward(cfg, w, ids[:, lo:hi], past_kv=kv)
        outs.append(logits)
    assert rel_err(np.concatenate(outs, axis=1), want) <= REL_TOL
    assert max(ref.layer_windows(cfg)) == 6


@pytest.mark.parametrize("name", list(FIXTURES))
def test_greedy(name):
    cfg, w, exp = fixture(name)
    got, margin = ref.greedy(cfg, w, exp["prompt_ids"], exp["greedy_ids"].shape[1])
    np.testing.assert_array_equal(got[0], exp["greedy_ids"][0])
    np.testing.assert_array_equal(got, exp["greedy_ids"])
    assert abs(margin - float(exp["min_margin"])) < 1e-3


# ---------------------------------------------------------------- op checks

def test_rms_norm_semantics():
    rng = np.random.default_rng(0)
    x = rng.standard_normal((2, 3, 8)).astype(np.float32)
    w = rng.standard_normal(8).astype(np.float32)
    want = x / np.sqrt(np.mean(x.astype(np.float64) ** 2, -1, keepdims=True) + 1e-6) * w
    np.testing.assert_allclose(ref.rms_norm(x, w, 1e-6), want, rtol=1e-6, atol=1e-6)


def test_rope_position_zero_is_identity_and_offset():
    rng = np.random.default_rng(1)
    x = rng.standard_normal((1, 4, 2 * 8)).astype(np.float32)
    cos, sin = ref.rope_tables(8, 10000.0, 16)
    assert cos.shape == (16, 4)
    np.testing.assert_allclose(ref.rope(x[:, :1], cos, sin, 8, 0), x[:, :1], atol=0)
    full = ref.rope(x, cos, sin, 8, 3)
    np.testing.assert_allclose(ref.rope(x[:, 2:], cos, sin, 8, 5), full[:, 2:], atol=1e-6)
    # rotation preserves the norm of each (i, i+hd/2) pair
    np.testing.assert_allclose(np.linalg.norm(full), np.linalg.norm(x), rtol=1e-5)


def test_attention_gqa_equals_repeated_mha():
    rng = np.random.default_rng(2)
    B, S, T, nh, nkv, hd = 2, 3, 5, 4, 2, 8
    q = rng.standard_normal((B, S, nh * hd)).astype(np.float32)
    k = rng.standard_normal((B, T, nkv * hd)).astype(np.float32)
    v = rng.standard_normal((B, T, nkv * hd)).astype(np.float32)
    rep = lambda t: np.repeat(t.reshape(B, T, nkv, hd), nh // nkv, axis=2).reshape(B, T, nh * hd)
    a = ref.attention(q, k, v, nh, nkv, hd)
    b = ref.attention(q, rep(k), rep(v), nh, nh, hd)
    np.testing.assert_allclose(a, b, rtol=1e-6, atol=1e-6)
    # the first query (absolute position T-S) sees keys 0..T-S only
    c = ref.attention(q[:, :1], k[:, : T - S + 1], v[:, : T - S + 1], nh, nkv, hd)
    np.testing.assert_allclose(a[:, :1], c, rtol=1e-6, atol=1e-6)


def test_attention_keep_mask_drops_keys():
    rng = np.random.default_rng(3)
    B, S, T, nh, nkv, hd = 2, 2, 6, 2, 1, 4
    q = rng.standard_normal((B, S, nh * hd)).astype(np.float32)
    k = rng.standard_normal((B, T, nkv * hd)).astype(np.float32)
    v = rng.standard_normal((B, T, nkv * hd)).astype(np.float32)
    keep = np.ones((B, T), np.float32)
    keep[:, 1] = 0.0
    got = ref.attention(q, k, v, nh, nkv, hd, keep_mask=keep)
    idx = [0, 2, 3, 4, 5]
    want = ref.attention(q, k[:, idx], v[:, idx], nh, nkv, hd)
    np.testing.assert_allclose(got, want, rtol=1e-6, atol=1e-6)


def test_load_safetensors_bf16_roundtrip(tmp_path):
    import json
    import struct

    vals = np.array([1.0, -2.5, 0.15625, 3.0e38], np.float32)
    bf16 = (vals.view(np.uint32) >> 16).astype("<u2")
    f16 = vals[:3].astype("<f2")
    data = bf16.tobytes() + f16.tobytes()
    hdr = {
        "a": {"dtype": "BF16", "shape": [2, 2], "data_offsets": [0, 8]},
        "b": {"dtype": "F16", "shape": [3], "data_offsets": [8, 14]},
        "__metadata__": {"format": "pt"},
    }
    hb = json.dumps(hdr).encode()
    p = tmp_path / "t.safetensors"
    p.write_bytes(struct.pack("<Q", len(hb)) + hb + data)
    out = ref.load_safetensors(str(p))
    np.testing.assert_array_equal(out["a"].ravel()[:3], vals[:3])
    assert out["a"].shape == (2, 2) and out["a"].dtype == np.float32
    np.testing.assert_array_equal(out["b"], vals[:3])


def test_rope_params_v4_and_v5_configs():
    assert ref.rope_params_of({"rope_theta": 5e5}) == (5e5, None)
    assert ref.rope_params_of({"rope_parameters": {"rope_theta": 1e6, "rope_type": "default"}}) == (1e6, None)
    l3 = {"rope_type": "llama3", "factor": 8.0, "low_freq_factor": 1.0,
          "high_freq_factor": 4.0, "original_max_position_embeddings": 8192}
    theta, sc = ref.rope_params_of({"rope_parameters": dict(l3, rope_theta=5e5)})
    assert theta == 5e5 and sc["rope_type"] == "llama3"
    theta, sc = ref.rope_params_of({"rope_theta": 5e5, "rope_scaling": l3})
    assert theta == 5e5 and sc["rope_type"] == "llama3"
