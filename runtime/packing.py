"""Load-time weight packing for the L3 kernels (numpy only, runs once per weight).

Linear weight layout (consumed by ``lowering.kernels.linear_kernel``)
--------------------------------------------------------------------
A HF linear weight ``W`` is ``[n, k]`` (out features x in features).  The
kernel computes 16 output columns at a time (two ``vector<8xf32>``), so ``W``
is re-laid out as ``ceil(n/16)`` column tiles, each a contiguous ``[k][16]``
block::

    packed[t, kk, c] = W[t*16 + c, kk]      (0 <= c < 16; 0.0 when t*16+c >= n)

flattened C-order to a 1-D float32 array of ``ceil(n/16) * k * 16`` values.
Row ``kk`` of a tile is exactly the 64 bytes the micro-kernel loads per k step,
and each tile is one sequential stream (good for the prefetcher and for the
per-thread split of tiles).  The zero padding lets the kernel always load full
16-wide rows; the columns past ``n`` are simply not stored.
"""

from __future__ import annotations

import numpy as np

__all__ = ["LINEAR_TILE", "pack_linear_weight", "packed_linear_size"]

LINEAR_TILE = 16


def packed_linear_size(n: int, k: int) -> int:
    """Number of float32 values of a packed ``[n, k]`` weight."""
    return -(-n // LINEAR_TILE) * k * LINEAR_TILE


def pack_linear_weight(w: np.ndarray) -> np.ndarray:
    """Pack ``w [n, k]`` into the ``[ceil(n/16)][k][16]`` layout (1-D float32, C-contiguous)."""
    w = np.asarray(w)
    if w.ndim != 2:
        raise ValueError(f"pack_linear_weight expects a 2-D [n, k] array, got shape {w.shape}")
    n, k = w.shape
    tiles = -(-n // LINEAR_TILE)
    padded = np.zeros((tiles * LINEAR_TILE, k), dtype=np.float32)
    padded[:n] = w
    # [tiles, 16, k] -> [tiles, k, 16]
    packed = padded.reshape(tiles, LINEAR_TILE, k).transpose(0, 2, 1)
    return np.ascontiguousarray(packed, dtype=np.float32).reshape(-1)
