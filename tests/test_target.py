"""The target description: named CPUs, feature overrides, the host, clear errors."""

import pytest

from rlx.lowering.target import KNOWN_CPUS, host_target, parse_target
from rlx.runtime.errors import CompileError


@pytest.mark.parametrize("text, bits, registers", [
    ("znver2", 256, 16), ("x86-64-v3", 256, 16), ("haswell", 256, 16), ("x86-64-v2", 128, 16),
    ("skylake-avx512", 512, 32), ("x86-64-v4", 512, 32), ("sapphirerapids", 512, 32),
    ("sapphirerapids,-avx512f", 256, 16), ("znver2,-avx", 128, 16), ("znver2,+avx512f", 512, 32),
])
def test_vector_width_and_registers_follow_the_isa(text, bits, registers):
    t = parse_target(text)
    assert (t.vector_bits, t.vector_registers) == (bits, registers)


def test_a_named_cpu_passes_only_its_overrides_to_llvm():
    assert parse_target("znver2").llvm_features == ""
    t = parse_target("icelake-server,-avx512f")
    assert t.cpu == "icelake-server" and "-avx512f" in t.llvm_features.split(",")
    assert not any(f.startswith("avx512") for f in t.features)  # what is built on AVX-512 goes too


def test_the_host_is_what_llvm_reports():
    host = host_target()
    assert parse_target(None) == host == parse_target("host")
    assert host.l1d_bytes > 0 and host.l2_bytes > host.l1d_bytes and host.l3_bytes >= host.l2_bytes
    if host.has("avx512f"):
        off = parse_target("host,-avx512f")
        assert off.vector_bits == 256 and "-avx512f" in off.llvm_features.split(",")
        assert "+avx512bw" not in off.llvm_features.split(",")


def test_the_summary_names_what_the_kernels_read():
    assert parse_target("znver2").summary().startswith("znver2 (256-bit vectors x 16 registers, 2 x 256-bit FMA units")


@pytest.mark.parametrize("text, message", [
    ("zen9", "unknown CPU 'zen9' (known: host, x86-64,"),
    ("znver2,avx2", "'avx2' is not a feature override (write +feature or -feature)"),
    ("znver2,+avx9000", "unknown CPU feature 'avx9000'"),
])
def test_bad_targets_are_named(text, message):
    with pytest.raises(CompileError, match=message.replace("(", r"\(").replace(")", r"\)").replace("+", r"\+")):
        parse_target(text)


def test_every_known_cpu_is_described():
    for name in KNOWN_CPUS:
        t = parse_target(name)
        assert t.cpu == name and t.fma_units >= 1 and t.l1d_bytes < t.l2_bytes < t.l3_bytes


# ------------------------------------------------------------------ a model compiled for a target

def test_a_model_compiled_for_avx2_matches_transformers(tmp_path):
    """rlxc.load(..., target="znver2"): AVX2 code with its own register blocks, run on any
    AVX2-capable host, gives transformers' logits (as the host build does in
    test_e2e_fixtures; one compile instead of a second host build to compare with)."""
    import rlxc
    from conftest import FIXTURES, expected, rel_err

    ref = expected("tiny-qwen3")
    avx2 = rlxc.load(FIXTURES["tiny-qwen3"], cache=False, max_seq=16, target="znver2", dump_dir=tmp_path)
    assert rel_err(avx2.prefill(ref["prompt_ids"][:1]), ref["prefill_logits"][:1]) <= 1e-4
    text = (tmp_path / "00-pipeline.txt").read_text()
    assert "target znver2: znver2 (256-bit vectors x 16 registers" in text
    assert 'rlx-to-loops{target="znver2"}' in text and 'llvm-codegen{level=3 target="znver2"}' in text
    assert 'rlx-fuse-gate-up{target="znver2"}' in text
    loops = next(tmp_path.glob("*-rlx-to-loops.mlir")).read_text()
    assert 'family = "linear_swiglu"' in loops and "halves = 2 : i64" in loops  # the AVX2 block (bf16 weights)
    assert "row_pairs = true" in loops  # a decode row reads two tiles at once


def test_an_f32_mlp_compiled_for_avx2_runs_gate_and_up_as_one_multi_linear(tmp_path):
    """On 16 vector registers f32 gate and up weights stay unfused by rlx-fuse-gate-up
    (``select.fuses_gate_up``): rlx-fuse-linears makes them one multi_linear, the SwiGLU
    runs apart, and the logits are still transformers'."""
    import rlxc
    from conftest import FIXTURES, expected, rel_err

    ref = expected("llama")
    avx2 = rlxc.load(FIXTURES["llama"], cache=False, max_seq=16, target="x86-64-v3", precision="f32",
                     dump_dir=tmp_path)
    assert rel_err(avx2.prefill(ref["prompt_ids"][:1]), ref["prefill_logits"][:1]) <= 1e-4
    fused = next(tmp_path.glob("*-rlx-fuse-gate-up.mlir")).read_text()
    assert "rlx.linear_swiglu" not in fused and "rlx.swiglu" in fused
    loops = next(tmp_path.glob("*-rlx-to-loops.mlir")).read_text()
    assert 'family = "linear_swiglu"' not in loops and 'family = "multi_linear"' in loops


def test_code_for_a_cpu_this_host_lacks_is_refused_before_it_runs(monkeypatch):
    from rlxc.target import check_runs_here, target_cpu

    avx2_host = set(target_cpu("znver2").required_flags)  # what a Zen 2 reports
    monkeypatch.setattr("rlx.runtime.loader.host_cpu_flags", lambda *a: avx2_host)
    check_runs_here(target_cpu("znver2"))
    with pytest.raises(CompileError, match="target skylake-avx512 needs avx512bw, avx512cd, avx512dq, "
                                           "avx512f, avx512vl, which this CPU lacks"):
        check_runs_here(target_cpu("skylake-avx512"))


@pytest.mark.parametrize("name, features, vendor, family, bits", [
    ("sapphirerapids", {"avx512f"}, "GenuineIntel", 6, 512),  # a known server CPU
    ("znver4", {"avx512f"}, "AuthenticAMD", 0x19, 256),  # known: a zmm FMA in two halves
    ("rocketlake", {"avx512f"}, "GenuineIntel", 6, 512),  # unknown name: the vendor decides
    ("znver5", {"avx512f"}, "AuthenticAMD", 0x1A, 512),  # Zen 5: 512-bit FMA units
    ("znver9", {"avx512f"}, "AuthenticAMD", 0x19, 256),
    ("rocketlake", {"avx2"}, "GenuineIntel", 6, 256),  # no AVX-512: no zmm FMA at all
])
def test_the_host_fma_width_follows_the_cpu(monkeypatch, name, features, vendor, family, bits):
    from rlx.lowering import target as target_module

    monkeypatch.setattr(target_module, "_cpu_vendor_family", lambda: (vendor, family))
    assert target_module._host_fma_bits(name, frozenset(features)) == bits
