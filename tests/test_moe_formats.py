"""A mixture of experts' expert weights in bf16, f16, q8_0 and q4_0 (``--quant``): the
expert kernels against numpy on the dequantized weights (a grouped prefill, a decode
step that reads only the selected experts), the stacked packing (each expert as a
dense weight of the format; a GGUF's stored blocks tiled as stored), the cost model's
bytes, ``rlx-weight-format`` retyping the experts, and the fixtures' logits."""

from __future__ import annotations

import os
import sys

import numpy as np
import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numpy_ref as ref  # noqa: E402
from test_kernels import assert_close, kernel, rnd  # noqa: E402
from test_moe import _experts, _gate  # noqa: E402

from rlx.lowering import kernels as K  # noqa: E402
from rlx.lowering.kernels import kernel_cost, select  # noqa: E402
from rlx.lowering.kernels.matmul import TileReader  # noqa: E402
from rlx.runtime.native_entry import layout_elements  # noqa: E402
from rlx.runtime.packing import bf16_bits, pack_linear_weight, packed_linear_size  # noqa: E402
from rlx.runtime.quant import (  # noqa: E402
    pack_expert_blocks,
    pack_q4_0,
    pack_q8_0,
    packed_q4_0_size,
    packed_q8_0_size,
    q4_0_blocks,
    q4_0_dequantize,
    q4_0_quantize,
    q8_0_blocks,
    q8_0_dequantize,
    q8_0_quantize,
)

F32 = np.float32
FORMATS = ("bf16", "f16", "q8_0", "q4_0")
LAYOUTS = {"f32": "packed16", "bf16": "packed16", "f16": "packed16", "q8_0": "packed16_q8_0",
           "q4_0": "packed16_q4_0"}


def stored(w: np.ndarray, fmt: str) -> tuple[np.ndarray, np.ndarray]:
    """(the packed stack the kernels read, the f32 weights it stands for) of ``w [E, n, k]``."""
    if fmt == "bf16":
        bits = bf16_bits(w)
        return pack_linear_weight(bits), (bits.astype(np.uint32) << 16).view(F32)
    if fmt == "f16":
        half = w.astype(np.float16)
        return pack_linear_weight(half), half.astype(F32)
    if fmt == "q8_0":
        return pack_q8_0(w), q8_0_dequantize(*q8_0_quantize(w))
    return pack_q4_0(w), q4_0_dequantize(*q4_0_quantize(w))


def run_experts(fmt, x, gates, wg, wu, wd, top_k, target=None):
    """moe_swiglu then moe_down over the stacks stored in ``fmt``; the reference weights."""
    m, experts, inter, hidden = x.shape[0], wg.shape[0], wg.shape[1], wg.shape[2]
    swiglu = select.moe_matmul("moe_swiglu", hidden, inter, experts, top_k, target, weight_format=fmt)
    down = select.moe_matmul("moe_down", hidden, inter, experts, top_k, target, weight_format=fmt)
    (pg, rg), (pu, ru), (pd, rd) = (stored(w, fmt) for w in (wg, wu, wd))
    act = np.full((m, top_k * inter), np.nan, F32)
    out = np.full((m, hidden), np.nan, F32)
    kernel(lambda: K.build(swiglu))(x, gates, pg, pu, act, m)
    kernel(lambda: K.build(down))(act, gates, pd, out, m)
    return out, (rg, ru, rd)


def slow_unless(fast: bool):
    """CI time (~1 s a kernel pair): the fast set runs each format at a decode step and a
    grouped prefill on one shape and target; the other shapes, row counts and targets run
    in the slow set."""
    return [] if fast else [pytest.mark.slow]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("m, hidden, inter, experts, top_k", [
    pytest.param(m, *dims, marks=slow_unless(m in (1, 13) and dims == (96, 32, 8, 8)))
    for m in (1, 2, 5, 13) for dims in ((64, 32, 4, 2), (32, 64, 6, 3), (96, 32, 8, 8))])
def test_expert_kernels_match_numpy_on_the_dequantized_weights(fmt, m, hidden, inter, experts, top_k):
    """Decode (m = 1, 2: a pair at a time) and grouped prefill (register blocks of pairs)."""
    rng = np.random.default_rng(m * 100 + experts)
    x, router = rnd(rng, m, hidden), rnd(rng, experts, hidden, scale=0.5)
    wg, wu, wd = (np.stack(w) for w in _experts(rng, experts, inter, hidden))
    gates = _gate(x, router, top_k, True)
    got, (rg, ru, rd) = run_experts(fmt, x, gates, wg, wu, wd, top_k)
    want = ref.moe_mlp(x, router, list(rg), list(ru), list(rd), top_k, True)
    assert_close(got, want, 1e-5)


#: per target, dims of its own (the test JIT keeps one kernel per name, and a target's
#: spec differs in its register block, not in its name)
TARGET_DIMS = {"x86-64-v3": (64, 64, 5, 2), "host": (128, 64, 6, 2)}


def int8_inputs(which, rows):
    """What the integer dot products multiply: the rows quantized to 8-bit blocks."""
    return ref.q8_rows(rows)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("m, target", [pytest.param(m, t, marks=slow_unless(m != 2))
                                       for m in (1, 2, 13) for t in TARGET_DIMS])
def test_the_targets_kernels_match_numpy(fmt, m, target):
    """The register blocks a target gets (AVX2's 16 registers: fewer rows and chains for
    the block formats' scales; AVX-512's zmm blocks of 8 and 10 pairs) over 13 tokens:
    whole blocks, a smaller one and single pairs; and a decode step of the block formats
    (fewer tokens than a block): the integer dot products (``vpdpbusd`` on AVX-512 VNNI,
    ``pmaddubsw`` on AVX2) of the inputs quantized to 8-bit blocks, a pair at a time."""
    from rlx.lowering.target import parse_target

    hidden, inter, experts, top_k = TARGET_DIMS[target]
    rng = np.random.default_rng(13 + m)
    x, router = rnd(rng, m, hidden), rnd(rng, experts, hidden, scale=0.5)
    wg, wu, wd = (np.stack(w) for w in _experts(rng, experts, inter, hidden))
    gates = _gate(x, router, top_k, True)
    got, (rg, ru, rd) = run_experts(fmt, x, gates, wg, wu, wd, top_k, parse_target(target))
    spec = select.moe_matmul("moe_down", hidden, inter, experts, top_k, parse_target(target), weight_format=fmt)
    integer = bool(spec.int8_dot) and m < spec.int8_below
    assert integer == (fmt in ("q8_0", "q4_0") and m < 13)
    want = ref.moe_mlp(x, router, list(rg), list(ru), list(rd), top_k, True, int8_inputs if integer else None)
    assert_close(got, want, 1e-5)


@pytest.mark.parametrize("fmt", ["bf16", "f16"])
def test_a_partial_last_tile_of_widened_experts(fmt):
    """bf16/f16 take any dims (the block formats need k a multiple of 32): 40 and 24
    columns leave a partial 16-column tile in both kernels."""
    hidden, inter, experts, top_k, m = 24, 40, 6, 3, 5
    rng = np.random.default_rng(5)
    x, router = rnd(rng, m, hidden), rnd(rng, experts, hidden, scale=0.5)
    wg, wu, wd = (np.stack(w) for w in _experts(rng, experts, inter, hidden))
    gates = _gate(x, router, top_k, False)
    got, (rg, ru, rd) = run_experts(fmt, x, gates, wg, wu, wd, top_k)
    assert_close(got, ref.moe_mlp(x, router, list(rg), list(ru), list(rd), top_k, False), 1e-5)


def poison(packed: np.ndarray, per_expert: int, experts) -> np.ndarray:
    """``packed`` with every byte of the tiles of ``experts`` set to 0xFF: NaN as f32 and
    f16 and bf16 bits, and NaN block scales (f16 0xFFFF) in the block formats."""
    out = packed.copy()
    raw = out.view(np.uint8)
    for e in experts:
        raw[e * per_expert * out.itemsize:(e + 1) * per_expert * out.itemsize] = 0xFF
    return out


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("target, hidden", [pytest.param(None, 64, marks=slow_unless(False)),
                                             ("host", 96)])  # dims of its own per target
def test_a_decode_step_reads_only_the_selected_experts_tiles(fmt, target, hidden):
    """The tiles of every expert no token selected are NaN (a block format's scales too),
    at the offsets of the format's packed size per expert: the output is that over the
    clean tiles, so expert e's tiles start at e * (the format's bytes per expert); on the
    host the block formats' step runs the integer dot products."""
    from rlx.lowering.target import parse_target

    inter, experts, top_k = 32, 8, 2
    rng = np.random.default_rng(3)
    x, router = rnd(rng, 2, hidden), rnd(rng, experts, hidden)
    gates = _gate(x, router, top_k, True)
    clean = [np.stack(w) for w in _experts(rng, experts, inter, hidden)]
    unused = [e for e in range(experts) if not gates[:, e].any()]
    assert unused and len(unused) < experts - 1
    cpu = parse_target(target) if target else None
    swiglu = select.moe_matmul("moe_swiglu", hidden, inter, experts, top_k, cpu, weight_format=fmt)
    down = select.moe_matmul("moe_down", hidden, inter, experts, top_k, cpu, weight_format=fmt)
    packed = [stored(w, fmt)[0] for w in clean]
    sizes = [TileReader(hidden, fmt).packed_size(inter), TileReader(hidden, fmt).packed_size(inter),
             TileReader(inter, fmt).packed_size(hidden)]
    assert [p.size for p in packed] == [experts * s for s in sizes]
    poisoned = [poison(p, s, unused) for p, s in zip(packed, sizes)]

    def run(pg, pu, pd):
        act = np.full((2, top_k * inter), np.nan, F32)
        out = np.full((2, hidden), np.nan, F32)
        kernel(lambda: K.build(swiglu))(x, gates, pg, pu, act, 2)
        kernel(lambda: K.build(down))(act, gates, pd, out, 2)
        return out

    want, got = run(*packed), run(*poisoned)
    assert np.isfinite(got).all()
    np.testing.assert_array_equal(got, want)


@pytest.mark.parametrize("fmt", ["f32", *FORMATS])
def test_an_experts_tiles_are_where_the_runtime_packs_them(fmt):
    """The kernels' expert stride (``TileReader.packed_size``) is the runtime's packed
    size of one ``[n, k]`` weight, and a stack's elements are ``E`` of them."""
    runtime_size = {"q8_0": packed_q8_0_size, "q4_0": packed_q4_0_size}.get(fmt, packed_linear_size)
    for n, k in [(32, 64), (48, 96), (20, 32)]:
        assert TileReader(k, fmt).packed_size(n) == runtime_size(n, k)
        assert layout_elements((5, n, k), LAYOUTS[fmt]) == 5 * runtime_size(n, k)


@pytest.mark.parametrize("fmt", ["q8_0", "q4_0"])
def test_stored_expert_blocks_tile_to_the_quantizers_bytes(fmt):
    """A GGUF holds a mixture of experts' ``ffn_*_exps`` as ggml blocks ``[E, n, k/32,
    bytes]``: :func:`pack_expert_blocks` tiles them as stored, one expert or the stack,
    to the very bytes quantizing the weights and tiling them gives."""
    rng = np.random.default_rng(9)
    w = rnd(rng, 3, 40, 64)  # 40 rows: a partial last tile of padding rows
    blocks_of, pack = (q8_0_blocks, pack_q8_0) if fmt == "q8_0" else (q4_0_blocks, pack_q4_0)
    blocks = np.stack([blocks_of(one) for one in w])
    stack = pack_expert_blocks(blocks, fmt)
    assert stack.dtype == np.uint8 and np.array_equal(stack, pack(w))
    one = pack_expert_blocks(blocks[1], fmt)
    assert np.array_equal(one, pack(w[1]))
    size = one.size
    assert np.array_equal(stack[size:2 * size], one)
    with pytest.raises(ValueError, match="q8_0 or q4_0"):
        pack_expert_blocks(blocks, "bf16")


@pytest.mark.parametrize("fmt", ["f32", *FORMATS])
def test_the_cost_model_counts_the_experts_format_bytes(fmt):
    """A decode step of a Qwen3-30B-A3B-sized layer reads top_k experts' weights at the
    format's bytes per weight (q8_0: 34 per 32, q4_0: 18 per 32)."""
    hidden, inter, experts, top_k = 2048, 768, 128, 8
    per_weight = {"f32": 4, "bf16": 2, "f16": 2, "q8_0": 34 / 32, "q4_0": 18 / 32}[fmt]
    weights = 3 * top_k * inter * hidden * per_weight
    step = sum(kernel_cost(select.moe_matmul(f, hidden, inter, experts, top_k, weight_format=fmt), [1])[0]
               for f in ("moe_swiglu", "moe_down"))
    acts = 4 * (hidden + top_k * inter + experts)  # per kernel: x (or act), act (or out), gates
    assert step == weights + 2 * acts


def test_the_spec_prints_its_format_and_refuses_an_unknown_one():
    spec = select.moe_matmul("moe_down", 64, 32, 8, 2, weight_format="q4_0")
    assert spec.name == "moe_down_h64_i32_e8_k2_q4_0" and spec.to_attr().data["weight_format"].data == "q4_0"
    assert select.moe_matmul("moe_down", 64, 32, 8, 2).name == "moe_down_h64_i32_e8_k2"
    with pytest.raises(ValueError, match="weight_format must be one of"):
        select.moe_matmul("moe_down", 64, 32, 8, 2, weight_format="q5_k")


#: a Qwen3-30B-A3B-shaped config (48 layers, 128 experts of 768, top 8)
QWEN3_30B_A3B = {"model_type": "qwen3_moe", "vocab_size": 151936, "hidden_size": 2048, "intermediate_size": 6144,
                 "num_hidden_layers": 48, "num_attention_heads": 32, "num_key_value_heads": 4, "head_dim": 128,
                 "num_experts": 128, "num_experts_per_tok": 8, "moe_intermediate_size": 768,
                 "tie_word_embeddings": False}


def test_the_memory_check_counts_the_matmul_weights_in_their_format():
    """The experts (and the other matmul weights, the head) at the format's bytes, the
    router, the norms and the untied embedding table at f32's."""
    from rlxc.models.config import Qwen3Config
    from rlxc.models.memory import layer_matmul_parameters, layer_parameters, weights_part

    cfg = Qwen3Config.from_dict(QWEN3_30B_A3B)
    layers, table = 48, 151936 * 2048
    matmul = layers * layer_matmul_parameters(cfg, True) + table
    total = layers * layer_parameters(cfg, True) + 2 * table
    assert layer_matmul_parameters(cfg, True) == 2 * 4096 * 2048 + 2 * 512 * 2048 + 128 * 3 * 768 * 2048
    assert weights_part(cfg).nbytes == 4 * total + 4 * 2048 and weights_part(cfg).what == "the float32 weights need"
    q4 = weights_part(cfg, "q4_0")
    assert q4.nbytes == int(4 * (total - matmul) + 18 / 32 * matmul + 4 * 2048)
    assert q4.what == "the weights (q4_0 matmuls) need" and 16 << 30 < q4.nbytes < 18 << 30


def test_the_python_api_checks_memory_at_the_asked_formats_bytes(tmp_path, monkeypatch):
    """A model whose f32 weights exceed the memory but whose q4_0 ones fit is refused as
    f32 (or ``auto``: the checkpoint's format is not known yet) and passes as q4_0."""
    from rlx.runtime.errors import RuntimeLimitError
    from rlxc.model_file import read_model_spec
    from rlxc.models import memory

    model = tmp_path / "m"
    model.mkdir()
    import json

    (model / "config.json").write_text(json.dumps(QWEN3_30B_A3B))
    spec = read_model_spec(model).with_capacity(64)
    monkeypatch.setattr(memory, "physical_memory", lambda: 32 << 30)
    for precision in (None, "auto", "f32", "bf16"):
        with pytest.raises(RuntimeLimitError, match="more than this machine's 32"):
            spec.check_memory(1, precision=precision)
    spec.check_memory(1, precision="q4_0")
    spec.check_memory(1, precision="q8_0")


class StoredBlocks:
    """A weight source holding one stacked expert weight as a GGUF does: its ggml blocks
    ``[E, n, k/32, bytes]`` (what the GGUF input is to give ``WeightBinder``)."""

    def __init__(self, name: str, blocks: np.ndarray, dtype: str):
        self.name, self.blocks, self.stored = name, blocks, dtype

    def __contains__(self, name):
        return name == self.name

    def dtype(self, name):
        return self.stored

    def get_blocks(self, name):
        return self.blocks

    def get_f32(self, name):
        raise AssertionError("dequantized instead of tiled as stored")


@pytest.mark.parametrize("fmt", ["q8_0", "q4_0"])
def test_the_runtime_tiles_a_stacks_stored_blocks_as_stored(fmt):
    """``WeightBinder`` binds a stacked expert weight whose source holds its blocks of the
    asked format (a GGUF's ``ffn_*_exps``) by tiling them as stored: the bytes of
    quantizing the stack, never dequantized."""
    from rlx.runtime.abi import Arg
    from rlx.runtime.native_entry import WeightBinder

    rng = np.random.default_rng(4)
    w = rnd(rng, 4, 48, 64)
    blocks_of, pack = (q8_0_blocks, pack_q8_0) if fmt == "q8_0" else (q4_0_blocks, pack_q4_0)
    name = "model.layers.0.mlp.experts.*.down_proj.weight"
    source = StoredBlocks(name, np.stack([blocks_of(one) for one in w]), fmt.upper())
    arg = Arg(name, "param", "4x48x64", fmt, LAYOUTS[fmt])
    assert np.array_equal(WeightBinder(source, {}).get(arg), pack(w))
