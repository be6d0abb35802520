"""Tests for rlxc.models.config: both HF layouts, defaults, rejections, expected weights."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rlxc.models.config import HF_DEFAULTS, Qwen3Config, RopeScaling, expected_weights
from rlx.runtime.errors import ConfigError

BASE = {"vocab_size": 256, "hidden_size": 64, "intermediate_size": 128,
        "num_hidden_layers": 2, "num_attention_heads": 4}


def make(model_type: str = "qwen3", **overrides) -> dict:
    """A minimal valid config dict; ``None`` values in overrides delete the key."""
    d = dict(BASE, model_type=model_type)
    for key, value in overrides.items():
        if value is None:
            d.pop(key, None)
        else:
            d[key] = value
    return d


def v4_layout(model_type: str) -> dict:
    """What transformers 4.x writes (top-level rope_theta/rope_scaling, torch_dtype)."""
    return make(model_type, num_key_value_heads=2, head_dim=16, rope_theta=1000000.0,
                rope_scaling=None, torch_dtype="bfloat16", max_position_embeddings=4096,
                rms_norm_eps=1e-5, tie_word_embeddings=True, hidden_act="silu",
                use_sliding_window=False, sliding_window=None, max_window_layers=28,
                transformers_version="4.51.3", architectures=["X"])


def v5_layout(model_type: str) -> dict:
    """What transformers 5.x writes (rope_parameters, dtype, layer_types)."""
    return make(model_type, num_key_value_heads=2, head_dim=16, dtype="bfloat16",
                rope_parameters={"rope_theta": 1000000.0, "rope_type": "default"},
                max_position_embeddings=4096, rms_norm_eps=1e-5, tie_word_embeddings=True,
                hidden_act="silu", layer_types=["full_attention", "full_attention"],
                transformers_version="5.0.0")


def assert_config_error(d, *substrings: str) -> str:
    with pytest.raises(ConfigError) as info:
        Qwen3Config.from_dict(d, source="cfg.json")
    message = str(info.value)
    assert "\n" not in message
    for s in substrings:
        assert s in message
    return message


# -- layouts ---------------------------------------------------------------------------------

@pytest.mark.parametrize("model_type", ["qwen3", "qwen2", "llama", "mistral"])
@pytest.mark.parametrize("layout", [v4_layout, v5_layout])
def test_both_layouts_parse_identically(model_type, layout):
    cfg = Qwen3Config.from_dict(layout(model_type))
    assert cfg.model_type == model_type
    assert (cfg.num_key_value_heads, cfg.head_dim, cfg.rope_theta) == (2, 16, 1e6)
    assert (cfg.torch_dtype, cfg.max_position_embeddings, cfg.rms_norm_eps) == ("bfloat16", 4096, 1e-5)
    assert cfg.tie_word_embeddings is True
    assert (cfg.q_proj_dim, cfg.kv_proj_dim, cfg.kv_group_size) == (64, 32, 2)


@pytest.mark.parametrize("model_type", ["qwen3", "qwen2", "llama"])
def test_layouts_have_same_fingerprint(model_type):
    a = Qwen3Config.from_dict(v4_layout(model_type))
    b = Qwen3Config.from_dict(v5_layout(model_type))
    assert a == b and a.fingerprint() == b.fingerprint()


def test_transformers5_written_config_shape():
    """Field set a transformers 5 Qwen3Config.to_json_string() produces (captured offline)."""
    d = {"architectures": None, "attention_bias": False, "attention_dropout": 0.0,
         "bos_token_id": None, "dtype": None, "eos_token_id": None, "head_dim": 16,
         "hidden_act": "silu", "hidden_size": 64, "initializer_range": 0.02,
         "intermediate_size": 128, "layer_types": ["full_attention", "full_attention"],
         "max_position_embeddings": 32768, "max_window_layers": 28, "model_type": "qwen3",
         "num_attention_heads": 4, "num_hidden_layers": 2, "num_key_value_heads": 2,
         "pad_token_id": None, "rms_norm_eps": 1e-06,
         "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"},
         "sliding_window": None, "tie_word_embeddings": False, "transformers_version": "5.24.0",
         "use_cache": True, "use_sliding_window": False, "vocab_size": 100}
    cfg = Qwen3Config.from_dict(d)
    assert cfg.torch_dtype == "float32" and cfg.head_dim == 16 and cfg.vocab_size == 100


def test_from_json_roundtrip(tmp_path):
    path = tmp_path / "config.json"
    path.write_text(json.dumps(v5_layout("qwen3")))
    assert Qwen3Config.from_json(path) == Qwen3Config.from_dict(v5_layout("qwen3"))
    assert Qwen3Config.from_json(str(path)) == Qwen3Config.from_json(path)


@pytest.mark.parametrize("model_type", ["qwen3", "qwen2", "llama", "mistral"])
def test_to_dict_roundtrips(model_type):
    cfg = Qwen3Config.from_dict(v4_layout(model_type))
    d = cfg.to_dict()
    assert list(d) == sorted(d)
    assert Qwen3Config.from_dict(d) == cfg


def test_fingerprint_changes_with_fields():
    a = Qwen3Config.from_dict(make(num_key_value_heads=2))
    b = Qwen3Config.from_dict(make(num_key_value_heads=4))
    assert len(a.fingerprint()) == 64 and a.fingerprint() != b.fingerprint()
    assert a.fingerprint() == Qwen3Config.from_dict(make(num_key_value_heads=2)).fingerprint()


# -- defaults --------------------------------------------------------------------------------

def test_qwen3_defaults():
    cfg = Qwen3Config.from_dict(make("qwen3", num_key_value_heads=4))
    assert cfg.head_dim == 128  # Qwen3Config's own default, not hidden // heads
    assert (cfg.max_position_embeddings, cfg.rms_norm_eps, cfg.rope_theta) == (32768, 1e-6, 10000.0)
    assert (cfg.tie_word_embeddings, cfg.attention_bias, cfg.qk_norm) == (False, False, True)
    assert (cfg.torch_dtype, cfg.hidden_act) == ("float32", "silu")


def test_qwen_kv_heads_default_is_32():
    """Qwen2Config/Qwen3Config default num_key_value_heads to 32 when the key is absent."""
    for model_type in ("qwen3", "qwen2"):
        cfg = Qwen3Config.from_dict(make(model_type, num_attention_heads=64, hidden_size=1024))
        assert cfg.num_key_value_heads == 32
    assert_config_error(make("qwen2"), "not divisible by num_key_value_heads (32)")


def test_kv_heads_null_means_num_attention_heads():
    for model_type in ("qwen3", "qwen2", "llama"):
        cfg = Qwen3Config.from_dict(make(model_type, num_key_value_heads=None) |
                                    {"num_key_value_heads": None})
        assert cfg.num_key_value_heads == 4 and cfg.kv_group_size == 1


def test_qwen2_defaults():
    cfg = Qwen3Config.from_dict(make("qwen2", num_key_value_heads=4))
    assert cfg.head_dim == 16  # hidden // heads
    assert (cfg.max_position_embeddings, cfg.rms_norm_eps, cfg.rope_theta) == (32768, 1e-6, 10000.0)
    assert (cfg.tie_word_embeddings, cfg.attention_bias, cfg.qk_norm) == (False, True, False)


def test_qwen2_attention_bias_always_true():
    assert Qwen3Config.from_dict(make("qwen2", num_key_value_heads=4, attention_bias=False)).attention_bias


def test_llama_defaults():
    cfg = Qwen3Config.from_dict(make("llama"))
    assert (cfg.head_dim, cfg.num_key_value_heads) == (16, 4)
    assert (cfg.max_position_embeddings, cfg.rms_norm_eps, cfg.rope_theta) == (2048, 1e-6, 10000.0)
    assert (cfg.tie_word_embeddings, cfg.attention_bias, cfg.qk_norm) == (False, False, False)
    assert (cfg.torch_dtype, cfg.hidden_act) == ("float32", "silu")


def test_head_dim_null_derives():
    assert Qwen3Config.from_dict(make("qwen3", num_key_value_heads=4) | {"head_dim": None}).head_dim == 16


def test_defaults_table_matches_documented_values():
    assert HF_DEFAULTS["qwen3"].head_dim == 128 and HF_DEFAULTS["llama"].head_dim is None
    assert {d.rope_theta for t, d in HF_DEFAULTS.items() if t != "mixtral"} == {10000.0}
    assert HF_DEFAULTS["mixtral"].rope_theta == 1e6  # MixtralConfig.default_theta


def test_attention_bias_from_field():
    assert Qwen3Config.from_dict(make("llama", attention_bias=True)).attention_bias
    assert Qwen3Config.from_dict(make("qwen3", num_key_value_heads=4, attention_bias=True)).attention_bias


def test_dtype_wins_over_torch_dtype():
    cfg = Qwen3Config.from_dict(make("llama", dtype="float16", torch_dtype="bfloat16"))
    assert cfg.torch_dtype == "float16"


def test_rope_theta_priority():
    d = make("llama", rope_theta=5.0, rope_parameters={"rope_type": "default", "rope_theta": 7.0})
    assert Qwen3Config.from_dict(d).rope_theta == 7.0
    d = make("llama", rope_theta=5.0, rope_parameters={"rope_type": "default"})
    assert Qwen3Config.from_dict(d).rope_theta == 5.0
    d = make("llama", rope_scaling={"type": "default"}, rope_theta=3.0)
    assert Qwen3Config.from_dict(d).rope_theta == 3.0


def test_explicit_head_dim_need_not_divide_hidden():
    cfg = Qwen3Config.from_dict(make("qwen3", hidden_size=48, num_key_value_heads=2, head_dim=32))
    assert cfg.q_proj_dim == 128


# -- rejections ------------------------------------------------------------------------------

def test_unknown_model_type():
    msg = assert_config_error(make("phi3"), "unknown model_type 'phi3' in cfg.json",
                              "supported: qwen3, qwen2, llama, mistral, qwen3_moe, mixtral")
    assert msg.startswith("unknown model_type")
    assert_config_error(make(None), "unknown model_type")
    assert_config_error(make(7), "unknown model_type")


@pytest.mark.parametrize("field", ["vocab_size", "hidden_size", "num_hidden_layers",
                                   "num_attention_heads", "intermediate_size"])
def test_missing_required_field(field):
    assert_config_error(make("llama", **{field: None}), f"missing required field '{field}'")


@pytest.mark.parametrize("field,value,text", [
    ("hidden_size", "64", "must be an integer"),
    ("hidden_size", True, "must be an integer"),
    ("hidden_size", 64.0, "must be an integer"),
    ("vocab_size", 0, "must be >= 1"),
    ("num_hidden_layers", -1, "must be >= 1"),
    ("intermediate_size", 2**40, "too large"),
    ("num_key_value_heads", "2", "must be an integer"),
    ("head_dim", 0, "must be >= 1"),
    ("max_position_embeddings", [1], "must be an integer"),
    ("rms_norm_eps", "1e-6", "must be a number"),
    ("rms_norm_eps", True, "must be a number"),
    ("rms_norm_eps", 0.0, "finite number > 0"),
    ("rms_norm_eps", float("nan"), "finite number > 0"),
    ("rope_theta", -1.0, "finite number > 0"),
    ("rope_theta", float("inf"), "finite number > 0"),
    ("tie_word_embeddings", 1, "must be true or false"),
    ("attention_bias", "yes", "must be true or false"),
    ("hidden_act", 3, "must be a string"),
    ("torch_dtype", "int8", "unsupported torch_dtype 'int8'"),
    ("dtype", "auto", "unsupported dtype 'auto'"),
])
def test_wrong_types_and_values(field, value, text):
    assert_config_error(make("llama", **{field: value}), field, text)


def test_heads_not_divisible_by_kv_heads():
    assert_config_error(make("llama", num_key_value_heads=3),
                        "num_attention_heads (4) is not divisible by num_key_value_heads (3)")


def test_hidden_not_divisible_by_heads_without_head_dim():
    assert_config_error(make("llama", hidden_size=66), "hidden_size (66) is not divisible")


def test_odd_head_dim():
    assert_config_error(make("llama", head_dim=15), "head_dim must be even", "15")


def test_hidden_act_not_silu():
    assert_config_error(make("llama", hidden_act="gelu"), "hidden_act 'gelu' is not supported")


LLAMA3 = {"rope_type": "llama3", "factor": 8.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
          "original_max_position_embeddings": 64}


@pytest.mark.parametrize("overrides,want", [
    ({"rope_scaling": {"type": "linear", "factor": 2.0}}, RopeScaling("linear", 2.0)),
    ({"rope_parameters": {"rope_type": "dynamic", "factor": 3, "rope_theta": 1e4}},
     RopeScaling("dynamic", 3.0)),
    ({"rope_scaling": LLAMA3, "rope_theta": 5e5},
     RopeScaling("llama3", 8.0, low_freq_factor=1.0, high_freq_factor=4.0,
                 original_max_position_embeddings=64)),
    # yarn: original_max_position_embeddings defaults to max_position_embeddings (transformers 5.x)
    ({"rope_scaling": {"rope_type": "yarn", "factor": 4.0}},
     RopeScaling("yarn", 4.0, original_max_position_embeddings=2048, truncate=True)),
    ({"rope_parameters": {"rope_type": "yarn", "factor": 4.0, "original_max_position_embeddings": 16,
                          "beta_fast": 16, "beta_slow": 2, "mscale": 1, "mscale_all_dim": 0,
                          "attention_factor": 1.5, "truncate": False, "rope_theta": 1e6}},
     RopeScaling("yarn", 4.0, original_max_position_embeddings=16, attention_factor=1.5, beta_fast=16.0,
                 beta_slow=2.0, mscale=1.0, truncate=False)),
])
def test_rope_scaling_parsed(overrides, want):
    cfg = Qwen3Config.from_dict(make("llama", **overrides))
    assert cfg.rope_scaling == want
    assert Qwen3Config.from_dict(cfg.to_dict()) == cfg  # the canonical dict reads back


def test_default_rope_has_no_scaling_key():
    cfg = Qwen3Config.from_dict(make("llama"))
    assert cfg.rope_scaling is None and "rope_scaling" not in cfg.to_dict()
    d = make("llama", rope_parameters={"rope_type": "default", "rope_theta": 7.0, "partial_rotary_factor": 1.0})
    assert Qwen3Config.from_dict(d).rope_scaling is None


@pytest.mark.parametrize("overrides,texts", [
    ({"rope_scaling": {"rope_type": "longrope", "factor": 4.0}},
     ("rope scaling 'longrope'", "'rope_scaling.rope_type'", "is not supported", "supported: default")),
    ({"rope_parameters": {"type": "su"}}, ("rope scaling 'su'", "'rope_parameters.type'")),
    ({"rope_parameters": {"rope_type": 3}}, ("rope scaling integer 3", "'rope_parameters.rope_type'")),
    ({"rope_scaling": {"rope_type": "linear"}},
     ("missing required field 'rope_scaling.factor'", "rope scaling 'linear'")),
    ({"rope_scaling": {"rope_type": "dynamic", "factor": 0}}, ("'rope_scaling.factor'", "finite number > 0")),
    ({"rope_scaling": {"rope_type": "linear", "factor": -2.0}}, ("'rope_scaling.factor'", "finite number > 0")),
    ({"rope_scaling": {"rope_type": "linear", "factor": "2"}}, ("'rope_scaling.factor'", "must be a number")),
    ({"rope_scaling": dict(LLAMA3, original_max_position_embeddings=None)},
     ("missing required field 'rope_scaling.original_max_position_embeddings'",)),
    ({"rope_scaling": dict(LLAMA3, original_max_position_embeddings=64.5)},
     ("'rope_scaling.original_max_position_embeddings'", "must be an integer")),
    ({"rope_scaling": dict(LLAMA3, original_max_position_embeddings=0)},
     ("'rope_scaling.original_max_position_embeddings'", "must be >= 1")),
    ({"rope_scaling": dict(LLAMA3, low_freq_factor=None)}, ("missing required field 'rope_scaling.low_freq_factor'",)),
    ({"rope_scaling": dict(LLAMA3, low_freq_factor=4.0)},
     ("'rope_scaling.low_freq_factor' (4.0) must be less than 'rope_scaling.high_freq_factor' (4.0)",)),
    ({"rope_parameters": {"rope_type": "yarn", "factor": 2.0, "beta_fast": -1}},
     ("'rope_parameters.beta_fast'", "finite number > 0")),
    ({"rope_parameters": {"rope_type": "yarn", "factor": 2.0, "attention_factor": 0.0}},
     ("'rope_parameters.attention_factor'", "finite number > 0")),
    ({"rope_parameters": {"rope_type": "yarn", "factor": 2.0, "truncate": "no"}},
     ("'rope_parameters.truncate'", "must be true or false")),
    ({"rope_parameters": {"rope_type": "yarn", "factor": 2.0, "partial_rotary_factor": 0.5}},
     ("'rope_parameters.partial_rotary_factor'", "partial rotary embeddings are not supported")),
    ({"partial_rotary_factor": 0.25}, ("'partial_rotary_factor'", "partial rotary embeddings")),
])
def test_rope_scaling_errors(overrides, texts):
    message = assert_config_error(make("llama", **overrides), *texts)
    assert "\n" not in message


def test_rope_parameters_malformed():
    assert_config_error(make("llama", rope_parameters=[1]), "must be an object")
    assert_config_error(make("llama", rope_parameters={"full_attention": {"rope_type": "default"}}),
                        "per-layer-type rope_parameters")
    assert_config_error(make("llama", rope_parameters={"rope_type": "default", "rope_theta": "x"}),
                        "rope_parameters.rope_theta", "must be a number")


def windows(cfg: Qwen3Config) -> list[int]:
    return [cfg.layer_window(i) for i in range(cfg.num_hidden_layers)]


def test_mistral_windows_every_layer():
    """MistralConfig: sliding_window (default 4096, null: none) on every layer; head_dim
    derived, no biases (attention_bias is ignored, as transformers does)."""
    cfg = Qwen3Config.from_dict(make("mistral", num_key_value_heads=4, sliding_window=6, attention_bias=True))
    assert windows(cfg) == [6, 6] and cfg.head_dim == 16 and not cfg.attention_bias and not cfg.qk_norm
    assert windows(Qwen3Config.from_dict(make("mistral", num_key_value_heads=4))) == [4096, 4096]
    none = Qwen3Config.from_dict(dict(make("mistral", num_key_value_heads=4), sliding_window=None))
    assert windows(none) == [0, 0] and none.sliding_window is None
    assert Qwen3Config.from_dict(none.to_dict()) == none  # null, not absent (4096)
    # layer_types are ignored by MistralModel (transformers only warns)
    typed = make("mistral", num_key_value_heads=4, sliding_window=6,
                 layer_types=["full_attention", "sliding_attention"])
    assert windows(Qwen3Config.from_dict(typed)) == [6, 6]


def test_mistral_defaults():
    cfg = Qwen3Config.from_dict(make("mistral", num_attention_heads=8))
    assert (cfg.num_key_value_heads, cfg.head_dim, cfg.max_position_embeddings) == (8, 8, 131072)
    assert (cfg.rope_theta, cfg.rms_norm_eps, cfg.sliding_window) == (10000.0, 1e-6, 4096)


@pytest.mark.parametrize("model_type", ["qwen2", "qwen3"])
def test_qwen_windows_from_max_window_layers(model_type):
    """use_sliding_window: the layers from max_window_layers (default 28) on are windowed."""
    d = make(model_type, num_key_value_heads=4, head_dim=16, num_hidden_layers=3, use_sliding_window=True,
             sliding_window=6, max_window_layers=1)
    assert windows(Qwen3Config.from_dict(d)) == [0, 6, 6]
    assert windows(Qwen3Config.from_dict(dict(d, max_window_layers=0))) == [6, 6, 6]
    assert windows(Qwen3Config.from_dict(make(**dict(d, max_window_layers=None)))) == [0, 0, 0]  # 28 >= 3
    assert windows(Qwen3Config.from_dict(dict(d, sliding_window=None))) == [0, 0, 0]  # null: none
    assert windows(Qwen3Config.from_dict(dict(d, use_sliding_window=False))) == [0, 0, 0]
    absent = dict(d, max_window_layers=2)
    del absent["sliding_window"]
    assert windows(Qwen3Config.from_dict(absent)) == [0, 0, 4096]  # Qwen2Config's default


def test_qwen_windows_from_layer_types():
    """layer_types (what 5.x writes) win over max_window_layers; the 4.x and 5.x layouts of
    one model are equal configs, and a pattern that is not "full, then windowed" is kept."""
    d = make("qwen2", num_key_value_heads=4, num_hidden_layers=3, use_sliding_window=True,
             sliding_window=6, max_window_layers=1)
    v5 = dict(d, layer_types=["full_attention", "sliding_attention", "sliding_attention"])
    assert Qwen3Config.from_dict(v5) == Qwen3Config.from_dict(d)
    odd = Qwen3Config.from_dict(dict(d, layer_types=["sliding_attention", "full_attention", "sliding_attention"]))
    assert windows(odd) == [6, 0, 6]
    for cfg in (Qwen3Config.from_dict(v5), odd):
        assert Qwen3Config.from_dict(cfg.to_dict()) == cfg
        assert cfg.fingerprint() != Qwen3Config.from_dict(dict(d, use_sliding_window=False)).fingerprint()


@pytest.mark.parametrize("overrides,field", [
    ({"model_type": "mistral", "sliding_window": 0}, "sliding_window"),
    ({"model_type": "mistral", "sliding_window": -3}, "sliding_window"),
    ({"use_sliding_window": True, "sliding_window": 0, "max_window_layers": 0}, "sliding_window"),
    ({"use_sliding_window": True, "sliding_window": "6"}, "sliding_window"),
    ({"use_sliding_window": True, "max_window_layers": -1}, "max_window_layers"),
    ({"use_sliding_window": True, "layer_types": ["full_attention"]}, "layer_types"),
    ({"use_sliding_window": True, "layer_types": ["full_attention", "chunked_attention"]}, "layer_types"),
    ({"layer_types": ["full_attention", "sliding_attention"]}, "use_sliding_window"),
    ({"model_type": "llama", "use_sliding_window": True}, "use_sliding_window"),
    ({"model_type": "llama", "layer_types": ["full_attention", "sliding_attention"]}, "layer_types"),
])
def test_bad_sliding_windows_are_one_line_errors(overrides, field):
    d = dict(make("qwen2", num_key_value_heads=4), **overrides)
    assert_config_error(d, field)


def test_sliding_window_size_without_flag_is_ignored():
    """Qwen2/Qwen3 ignore sliding_window without use_sliding_window (even a bad one)."""
    cfg = Qwen3Config.from_dict(make("qwen2", num_key_value_heads=4, sliding_window=4096))
    assert cfg.sliding_window is None and "sliding_window" not in cfg.to_dict()
    assert Qwen3Config.from_dict(make("qwen2", num_key_value_heads=4, sliding_window=0)).sliding_window is None


@pytest.mark.parametrize("key", ["num_experts", "num_local_experts", "n_routed_experts"])
def test_moe_rejected(key):
    assert_config_error(make("qwen3", num_key_value_heads=4, **{key: 8}), "mixture-of-experts",
                        f"{key}=8")


def test_zero_experts_is_fine():
    assert Qwen3Config.from_dict(make("qwen3", num_key_value_heads=4, num_experts=0))


def test_llama_mlp_bias_rejected():
    assert_config_error(make("llama", mlp_bias=True), "mlp_bias")
    assert Qwen3Config.from_dict(make("llama", mlp_bias=False))


def test_from_dict_rejects_non_object():
    assert_config_error([1, 2], "must be a JSON object")


def test_from_json_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="config file not found: .*nope.json"):
        Qwen3Config.from_json(tmp_path / "nope.json")


def test_from_json_invalid_json(tmp_path):
    path = tmp_path / "config.json"
    path.write_text('{"model_type": "qwen3",\n  "vocab_size": }')
    with pytest.raises(ConfigError) as info:
        Qwen3Config.from_json(path)
    msg = str(info.value)
    assert "\n" not in msg and "is not valid JSON" in msg and "(line 2 column" in msg
    assert str(path) in msg


def test_from_json_not_object(tmp_path):
    path = tmp_path / "config.json"
    path.write_text("[1, 2, 3]")
    with pytest.raises(ConfigError, match="top level must be a JSON object"):
        Qwen3Config.from_json(path)


def test_from_json_error_names_file(tmp_path):
    path = tmp_path / "config.json"
    path.write_text(json.dumps(make("llama", hidden_act="relu")))
    with pytest.raises(ConfigError, match=str(path)):
        Qwen3Config.from_json(path)


def test_config_is_frozen():
    cfg = Qwen3Config.from_dict(make("llama"))
    with pytest.raises(Exception):
        cfg.hidden_size = 1  # type: ignore[misc]


# -- expected weights ------------------------------------------------------------------------

def test_expected_weights_qwen3():
    cfg = Qwen3Config.from_dict(make("qwen3", num_key_value_heads=2, head_dim=16))
    w = expected_weights(cfg)
    assert w["model.embed_tokens.weight"] == (256, 64)
    assert w["lm_head.weight"] == (256, 64)
    assert w["model.norm.weight"] == (64,)
    p = "model.layers.1."
    assert w[p + "self_attn.q_proj.weight"] == (64, 64)
    assert w[p + "self_attn.k_proj.weight"] == (32, 64)
    assert w[p + "self_attn.v_proj.weight"] == (32, 64)
    assert w[p + "self_attn.o_proj.weight"] == (64, 64)
    assert w[p + "self_attn.q_norm.weight"] == (16,)
    assert w[p + "self_attn.k_norm.weight"] == (16,)
    assert w[p + "mlp.gate_proj.weight"] == (128, 64)
    assert w[p + "mlp.up_proj.weight"] == (128, 64)
    assert w[p + "mlp.down_proj.weight"] == (64, 128)
    assert w[p + "input_layernorm.weight"] == w[p + "post_attention_layernorm.weight"] == (64,)
    assert not any(name.endswith(".bias") for name in w)
    assert len(w) == 3 + 2 * 11


def test_expected_weights_tied_has_no_lm_head():
    cfg = Qwen3Config.from_dict(make("llama", tie_word_embeddings=True))
    assert "lm_head.weight" not in expected_weights(cfg)


def test_expected_weights_qwen2_biases():
    cfg = Qwen3Config.from_dict(make("qwen2", num_key_value_heads=2))
    w = expected_weights(cfg)
    assert w["model.layers.0.self_attn.q_proj.bias"] == (64,)
    assert w["model.layers.0.self_attn.k_proj.bias"] == (32,)
    assert w["model.layers.0.self_attn.v_proj.bias"] == (32,)
    assert "model.layers.0.self_attn.o_proj.bias" not in w
    assert "model.layers.0.self_attn.q_norm.weight" not in w


@pytest.mark.parametrize("model_type", ["llama", "qwen3"])
def test_expected_weights_o_proj_bias(model_type):
    """transformers gives o_proj bias=config.attention_bias for both Llama and Qwen3."""
    cfg = Qwen3Config.from_dict(make(model_type, num_key_value_heads=4, head_dim=16,
                                     attention_bias=True))
    w = expected_weights(cfg)
    assert w["model.layers.0.self_attn.o_proj.bias"] == (64,)
    assert w["model.layers.0.self_attn.q_proj.bias"] == (64,)


# -- fuzz ------------------------------------------------------------------------------------

_json_scalars = st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70),
                          st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=8),
                          st.sampled_from(["qwen3", "qwen2", "llama", "mistral", "silu", "default", "yarn",
                                           "bfloat16", "full_attention", "sliding_attention"]))
_json_values = st.recursive(_json_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=10), inner, max_size=3)),
    max_leaves=8)
_keys = st.sampled_from(sorted(set(BASE) | {
    "model_type", "num_key_value_heads", "head_dim", "max_position_embeddings", "rms_norm_eps",
    "rope_theta", "rope_scaling", "rope_parameters", "tie_word_embeddings", "attention_bias",
    "torch_dtype", "dtype", "hidden_act", "use_sliding_window", "layer_types", "num_experts",
    "mlp_bias", "sliding_window", "max_window_layers"}))
_small_ints = st.integers(-3, 70)


@settings(max_examples=400, deadline=None)
@given(base=st.sampled_from([v4_layout("qwen3"), v5_layout("qwen2"), make("llama")]),
       changes=st.dictionaries(_keys, st.one_of(_json_values, _small_ints), max_size=5),
       removed=st.lists(_keys, max_size=3))
def test_fuzz_from_dict_only_raises_config_error(base, changes, removed):
    d = dict(base)
    for key in removed:
        d.pop(key, None)
    d.update(changes)
    try:
        cfg = Qwen3Config.from_dict(d)
    except ConfigError as e:
        assert "\n" not in str(e)
        return
    assert cfg.num_attention_heads % cfg.num_key_value_heads == 0 and cfg.head_dim % 2 == 0
    assert Qwen3Config.from_dict(cfg.to_dict()) == cfg
    if cfg.num_hidden_layers < 100:
        weights = expected_weights(cfg)
        # the embedding, the final norm, 9 per layer (norms, q/k/v/o, gate/up/down) at least,
        # and an LM head of its own unless it is tied to the embedding
        assert ("lm_head.weight" in weights) == (not cfg.tie_word_embeddings)
        assert len(weights) >= 2 + 9 * cfg.num_hidden_layers + (not cfg.tie_word_embeddings)


@settings(max_examples=200, deadline=None)
@given(st.one_of(_json_values, st.dictionaries(st.text(max_size=12), _json_values, max_size=6)))
def test_fuzz_arbitrary_json_only_raises_config_error(value):
    try:
        Qwen3Config.from_dict(value)
    except ConfigError as e:
        assert "\n" not in str(e)
