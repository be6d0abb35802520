"""Sizes checked against this machine's memory before they are allocated.

Linux overcommits memory: ``np.zeros`` of more bytes than the machine has usually
succeeds, and the process is killed by the OOM killer (no message) when the pages are
touched. Whatever a size in a config, a flag or a manifest asks for is therefore
compared with the physical memory first, and refused with a message naming the size.
"""

from __future__ import annotations

import ctypes
import os

from rlx.runtime.errors import RuntimeLimitError

#: Linux's ``madvise`` advice for transparent huge pages, and their size on x86-64
MADV_HUGEPAGE = 14
HUGE_PAGE_BYTES = 2 << 20
_UNITS = ("B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB")


def physical_memory() -> int:
    """Bytes of RAM (0 if the system does not say)."""
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return 0


def format_bytes(n: int) -> str:
    """``1288490188`` -> ``1.2 GiB`` (binary units, one decimal)."""
    value, unit = float(n), 0
    while value >= 1024 and unit < len(_UNITS) - 1:
        value, unit = value / 1024, unit + 1
    return f"{int(value)} B" if unit == 0 else f"{value:.1f} {_UNITS[unit]}"


def check_fits(need: int, what: str, advice: str = "") -> None:
    """Refuse ``need`` bytes for ``what`` when they exceed the physical memory."""
    have = physical_memory()
    if have and need > have:
        raise RuntimeLimitError(f"{what} needs {format_bytes(need)}, more than this machine's "
                                f"{format_bytes(have)} of memory" + (f"; {advice}" if advice else ""))


def advise_huge_pages(address: int, nbytes: int) -> bool:
    """Ask Linux to back the mapped weights at ``address`` with 2 MiB pages (the whole
    huge pages inside the range); False where it cannot (no THP, not Linux).

    Decode streams every weight once per token. Weights mapped from a file come from the
    page cache, and pages faulted in one at a time (the kernels' threads touch tiles
    out of order, and evicted pages come back that way) sit in 4 KiB folios: a 0.6B f32
    decode ran 12% slower from such a mapping than from the same bytes in 2 MiB pages.
    Advised, a fault reads a whole 2 MiB folio, which also refilled an evicted blob 3x
    faster. Pages already cached in small folios stay as they are until evicted."""
    start = -(-address // HUGE_PAGE_BYTES) * HUGE_PAGE_BYTES
    end = (address + nbytes) // HUGE_PAGE_BYTES * HUGE_PAGE_BYTES
    if end <= start:
        return False
    try:
        madvise = ctypes.CDLL(None, use_errno=True).madvise
    except (OSError, AttributeError):
        return False
    madvise.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int)
    return madvise(start, end - start, MADV_HUGEPAGE) == 0
