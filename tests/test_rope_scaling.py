"""RoPE scaling: the compile-time tables against the numpy reference and (when installed)
transformers, and the kind and parameters in the printed IR. The end-to-end checks are the
rope fixtures of test_e2e_fixtures.py."""

from __future__ import annotations

import logging

import numpy as np
import pytest

import numpy_ref as ref
from rlx.runtime.constants import make_constant
from rlxc.models.config import Qwen3Config
from rlxc.models.qwen3 import Qwen3Flow, rope_tables

MAX_POS = 2048
SCALINGS = [
    {"rope_type": "linear", "factor": 2.0},
    {"type": "dynamic", "factor": 3.0},
    {"rope_type": "llama3", "factor": 8.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
     "original_max_position_embeddings": 64},
    {"rope_type": "llama3", "factor": 32.0, "low_freq_factor": 2.0, "high_freq_factor": 3.0,
     "original_max_position_embeddings": 100},
    {"rope_type": "yarn", "factor": 4.0, "original_max_position_embeddings": 512},
    {"rope_type": "yarn", "factor": 4.0},
    {"rope_type": "yarn", "factor": 40.0, "original_max_position_embeddings": 4096, "beta_fast": 32,
     "beta_slow": 1, "mscale": 1.0, "mscale_all_dim": 0.707},
    {"rope_type": "yarn", "factor": 2.0, "original_max_position_embeddings": 300, "attention_factor": 0.9,
     "beta_fast": 16, "beta_slow": 2, "truncate": False},
]
IDS = [f"{s.get('rope_type', s.get('type'))}{i}" for i, s in enumerate(SCALINGS)]


def config_dict(scaling: dict, head_dim: int, theta: float) -> dict:
    return dict(model_type="llama", vocab_size=64, hidden_size=2 * head_dim, intermediate_size=64,
                num_hidden_layers=1, num_attention_heads=2, head_dim=head_dim,
                max_position_embeddings=MAX_POS, rope_theta=theta, rope_scaling=dict(scaling))


def rlx_tables(d: dict, positions: int) -> tuple[np.ndarray, np.ndarray]:
    """The tables the runtime builds from the compiled recipe."""
    stage = rope_tables(Qwen3Config.from_dict(dict(d)), positions)
    recipe = {"shape": [positions, stage.half], **stage.recipe()}
    return (make_constant("rope.cos", dict(recipe, kind="rope_cos")),
            make_constant("rope.sin", dict(recipe, kind="rope_sin")))


@pytest.mark.parametrize("theta", [1e4, 1e6])
@pytest.mark.parametrize("head_dim", [16, 64])
@pytest.mark.parametrize("scaling", SCALINGS, ids=IDS)
def test_tables_match_the_numpy_reference(scaling, head_dim, theta):
    cos, sin = rlx_tables(config_dict(scaling, head_dim, theta), MAX_POS)
    want_cos, want_sin = ref.rope_tables(head_dim, theta, MAX_POS, scaling, MAX_POS)
    # float32 angles p * inv_freq (as transformers) against float64 ones: |dangle| <= p * ulp
    assert np.abs(cos - want_cos).max() < 5e-4 and np.abs(sin - want_sin).max() < 5e-4


@pytest.mark.parametrize("theta", [1e4, 1e6])
@pytest.mark.parametrize("head_dim", [16, 64])
@pytest.mark.parametrize("scaling", SCALINGS, ids=IDS)
def test_tables_match_transformers(scaling, head_dim, theta):
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    from transformers.models.llama.modeling_llama import LlamaRotaryEmbedding

    logging.getLogger("transformers").setLevel(logging.ERROR)
    d = config_dict(scaling, head_dim, theta)
    emb = LlamaRotaryEmbedding(transformers.LlamaConfig.from_dict(dict(d)))
    stage = rope_tables(Qwen3Config.from_dict(dict(d)), MAX_POS)
    # the compile-time frequencies are transformers' own, bit for bit
    np.testing.assert_array_equal(np.float32(stage.inv_freq), emb.inv_freq.numpy())
    assert stage.attention_scaling == emb.attention_scaling
    # positions 0..MAX_POS-1 in one forward: dynamic rope stays unscaled up to max_position_embeddings
    cos_hf, sin_hf = emb(torch.zeros(1), torch.arange(MAX_POS)[None])
    cos, sin = rlx_tables(d, MAX_POS)
    half = head_dim // 2
    assert np.abs(cos - cos_hf[0, :, :half].numpy()).max() <= 2e-7
    assert np.abs(sin - sin_hf[0, :, :half].numpy()).max() <= 2e-7


def test_default_rope_recipe_and_ir_are_unchanged():
    d = config_dict({"rope_type": "default"}, 16, 1e4)
    built = Qwen3Flow.for_prefill(Qwen3Config.from_dict(d), 1, 4).build(None)
    assert set(built.constants["rope.cos"]) == {"shape", "kind", "theta", "head_dim"}
    assert "scaling" not in str(built.module)


@pytest.mark.parametrize("scaling,shown", [
    ({"rope_type": "linear", "factor": 2.0}, {"factor": 2.0}),
    ({"rope_type": "dynamic", "factor": 3}, {"factor": 3.0}),
    (SCALINGS[2], {"factor": 8.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
                   "original_max_position_embeddings": 64}),
    (SCALINGS[6], {"factor": 40.0, "original_max_position_embeddings": 4096, "beta_fast": 32.0,
                   "beta_slow": 1.0, "mscale": 1.0, "mscale_all_dim": 0.707, "truncate": True,
                   "attention_scaling": ref.rope_attention_scaling(SCALINGS[6])}),
])
def test_kind_and_parameters_in_the_printed_ir(scaling, shown):
    from xdsl.dialects.builtin import FloatAttr, IntegerAttr

    from rlx.dialects import rlx

    cfg = Qwen3Config.from_dict(config_dict(scaling, 16, 1e4))
    built = Qwen3Flow.for_decode(cfg, 1, "PAST_SEQ").build(None)
    kind = cfg.rope_scaling.rope_type
    lines = [line for line in str(built.module).splitlines() if "rlx.rope" in line]
    assert len(lines) == 2  # q and k of the one layer
    for line in lines:
        assert f'scaling = "{kind}", scaling_params = {{' in line
        assert all(f"{name} = " in line for name in shown)
    for op in built.module.walk():
        if isinstance(op, rlx.RopeOp):
            params = {}
            for name, attr in op.scaling_params.data.items():
                if isinstance(attr, FloatAttr):
                    params[name] = attr.value.data
                elif isinstance(attr, IntegerAttr) and attr.type.width.data == 1:
                    params[name] = bool(attr.value.data)
                else:
                    params[name] = attr.value.data
            assert op.scaling.data == kind and params == pytest.approx(shown, rel=1e-15)
    assert built.constants["rope.cos"]["scaling"] == kind


def test_freq_factors_divide_the_default_frequencies_and_show_in_the_ir():
    """rlx's ``freq_factors`` (a GGUF's ``rope_freqs.weight``): each pair's default frequency
    divided by its factor, the factors printed on every rlx.rope."""
    factors = [1.0, 1.5, 2.0, 3.25, 8.0, 8.0, 8.0, 8.0]
    d = config_dict({"rope_type": "freq_factors", "freq_factors": factors}, 16, 1e4)
    cos, sin = rlx_tables(d, 64)
    inv = (np.float32(1) / (1e4 ** (np.arange(0, 16, 2) / 16)).astype(np.float32)) / np.float32(factors)
    angles = np.arange(64, dtype=np.float32)[:, None] * inv.astype(np.float32)[None, :]
    np.testing.assert_allclose(cos, np.cos(angles), atol=2e-6)
    np.testing.assert_allclose(sin, np.sin(angles), atol=2e-6)
    built = Qwen3Flow.for_decode(Qwen3Config.from_dict(d), 1, "PAST_SEQ").build(None)
    lines = [line for line in str(built.module).splitlines() if "rlx.rope" in line]
    assert len(lines) == 2 and all('scaling = "freq_factors", scaling_params = {freq_factors = [1.000000e+00 : f64, '
                                   '1.500000e+00 : f64, 2.000000e+00 : f64, 3.250000e+00 : f64' in line for line in lines)


def test_dynamic_rope_never_runs_beyond_max_position_embeddings(tmp_path):
    """Where transformers would rescale dynamic rope (past max_position_embeddings) rlx
    refuses to run, as for every model."""
    import rlxc
    from conftest import FIXTURES
    from rlx.runtime.errors import RuntimeLimitError

    with pytest.raises(RuntimeLimitError, match="max_position_embeddings"):
        rlxc.load(FIXTURES["llama-rope-dynamic"], max_seq=129)
