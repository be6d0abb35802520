"""Block-quantized weights: ggml's Q8_0 and Q4_0 blocks and the tile layouts the kernels read.

A Q8_0 block holds 32 consecutive weights of one row as ``d`` (an f16 scale) and 32
int8 values ``q``: weight = d * q, with d = max|w| / 127 and q = w / d rounded half
away from zero -- the bytes ggml writes (``block_q8_0``: 2 bytes of d, then 32 of q),
so that a GGUF file of the same type holds the same numbers. The quantizer here is
checked bit for bit against the ``gguf`` package's reference (``tests/test_quant.py``).

The kernels read a Q8_0 weight ``[n, k]`` in the ``packed16_q8_0`` layout: tiles of
16 rows, like the f32 ``packed16`` tiles, each tile ``k * 16`` int8 values in
``[k / 4][16][4]`` order (64 bytes per 4 k steps: each row's 4 consecutive values
side by side, the operand shape of the integer dot products ``vpdpbusd`` and
``vpmaddubsw``/``vpmaddwd``; the f32 kernels take value j of a row's 4 bytes out with
two shifts), then its scales, ``k / 32 * 16`` f16 values in ``[k / 32][16]`` order:
``17 * k`` bytes per tile; the rows past ``n`` of the last tile are zero.

A Q4_0 block holds 32 weights as ``d`` (f16) and 32 4-bit ``q`` (weight = d * (q - 8),
d = m / -8 for the value m of largest magnitude, q = trunc(w / d + 8.5) clipped to 15:
ggml's ``block_q4_0``, 18 bytes). Its ``packed16_q4_0`` tiles are ``k * 8`` bytes in
``[k / 8][16][4]`` order -- byte j of row r in group g holds k step ``8g + j`` in its
low nibble and ``8g + 4 + j`` in its high one, each as the signed 4-bit ``q - 8``
(``q ^ 8``, as ggml's own repacked layouts store it) -- then the ``k / 32 * 16`` f16
scales as in Q8_0: ``9 * k`` bytes per tile (the same numbers as ggml's blocks, in the
kernels' order).
"""

from __future__ import annotations

import numpy as np

from rlx.runtime.packing import LINEAR_TILE

#: the layout name of a Q8_0 weight's tiles (what ``rlx-pack-weights`` prints)
Q8_0_LAYOUT = f"packed{LINEAR_TILE}_q8_0"
#: the layout name of a Q4_0 weight's tiles
Q4_0_LAYOUT = f"packed{LINEAR_TILE}_q4_0"
#: weights per Q8_0 block, and the bytes of one block as ggml stores it
Q8_0_BLOCK = 32
#: k steps of a row side by side in a tile: 4 int8 (Q8_0), 8 nibbles in 4 bytes (Q4_0)
Q8_0_GROUP = 4
Q4_0_GROUP = 8
Q8_0_BLOCK_BYTES = 2 + Q8_0_BLOCK


def round_half_away(v: np.ndarray) -> np.ndarray:
    """C's ``roundf`` on float32: halves round away from zero (numpy rounds them to even)."""
    a = np.abs(v)
    whole = np.floor(a)
    return np.copysign(whole + (a - whole >= np.float32(0.5)), v)


def q8_0_quantize(w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``w [..., k]`` (k a multiple of 32) -> (``d`` float16 ``[..., k/32]``, ``q`` int8
    ``[..., k/32, 32]``): ggml's Q8_0 rounding, computed in float32 as ggml does."""
    blocks = np.asarray(w, dtype=np.float32).reshape(*w.shape[:-1], -1, Q8_0_BLOCK)
    d = np.abs(blocks).max(axis=-1) / np.float32(127)
    with np.errstate(divide="ignore"):
        inverse = np.where(d == 0, np.float32(0), np.float32(1) / d).astype(np.float32)
    q = round_half_away(blocks * inverse[..., None]).astype(np.int8)
    return d.astype(np.float16), q


def q8_0_blocks(w: np.ndarray) -> np.ndarray:
    """``w [n, k]`` as ggml's Q8_0 blocks: uint8 ``[n, k/32, 34]`` (d's 2 bytes, then q)."""
    d, q = q8_0_quantize(w)
    return np.concatenate([d.view(np.uint8).reshape(*d.shape, 2), q.view(np.uint8)], axis=-1)


def q8_0_dequantize(d: np.ndarray, q: np.ndarray) -> np.ndarray:
    """The float32 weights ``[..., k]`` a Q8_0 ``(d, q)`` stands for."""
    values = q.astype(np.float32) * d.astype(np.float32)[..., None]
    return values.reshape(*values.shape[:-2], -1)


def packed_q8_0_size(n: int, k: int) -> int:
    """Bytes of a ``[n, k]`` weight in the ``packed16_q8_0`` layout."""
    return -(-n // LINEAR_TILE) * 17 * k


def pack_q8_0(w: np.ndarray) -> np.ndarray:
    """Quantize ``w [n, k]`` to Q8_0 and lay it out as ``packed16_q8_0`` (uint8, 1-D),
    a few tiles at a time (no full-size temporary)."""
    n, k = w.shape
    if k % Q8_0_BLOCK:
        raise ValueError(f"q8_0 needs a multiple of {Q8_0_BLOCK} columns, got {k}")
    T = LINEAR_TILE
    tiles = -(-n // T)
    out = np.zeros((tiles, 17 * k), dtype=np.uint8)
    step = max(1, (4 << 20) // (T * k * 4))  # ~4 MiB of f32 rows per chunk
    for t0 in range(0, tiles, step):
        t1 = min(tiles, t0 + step)
        rows = np.asarray(w[t0 * T:t1 * T], dtype=np.float32)
        if rows.shape[0] < (t1 - t0) * T:  # the last tile: zero rows past n
            rows = np.concatenate([rows, np.zeros(((t1 - t0) * T - rows.shape[0], k), np.float32)])
        d, q = q8_0_quantize(rows.reshape(t1 - t0, T, k))  # d [tiles, 16, k/32], q [tiles, 16, k/32, 32]
        groups = q.reshape(t1 - t0, T, k // Q8_0_GROUP, Q8_0_GROUP).transpose(0, 2, 1, 3)  # [tiles, k/4, 16, 4]
        out[t0:t1, :T * k] = groups.reshape(t1 - t0, -1).view(np.uint8)
        out[t0:t1, T * k:] = d.transpose(0, 2, 1).reshape(t1 - t0, -1).view(np.uint8)
    return out.reshape(-1)


def unpack_q8_0(packed: np.ndarray, n: int, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``(d [n, k/32], q [n, k/32, 32])`` of a ``packed16_q8_0`` weight (for tests and tools)."""
    T = LINEAR_TILE
    tiles = packed.reshape(-1, 17 * k)
    groups = tiles[:, :T * k].view(np.int8).reshape(-1, k // Q8_0_GROUP, T, Q8_0_GROUP)
    q = groups.transpose(0, 2, 1, 3).reshape(-1, k)[:n]
    d = tiles[:, T * k:].copy().view(np.float16).reshape(-1, k // Q8_0_BLOCK, T).transpose(0, 2, 1)
    return d.reshape(-1, k // Q8_0_BLOCK)[:n], q.reshape(n, -1, Q8_0_BLOCK)


Q4_0_BLOCK = 32


def q4_0_quantize(w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``w [..., k]`` (k a multiple of 32) -> (``d`` float16 ``[..., k/32]``, ``q`` uint8 in
    0..15 ``[..., k/32, 32]``): ggml's Q4_0 rounding, in float32 as ggml computes it."""
    blocks = np.asarray(w, dtype=np.float32).reshape(*w.shape[:-1], -1, Q4_0_BLOCK)
    widest = np.take_along_axis(blocks, np.abs(blocks).argmax(axis=-1)[..., None], axis=-1)[..., 0]
    d = widest / np.float32(-8)
    with np.errstate(divide="ignore"):
        inverse = np.where(d == 0, np.float32(0), np.float32(1) / d).astype(np.float32)
    q = np.trunc(blocks * inverse[..., None] + np.float32(8.5)).clip(0, 15).astype(np.uint8)
    return d.astype(np.float16), q


def q4_0_blocks(w: np.ndarray) -> np.ndarray:
    """``w [n, k]`` as ggml's Q4_0 blocks: uint8 ``[n, k/32, 18]`` (d's 2 bytes, then byte j
    = q[j] | q[j + 16] << 4)."""
    d, q = q4_0_quantize(w)
    nibbles = q[..., :16] | (q[..., 16:] << 4)
    return np.concatenate([d.view(np.uint8).reshape(*d.shape, 2), nibbles], axis=-1)


def q4_0_dequantize(d: np.ndarray, q: np.ndarray) -> np.ndarray:
    """The float32 weights ``[..., k]`` a Q4_0 ``(d, q)`` stands for."""
    values = (q.astype(np.float32) - 8) * d.astype(np.float32)[..., None]
    return values.reshape(*values.shape[:-2], -1)


def packed_q4_0_size(n: int, k: int) -> int:
    """Bytes of a ``[n, k]`` weight in the ``packed16_q4_0`` layout."""
    return -(-n // LINEAR_TILE) * 9 * k


def pack_q4_0(w: np.ndarray) -> np.ndarray:
    """Quantize ``w [n, k]`` to Q4_0 and lay it out as ``packed16_q4_0`` (uint8, 1-D)."""
    n, k = w.shape
    if k % Q4_0_BLOCK:
        raise ValueError(f"q4_0 needs a multiple of {Q4_0_BLOCK} columns, got {k}")
    T, half = LINEAR_TILE, LINEAR_TILE // 2
    tiles = -(-n // T)
    out = np.zeros((tiles, 9 * k), dtype=np.uint8)
    step = max(1, (4 << 20) // (T * k * 4))
    for t0 in range(0, tiles, step):
        t1 = min(tiles, t0 + step)
        rows = np.asarray(w[t0 * T:t1 * T], dtype=np.float32)
        if rows.shape[0] < (t1 - t0) * T:
            rows = np.concatenate([rows, np.zeros(((t1 - t0) * T - rows.shape[0], k), np.float32)])
        d, q = q4_0_quantize(rows.reshape(t1 - t0, T, k))
        signed = q.reshape(t1 - t0, T, k // Q4_0_GROUP, 2, Q4_0_GROUP // 2) ^ np.uint8(8)  # q - 8, 4 bits
        nibbles = signed[..., 0, :] | (signed[..., 1, :] << 4)  # [tiles, 16, k/8, 4]
        out[t0:t1, :half * k] = nibbles.transpose(0, 2, 1, 3).reshape(t1 - t0, -1)
        out[t0:t1, half * k:] = d.transpose(0, 2, 1).reshape(t1 - t0, -1).view(np.uint8)
    return out.reshape(-1)


def unpack_q4_0(packed: np.ndarray, n: int, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``(d [n, k/32], q [n, k/32, 32])`` of a ``packed16_q4_0`` weight."""
    T, half = LINEAR_TILE, LINEAR_TILE // 2
    tiles = packed.reshape(-1, 9 * k)
    nibbles = tiles[:, :half * k].reshape(-1, k // Q4_0_GROUP, T, Q4_0_GROUP // 2).transpose(0, 2, 1, 3)
    q = np.stack([nibbles & 15, nibbles >> 4], axis=-2) ^ np.uint8(8)  # [tiles, 16, k/8, 2, 4]
    q = q.reshape(-1, k)[:n]
    d = tiles[:, half * k:].copy().view(np.float16).reshape(-1, k // Q4_0_BLOCK, T).transpose(0, 2, 1)
    return d.reshape(-1, k // Q4_0_BLOCK)[:n], q.reshape(n, -1, Q4_0_BLOCK)
