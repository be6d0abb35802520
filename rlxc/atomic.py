"""Atomic file output: a file is the old one or the whole new one, never a part.

A temporary beside the destination is renamed onto it when the writer succeeds, its
data synced to the disk first (:func:`rlx.runtime.durable.durable_replace`). Its name
holds the writer's process id, so the temporaries of a killed compile are removed by
the next one; the new file's mode follows the umask like a C compiler's.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from rlxc.interrupts import raise_if_received
from rlx.runtime import durable
from rlx.runtime.errors import RlxError


@contextlib.contextmanager
def atomic_output(out: Path, mode: int = 0o777) -> Iterator[Path]:
    """A temporary file beside ``out``, renamed onto it when the block succeeds: ``out``
    is the old file or the whole new one, never a part. The new file gets ``mode``
    less the umask, like a compiler's output.

    Created up front, so an unwritable destination fails before any compiling. Its name
    holds this process's id: temporaries that a killed compile left behind are removed
    by the next one (:func:`remove_stale_temporaries`)."""
    if out.is_dir():
        raise RlxError(f"cannot write {out}: it is a directory")
    remove_stale_temporaries(out)
    try:
        fd, tmp = durable.open_temporary(out.parent, out.name)
        os.close(fd)
    except OSError as err:
        raise RlxError(f"cannot write {out}: {err.strerror}") from None
    try:
        yield Path(tmp)
        raise_if_received()  # an interrupt that was swallowed must not replace ``out``
        os.chmod(tmp, mode & ~current_umask())
        durable.durable_replace(tmp, out)
    except OSError as err:
        raise RlxError(f"cannot write {out}: {err.strerror}") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def remove_stale_temporaries(out: Path) -> None:
    """Delete ``.<name>.<pid>.*.tmp`` files beside ``out`` whose process no longer runs."""
    durable.remove_stale_temporaries(out.parent, out.name)


def current_umask() -> int:
    """The process umask (Linux: read without changing it; elsewhere set and restore)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except OSError:
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
