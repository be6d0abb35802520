"""The structural IR diff: stable op keys, grouping across layers, ``rlxc diff``."""

from __future__ import annotations

import contextlib
import io
import json
import re

import pytest

from conftest import ROOT
from rlxc import ir_diff
from rlxc.ir_text import parse_module_text
from rlxc.pipeline import run_pipeline

IR = ROOT / "tests" / "ir"


def module(name: str):
    return parse_module_text((IR / name).read_text(), name)


def after(name: str, pipeline: str):
    m = module(name)
    run_pipeline(m, pipeline)
    return m


def test_keys_name_ops_by_layer_weights_and_kind():
    keys = list(ir_diff.summarize(module("print-ir-diff.mlir"))["mlp"].ops)
    assert keys[:6] == ["L0/param[model.layers.0.mlp.gate_proj.weight]", "L0/linear[mlp.gate_proj]",
                        "L0/param[model.layers.0.mlp.up_proj.weight]", "L0/linear[mlp.up_proj]",
                        "L0/silu#0", "L0/mul#0"]
    assert "L1/linear[mlp.down_proj]" in keys


def test_renumbered_ssa_values_are_no_change():
    text = (IR / "print-ir-diff.mlir").read_text()
    renamed = re.sub(r"%([a-z]+)(\d)", r"%v\2_\1", text)
    assert renamed != text
    assert ir_diff.diff_modules(parse_module_text(text), parse_module_text(renamed)) == ""


def test_changes_repeated_in_every_layer_print_once():
    diff = ir_diff.diff_modules(module("print-ir-diff.mlir"), after("print-ir-diff.mlir", "rlx-fuse"))
    assert "@@ @mlp layers 0-1 (x2) @@" in diff
    assert diff.count("+L{i}/swiglu#0: rlx.swiglu") == 1
    assert "-L{i}/silu#0" in diff and "-L{i}/mul#0" in diff


def test_rewritten_ops_show_before_and_after():
    diff = ir_diff.diff_modules(module("print-ir-diff.mlir"), after("print-ir-diff.mlir", "rlx-fuse"))
    lines = diff.splitlines()
    i = lines.index(next(ln for ln in lines if ln.startswith("-L{i}/linear[mlp.down_proj]:")))
    assert "%L{i}/mul#0" in lines[i]
    assert lines[i + 1].startswith("+L{i}/linear[mlp.down_proj]: rlx.linear %L{i}/swiglu#0")


def test_cse_shows_removed_duplicates_not_rewired_users():
    before = module("cse.mlir")
    diff = ir_diff.diff_modules(before, after("cse.mlir", "cse"))
    assert "# 3 removed, 0 added, 0 rewritten" in diff
    assert "-view(%arena){offset=64 : i64}#1:" in diff


def test_28_layers_stay_readable():
    """rlx-fuse on a 28-layer model: one entry per change, not 28."""
    from rlxc.models.config import Qwen3Config
    from rlxc.models.qwen3 import Qwen3Flow

    cfg = json.loads((ROOT / "examples" / "tiny-qwen3" / "config.json").read_text())
    cfg["num_hidden_layers"] = 28
    cfg.pop("layer_types")  # one entry per layer: the tiny model's are 2
    built = Qwen3Flow.for_decode(Qwen3Config.from_dict(cfg), 1, "PAST_SEQ").build()
    before = ir_diff.summarize(built.module)
    run_pipeline(built.module, "rlx-fuse")
    diff = ir_diff.format_diff(before, ir_diff.summarize(built.module))
    # per layer: silu + mul -> swiglu, and both residual adds into their linears (whose
    # readers change too); layer 0's first residual is the embedding, the others the last layer's
    assert "# 112 removed, 28 added, 112 rewritten" in diff
    hunks = [line for line in diff.splitlines() if line.startswith("@@")]
    assert hunks == ["@@ @decode layer 0 @@", "@@ @decode layers 0-27 (x28) @@", "@@ @decode layers 1-27 (x27) @@",
                     "@@ @decode @@"]
    assert len(diff.splitlines()) == 3 + 4 + 3 + 8 + 5 + 2  # header, four hunks, their lines


def test_function_level_changes():
    l3 = after("rlx-to-loops.mlir", "rlx-to-loops")
    diff = ir_diff.diff_modules(module("rlx-to-loops.mlir"), l3)
    assert re.search(r"^\+func: @add_f32 : \(memref<\?xf32>, .*\) -> \(\)  \(\d+ ops\)$", diff, re.M)
    assert "+rlx.entry: unit" in diff


def test_op_key_locates_an_op():
    m = module("print-ir-diff.mlir")
    silu = next(op for op in m.walk() if op.name == "rlx.silu")
    assert ir_diff.op_key(silu) == "@mlp L0/silu#0"


def test_llvm_text_diff_counts_instructions_per_function():
    a = "define void @f() {\n  ret void\n}\ndefine void @g() {\n  ret void\n}\n"
    b = "define void @f() {\n  %x = add i64 1, 2\n  ret void\n}\ndefine void @h() {\n  ret void\n}\n"
    diff = ir_diff.format_text_diff(a, b)
    assert "~@f: 1 -> 2 instructions" in diff and "+@h: 1 instructions" in diff and "-@g: 1 instructions" in diff


@pytest.mark.parametrize("exit_code", [False, True])
def test_rlxc_diff_command(tmp_path, exit_code):
    from rlxc.cli import main

    a, b = tmp_path / "a.mlir", tmp_path / "b.mlir"
    a.write_text(str(module("print-ir-diff.mlir")))
    b.write_text(str(after("print-ir-diff.mlir", "rlx-fuse")))
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["diff", str(a), str(b)] + (["--exit-code"] if exit_code else []))
    assert code == (1 if exit_code else 0)
    assert out.getvalue().startswith(f"--- {a}\n+++ {b}\n")
    assert "+L{i}/swiglu#0" in out.getvalue()
