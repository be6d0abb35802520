"""RoPE inverse frequencies and the cos/sin scale, computed at compile time.

Each function mirrors the matching ``_compute_*_parameters`` of transformers'
``modeling_rope_utils.py`` (5.x) operation by operation, in float32 like torch, so the
tables the runtime expands from them (``runtime/constants.py``) are the ones transformers
builds. ``freq_factors`` (llama.cpp's per-pair divisors, a GGUF's ``rope_freqs.weight``)
divides the default frequencies by them, as llama.cpp's RoPE does. The result is ``(inv_freq [head_dim/2] float32, attention_scaling)``; the runtime
makes ``cos(p * inv_freq) * attention_scaling`` (and sin likewise) for every position p.

``dynamic`` (NTK) is the one type whose frequencies depend on the sequence: transformers
recomputes them when a forward reaches past ``max_position_embeddings``. rlx never runs
a position beyond ``max_position_embeddings`` (the KV capacity is capped there), and
below it transformers uses the unscaled frequencies (its init values, which its reset
path restores), so those are what rlx compiles.
"""

from __future__ import annotations

import math

import numpy as np

from rlxc.models.config import RopeScaling

F32 = np.float32


def _exponents(head_dim: int) -> np.ndarray:
    """``torch.arange(0, dim, 2, dtype=int64).float() / dim``."""
    return np.arange(0, head_dim, 2, dtype=np.int64).astype(F32) / F32(head_dim)


def _pow(base: float, exponents: np.ndarray) -> np.ndarray:
    """``base ** exponents`` of a float32 tensor as torch computes it on CPU: numpy's float32
    pow is often 1 ulp off torch's, the float64 power rounded to float32 almost never is."""
    return (np.float64(base) ** exponents.astype(np.float64)).astype(F32)


def _rdiv(scalar: float, x: np.ndarray) -> np.ndarray:
    """``scalar / tensor`` as torch computes it on CPU: the scalar times the reciprocal."""
    return (F32(scalar) * (F32(1) / x)).astype(F32)


def default_inv_freq(head_dim: int, theta: float) -> np.ndarray:
    return (F32(1.0) / _pow(theta, _exponents(head_dim))).astype(F32)


def yarn_get_mscale(scale: float = 1.0, mscale: float = 1.0) -> float:
    return 1.0 if scale <= 1 else 0.1 * mscale * math.log(scale) + 1.0


def inv_freq_and_scaling(head_dim: int, theta: float, scaling: RopeScaling | None,
                         max_position_embeddings: int) -> tuple[np.ndarray, float]:
    """(inv_freq float32 [head_dim/2], attention_scaling) of a RoPE as transformers has them."""
    kind = scaling.rope_type if scaling is not None else "default"
    if kind == "default":
        return default_inv_freq(head_dim, theta), 1.0
    if kind == "linear":
        return (default_inv_freq(head_dim, theta) / F32(scaling.factor)).astype(F32), 1.0
    if kind == "dynamic":
        return _dynamic(head_dim, theta, scaling.factor, max_position_embeddings), 1.0
    if kind == "llama3":
        return _llama3(head_dim, theta, scaling), 1.0
    if kind == "yarn":
        return _yarn(head_dim, theta, scaling)
    if kind == "freq_factors":  # llama.cpp's: each pair's frequency divided by its factor
        return (default_inv_freq(head_dim, theta) / np.asarray(scaling.freq_factors, dtype=F32)).astype(F32), 1.0
    raise ValueError(f"rope type {kind!r}")


def _dynamic(head_dim: int, theta: float, factor: float, max_pos: int,
             seq_len: int | None = None) -> np.ndarray:
    """NTK base for ``seq_len`` (None: transformers' init/reset value, i.e. max_pos)."""
    seq = max_pos if seq_len is None else max(seq_len, max_pos)
    base = theta * ((factor * seq / max_pos) - (factor - 1)) ** (head_dim / (head_dim - 2))
    return default_inv_freq(head_dim, base)


def _llama3(head_dim: int, theta: float, s: RopeScaling) -> np.ndarray:
    inv = default_inv_freq(head_dim, theta)
    factor, low, high = F32(s.factor), s.low_freq_factor, s.high_freq_factor
    old_ctx = s.original_max_position_embeddings
    low_wavelen, high_wavelen = old_ctx / low, old_ctx / high
    wavelen = _rdiv(2 * math.pi, inv)
    out = np.where(wavelen > low_wavelen, inv / factor, inv).astype(F32)
    smooth = ((_rdiv(old_ctx, wavelen) - F32(low)) / F32(high - low)).astype(F32)
    smoothed = ((F32(1) - smooth) * out / factor + smooth * out).astype(F32)
    medium = ~(wavelen < high_wavelen) & ~(wavelen > low_wavelen)
    return np.where(medium, smoothed, out).astype(F32)


def yarn_attention_factor(s: RopeScaling) -> float:
    if s.attention_factor is not None:
        return s.attention_factor
    if s.mscale and s.mscale_all_dim:
        return float(yarn_get_mscale(s.factor, s.mscale) / yarn_get_mscale(s.factor, s.mscale_all_dim))
    return yarn_get_mscale(s.factor)


def _yarn(head_dim: int, theta: float, s: RopeScaling) -> tuple[np.ndarray, float]:
    dim, factor, orig = head_dim, s.factor, s.original_max_position_embeddings
    beta_fast, beta_slow = s.beta_fast or 32, s.beta_slow or 1

    def correction_dim(rotations: float) -> float:
        return (dim * math.log(orig / (rotations * 2 * math.pi))) / (2 * math.log(theta))

    low, high = correction_dim(beta_fast), correction_dim(beta_slow)
    if s.truncate is not False:
        low, high = math.floor(low), math.ceil(high)
    low, high = max(low, 0), min(high, dim - 1)
    if low == high:
        high += 0.001  # transformers' guard against a zero-width ramp
    ramp = np.clip((np.arange(dim // 2, dtype=F32) - F32(low)) / F32(high - low), 0, 1).astype(F32)
    pos_freqs = _pow(theta, _exponents(dim))
    extrapolation = (F32(1) / pos_freqs).astype(F32)
    interpolation = (F32(1) / (F32(factor) * pos_freqs)).astype(F32)
    extra_factor = (F32(1) - ramp).astype(F32)
    inv = (interpolation * (F32(1) - extra_factor) + extrapolation * extra_factor).astype(F32)
    return inv, yarn_attention_factor(s)
