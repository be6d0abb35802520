"""Sizes checked against this machine's memory before they are allocated.

Linux overcommits memory: ``np.zeros`` of more bytes than the machine has usually
succeeds, and the process is killed by the OOM killer (no message) when the pages are
touched. Whatever a size in a config, a flag or a manifest asks for is therefore
compared with the physical memory first, and refused with a message naming the size.
"""

from __future__ import annotations

import os

from rlx.runtime.errors import RuntimeLimitError

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
