"""Digests of packed weights: written with the blob, checked when its file may have changed.

A packed blob (the packed-weight cache's ``<key>.bin``, the weights a ``.so`` embeds) is
GBs of f32 the kernels read as they are: damaged bytes give plausible tokens, never an
error. So the table of a blob records a digest of every tensor, one per 64 MiB piece
(``PackedTensor.digests``: sha256, 128 bits), computed while the blob is written.

Hashing runs at ~1.2-1.5 GB/s a core (sha256 with the CPU's SHA instructions; hashlib
releases the GIL, so the pieces are hashed on every core): the 2.4 GB of the 0.6B-dims
model take ~1.7 s on one core, four times its whole cached load. So a load hashes a
blob only when its file may have changed since its digests were last checked: each
check records the file's identity (device, inode, size, mtime, ctime: every write moves
mtime and ctime, and ctime cannot be set back), and a file whose identity differs is
verified in full, then recorded again. What this cannot see is damage that changes no
metadata (a failing disk, memory); a copied or moved file is verified once.
"""

from __future__ import annotations

import hashlib
import json
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

from rlx.runtime.abi import PackedBlob
from rlx.runtime.durable import open_temporary, remove_stale_temporaries

#: the bytes one digest covers: a piece of a tensor hashes in ~50 ms, and the pieces of
#: the large tensors (embeddings, the LM head) spread over the cores
DIGEST_PIECE = 64 << 20


def piece_digest(data: Any) -> str:
    """The digest of one piece: the first 128 bits of its sha256, in hex."""
    return hashlib.sha256(memoryview(data).cast("B")).hexdigest()[:32]


def tensor_digests(data: Any) -> tuple[str, ...]:
    """The digests of the ``DIGEST_PIECE`` pieces of ``data`` (a C-contiguous array)."""
    view = memoryview(data).cast("B")
    return tuple(piece_digest(view[i:i + DIGEST_PIECE]) for i in range(0, max(len(view), 1), DIGEST_PIECE))


class DigestPipeline:
    """Hashes each array handed to :meth:`add` on a worker thread while the caller packs
    the next one; at most one array waits, so the writer holds at most two tensors."""

    def __init__(self):
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rlx-digest")
        self.pending = None
        self.done: list[tuple[str, ...]] = []

    def add(self, array: np.ndarray) -> None:
        self._collect()
        self.pending = self.pool.submit(tensor_digests, array)

    def results(self) -> list[tuple[str, ...]]:
        """The digests of every array added, in order."""
        self._collect()
        return self.done

    def _collect(self) -> None:
        if self.pending is not None:
            self.done.append(self.pending.result())
            self.pending = None

    def __enter__(self) -> "DigestPipeline":
        return self

    def __exit__(self, *exc) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def piece_count(nbytes: int) -> int:
    """How many digests a tensor of ``nbytes`` has (an empty one: one, of no bytes)."""
    return max(1, -(-nbytes // DIGEST_PIECE))


def has_digests(table: PackedBlob) -> bool:
    """Whether every tensor of ``table`` carries the digests of its pieces."""
    return all(len(t.digests) == piece_count(t.nbytes) for t in table.tensors)


def damaged_tensor(blob: np.ndarray, table: PackedBlob) -> str | None:
    """The name of the first tensor of ``table`` whose bytes in the uint8 ``blob`` differ
    from its digests (or that has none); None when all match. Hashes on every core."""
    jobs = []
    for index, t in enumerate(table.tensors):
        if len(t.digests) != piece_count(t.nbytes) or t.offset + t.nbytes > blob.size:
            return t.name
        data = blob[t.offset:t.offset + t.nbytes]
        jobs += [(index, piece, data[start:start + DIGEST_PIECE])
                 for piece, start in enumerate(range(0, max(t.nbytes, 1), DIGEST_PIECE))]
    workers = max(1, min(len(jobs), os.cpu_count() or 1, 8))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="rlx-verify") as pool:
        found = list(pool.map(lambda job: piece_digest(job[2]), jobs))
    for (index, piece, _), digest in zip(jobs, found):
        if table.tensors[index].digests[piece] != digest:
            return table.tensors[index].name
    return None


# ------------------------------------------------------------------ file identities


def file_identity(stat: os.stat_result) -> list[int]:
    """What changes whenever a file's bytes may have: device, inode, size, mtime, ctime."""
    return [stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns]


class VerifiedFiles:
    """``<dir>/<hash of the path>.json``: the identity each file had when its digests were
    last checked in full. A record is a hint: a missing or unreadable one means "check"."""

    def __init__(self, directory: Path):
        self.dir = Path(directory)

    def _record(self, path: Path) -> Path:
        real = os.path.realpath(path)
        return self.dir / f"{hashlib.sha256(real.encode('utf-8', 'surrogateescape')).hexdigest()[:32]}.json"

    def unchanged(self, path: Path) -> bool:
        """Whether ``path`` has the identity recorded when it was last verified."""
        try:
            record = json.loads(self._record(path).read_text())
            return record.get("identity") == file_identity(os.stat(path))
        except (OSError, ValueError, AttributeError):
            return False

    def remember(self, path: Path) -> None:
        """Record ``path``'s identity now (after a full check); best effort."""
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            remove_stale_temporaries(self.dir)
            record = self._record(path)
            fd, tmp = open_temporary(self.dir, record.name)
            try:
                with os.fdopen(fd, "w") as f:
                    json.dump({"path": os.path.realpath(path), "identity": file_identity(os.stat(path))}, f)
                os.replace(tmp, record)
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
        except OSError:
            pass

    def clear(self) -> list[Path]:
        """Forget every record (the next load of each file verifies it again)."""
        removed = []
        for record in sorted(self.dir.glob("*.json")) if self.dir.is_dir() else []:
            if len(record.stem) == 32:
                record.unlink(missing_ok=True)
                removed.append(record)
        return removed
