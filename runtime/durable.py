"""Files that survive faults: temporaries named by their writer, renames made durable.

Every file rlx writes for later (a ``-o`` output, a compile-cache entry, a packed-weight
blob) is written to a temporary beside it and renamed into place, so a reader sees the
old file or the whole new one. Two faults remain, and this module handles both:

* a writer killed by SIGKILL (or a power cut) leaves its temporary: the name
  ``.<name>.<pid>.<random>.tmp`` records the writer's process id, and the next writer
  into the directory removes the temporaries of processes that no longer run
  (:func:`remove_stale_temporaries`);
* ``os.replace`` alone can reach the disk before the file's data does: after a crash
  the new name may hold zeros. :func:`durable_replace` syncs the data first and the
  directory after.

The compiler imports this too (``rlxc.atomic``, ``rlxc.cache``); it imports nothing of it.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

#: The errors of a write that met a full or failing disk (rather than a permission):
#: a cache that meets one gives up for the run, with a notice, and carries on uncached.
WRITE_FAILURES = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})
#: how the C compiler reports a full disk (strerror) or the file-size limit (a signal)
WRITE_FAILURE_TEXTS = tuple(os.strerror(e) for e in sorted(WRITE_FAILURES)) + ("File size limit exceeded",)

_TEMPORARY = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[a-z0-9_]+\.tmp$")


def temporary_prefix(name: str) -> str:
    """The start of a temporary's name for ``name``, written by this process."""
    return f".{name}.{os.getpid()}."


def open_temporary(directory: Path, name: str) -> tuple[int, Path]:
    """A new temporary file (fd, path) in ``directory`` for ``name`` (mode 0600)."""
    fd, tmp = tempfile.mkstemp(prefix=temporary_prefix(name), suffix=".tmp", dir=directory)
    return fd, Path(tmp)


def temporary_writer(path: Path) -> int | None:
    """The process id in a temporary's name; None for any other file."""
    match = _TEMPORARY.match(path.name)
    return int(match.group("pid")) if match else None


def remove_stale_temporaries(directory: Path, name: str | None = None) -> list[Path]:
    """Delete the temporaries in ``directory`` (of ``name`` only, if given) whose writer
    no longer runs; return them. A live writer's, and this process's, are kept."""
    removed = []
    pattern = f".{glob.escape(name)}.*.tmp" if name is not None else ".*.tmp"
    for tmp in Path(directory).glob(pattern):
        match = _TEMPORARY.match(tmp.name)
        if match is None or (name is not None and match.group("name") != name):
            continue
        if not process_alive(int(match.group("pid"))):
            with contextlib.suppress(OSError):
                tmp.unlink()
                removed.append(tmp)
    return removed


def scratch_directory(kind: str) -> tempfile.TemporaryDirectory:
    """A private directory in the system's temporary directory, ``rlx-<kind>-<pid>-*``
    (removed when the block ends); first removes the ones of processes that no longer
    run -- a compile killed while packing weights leaves GBs there."""
    remove_stale_scratch(Path(tempfile.gettempdir()), kind)
    return tempfile.TemporaryDirectory(prefix=f"rlx-{kind}-{os.getpid()}-")


def remove_stale_scratch(directory: Path, kind: str) -> list[Path]:
    """Delete the ``rlx-<kind>-<pid>-*`` directories in ``directory`` that are ours and
    whose process no longer runs; return them."""
    removed = []
    for path in directory.glob(f"rlx-{glob.escape(kind)}-*-*"):
        match = re.fullmatch(rf"rlx-{re.escape(kind)}-(\d+)-[a-z0-9_]+", path.name)
        try:
            ours = path.is_dir() and not path.is_symlink() and path.stat().st_uid == os.getuid()
        except OSError:
            continue
        if match and ours and not process_alive(int(match.group(1))):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def process_alive(pid: int) -> bool:
    """Whether ``pid`` runs (a process of another user counts as running)."""
    if pid <= 0:
        return True  # not a process of its own: never treat it as dead
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, but is not ours
    return True


#: fsync's answer on a file system that cannot sync (the data is as safe as it gets there)
_CANNOT_SYNC = frozenset({errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP})


def fsync_path(path: str | Path) -> None:
    """Flush a file (also one another program wrote: ``cc -o``) to the disk. A failed
    sync (EIO, ENOSPC: the data did not reach the disk) raises; a file system that
    cannot sync at all is accepted."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as err:
        if err.errno not in _CANNOT_SYNC:
            raise
    finally:
        os.close(fd)


def fsync_directory(directory: str | Path) -> None:
    """Flush a directory's entries (a rename) to the disk; best effort: some file
    systems cannot open or sync a directory."""
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def durable_replace(tmp: str | Path, target: str | Path) -> None:
    """Rename the finished ``tmp`` onto ``target`` so that after a crash ``target``
    holds the old file or all of the new one: its data is synced before the rename,
    the directory after."""
    fsync_path(tmp)
    os.replace(tmp, target)
    fsync_directory(Path(target).parent)


def write_failure(err: BaseException) -> bool:
    """Whether ``err`` (an OSError, or a tool's error message) says the disk is full or
    failing, or a file-size limit was hit."""
    if isinstance(err, OSError):
        return err.errno in WRITE_FAILURES
    return any(text in str(err) for text in WRITE_FAILURE_TEXTS)


def describe(err: BaseException) -> str:
    """The short reason of an OSError (``No space left on device``), else its text."""
    return err.strerror if isinstance(err, OSError) and err.strerror else str(err)



def notice(text: str) -> None:
    """Tell the user, on one line of stderr, of a fault the run survives (a cache it
    cannot use): the output stays right, but they may want to free space."""
    print(text, file=sys.stderr, flush=True)
