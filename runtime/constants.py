"""Params the runtime generates instead of reading them from the checkpoint."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from rlx.runtime.errors import WeightError


def rope_tables(head_dim: int, theta: float, max_positions: int) -> tuple[np.ndarray, np.ndarray]:
    """cos/sin ``[max_positions, head_dim/2]`` of the rotate-half RoPE (HF's inv_freq)."""
    inv_freq = 1.0 / (theta ** (np.arange(0, head_dim, 2, dtype=np.int64).astype(np.float32) / head_dim))
    angles = np.outer(np.arange(max_positions, dtype=np.float32), inv_freq.astype(np.float32))
    return np.cos(angles).astype(np.float32), np.sin(angles).astype(np.float32)


def make_constant(name: str, recipe: Mapping[str, Any]) -> np.ndarray:
    """The array a manifest's constant recipe describes (its shape is checked by the binder)."""
    kind = recipe.get("kind")
    try:
        shape = tuple(int(d) for d in recipe["shape"])
        if kind in ("rope_cos", "rope_sin"):
            cos, sin = rope_tables(int(recipe["head_dim"]), float(recipe["theta"]), shape[0])
            return cos if kind == "rope_cos" else sin
        if kind == "zeros":
            return np.zeros(shape, dtype=np.float32)
    except (KeyError, IndexError, TypeError, ValueError, OverflowError, ZeroDivisionError, MemoryError):
        raise WeightError(f"constant '{name}' has a malformed recipe {dict(recipe)}") from None
    raise WeightError(f"constant '{name}' has unknown kind '{kind}'")
