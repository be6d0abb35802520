"""Load-time weight packing for the L3 kernels (numpy only, runs once per weight).

Linear weight layout (consumed by the matmul kernels, ``lowering.kernels.matmul``)
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

A stack of linear weights ``[E, n, k]`` (a mixture-of-experts layer's experts) is
packed one ``[n, k]`` slice after the other: expert ``e``'s tiles start at
``e * packed_linear_size(n, k)``.
"""

from __future__ import annotations

import numpy as np

__all__ = ["LINEAR_TILE", "pack_linear_weight", "packed_linear_size", "release_pages"]

LINEAR_TILE = 16


def packed_linear_size(n: int, k: int) -> int:
    """Number of float32 values of a packed ``[n, k]`` weight."""
    return -(-n // LINEAR_TILE) * k * LINEAR_TILE


def bf16_bits(a: np.ndarray) -> np.ndarray:
    """float32 -> the bits of the nearest bf16 (round to nearest even), as uint16; a bf16
    value (e.g. from a bf16 checkpoint) comes back unchanged, NaN stays NaN."""
    bits = np.ascontiguousarray(a, dtype=np.float32).view(np.uint32)
    rounded = ((bits + 0x7FFF + ((bits >> 16) & 1)) >> 16).astype(np.uint16)
    nan = (bits & 0x7FFFFFFF) > 0x7F800000
    return np.where(nan, (bits >> 16).astype(np.uint16) | 0x40, rounded) if nan.any() else rounded


def pack_linear_weight(w: np.ndarray) -> np.ndarray:
    """Pack ``w [n, k]`` into the ``[ceil(n/16)][k][16]`` layout (1-D float32, uint16
    for bf16 bits, or float16; C-contiguous).

    The output is written chunk by chunk, straight from ``w`` (no padded temporary).
    When ``w`` is a read-only view of a memory-mapped checkpoint, the pages of each
    chunk are handed back to the OS once it is packed (:func:`release_pages`): the
    process keeps one copy of the weights (the packed one), not two. The data is
    unchanged -- touching ``w`` again reads it back from the file.
    """
    w = np.asarray(w)
    if w.ndim == 3:  # a stack of weights: each packed in turn
        return np.concatenate([pack_linear_weight(slice_) for slice_ in w]) if len(w) else \
            np.empty(0, dtype=w.dtype if w.dtype in (np.uint16, np.float16) else np.float32)
    if w.ndim != 2:
        raise ValueError(f"pack_linear_weight expects a 2-D [n, k] array, got shape {w.shape}")
    n, k = w.shape
    T = LINEAR_TILE
    tiles, full = -(-n // T), n // T
    dtype = w.dtype if w.dtype in (np.uint16, np.float16) else np.float32  # bf16 bits, f16 stay so
    out = np.empty((tiles, k, T), dtype=dtype)
    _populate(out)
    step = max(1, (8 << 20) // max(1, T * k * out.itemsize))  # ~8 MiB of weights per chunk
    kb = 64  # transpose in [16 x 64] blocks: both sides stay in cache (~6x faster)
    for t0 in range(0, full, step):
        t1 = min(full, t0 + step)
        rows = w[t0 * T:t1 * T]
        src = rows.reshape(t1 - t0, T, k)
        for k0 in range(0, k, kb):
            out[t0:t1, k0:k0 + kb, :] = src[:, :, k0:k0 + kb].transpose(0, 2, 1)
        release_pages(rows)
    if tiles > full:  # the last, partial tile: zero padding
        out[full] = 0.0
        out[full, :, : n - full * T] = w[full * T:].T
        release_pages(w[full * T:])
    return out.reshape(-1)


def _mapped_file(array: np.ndarray) -> bool:
    """Whether ``array`` is a read-only view of an ``mmap`` (a mapped checkpoint)."""
    import mmap

    if array.flags.writeable:
        return False
    base = array
    while base is not None:
        if isinstance(base, mmap.mmap):
            return True
        obj = getattr(base, "obj", None)  # memoryview
        if isinstance(obj, mmap.mmap):
            return True
        base = getattr(base, "base", None)
    return False


_MADV_DONTNEED = 4
_MADV_POPULATE_WRITE = 23  # Linux >= 5.14
_libc = None


def _madvise(start: int, end: int, advice: int) -> None:
    """``madvise`` on the whole pages inside [start, end) (Linux only, errors ignored)."""
    global _libc
    import ctypes
    import mmap
    import sys

    if not sys.platform.startswith("linux"):
        return
    if _libc is None:
        _libc = ctypes.CDLL(None, use_errno=True)
        _libc.madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    page = mmap.PAGESIZE
    lo = -(-start // page) * page
    hi = end // page * page
    if hi > lo:
        _libc.madvise(lo, hi - lo, advice)


def _populate(array: np.ndarray) -> None:
    """Fault in a fresh output buffer in one call instead of one page fault per page
    (~30% faster on a VM); a hint only."""
    if array.nbytes >= 1 << 20:
        _madvise(array.ctypes.data, array.ctypes.data + array.nbytes, _MADV_POPULATE_WRITE)


def release_pages(array: np.ndarray) -> None:
    """Drop the resident pages of a read-only mmap'd array from this process (Linux
    ``madvise(MADV_DONTNEED)`` on the whole pages inside it); a no-op otherwise."""
    if array.size == 0 or not array.flags.c_contiguous or not _mapped_file(array):
        return
    _madvise(array.ctypes.data, array.ctypes.data + array.nbytes, _MADV_DONTNEED)
