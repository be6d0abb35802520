"""``rlxc tune`` and the tuning record: measured kernel choices, applied by name.

The pieces, each with its checks: the ``rlx-to-loops{tuning=...}`` text (parsed, refused
when malformed), the blocks ``select`` may be tuned to (every candidate computes what the
built-in block computes, on every target whose code runs here), the record (per target,
read by the compile unless ``tuning="none"``), and the command (lists and times a model's
tunable kernels, records them). tests/ir/rlx-to-loops-tuning.mlir checks the IR.
"""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

from conftest import FIXTURES
from rlxc.cli import main as rlxc_main
from rlx.lowering.kernels import select, tuning
from rlx.lowering.kernels.tuning import format_tuning, parse_tuning, tuned
from rlx.lowering.target import parse_target
from rlx.runtime.errors import CompileError

TINY = FIXTURES["tiny-qwen3"]


def _runs_here(target: str) -> bool:
    from rlx.runtime.loader import host_cpu_flags
    from rlxc.target import target_cpu

    return set(target_cpu(target).required_flags) <= set(host_cpu_flags())


# -- the option text

def test_the_tuning_text_round_trips_sorted_by_kernel_name():
    text = "linear_k64_n64=12:16:u; attention_nh4_nkv2_hd64_causal=1:4"
    entries = parse_tuning(text)
    assert entries == {"linear_k64_n64": "12:16:u", "attention_nh4_nkv2_hd64_causal": "1:4"}
    assert format_tuning(entries) == "attention_nh4_nkv2_hd64_causal=1:4;linear_k64_n64=12:16:u"
    assert parse_tuning("") == {}


@pytest.mark.parametrize("text", ["linear_k64_n64", "linear_k64_n64=", "=8:16:u", "linear_k64_n64=8:16:x",
                                  "Linear=8:16:u", "linear_k64_n64=8;16"])
def test_a_malformed_tuning_entry_is_refused_by_name(text):
    with pytest.raises(ValueError, match="is not kernel=choice"):
        parse_tuning(text)


# -- the blocks a kernel may be tuned to

@pytest.mark.parametrize("target", ["znver4", "x86-64-v3", "skylake-avx512"])
def test_the_built_in_block_is_the_first_candidate_and_rebuilds_the_selected_spec(target):
    t = parse_target(target)
    for spec in (select.linear_swiglu(1024, 3072, t), select.multi_linear(1024, (2048, 1024, 1024), False, t),
                 select.linear(3072, 1024, False, t, "q4_0"), select.linear(1024, 1000, True, t, "bf16")):
        blocks = tuning.block_candidates(spec, t)
        assert tuning.with_block(spec, blocks[0], t) == spec
        assert len(set(blocks)) == len(blocks) >= 3
        for block in blocks:  # each one passes the checks
            tuning.check_block(spec, block, t)


@pytest.mark.parametrize("target, make, block, why", [
    ("x86-64-v3", lambda t: select.linear(64, 64, False, t), "8:16:u", "16 lanes need an AVX-512 target"),
    ("znver4", lambda t: select.linear_swiglu(64, 64, t), "4:16:p", "paired tiles need a linear"),
    ("znver4", lambda t: select.linear(64, 48, False, t), "4:16:p", "multiples of 32 columns"),
    ("znver4", lambda t: select.linear(64, 64, False, t), "0:16:u", "rows must be in 1..16"),
    ("x86-64-v3", lambda t: select.linear(64, 64, False, t), "6:8:u:2", "halves=2 needs linear_swiglu"),
    ("x86-64-v3", lambda t: select.linear(64, 64, False, t), "6:4:u", "lanes must be 8 or 16"),
])
def test_a_block_the_target_or_shape_cannot_take_is_refused(target, make, block, why):
    t = parse_target(target)
    with pytest.raises(ValueError, match=why):
        tuned(make(t), block, t)


def test_the_attention_steps_are_tuned_on_the_blocked_prefill_kernel_only():
    t = parse_target("znver4")
    prefill = select.attention(16, 8, 128, True, False, None, t)
    assert tuned(prefill, "1:4", t).score_keys == 1 and tuned(prefill, "1:4", t).value_chunk == 4
    with pytest.raises(ValueError, match="score_keys:value_chunk must be one of"):
        tuned(prefill, "3:8", t)
    wide = tuned(prefill, "8:4:16", t)  # groups of 16 rows in zmm lanes, and their work items
    assert (wide.score_keys, wide.value_chunk, wide.lanes, wide.query_block) == (8, 4, 16, 32)
    spr = parse_target("sapphirerapids")  # selects 16 lanes; tuned back to 8, the items follow
    narrow = tuned(select.attention(16, 8, 128, True, False, None, spr), "2:8", spr)
    assert (narrow.lanes, narrow.query_block) == (8, select.ATTN_QUERY_BLOCK)
    with pytest.raises(ValueError, match="score_keys:value_chunk must be one of"):
        tuned(prefill, "2:8:16", t)
    v3 = parse_target("x86-64-v3")
    with pytest.raises(ValueError, match="groups of 16 rows need an AVX-512 target"):
        tuned(select.attention(16, 8, 128, True, False, None, v3), "8:8:16", v3)
    with pytest.raises(ValueError, match="only the blocked"):
        tuned(select.attention(16, 8, 128, True, False, 1, t), "1:4", t)
    with pytest.raises(ValueError, match="no tunable choice"):
        tuned(select.rms_norm(64, 64, 1e-6), "1:4", t)


def test_a_tuned_block_reads_and_writes_rows_at_the_specs_strides():
    """A candidate block keeps the row strides ``rlx-pad-rows`` gave the kernel: timed on
    the model's buffers, not on dense rows (which a 4 KiB row stride slows)."""
    t = parse_target("znver4")
    swiglu = dataclasses.replace(select.linear_swiglu(1024, 3072, t), x_stride=1040, out_stride=3088)
    linear = dataclasses.replace(select.linear(2048, 1024, False, t), x_stride=2064)
    for spec in (swiglu, linear):
        for block in tuning.block_candidates(spec, t):
            got = tuning.with_block(spec, block, t)
            assert (got.x_stride, got.out_stride) == (spec.x_stride, spec.out_stride), str(block)
    attention = dataclasses.replace(select.attention(16, 8, 128, True, False, None, t), out_stride=2064)
    assert tuning.with_attention_steps(attention, 4, 4, target=t).out_stride == 2064


# -- the timing

def test_interleaved_rounds_call_each_choice_once_per_round_each_first_in_turn():
    from rlxc.tune import interleaved_seconds

    order = []
    seconds = interleaved_seconds([lambda i=i: order.append(i) for i in range(3)], 4)
    assert [len(s) for s in seconds] == [4, 4, 4]
    assert order == [0, 1, 2, 1, 2, 0, 2, 0, 1, 0, 1, 2]


def test_the_choice_is_the_largest_per_round_speed_up_beyond_the_margin():
    """Paired per-round ratios decide, not the medians of GFLOP/s: on a drifting machine
    the choice timed in its fast stretches would win those."""
    from rlxc.tune import MARGIN, Measured

    gflops = {"8:16:u": 200.0, "6:16:u": 190.0, "10:16:u": 230.0}
    assert Measured("k", "8:16:u", gflops, (), {"8:16:u": 1.0, "6:16:u": 1.06, "10:16:u": 0.98}).choice == "6:16:u"
    assert Measured("k", "8:16:u", gflops, (), {"8:16:u": 1.0, "6:16:u": 1 + MARGIN / 2}).choice == "8:16:u"
    wrong = Measured("k", "8:16:u", gflops, ("6:16:u",), {"8:16:u": 1.0, "6:16:u": 1.2, "10:16:u": 1.01})
    assert wrong.choice == "8:16:u" and wrong.entry(512, 2)["speedup"]["6:16:u"] == 1.2


def test_a_candidate_that_leaves_its_output_unwritten_is_wrong(monkeypatch):
    """The candidates share their output buffers: each is checked on buffers reset to NaN,
    so one that skips rows cannot pass on what the one before it wrote."""
    from rlxc import tune

    out = np.zeros(8, dtype=np.float32)
    monkeypatch.setattr(tune, "kernel_inputs", lambda spec, rows: tune.KernelInputs([], [out], 1.0))
    writes = {"all": lambda: out.__setitem__(slice(None), 1.0), "half": lambda: out.__setitem__(slice(4), 1.0),
              "none": lambda: None}
    monkeypatch.setattr(tune, "_jit", lambda spec, target, threads: lambda *args: writes[spec]())
    from types import SimpleNamespace

    m = tune.measure(SimpleNamespace(name="k"), None, 8, 2, choices=[("all", "all"), ("half", "half"), ("none", "none"), ("again", "all")])
    assert m.wrong == ("half", "none") and m.choice in ("all", "again")


def _candidates_agree(spec, target, rows):
    from rlxc.tune import ATOL, RTOL, candidates, time_spec

    results = [(text, time_spec(c, target, rows, 1)[1]) for text, c in candidates(spec, target)]
    want = results[0][1]
    return [text for text, got in results[1:] if not np.allclose(got, want, rtol=RTOL, atol=ATOL)]


@pytest.mark.parametrize("target", ["x86-64-v3", "znver4"])
def test_every_matmul_candidate_computes_what_the_built_in_block_does(target):
    if not _runs_here(target):
        pytest.skip(f"this CPU cannot run {target} code")
    t = parse_target(target)
    # 37 rows: full blocks of every candidate's rows, its tail block and single rows
    assert _candidates_agree(select.linear_swiglu(64, 96, t), t, 37) == []
    assert _candidates_agree(select.multi_linear(64, (64, 32), True, t), t, 37) == []


@pytest.mark.slow  # every block of every family on two targets (~40 JIT compiles)
@pytest.mark.parametrize("target", ["x86-64-v3", "znver4"])
@pytest.mark.parametrize("fmt", ["f32", "bf16", "q8_0", "q4_0"])
def test_every_matmul_candidate_agrees_in_every_weight_format(target, fmt):
    if not _runs_here(target):
        pytest.skip(f"this CPU cannot run {target} code")
    t = parse_target(target)
    for spec in (select.linear(64, 64, False, t, fmt), select.linear_swiglu(64, 48, t, fmt)):
        assert _candidates_agree(spec, t, 29) == []


# CI time (26 s on 2 cores): both in the slow set; the fast set runs a tuned attention step
# end to end (test_tuned_code_gives_the_logits_of_the_built_in_choices) and every step the
# targets select in tests/test_kernels.py
@pytest.mark.parametrize("target", [pytest.param("x86-64-v3", marks=pytest.mark.slow),
                                    pytest.param("znver4", marks=pytest.mark.slow)])
def test_every_attention_step_candidate_computes_what_the_built_in_steps_do(target):
    if not _runs_here(target):
        pytest.skip(f"this CPU cannot run {target} code")
    t = parse_target(target)
    assert _candidates_agree(select.attention(4, 2, 64, True, False, None, t), t, 45) == []


# -- the record and the compile

def _record_with(path, target: str, choices: dict[str, tuple[str, str]]):
    from rlxc.tuning import read_record, record_kernels, write_record

    measured = {name: {"choice": c, "default": d, "gflops": {}, "rows": 512, "threads": 0}
                for name, (c, d) in choices.items()}
    write_record(path, record_kernels(read_record(path), parse_target(target), measured))


def test_a_compile_reads_its_targets_entries_from_the_cache_unless_told_none(tmp_path, monkeypatch):
    from rlxc.compiler import CompileOptions

    monkeypatch.setenv("RLX_CACHE_DIR", str(tmp_path))
    assert "tuning" not in CompileOptions().pipeline_text()  # no record: the built-in choices
    _record_with(tmp_path / "tuning.json", "host", {"linear_k64_n64": ("12:16:u", "8:16:p"),
                                                    "linear_k32_n32": ("8:16:p", "8:16:p")})
    _record_with(tmp_path / "tuning.json", "x86-64-v3", {"linear_k64_n64": ("4:8:u", "6:8:u")})
    assert 'rlx-to-loops{tuning="linear_k64_n64=12:16:u"}' in CompileOptions().pipeline_text()
    assert 'tuning="linear_k64_n64=4:8:u"' in CompileOptions(target="x86-64-v3").pipeline_text()
    assert "tuning" not in CompileOptions(tuning="none").pipeline_text()
    assert "tuning" not in CompileOptions(target="znver2").pipeline_text()  # nothing tuned for it
    explicit = CompileOptions(tuning="linear_k64_n64=10:16:u").pipeline_text()
    assert 'tuning="linear_k64_n64=10:16:u"' in explicit


def test_a_tuning_record_that_is_missing_damaged_or_for_another_target_is_a_clear_error(tmp_path):
    from rlxc.compiler import CompileOptions

    with pytest.raises(CompileError, match="does not exist"):
        CompileOptions(tuning=str(tmp_path / "none.json"))
    (tmp_path / "bad.json").write_text("{not json")
    with pytest.raises(CompileError, match="cannot be read"):
        CompileOptions(tuning=str(tmp_path / "bad.json"))
    _record_with(tmp_path / "r.json", "x86-64-v3", {"linear_k64_n64": ("4:8:u", "6:8:u")})
    with pytest.raises(CompileError, match="has no entries for target znver2 .*tuned for: x86-64-v3"):
        CompileOptions(tuning=str(tmp_path / "r.json"), target="znver2")
    with pytest.raises(CompileError, match="tuning must be a string"):
        CompileOptions(tuning=4)


def test_tuned_code_gives_the_logits_of_the_built_in_choices(tmp_path):
    """The tiny model with other blocks for its swiglu and attention: same logits."""
    import rlxc

    if parse_target("host").vector_bits < 512:
        pytest.skip("the tuned blocks here are zmm blocks: this host has no AVX-512")
    ids = np.array([[3, 14, 15, 92, 65, 35, 89, 79, 32, 38, 46, 26, 43]], dtype=np.int64)
    tuning = "linear_swiglu_k128_n192_bf16=10:16:u;attention_nh4_nkv2_hd32_causal=1:4;linear_k128_n1024_bf16=12:16:u"
    base = rlxc.load(TINY, tuning="none").prefill(ids)
    tuned_logits = rlxc.load(TINY, tuning=tuning).prefill(ids)
    np.testing.assert_allclose(tuned_logits, base, rtol=1e-4, atol=1e-4)


# -- the command

def test_rlxc_tune_lists_a_models_prefill_kernels_and_their_candidates(capsys):
    assert rlxc_main(["tune", str(TINY), "--target", "x86-64-v3", "--list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("# target x86-64-v3 (256-bit vectors x 16 registers")
    kernels = {ln.split()[0]: ln.split()[1:] for ln in lines[1:]}
    assert kernels["linear_swiglu_k128_n192_bf16"][0] == "6:8:u:2"  # the built-in block first
    assert kernels["attention_nh4_nkv2_hd32_causal"][0] == "4:4"
    assert "multi_linear_k128_n128x64x64_bf16" in kernels


def test_rlxc_tune_times_a_kernel_and_records_it_for_the_target(tmp_path, capsys):
    if not _runs_here("x86-64-v3"):
        pytest.skip("this CPU cannot run x86-64-v3 code")
    record = tmp_path / "tuning.json"
    args = ["tune", str(TINY), "--target", "x86-64-v3", "--kernel", "linear_k192_n128_residual_bf16", "--rows", "24",
            "--repeats", "1", "--threads", "1", "-o", str(record)]
    assert rlxc_main(args) == 0
    out = capsys.readouterr().out
    assert "linear_k192_n128_residual_bf16: 6:8:u=" in out and "WRONG" not in out and "recorded 1 kernels" in out
    data = json.loads(record.read_text())
    (entry,) = data["targets"].values()
    assert entry["summary"].startswith("x86-64-v3")
    assert set(entry["kernels"]) == {"linear_k192_n128_residual_bf16"}
    assert entry["kernels"]["linear_k192_n128_residual_bf16"]["default"] == "6:8:u"
    assert entry["kernels"]["linear_k192_n128_residual_bf16"]["threads"] == 1


def test_rlxc_tune_refuses_an_unknown_kernel_in_one_line(capsys):
    assert rlxc_main(["tune", str(TINY), "--kernel", "linear_k1_n1", "--list"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: --kernel linear_k1_n1: not a tunable kernel of this model (tunable: ")
    assert err.count("\n") == 1
