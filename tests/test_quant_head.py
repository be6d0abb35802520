"""A mixed weight format: ``--quant q4_0 --quant-head q8_0`` (``precision="q4_0",
head_precision="q8_0"``) keeps the LM head -- here the tied embedding table -- at 8
bits and stores every other matmul weight in 4, as llama.cpp's files mix types.

The reference is the same mixed weights: ``gguf.quants`` round-trips each param in the
format the manifest records for it, the numpy reference model computes on those, and
rlx's logits must match it as closely as the q4_0 path matches its own. The mix is
closer to f32 than q4_0 alone (in RMS: the largest error of this tiny random model is
dominated by its 4-bit layers either way). The head format is part of the pipeline,
so of the compile-cache key, and of each param's layout, so of the packed-weight key.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys

import numpy as np
import pytest

import rlxc
from conftest import FIXTURES, ROOT, expected, rel_err
from rlx.runtime.errors import CompileError, PassError, first_line
from rlx.runtime.native_entry import param_args

gguf = pytest.importorskip("gguf", reason="the reference quantizer is the gguf package (pip install -e '.[test]')")
import numpy_ref  # noqa: E402  (tests/ is on the path through conftest)

TINY = FIXTURES["tiny-qwen3"]
HEAD = "model.embed_tokens.weight"  # tiny-qwen3 ties its LM head to the embedding table
MIXED = {"precision": "q4_0", "head_precision": "q8_0"}
MAX_SEQ = 64
BATCH = 2  # the fixture's prompts


@pytest.fixture(scope="module")
def mixed():
    return rlxc.load(TINY, batch=BATCH, max_seq=MAX_SEQ, **MIXED)


def _round_trip(w: np.ndarray, fmt: str) -> np.ndarray:
    qtype = getattr(gguf.GGMLQuantizationType, fmt.upper())
    return gguf.quants.dequantize(gguf.quants.quantize(np.asarray(w, np.float32), qtype), qtype).reshape(w.shape)


def _reference(formats: dict[str, str]) -> np.ndarray:
    """The numpy model's prefill logits on the fixture's weights, each param quantized
    to its format in ``formats`` (the others f32)."""
    cfg, weights, _ = numpy_ref.load_fixture(str(TINY))
    weights = {n: _round_trip(w, formats[n]) if formats.get(n) in ("q8_0", "q4_0") else w
               for n, w in weights.items()}
    return numpy_ref.forward(cfg, weights, expected("tiny-qwen3")["prompt_ids"])[0]


def _rms(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.sqrt(np.mean((np.asarray(a, np.float64) - b) ** 2)))


def test_the_head_takes_q8_0_and_every_other_matmul_weight_q4_0(mixed):
    assert set(mixed.manifest.entries) == {"prefill", "prefill_last", "decode"}
    for entry in mixed.manifest.entries.values():  # each entry finds its own head
        args = {a.name: a for a in entry.by_role("param")}
        assert (args[HEAD].dtype, args[HEAD].layout) == ("q8_0", "packed16_q8_0"), entry.name
        projs = [a for n, a in args.items() if n.endswith("proj.weight")]
        assert projs and all((a.dtype, a.layout) == ("q4_0", "packed16_q4_0") for a in projs)
        assert all(a.dtype == "f32" for n, a in args.items() if "norm" in n or n.startswith("rope."))
    assert len([a for a in param_args(mixed.manifest) if a.name == HEAD]) == 1  # one packed copy


def test_logits_match_the_reference_on_the_same_mixed_weights_and_beat_q4_0(mixed):
    formats = {a.name: a.dtype for a in param_args(mixed.manifest)}
    ids = expected("tiny-qwen3")["prompt_ids"]
    mixed.reset()
    got = mixed.prefill(ids)
    assert rel_err(got, _reference(formats)) <= 1e-4
    f32 = _reference({})
    q4_0 = _reference({**formats, HEAD: "q4_0"})  # what --quant q4_0 computes (tests/test_quant.py)
    assert _rms(got, f32) < 0.9 * _rms(q4_0, f32)


def test_decode_extends_the_prefill(mixed):
    """Decode multiplies 8-bit quantized activations with both formats' integer dot
    products (checked exactly in test_quant.py): within that quantization of the prefill."""
    ids = expected("tiny-qwen3")["prompt_ids"]
    mixed.reset()
    full = mixed.prefill(ids)
    mixed.reset()
    mixed.prefill(ids[:, :-1])
    assert rel_err(mixed.decode(ids[:, -1:])[:, 0], full[:, -1]) <= 5e-2


def _rlxc(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rlxc.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_rlxc_run_with_quant_head_generates_the_api_tokens(mixed):
    # the same options as the fixture: the code comes from the compile cache
    out = _rlxc("run", str(TINY), "--quant", "q4_0", "--quant-head", "q8_0", "--batch", str(BATCH),
                "--max-seq", str(MAX_SEQ), "--prompt-ids", "1,2,3", "--max-new-tokens", "6")
    assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr
    want = mixed.generate([[1, 2, 3]] * BATCH, 6)
    assert [list(map(int, line.split())) for line in out.stdout.split("\n") if line.strip()] == want


def test_a_so_compiled_with_a_head_format_records_it_and_computes_the_same(mixed, tmp_path):
    from rlxc.aot import compile_model
    from rlxc.compiler import CompileOptions
    from rlx.runtime.loader import load

    so = compile_model(TINY, tmp_path / "mixed.so", options=CompileOptions(**MIXED), max_seq=MAX_SEQ,
                       batch=BATCH, embed_weights=True)
    loaded = load(so)
    recorded = {t.name: t.dtype for t in loaded.manifest.weights.embedded.tensors}
    assert recorded[HEAD] == "q8_0" and recorded["model.layers.0.mlp.up_proj.weight"] == "q4_0"
    ids = expected("tiny-qwen3")["prompt_ids"]
    mixed.reset()
    assert np.array_equal(loaded.prefill(ids), mixed.prefill(ids))


def test_the_head_format_is_part_of_the_cache_keys(mixed):
    from rlxc.aot import code_request
    from rlxc.compiler import CompileOptions
    from rlxc.model_file import read_model_spec
    from rlx.runtime.weight_cache import packed_layout, weights_key
    from rlx.runtime.weights import open_checkpoint

    spec = read_model_spec(TINY)
    weights = open_checkpoint(TINY)
    key = lambda **kw: code_request(spec, weights, CompileOptions(**kw).limit_tokens(MAX_SEQ), BATCH).key  # noqa: E731
    keys = [key(precision="q4_0"), key(**MIXED), key(precision="q4_0", head_precision="f32"), key(precision="q8_0")]
    assert len(set(keys)) == len(keys)
    # the packed-weight key hashes each param's layout and dtype: the head's is q8_0's
    assert [HEAD, "packed16_q8_0", "1024x128", "q8_0"] in packed_layout(mixed.manifest)
    as_q4_0 = lambda a: dataclasses.replace(a, layout="packed16_q4_0", dtype="q4_0") if a.name == HEAD else a  # noqa: E731
    plain = mixed.manifest.replace(entries={n: dataclasses.replace(e, args=tuple(map(as_q4_0, e.args)))
                                            for n, e in mixed.manifest.entries.items()})
    assert weights_key(plain, weights) != weights_key(mixed.manifest, weights)


def test_quant_auto_with_a_head_format_changes_the_head_only():
    from rlxc.compiler import CompileOptions
    from rlx.runtime.weights import open_checkpoint

    weights = open_checkpoint(TINY)  # a bf16 checkpoint: auto is bf16

    def formats(options) -> str:  # the pipeline after its first pass, rlx-hoist-gather-last
        head, _, rest = options.pipeline_text().partition(",")
        assert head == "rlx-hoist-gather-last"
        return rest

    assert formats(CompileOptions(head_precision="q8_0").for_checkpoint(weights)).startswith(
        "rlx-weight-format{format=bf16 head=q8_0},rlx-fuse,")
    assert formats(CompileOptions(precision="f32", head_precision="q4_0")).startswith(
        "rlx-weight-format{format=f32 head=q4_0},")
    for same in ({"precision": "q4_0"}, {"precision": "q4_0", "head_precision": "q4_0"}):
        assert formats(CompileOptions(**same)).startswith("rlx-weight-format{format=q4_0},")
    assert formats(CompileOptions(precision="f32", head_precision="f32")).startswith("rlx-fuse,")


def test_a_profile_describes_its_head_format_only_when_it_has_one():
    from rlxc.profile import CompileProfile, module_profile

    assert "head_precision" not in CompileProfile().describe()
    assert "precision=q4_0 head_precision=q8_0 " in CompileProfile(precision="q4_0", head_precision="q8_0").describe()
    with pytest.raises(CompileError, match="compiled with different head_precision"):
        module_profile({"prefill": CompileProfile.prefill(),
                        "decode": CompileProfile.decode().with_(head_precision="q8_0")})


HEAD_K_40 = """
builtin.module {
  func.func @f(%x: !rlx.tensor<"1xSEQx64", f32>) -> !rlx.tensor<"1xSEQx32", f32> attributes {rlx.abi = #rlx.abi<args = [input "x"], outputs = ["logits"], symbols = ["SEQ"]>} {
    %w = rlx.param "w64" : !rlx.tensor<"40x64", f32>
    %h = rlx.linear %x, %w : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"40x64", f32> -> !rlx.tensor<"1xSEQx40", f32>
    %head = rlx.param "lm_head.weight" : !rlx.tensor<"32x40", f32>
    %l = rlx.linear %h, %head : !rlx.tensor<"1xSEQx40", f32>, !rlx.tensor<"32x40", f32> -> !rlx.tensor<"1xSEQx32", f32>
    func.return %l : !rlx.tensor<"1xSEQx32", f32>
  }
}
"""


def test_a_head_its_format_cannot_store_is_named_with_that_format_and_kept_f32(capsys):
    from xdsl.context import Context

    from rlxc.compiler import note_format_fallbacks
    from rlxc.ir_text import parse_module_text
    from rlx.dialects.rlx.types import Q4_0Type
    from rlx.lowering.rlx_weight_format import RlxWeightFormatPass

    module = parse_module_text(HEAD_K_40)
    note_format_fallbacks(module, "q4_0", "q8_0")
    err = capsys.readouterr().err
    assert err == ("rlxc: weight 'lm_head.weight' [32x40] stays f32: its last dim is not a multiple of "
                   "q8_0's block of 32\n")
    note_format_fallbacks(module, "q4_0", "bf16")
    assert "lm_head.weight" not in capsys.readouterr().err  # bf16 takes any K
    RlxWeightFormatPass("q4_0", "q8_0").apply(Context(), module)
    types = {op.param_name.data: op.result.type.element_type for op in module.walk() if hasattr(op, "param_name")}
    assert types["w64"] == Q4_0Type() and str(types["lm_head.weight"]) == "f32"


def test_an_unknown_head_format_is_one_clear_error():
    from rlxc.ir_text import parse_module_text
    from rlx.lowering.rlx_weight_format import RlxWeightFormatPass

    with pytest.raises(CompileError) as err:
        rlxc.load(TINY, max_seq=16, precision="q4_0", head_precision="q5_k")
    assert first_line(str(err.value)) == str(err.value)
    assert "head_precision 'q5_k' is not a format the LM head can be stored in" in str(err.value)
    assert "f32, bf16, f16, q8_0, q4_0" in str(err.value)
    with pytest.raises(PassError, match="rlx-weight-format: unknown head format 'q5_k'"):
        RlxWeightFormatPass("q4_0", "q5_k").apply(None, parse_module_text(HEAD_K_40))
    out = _rlxc("compile", str(TINY), "-o", "never.so", "--quant-head", "q5_k")
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert "argument --quant-head: invalid choice: 'q5_k'" in out.stderr.strip().splitlines()[-1]


@pytest.mark.slow
def test_rlx_q4_0_with_a_q8_0_head_is_closer_to_f32_than_rlx_q4_0(mixed):
    """The same as the fast test, against rlx's own q4_0 session (another compile)."""
    from rlx.runtime.weight_cache import weights_key
    from rlx.runtime.weights import open_checkpoint

    plain = rlxc.load(TINY, batch=BATCH, max_seq=MAX_SEQ, precision="q4_0")
    ids = expected("tiny-qwen3")["prompt_ids"]
    f32 = _reference({})
    mixed.reset()
    assert _rms(mixed.prefill(ids), f32) < 0.9 * _rms(plain.prefill(ids), f32)
    weights = open_checkpoint(TINY)
    assert weights_key(plain.manifest, weights) != weights_key(mixed.manifest, weights)
    assert plain.keepalive.path != mixed.keepalive.path  # two compile-cache entries
