"""Choosing the next token from logits: greedy, or temperature / top-k / top-p sampling.

A :class:`Sampler` is a callable ``logits [B, V] -> ids [B]`` for
``Session.generate(..., sampler=...)``. With a seed, the same logits give the same ids
on every run and machine: the random stream is numpy's PCG64, one uniform draw per
sequence and step, and the draw is turned into a token by an inverse-CDF search over
the filtered distribution (no platform-dependent sampling routine).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from rlx.runtime.errors import RlxError


def greedy(logits: np.ndarray) -> np.ndarray:
    """The most likely token per row (the first one on ties, like ``torch.argmax``)."""
    return np.argmax(logits, axis=-1)


def top_k_mask(logits: np.ndarray, k: int) -> np.ndarray:
    """True for the ``k`` largest logits of each row (ties at the threshold all kept)."""
    if k <= 0 or k >= logits.shape[-1]:
        return np.ones(logits.shape, dtype=bool)
    kth = np.partition(logits, -k, axis=-1)[..., -k, None]
    return logits >= kth


def top_p_mask(probs: np.ndarray, p: float) -> np.ndarray:
    """True for the smallest set of most likely tokens whose probability reaches ``p``."""
    if p >= 1.0:
        return np.ones(probs.shape, dtype=bool)
    order = np.argsort(-probs, axis=-1, kind="stable")
    sorted_probs = np.take_along_axis(probs, order, axis=-1)
    before = np.cumsum(sorted_probs, axis=-1) - sorted_probs  # mass of the more likely ones
    keep_sorted = before < p
    keep = np.empty_like(keep_sorted)
    np.put_along_axis(keep, order, keep_sorted, axis=-1)
    return keep


def softmax(x: np.ndarray) -> np.ndarray:
    shifted = np.exp(x - x.max(axis=-1, keepdims=True))
    return shifted / shifted.sum(axis=-1, keepdims=True)


def check_sampling(temperature: float, top_k: int, top_p: float, seed: int | None = None) -> None:
    """The sampling options in range; a seed is an integer >= 0 (what numpy's PCG64 takes)."""
    if seed is not None and (not isinstance(seed, (int, np.integer)) or isinstance(seed, bool) or seed < 0):
        raise RlxError(f"seed (--seed) must be an integer >= 0, got {seed!r}")
    if not np.isfinite(temperature) or temperature < 0:
        raise RlxError(f"temperature must be a finite number >= 0, got {temperature}")
    if top_k < 0:
        raise RlxError(f"top-k must be >= 0 (0 = no limit), got {top_k}")
    if not 0.0 < top_p <= 1.0:
        raise RlxError(f"top-p must be in (0, 1], got {top_p}")


@dataclass
class Sampler:
    """``temperature`` 0 is greedy; ``top_k`` 0 and ``top_p`` 1 switch those filters off."""

    temperature: float = 1.0
    top_k: int = 0
    top_p: float = 1.0
    seed: int | None = None
    rng: np.random.Generator = field(init=False, repr=False)

    def __post_init__(self) -> None:
        check_sampling(self.temperature, self.top_k, self.top_p, self.seed)
        self.rng = np.random.Generator(np.random.PCG64(self.seed))

    def probabilities(self, logits: np.ndarray) -> np.ndarray:
        """The filtered, renormalised distribution ``[B, V]`` (float64) tokens are drawn from."""
        scaled = np.asarray(logits, dtype=np.float64) / self.temperature
        scaled = np.where(top_k_mask(scaled, self.top_k), scaled, -np.inf)
        probs = softmax(scaled)
        probs = np.where(top_p_mask(probs, self.top_p), probs, 0.0)
        return probs / probs.sum(axis=-1, keepdims=True)

    def __call__(self, logits: np.ndarray) -> np.ndarray:
        logits = np.atleast_2d(logits)
        if self.temperature == 0:
            return greedy(logits)
        cdf = np.cumsum(self.probabilities(logits), axis=-1)
        draws = self.rng.random(logits.shape[0]) * cdf[:, -1]
        picks = np.array([np.searchsorted(row, u, side="right") for row, u in zip(cdf, draws)])
        return np.minimum(picks, logits.shape[-1] - 1)
