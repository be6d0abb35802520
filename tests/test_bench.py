"""The benchmark package: model configs, the roofline arithmetic, the per-kernel cost
model, the instrumented report, and the peers' model files (same model as rlx)."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest

from rlx.bench import models, roofline
from rlx.lowering.kernels import kernel_cost, select


def _has(*modules: str) -> bool:
    return all(importlib.util.find_spec(m) is not None for m in modules)


@pytest.fixture(scope="module")
def example_dir(tmp_path_factory):
    """The bundled example's dims with random weights (small: written in ms)."""
    return models.checkpoint("example", root=tmp_path_factory.mktemp("bench"), log=lambda *_: None)


def test_model_configs_parse_and_match_their_weights(tmp_path):
    from rlxc.models.config import Qwen3Config, expected_weights

    for name in models.MODELS:
        cfg = models.config_dict(name)
        path = tmp_path / f"{name}.json"
        path.write_text(__import__("json").dumps(cfg))
        parsed = Qwen3Config.from_json(path)
        want = {n: tuple(s) for n, s in expected_weights(parsed).items() if n != "lm_head.weight"}
        assert want == models.weight_shapes(cfg)


def test_roofline_of_qwen3_0_6b_dims():
    cfg = models.config_dict("0.6b")
    assert models.weight_bytes(cfg) == pytest.approx(2.384e9, rel=1e-3)
    decode = roofline.decode_cost(cfg, context=160)
    assert decode["weight_bytes"] == pytest.approx(2.384e9, rel=1e-3)
    assert 2.38e9 < decode["bytes"] < 2.45e9  # + the KV rows attended to
    prefill = roofline.prefill_cost(cfg, 512)
    assert prefill["all_rows_flops"] == pytest.approx(0.94e9, rel=0.01)  # issue 6: ~0.95 GFLOP/token
    # last-token logits need the last of the 28 layers' Q, attention, o_proj and MLP for one row
    assert prefill["flops"] == pytest.approx(0.911e9, rel=0.002)


def test_kernel_cost_model():
    nbytes, flops = kernel_cost(select.linear(1024, 3072, False), [1])
    assert flops == 2 * 1024 * 3072 and nbytes == 4 * (1024 * 3072 + 1024 + 3072)
    assert kernel_cost(select.linear(64, 40, True), [2])[1] == 2 * 2 * 64 * 40
    assert kernel_cost(select.multi_linear(64, (32, 16, 16), False), [3])[1] == 2 * 3 * 64 * 64
    assert kernel_cost(select.linear_swiglu(64, 48), [1])[1] >= 4 * 64 * 48
    b, f = kernel_cost(select.attention(4, 2, 8, True, False), [1, 3, 5, 8])
    assert f == 4 * 4 * 8 * (3 + 4 + 5) and b > 0  # 3 queries at positions 2, 3, 4
    decode = select.attention(16, 8, 128, True, False, queries=1)
    assert kernel_cost(decode, [1, 1, 10, 16])[1] == 4 * 16 * 128 * 10
    assert kernel_cost(select.rms_norm(64, 16, 1e-6), [2])[0] > 0
    assert kernel_cost(select.gather_last(8), [3]) == (4 * 2 * 3 * 8, 0.0)
    # a weight's bytes are its format's: Q8_0 34 and Q4_0 18 bytes per 32 weights, bf16 2 per weight
    for fmt, per_weight in (("bf16", 2), ("q8_0", 34 / 32), ("q4_0", 18 / 32)):
        nbytes, _ = kernel_cost(select.linear(1024, 3072, False, None, fmt), [1])
        assert nbytes == per_weight * 1024 * 3072 + 4 * (1024 + 3072)


def test_every_family_has_a_cost():
    from rlx.lowering.kernels import KERNELS, spec_of
    from rlx.lowering.kernels.cost import COSTS

    sample = {"embed": (8, 4), "rms_norm": (64, 16, 1e-6), "linear": (8, 16, False),
              "multi_linear": (8, (16, 16), False), "linear_swiglu": (8, 16), "rope": (2, 8),
              "attention": (4, 2, 8, True, False), "gather_last": (8,), "kv_write": (8,),
              "moe_gate": (16, 4, 2, True), "moe_swiglu": (16, 16, 4, 2), "moe_down": (16, 16, 4, 2)}
    for family, make in KERNELS.items():
        spec = spec_of(make(*sample.get(family, ())))
        assert type(spec) in COSTS and spec.family == family
        assert kernel_cost(spec, [2] * len(spec.size_names))[0] > 0


def test_probes_run():
    from rlx.bench.probes import bandwidth

    res = bandwidth(gib=1 / 64, repeats=2)
    assert res["gbps"] > 0.1


def test_instrumented_report(example_dir):
    from rlx.bench.report import format_report, measure

    data = measure(example_dir, prompt=8, decode=4, prefill=16)
    for entry in ("prefill_last", "decode"):
        kernels = data["runs"][entry]["kernels"]
        assert any(k.startswith("linear") or k.startswith("multi_linear") for k in kernels)
        assert all(k["calls"] > 0 and k["seconds"] > 0 for k in kernels.values())
        assert sum(k["flops"] for k in kernels.values()) > 0
    decode = data["runs"]["decode"]["kernels"]
    assert decode["embed_h128_v1024_packed16"]["calls"] == 4  # tied table read from the LM head's copy
    text = format_report(data)
    assert "GB/s" in text and "per-kernel roofline: decode" in text


@pytest.mark.skipif(not _has("onnxruntime", "onnx"), reason="onnxruntime/onnx not installed")
def test_onnx_peer_is_the_same_model(example_dir):
    from rlx.bench.engines import OrtEngine, RlxEngine

    ids = np.random.default_rng(0).integers(3, 1024, size=24)
    want = RlxEngine(example_dir, 1, 64, cache=False).prefill_last(ids)
    ort = OrtEngine(example_dir, 1, 64)
    np.testing.assert_allclose(ort.prefill_last(ids), want, rtol=1e-4, atol=1e-4 * np.abs(want).max())
    ort.start(ids[:20])
    for tok in ids[20:]:
        got = ort.step(int(tok))
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-4 * np.abs(want).max())


@pytest.mark.skipif(not _has("llama_cpp", "gguf"), reason="llama-cpp-python/gguf not installed")
def test_gguf_peer_is_the_same_model(example_dir):
    from rlx.bench.engines import LlamaCppEngine, RlxEngine

    ids = np.random.default_rng(1).integers(3, 1024, size=24)
    want = RlxEngine(example_dir, 1, 64, cache=False).prefill_last(ids)
    got = LlamaCppEngine(example_dir, 1, 64).prefill_last(ids)
    assert np.abs(got - want).max() <= 1e-3 * np.abs(want).max()


def test_roofline_bytes_per_format():
    """Issue 12's bytes per token of the 0.6B dims: the matmul weights and the tied head in the format."""
    cfg = models.config_dict("0.6b")
    got = {q: roofline.decode_cost(cfg, context=0, quant=q)["weight_bytes"] for q in ("f32", "bf16", "q8_0")}
    assert got["bf16"] == pytest.approx(1.192e9, rel=2e-3)
    assert got["q8_0"] == pytest.approx(0.633e9, rel=2e-3)


@pytest.mark.skipif(not _has("gguf"), reason="gguf not installed")
@pytest.mark.parametrize("quant", ["bf16", "q8_0"])
def test_the_gguf_peer_holds_the_blocks_rlx_makes(example_dir, tmp_path, quant):
    """llama.cpp is timed on the same numbers: the GGUF's matmul tensors are the blocks
    rlx's ``--quant`` makes of the same checkpoint (bit for bit)."""
    import gguf
    from safetensors.numpy import load_file

    from rlx.bench.gguf_model import build
    from rlx.runtime.packing import bf16_bits
    from rlx.runtime.quant import q8_0_blocks

    path = build(example_dir, tmp_path / f"model-{quant}.gguf", quant)
    tensors = {t.name: t for t in gguf.GGUFReader(str(path)).tensors}
    w = load_file(str(example_dir / "model.safetensors"))
    for name, hf in (("blk.0.ffn_down.weight", "model.layers.0.mlp.down_proj.weight"),
                     ("token_embd.weight", "model.embed_tokens.weight")):  # tied: the LM head
        mine = q8_0_blocks(w[hf]) if quant == "q8_0" else bf16_bits(w[hf])
        assert tensors[name].tensor_type.name == quant.upper()
        assert np.array_equal(np.asarray(tensors[name].data).reshape(-1).view(np.uint8),
                              np.ascontiguousarray(mine).reshape(-1).view(np.uint8))
    assert tensors["blk.0.attn_norm.weight"].tensor_type.name == "F32"


@pytest.mark.slow  # CI time (15 s): the blocks are checked bit for bit against gguf.quants in test_quant
@pytest.mark.skipif(not _has("llama_cpp", "gguf"), reason="llama-cpp-python/gguf not installed")
def test_llama_cpp_on_the_same_q8_0_blocks_gives_the_same_tokens(example_dir):
    from rlx.bench.engines import LlamaCppEngine, RlxEngine

    ids = np.random.default_rng(1).integers(3, 1024, size=24)
    want = RlxEngine(example_dir, 1, 64, cache=False, quant="q8_0").prefill_last(ids)
    got = LlamaCppEngine(example_dir, 1, 64, quant="q8_0").prefill_last(ids)
    # llama.cpp also rounds the activations to 8 bits (its Q8_0 dot products): close, not equal
    assert np.abs(got - want).max() <= 3e-2 * np.abs(want).max()
    assert int(np.argmax(got)) == int(np.argmax(want))


def test_the_accuracy_table_compares_distributions():
    from rlx.bench.accuracy import compare

    rng = np.random.default_rng(0)
    ref = rng.standard_normal((16, 50)).astype(np.float32)
    same = compare(ref, ref.copy())
    assert same["mean_kl"] == pytest.approx(0.0, abs=1e-12) and same["top1"] == 1.0
    noisy = compare(ref, ref + 0.3 * rng.standard_normal(ref.shape).astype(np.float32))
    assert noisy["mean_kl"] > 1e-3 and noisy["top1"] < 1.0
    assert compare(ref, ref + 0.3, temperature=2.0)["mean_kl"] == pytest.approx(0.0, abs=1e-12)  # a shift


def test_an_engine_from_another_checkout_is_rlx_built_there(tmp_path):
    """A worker for ``rlx@CHECKOUT`` imports ``rlxc`` and every ``rlx.*`` package from the
    checkout, not from the tree the installed rlx points to (before: the checkout's
    ``rlxc`` on this tree's compiler and runtime)."""
    import subprocess
    import sys

    from rlx.bench.__main__ import child_env, file_stem, split_engine

    checkout = tmp_path / "checkout"
    for folder in ("rlxc", "lowering", "runtime", "dialects", "bench"):
        (checkout / folder).mkdir(parents=True)
        (checkout / folder / "__init__.py").write_text(f"WHERE = {folder!r}\n")
    (checkout / "pyproject.toml").write_text(
        '[tool.setuptools.package-dir]\n"rlxc" = "rlxc"\n"rlx.dialects" = "dialects"\n'
        '"rlx.lowering" = "lowering"\n"rlx.runtime" = "runtime"\n"rlx.bench" = "bench"\n')
    assert split_engine("rlx") == ("rlx", None)
    kind, root = split_engine(f"rlx@{checkout}")
    assert (kind, root) == ("rlx", checkout.resolve())
    code = ("import rlxc, rlx.lowering, rlx.runtime, rlx.dialects, rlx.bench; "
            "print(rlxc.WHERE, rlx.lowering.WHERE, rlx.runtime.WHERE, rlx.dialects.WHERE, rlx.bench.WHERE)")
    out = subprocess.run([sys.executable, "-c", code], env=child_env(2, root), cwd=tmp_path,
                         capture_output=True, text=True, check=True).stdout
    assert out.split() == ["rlxc", "lowering", "runtime", "dialects", "bench"]
    assert "/" not in file_stem(f"rlx@{checkout}")


def test_a_target_holds_the_peers_and_probes_to_its_instruction_sets(tmp_path, monkeypatch):
    from rlx.bench.__main__ import child_env
    from rlx.bench.isa import describe_features, peer_env, target_features, with_env
    from rlx.bench.probes import probe_target

    assert peer_env("torch", "host", None) == {}
    avx2 = peer_env("torch", "x86-64-v3", None)
    assert avx2["ATEN_CPU_CAPABILITY"] == "avx2" and avx2["MKL_ENABLE_INSTRUCTIONS"] == "AVX2"
    assert peer_env("torch", "x86-64-v4", None)["ONEDNN_MAX_CPU_ISA"] == "AVX512_CORE"
    assert peer_env("onnxruntime", "x86-64-v3", None) == {"RLX_BENCH_CPUID_MASK": "x86-64-v3"}  # bench.cpuid_mask
    assert peer_env("onnxruntime", "x86-64-v4", None) == {}
    env = with_env({"PYTHONPATH": "/a"}, peer_env("llama.cpp", "znver2", tmp_path))
    assert env["PYTHONPATH"].split(":") == [str(tmp_path), "/a"]
    assert peer_env("llama.cpp", "host", tmp_path) == {"PYTHONPATH": str(tmp_path)}  # a host build without AMX
    assert describe_features(target_features("znver2")) == "AVX2 FMA"
    assert describe_features(target_features("x86-64-v4")) == "AVX-512 FMA"
    assert child_env(1, target="znver2")["RLX_BENCH_TARGET"] == "znver2"
    monkeypatch.setenv("RLX_BENCH_TARGET", "x86-64-v3")
    assert probe_target().cpu == "x86-64-v3"
    monkeypatch.setenv("RLX_BENCH_TARGET", "host")
    assert probe_target() is None


CPUID_CHILD = """
import ctypes, sys, threading
from rlx.bench import cpuid_mask
from rlx.lowering.llvm_target import JITEngine
probe = JITEngine('''
define i32 @leaf7_ebx() {
  %v = call { i32, i32, i32, i32 } asm sideeffect "cpuid", "={ax},={bx},={cx},={dx},{ax},{cx}"(i32 7, i32 0)
  %b = extractvalue { i32, i32, i32, i32 } %v, 1
  ret i32 %b
}''')
leaf7_ebx = ctypes.CFUNCTYPE(ctypes.c_uint32)(probe.address_of("leaf7_ebx"))
before = leaf7_ebx()
masked, line = cpuid_mask.mask_cpuid("x86-64-v3")
print(masked, line)
seen = []
thread = threading.Thread(target=lambda: seen.append(leaf7_ebx()))
thread.start(); thread.join()
avx512f, avx2 = 1 << 16, 1 << 5
print(bool(before & avx512f), bool(seen[0] & avx512f), bool(seen[0] & avx2), cpuid_mask.traps(), flush=True)
ctypes.string_at(0)  # a real fault still crashes
"""


@pytest.mark.skipif(not __import__("rlx.bench.cpuid_mask", fromlist=["x"]).supported(), reason="no CPUID faulting")
def test_a_masked_cpuid_hides_avx512_from_every_thread_and_a_real_fault_still_crashes():
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-c", CPUID_CHILD], capture_output=True, text=True, timeout=120)
    line, flags = run.stdout.splitlines()
    assert line.startswith("True cpuid masked to x86-64-v3"), run.stderr
    had_avx512, thread_avx512, thread_avx2, traps = flags.split()
    assert (thread_avx512, thread_avx2) == ("False", "True") and int(traps) >= 1
    assert run.returncode == -11  # SIGSEGV, not a hang or a silent return


def test_bench_refuses_an_unknown_target(capsys):
    from rlx.bench.__main__ import main

    with pytest.raises(SystemExit) as exc:
        main(["--target", "pentium9", "--model", "tiny"])
    assert exc.value.code == 2
    assert "unknown CPU 'pentium9'" in capsys.readouterr().err


def _runs_here(target: str) -> bool:
    from rlx.runtime.loader import host_cpu_flags
    from rlxc.target import target_cpu

    return set(target_cpu(target).required_flags) <= set(host_cpu_flags())


@pytest.mark.slow  # a benchmark tool's run (14 s)
@pytest.mark.skipif(not _runs_here("x86-64-v3"), reason="this CPU cannot run x86-64-v3 (AVX2) code")
def test_the_block_timer_runs_candidates_against_the_selected_block(capsys):
    from rlx.bench.blocks import main

    assert main(["matmul", "6:8:u", "6:8:u:2", "--target", "x86-64-v3", "--rows", "12", "--repeats", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("# x86-64-v3 (256-bit vectors x 16 registers")
    assert len(lines) == 5 and all("default=" in ln and "6:8:u=" in ln for ln in lines[1:])
    assert not any("WRONG" in ln for ln in lines)
    assert main(["attention", "1:4", "2:8", "--target", "x86-64-v3", "--rows", "24", "--repeats", "1"]) == 0
    out = capsys.readouterr().out
    assert "attention_nh16_nkv8_hd128_causal default=" in out and "2:8=" in out and "WRONG" not in out


@pytest.mark.parametrize("argv, named", [(["attention", "2:16"], "2:16"), (["matmul", "9:x:q"], "9:x:q"),
                                          (["matmul", "--target", "znver99"], "znver99")])
def test_the_block_timer_refuses_a_bad_candidate_or_target_before_timing(argv, named, capsys):
    from rlx.bench.blocks import main

    with pytest.raises(SystemExit) as exit_:
        main(argv)
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and named in err.splitlines()[-1] and "Traceback" not in err
