"""Mixtures of experts (qwen3_moe, mixtral): the config fields and their errors, the
stacked expert weights, the routing and expert kernels against numpy, and what a decode
step reads (the selected experts only). The models against transformers are in
tests/test_e2e_fixtures.py (fixtures qwen3-moe and mixtral)."""

from __future__ import annotations

import dataclasses
import json
import os
import sys

import numpy as np
import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numpy_ref as ref  # noqa: E402
from conftest import FIXTURES  # noqa: E402
from test_kernels import assert_close, kernel, rnd  # noqa: E402

from rlx.lowering import kernels as K  # noqa: E402
from rlx.lowering.kernels import kernel_cost, select  # noqa: E402
from rlx.runtime.errors import ConfigError, WeightError  # noqa: E402
from rlx.runtime.packing import pack_linear_weight, packed_linear_size  # noqa: E402
from rlx.runtime.weights import check_weights, open_checkpoint  # noqa: E402
from rlxc.models.config import Qwen3Config, expected_weights  # noqa: E402

F32 = np.float32
QWEN3_MOE = {"model_type": "qwen3_moe", "vocab_size": 64, "hidden_size": 32, "intermediate_size": 48,
             "num_hidden_layers": 4, "num_attention_heads": 2, "num_key_value_heads": 1, "head_dim": 16,
             "num_experts": 4, "num_experts_per_tok": 2, "moe_intermediate_size": 16}
MIXTRAL = {"model_type": "mixtral", "vocab_size": 64, "hidden_size": 32, "intermediate_size": 16,
           "num_hidden_layers": 2, "num_attention_heads": 2, "num_key_value_heads": 1, "num_local_experts": 4,
           "num_experts_per_tok": 2}


def config_error(d: dict) -> str:
    with pytest.raises(ConfigError) as info:
        Qwen3Config.from_dict(d, source="cfg.json")
    message = str(info.value)
    assert "\n" not in message
    return message


# ------------------------------------------------------------------------------ the config


def test_qwen3_moe_fields_and_sparse_layers():
    cfg = Qwen3Config.from_dict(dict(QWEN3_MOE, decoder_sparse_step=2, mlp_only_layers=[3, 7],
                                     norm_topk_prob=True))
    assert (cfg.num_experts, cfg.num_experts_per_tok, cfg.moe_intermediate_size) == (4, 2, 16)
    assert cfg.norm_topk_prob and cfg.qk_norm and cfg.mlp_only_layers == (3, 7)
    assert [cfg.is_sparse_layer(i) for i in range(4)] == [False, True, False, False]  # layer 3 is mlp-only
    assert cfg.sparse_layer_count == 1
    assert Qwen3Config.from_dict(cfg.to_dict()) == cfg
    names = expected_weights(cfg)
    assert names["model.layers.1.mlp.gate.weight"] == (4, 32)
    assert names["model.layers.1.mlp.experts.3.down_proj.weight"] == (32, 16)
    assert names["model.layers.0.mlp.gate_proj.weight"] == (48, 32)  # a dense layer
    assert "model.layers.0.mlp.gate.weight" not in names


def test_qwen3_moe_reads_num_local_experts_as_saved_by_transformers_5():
    d = dict(QWEN3_MOE)
    d["num_local_experts"] = d.pop("num_experts")
    assert Qwen3Config.from_dict(d).num_experts == 4
    assert not Qwen3Config.from_dict(d).norm_topk_prob  # Qwen3MoeConfig's default


def test_mixtral_every_layer_sparse_always_renormalized():
    cfg = Qwen3Config.from_dict(dict(MIXTRAL, norm_topk_prob=False))
    assert cfg.norm_topk_prob and cfg.moe_intermediate_size == 16 and not cfg.qk_norm
    assert all(cfg.is_sparse_layer(i) for i in range(2)) and not cfg.attention_bias
    assert cfg.rope_theta == 1e6 and cfg.rms_norm_eps == 1e-5  # MixtralConfig's defaults
    assert "model.layers.1.block_sparse_moe.experts.3.w2.weight" in expected_weights(cfg)


def test_dense_configs_keep_their_dict():
    cfg = Qwen3Config.from_dict(dict(QWEN3_MOE, model_type="qwen3", num_experts=None, num_experts_per_tok=None,
                                     moe_intermediate_size=None))
    assert not cfg.is_moe and "num_experts" not in cfg.to_dict()


@pytest.mark.parametrize("d, field", [
    (dict(QWEN3_MOE, num_experts=0), "'num_experts' is 0"),
    (dict(MIXTRAL, num_local_experts=0), "'num_local_experts' is 0"),
    (dict(QWEN3_MOE, num_experts_per_tok=5), "'num_experts_per_tok' (5) exceeds the 4 experts"),
    (dict(MIXTRAL, num_experts_per_tok=9), "'num_experts_per_tok' (9) exceeds"),
    (dict(QWEN3_MOE, num_experts_per_tok=0), "'num_experts_per_tok' must be >= 1"),
    (dict(QWEN3_MOE, decoder_sparse_step=0), "'decoder_sparse_step' must be >= 1"),
    (dict(QWEN3_MOE, moe_intermediate_size=-1), "'moe_intermediate_size' must be >= 1"),
    (dict(QWEN3_MOE, mlp_only_layers=["1"]), "'mlp_only_layers' must be a list of layer indices"),
    (dict(QWEN3_MOE, num_local_experts=8), "'num_experts' (4) and 'num_local_experts' (8) disagree"),
    (dict(MIXTRAL, sliding_window=4096), "sliding_window"),
    (dict(QWEN3_MOE, num_experts="many"), "'num_experts' must be an integer"),
])
def test_bad_moe_fields_are_one_line_errors_naming_the_field(d, field):
    assert field in config_error(d)


def test_bad_moe_config_exits_non_zero_with_one_line(tmp_path, capsys):
    from rlxc.cli import main

    (tmp_path / "config.json").write_text(json.dumps(dict(QWEN3_MOE, num_experts=0)))
    code = main(["compile", str(tmp_path / "config.json"), "-o", str(tmp_path / "m.so")])
    err = capsys.readouterr().err.strip()
    assert code != 0 and len(err.splitlines()) == 1 and "num_experts" in err


# -------------------------------------------------------------------------- stacked weights


def _expert_checkpoint(tmp_path, experts: int = 3):
    from safetensors.numpy import save_file

    rng = np.random.default_rng(0)
    tensors = {f"l.experts.{e}.up.weight": rnd(rng, 20, 8) for e in range(experts)}
    save_file(tensors, str(tmp_path / "model.safetensors"))
    return tensors


def test_a_stacked_weight_is_its_members_stacked(tmp_path):
    tensors = _expert_checkpoint(tmp_path)
    source = open_checkpoint(tmp_path)
    name = "l.experts.*.up.weight"
    assert name in source and source.shape(name) == (3, 20, 8) and source.dtype(name) == "F32"
    np.testing.assert_array_equal(source.get_f32(name), np.stack([tensors[f"l.experts.{e}.up.weight"]
                                                                  for e in range(3)]))
    check_weights(source, {name: (3, 20, 8)}, tied_embeddings=False)
    with pytest.raises(WeightError, match=r"missing weight 'l\.experts\.3\.up\.weight'"):
        check_weights(source, {name: (4, 20, 8)}, tied_embeddings=False)


def test_a_stack_is_packed_expert_by_expert():
    w = rnd(np.random.default_rng(1), 3, 20, 8)
    packed = pack_linear_weight(w)
    assert packed.size == 3 * packed_linear_size(20, 8)
    np.testing.assert_array_equal(packed, np.concatenate([pack_linear_weight(w[e]) for e in range(3)]))


# -------------------------------------------------------------------------------- kernels


def _gate(x, router, top_k, normalize):
    """The dense gates numpy_ref's routing gives: [M, E], zero but for the top_k."""
    experts, weights = ref.moe_route(x, router, top_k, normalize)
    gates = np.zeros((x.shape[0], router.shape[0]), F32)
    np.put_along_axis(gates, experts, weights, axis=-1)
    return gates


@pytest.mark.parametrize("normalize", [True, False])
@pytest.mark.parametrize("hidden, experts, top_k", [(64, 8, 2), (20, 5, 3), (33, 4, 4), (16, 1, 1)])
def test_moe_gate_kernel(hidden, experts, top_k, normalize):
    rng = np.random.default_rng(hidden + experts)
    m = 7
    x, router = rnd(rng, m, hidden), rnd(rng, experts, hidden, scale=0.3)
    out = np.full((m, experts), np.nan, F32)
    kernel(K.moe_gate_kernel, hidden, experts, top_k, normalize)(x, router, out, m)
    want = _gate(x, router, top_k, normalize)
    assert ((out != 0) == (want != 0)).all()
    assert_close(out, want, 1e-6)


def test_moe_gate_ties_pick_the_lowest_index():
    hidden, experts = 8, 6
    router = np.zeros((experts, hidden), F32)
    router[[1, 3, 4], 0] = 1.0  # experts 1, 3, 4 tie; 0, 2, 5 tie below them
    x = np.ones((1, hidden), F32)
    out = np.zeros((1, experts), F32)
    kernel(K.moe_gate_kernel, hidden, experts, 2, True)(x, router, out, 1)
    np.testing.assert_allclose(out[0], [0, 0.5, 0, 0.5, 0, 0], rtol=1e-6)
    out[:] = 0
    kernel(K.moe_gate_kernel, hidden, experts, 4, True)(x, router, out, 1)
    assert (out[0] != 0).tolist() == [True, True, False, True, True, False]


def _experts(rng, experts, inter, hidden):
    gates = [rnd(rng, inter, hidden, scale=0.2) for _ in range(experts)]
    ups = [rnd(rng, inter, hidden, scale=0.2) for _ in range(experts)]
    downs = [rnd(rng, hidden, inter, scale=0.2) for _ in range(experts)]
    return gates, ups, downs


def _run_experts(spec_swiglu, spec_down, x, gates, wg, wu, wd):
    """moe_swiglu then moe_down, built from the given specs."""
    m, top_k, inter, hidden = x.shape[0], spec_swiglu.top_k, spec_swiglu.inter, spec_swiglu.hidden
    act = np.full((m, top_k * inter), np.nan, F32)
    out = np.full((m, hidden), np.nan, F32)
    kernel(lambda: K.build(spec_swiglu))(x, gates, wg, wu, act, m)
    kernel(lambda: K.build(spec_down))(act, gates, wd, out, m)
    return out


@pytest.mark.parametrize("m", [1, 2, 5, 13])
@pytest.mark.parametrize("hidden, inter, experts, top_k", [(32, 16, 4, 2), (24, 40, 6, 3), (48, 32, 8, 8),
                                                            (20, 12, 3, 1)])
def test_moe_expert_kernels_match_numpy(m, hidden, inter, experts, top_k):
    rng = np.random.default_rng(m * 100 + experts)
    x, router = rnd(rng, m, hidden), rnd(rng, experts, hidden, scale=0.5)
    wgs, wus, wds = _experts(rng, experts, inter, hidden)
    gates = _gate(x, router, top_k, True)
    swiglu = select.moe_matmul("moe_swiglu", hidden, inter, experts, top_k)
    down = select.moe_matmul("moe_down", hidden, inter, experts, top_k)
    got = _run_experts(swiglu, down, x, gates, pack_linear_weight(np.stack(wgs)), pack_linear_weight(np.stack(wus)),
                       pack_linear_weight(np.stack(wds)))
    want = ref.moe_mlp(x, router, wgs, wus, wds, top_k, True)
    assert_close(got, want, 2e-5)


def test_tokens_beyond_a_window_are_grouped_window_by_window():
    hidden, inter, experts, top_k, m = 16, 16, 4, 2, 7
    rng = np.random.default_rng(7)
    x, router = rnd(rng, m, hidden), rnd(rng, experts, hidden)
    wgs, wus, wds = _experts(rng, experts, inter, hidden)
    gates = _gate(x, router, top_k, False)
    swiglu = dataclasses.replace(select.moe_matmul("moe_swiglu", hidden, inter, experts, top_k), window=3)
    down = dataclasses.replace(select.moe_matmul("moe_down", hidden, inter, experts, top_k), window=3)
    got = _run_experts(swiglu, down, x, gates, pack_linear_weight(np.stack(wgs)), pack_linear_weight(np.stack(wus)),
                       pack_linear_weight(np.stack(wds)))
    assert_close(got, ref.moe_mlp(x, router, wgs, wus, wds, top_k, False), 2e-5)


def test_a_decode_step_reads_only_the_selected_experts():
    """Every weight of the experts no token selected is NaN: the output is finite, and
    equal to the output over clean weights."""
    hidden, inter, experts, top_k = 32, 16, 8, 2
    rng = np.random.default_rng(3)
    x, router = rnd(rng, 2, hidden), rnd(rng, experts, hidden)
    gates = _gate(x, router, top_k, True)
    clean = [np.stack(w) for w in _experts(rng, experts, inter, hidden)]
    unused = [e for e in range(experts) if not gates[:, e].any()]
    assert unused
    poisoned = [w.copy() for w in clean]
    for w in poisoned:
        w[unused] = np.nan
    swiglu = select.moe_matmul("moe_swiglu", hidden, inter, experts, top_k)
    down = select.moe_matmul("moe_down", hidden, inter, experts, top_k)
    want = _run_experts(swiglu, down, x, gates, *(pack_linear_weight(w) for w in clean))
    got = _run_experts(swiglu, down, x, gates, *(pack_linear_weight(w) for w in poisoned))
    assert np.isfinite(got).all()
    np.testing.assert_array_equal(got, want)


def test_the_cost_model_counts_the_active_experts():
    """A decode step's bytes follow the top_k experts it reads, not all of them; a long
    prefill reads every expert once."""
    hidden, inter, experts, top_k = 2048, 768, 128, 8
    expert = 4 * inter * hidden
    swiglu = select.moe_matmul("moe_swiglu", hidden, inter, experts, top_k)
    down = select.moe_matmul("moe_down", hidden, inter, experts, top_k)
    step = kernel_cost(swiglu, [1])[0] + kernel_cost(down, [1])[0]
    assert 3 * top_k * expert <= step < 3 * top_k * expert * 1.01
    prefill = kernel_cost(swiglu, [512])[0] + kernel_cost(down, [512])[0]
    assert 3 * experts * expert <= prefill < 3 * experts * expert * 1.2


# ------------------------------------------------------------------------------- the model


def test_the_compiled_moe_model_reads_stacked_packed_experts():
    from rlxc.models.qwen3 import Qwen3Flow

    cfg = Qwen3Config.from_json(FIXTURES["qwen3-moe"] / "config.json")
    built = Qwen3Flow.for_decode(cfg, 1, "PAST_SEQ").build(open_checkpoint(FIXTURES["qwen3-moe"]))
    text = str(built.module)
    assert text.count("rlx.moe_gate") == 2 and text.count("rlx.moe_down") == 2  # layers 0 and 2
    assert "{top_k = 2 : i64, normalize}" in text
    assert built.params["model.layers.2.mlp.experts.*.gate_proj.weight"] == (8, 32, 64)
    assert "model.layers.1.mlp.gate_proj.weight" in built.params  # the dense layer


@pytest.mark.slow  # CI time (13 s): the expert kernels' tiles are checked serially in test_moe_expert_kernels_match_numpy
def test_a_model_large_enough_for_the_thread_team_matches_numpy(tmp_path):
    """A prefill whose expert matmuls exceed the serial threshold: the grouping's stack
    buffers are shared with the team's threads (the fixtures' calls all run serially)."""
    from safetensors.numpy import save_file

    import rlxc

    cfg = dict(QWEN3_MOE, hidden_size=192, intermediate_size=64, moe_intermediate_size=160, num_hidden_layers=1,
               num_experts=8, num_experts_per_tok=2, norm_topk_prob=False, vocab_size=96, head_dim=32,
               num_attention_heads=4, num_key_value_heads=2, tie_word_embeddings=True, dtype="float32")
    parsed = Qwen3Config.from_dict(cfg)
    rng = np.random.default_rng(11)
    weights = {name: (1.0 + 0.1 * rng.standard_normal(shape) if name.endswith("norm.weight")
                      else 0.08 * rng.standard_normal(shape)).astype(F32)
               for name, shape in expected_weights(parsed).items() if name != "lm_head.weight"}
    save_file(weights, str(tmp_path / "model.safetensors"))
    (tmp_path / "config.json").write_text(json.dumps(dict(cfg, tie_word_embeddings=True)))
    ids = rng.integers(0, 96, size=(1, 24))
    want, _ = ref.forward(cfg, weights, ids)
    for threads in (0, 1):
        got = rlxc.load(tmp_path, max_seq=32, threads=threads).prefill(ids)
        assert_close(got, want, 1e-4)


def test_the_slotted_decode_routes_each_row():
    """``decode_slots`` (a server's batched step: rows of different sequences) gives each
    sequence its own greedy continuation."""
    import rlxc

    ref_ids = np.load(FIXTURES["mixtral"] / "expected.npz")
    prompts, want = ref_ids["prompt_ids"], ref_ids["greedy_ids"][:, :8].tolist()
    engine = rlxc.load(FIXTURES["mixtral"], max_seq=32, slots=2, max_tokens=8)
    tokens = [[int(np.argmax(engine.prefill(s, prompts[s])))] for s in range(2)]
    for _ in range(7):
        logits = engine.decode([0, 1], [t[-1] for t in tokens])
        for s in range(2):
            tokens[s].append(int(np.argmax(logits[s])))
    assert tokens == want


def test_the_experts_follow_the_weight_format_but_a_k_its_block_cannot_store(capsys):
    """The experts take ``--quant`` as the dense weights do (tests/test_moe_formats.py):
    no notice, but for a stack whose K is not a multiple of 32 (moe_intermediate_size
    16: the down projections), named and kept f32 as a dense weight would be."""
    from rlxc.compiler import note_format_fallbacks
    from rlxc.models.qwen3 import Qwen3Flow

    cfg = Qwen3Config.from_json(FIXTURES["qwen3-moe"] / "config.json")
    module = Qwen3Flow.for_decode(cfg, 1, "PAST_SEQ").build().module
    for fmt in ("f32", "bf16", "q8_0", "q4_0"):
        note_format_fallbacks(module, fmt)
        assert capsys.readouterr().err == ""
    small = Qwen3Flow.for_decode(Qwen3Config.from_dict(QWEN3_MOE), 1, "PAST_SEQ").build().module
    note_format_fallbacks(small, "q4_0")
    err = capsys.readouterr().err
    assert "weight 'model.layers.0.mlp.experts.*.down_proj.weight' [4x32x16] stays f32" in err
    assert "gate_proj" not in err and "up_proj" not in err
