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


def pack_stacked(pack, stack: np.ndarray) -> np.ndarray:
    """``pack`` applied to each weight of a stack (a mixture of experts' ``[E, n, k]``, or
    its stored blocks ``[E, n, k/32, bytes]``), the results one after the other: expert
    ``e``'s tiles start at ``e`` times the packed size of one expert (uint8, 1-D)."""
    return np.concatenate([pack(one) for one in stack]) if len(stack) else np.empty(0, np.uint8)


def pack_q8_0(w: np.ndarray) -> np.ndarray:
    """Quantize ``w [n, k]`` to Q8_0 and lay it out as ``packed16_q8_0`` (uint8, 1-D),
    a few tiles at a time (no full-size temporary); a stack ``[E, n, k]`` expert by expert."""
    if np.ndim(w) == 3:
        return pack_stacked(pack_q8_0, w)
    n, k = w.shape
    if k % Q8_0_BLOCK:
        raise ValueError(f"q8_0 needs a multiple of {Q8_0_BLOCK} columns, got {k}")
    return _pack_tiles(n, k, 17 * k, lambda r0, r1: _q8_0_tiles(*q8_0_quantize(_float_rows(w, r0, r1))))


def pack_q8_0_blocks(blocks: np.ndarray) -> np.ndarray:
    """ggml's Q8_0 blocks of a ``[n, k]`` weight (uint8 ``[n, k/32, 34]``, as a GGUF file
    stores them) laid out as ``packed16_q8_0``: the same bytes :func:`pack_q8_0` makes of
    the weights they stand for, without quantizing again. A stack of experts' blocks
    (``[E, n, k/32, 34]``, as a GGUF's ``ffn_*_exps`` tensor holds them) expert by expert."""
    if blocks.ndim == 4:
        return pack_stacked(pack_q8_0_blocks, blocks)
    n, nb, _ = blocks.shape

    def tiles(r0: int, r1: int) -> np.ndarray:
        rows = _padded_rows(blocks, r0, r1)
        return _q8_0_tiles(rows[..., :2].copy().view(np.float16)[..., 0], rows[..., 2:].view(np.int8))
    return _pack_tiles(n, nb * Q8_0_BLOCK, 17 * nb * Q8_0_BLOCK, tiles)


def _q8_0_tiles(d: np.ndarray, q: np.ndarray) -> np.ndarray:
    """``d [rows, k/32]`` (f16) and ``q [rows, k/32, 32]`` (int8) of whole tiles of rows
    -> the tiles, uint8 ``[rows / 16, 17 * k]``."""
    T = LINEAR_TILE
    tiles, k = d.shape[0] // T, q.shape[-2] * Q8_0_BLOCK
    groups = q.reshape(tiles, T, k // Q8_0_GROUP, Q8_0_GROUP).transpose(0, 2, 1, 3)  # [tiles, k/4, 16, 4]
    scales = d.reshape(tiles, T, -1).transpose(0, 2, 1)  # [tiles, k/32, 16]
    return np.concatenate([groups.reshape(tiles, -1).view(np.uint8), scales.reshape(tiles, -1).view(np.uint8)],
                          axis=1)


def _pack_tiles(n: int, k: int, tile_bytes: int, tiles_of) -> np.ndarray:
    """The ``ceil(n / 16)`` tiles of a ``[n, k]`` weight (uint8, 1-D), ``tiles_of(r0, r1)``
    giving those of rows ``r0:r1`` (whole tiles; the rows past ``n`` zero), ~4 MiB of f32
    rows at a time."""
    T = LINEAR_TILE
    tiles = -(-n // T)
    out = np.empty((tiles, tile_bytes), dtype=np.uint8)
    step = max(1, (4 << 20) // (T * max(1, k) * 4))
    for t0 in range(0, tiles, step):
        t1 = min(tiles, t0 + step)
        out[t0:t1] = tiles_of(t0 * T, t1 * T)
    return out.reshape(-1)


def _padded_rows(a: np.ndarray, r0: int, r1: int, pad: np.ndarray | None = None) -> np.ndarray:
    """Rows ``r0:r1`` of ``a``; past its end, rows of ``pad`` (one row's last axis; default zeros)."""
    rows = a[r0:r1]
    missing = r1 - r0 - rows.shape[0]
    if missing > 0:
        fill = np.zeros((missing, *a.shape[1:]), a.dtype)
        if pad is not None:
            fill[...] = pad
        rows = np.concatenate([rows, fill])
    return rows


def _float_rows(w: np.ndarray, r0: int, r1: int) -> np.ndarray:
    return _padded_rows(np.asarray(w[r0:r1], dtype=np.float32), 0, r1 - r0)


def unpack_q8_0(packed: np.ndarray, n: int, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``(d [n, k/32], q [n, k/32, 32])`` of a ``packed16_q8_0`` weight (for tests and tools)."""
    T = LINEAR_TILE
    tiles = packed.reshape(-1, 17 * k)
    groups = tiles[:, :T * k].view(np.int8).reshape(-1, k // Q8_0_GROUP, T, Q8_0_GROUP)
    q = groups.transpose(0, 2, 1, 3).reshape(-1, k)[:n]
    d = tiles[:, T * k:].copy().view(np.float16).reshape(-1, k // Q8_0_BLOCK, T).transpose(0, 2, 1)
    return d.reshape(-1, k // Q8_0_BLOCK)[:n], q.reshape(n, -1, Q8_0_BLOCK)


Q4_0_BLOCK = 32
#: the Q4_0 block of 32 zeros as :func:`q4_0_quantize` makes it (d = 0 / -8 = -0.0, every
#: q = 8): the rows past ``n`` of the last tile, so that stored blocks tile to the bytes the
#: quantizer's do
Q4_0_ZERO_BLOCK = np.array([0x00, 0x80] + [0x88] * 16, dtype=np.uint8)


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
    """Quantize ``w [n, k]`` to Q4_0 and lay it out as ``packed16_q4_0`` (uint8, 1-D); a
    stack ``[E, n, k]`` expert by expert."""
    if np.ndim(w) == 3:
        return pack_stacked(pack_q4_0, w)
    n, k = w.shape
    if k % Q4_0_BLOCK:
        raise ValueError(f"q4_0 needs a multiple of {Q4_0_BLOCK} columns, got {k}")
    return _pack_tiles(n, k, 9 * k, lambda r0, r1: _q4_0_tiles(*q4_0_quantize(_float_rows(w, r0, r1))))


def pack_q4_0_blocks(blocks: np.ndarray) -> np.ndarray:
    """ggml's Q4_0 blocks of a ``[n, k]`` weight (uint8 ``[n, k/32, 18]``: d's 2 bytes, then
    byte j = q[j] | q[j + 16] << 4) laid out as ``packed16_q4_0``, not quantized again; a
    stack of experts' blocks (``[E, n, k/32, 18]``) expert by expert."""
    if blocks.ndim == 4:
        return pack_stacked(pack_q4_0_blocks, blocks)
    n, nb, _ = blocks.shape

    def tiles(r0: int, r1: int) -> np.ndarray:
        rows = _padded_rows(blocks, r0, r1, Q4_0_ZERO_BLOCK)
        nibbles = rows[..., 2:]
        q = np.concatenate([nibbles & np.uint8(15), nibbles >> 4], axis=-1)  # [rows, k/32, 32]
        return _q4_0_tiles(rows[..., :2].copy().view(np.float16)[..., 0], q)
    return _pack_tiles(n, nb * Q4_0_BLOCK, 9 * nb * Q4_0_BLOCK, tiles)


def _q4_0_tiles(d: np.ndarray, q: np.ndarray) -> np.ndarray:
    """``d [rows, k/32]`` (f16) and ``q [rows, k/32, 32]`` (0..15) of whole tiles of rows
    -> the tiles, uint8 ``[rows / 16, 9 * k]``."""
    T = LINEAR_TILE
    tiles, k = d.shape[0] // T, q.shape[-2] * Q4_0_BLOCK
    signed = q.reshape(tiles, T, k // Q4_0_GROUP, 2, Q4_0_GROUP // 2) ^ np.uint8(8)  # q - 8, 4 bits
    nibbles = signed[..., 0, :] | (signed[..., 1, :] << 4)  # [tiles, 16, k/8, 4]
    scales = d.reshape(tiles, T, -1).transpose(0, 2, 1)
    return np.concatenate([nibbles.transpose(0, 2, 1, 3).reshape(tiles, -1),
                           scales.reshape(tiles, -1).view(np.uint8)], axis=1)


def unpack_q4_0(packed: np.ndarray, n: int, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``(d [n, k/32], q [n, k/32, 32])`` of a ``packed16_q4_0`` weight."""
    T, half = LINEAR_TILE, LINEAR_TILE // 2
    tiles = packed.reshape(-1, 9 * k)
    nibbles = tiles[:, :half * k].reshape(-1, k // Q4_0_GROUP, T, Q4_0_GROUP // 2).transpose(0, 2, 1, 3)
    q = np.stack([nibbles & 15, nibbles >> 4], axis=-2) ^ np.uint8(8)  # [tiles, 16, k/8, 2, 4]
    q = q.reshape(-1, k)[:n]
    d = tiles[:, half * k:].copy().view(np.float16).reshape(-1, k // Q4_0_BLOCK, T).transpose(0, 2, 1)
    return d.reshape(-1, k // Q4_0_BLOCK)[:n], q.reshape(n, -1, Q4_0_BLOCK)


#: the packer of each block format's stored ggml blocks
BLOCK_TILERS = {"q8_0": pack_q8_0_blocks, "q4_0": pack_q4_0_blocks}


def pack_expert_blocks(blocks: np.ndarray, weight_format: str) -> np.ndarray:
    """The tiles the expert kernels read of a mixture of experts' expert weights stored as
    ggml blocks of ``weight_format`` (``q8_0``, ``q4_0``): one expert's ``[n, k/32, bytes]``
    or a stack ``[E, n, k/32, bytes]`` (a GGUF's ``ffn_{gate,up,down}_exps``), tiled as
    stored -- the bytes :func:`pack_q8_0` / :func:`pack_q4_0` make of the weights they
    stand for, never quantized again."""
    if weight_format not in BLOCK_TILERS:
        raise ValueError(f"pack_expert_blocks: no stored blocks of format '{weight_format}' (q8_0 or q4_0)")
    if blocks.ndim not in (3, 4):
        raise ValueError(f"pack_expert_blocks: expects [n, k/32, bytes] or [E, n, k/32, bytes], got {blocks.shape}")
    return BLOCK_TILERS[weight_format](blocks)
