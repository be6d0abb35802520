"""Kernels chosen for a target: the choice follows the target's registers, and the
matmul micro-kernels do not spill in their inner loops, on AVX2 and on AVX-512 CPUs.

Code for any target is generated and inspected on any host (nothing here runs it)."""

import dataclasses
import functools
import re

import numpy as np
import pytest
from numpy_ref import q8_rows
from xdsl.dialects import scf
from xdsl.dialects.builtin import ModuleOp, StringAttr

from rlx.dialects.rlx_cpu import GRAB_SHARE_ATTR
from rlx.lowering import kernels as K
from rlx.lowering.kernels import select
from rlx.lowering.kernels.spec import MatmulSpec
from rlx.lowering.llvm_passes import to_llvm_ir
from rlx.lowering.llvm_target import emit_assembly, optimize
from rlx.lowering.target import parse_target
from rlx.runtime.loader import host_cpu_flags
from rlx.runtime.packing import pack_linear_weight
from rlx.runtime.quant import pack_q4_0, pack_q8_0, q4_0_dequantize, q4_0_quantize, q8_0_dequantize, q8_0_quantize
from rlxc.target import target_cpu

TARGETS = ["znver2", "x86-64-v3", "haswell", "skylake-avx512", "sapphirerapids", "znver4"]
# small matrices of the 0.6B model's shapes: q/o projections, the fused q/k/v, the MLP
MATMULS = {
    "linear": lambda t, f: select.linear(1024, 2048, False, t, f),
    "linear_unpaired": lambda t, f: select.linear(1024, 1040, False, t, f),
    "multi_linear": lambda t, f: select.multi_linear(1024, (2048, 1024, 1024), False, t, f),
    "linear_swiglu": lambda t, f: select.linear_swiglu(1024, 3072, t, f),
    # an 8B model's down projection and MLP: Q8_0 tiles too large to stage (read in registers)
    "linear_large_k": lambda t, f: select.linear(12288, 4096, False, t, f),
    "linear_swiglu_large_k": lambda t, f: select.linear_swiglu(8192, 1024, t, f),
    # rows read and written at the padded strides of rlx-pad-rows
    "linear_swiglu_padded_rows": lambda t, f: dataclasses.replace(select.linear_swiglu(1024, 3072, t, f),
                                                                  x_stride=1040, out_stride=3088),
}
#: what widens each format's weights in registers (no conversion call): a block format's
#: value is a field of a group's word, taken out by shifts
WIDENING = {"bf16": r"\bvpmovzxwd\b|\bvpslld\b", "q8_0": r"\bvpsrad\b", "q4_0": r"\bvpsrad\b",
            "f16": r"\bvcvtph2psx?\b"}
#: the instructions of each integer dot product (the decode calls of the block formats)
INT8_DOT = {"vpdpbusd": (r"\bvpdpbusd\b",), "pmaddubsw": (r"\bvpmaddubsw\b", r"\bvpmaddwd\b")}


def assembly(spec, target) -> str:
    fn = K.build(spec)
    fn.sym_visibility = StringAttr("public")
    return emit_assembly(optimize(to_llvm_ir(ModuleOp([fn])), 3, target), 3, target)


def inner_fma_loops(asm: str) -> list[list[str]]:
    """The innermost loops (a label .. a branch back to it) that hold packed FMAs."""
    lines = asm.splitlines()
    labels, loops = {}, []
    for i, line in enumerate(lines):
        if m := re.match(r"^(\.?L\w+):", line):
            labels[m.group(1)] = i
        if (m := re.match(r"^\s+j\w+\s+(\.?L\w+)", line)) and labels.get(m.group(1), i) < i:
            loops.append((labels[m.group(1)], i))
    inner = [(a, b) for a, b in loops if not any(a <= c and d <= b and (c, d) != (a, b) for c, d in loops)]
    return [lines[a:b + 1] for a, b in inner if any("vfmadd" in ln for ln in lines[a:b + 1])]


def stack_accesses(loop: list[str], asm: str) -> list[str]:
    """Loads and stores of the stack: in a matmul's k loop, only spills touch it. ``%rbp``
    is the stack only where the function makes it the frame pointer; elsewhere it is a
    general register (a weight pointer, say)."""
    frame = re.search(r"movq\s+%rsp, %rbp", asm) is not None
    return [ln.strip() for ln in loop if not re.match(r"\s*lea", ln)  # an address, not an access
            and ("(%rsp)" in ln or (frame and "(%rbp)" in ln))]


#: the targets every format is checked on in the fast set (one AVX2, one AVX-512 CPU);
#: f32 and bf16 on all of them, the other formats on the others in the slow set
FAST_TARGETS = ("znver2", "sapphirerapids")


def _spill_cases():
    for fmt in MatmulSpec.WEIGHT_FORMATS:
        for kernel in MATMULS:
            for target in TARGETS:
                large_k = kernel.endswith("large_k")  # unstaged tiles: only block formats have them
                slow = (large_k and fmt not in ("q8_0", "q4_0")) or \
                    (fmt not in ("f32", "bf16") and target not in FAST_TARGETS) or \
                    (kernel.endswith("padded_rows") and (fmt != "f32" or target not in FAST_TARGETS))
                yield pytest.param(target, kernel, fmt, id=f"{fmt}-{kernel}-{target}",
                                   marks=[pytest.mark.slow] if slow else [])


@pytest.mark.parametrize("target,kernel,fmt", _spill_cases())
def test_matmul_inner_loops_do_not_spill(target, kernel, fmt):
    t = parse_target(target)
    spec = MATMULS[kernel](t, fmt)
    asm = assembly(spec, t)
    loops = inner_fma_loops(asm)
    assert loops, "no FMA loop found in the assembly"
    spills = [stack_accesses(loop, asm) for loop in loops]
    assert not any(spills), f"{spec.name} for {t.summary()}: {spills}"
    if fmt in WIDENING:  # bf16: zero-extend and shift; q8_0: sign-extend bytes, then convert
        widen = [ln for loop in loops for ln in loop if re.search(WIDENING[fmt], ln)]
        assert widen, f"{spec.name}: no {fmt} widening in the FMA loops"
    if fmt in ("q8_0", "q4_0"):  # the block scales: f16 -> f32 in one instruction (F16C, AVX512-FP16), no libcall
        assert re.search(r"\bvcvtph2psx?\b", asm) and "__extendhfsf2" not in asm
        assert spec.int8_dot == select.int8_dot(t, spec.lanes) != ""
        for pattern in INT8_DOT[spec.int8_dot]:  # the decode calls: integer dot products in the FMA loops
            assert any(re.search(pattern, ln) for loop in loops for ln in loop), f"{spec.name}: no {pattern}"


def test_the_register_block_follows_the_target():
    avx2, avx512, zen4 = parse_target("znver2"), parse_target("skylake-avx512"), parse_target("znver4")
    wide = select.linear(1024, 2048, False, avx512)
    # zmm tiles: 12 rows where a zmm FMA issues whole, 8 where it runs as two halves
    assert (wide.rows, wide.paired, wide.lanes) == (select.PAIRED_ROWS_ZMM_FULL_WIDTH, True, 16)
    assert select.linear(1024, 2048, False, zen4).rows == select.PAIRED_ROWS_ZMM
    assert select.linear_swiglu(1024, 3072, avx512).rows == select.SWIGLU_ROWS_ZMM_FULL_WIDTH
    assert select.linear_swiglu(1024, 3072, zen4).rows == select.SWIGLU_ROWS_ZMM
    narrow = select.linear(1024, 2048, False, avx2)
    assert (narrow.rows, narrow.paired, narrow.lanes) == (6, False, 8)
    swiglu = select.linear_swiglu(1024, 3072, avx2)
    assert (swiglu.rows, swiglu.halves) == (6, 2)  # 6 rows x 8 columns of gate and of up
    assert select.linear_swiglu(1024, 3080, avx2).rows == 2  # n % 16: whole tiles
    assert select.linear_swiglu(1024, 3072, avx512).lanes == 16
    # a Q8_0 tile is staged as f32 (the f32 block) when it fits; else the block holds
    # its scale vectors too, in fewer rows
    staged = select.linear(1024, 2048, False, avx2, "q8_0")
    assert staged.stage and staged.rows == narrow.rows
    large = select.linear(12288, 2048, False, avx2, "q8_0")
    assert not large.stage and large.rows == narrow.rows - select.Q8_0_ROWS_LESS_16_REGISTERS
    assert select.linear(1024, 2048, False, avx512, "q8_0").rows == select.PAIRED_ROWS_ZMM_FULL_WIDTH
    # untargeted (kernel unit tests): the vector<8xf32> 4 x 32 blocks
    plain = select.linear(1024, 2048, False)
    assert (plain.rows, plain.paired, plain.lanes) == (4, True, 8)
    # a block the generator cannot build is refused when the spec is made, not miscompiled
    with pytest.raises(ValueError, match="halves"):
        dataclasses.replace(select.linear_swiglu(64, 40, avx2), halves=2)  # 40 % 16: a partial tile
    with pytest.raises(ValueError, match="halves"):
        dataclasses.replace(select.linear(64, 64, False, avx2), halves=2)
    with pytest.raises(ValueError, match="lanes"):
        dataclasses.replace(select.linear(64, 64, False, avx2), lanes=4)
    # the choice is in the kernel's spec attribute, so in the dumps
    assert "lanes = 16" in str(K.build(select.linear(64, 64, False, avx512)).attributes["rlx.kernel"])


RUNNABLE = [t for t in ("x86-64-v3", "x86-64-v4")
            if set(target_cpu(t).required_flags) <= set(host_cpu_flags())]


@functools.cache
def _jit(spec, target):
    """The kernel of ``spec`` JIT-compiled for ``target``, once per test process (the
    cases of one block at several row counts share it: the rows are a run-time argument)."""
    return K.jit_alone(K.build(spec), target)


def bf16_bits(a: np.ndarray) -> np.ndarray:
    """float32 -> the bits of the nearest bf16 (round to nearest even), as uint16."""
    bits = a.astype(np.float32).view(np.uint32)
    return ((bits + 0x7FFF + ((bits >> 16) & 1)) >> 16).astype(np.uint16)


def _matmul_reference(spec, x, ws):
    if spec.int8_dot and len(x) < spec.int8_rows_below:  # decode: integer dot products
        x = q8_rows(x)
    outs = [x.astype(np.float64) @ w.astype(np.float64).T for w in ws]
    if spec.family == "linear_swiglu":
        g, u = outs
        return [g / (1 + np.exp(-g)) * u]
    return outs


#: the blocks under test: (make(target, format, k), k, k for q8_0: a multiple of 32)
BLOCKS = {
    "paired": (lambda t, f, k: select.linear(k, 96, False, t, f), 40, 64),
    "partial": (lambda t, f, k: select.linear(k, 40, False, t, f), 24, 32),
    "multi": (lambda t, f, k: select.multi_linear(k, (64, 32, 32), False, t, f), 33, 96),
    "swiglu": (lambda t, f, k: select.linear_swiglu(k, 48, t, f), 40, 96),
    "swiglu_partial": (lambda t, f, k: select.linear_swiglu(k, 40, t, f), 16, 32),
}


@pytest.mark.skipif(not RUNNABLE, reason="this CPU runs neither x86-64-v3 nor x86-64-v4 code")
def _block_cases():
    """Every (target, rows, block, format); the formats other than f32 at 3, 5, 8 and 24
    rows in the slow set (1 and 13 rows cover the single row, a block and a remainder),
    but for the block formats' paired blocks at 5 rows (the integer dot products' row
    blocks of a batched decode step, and a row after them). 3, 5 and 8 rows run the
    tail blocks (``select.tail_rows``): 2 + 1, 4 + 1, and 6 + 2 on 16 registers."""
    for fmt in MatmulSpec.WEIGHT_FORMATS:
        for block in BLOCKS:
            for m in (1, 3, 5, 8, 13, 24):
                for target in RUNNABLE:
                    slow = fmt != "f32" and m in (3, 5, 8, 24) and not (m == 5 and block == "paired"
                                                                   and fmt in ("q8_0", "q4_0"))
                    yield pytest.param(target, m, block, fmt, id=f"{fmt}-{block}-{m}-{target}",
                                       marks=[pytest.mark.slow] if slow else [])


@pytest.mark.parametrize("target,m,block,fmt", _block_cases())
def test_the_blocks_of_each_target_compute_the_matmul(target, m, block, fmt):
    """Every block a target chooses (zmm tiles, 8-column halves, ...) against numpy,
    with row remainders and partial tiles, for weights stored in every format (bf16:
    weights that bf16 holds exactly, so the reference is the same numbers; q8_0, q4_0:
    the dequantized blocks, and at 1 row, where the integer dot products run, the
    quantized rows of x)."""
    t = parse_target(target)
    make, k, k_q8_0 = BLOCKS[block]
    spec = make(t, fmt, k_q8_0 if fmt in ("q8_0", "q4_0") else k)
    rng = np.random.default_rng(m)
    x = rng.standard_normal((m, spec.k)).astype(np.float32)
    ns = spec.ns if spec.family != "linear_swiglu" else spec.ns * 2
    ws = [(rng.standard_normal((n, spec.k)) / np.sqrt(spec.k)).astype(np.float32) for n in ns]
    outs = [np.full((m, n), np.nan, dtype=np.float32) for n in spec.ns]
    if fmt == "bf16":
        ws = [bf16_bits(w).astype(np.uint32) << 16 for w in ws]
        ws = [w.view(np.float32) for w in ws]
    if fmt == "q8_0":
        packed = [pack_q8_0(w) for w in ws]
        ws = [q8_0_dequantize(*q8_0_quantize(w)) for w in ws]
    elif fmt == "q4_0":
        packed = [pack_q4_0(w) for w in ws]
        ws = [q4_0_dequantize(*q4_0_quantize(w)) for w in ws]
    elif fmt == "f16":
        ws = [w.astype(np.float16).astype(np.float32) for w in ws]
        packed = [pack_linear_weight(w).astype(np.float16) for w in ws]
    else:
        packed = [pack_linear_weight(w) for w in ws]
    if fmt == "bf16":
        packed = [bf16_bits(p) for p in packed]
    fn = _jit(spec, t)
    fn(x.ctypes.data, *[p.ctypes.data for p in packed], *[o.ctypes.data for o in outs], m)
    for got, want in zip(outs, _matmul_reference(spec, x, ws)):
        np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-4)


def test_the_attention_blocks_follow_the_target():
    narrow = select.attention(16, 8, 128, True, False, None, parse_target("x86-64-v3"))
    # scores: 2 groups of rows x score_keys keys of accumulators (8 on 16 registers, 16 on 32)
    assert (narrow.score_keys, narrow.value_chunk, narrow.lanes, narrow.query_block) == (4, 4, 8, 16)
    # AVX-512, whether a zmm FMA issues whole (Sapphire Rapids) or in two halves (Zen 4,
    # x86-64-v4): groups of 16 rows in zmm lanes, 8 keys x 2 groups of scores
    for avx512 in ("x86-64-v4", "znver4", "sapphirerapids"):
        wide = select.attention(16, 8, 128, True, False, None, parse_target(avx512))
        assert (wide.score_keys, wide.value_chunk, wide.lanes, wide.query_block) == (8, 8, 16, 32), avx512
        # a head_dim that is not whole zmm vectors keeps groups of 8 rows
        assert select.attention(16, 8, 136, True, False, None, parse_target(avx512)).lanes == 8


@pytest.mark.skipif(not RUNNABLE, reason="this CPU runs neither x86-64-v3 nor x86-64-v4 code")
@pytest.mark.parametrize("target", RUNNABLE)
@pytest.mark.parametrize("s", [7, 40, 75])
def test_the_attention_of_each_target_matches_numpy(target, s):
    """The blocked prefill attention as each target chooses it (full key blocks, the
    diagonal's 16/8-key blocks and the per-key tail), against a float64 reference."""
    t = parse_target(target)
    nh, nkv, hd = 4, 2, 64
    spec = select.attention(nh, nkv, hd, True, False, None, t)
    assert spec.variant == "blocked"
    rng = np.random.default_rng(s)
    q = rng.standard_normal((s, nh, hd)).astype(np.float32)
    k = rng.standard_normal((s, nkv, hd)).astype(np.float32)
    v = rng.standard_normal((s, nkv, hd)).astype(np.float32)
    out = np.full((s, nh, hd), np.nan, dtype=np.float32)
    fn = _jit(spec, t)
    fn(q.ctypes.data, k.ctypes.data, v.ctypes.data, out.ctypes.data, 1, s, s, s)
    kk = np.repeat(k.astype(np.float64), nh // nkv, axis=1)
    vv = np.repeat(v.astype(np.float64), nh // nkv, axis=1)
    scores = np.einsum("shd,thd->hst", q.astype(np.float64), kk) / np.sqrt(hd)
    scores = np.where(np.tril(np.ones((s, s), dtype=bool)), scores, -np.inf)
    p = np.exp(scores - scores.max(-1, keepdims=True))
    p /= p.sum(-1, keepdims=True)
    np.testing.assert_allclose(out, np.einsum("hst,thd->shd", p, vv), rtol=1e-4, atol=1e-4)


#: a vector register stored to a fixed stack slot: the spill half of a spill / reload
#: (scratch arrays are indexed by a register, and hoisted loop-invariant loads are only
#: read back, as FMA memory operands)
SPILL_STORE = re.compile(r"^\s*vmov\w*\s+%[xyz]mm\d+,\s*-?\d*\(%r[sb]p\)")


@pytest.mark.parametrize("target", TARGETS)
def test_decode_attention_loops_do_not_spill(target):
    """The split-K decode kernel (0.6B heads: 16 query, 8 KV, head_dim 128): on 16
    registers one head per step and one query vector at a time (before: 68-81 spill
    stores per key block on AVX2), the merge 4 vectors per pass."""
    t = parse_target(target)
    spec = select.attention(16, 8, 128, True, False, 1, t)
    loops = inner_fma_loops(assembly(spec, t))
    assert loops, "no FMA loop found in the assembly"
    spills = [[ln.strip() for ln in loop if SPILL_STORE.match(ln)] for loop in loops]
    assert not any(spills), f"{spec.name} for {t.summary()}: {spills}"


@pytest.mark.parametrize("target", TARGETS)
def test_prefill_attention_micro_kernels_do_not_spill(target):
    """The blocked prefill attention's score and value steps (0.6B heads, the target's
    ``score_keys`` / ``value_chunk``): no vector stored to a fixed stack slot. Its softmax
    loops (8 exp polynomials side by side; on 16 registers they spill, measured harmless:
    docs/performance.md, "Tried and dropped") and per-key tail are not checked here."""
    t = parse_target(target)
    spec = select.attention(16, 8, 128, True, False, None, t)
    loops = [loop for loop in inner_fma_loops(assembly(spec, t)) if not any("vcvttps2dq" in ln for ln in loop)]
    assert loops, "no score or value loop found in the assembly"
    spills = [[ln.strip() for ln in loop if SPILL_STORE.match(ln)] for loop in loops]
    assert not any(spills), f"{spec.name} for {t.summary()}: {spills}"


def test_the_decode_steps_follow_the_target():
    narrow = select.attention(16, 8, 128, True, False, 1, parse_target("x86-64-v3"))
    wide = select.attention(16, 8, 128, True, False, 1, parse_target("x86-64-v4"))
    assert (narrow.step_heads, narrow.score_order, narrow.merge_vectors) == (1, "vectors", 4)
    assert (wide.step_heads, wide.score_order, wide.merge_vectors) == (2, "keys", 0)


@pytest.mark.skipif(not RUNNABLE, reason="this CPU runs neither x86-64-v3 nor x86-64-v4 code")
@pytest.mark.parametrize("target", RUNNABLE)
@pytest.mark.parametrize("t_len", [5, 64, 301])
def test_the_decode_attention_of_each_target_matches_numpy(target, t_len):
    """One query per sequence over ``t_len`` cached keys (a ragged block, several chunks),
    two sequences, against a float64 reference."""
    t = parse_target(target)
    nh, nkv, hd, b, cap = 4, 2, 64, 2, 320
    # work of any size split into chunks: the merge of several partials runs too
    spec = dataclasses.replace(select.attention(nh, nkv, hd, True, False, 1, t), parallel_min_work=0)
    assert spec.variant == "splitk"
    rng = np.random.default_rng(t_len)
    q = rng.standard_normal((b, 1, nh, hd)).astype(np.float32)
    k = rng.standard_normal((b, cap, nkv, hd)).astype(np.float32)
    v = rng.standard_normal((b, cap, nkv, hd)).astype(np.float32)
    out = np.full((b, 1, nh, hd), np.nan, dtype=np.float32)
    fn = _jit(spec, t)
    fn(q.ctypes.data, k.ctypes.data, v.ctypes.data, out.ctypes.data, b, 1, t_len, cap)
    kk = np.repeat(k[:, :t_len].astype(np.float64), nh // nkv, axis=2)
    vv = np.repeat(v[:, :t_len].astype(np.float64), nh // nkv, axis=2)
    scores = np.einsum("bhd,bthd->bht", q[:, 0].astype(np.float64), kk) / np.sqrt(hd)
    p = np.exp(scores - scores.max(-1, keepdims=True))
    p /= p.sum(-1, keepdims=True)
    np.testing.assert_allclose(out[:, 0], np.einsum("bht,bthd->bhd", p, vv), rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("fmt", ["q8_0", "q4_0"])
def test_decode_matvecs_prefetch_their_next_tiles_on_every_target(fmt):
    """The integer dot products of a block-quantized matvec prefetch the next tile group's
    lines into L2 (``prefetcht1``), on AVX-512 and on AVX2 (where it doubled the LM head's
    stream); on 16 registers Q8_0 runs each tile vector in its own loop, spill-free with
    the prefetch (test_matmul_inner_loops_do_not_spill)."""
    zen4, zen2 = parse_target("znver4"), parse_target("znver2")
    spec4 = select.linear(1024, 2048, False, zen4, weight_format=fmt)
    spec2 = select.linear(1024, 2048, False, zen2, weight_format=fmt)
    assert spec4.prefetch_groups == spec2.prefetch_groups == select.INT8_PREFETCH_GROUPS
    assert spec2.dot_split == (fmt == "q8_0") and not spec4.dot_split
    assert "prefetcht1" in assembly(spec4, zen4)
    assert "prefetcht1" in assembly(spec2, zen2)


def test_decode_matvecs_take_larger_grabs_of_tiles():
    """The integer dot products' loop (decode) carries its grab share to the dispatch:
    fewer, larger grabs, each of which restarts a thread's streams; the f32 blocks' loop
    keeps the default."""
    t = parse_target("znver4")
    spec = select.linear(1024, 2048, False, t, weight_format="q8_0")
    assert spec.dot_share == select.INT8_DOT_SHARE == 1
    assert select.linear(1024, 2048, False, t).dot_share == 0
    fn = K.build(spec)
    shares = [op.attributes.get(GRAB_SHARE_ATTR) for op in fn.walk() if isinstance(op, scf.ParallelOp)]
    assert [None if a is None else a.value.data for a in shares] == [1, None]

#: (target, rows of the linear's block, its block prefetch, the instruction, the block
#: prefetch of bf16 weights: their staged f32 copy, or none where f32 tiles take the next tile)
BLOCK_PREFETCHES = (("x86-64-v3", select.MATMUL_ROWS, "next_tile", "prefetcht1", "none"),
                    ("znver4", select.PAIRED_ROWS_ZMM, "l1_ahead", "prefetcht0", "l1_ahead"),
                    ("sapphirerapids", select.PAIRED_ROWS_ZMM_FULL_WIDTH, "l1_ahead", "prefetcht0", "l1_ahead"))


@pytest.mark.parametrize("target, rows, kind, instruction, staged_kind", BLOCK_PREFETCHES)
def test_batched_decode_blocks_follow_the_target(target, rows, kind, instruction, staged_kind):
    """A step of 2, 4 or 8 sequences is one register block on every target (the tails are
    the powers of two below the block; 12-row blocks where zmm FMAs issue whole). The f32
    row blocks prefetch: ymm blocks their next tile's line into L2, zmm blocks their own
    tile's line ahead into L1, as their staged bf16 copies do; the single-row matvec
    prefetches nothing."""
    t = parse_target(target)
    f32, bf16 = select.linear(1024, 2048, False, t), select.linear(1024, 2048, False, t, "bf16")
    tails = tuple(r for r in (8, 4, 2) if r < rows)
    assert f32.rows == rows and f32.tail_rows == tails and f32.block_chains == select.BLOCK_FMA_CHAINS
    assert (f32.block_prefetch, bf16.block_prefetch) == (kind, staged_kind)
    assert instruction in assembly(f32, t)
    single = dataclasses.replace(f32, rows=1, tail_rows=(), tile_group=1)
    assert "prefetcht" not in assembly(single, t)


def test_block_prefetch_needs_f32_tiles():
    t = parse_target("x86-64-v3")
    swiglu = select.linear_swiglu(1024, 3072, t)
    assert (swiglu.halves, swiglu.whole_tile_rows) == (2, select.SWIGLU_WHOLE_TILE_ROWS)
    bf16 = select.linear(1024, 2048, False, t, "bf16")
    with pytest.raises(ValueError, match="next_tile needs f32 weights"):
        dataclasses.replace(bf16, block_prefetch="next_tile")
    with pytest.raises(ValueError, match="l1_ahead needs f32 tiles"):
        dataclasses.replace(bf16, stage=False, block_prefetch="l1_ahead", prefetch_steps=16)
    with pytest.raises(ValueError, match="prefetch_steps > 0 for l1_ahead only"):
        dataclasses.replace(bf16, block_prefetch="l1_ahead")


@pytest.mark.parametrize("target", ["sapphirerapids", "znver4", "x86-64-v3"])
def test_a_staged_matmul_takes_a_larger_panel_within_half_the_l2(target):
    """Tiles widened into a staged copy once per (tile group, panel) item: the panel grows
    to ``MATMUL_STAGED_PANEL_BYTES`` of ``x``, but the panel and the copy stay within half
    the target's L2 (or the f32 panel, if larger)."""
    t = parse_target(target)
    for k, fmt in ((1024, "bf16"), (1024, "q8_0"), (3072, "q4_0")):
        f32, staged = select.linear(k, 2048, False, t), select.linear(k, 2048, False, t, fmt)
        assert staged.stage and staged.panel_rows % staged.rows == 0 and staged.panel_rows >= f32.panel_rows - f32.rows
        copy = 2 * k * 16 * 4
        assert staged.panel_rows * 4 * k <= max(min(select.MATMUL_STAGED_PANEL_BYTES, t.l2_bytes // 2 - copy),
                                                f32.panel_rows * 4 * k)
    assert select.linear(1024, 2048, False, parse_target("sapphirerapids"), "bf16").panel_rows > \
        select.linear(1024, 2048, False, parse_target("sapphirerapids")).panel_rows


@pytest.mark.parametrize("target", ["sapphirerapids", "znver4", "skylake-avx512", "x86-64-v3", "znver2"])
def test_a_tile_group_fits_half_the_l2(target):
    """A work item's tiles run over one panel after another: their f32 weights take at
    most half the target's L2 (at least 2 tiles or pairs), so the next panel finds them."""
    t = parse_target(target)
    for spec in (MATMULS["linear_swiglu"](t, "f32"), MATMULS["multi_linear"](t, "f32"),
                 select.linear(3072, 1024, False, t), select.linear(1024, 151936, False, t)):
        group_bytes = spec.tile_group * spec.streams * spec.k * 16 * 4
        assert spec.tile_group == 2 or group_bytes <= t.l2_bytes // select.MATMUL_GROUP_L2_SHARE, spec.name
        assert 2 <= spec.tile_group <= select.MATMUL_MAX_GROUP
    assert MATMULS["linear_swiglu"](parse_target("sapphirerapids"), "f32").tile_group == 8  # 1 MiB of a 2 MiB L2


@pytest.mark.parametrize("target", TARGETS)
def test_a_single_row_reads_two_tiles_at_once(target):
    """Decode's matvecs stream two weight tiles per thread on every target: paired blocks
    (32 registers) do in every call; an unpaired f32, bf16 or f16 linear (16 registers)
    runs its calls of one row over pairs of tiles (``row_pairs``), where its outputs are
    whole pairs."""
    t = parse_target(target)
    for spec in (MATMULS["linear"](t, "f32"), MATMULS["multi_linear"](t, "f32")):
        assert spec.paired != spec.row_pairs, spec.name
    assert not select.linear(1024, 1040, False, t).row_pairs  # a partial pair of tiles
    bf16 = select.linear(1024, 2048, False, t, "bf16")
    assert bf16.row_pairs == (not bf16.paired)  # widened in registers like f32
    assert not select.linear(1024, 2048, False, t, "q8_0").row_pairs  # decode takes the integer dot products
    with pytest.raises(ValueError, match="row_pairs"):
        dataclasses.replace(select.linear(1024, 2048, False, t, "q8_0"), row_pairs=True)
