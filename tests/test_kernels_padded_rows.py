"""Kernels over padded rows (``rlx-pad-rows``): a kernel reading ``x`` at ``x_stride`` or
writing ``out`` at ``out_stride`` computes what its dense twin computes, bit for bit,
never reads the padding (NaN there) and never writes it (a sentinel there stays)."""

import dataclasses
import os
import sys

import numpy as np
import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_kernels import F32, kernel, rnd  # noqa: E402

from rlx.lowering.kernels import build, select  # noqa: E402
from rlx.lowering.target import parse_target  # noqa: E402
from rlxc.tune import packed_weight  # noqa: E402

SENTINEL = 7.0
TARGETS = [None, "host"]  # the untargeted choices (ymm blocks) and this host's (zmm on AVX-512)


def _spec_kernel(spec):
    return build(spec)


def padded(rows: np.ndarray, stride: int) -> np.ndarray:
    """``rows`` ``[m, k]`` stored ``stride`` apart, NaN in the padding."""
    out = np.full((rows.shape[0], stride), np.nan, dtype=F32)
    out[:, :rows.shape[1]] = rows
    return out


def _target(name):
    return parse_target(name) if name else None


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("family,weight_format", [("linear", "f32"), ("multi_linear", "f32"),
                                                  ("linear_swiglu", "f32"), ("linear", "bf16"),
                                                  ("linear", "q8_0")])
@pytest.mark.parametrize("m", [1, 29])  # one row (decode, Q8_0's integer dots); 2 blocks + tails + a row
def test_matmul_reads_and_writes_padded_rows(family, weight_format, m, target):
    k, n = 64, 48
    target = _target(target)
    dense = {"linear": lambda: select.linear(k, n, True, target, weight_format),
             "multi_linear": lambda: select.multi_linear(k, (32, 16), False, target, weight_format),
             "linear_swiglu": lambda: select.linear_swiglu(k, n, target, weight_format)}[family]()
    strided = dataclasses.replace(dense, x_stride=k + 16,
                                  out_stride=n + 16 if family == "linear_swiglu" else 0)
    rng = np.random.default_rng(m + len(family))
    x = rnd(rng, m, k)
    shapes = [n, n] if family == "linear_swiglu" else list(dense.ns)
    ws = [packed_weight(rnd(rng, c, k, scale=0.125), weight_format) for c in shapes]
    bias = [rnd(rng, n)] if dense.bias else []
    want = [np.full((m, c), np.nan, dtype=F32) for c in dense.ns]
    kernel(_spec_kernel, dense)(x, *ws, *bias, *want, m)
    got = [np.full((m, strided.out_stride or c), SENTINEL, dtype=F32) for c in dense.ns]
    kernel(_spec_kernel, strided)(padded(x, k + 16), *ws, *bias, *got, m)
    for g, w in zip(got, want):
        assert np.array_equal(g[:, :w.shape[1]], w)
        assert np.all(g[:, w.shape[1]:] == SENTINEL)


@pytest.mark.parametrize("dim,group", [(64, 64), (64, 16)])
def test_rms_norm_writes_padded_rows(dim, group):
    rng = np.random.default_rng(dim + group)
    m, x, w = 3, rnd(rng, 3, dim), rnd(rng, group)
    dense = select.rms_norm(dim, group, 1e-6)
    want = np.empty_like(x)
    kernel(_spec_kernel, dense)(x, w, want, m)
    got = np.full((m, dim + 16), SENTINEL, dtype=F32)
    kernel(_spec_kernel, dataclasses.replace(dense, out_stride=dim + 16))(x, w, got, m)
    assert np.array_equal(got[:, :dim], want) and np.all(got[:, dim:] == SENTINEL)


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("s,past", [(21, 0), (9, 5)])
def test_blocked_attention_writes_padded_rows(s, past, target):
    nh, nkv, hd = 4, 2, 16
    t = past + s
    rng = np.random.default_rng(s + past)
    q, kc, vc = rnd(rng, 1, s, nh * hd), rnd(rng, 1, t, nkv * hd), rnd(rng, 1, t, nkv * hd)
    dense = select.attention(nh, nkv, hd, True, False, None, _target(target))
    assert dense.variant == "blocked"
    want = np.full((1, s, nh * hd), np.nan, dtype=F32)
    kernel(_spec_kernel, dense)(q, kc, vc, want, 1, s, t, t)
    stride = nh * hd + 16
    got = np.full((1, s, stride), SENTINEL, dtype=F32)
    kernel(_spec_kernel, dataclasses.replace(dense, out_stride=stride))(q, kc, vc, got, 1, s, t, t)
    assert np.array_equal(got[..., :nh * hd], want) and np.all(got[..., nh * hd:] == SENTINEL)


def test_strides_are_in_the_name_and_checked():
    spec = select.linear_swiglu(64, 48)
    assert dataclasses.replace(spec, x_stride=80, out_stride=64).name == "linear_swiglu_k64_n48_xs80_os64"
    with pytest.raises(ValueError, match="x_stride must be 0 or >= k"):
        dataclasses.replace(spec, x_stride=32)
    with pytest.raises(ValueError, match="out_stride"):
        dataclasses.replace(select.linear(64, 48, False), out_stride=64)
    with pytest.raises(ValueError, match="out_stride needs a blocked kernel"):
        dataclasses.replace(select.attention(4, 2, 16, True, False, 1), out_stride=80)
