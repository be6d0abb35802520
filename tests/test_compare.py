"""``rlxc compare``: the taps of a compiled model against a reference (docs/bring-up.md).

Two rlx builds of examples/tiny-qwen3 run in CI (no torch): the same build twice has no
error at all; q8_0 against f32 has errors everywhere, in the table's layout; a checkpoint
with one weight changed names its layer and the op that reads it. Against transformers
runs where torch and transformers are installed (the ``ref`` extra)."""

from __future__ import annotations

import importlib.util
import json
import shutil
import struct
import sys

import numpy as np
import pytest

from conftest import FIXTURES
from rlxc.cli import main
from rlxc.compare import MISSING, OK, OVER, compare, format_comparison, tap_error, verdict

TINY = str(FIXTURES["tiny-qwen3"])
MODEL_TAPS = ["embed", "layers.0", "layers.1", "norm", "logits"]
QWEN3_OPS = ["input_layernorm", "q_proj", "k_proj", "v_proj", "q_norm", "k_norm", "attention", "o_proj",
             "attention_residual", "post_attention_layernorm", "swiglu", "down_proj"]


def rlxc_compare(capsys, *args: str) -> tuple[int, str, str]:
    status = main(["compare", *args])
    out = capsys.readouterr()
    return status, out.out, out.err


def one_line_error(status: int, err: str) -> str:
    """The ``error: ...`` line of a refused command (no traceback, nothing else)."""
    lines = [line for line in err.splitlines() if not line.startswith("rlxc: ")]  # progress lines
    assert status == 1 and len(lines) == 1 and lines[0].startswith("error: "), err
    return lines[0]


# ----------------------------------------------------------------- the error table (pure)


def test_tap_error_is_the_relative_2_norm_error_and_the_largest_difference():
    ref = np.array([[3.0, 4.0]], np.float32)
    row = tap_error("t", ref + np.array([[0.0, 0.5]], np.float32), ref, tol=0.2)
    assert (row.max_abs, row.rel, row.status) == (0.5, 0.1, OK)
    assert tap_error("t", ref * 2, ref, tol=0.2).status == OVER
    assert tap_error("t", np.full_like(ref, np.nan), ref, tol=0.2).status == OVER  # NaN is never within
    assert tap_error("t", None, ref, tol=0.2).status == MISSING
    assert tap_error("z", np.zeros(2), np.zeros(2), tol=0).rel == 0.0


def test_the_op_table_is_of_the_first_layer_over_and_the_verdict_names_the_op():
    names = ["embed", "layers.0.q_proj", "layers.0", "layers.1.q_proj", "layers.1.down_proj", "layers.1",
             "norm", "logits"]
    ref = {n: np.ones(4, np.float32) for n in names}
    test = dict(ref, **{n: np.full(4, 2, np.float32) for n in ("layers.1.down_proj", "layers.1", "norm", "logits")})
    c = compare(test, ref, names, tol=1e-3, test_label="a", reference_label="b", prompt_ids=[1])
    assert [r.name for r in c.rows] == ["embed", "layers.0", "layers.1", "norm", "logits"]
    assert c.layer == 1 and [r.name for r in c.op_rows] == ["layers.1.q_proj", "layers.1.down_proj", "layers.1"]
    assert verdict(c) == "first over tolerance 0.001: layers.1 (rel err 1.000e+00); inside it: " \
                         "layers.1.down_proj (rel err 1.000e+00)"
    assert not c.within and format_comparison(c).endswith(verdict(c))


def test_an_op_over_the_tolerance_inside_a_layer_whose_output_is_within_it_is_named():
    names = ["layers.0.swiglu", "layers.0", "logits"]
    ref = {n: np.ones(4, np.float32) for n in names}
    c = compare(dict(ref, **{"layers.0.swiglu": np.zeros(4, np.float32)}), ref, names, tol=1e-3,
                test_label="a", reference_label="b", prompt_ids=[1])
    assert not c.within and c.layer == 0
    assert verdict(c).startswith("first over tolerance 0.001: layers.0.swiglu")


def test_a_tap_of_another_size_is_over_the_tolerance_and_says_both_shapes():
    names = ["layers.0.q_proj", "layers.0", "logits"]
    test = {n: np.ones((1, 2, 4), np.float32) for n in names}
    c = compare(test, dict(test, **{"layers.0.q_proj": np.ones((1, 2, 2), np.float32)}), names, tol=1e-3,
                test_label="a", reference_label="b", prompt_ids=[1])
    assert not c.within and "SHAPE (the reference's: 1x2x2)" in format_comparison(c)
    assert verdict(c) == "first over tolerance 0.001: layers.0.q_proj (1x2x4 values, the reference's 1x2x2), " \
                         "inside a layer whose output is not"


def test_a_tap_the_reference_lacks_is_missing_and_counted_apart():
    names = ["layers.0.q_norm", "layers.0", "logits"]
    test = {n: np.ones(4, np.float32) for n in names}
    c = compare(test, {n: test[n] for n in names[1:]}, names, tol=1e-3, test_label="a", reference_label="b",
                prompt_ids=[1], layer=0)
    assert [r.status for r in c.op_rows] == [MISSING, OK] and "missing" in format_comparison(c)
    assert c.within and verdict(c) == "all 2 taps within tolerance 0.001 (the ops inside every layer " \
                                      "included; 1 missing on one side)"


# ------------------------------------------------------------------ two rlx builds (CI)


def test_the_same_build_twice_has_no_error_at_all(capsys):
    status, out, _ = rlxc_compare(capsys, TINY, "--against", "rlx", "--quant", "f32", "--json")
    result = json.loads(out)
    assert status == 0 and result["within_tolerance"] and result["first_over"] is None
    assert [r["tap"] for r in result["taps"]] == MODEL_TAPS
    assert all(r["max_abs_err"] == 0 and r["rel_err"] == 0 for r in result["taps"])
    assert result["test"] == result["reference"] == "rlx (quant=f32)"
    assert result["prompt_ids"] == [1, 2, 3, 4, 5, 6, 7, 8]


@pytest.mark.slow  # CI time (14 s, a third compile): the perturbed-weight build covers a table with taps over the tolerance
def test_q8_0_against_f32_prints_the_table_and_the_first_tap_over_the_tolerance(capsys):
    status, out, _ = rlxc_compare(capsys, TINY, "--against", "rlx", "--quant", "q8_0", "--prompt-ids", "5,6,7",
                                  "--layer", "1")
    lines = out.splitlines()
    assert status == 1
    assert lines[0] == ("rlx (quant=q8_0) against rlx (quant=f32): prompt of 3 tokens, tolerance 0.001 "
                        "(relative error ||a-b||/||b||)")
    assert lines[2].split() == ["tap", "shape", "max", "abs", "err", "rel", "err", "status"]
    rows = [line.split() for line in lines[3:8]]
    assert [r[0] for r in rows] == MODEL_TAPS
    assert [r[1] for r in rows] == ["1x3x128"] * 4 + ["1x3x1024"]
    assert all(float(r[2]) > 0 and float(r[3]) > 0 and r[4] == OVER for r in rows)  # the tied table is q8_0 too
    assert lines[9] == "inside layers.1:"
    ops = [line.split()[0] for line in lines[11:24]]
    assert ops == [f"layers.1.{op}" for op in QWEN3_OPS] + ["layers.1"]
    assert lines[-1].startswith("first over tolerance 0.001: embed (rel err ")
    status, out, _ = rlxc_compare(capsys, TINY, "--against", "rlx", "--quant", "q8_0", "--prompt-ids", "5,6,7",
                                  "--tol", "0.1")
    assert status == 0 and out.splitlines()[-1] == \
        "all 29 taps within tolerance 0.1 (the ops inside every layer included)"


def perturbed_copy(src, dst, name: str):
    """A copy of the bf16 checkpoint ``src`` whose weight ``name`` is doubled (its
    exponent bits + 1)."""
    shutil.copytree(src, dst)
    path = dst / "model.safetensors"
    data = bytearray(path.read_bytes())
    size = struct.unpack("<Q", data[:8])[0]
    info = json.loads(data[8:8 + size])[name]
    begin, end = (8 + size + o for o in info["data_offsets"])
    assert info["dtype"] == "BF16"
    bits = np.frombuffer(bytes(data[begin:end]), dtype="<u2").copy()
    nonzero = (bits & 0x7FFF) != 0
    bits[nonzero] += 0x80
    data[begin:end] = bits.tobytes()
    path.write_bytes(bytes(data))
    return dst


def test_a_changed_weight_is_named_by_its_layer_and_the_op_that_reads_it(capsys, tmp_path):
    changed = perturbed_copy(FIXTURES["tiny-qwen3"], tmp_path / "changed", "model.layers.1.self_attn.v_proj.weight")
    status, out, _ = rlxc_compare(capsys, str(changed), "--against", "rlx", "--quant", "f32",
                                  "--ref", f"weights={TINY}", "--json")
    result = json.loads(out)
    assert status == 1 and result["first_over"] == "layers.1" and result["layer"] == 1
    assert result["first_op_over"] == "layers.1.v_proj"
    errors = {r["tap"]: r["rel_err"] for r in result["taps"] + result["ops"]}
    assert errors["embed"] == errors["layers.0"] == 0
    assert all(errors[f"layers.1.{op}"] == 0 for op in ("input_layernorm", "q_proj", "k_proj", "q_norm", "k_norm"))
    assert errors["layers.1.v_proj"] > 0.5 and errors["layers.1"] > 1e-3
    assert result["reference"] == f"rlx (quant=f32, weights={TINY})"


# ----------------------------------------------------------------------- transformers


def test_without_torch_the_transformers_reference_is_a_one_line_error(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "torch", None)  # import torch raises ImportError
    status, _, err = rlxc_compare(capsys, TINY)
    assert "comparing against transformers needs torch and transformers" in one_line_error(status, err)
    assert "pip install -e '.[ref]'" in err and "lowering" not in err  # refused before compiling


@pytest.mark.skipif(importlib.util.find_spec("torch") is None or importlib.util.find_spec("transformers") is None,
                    reason="needs torch and transformers (the `ref` extra: pip install -e '.[ref]')")
@pytest.mark.parametrize("name", ["qwen3-untied-gqa2", "llama"])
def test_against_transformers_every_tap_and_op_agrees(capsys, name):
    status, out, _ = rlxc_compare(capsys, str(FIXTURES[name]), "--json", "--layer", "1")
    result = json.loads(out)
    assert status == 0 and result["reference"].startswith("transformers ")
    assert [r["tap"] for r in result["taps"]] == MODEL_TAPS
    assert all(r["status"] == OK and r["rel_err"] < 1e-5 for r in result["taps"] + result["ops"])
    ops = [r["tap"] for r in result["ops"]]
    assert ("layers.1.q_norm" in ops) == (name == "qwen3-untied-gqa2") and len(ops) >= 11


# ------------------------------------------------------------------------ bad input


@pytest.mark.parametrize("args, phrase", [
    (["/no/such/model"], "model file not found"),
    ([TINY, "--prompt-ids", "1,x"], "--prompt-ids: '1,x' is not a comma-separated list of token ids"),
    ([TINY, "--prompt-ids", "1,5000"], "the prompt: token id 5000 is outside the vocabulary [0, 1024)"),
    ([TINY, "--prompt-ids", ",".join(["1"] * 513)], "the prompt has 513 tokens"),
    ([TINY, "--layer", "2"], "--layer 2: the model has layers 0..1"),
    ([TINY, "--tol", "-1"], "--tol must be a relative error >= 0"),
    ([TINY, "--against", "rlx", "--ref", "bogus=1"], "--ref bogus=1: expected KEY=VALUE with KEY one of"),
    ([TINY, "--against", "rlx", "--ref", "quant=q9"], "--ref: argument --quant: invalid choice: 'q9'"),
    ([TINY, "--against", "rlx", "--ref", "checks=maybe"], "--ref checks=maybe: checks is true or false"),
    ([TINY, "--ref", "quant=f32"], "--ref chooses the options of the reference rlx build"),
])
def test_bad_input_is_a_one_line_error_before_anything_is_compiled(capsys, args, phrase):
    status, out, err = rlxc_compare(capsys, *args)
    assert phrase in one_line_error(status, err) and out == ""
    assert "lowering" not in err


def test_a_compiled_model_or_a_flow_is_refused(capsys, tmp_path):
    (tmp_path / "model.so").write_bytes(b"")
    status, _, err = rlxc_compare(capsys, str(tmp_path / "model.so"))
    assert "is compiled already: rlxc compare compiles the model with debug outputs" in one_line_error(status, err)
    from rlxc.models.config import Qwen3Config
    from rlxc.models.qwen3 import Qwen3Flow

    flow = tmp_path / "flow.json"
    flow.write_text(Qwen3Flow.for_prefill(Qwen3Config.from_json(f"{TINY}/config.json"), 1, 4).build().to_json())
    status, _, err = rlxc_compare(capsys, str(flow))
    assert "holds a single flow, not an LLM" in one_line_error(status, err)


# --------------------------------------------------------------- the flow's debug outputs


def test_debug_taps_are_outputs_of_the_entry_and_round_trip_through_a_flow_file(tmp_path):
    from rlxc.model_file import read_model_spec
    from rlxc.models.config import Qwen3Config
    from rlxc.models.qwen3 import Qwen3Flow

    cfg = Qwen3Config.from_json(f"{TINY}/config.json")
    built = Qwen3Flow.for_prefill(cfg, 1, "SEQ").lm_head().debug_taps([1]).build()
    assert built.output_names == ["logits", "embed", "layers.0", *[f"layers.1.{op}" for op in QWEN3_OPS],
                                  "layers.1", "norm"]
    path = tmp_path / "flow.json"
    path.write_text(built.to_json())
    assert read_model_spec(path).flow["options"]["op_taps"] == [1]
    for options, phrase in [({"taps": 1}, "flow option 'taps' is 1"),
                            ({"taps": True, "op_taps": [2]}, "flow option 'op_taps' is [2]"),
                            ({"op_taps": [0]}, "flow option 'op_taps' needs 'taps': true")]:
        data = json.loads(built.to_json())
        data["options"] = {k: v for k, v in data["options"].items() if k not in ("taps", "op_taps")} | options
        path.write_text(json.dumps(data))
        with pytest.raises(Exception, match=phrase.replace("[", r"\[").replace("]", r"\]")):
            read_model_spec(path)


def test_the_taps_entry_computes_the_logits_of_the_prefill_entry_bit_for_bit():
    """The taps are outputs of the code a session's prefill runs, not of another computation."""
    from conftest import session_for
    from rlxc.compiler import CompileOptions
    from rlxc.model_file import read_model_spec
    from rlxc.taps import rlx_taps

    ids = [5, 9, 2, 7, 1, 3]
    taps = rlx_taps(read_model_spec(TINY), ids, options=CompileOptions())
    assert np.array_equal(taps["logits"], session_for("tiny-qwen3").prefill([ids]))
