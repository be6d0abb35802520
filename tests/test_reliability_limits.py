"""Sizes and flags that used to pass and then take the machine down, or be ignored.

Each case is an input (the bundled tiny model with some config fields replaced, or a
flag), a command, and what it must print. Commands that size memory run in a
subprocess under a 3 GiB address-space limit and a timeout, so a regression is an
ordinary failure here, not an OOM-killed test machine.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from conftest import FIXTURES, ROOT, session_for
from rlx.runtime.errors import CompileError, IRError, RlxError, RuntimeLimitError
from rlx.runtime.memory import format_bytes, physical_memory

TINY = FIXTURES["tiny-qwen3"]
ADDRESS_SPACE = 3 << 30
pytestmark = pytest.mark.skipif(physical_memory() >= 1 << 40, reason="the huge sizes here fit this machine")


def limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def rlxc(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """``rlxc ARGS`` in a subprocess with at most 3 GiB of address space."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_WAIT_POLICY": "passive"}
    env.pop("RLX_TRACEBACK", None)
    return subprocess.run([sys.executable, "-m", "rlxc.cli", *args], capture_output=True, text=True,
                          env=env, timeout=timeout, preexec_fn=limited)


def model_copy(folder: Path, **fields) -> Path:
    """The tiny model (config and weights) in ``folder``, with ``fields`` of its config replaced
    (another layer count drops ``layer_types``, one entry per layer, as transformers requires)."""
    folder.mkdir(parents=True, exist_ok=True)
    config = json.loads((TINY / "config.json").read_text())
    if "num_hidden_layers" in fields:
        config.pop("layer_types", None)
    (folder / "config.json").write_text(json.dumps({**config, **fields}))
    shutil.copy(TINY / "model.safetensors", folder / "model.safetensors")
    return folder


def one_line_error(out: subprocess.CompletedProcess, *fragments: str) -> str:
    assert out.returncode == 1, (out.returncode, out.stderr)
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), out.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


# ---------------------------------------------------------------- sizes that scale memory


@pytest.mark.parametrize("fields, flags, fragments", [
    ({"max_position_embeddings": 10**9}, ["--max-seq", str(10**9)],
     ["the KV cache needs 953.7 GiB", "--max-seq 1000000000", "num_hidden_layers 2"]),
    ({}, ["--batch", str(10**6)], ["the KV cache needs", "--batch 1000000 x --max-seq 512"]),
    ({"num_hidden_layers": 10**7}, [], ["the float32 weights need", "num_hidden_layers 10000000"]),
    ({"vocab_size": 2 * 10**9}, [], ["the float32 weights need", "vocab_size 2000000000"]),
    ({"hidden_size": 10**9}, [], ["the float32 weights need", "hidden_size 1000000000"]),
    ({"intermediate_size": 2 * 10**9}, [], ["the float32 weights need", "intermediate_size 2000000000"]),
    ({"num_attention_heads": 10**8}, [], ["the float32 weights need", "num_attention_heads 100000000"]),
    ({"head_dim": 10**8}, [], ["the KV cache needs", "head_dim 100000000"]),
], ids=["max-seq", "batch", "layers", "vocab", "hidden", "intermediate", "heads", "head-dim"])
def test_a_size_the_machine_cannot_hold_is_refused_before_compiling(tmp_path, fields, flags, fragments):
    model = model_copy(tmp_path / "m", **fields)
    line = one_line_error(rlxc("run", str(model), "--prompt-ids", "1,2", *flags, timeout=60),
                          f"{model / 'config.json'}: ", *fragments, "more than this machine's")
    assert "lowering" not in line


@pytest.mark.parametrize("flags, fragment", [
    (["--batch", str(10**12)], "--batch 1000000000000 is too large (at most 2147483647)"),
    (["--max-seq", "0"], "--max-seq must be at least 1, got 0"),
    (["--max-new-tokens", "-1"], "--max-new-tokens must be at least 0, got -1"),
])
def test_count_flags_are_bounded(flags, fragment):
    one_line_error(rlxc("run", str(TINY), "--prompt-ids", "1", *flags, timeout=60), fragment)


@pytest.mark.parametrize("flags, fragment", [
    (["--batch", str(10**12)], "--batch 1000000000000 is too large"),
    (["--max-seq", "-3"], "--max-seq must be at least 1, got -3"),
])
def test_compile_bounds_counts_too(tmp_path, flags, fragment):
    one_line_error(rlxc("compile", str(TINY), "-o", str(tmp_path / "x.so"), *flags, timeout=60), fragment)
    assert not (tmp_path / "x.so").exists()


def test_a_huge_max_position_embeddings_costs_only_the_positions_a_run_reaches(tmp_path):
    """The RoPE tables were max_position_embeddings rows: 10^9 was reported as a
    'malformed recipe' (out of memory), 10^8 OOM-killed, 10^7 peaked at 3.3 GB."""
    model = model_copy(tmp_path / "m", max_position_embeddings=10**9)
    out = rlxc("run", str(model), "--prompt-ids", "1,2,3", "--max-seq", "16", "--max-new-tokens", "2")
    assert out.returncode == 0, out.stderr
    assert len(out.stdout.split()) == 2


def test_a_so_holds_the_rope_tables_of_its_capacity(tmp_path):
    from rlx.runtime.loader import load

    model = model_copy(tmp_path / "m", max_position_embeddings=10**9)
    so = tmp_path / "m.so"
    out = rlxc("compile", str(model), "-o", str(so), "--max-seq", "16")
    assert out.returncode == 0, out.stderr
    assert load(so).manifest.max_positions == 4096  # max(--max-seq, 4096): --max-seq may grow to that
    assert rlxc("run", str(so), "--prompt-ids", "1,2", "--max-seq", "4096").returncode == 0
    one_line_error(rlxc("run", str(so), "--prompt-ids", "1,2", "--max-seq", "5000"),
                   "max_seq 5000 exceeds the 4096 positions the model supports as compiled",
                   "recompile it with --max-seq 5000")


def test_the_python_api_checks_the_same_sizes(tmp_path):
    import rlxc

    model = model_copy(tmp_path / "m", max_position_embeddings=10**9)
    with pytest.raises(RuntimeLimitError, match=r"the KV cache needs 953.7 GiB \(--batch 1 x --max-seq 1000000000"):
        rlxc.load(model, max_seq=10**9)
    with pytest.raises(RlxError, match="batch 3000000000 is too large"):
        rlxc.load(model, batch=3 * 10**9)


def test_a_config_with_millions_of_layers_stops_at_the_first_missing_weight(tmp_path):
    """Listing 10^8 layers' weights before checking them used to exhaust the memory."""
    model = model_copy(tmp_path / "m", num_hidden_layers=10**8)
    one_line_error(rlxc("compile", str(model), "-o", str(tmp_path / "x.so"), timeout=60),
                   "missing weight 'model.layers.2.input_layernorm.weight'")


# ---------------------------------------------------------------- the runtime's own checks


def test_a_rope_recipe_too_large_is_a_limit_not_a_malformed_recipe():
    from rlx.runtime.constants import make_constant

    with pytest.raises(RuntimeLimitError, match=r"constant 'rope.cos' .* needs .* more than this machine's"):
        make_constant("rope.cos", {"kind": "rope_cos", "shape": [10**12, 16], "head_dim": 32, "theta": 1e4})


def test_an_allocation_larger_than_the_machine_is_refused_before_it_is_made():
    from rlx.runtime.arguments import allocate

    with pytest.raises(RuntimeLimitError, match=r"the KV cache 'k' of shape \[1, 1000000000000, 64\] needs"):
        allocate((1, 10**12, 64), np.float32, "the KV cache 'k'")


def test_a_session_checks_its_whole_footprint():
    from rlx.runtime.session import check_session_memory

    session = session_for("tiny-qwen3")
    with pytest.raises(RuntimeLimitError, match=r"max_seq 2147483647 x batch 1: the session \(KV cache 2.0 TiB"):
        check_session_memory(session.manifest, 2**31 - 1, {})


def test_format_bytes():
    assert [format_bytes(n) for n in (0, 1023, 1024, 3 << 29, 5 << 40)] == [
        "0 B", "1023 B", "1.0 KiB", "1.5 GiB", "5.0 TiB"]


# ---------------------------------------------------------------- flags that were ignored


@pytest.mark.parametrize("flags", [["--no-verify", "--verify-each"],
                                   ["--print-ir-after-all", "--print-ir-after-change"]])
@pytest.mark.parametrize("command", ["compile", "run", "opt"])
def test_flags_that_override_each_other_are_refused_together(command, flags):
    out = rlxc(command, "x", *flags, timeout=60)
    assert out.returncode == 2 and "not allowed with argument" in out.stderr


def test_run_refuses_a_flow_before_compiling(tmp_path):
    config = json.loads((TINY / "config.json").read_text())
    options = {"decode": False, "batch": 1, "seq": 4, "past_seq": 0, "has_past": False, "lm_head": True,
               "export_kv": False, "last_logits_only": False, "custom_mask": False}
    flow = tmp_path / "flow.json"
    flow.write_text(json.dumps({"format": "rlx-flow/1", "family": "qwen3", "config": config, "options": options}))
    shutil.copy(TINY / "model.safetensors", tmp_path)
    line = one_line_error(rlxc("run", str(flow), "--prompt-ids", "1", timeout=60), "holds a single flow")
    assert "lowering" not in line


@pytest.mark.parametrize("seed", [-1, True, 1.5])
def test_a_seed_numpy_refuses_is_named(seed):
    from rlx.runtime.sampling import Sampler

    with pytest.raises(RlxError, match=r"seed \(--seed\) must be an integer >= 0"):
        Sampler(seed=seed)
    Sampler(seed=2**70)  # numpy's PCG64 takes any non-negative integer


def test_run_names_a_negative_seed():
    one_line_error(rlxc("run", str(TINY), "--prompt-ids", "1", "--seed", "-1", timeout=60),
                   "seed (--seed) must be an integer >= 0, got -1")


# ---------------------------------------------------------------- IR the verifier missed


def test_a_pass_that_moves_a_use_above_its_definition_is_named(monkeypatch):
    from rlxc.ir_text import parse_module_text
    from rlxc.pipeline import run_pipeline

    monkeypatch.setenv("RLX_PASS_PLUGINS", "tests.ir.broken_passes")
    module = parse_module_text((ROOT / "tests" / "ir" / "rlx-bufferize.mlir").read_text())
    with pytest.raises(IRError, match=r"after pass 'test-hoist-above-operand' does not verify: .*"
                                      r"%r is used by rlx.gather_last before it is defined \(in @layer\)"):
        run_pipeline(module, "rlx-fuse,test-hoist-above-operand")


def test_a_use_moved_out_of_its_loop_is_named():
    from xdsl.utils.exceptions import VerifyException

    from rlx.dialects.dominance import verify_dominance
    from rlxc.ir_text import parse_module_text

    module = parse_module_text("""builtin.module {
  func.func @f(%n: index) -> index {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    scf.for %i = %c0 to %n step %c1 {
      %v = arith.addi %i, %c1 : index
      %w = arith.addi %v, %c1 : index
    }
    func.return %c1 : index
  }
}""")
    loop = next(op for op in module.walk() if op.name == "scf.for")
    user = [op for op in loop.body.block.ops if op.name == "arith.addi"][1]
    user.detach()
    loop.parent_block().insert_op_after(user, loop)
    with pytest.raises(VerifyException, match=r"%v is used by arith.addi where its definition does not "
                                              r"reach \(another region\) \(in @f\)"):
        verify_dominance(module)


def test_invalid_llvm_ir_reaching_llvm_names_its_line():
    """The pass-level parse (``llvm-opt`` of IR produced by a pipeline) carries the line too."""
    from rlx.lowering.llvm_target import optimize

    text = "define void @f() {\nentry:\n  %x = add i32 1, 2\n  %y = bogus i32 %x\n  ret void\n}\n"
    with pytest.raises(CompileError, match=r"invalid LLVM IR at line 4, column 8: expected instruction opcode "
                                           r"\(at '%y = bogus i32 %x'\)"):
        optimize(text, 2)
