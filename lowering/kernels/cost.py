"""The cost model of the roofline report: bytes moved and FLOPs of one kernel call.

Computed from the kernel's spec and the values of its ``index`` arguments (by name:
``M``, ``B``, ``S``, ``T`` ...). Bytes count each operand once (compulsory traffic:
weights, inputs, outputs, the KV rows attended to); FLOPs count multiply and add
separately.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from rlx.lowering.kernels.spec import (
    AttentionSpec,
    ElementwiseSpec,
    EmbedSpec,
    GatherLastSpec,
    KernelSpec,
    KVWriteSpec,
    MatmulSpec,
    MoEGateSpec,
    MoEMatmulSpec,
    RMSNormSpec,
    RopeSpec,
)
from rlx.runtime.packing import LINEAR_TILE

F32 = 4.0  # bytes
#: bytes per weight of each weight format, block scales included (Q8_0: 34 bytes per 32
#: weights, Q4_0: 18, as ggml's blocks and the packed tiles hold them)
WEIGHT_BYTES = {"f32": 4.0, "bf16": 2.0, "f16": 2.0, "q8_0": 34 / 32, "q4_0": 18 / 32}

Cost = tuple[float, float]


def _matmul(spec: MatmulSpec, sz: Mapping[str, int]) -> Cost:
    m, k, n = sz["M"], spec.k, spec.n
    npad = -(-n // LINEAR_TILE) * LINEAR_TILE  # the packed weight's padding is read too
    mats = 2 if spec.family == "linear_swiglu" else 1
    activations = m * k + m * n * (1 + spec.residual) + spec.bias * n  # x, out (and the residual read), bias
    return (WEIGHT_BYTES[spec.weight_format] * mats * k * npad + F32 * activations,
            2.0 * mats * m * k * n + (6.0 * m * n if mats == 2 else 0.0))


def _embed(spec: EmbedSpec, sz: Mapping[str, int]) -> Cost:
    m = sz["M"]
    return (WEIGHT_BYTES[spec.weight_format] + F32) * m * spec.hidden + 4 * m, 0.0


def _rms_norm(spec: RMSNormSpec, sz: Mapping[str, int]) -> Cost:
    m, d = sz["M"], spec.dim
    return F32 * (m * d * 2 + spec.group), 4.0 * m * d


def _rope(spec: RopeSpec, sz: Mapping[str, int]) -> Cost:
    b, s = sz["B"], sz["S"]
    width = spec.num_heads * spec.head_dim
    return F32 * (2 * b * s * width + b * s * spec.head_dim), 3.0 * b * s * width


#: bytes per element of each KV cache format
KV_BYTES = {"f32": 4, "bf16": 2, "f16": 2}


def _attention(spec: AttentionSpec, sz: Mapping[str, int]) -> Cost:
    b, s, t = sz["B"], sz["S"], sz["T"]
    nh, nkv, hd = spec.num_heads, spec.num_kv_heads, spec.head_dim
    # causal: query i (of s) sees the t - s + i + 1 keys up to its position, at most the window
    if spec.window:  # the first n queries see fewer keys than the window, the others all of it
        n = min(max(spec.window - (t - s), 0), s)
        keys = n * (t - s) + n * (n + 1) // 2 + (s - n) * spec.window
        read = min(t, spec.window + s - 1, spec.ring or t)  # the keys some query sees (in a ring: its rows at most)
    else:
        keys = s * (t - s) + s * (s + 1) // 2 if spec.causal else s * t
        read = t
    return b * (F32 * 2 * s * nh * hd + KV_BYTES[spec.kv_format] * 2 * read * nkv * hd), 4.0 * b * nh * hd * keys


def _elementwise(spec: ElementwiseSpec, sz: Mapping[str, int]) -> Cost:
    count = sz["count"]
    return F32 * count * (spec.inputs + 1), count * (6.0 if spec.family in ("swiglu", "silu") else 1.0)


def _gather_last(spec: GatherLastSpec, sz: Mapping[str, int]) -> Cost:
    return F32 * 2 * sz["B"] * spec.hidden, 0.0


def _kv_write(spec: KVWriteSpec, sz: Mapping[str, int]) -> Cost:
    return (F32 + KV_BYTES[spec.kv_format]) * sz["B"] * sz["S"] * spec.dim, 0.0


def _moe_gate(spec: MoEGateSpec, sz: Mapping[str, int]) -> Cost:
    m, h, e = sz["M"], spec.hidden, spec.experts
    return F32 * (e * h + m * h + m * e), 2.0 * m * e * h + 8.0 * m * e


def _moe_matmul(spec: MoEMatmulSpec, sz: Mapping[str, int]) -> Cost:
    """The weights of the experts the ``M`` tokens can select (at most ``M * top_k``, at
    most all), in their format: what a decode step reads is ``top_k`` experts, not
    ``experts``."""
    m, k, n, top_k = sz["M"], spec.k, spec.n, spec.top_k
    npad = -(-n // LINEAR_TILE) * LINEAR_TILE
    mats = 2 if spec.family == "moe_swiglu" else 1
    active = min(spec.experts, m * top_k)
    acts = F32 * (m * spec.hidden + m * top_k * spec.inter + m * spec.experts)
    return (WEIGHT_BYTES[spec.weight_format] * mats * active * k * npad + acts,
            2.0 * mats * m * top_k * k * n + (6.0 * m * top_k * n if mats == 2 else 2.0 * m * top_k * n))


COSTS: dict[type[KernelSpec], Callable[[KernelSpec, Mapping[str, int]], Cost]] = {
    MatmulSpec: _matmul,
    EmbedSpec: _embed,
    RMSNormSpec: _rms_norm,
    RopeSpec: _rope,
    AttentionSpec: _attention,
    ElementwiseSpec: _elementwise,
    GatherLastSpec: _gather_last,
    KVWriteSpec: _kv_write,
    MoEGateSpec: _moe_gate,
    MoEMatmulSpec: _moe_matmul,
}


def kernel_cost(spec: KernelSpec, sizes: Sequence[int]) -> Cost:
    """(bytes, FLOPs) of one call of the kernel ``spec`` with its ``index`` arguments
    ``sizes`` (in argument order)."""
    return COSTS[type(spec)](spec, dict(zip(spec.size_names, sizes)))
