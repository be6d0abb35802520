"""L3 kernel generators: JIT each generated func and compare with numpy."""

import ctypes
import math
import os
import sys

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from xdsl.dialects.builtin import IndexType, ModuleOp, StringAttr

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numpy_ref as ref  # noqa: E402

from rlx.lowering import kernels as K  # noqa: E402
from rlx.lowering.kernels import build, select  # noqa: E402
from rlx.lowering.target import parse_target  # noqa: E402
from rlx.lowering.llvm_passes import to_llvm_ir  # noqa: E402
from rlx.lowering.llvm_target import JITEngine, emit_assembly, optimize  # noqa: E402
from rlx.runtime.packing import pack_linear_weight, packed_linear_size  # noqa: E402

F32 = np.float32
HYP = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --------------------------------------------------------------------------
# compile-once cache
# --------------------------------------------------------------------------

_compiled: dict[tuple, tuple] = {}


def _public(fn):
    fn.sym_visibility = StringAttr("public")
    return fn


def _optimized_ll(fn) -> str:
    return optimize(to_llvm_ir(ModuleOp([_public(fn)])))


def kernel(generator, *params):
    """JIT ``generator(*params)`` once per test process (the key is the generator and its
    parameters: a spec's choices, e.g. lanes, are not all in its name, and building the
    function again only to look it up costs as much as a small kernel's test); return a
    Python callable taking arrays / ints, whose ``name`` is the kernel's symbol."""
    key = (generator, params)
    if key not in _compiled:
        fn = generator(*params)
        is_index = [isinstance(t, IndexType) for t in fn.function_type.inputs.data]
        eng = JITEngine(_optimized_ll(fn))
        argtypes = [ctypes.c_int64 if ix else ctypes.c_void_p for ix in is_index]
        cfn = eng.function(fn.sym_name.data, None, *argtypes)
        _compiled[key] = (eng, cfn, is_index, fn.sym_name.data)
    _, cfn, is_index, name = _compiled[key]

    def call(*args):
        assert len(args) == len(is_index)
        conv = []
        for a, ix in zip(args, is_index):
            if ix:
                conv.append(int(a))
            else:
                assert isinstance(a, np.ndarray) and a.flags.c_contiguous
                conv.append(a.ctypes.data)
        cfn(*conv)

    call.name = name
    return call


def rnd(rng, *shape, scale=1.0):
    return (rng.standard_normal(shape) * scale).astype(F32)


def assert_close(got, want, rtol):
    """Error relative to the magnitude of the reference (robust to near-zero outputs)."""
    got = np.asarray(got, dtype=np.float64)
    want = np.asarray(want, dtype=np.float64)
    assert got.shape == want.shape
    assert np.all(np.isfinite(got)), "non-finite output"
    scale = max(1.0, float(np.max(np.abs(want), initial=0.0)))
    err = float(np.max(np.abs(got - want), initial=0.0))
    assert err <= rtol * scale, f"max abs err {err:.3g} > {rtol} * {scale:.3g}"


# --------------------------------------------------------------------------
# packing + naming
# --------------------------------------------------------------------------


def test_pack_linear_weight_layout():
    n, k = 21, 5
    w = np.arange(n * k, dtype=F32).reshape(n, k)
    p = pack_linear_weight(w)
    assert p.dtype == F32 and p.ndim == 1 and p.flags.c_contiguous
    assert p.size == packed_linear_size(n, k) == 2 * k * 16
    t = p.reshape(2, k, 16)
    for col in range(32):
        for kk in range(k):
            want = w[col, kk] if col < n else 0.0
            assert t[col // 16, kk, col % 16] == want


def test_names_encode_parameters():
    assert K.linear_kernel(128, 384, True).sym_name.data == "linear_k128_n384_bias"
    assert K.linear_kernel(128, 384, False).sym_name.data == "linear_k128_n384"
    assert K.rms_norm_kernel(64, 16, 1e-6).sym_name.data == K.rms_norm_kernel(64, 16, 1e-6).sym_name.data
    assert K.rms_norm_kernel(64, 16, 1e-6).sym_name.data != K.rms_norm_kernel(64, 16, 1e-5).sym_name.data
    names = {
        K.attention_kernel(4, 2, 8, c, m).sym_name.data for c in (True, False) for m in (True, False)
    }
    assert len(names) == 4
    assert set(K.KERNELS) == {
        "embed", "rms_norm", "linear", "multi_linear", "linear_swiglu", "rope", "attention",
        "swiglu", "silu", "add", "mul", "gather_last", "kv_write", "moe_gate", "moe_swiglu", "moe_down",
    }
    assert K.moe_gate_kernel(64, 8, 2, True).sym_name.data == "moe_gate_h64_e8_k2_norm"
    assert K.multi_linear_kernel(64, (32, 16), True).sym_name.data == "multi_linear_k64_n32x16_bias"
    assert K.linear_swiglu_kernel(64, 48).sym_name.data == "linear_swiglu_k64_n48"
    for gen in (K.embed_kernel(8, 4), K.swiglu_kernel(), K.kv_write_kernel(8)):
        assert gen.sym_visibility.data == "private"
        gen.verify()


def test_generators_are_pure_inside_an_implicit_builder():
    from xdsl.builder import ImplicitBuilder

    module = ModuleOp([])
    with ImplicitBuilder(module.body):
        fn = K.linear_kernel(8, 16, False)
    assert fn.parent is None and len(module.body.block.ops) == 0
    module.body.block.add_op(fn)
    module.verify()


# --------------------------------------------------------------------------
# linear
# --------------------------------------------------------------------------


def _run_linear(m, k, n, bias, seed=0):
    rng = np.random.default_rng(seed)
    x = rnd(rng, m, k)
    w = rnd(rng, n, k, scale=1.0 / math.sqrt(k))
    b = rnd(rng, n) if bias else None
    out = np.full((m, n), np.nan, dtype=F32)
    f = kernel(K.linear_kernel, k, n, bias)
    args = [x, pack_linear_weight(w)] + ([b] if bias else []) + [out, m]
    f(*args)
    assert_close(out, ref.linear(x, w, b), 1e-5)


@pytest.mark.parametrize("m", [1, 3, 4, 7, 64])
@pytest.mark.parametrize("k,n,bias", [(64, 40, True), (13, 40, False), (32, 64, False), (5, 7, True),
                                      (40, 96, True)])  # n % 32 == 0: tiles in pairs
def test_linear(m, k, n, bias):
    _run_linear(m, k, n, bias, seed=m)


def _linear_with_residual(k, n, bias, weight_format):
    return build(select.linear(k, n, bias, weight_format=weight_format, residual=True))


@pytest.mark.parametrize("weight_format", ["f32", "bf16"])
@pytest.mark.parametrize("m", [1, 7, 64])
@pytest.mark.parametrize("k,n,bias", [(64, 40, True), (32, 64, False), (5, 7, True)])
def test_linear_adds_its_residual_as_it_stores(m, k, n, bias, weight_format):
    # rlx-fuse's residual linear: x @ W^T (+ b) + r, every tile (a partial last one too)
    from rlxc.tune import packed_weight

    rng = np.random.default_rng(m + n)
    x, r = rnd(rng, m, k), rnd(rng, m, n)
    w = rnd(rng, n, k, scale=1.0 / math.sqrt(k))
    if weight_format == "bf16":
        w = (w.view(np.uint32) & 0xFFFF0000).view(F32)  # exactly representable: one reference for both
    b = rnd(rng, n) if bias else None
    out = np.full((m, n), np.nan, dtype=F32)
    f = kernel(_linear_with_residual, k, n, bias, weight_format)
    f(*[x, packed_weight(w, weight_format)] + ([b] if bias else []) + [r, out, m])
    assert_close(out, ref.linear(x, w, b) + r, 1e-5)


@HYP
@given(m=st.integers(1, 12), shape=st.sampled_from([(64, 40, True), (13, 40, False), (130, 48, True)]),
       seed=st.integers(0, 2**16))
def test_linear_hypothesis(m, shape, seed):
    k, n, bias = shape
    _run_linear(m, k, n, bias, seed)


@pytest.mark.parametrize("m,k,n", [(64, 256, 48), (1, 1024, 528), (9, 512, 128)])
def test_linear_threaded_path(m, k, n):
    # m*k*n >= PARALLEL_MIN_WORK: the scf.parallel copy of the loop runs (on the team)
    assert m * k * n >= K.PARALLEL_MIN_WORK
    _run_linear(m, k, n, False, seed=k)


def test_the_loop_is_built_once_and_a_small_call_calls_its_body_directly():
    # one copy of the loop, in a rlx_cpu.parallel_if on work >= min_work: the team runs
    # its outlined body, or (a small call) the kernel calls the body over the whole range
    fn = K.linear_kernel(64, 32, False)
    ops = [op.name for op in fn.walk()]
    assert ops.count("scf.parallel") == 1 and ops.count("rlx_cpu.parallel_if") == 1
    ll = to_llvm_ir(ModuleOp([_public(fn)]))
    assert "GOMP_parallel" in ll and "icmp uge" in ll
    calls = [line for line in ll.splitlines() if 'call void @"linear_k64_n32.par0.loop"' in line]
    assert len(calls) == 2  # from the team's chunk runner and from the serial branch


def _run_multi_linear(m, k, ns, bias, seed=0):
    rng = np.random.default_rng(seed)
    x = rnd(rng, m, k)
    ws = [rnd(rng, n, k, scale=1.0 / math.sqrt(k)) for n in ns]
    bs = [rnd(rng, n) for n in ns] if bias else []
    outs = [np.full((m, n), np.nan, dtype=F32) for n in ns]
    f = kernel(K.multi_linear_kernel, k, tuple(ns), bias)
    f(x, *[pack_linear_weight(w) for w in ws], *bs, *outs, m)
    for j, n in enumerate(ns):
        assert_close(outs[j], ref.linear(x, ws[j], bs[j] if bias else None), 1e-5)


@pytest.mark.parametrize("m", [1, 3, 4, 9])
@pytest.mark.parametrize("k,ns,bias", [(64, (32, 16, 16), False), (13, (16, 48), True),
                                       (128, (64, 32, 32), True)])
def test_multi_linear(m, k, ns, bias):
    _run_multi_linear(m, k, ns, bias, seed=m + k)


def test_multi_linear_threaded_path():
    assert 8 * 512 * 128 >= K.PARALLEL_MIN_WORK
    _run_multi_linear(8, 512, (64, 32, 32), False, seed=3)


def test_multi_linear_rejects_unaligned_outputs():
    with pytest.raises(ValueError):
        K.multi_linear_kernel(16, (16, 8), False)
    with pytest.raises(ValueError):
        K.multi_linear_kernel(16, (16,), False)


def _run_linear_swiglu(m, k, n, seed=0):
    rng = np.random.default_rng(seed)
    x = rnd(rng, m, k)
    wg = rnd(rng, n, k, scale=2.0 / math.sqrt(k))
    wu = rnd(rng, n, k, scale=1.0 / math.sqrt(k))
    out = np.full((m, n), np.nan, dtype=F32)
    kernel(K.linear_swiglu_kernel, k, n)(x, pack_linear_weight(wg), pack_linear_weight(wu), out, m)
    g, u = ref.linear(x, wg, None), ref.linear(x, wu, None)
    want = (ref.silu(g).astype(np.float64) * u).astype(F32)
    assert_close(out, want, 1e-5)


@pytest.mark.parametrize("m", [1, 2, 4, 7])
@pytest.mark.parametrize("k,n", [(64, 48), (13, 40), (32, 7), (3, 16)])
def test_linear_swiglu(m, k, n):
    _run_linear_swiglu(m, k, n, seed=m * 7 + n)


def test_linear_swiglu_threaded_path():
    assert 2 * 16 * 256 * 80 >= K.PARALLEL_MIN_WORK
    _run_linear_swiglu(16, 256, 80, seed=1)


def test_linear_m0_is_noop():
    f = kernel(K.linear_kernel, 13, 40, False)
    out = np.full(4, 7.0, dtype=F32)
    f(np.zeros(4, F32), pack_linear_weight(np.zeros((40, 13), F32)), out, 0)
    assert np.all(out == 7.0)


# --------------------------------------------------------------------------
# rms_norm / embed / rope
# --------------------------------------------------------------------------


@pytest.mark.parametrize("dim,group", [(64, 64), (64, 16), (20, 20), (36, 12), (136, 136), (8, 4)])
@pytest.mark.parametrize("m", [1, 3])
def test_rms_norm(dim, group, m):
    rng = np.random.default_rng(dim * 7 + group + m)
    eps = 1e-6
    x = rnd(rng, m, dim, scale=3.0)
    w = rnd(rng, group)
    out = np.empty_like(x)
    kernel(K.rms_norm_kernel, dim, group, eps)(x, w, out, m)
    want = ref.rms_norm(x.reshape(m, dim // group, group), w, eps).reshape(m, dim)
    assert_close(out, want, 1e-5)


def test_rms_norm_in_place():
    rng = np.random.default_rng(1)
    x = rnd(rng, 2, 48)
    w = rnd(rng, 48)
    want = ref.rms_norm(x, w, 1e-5)
    kernel(K.rms_norm_kernel, 48, 48, 1e-5)(x, w, x, 2)
    assert_close(x, want, 1e-5)


@pytest.mark.parametrize("hidden", [12, 64, 3])
def test_embed(hidden):
    vocab = 10
    rng = np.random.default_rng(hidden)
    table = rnd(rng, vocab, hidden)
    ids = np.array([3, 0, 9, 3, 7], dtype=np.int32)
    out = np.empty((ids.size, hidden), F32)
    kernel(K.embed_kernel, hidden, vocab)(ids, table, out, ids.size)
    np.testing.assert_array_equal(out, ref.embed(ids, table))


@pytest.mark.parametrize("hidden,vocab", [(12, 40), (64, 21), (3, 16)])
def test_embed_from_packed_table(hidden, vocab):
    rng = np.random.default_rng(hidden + vocab)
    table = rnd(rng, vocab, hidden)
    ids = np.array([3, 0, vocab - 1, 3, 17 % vocab, 15], dtype=np.int32)
    out = np.empty((ids.size, hidden), F32)
    kernel(K.embed_kernel, hidden, vocab, True)(ids, pack_linear_weight(table), out, ids.size)
    np.testing.assert_array_equal(out, ref.embed(ids, table))


@pytest.mark.parametrize("nh,hd", [(2, 8), (3, 12), (2, 32), (1, 128)])
@pytest.mark.parametrize("b,s,offset", [(1, 1, 0), (2, 3, 0), (2, 3, 5), (1, 1, 17)])
def test_rope(nh, hd, b, s, offset):
    rng = np.random.default_rng(nh * hd + s + offset)
    cos, sin = ref.rope_tables(hd, 10000.0, 32)
    x = rnd(rng, b, s, nh * hd)
    out = np.empty_like(x)
    kernel(K.rope_kernel, nh, hd)(x, cos, sin, out, b, s, offset)
    assert_close(out, ref.rope(x, cos, sin, hd, offset), 1e-5)


def test_rope_in_place():
    rng = np.random.default_rng(3)
    cos, sin = ref.rope_tables(16, 10000.0, 16)
    x = rnd(rng, 2, 2, 32)
    want = ref.rope(x, cos, sin, 16, 4)
    kernel(K.rope_kernel, 2, 16)(x, cos, sin, x, 2, 2, 4)
    assert_close(x, want, 1e-5)


# --------------------------------------------------------------------------
# attention
# --------------------------------------------------------------------------


def attention_lanes_kernel(lanes, *params):
    """The blocked attention a full-width AVX-512 target selects (groups of 16 rows; LLVM
    splits its vectors on a host without AVX-512)."""
    spec = select.attention(*params[:5], None, window=params[6], target=parse_target("sapphirerapids"))
    assert spec.lanes == lanes
    return build(spec)


def _run_attention(b, s, t, cap, nh, nkv, hd, causal, keep=None, seed=0, scale=1.0, window=0, lanes=8):
    rng = np.random.default_rng(seed)
    q = rnd(rng, b, s, nh * hd, scale=scale)
    kc = rnd(rng, b, cap, nkv * hd, scale=scale)
    vc = rnd(rng, b, cap, nkv * hd)
    kc[:, t:] = np.nan  # rows past T must never be read
    vc[:, t:] = np.nan
    if window:  # nor rows before the first query's window
        kc[:, :max(0, t - s - window + 1)] = np.nan
        vc[:, :max(0, t - s - window + 1)] = np.nan
    out = np.full((b, s, nh * hd), np.nan, F32)
    has_mask = keep is not None
    if lanes == 8:
        f = kernel(K.attention_kernel, nh, nkv, hd, causal, has_mask, False, window)
    else:
        f = kernel(attention_lanes_kernel, lanes, nh, nkv, hd, causal, has_mask, False, window)
    args = [q, kc, vc] + ([np.ascontiguousarray(keep, dtype=F32)] if has_mask else []) + [out, b, s, t, cap]
    f(*args)
    want = ref.attention(np.nan_to_num(q), np.nan_to_num(kc[:, :t]), np.nan_to_num(vc[:, :t]), nh, nkv, hd,
                         causal, keep, window)
    assert_close(out, want, 1e-4)
    return out


@pytest.mark.parametrize(
    "b,s,t,cap,nh,nkv,hd,causal",
    [
        (1, 4, 4, 4, 2, 2, 8, True),  # prefill, MHA
        (2, 3, 7, 9, 4, 2, 16, True),  # past, GQA 2, CAP > T
        (2, 1, 9, 12, 4, 1, 16, True),  # decode, GQA 4
        (1, 1, 1, 1, 2, 1, 8, True),  # very first token
        (1, 5, 5, 8, 4, 4, 12, True),  # head_dim tail (12 = 8 + 4)
        (2, 2, 6, 6, 2, 1, 4, True),  # head_dim < 8
        (1, 3, 3, 3, 2, 2, 8, False),  # non-causal
        (1, 2, 40, 64, 8, 2, 64, True),  # longer past
        (1, 1, 33, 40, 2, 2, 128, True),  # hd 128 decode
        (1, 6, 6, 6, 2, 1, 128, True),  # hd 128 prefill
    ],
)
def test_attention(b, s, t, cap, nh, nkv, hd, causal):
    _run_attention(b, s, t, cap, nh, nkv, hd, causal, seed=b + s + t + hd)


@pytest.mark.parametrize(
    "b,s,past,nh,nkv,hd,causal,masked",
    [
        (1, 37, 0, 4, 2, 16, True, False),  # several query blocks, diagonal blocks, ragged ends
        (2, 19, 13, 4, 2, 8, True, True),  # past + mask, two batches
        (1, 24, 9, 6, 2, 16, True, False),  # rep 3: odd row counts (single-row loops)
        (1, 17, 5, 2, 2, 8, False, True),  # MHA, non-causal, masked
        (1, 1, 40, 8, 2, 64, True, True),  # decode, rep 4
        (1, 9, 0, 2, 1, 8, True, False),  # query block of 8 + 1
        (1, 70, 3, 8, 4, 64, True, True),  # enough work for the threaded path
    ],
)
def test_attention_blocked_paths(b, s, past, nh, nkv, hd, causal, masked):
    t = past + s
    keep = None
    if masked:
        keep = (np.random.default_rng(t).random((b, t)) > 0.25).astype(F32)
    _run_attention(b, s, t, t + 3, nh, nkv, hd, causal, keep=keep, seed=s + past)


@pytest.mark.parametrize(
    "b,s,past,nh,nkv,hd,causal,masked",
    [
        (1, 100, 0, 4, 2, 16, True, False),  # full 32-key blocks, diagonal blocks of 32/16/8
        (2, 37, 45, 4, 2, 8, True, True),  # past not a multiple of 8, mask, two batches
        (1, 21, 64, 6, 2, 32, True, True),  # rep 3: groups of 8 rows with padding lanes
        (2, 13, 48, 4, 4, 16, False, False),  # non-causal, T = 61: 32 + 16 + 8 + 5 per row
        (1, 5, 59, 16, 8, 128, True, False),  # the 0.6b heads, a chunk after a past
        (1, 33, 0, 16, 8, 128, True, True),  # the 0.6b heads, prefill, S not a multiple of 16
        (1, 3, 120, 2, 1, 24, True, True),  # head_dim 24: a values tile of 3 vectors
    ],
)
def test_attention_blocked_key_blocks(b, s, past, nh, nkv, hd, causal, masked):
    # key blocks of ATTN_KEY_BLOCK, then halves down to 8 keys along the diagonal,
    # against S / T remainders, padding lanes of partial row groups, masks, B = 2
    t = past + s
    keep = None
    if masked:
        keep = (np.random.default_rng(t + hd).random((b, t)) > 0.2).astype(F32)
        keep[0, : min(t, 40)] = 0  # a long masked prefix: whole key blocks see no key
    _run_attention(b, s, t, t + 5, nh, nkv, hd, causal, keep=keep, seed=s + past + hd)


@pytest.mark.parametrize(
    "b,s,past,nh,nkv,hd,causal,masked,window",
    [
        (1, 6, 0, 2, 1, 128, True, False, 0),  # one group of 16 rows, 12 of them padding
        (1, 37, 0, 4, 2, 16, True, True, 0),  # several query blocks, diagonal blocks, mask
        (2, 19, 13, 4, 2, 16, True, True, 0),  # past + mask, two batches
        (1, 24, 9, 6, 2, 16, True, False, 0),  # rep 3: 3 groups (a pair and an odd one)
        (2, 13, 48, 4, 4, 16, False, False, 0),  # non-causal, T = 61
        (1, 33, 0, 16, 8, 128, True, True, 0),  # the 0.6b heads, prefill
        (1, 5, 59, 16, 8, 128, True, False, 0),  # the 0.6b heads, a chunk after a past
        (1, 100, 0, 4, 2, 32, True, False, 0),  # full 32-key blocks
        (2, 37, 45, 4, 2, 16, True, True, 20),  # a window, a mask
    ],
)
def test_attention_blocked_zmm_groups(b, s, past, nh, nkv, hd, causal, masked, window):
    # groups of 16 rows in zmm lanes (AttentionSpec.lanes 16), scores from the transposed Q
    t = past + s
    keep = None
    if masked:
        keep = (np.random.default_rng(t + hd).random((b, t)) > 0.2).astype(F32)
        keep[0, : min(t, 40)] = 0  # a long masked prefix
    _run_attention(b, s, t, t + 5, nh, nkv, hd, causal, keep=keep, seed=s + past + hd, window=window, lanes=16)


def _run_attention_decode(b, t, nh, nkv, hd, causal=True, keep=None, seed=0, extra=2, scale=1.0, window=0):
    """The split-K decode kernel (S = 1) against the reference; rows past T (and before
    the window) are NaN."""
    rng = np.random.default_rng(seed)
    cap = t + extra
    q = rnd(rng, b, 1, nh * hd, scale=scale)
    kc, vc = rnd(rng, b, cap, nkv * hd, scale=scale), rnd(rng, b, cap, nkv * hd)
    kc[:, t:] = np.nan  # rows past T must never be read
    vc[:, t:] = np.nan
    if window:
        kc[:, :max(0, t - window)] = np.nan
        vc[:, :max(0, t - window)] = np.nan
    out = np.full((b, 1, nh * hd), np.nan, F32)
    has_mask = keep is not None
    run = kernel(K.attention_kernel, nh, nkv, hd, causal, has_mask, True, window)
    assert run.name.endswith("_splitk" + (f"_w{window}" if window else ""))
    args = [q, kc, vc] + ([np.ascontiguousarray(keep, dtype=F32)] if has_mask else []) + [out, b, 1, t, cap]
    run(*args)
    want = ref.attention(q, np.nan_to_num(kc[:, :t]), np.nan_to_num(vc[:, :t]), nh, nkv, hd, causal, keep, window)
    assert_close(out, want, 1e-4)
    return out


@pytest.mark.parametrize("nh,nkv,hd", [(16, 8, 128), (4, 2, 8), (6, 2, 16), (4, 4, 8), (16, 1, 16)])
@pytest.mark.parametrize("t", [1, 7, 8, 33, 200, 1000])
@pytest.mark.parametrize("b", [1, 2])
@pytest.mark.parametrize("masked", [False, True])
def test_attention_decode_split_k(nh, nkv, hd, t, b, masked):
    # decode=True: work items split the keys (several chunks once T*heads is large enough
    # for the threaded path: 16/8/128 at T >= 256), each over every head, then a merge;
    # rep 2 (heads in pairs), 3 and 1 (single heads), 16 (one KV head)
    keep = None
    if masked:
        keep = (np.random.default_rng(t + b).random((b, t)) > 0.3).astype(F32)
        keep[0, : t // 2] = 0  # a long masked prefix: whole chunks see no key
    _run_attention_decode(b, t, nh, nkv, hd, keep=keep, seed=t + 7 * b + nh)


def test_attention_decode_split_k_edges():
    nh, nkv, hd = 16, 8, 128
    # non-causal flag: the same keys 0..T-1
    _run_attention_decode(1, 300, nh, nkv, hd, causal=False, seed=1)
    # a fully masked row gives zeros; the other row is unaffected
    keep = np.ones((2, 300), F32)
    keep[1] = 0
    out = _run_attention_decode(2, 300, nh, nkv, hd, keep=keep, seed=2)
    assert np.all(out[1] == 0.0) and np.all(np.abs(out[0]).sum(axis=-1) > 0)
    # only the last key visible (inside the last chunk's ragged end)
    keep = np.zeros((1, 1003), F32)
    keep[0, -1] = 1
    _run_attention_decode(1, 1003, nh, nkv, hd, keep=keep, seed=3)
    # large scores: the merge rescales partials with very different maxima
    _run_attention_decode(1, 700, nh, nkv, hd, seed=4, scale=3.0)
    # several chunks with single-head steps (rep 3) and one KV head for all (rep 16)
    _run_attention_decode(1, 6000, 6, 2, 16, seed=8)
    keep = (np.random.default_rng(9).random((1, 2100)) > 0.5).astype(F32)
    _run_attention_decode(1, 2100, 16, 1, 16, keep=keep, seed=9)
    # more rows than scratch slots: several parallel loops (and merges) per call
    _run_attention_decode(40, 450, 4, 2, 8, seed=5)
    _run_attention_decode(35, 9, nh, nkv, hd, seed=6)
    # B = 0 is a no-op
    _run_attention_decode(0, 5, 4, 2, 8, seed=7)


#: CI time: each case compiles its own kernel; the fast set keeps several query blocks, a
#: chunk after a past with a mask, the window far from key 0 and the per-key kernel
SLOW_WINDOW = pytest.mark.slow


@pytest.mark.parametrize(
    "b,s,past,nh,nkv,hd,window,masked",
    [
        pytest.param(*(1, 8, 0, 2, 1, 16, 6, False), marks=SLOW_WINDOW),  # the fixtures' window: prompt longer than it
        (1, 40, 0, 4, 2, 16, 6, False),  # several query blocks, window < query block
        (2, 37, 45, 4, 2, 8, 20, True),  # a chunk after a past, window > query block, mask
        pytest.param(*(1, 100, 0, 4, 2, 16, 70, False), marks=SLOW_WINDOW),  # full 32-key blocks inside the window
        pytest.param(*(1, 33, 64, 6, 2, 32, 1, True), marks=SLOW_WINDOW),  # window 1: each query sees itself only
        pytest.param(*(1, 21, 9, 2, 2, 16, 8, False), marks=SLOW_WINDOW),  # window 8 (one block of 8)
        (1, 16, 200, 2, 1, 16, 40, False),  # the window far from key 0: blocks start mid-cache
        (1, 5, 30, 4, 4, 12, 7, True),  # head_dim 12: the per-key kernel
        pytest.param(*(2, 19, 3, 2, 1, 4, 5, False), marks=SLOW_WINDOW),  # head_dim 4: the per-key kernel
        pytest.param(*(1, 9, 0, 2, 1, 16, 500, False), marks=SLOW_WINDOW),  # a window beyond every position: no window in effect
    ],
)
def test_attention_sliding_window(b, s, past, nh, nkv, hd, window, masked):
    # query i sees keys i - window < j <= i (transformers' sliding-window mask); keys before
    # the first query's window are NaN: never read
    t = past + s
    keep = None
    if masked:
        keep = (np.random.default_rng(t + window).random((b, t)) > 0.2).astype(F32)
    _run_attention(b, s, t, t + 3, nh, nkv, hd, True, keep=keep, seed=s + past + window, window=window)


@pytest.mark.parametrize("t", [pytest.param(1, marks=SLOW_WINDOW), pytest.param(5, marks=SLOW_WINDOW), 6,
                               pytest.param(7, marks=SLOW_WINDOW), pytest.param(40, marks=SLOW_WINDOW), 300,
                               pytest.param(3000, marks=SLOW_WINDOW)])  # fast: inside and past the window
@pytest.mark.parametrize("nh,nkv,hd", [(4, 2, 16), (16, 8, 128)])
def test_attention_decode_sliding_window(t, nh, nkv, hd):
    # split-K over the window only: the keys before T - window are NaN (never read), and the
    # chunks split the window (several once it is long enough for the threaded path)
    _run_attention_decode(1, t, nh, nkv, hd, seed=t + nh, window=6)
    _run_attention_decode(2, t, nh, nkv, hd, seed=t + nh + 1, window=1000)
    keep = (np.random.default_rng(t).random((1, t)) > 0.3).astype(F32)
    _run_attention_decode(1, t, nh, nkv, hd, keep=keep, seed=t, window=257)


def test_attention_keep_mask():
    b, s, t = 2, 3, 7
    keep = np.ones((b, t), F32)
    keep[0, :2] = 0  # left padding of batch 0
    keep[1, 5] = 0
    _run_attention(b, s, t, 8, 4, 2, 16, True, keep=keep, seed=5)
    _run_attention(b, s, t, 8, 4, 2, 16, False, keep=keep, seed=6)


def test_attention_fully_masked_query_gives_zeros():
    b, s, t, nh, hd = 1, 3, 5, 2, 8
    keep = np.ones((b, t), F32)
    keep[0, :3] = 0  # query 0 sits at position 2: every key it may see is masked
    out = _run_attention(b, s, t, 5, nh, 1, hd, True, keep=keep, seed=7)
    assert np.all(out[0, 0] == 0.0)
    assert np.all(np.abs(out[0, 1:]).sum(axis=-1) > 0)


def test_attention_keep_mask_blocked_path():
    # T >= 8 goes through the 8-keys-per-step path: masked keys inside blocks,
    # a whole masked block, and one query that sees only masked keys.
    b, s, t = 2, 3, 27
    keep = np.ones((b, t), F32)
    keep[0, :25] = 0  # batch 0, query 0 (position 24): every visible key masked
    keep[1, 3:5] = 0
    keep[1, 8:16] = 0  # a fully masked block
    keep[1, 20] = 0
    out = _run_attention(b, s, t, 30, 4, 2, 16, True, keep=keep, seed=11)
    assert np.all(out[0, 0] == 0.0)
    _run_attention(b, s, t, 30, 4, 1, 12, False, keep=keep, seed=12)


def test_attention_large_scores_stable():
    # big logits: online softmax must not overflow
    _run_attention(1, 4, 9, 9, 2, 1, 16, True, seed=9, scale=6.0)


@pytest.mark.slow  # a property search over the attention shapes the parametrized tests above cover (CI time)
@HYP
@given(b=st.integers(1, 2), s=st.integers(1, 4), past=st.integers(0, 21), extra=st.integers(0, 3),
       ratio=st.sampled_from([1, 2, 4]), seed=st.integers(0, 2**16), masked=st.booleans())
def test_attention_hypothesis(b, s, past, extra, ratio, seed, masked):
    t = past + s
    keep = None
    if masked:
        keep = (np.random.default_rng(seed).random((b, t)) > 0.3).astype(F32)
    _run_attention(b, s, t, t + extra, 4, 4 // ratio, 16, True, keep=keep, seed=seed)


# --------------------------------------------------------------------------
# elementwise, gather_last, kv_write
# --------------------------------------------------------------------------

_COUNTS = [0, 1, 7, 8, 9, 100]


@pytest.mark.parametrize("count", _COUNTS)
def test_swiglu(count):
    rng = np.random.default_rng(count)
    g, u = rnd(rng, count, scale=4.0), rnd(rng, count)
    g[: min(count, 3)] = [-120.0, 100.0, 0.0][: min(count, 3)]  # saturation ends
    out = np.empty(count, F32)
    kernel(K.swiglu_kernel)(g, u, out, count)
    want = (ref.silu(g).astype(np.float64) * u).astype(F32)
    assert_close(out, want, 1e-4)


@pytest.mark.parametrize("count", _COUNTS)
def test_silu(count):
    rng = np.random.default_rng(count + 1)
    x = rnd(rng, count, scale=4.0)
    out = np.empty(count, F32)
    kernel(K.silu_kernel)(x, out, count)
    assert_close(out, ref.silu(x), 1e-4)


@HYP
@given(count=st.integers(0, 70), seed=st.integers(0, 2**16))
def test_add_mul(count, seed):
    rng = np.random.default_rng(seed)
    a, b = rnd(rng, count), rnd(rng, count)
    out = np.empty(count, F32)
    kernel(K.add_kernel)(a, b, out, count)
    np.testing.assert_array_equal(out, a + b)
    kernel(K.mul_kernel)(a, b, out, count)
    np.testing.assert_array_equal(out, a * b)


def test_add_in_place():
    a = np.arange(19, dtype=F32)
    b = np.ones(19, F32)
    kernel(K.add_kernel)(a, b, a, 19)
    np.testing.assert_array_equal(a, np.arange(19, dtype=F32) + 1)


def test_memory_bound_kernels_threaded_path():
    # sizes >= PARALLEL_MIN_WORK: rows / tokens / element chunks split over the team
    rng = np.random.default_rng(21)
    m, dim = 520, 1024
    assert m * dim >= K.PARALLEL_MIN_WORK
    x, w = rnd(rng, m, dim), rnd(rng, 128)
    out = np.empty_like(x)
    kernel(K.rms_norm_kernel, dim, 128, 1e-6)(x, w, out, m)
    assert_close(out, ref.rms_norm(x.reshape(m, 8, 128), w, 1e-6).reshape(m, dim), 1e-5)
    count = m * dim + 5  # a ragged last chunk
    a, b = rnd(rng, count), rnd(rng, count)
    got = np.empty(count, F32)
    kernel(K.add_kernel)(a, b, got, count)
    np.testing.assert_array_equal(got, a + b)
    kernel(K.swiglu_kernel)(a, b, got, count)
    assert_close(got, (ref.silu(a).astype(np.float64) * b).astype(F32), 1e-4)
    cos, sin = ref.rope_tables(128, 10000.0, 600)
    q = rnd(rng, 1, m, 1024)
    got_q = np.empty_like(q)
    kernel(K.rope_kernel, 8, 128)(q, cos, sin, got_q, 1, m, 3)
    assert_close(got_q, ref.rope(q, cos, sin, 128, 3), 1e-5)
    new, cache = rnd(rng, 1, m, dim), np.zeros((1, m + 9, dim), F32)
    kernel(K.kv_write_kernel, dim)(new, cache, 1, m, 4, m + 9)
    np.testing.assert_array_equal(cache[0, 4:4 + m], new[0])
    assert not cache[0, :4].any() and not cache[0, 4 + m:].any()
    table = rnd(rng, 40, dim)
    ids = rng.integers(0, 40, size=600).astype(np.int32)
    emb = np.empty((600, dim), F32)
    kernel(K.embed_kernel, dim, 40, True)(ids, pack_linear_weight(table), emb, 600)
    np.testing.assert_array_equal(emb, ref.embed(ids, table))


@pytest.mark.parametrize("hidden,b,s", [(16, 2, 3), (5, 3, 1), (64, 1, 7)])
def test_gather_last(hidden, b, s):
    x = np.arange(b * s * hidden, dtype=F32).reshape(b, s, hidden)
    out = np.empty((b, hidden), F32)
    kernel(K.gather_last_kernel, hidden)(x, out, b, s)
    np.testing.assert_array_equal(out, ref.gather_last(x)[:, 0])


@pytest.mark.parametrize("dim,b,s,offset,cap", [(16, 2, 3, 0, 5), (12, 2, 1, 4, 6), (5, 1, 2, 3, 5)])
def test_kv_write(dim, b, s, offset, cap):
    rng = np.random.default_rng(dim)
    new = rnd(rng, b, s, dim)
    cache = rnd(rng, b, cap, dim)
    want = cache.copy()
    want[:, offset:offset + s] = new
    kernel(K.kv_write_kernel, dim)(new, cache, b, s, offset, cap)
    np.testing.assert_array_equal(cache, want)


# --------------------------------------------------------------------------
# code quality: packed AVX2 FMAs in the hot kernels
# --------------------------------------------------------------------------


@pytest.mark.parametrize("gen,params", [(K.linear_kernel, (256, 256, False)), (K.rms_norm_kernel, (256, 256, 1e-6))])
def test_assembly_has_packed_ymm_fma(gen, params):
    asm = emit_assembly(_optimized_ll(gen(*params)))
    fma_lines = [ln for ln in asm.splitlines() if "vfmadd" in ln and "ps" in ln.split()[0]]
    assert any("ymm" in ln for ln in fma_lines), "no packed ymm FMA in the assembly"
