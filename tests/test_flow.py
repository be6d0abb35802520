"""ModelFlow / Qwen3Flow: what they build, the weights they check, rlxc.jit."""

from __future__ import annotations

import numpy as np
import pytest

import rlxc
from conftest import FIXTURES, expected, rel_err
from rlxc.flow import CompileProfile, ModelFlow
from rlxc.models.config import Qwen3Config
from rlxc.models.qwen3 import Qwen3Flow
from rlx.runtime.errors import ConfigError, WeightError
from rlx.runtime.weights import open_checkpoint


def cfg(name="qwen3-untied-gqa2") -> Qwen3Config:
    return Qwen3Config.from_json(FIXTURES[name] / "config.json")


def ops(built) -> list[str]:
    return [op.name for op in built.entry.body.block.ops]


def test_prefill_builds_hidden_states_by_default():
    built = Qwen3Flow.for_prefill(cfg(), 1, 8).build()
    assert built.output_names == ["hidden_states"]
    assert built.profile.name == "prefill"
    assert ops(built).count("rlx.attention") == 2


@pytest.mark.parametrize("name,windows", [("qwen2-swa", [None, 6]), ("mistral-swa", [6, 6]),
                                          ("qwen2-bias", [None, None])])
def test_each_layer_shows_its_sliding_window(name, windows):
    """The per-layer window is part of the IR: ``window`` on the layer's rlx.attention,
    absent on a layer that sees every key (qwen2-swa: max_window_layers 1)."""
    for flow in (Qwen3Flow.for_prefill(cfg(name), 1, 8), Qwen3Flow.for_decode(cfg(name), 1, "PAST_SEQ"),
                 Qwen3Flow.for_slot_decode(cfg(name))):
        attention = [op for op in flow.build().entry.body.block.ops if op.name == "rlx.attention"]
        assert [op.window.value.data if op.window else None for op in attention] == windows


def test_export_kv_adds_side_outputs():
    built = Qwen3Flow.for_prefill(cfg(), 1, 8).export_kv().build()
    assert built.output_names == ["hidden_states", "k_0", "v_0", "k_1", "v_1"]


def test_decode_reads_symbolic_past_and_returns_logits():
    built = Qwen3Flow.for_decode(cfg(), 1, "PAST_SEQ").custom_mask().build()
    assert built.output_names[0] == "logits"
    types = [str(t) for t in built.entry.function_type.inputs.data]
    assert types[0] == '!rlx.tensor<"1x1", i32>'
    assert '!rlx.tensor<"1xPAST_SEQ+1", f32>' in types  # the keep-mask
    assert "rlx.kv_concat" in ops(built)


def test_last_token_logits_gathers_before_the_head():
    built = Qwen3Flow.for_prefill(cfg(), 2, 8).last_token_logits().build()
    names = ops(built)
    assert names.index("rlx.gather_last") < len(names) - 2
    assert str(built.entry.function_type.outputs.data[0]) == '!rlx.tensor<"2x1x384", f32>'


def test_profile_is_kept():
    built = Qwen3Flow.for_prefill(cfg(), 1, 4).profile(CompileProfile.decode()).build()
    assert built.profile == CompileProfile.decode()


def test_missing_weight_is_named_with_its_shape():
    source = open_checkpoint(FIXTURES["qwen3-untied-gqa2"])
    shapes = {n: source.shape(n) for n in source.names() if "layers.1.mlp.up_proj" not in n}
    with pytest.raises(WeightError, match=r"missing weight 'model.layers.1.mlp.up_proj.weight' \(expected shape \[128, 64\]\)"):
        Qwen3Flow.for_prefill(cfg(), 1, 4).build(shapes)


def test_misshaped_weight_names_both_shapes():
    source = open_checkpoint(FIXTURES["qwen3-untied-gqa2"])
    shapes = {n: source.shape(n) for n in source.names()}
    shapes["model.norm.weight"] = (65,)
    with pytest.raises(WeightError, match=r"'model.norm.weight' has shape \[65\], expected \[64\]"):
        Qwen3Flow.for_prefill(cfg(), 1, 4).build(shapes)


def test_flow_without_output_is_an_error():
    with pytest.raises(ConfigError, match="exactly one output"):
        ModelFlow("empty").input("input_ids", (1, 4), "i32").token_embed(vocab=8, hidden=4).build()


def test_jit_callable_over_numpy_matches_transformers():
    name = "qwen3-untied-gqa2"
    source = open_checkpoint(FIXTURES[name])
    built = Qwen3Flow.for_prefill(cfg(name), 2, "SEQ").lm_head().build(source)
    fn = rlxc.jit(built, source)
    ref = expected(name)
    out = fn(input_ids=ref["prompt_ids"])
    assert rel_err(out["logits"], ref["prefill_logits"]) <= 1e-4


def test_jit_decode_with_past_matches_prefill():
    name = "llama"
    source = open_checkpoint(FIXTURES[name])
    c = cfg(name)
    ref = expected(name)
    ids = ref["prompt_ids"][:1]
    prefill = rlxc.jit(Qwen3Flow.for_prefill(c, 1, "SEQ").lm_head().export_kv().build(source), source)
    decode = rlxc.jit(Qwen3Flow.for_decode(c, 1, "PAST_SEQ").build(source), source)
    first = prefill(input_ids=ids[:, :-1])
    past = {f"past_{kind}_{i}": first[f"{kind}_{i}"] for i in range(c.num_hidden_layers) for kind in "kv"}
    step = decode(input_ids=ids[:, -1:], **past)
    assert rel_err(step["logits"], ref["prefill_logits"][:1, -1:]) <= 1e-4
    assert step["k_0"].shape == (1, ids.shape[1], c.kv_proj_dim)


def test_native_entry_refuses_a_kv_write_past_capacity():
    from rlx.runtime.errors import RuntimeLimitError

    name = "llama"
    source = open_checkpoint(FIXTURES[name])
    c = cfg(name)
    decode = rlxc.jit(Qwen3Flow.for_decode(c, 1, "PAST_SEQ").build(source), source)
    buffers = {"input_ids": np.zeros((1, 1), np.int32), "logits": np.empty((1, 1, c.vocab_size), np.float32)}
    for i in range(c.num_hidden_layers):
        for kind in "kv":
            buffers[f"past_{kind}_{i}"] = np.zeros((1, 4, c.kv_proj_dim), np.float32)
    with pytest.raises(RuntimeLimitError, match="PAST_SEQ\\+1 = 5 exceeds MAX_SEQ = 4"):
        decode.entry.call(buffers, {"PAST_SEQ": 4, "MAX_SEQ": 4})
