"""Params the runtime generates instead of reading them from the checkpoint."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np

from rlx.runtime.errors import RuntimeLimitError, WeightError
from rlx.runtime.memory import check_fits


def rope_tables(head_dim: int, theta: float, max_positions: int) -> tuple[np.ndarray, np.ndarray]:
    """cos/sin ``[max_positions, head_dim/2]`` of the rotate-half RoPE (HF's inv_freq)."""
    inv_freq = 1.0 / (theta ** (np.arange(0, head_dim, 2, dtype=np.int64).astype(np.float32) / head_dim))
    angles = np.outer(np.arange(max_positions, dtype=np.float32), inv_freq.astype(np.float32))
    return np.cos(angles).astype(np.float32), np.sin(angles).astype(np.float32)


def scaled_rope_tables(inv_freq, attention_scaling: float, max_positions: int) -> tuple[np.ndarray, np.ndarray]:
    """cos/sin of a scaled RoPE from its compile-time inverse frequencies: as transformers,
    ``cos(p * inv_freq) * attention_scaling`` in float32."""
    inv = np.asarray(inv_freq, dtype=np.float32)
    angles = np.outer(np.arange(max_positions, dtype=np.float32), inv)
    scale = np.float32(attention_scaling)
    return (np.cos(angles) * scale).astype(np.float32), (np.sin(angles) * scale).astype(np.float32)


#: float32 arrays of a table's size alive at once while the RoPE tables are built
_ROPE_WORKING_SET = 4


def make_constant(name: str, recipe: Mapping[str, Any]) -> np.ndarray:
    """The array a manifest's constant recipe describes (its shape is checked by the binder).

    Its size is checked against the machine's memory first (a RuntimeLimitError naming
    the constant), so a recipe asking for more than fits is refused, not OOM-killed."""
    kind = recipe.get("kind")
    try:
        shape = tuple(int(d) for d in recipe["shape"])
        if kind in ("rope_cos", "rope_sin"):
            check_fits(_ROPE_WORKING_SET * 4 * math.prod(shape), f"constant '{name}' ({kind} {list(shape)})",
                       "one row per position: recompile with a smaller --max-seq")
            if "inv_freq" in recipe:
                if len(recipe["inv_freq"]) * 2 != int(recipe["head_dim"]):
                    raise ValueError("inv_freq does not match head_dim")
                cos, sin = scaled_rope_tables(recipe["inv_freq"], float(recipe["attention_scaling"]), shape[0])
            else:
                cos, sin = rope_tables(int(recipe["head_dim"]), float(recipe["theta"]), shape[0])
            return cos if kind == "rope_cos" else sin
        if kind == "zeros":
            check_fits(4 * math.prod(shape), f"constant '{name}' (zeros {list(shape)})")
            return np.zeros(shape, dtype=np.float32)
    except MemoryError:
        raise RuntimeLimitError(f"cannot allocate constant '{name}' of shape {list(shape)}: "
                                f"out of memory") from None
    except (KeyError, IndexError, TypeError, ValueError, OverflowError, ZeroDivisionError):
        raise WeightError(f"constant '{name}' has a malformed recipe {dict(recipe)}") from None
    raise WeightError(f"constant '{name}' has unknown kind '{kind}'")
