"""GGUF files as model input: ``rlxc run|compile model.gguf``, ``rlxc.load("model.gguf")``.

The fixtures are converted to GGUF as llama.cpp's ``convert_hf_to_gguf.py`` does
(``tests/gguf_fixtures.py``: llama's Q/K rows permuted, quantized tensors made by the
``gguf`` package's reference quantizer); a GGUF must give the logits of its safetensors
checkpoint compiled alike (q8_0/q4_0 blocks are rlx's own blocks, so those are equal too).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

gguf = pytest.importorskip("gguf")

from conftest import FIXTURES, ROOT, expected, rel_err  # noqa: E402
from gguf_fixtures import permute, write_gguf  # noqa: E402

from rlx.runtime.errors import ConfigError, RlxError  # noqa: E402
from rlx.runtime.gguf_file import GGUFFile  # noqa: E402
from rlx.runtime.gguf_weights import GGUFWeightSource, hf_names, unpermute_rows  # noqa: E402
from rlx.runtime.quant import (pack_q4_0, pack_q4_0_blocks, pack_q8_0, pack_q8_0_blocks, q4_0_blocks,  # noqa: E402
                               q4_0_dequantize, q4_0_quantize, q8_0_blocks)
from rlx.runtime.weights import open_checkpoint  # noqa: E402

MODELS = ("llama", "qwen2-bias", "qwen3-untied-gqa2", "tiny-qwen3")
#: the fixtures converted here: conftest's, and the all-sparse Qwen3-MoE that a GGUF
#: ``qwen3moe`` can express (qwen3-moe's dense middle layer it cannot: rlxc/models/gguf_moe.py)
GGUF_FIXTURES = {**FIXTURES, "qwen3-moe-sparse": ROOT / "tests" / "fixtures" / "qwen3-moe-sparse"}
#: the logits of a GGUF and of its checkpoint, compiled alike: the same code and weights
TOL = 1e-6
MAX_SEQ = 64  # as conftest.session_for: a full run shares the safetensors sessions

_written: dict = {}


@pytest.fixture(scope="module")
def gguf_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("gguf")


def gguf_of(directory: Path, name: str, matmul: str = "stored", **options) -> Path:
    """The fixture ``name`` as a GGUF (written once per test module)."""
    key = (name, matmul, repr(sorted(options.items())))
    if key not in _written:
        _written[key] = write_gguf(GGUF_FIXTURES[name], directory / f"{name}-{matmul}-{len(_written)}.gguf",
                                   matmul=matmul, **options)
    return _written[key]


def expected_of(name: str):
    return np.load(GGUF_FIXTURES[name] / "expected.npz")


def prefill(model, ids, **options) -> np.ndarray:
    import rlxc

    return rlxc.load(model, max_seq=MAX_SEQ, **options).prefill(ids)


# -- reading the file


def test_the_reader_agrees_with_the_gguf_packages(gguf_dir):
    """runtime/gguf_file.py parses what ``gguf.GGUFReader`` parses: every field, every
    tensor's type, dims and bytes (here a file with a vocabulary and Q8_0 tensors)."""
    path = gguf_of(gguf_dir, "tiny-qwen3", "q8_0")
    ours, theirs = GGUFFile(path), gguf.GGUFReader(path)
    fields = {k: f for k, f in theirs.fields.items() if not k.startswith("GGUF.")}
    assert list(ours.fields) == list(fields)
    for key, field in fields.items():
        value = ours.fields[key]
        if isinstance(value, bytes):
            value = value.decode()
        elif isinstance(value, list):
            value = [v.decode() for v in value]
        elif isinstance(value, np.ndarray):
            value = value.tolist()
        assert value == field.contents(), key
    assert [t.name for t in theirs.tensors] == list(ours.tensors)
    for t in theirs.tensors:
        entry = ours.tensors[t.name]
        assert (entry.ggml_type, entry.dims, entry.start, entry.nbytes) == \
            (t.tensor_type.name, tuple(t.shape.tolist()), t.data_offset, t.n_bytes)
        assert np.array_equal(ours.data(entry), t.data.reshape(-1).view(np.uint8))


@pytest.mark.parametrize("arch", ["LLAMA", "QWEN2", "QWEN3", "QWEN3MOE"])
def test_hugging_face_names_are_the_gguf_packages(arch):
    """The HF name of each llama.cpp tensor is the one the ``gguf`` package's own
    ``TensorNameMap`` maps to it (what convert_hf_to_gguf.py uses; a stack of experts by
    the name the converter gives the stack it merges, ``mlp.experts.up_proj``)."""
    mapping = gguf.get_tensor_name_map(getattr(gguf.MODEL_ARCH, arch), 3)
    for gguf_template, hf_template in hf_names(gguf).items():
        for kind in ("weight", "bias"):
            hf = hf_template.format(bid=2).replace(".*.", ".") + "." + kind
            found = mapping.get_name(hf, try_suffixes=(".weight", ".bias"))
            if found is not None:  # qwen2 has no q/k norms
                assert found == gguf_template.format(bid=2) + "." + kind


def test_unpermute_undoes_the_converters_permutation():
    rng = np.random.default_rng(0)
    heads, kv_heads, head_dim, hidden = 4, 2, 16, 32
    q = rng.standard_normal((heads * head_dim, hidden)).astype(np.float32)
    k = rng.standard_normal((kv_heads * head_dim, hidden)).astype(np.float32)
    bias = rng.standard_normal(heads * head_dim).astype(np.float32)
    assert np.array_equal(unpermute_rows(permute(q, heads, heads), heads), q)
    assert np.array_equal(unpermute_rows(permute(k, heads, kv_heads), kv_heads), k)
    assert np.array_equal(unpermute_rows(permute(bias, heads, heads), heads), bias)
    assert not np.array_equal(permute(q, heads, heads), q)
    blocks = q8_0_blocks(q)  # rows of blocks permute as rows of values
    assert np.array_equal(unpermute_rows(q8_0_blocks(permute(q, heads, heads)), heads), blocks)


@pytest.mark.parametrize("name, matmul", [(n, m) for n in MODELS for m in ("stored", "f32", "q8_0", "q4_0")]
                         + [("qwen3-moe-sparse", "stored"), ("qwen3-moe-sparse", "f32")])
def test_tensors_are_the_checkpoints(gguf_dir, name, matmul):
    """Every tensor under its HF name and shape, llama's Q/K unpermuted: a float one the
    checkpoint's values, a Q8_0/Q4_0 one the blocks rlx's quantizer makes of them."""
    source, checkpoint = open_checkpoint(gguf_of(gguf_dir, name, matmul)), open_checkpoint(GGUF_FIXTURES[name])
    assert isinstance(source, GGUFWeightSource)
    assert [n for n in checkpoint.names() if n not in source] == []
    assert source.names() == sorted({stack_name(n) for n in checkpoint.names()})
    for n in checkpoint.names():
        want = np.asarray(checkpoint.get_f32(n))
        stored = source.dtype(n)
        if stored == "Q8_0":
            assert np.array_equal(source.get_blocks(n), q8_0_blocks(want)), n
        elif stored == "Q4_0":
            assert np.array_equal(source.get_blocks(n), q4_0_blocks(want)), n
            want = q4_0_dequantize(*q4_0_quantize(want))
        if stored != "Q8_0":
            assert np.array_equal(source.get_f32(n), want), n
        assert source.shape(n) == checkpoint.shape(n)


def stack_name(name: str) -> str:
    """The stacked param an expert's tensor is part of (a GGUF stores the stack)."""
    import re

    return re.sub(r"\.experts\.\d+\.", ".experts.*.", name)


def test_an_expert_is_its_slice_of_the_stack(gguf_dir):
    """A qwen3moe's ``ffn_*_exps`` are the stacked params (``[E, rows, cols]``); each expert's
    HF name is its slice, in the file's bytes (a view, not a copy)."""
    source = open_checkpoint(gguf_of(gguf_dir, "qwen3-moe-sparse", "f32"))
    stack = source.get_f32("model.layers.1.mlp.experts.*.down_proj.weight")
    assert stack.shape == (8, 64, 32) and source.gguf_name("model.layers.1.mlp.experts.*.down_proj.weight") \
        == "blk.1.ffn_down_exps.weight"
    for e in range(8):
        member = source.get_f32(f"model.layers.1.mlp.experts.{e}.down_proj.weight")
        assert np.array_equal(member, stack[e]) and not member.flags.owndata
    assert "model.layers.1.mlp.experts.8.down_proj.weight" not in source
    assert "model.layers.1.mlp.experts.01.down_proj.weight" not in source


@pytest.mark.parametrize("name", [*MODELS, "qwen3-moe-sparse", "mistral-swa", "qwen2-swa"])
def test_the_config_is_the_config_json(gguf_dir, name):
    """The config a GGUF's metadata describes is the config.json it was converted from
    (float32 fields read as the decimal the config said: rms_norm_eps 1e-06)."""
    from rlxc.model_file import read_model_spec
    from rlxc.models.config import Qwen3Config

    ref = Qwen3Config.from_json(GGUF_FIXTURES[name] / "config.json").to_dict()
    assert read_model_spec(gguf_of(gguf_dir, name)).config.to_dict() == ref
    f32 = read_model_spec(gguf_of(gguf_dir, name, "f32")).config.to_dict()
    assert f32 == {**ref, "torch_dtype": "float32"}


def test_llama3_rope_is_read_as_its_frequency_factors(gguf_dir):
    """A llama3 RoPE in a GGUF is ``rope_freqs.weight`` (the converter's per-pair divisors):
    the config says them (``freq_factors``), the rest is the config.json; the frequencies
    are transformers' llama3 ones to the last bit but for the blended pairs (1 ulp)."""
    from rlxc.model_file import read_model_spec
    from rlxc.models.config import Qwen3Config
    from rlxc.models.rope import inv_freq_and_scaling
    from gguf_fixtures import llama3_rope_factors

    ref = Qwen3Config.from_json(FIXTURES["llama-rope-llama3"] / "config.json")
    cfg = read_model_spec(gguf_of(gguf_dir, "llama-rope-llama3")).config
    assert cfg.rope_scaling.rope_type == "freq_factors"
    assert np.array_equal(np.float32(cfg.rope_scaling.freq_factors), llama3_rope_factors(ref))
    assert {**cfg.to_dict(), "rope_scaling": None} == {**ref.to_dict(), "rope_scaling": None}
    ours, theirs = (inv_freq_and_scaling(c.head_dim, c.rope_theta, c.rope_scaling, c.max_position_embeddings)
                    for c in (cfg, ref))
    assert ours[1] == theirs[1] == 1.0
    assert np.abs(ours[0] / theirs[0] - 1).max() <= 2 ** -23 and (ours[0] != theirs[0]).sum() <= 1


def test_end_of_sequence_ids_come_from_the_tokenizer_metadata(gguf_dir):
    from rlxc.model_file import read_model_spec

    assert read_model_spec(gguf_of(gguf_dir, "llama")).eos_token_ids == (2,)  # config.json's eos_token_id
    assert read_model_spec(gguf_of(gguf_dir, "tiny-qwen3")).eos_token_ids == (2,)  # <|im_end|>
    assert read_model_spec(gguf_of(gguf_dir, "qwen3-untied-gqa2")).eos_token_ids == ()


@pytest.mark.parametrize("n", [1, 16, 40])
def test_stored_blocks_tile_to_the_quantizers_bytes(n):
    """A GGUF's blocks, tiled as stored, are the bytes ``--quant`` packs of the same weights
    (the last tile's padding rows included)."""
    w = np.random.default_rng(n).standard_normal((n, 96)).astype(np.float32)
    assert np.array_equal(pack_q8_0_blocks(q8_0_blocks(w)), pack_q8_0(w))
    assert np.array_equal(pack_q4_0_blocks(q4_0_blocks(w)), pack_q4_0(w))


#: a format's (dtype, layout) of a matmul weight, as the compiled code's manifest names them
PACKED = {"f32": ("f32", "packed16"), "bf16": ("bf16", "packed16"), "f16": ("f16", "packed16"),
          "q8_0": ("q8_0", "packed16_q8_0"), "q4_0": ("q4_0", "packed16_q4_0")}


@pytest.mark.parametrize("name, matmul, head", [("llama", "stored", None), ("llama", "q8_0", None),
                                                ("qwen2-bias", "q4_0", "q8_0"), ("tiny-qwen3", "q4_0", "q8_0")])
def test_the_bound_weights_are_the_checkpoints_packed_alike(gguf_dir, name, matmul, head):
    """What the runtime binds (``WeightBinder.prepare``: packed for the kernels) from a
    GGUF is byte for byte what it binds from the checkpoint compiled in the same formats:
    llama's Q/K unpermuted, a Q8_0/Q4_0 weight's blocks tiled as stored (the checkpoint's
    quantized by ``--quant``) -- so the logits are the same (checked end to end below)."""
    from rlx.runtime.abi import Arg
    from rlx.runtime.native_entry import WeightBinder
    from rlxc.profile import checkpoint_formats

    path = gguf_of(gguf_dir, name, matmul, **({"head": head} if head else {}))
    ours, theirs = WeightBinder(open_checkpoint(path), {}), WeightBinder(open_checkpoint(FIXTURES[name]), {})
    body, head_format = checkpoint_formats(ours.weights)
    tied = "lm_head.weight" not in ours.weights
    for n in theirs.weights.names():
        shape = theirs.weights.shape(n)
        is_head = n == "lm_head.weight" or (tied and n == "model.embed_tokens.weight")
        fmt = head_format if is_head else body if n.endswith("proj.weight") else None
        dtype, layout = PACKED[fmt] if fmt else ("f32", "")
        arg = Arg(n, "param", "x".join(map(str, shape)), dtype, layout)
        assert np.array_equal(ours.prepare(arg), theirs.prepare(arg)), n


@pytest.mark.parametrize("matmul", ["stored", "f32", "q8_0", "q4_0"])
def test_the_bound_experts_are_the_checkpoints(gguf_dir, matmul):
    """A qwen3moe's stacked experts (bf16, f32, Q8_0 or Q4_0 in the file), its routers and
    the other weights bind byte for byte as the checkpoint's (all-sparse Qwen3-MoE, bf16)
    compiled alike: each format the file's experts can be read in (bf16 as bf16 or f32), a
    block type's blocks tiled as stored as ``--quant`` of the checkpoint tiles its own."""
    from rlx.runtime.abi import Arg
    from rlx.runtime.native_entry import WeightBinder

    name = "qwen3-moe-sparse"
    ours = WeightBinder(open_checkpoint(gguf_of(gguf_dir, name, matmul)), {})
    theirs = WeightBinder(open_checkpoint(GGUF_FIXTURES[name]), {})
    formats = {"stored": ("f32", "bf16"), "f32": ("f32", "bf16"), "q8_0": ("q8_0",), "q4_0": ("q4_0",)}[matmul]
    experts = 0
    for n in sorted({stack_name(n) for n in theirs.weights.names()}):
        shape = theirs.weights.shape(n)
        experts += ".experts." in n
        for fmt in formats if n.endswith("proj.weight") or n == "lm_head.weight" else (None,):
            dtype, layout = PACKED[fmt] if fmt else ("f32", "")
            arg = Arg(n, "param", "x".join(map(str, shape)), dtype, layout)
            assert np.array_equal(ours.prepare(arg), theirs.prepare(arg)), (n, dtype)
    assert experts == 6  # gate, up and down of both layers, stacked


def test_auto_keeps_each_stored_format(gguf_dir):
    """``--quant auto`` of a GGUF: the matmul weights in their common format, the head in
    its own; a mix of formats among the matmul weights: f32 (exact)."""
    from rlxc.profile import checkpoint_formats

    def formats(name, matmul, **options):
        return checkpoint_formats(open_checkpoint(gguf_of(gguf_dir, name, matmul, **options)))

    assert formats("llama", "stored") == ("bf16", "bf16")
    assert formats("qwen2-bias", "stored") == ("f16", "f16")
    assert formats("qwen3-untied-gqa2", "q8_0") == ("q8_0", "q8_0")
    assert formats("qwen3-untied-gqa2", "q4_0", head="q8_0") == ("q4_0", "q8_0")
    assert formats("tiny-qwen3", "q4_0", head="q8_0") == ("q4_0", "q8_0")  # tied: the table is the head


def test_tensors_read_in_another_format_are_named(gguf_dir, capfd):
    """An untied Q8_0 embedding table is read in f32 (the gather reads f32 tables): said
    once, by name; blocks read as stored are not mentioned, blocks quantized again are."""
    from rlxc.model_file import read_model_spec
    from rlxc.models.gguf_input import converted_tensors, note_conversions

    path = gguf_of(gguf_dir, "qwen3-untied-gqa2", "q8_0", embed="q8_0")
    cfg, source = read_model_spec(path).config, open_checkpoint(path)
    assert converted_tensors(source, cfg, "q8_0", "q8_0") == {("Q8_0", "f32"): ["token_embd.weight"]}
    note_conversions(source, cfg, "q8_0", None)
    assert capfd.readouterr().err == f"rlxc: {path}: 1 Q8_0 tensor dequantized to f32 (token_embd.weight)\n"
    again = converted_tensors(source, cfg, "q4_0", "q4_0")[("Q8_0", "q4_0")]
    assert again[:2] == ["blk.0.attn_q.weight", "blk.0.attn_k.weight"] and again[-1] == "output.weight"


# -- the tokenizer


def test_a_gguf_vocabulary_tokenizes_as_its_tokenizer_json(gguf_dir):
    from tokenizers import Tokenizer

    from rlxc.models.gguf_input import gguf_tokenizer

    ours = gguf_tokenizer(gguf_of(gguf_dir, "tiny-qwen3"))
    ref = Tokenizer.from_file(str(FIXTURES["tiny-qwen3"] / "tokenizer.json"))
    for text in ["Hello world", "<|im_start|>user\nhi there<|im_end|>", "  two  spaces\tand 12345 ünïcödé 你好",
                 "don't I'm"]:
        ids = ref.encode(text).ids
        assert ours.encode(text).ids == ids, text
        assert ours.decode(ids) == ref.decode(ids)


def test_prompt_needs_a_tokenizer(gguf_dir):
    from rlxc.models.gguf_input import gguf_tokenizer

    with pytest.raises(RlxError, match="--prompt needs a tokenizer: .* has none .*use --prompt-ids"):
        gguf_tokenizer(gguf_of(gguf_dir, "qwen3-untied-gqa2"))
    with pytest.raises(RlxError, match="pre-tokenizer 'deepseek-llm'"):
        gguf_tokenizer(gguf_of(gguf_dir, "tiny-qwen3", pre="deepseek-llm"))


# -- bad files: one line, exit 1, no traceback


BAD_FILES = {
    "unsupported architecture": (lambda d: gguf_of(d, "qwen3-untied-gqa2", arch="phi3"),
                                 "GGUF architecture 'phi3' (general.architecture) is not supported"),
    "qwen2moe": (lambda d: gguf_of(d, "qwen3-untied-gqa2", arch="qwen2moe"),
                 "GGUF architecture 'qwen2moe' (general.architecture) is a mixture of experts rlx does not read"),
    "more experts used than there are": (
        lambda d: gguf_of(d, "qwen3-moe-sparse", fields={"qwen3moe.expert_used_count": 9}),
        "GGUF field 'qwen3moe.expert_used_count' (9) exceeds 'qwen3moe.expert_count' (8)"),
    "missing experts": (lambda d: gguf_of(d, "qwen3-moe-sparse", drop=("blk.1.ffn_down_exps.weight",)),
                        "missing tensor 'blk.1.ffn_down_exps.weight' (model.layers.1.mlp.experts.*.down_proj.weight, "
                        "shape [8, 64, 32])"),
    "experts of the wrong shape": (
        lambda d: gguf_of(d, "qwen3-moe-sparse", fields={"qwen3moe.expert_feed_forward_length": 16}),
        "tensor 'blk.0.ffn_gate_exps.weight' has shape [8, 32, 64], expected [8, 16, 64]"),
    "unnormalized top-k": (lambda d: gguf_of(d, "qwen3-moe-sparse", fields={"qwen3moe.expert_weights_norm": False}),
                           "GGUF field 'qwen3moe.expert_weights_norm' is False: llama.cpp's qwen3moe always "
                           "renormalizes"),
    "a dense layer in a qwen3moe": (lambda d: gguf_of(d, "qwen3-moe"),
                                    "tensor 'blk.1.ffn_down.weight' is not one a qwen3moe of this config has: "
                                    "every layer of a GGUF qwen3moe is sparse"),
    "experts in a llama": (lambda d: gguf_of(d, "llama", fields={"llama.expert_count": 8}),
                           "mixture of experts (GGUF field 'llama.expert_count') is not implemented"),
    "an array for a count": (lambda d: gguf_of(d, "qwen3-moe-sparse", fields={"qwen3moe.expert_gating_func": [1, 2]}),
                             "GGUF field 'qwen3moe.expert_gating_func' is array([1, 2], dtype=int32): only softmax "
                             "gating (1) is supported"),
    "missing tensor": (lambda d: gguf_of(d, "qwen3-untied-gqa2", drop=("blk.1.ffn_up.weight",)),
                       "missing tensor 'blk.1.ffn_up.weight' (model.layers.1.mlp.up_proj.weight"),
    "missing field": (lambda d: gguf_of(d, "qwen2-bias", drop=("qwen2.attention.layer_norm_rms_epsilon",)),
                      "missing GGUF field 'qwen2.attention.layer_norm_rms_epsilon'"),
    "mistyped field": (lambda d: gguf_of(d, "qwen2-bias", fields={"qwen2.block_count": "two"}),
                       "GGUF field 'qwen2.block_count' must be an integer >= 1, got 'two'"),
    "truncated data": (lambda d: _truncated(gguf_of(d, "qwen3-untied-gqa2"), d / "short.gguf", -1000),
                       "is truncated: tensor 'output.weight' ends at byte"),
    "truncated metadata": (lambda d: _truncated(gguf_of(d, "qwen3-untied-gqa2"), d / "header.gguf", 300),
                           "is truncated or not a GGUF file: it ends (at byte 300) inside"),
    "not a gguf": (lambda d: _written_bytes(d / "junk.gguf", b"not a model at all"),
                   "is not a GGUF file (it does not start with b'GGUF')"),
    "empty": (lambda d: _written_bytes(d / "empty.gguf", b""), "cannot read"),
    # a type rlx does not read (Q5_0: the K-quants need rows of 256, longer than the fixtures')
    "Q5_0 tensor": (lambda d: gguf_of(d, "qwen3-untied-gqa2", "q5_0"),
                    "tensor 'blk.0.attn_q.weight' is Q5_0, a type rlx cannot read (it reads F32, F16, BF16, "
                    "Q8_0, Q4_0)"),
    "a qwen2 window without its layers": (
        lambda d: gguf_of(d, "qwen2-swa", drop=("qwen2.attention.sliding_window_pattern",)),
        "GGUF field 'qwen2.attention.sliding_window' without 'qwen2.attention.sliding_window_pattern': which "
        "layers of a qwen2 are windowed is not in the file"),
    "a window pattern of the wrong length": (
        lambda d: gguf_of(d, "qwen2-swa", fields={"qwen2.attention.sliding_window_pattern": [True, True, True]}),
        "GGUF field 'qwen2.attention.sliding_window_pattern' must be one boolean per layer (2)"),
    "a window pattern without a window": (
        lambda d: gguf_of(d, "qwen2-bias", fields={"qwen2.attention.sliding_window_pattern": [False, True]}),
        "GGUF field 'qwen2.attention.sliding_window_pattern' (a sliding window pattern) without "
        "'qwen2.attention.sliding_window'"),
    "a llama windowed on some layers": (
        lambda d: gguf_of(d, "mistral-swa", fields={"llama.attention.sliding_window_pattern": [False, True]}),
        "GGUF field 'llama.attention.sliding_window_pattern' has full-attention layers"),
    "a windowed qwen3moe": (lambda d: gguf_of(d, "qwen3-moe-sparse", fields={"qwen3moe.attention.sliding_window": 8}),
                            "sliding window attention (GGUF field 'qwen3moe.attention.sliding_window') is not "
                            "supported for qwen3moe"),
    "rope factors of the wrong length": (
        lambda d: gguf_of(d, "llama", extra={"rope_freqs.weight": np.ones(7, np.float32)}),
        "tensor 'rope_freqs.weight' has shape [7], expected [8] (a RoPE frequency factor per pair of the head dim 16)"),
    "a rope factor of 0": (
        lambda d: gguf_of(d, "llama", extra={"rope_freqs.weight": np.array([1, 0, 1, 1, 1, 1, 1, 1], np.float32)}),
        "tensor 'rope_freqs.weight' holds a RoPE frequency factor that is not a finite number > 0"),
    "rope factors in f16": (
        lambda d: gguf_of(d, "llama", extra={"rope_freqs.weight": np.ones(8, np.float16)}),
        "tensor 'rope_freqs.weight' is F16; RoPE frequency factors are read in F32"),
    "rope factors and a rope scaling": (
        lambda d: gguf_of(d, "llama-rope-llama3", fields={"llama.rope.scaling.type": "linear",
                                                          "llama.rope.scaling.factor": 2.0}),
        "tensor 'rope_freqs.weight' (RoPE frequency factors) and RoPE scaling 'linear'"),
    "rope factors in a qwen3": (
        lambda d: gguf_of(d, "qwen3-untied-gqa2", extra={"rope_freqs.weight": np.ones(8, np.float32)}),
        "tensor 'rope_freqs.weight' is not one rlx's qwen3 reads"),
    "longrope": (lambda d: gguf_of(d, "qwen3-untied-gqa2", fields={"qwen3.rope.scaling.type": "longrope"}),
                 "RoPE scaling 'longrope' (GGUF field 'qwen3.rope.scaling.type') is not supported"),
}


def _truncated(path: Path, out: Path, keep: int) -> Path:
    out.write_bytes(path.read_bytes()[:keep])
    return out


def _written_bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_a_bad_gguf_is_one_line_and_exit_1(gguf_dir, case):
    """A ConfigError of one line naming the field or tensor, before anything is compiled:
    from Python, and from the command line (exit 1, no traceback)."""
    from rlxc.model_file import read_model_spec

    make, phrase = BAD_FILES[case]
    path = make(gguf_dir)
    with pytest.raises(ConfigError) as err:
        read_model_spec(path)
    assert phrase in str(err.value) and "\n" not in str(err.value)
    out = subprocess.run([sys.executable, "-m", "rlxc.cli", "run", str(path), "--prompt-ids", "1,2"],
                         capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 1, out.stderr
    assert "Traceback" not in out.stderr
    lines = out.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and phrase in lines[0], out.stderr
    assert out.stdout == ""


@pytest.mark.parametrize("name, matmul", [("tiny-qwen3", "q8_0"), ("qwen3-moe-sparse", "stored")])
def test_a_damaged_gguf_is_an_rlx_error_never_another(gguf_dir, tmp_path, name, matmul):
    """Cut anywhere or with bytes changed in its metadata and tensor table, a GGUF (a
    qwen3moe's 3-D expert stacks too) is read or refused with an RlxError: never an
    IndexError, a struct.error, a ZeroDivisionError, a hang."""
    import random

    from rlxc.models.gguf_input import read_gguf

    data = gguf_of(gguf_dir, name, matmul).read_bytes()
    header = len(data) - sum(e.nbytes for e in GGUFFile(gguf_of(gguf_dir, name, matmul)).tensors.values())
    rng, path = random.Random(0), tmp_path / "damaged.gguf"
    for _ in range(300):
        damaged = bytearray(data[:rng.randrange(len(data))] if rng.random() < 0.3 else data)
        for _ in range(rng.randint(0, 4)):
            at = rng.randrange(min(len(damaged), header) or 1)
            if at < len(damaged):
                damaged[at] = rng.randrange(256)
        path.write_bytes(bytes(damaged))
        try:
            read_gguf(path)[2].close()
        except RlxError as err:
            assert "\n" not in str(err)


# -- compiled: the logits of the safetensors checkpoint


def test_an_f32_gguf_gives_the_checkpoints_logits(gguf_dir):
    """qwen3 (f32 throughout: GGUF and checkpoint compile to the same code, from the cache)."""
    name = "qwen3-untied-gqa2"
    ids = expected(name)["prompt_ids"][:1]
    got, want = prefill(gguf_of(gguf_dir, name, "f32"), ids), prefill(FIXTURES[name], ids)
    assert rel_err(got, want) <= TOL
    assert rel_err(got, expected(name)["prefill_logits"][:1]) <= 1e-4


def test_a_qwen3moe_gguf_gives_transformers_logits(gguf_dir):
    """A bf16 ``qwen3moe`` (every layer sparse, top-2 of 8 renormalized, the experts read in
    bf16) gives transformers' logits; that it gives its checkpoint's bit for bit is in the
    slow set (the bound weights are checked equal just above)."""
    name = "qwen3-moe-sparse"
    ids = expected_of(name)["prompt_ids"]
    got = prefill(gguf_of(gguf_dir, name), ids[:1])
    assert rel_err(got, expected_of(name)["prefill_logits"][:1]) <= 1e-4


@pytest.mark.slow  # two compiles each (~8 s each); transformers' logits are checked in the fast set
@pytest.mark.parametrize("matmul, precision", [("stored", "auto"), ("f32", "f32"), ("q8_0", "q8_0"),
                                               ("q4_0", "q4_0")])
def test_a_qwen3moe_gguf_gives_its_checkpoints_logits(gguf_dir, matmul, precision):
    """``--quant auto`` of the file (its experts' Q8_0/Q4_0 blocks tiled as stored) gives the
    logits of the checkpoint compiled in the file's format."""
    name = "qwen3-moe-sparse"
    ids = expected_of(name)["prompt_ids"][:1]
    got = prefill(gguf_of(gguf_dir, name, matmul), ids)
    want = prefill(GGUF_FIXTURES[name], ids, **({} if precision == "auto" else {"precision": precision}))
    assert rel_err(got, want) <= TOL


def test_a_llama3_rope_gguf_gives_transformers_logits(gguf_dir):
    """The frequency factors compile into the RoPE tables: transformers' llama3 logits
    (with the checkpoint's: in the slow set)."""
    name = "llama-rope-llama3"
    ids = expected(name)["prompt_ids"][:1]
    assert rel_err(prefill(gguf_of(gguf_dir, name), ids), expected(name)["prefill_logits"][:1]) <= 1e-4


@pytest.mark.slow  # two compiles (~7 s each); transformers' logits are checked in the fast set
def test_a_llama3_rope_gguf_gives_its_checkpoints_logits(gguf_dir):
    name = "llama-rope-llama3"
    ids = expected(name)["prompt_ids"]
    assert rel_err(prefill(gguf_of(gguf_dir, name), ids[:1]), prefill(FIXTURES[name], ids[:1])) <= TOL


@pytest.mark.slow  # a compile (~12 s); the config is mistral's config.json (fast set), so the code is its code
def test_a_mistral_gguf_keeps_its_sliding_window(gguf_dir):
    """A ``llama`` GGUF with ``attention.sliding_window`` is a Mistral windowed on every layer:
    transformers' logits over a prompt past the window (the checkpoint's: in the slow set)."""
    name = "mistral-swa"
    assert rel_err(prefill(gguf_of(gguf_dir, name), expected(name)["long_ids"]), expected(name)["long_logits"]) <= 1e-4


@pytest.mark.slow  # two compiles each (~8 s each); mistral's window vs transformers is in the fast set
@pytest.mark.parametrize("name", ["mistral-swa", "qwen2-swa"])  # qwen2: its layer 0 full (the pattern)
def test_a_windowed_gguf_gives_its_checkpoints_logits(gguf_dir, name):
    ids = expected(name)["long_ids"]
    got, want = prefill(gguf_of(gguf_dir, name), ids), prefill(FIXTURES[name], ids)
    assert rel_err(got, want) <= TOL
    assert rel_err(got, expected(name)["long_logits"]) <= 1e-4


def placeholder_vocab(size: int) -> dict:
    """A vocabulary llama.cpp will load a GGUF with (the fixtures have no tokenizer; ids are
    fed as ids)."""
    return {"tokenizer.ggml.model": "gpt2", "tokenizer.ggml.tokens": [f"t{i}" for i in range(size)],
            "tokenizer.ggml.merges": ["t 0"]}


@pytest.mark.slow  # a compile each (~8 s); llama.cpp is an independent reference, not rlx's contract
@pytest.mark.parametrize("name, vocab", [("qwen3-moe-sparse", 384), ("llama-rope-llama3", 128)])
def test_llama_cpp_on_the_same_file_gives_rlxs_logits(gguf_dir, name, vocab):
    """llama.cpp itself (llama-cpp-python) on the very file -- its qwen3moe graph, its RoPE
    with ``rope_freqs`` -- and rlx agree as f32 engines do (llama.cpp keeps its KV cache in
    f16: 2e-4 to 4e-4 off transformers here). Not the sliding-window files: llama.cpp
    (0.3.36) ignores ``attention.sliding_window`` for ``llama`` and ``qwen2`` (docs/cli.md)."""
    llama_cpp = pytest.importorskip("llama_cpp")
    path = gguf_of(gguf_dir, name, "f32", fields=placeholder_vocab(vocab))
    llm = llama_cpp.Llama(model_path=str(path), n_ctx=MAX_SEQ, n_batch=MAX_SEQ, n_ubatch=MAX_SEQ, n_threads=1,
                          n_threads_batch=1, logits_all=True, verbose=False)
    for ids in expected_of(name)["prompt_ids"]:
        llm.reset()
        llm.eval([int(t) for t in ids])
        theirs = np.asarray(llm.scores[:len(ids)], dtype=np.float32)
        ours = prefill(path, ids[None])[0]
        assert np.abs(theirs - ours).max() <= 1e-3 * np.abs(ours).max()


@pytest.mark.slow  # two compiles per fixture (~10 s each): qwen3's f32 is in the fast set
@pytest.mark.parametrize("name", ["llama", "qwen2-bias"])
def test_f32_ggufs_give_the_checkpoints_logits(gguf_dir, name):
    ids = expected(name)["prompt_ids"][:1]
    got, want = prefill(gguf_of(gguf_dir, name, "f32"), ids), prefill(FIXTURES[name], ids, precision="f32")
    assert rel_err(got, want) <= TOL


#: two compiles each (~13 s): the bound weights are checked equal in the fast set
@pytest.mark.slow
@pytest.mark.parametrize("name", ["llama", "qwen2-bias"])  # bf16, its Q/K permuted; f16
def test_a_half_gguf_keeps_its_format_and_the_checkpoints_logits(gguf_dir, name):
    """A bf16 (f16) GGUF compiles with bf16 (f16) matmul weights, as its checkpoint does
    (``--quant auto``), and gives its logits."""
    ids = expected(name)["prompt_ids"][:1]
    got, want = prefill(gguf_of(gguf_dir, name), ids), prefill(FIXTURES[name], ids)
    assert rel_err(got, want) <= TOL


#: two q8_0 compiles each (~45 s): the bound weights are checked equal in the fast set
@pytest.mark.slow
@pytest.mark.parametrize("name", ["llama", "qwen3-untied-gqa2"])
def test_a_q8_0_gguf_is_quant_q8_0_of_its_checkpoint(gguf_dir, name):
    """The blocks are rlx's q8_0 blocks, tiled as stored: the logits of ``--quant q8_0``."""
    import rlxc

    ids = expected(name)["prompt_ids"][:1]
    session = rlxc.load(gguf_of(gguf_dir, name, "q8_0"), max_seq=MAX_SEQ)
    assert {a.dtype for a in session.manifest.entries["prefill"].args if a.name.endswith("proj.weight")} == {"q8_0"}
    got, want = session.prefill(ids), prefill(FIXTURES[name], ids, precision="q8_0")
    assert rel_err(got, want) <= TOL


@pytest.mark.slow  # two compiles of q4_0 code (~15 s each)
def test_a_q4_0_gguf_with_a_q8_0_head_is_that_quant_of_its_checkpoint(gguf_dir):
    """llama.cpp's mix: q4_0 weights, a q8_0 head (here the tied table): each kept as stored."""
    name = "tiny-qwen3"
    ids = expected(name)["prompt_ids"][:1]
    got = prefill(gguf_of(gguf_dir, name, "q4_0", head="q8_0"), ids)
    want = prefill(FIXTURES[name], ids, precision="q4_0", head_precision="q8_0")
    assert rel_err(got, want) <= TOL


# -- the command line


def rlxc_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rlxc.cli", *args], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.mark.parametrize("name, matmul", [("qwen3-untied-gqa2", "f32"), ("qwen3-moe-sparse", "stored")])
def test_rlxc_run_a_gguf(gguf_dir, name, matmul):
    """``rlxc run model.gguf --prompt-ids``: the tokens of the session (the code is the
    compile cache's, from test_an_f32_gguf_gives_the_checkpoints_logits and
    test_a_qwen3moe_gguf_gives_transformers_logits)."""
    import rlxc

    path = gguf_of(gguf_dir, name, matmul)
    ids = [int(t) for t in expected_of(name)["prompt_ids"][0]]
    want = rlxc.load(path, max_seq=MAX_SEQ).generate(ids, 8)
    out = rlxc_cli("run", str(path), "--prompt-ids", ",".join(map(str, ids)), "--max-new-tokens", "8",
                   "--max-seq", str(MAX_SEQ))
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == [str(t) for t in want]


@pytest.mark.slow  # a compile of its own (~15 s), and a .so linked and loaded
def test_rlxc_compile_a_gguf_and_run_its_text(gguf_dir, tmp_path):
    """``rlxc compile model.gguf`` writes a .so that reads its weights from the GGUF (the
    runtime alone); ``--prompt`` tokenizes with the GGUF's own vocabulary."""
    import rlxc

    path = gguf_of(gguf_dir, "tiny-qwen3", "q8_0")
    so = tmp_path / "model.so"
    out = rlxc_cli("compile", str(path), "-o", str(so), "--max-seq", str(MAX_SEQ))
    assert out.returncode == 0, out.stderr
    ids = [int(t) for t in expected("tiny-qwen3")["prompt_ids"][0]]
    assert rlxc.load(so).generate(ids, 6) == rlxc.load(path, max_seq=MAX_SEQ).generate(ids, 6)
    text = rlxc_cli("run", str(so), "--prompt-ids", "1,2,3", "--max-new-tokens", "4")
    assert text.returncode == 0, text.stderr
    prompt = rlxc_cli("run", str(path), "--prompt", "Hello world", "--max-new-tokens", "4", "--max-seq", str(MAX_SEQ))
    assert prompt.returncode == 0 and prompt.stdout.strip(), prompt.stderr
