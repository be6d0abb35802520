"""Packed weights on disk: written once per checkpoint, memory-mapped by every later load.

Packing a checkpoint into the kernels' layout (:mod:`rlx.runtime.packing`, bf16/f16 -> f32)
takes seconds for a 2.4 GB model. The first load of a checkpoint writes its params,
packed, to ``<cache root>/weights/<key>.bin`` (each at a 64-byte aligned offset) and
their table to ``<key>.json``; every later load maps the file read-only and binds views
into it. Nothing is copied: the pages come from the OS page cache as the kernels first
touch them, and processes serving the same model share them (as llama.cpp maps a GGUF).

The key is a sha256 over the params' (name, layout, shape), the packing code, and each
checkpoint file's resolved path, size and modification time -- like ``make``, a file
rewritten with the same size and mtime would be served stale. When a checkpoint
changes, its older packed copies are removed on the next write, so the cache holds the
copies of the checkpoint's current files only: one per weight format it was loaded in
(``--quant f32``, ``q8_0`` ... pack the same files into different layouts, and a user
trying formats, or ``python -m bench --quant f32,q8_0``, must not re-pack each time). The cache is an optimisation: if it cannot be read or
written (no space, read-only), the weights are packed in memory as before.

The blob format is the one a ``.so`` with embedded weights carries (``rlxc compile
--embed-weights``): :func:`write_packed_blob` writes both, :func:`packed_views` reads
both. Its table records a digest of every tensor; a load verifies them when the file's
identity differs from the one recorded when it was written (:mod:`rlx.runtime.digests`),
and packs again, with a notice, if they do not match. A write goes to a temporary named
by the writer's pid and is synced before it is renamed (:mod:`rlx.runtime.durable`):
the next writer removes what a killed one left.
"""

from __future__ import annotations

import errno
import hashlib
import json
import math
import mmap
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from rlx.runtime import durable
from rlx.runtime.abi import WEIGHT_ALIGN, WEIGHT_DTYPES, Arg, Manifest, PackedBlob, PackedTensor, read_packed_blob
from rlx.runtime.digests import DigestPipeline, damaged_tensor, file_identity
from rlx.runtime.errors import RlxError
from rlx.runtime.memory import advise_huge_pages
from rlx.runtime.native_entry import WeightBinder, kernel_elements, param_args
from rlx.runtime.weights import WeightSource

CACHE_ENV = "RLX_CACHE_DIR"
WEIGHT_CACHE_ENV = "RLX_WEIGHT_CACHE"  # "0" turns the packed-weight cache off
#: The blob reaches the file in writes of whole, aligned 2 MiB chunks, so the page cache
#: holds it in huge folios and the kernels' mapping of it uses 2 MiB pages: decode
#: streams every weight once per token, and with 4 KiB pages it ran ~6% slower.
WRITE_CHUNK = 2 << 20
_SPACE_MARGIN = 1 << 30  # leave at least 1 GiB free on the cache's disk
#: the version of the files' format: part of the key, so older files are never read
FORMAT = 2


def cache_root() -> Path:
    """``$RLX_CACHE_DIR``, else ``~/.cache/rlx`` (shared with the compile cache)."""
    return Path(os.environ.get(CACHE_ENV) or Path.home() / ".cache" / "rlx")


def write_packed_blob(manifest: Manifest, weights: Any, out) -> PackedBlob:
    """Write every checkpoint param of ``manifest`` in its kernel layout (f32, packed) to
    the binary file ``out``, each at a ``WEIGHT_ALIGN``-aligned offset; return its table."""
    binder = WeightBinder(weights, manifest.constants)
    placed, offset = [], 0
    writer = ChunkedWriter(out)
    with DigestPipeline() as digests:
        for arg in blob_params(manifest):
            array = binder.prepare(arg)
            pad = -offset % WEIGHT_ALIGN
            writer.write(b"\0" * pad)
            offset += pad
            writer.write(memoryview(array).cast("B"))
            digests.add(array)  # hashed while the next tensor is packed
            placed.append((arg, tuple(array.shape), offset, array.nbytes))
            offset += array.nbytes
            del array
        writer.flush()
        hashes = digests.results()
    return PackedBlob(offset, tuple(PackedTensor(arg.name, arg.layout, shape, start, nbytes, digest, arg.dtype)
                                    for (arg, shape, start, nbytes), digest in zip(placed, hashes)))


class ChunkedWriter:
    """Writes to the binary file ``out`` (at offset 0) only in whole ``WRITE_CHUNK``
    pieces at multiples of ``WRITE_CHUNK``, and the tail on :meth:`flush`. Large
    buffers go straight through; only the pieces that straddle a chunk are copied."""

    def __init__(self, out, chunk: int = WRITE_CHUNK):
        self.out, self.chunk, self.pending = out, chunk, bytearray()

    def write(self, data) -> None:
        data = memoryview(data).cast("B")
        if self.pending:
            take = min(len(data), self.chunk - len(self.pending))
            self.pending += data[:take]
            data = data[take:]
            if len(self.pending) < self.chunk:
                return
            self.out.write(self.pending)
            self.pending = bytearray()
        whole = len(data) // self.chunk * self.chunk
        if whole:
            self.out.write(data[:whole])
        self.pending += data[whole:]

    def flush(self) -> None:
        self.out.write(self.pending)
        self.pending = bytearray()


def packed_views(blob: np.ndarray, table: PackedBlob, where: str) -> dict[tuple[str, str], np.ndarray]:
    """(name, layout) -> read-only view of each tensor of ``table`` in the uint8 ``blob``
    (float32, or uint16 for bf16 bits)."""
    views = {}
    for t in table.tensors:
        start, nbytes = t.offset, t.nbytes
        dtype = np.dtype(WEIGHT_DTYPES[t.dtype])
        if start + nbytes > blob.size:
            raise RlxError(f"{where}: packed weight '{t.name}' lies outside the weight blob")
        if start % dtype.itemsize or nbytes != dtype.itemsize * math.prod(t.shape):
            raise RlxError(f"{where}: packed weight '{t.name}' of shape {list(t.shape)} "
                           f"does not fill its {nbytes} bytes at offset {start} with aligned {t.dtype}")
        views[(t.name, t.layout)] = blob[start:start + nbytes].view(dtype).reshape(t.shape)
    return views


def checkpoint_identity(source: WeightSource) -> list[list[Any]]:
    """Each checkpoint file's resolved path, size and mtime (ns)."""
    ident = []
    for f in source.files:
        st = os.stat(f.path)
        ident.append([str(Path(f.path).resolve()), st.st_size, st.st_mtime_ns])
    return sorted(ident)


def _packing_code() -> str:
    """sha256 of the modules that decide the packed bytes (the layout, the f32 conversion)."""
    here = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for name in ("packing.py", "quant.py", "weights.py", "gguf_weights.py"):
        h.update((here / name).read_bytes())
    return h.hexdigest()


def blob_params(manifest: Manifest) -> list[Arg]:
    """The params a packed blob holds: every param but the constants the runtime
    generates from their recipes."""
    return [a for a in param_args(manifest) if a.name not in manifest.constants]


def packed_layout(manifest: Manifest) -> list[list[Any]]:
    """The (name, layout, shape, dtype) of every param the blob holds."""
    return [[a.name, a.layout, a.shape, a.dtype] for a in blob_params(manifest)]


def weights_key(manifest: Manifest, source: WeightSource) -> str:
    text = json.dumps({"layout": packed_layout(manifest), "files": checkpoint_identity(source),
                       "packing": _packing_code(), "format": FORMAT}, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


class PackedWeightCache:
    """``<root>/weights/``: packed blobs keyed by :func:`weights_key`."""

    def __init__(self, root: Path | None = None):
        self.dir = (Path(root) if root is not None else cache_root()) / "weights"
        self.noticed = False

    @staticmethod
    def wanted(requested: bool | None) -> bool:
        """``requested``, or when None: on unless ``$RLX_WEIGHT_CACHE`` says off."""
        if requested is not None:
            return requested
        return os.environ.get(WEIGHT_CACHE_ENV, "1").strip().lower() not in ("0", "false", "no", "off")

    def prepacked(self, manifest: Manifest, source: Any) -> dict[tuple[str, str], np.ndarray] | None:
        """Views of ``source``'s params packed for ``manifest``: mapped from the cache,
        written there first if missing or damaged; None when the cache cannot serve them."""
        if not isinstance(source, WeightSource) or not source.files:
            return None
        try:
            key = weights_key(manifest, source)
            found = self._open(key)
            if found is None:
                self._write(key, manifest, source)
                found = self._open(key)
            return found
        except OSError as err:
            if durable.write_failure(err):
                self._notice(f"cannot write {self.dir}: {durable.describe(err)}; packing the weights in memory")
            return None
        except (ValueError, RlxError, MemoryError):
            return None

    def _notice(self, text: str) -> None:
        if not self.noticed:
            self.noticed = True
            durable.notice(f"rlx: packed-weight cache: {text}")

    def _paths(self, key: str) -> tuple[Path, Path]:
        return self.dir / f"{key}.bin", self.dir / f"{key}.json"

    def _open(self, key: str) -> dict[tuple[str, str], np.ndarray] | None:
        """The views of a whole, undamaged entry ``key``; None (a miss) for anything else."""
        blob_path, table_path = self._paths(key)
        try:
            recorded = json.loads(table_path.read_text())
            table = read_packed_blob(recorded, table_path)
            with open(blob_path, "rb") as f:
                stat = os.fstat(f.fileno())
                if stat.st_size != table.bytes or stat.st_size == 0:
                    return None
                mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError, RlxError):
            return None
        blob = np.frombuffer(mapped, dtype=np.uint8)
        advise_huge_pages(blob.ctypes.data, blob.nbytes)
        if recorded.get("file") != file_identity(stat) and not self._verify(key, blob, table, recorded, stat):
            return None
        return packed_views(blob, table, str(blob_path))

    def _verify(self, key: str, blob: np.ndarray, table: PackedBlob, recorded: dict, stat) -> bool:
        """Check a blob whose file changed since it was written against its digests: a
        damaged one is dropped (with a notice), an intact one recorded as it is now."""
        damaged = damaged_tensor(blob, table)
        if damaged is not None:
            self._notice(f"{self._paths(key)[0]} is damaged (packed weights of '{damaged}' do not match "
                         f"their digest); packing them again")
            for path in self._paths(key):
                _remove(path)
            return False
        try:
            self._write_table(key, {**recorded, "file": file_identity(stat)})
        except OSError:
            pass  # a read-only cache: verified again next time
        return True

    def _write(self, key: str, manifest: Manifest, source: WeightSource) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        durable.remove_stale_temporaries(self.dir)
        need = sum(4 * kernel_elements(a) for a in blob_params(manifest))
        if shutil.disk_usage(self.dir).free < need + _SPACE_MARGIN:
            raise OSError(errno.ENOSPC, f"{os.strerror(errno.ENOSPC)} (the packed weights need "
                                        f"{(need + _SPACE_MARGIN) / 1e9:.1f} GB with the margin)")
        blob_path, _ = self._paths(key)
        fd, tmp = durable.open_temporary(self.dir, blob_path.name)
        try:
            with os.fdopen(fd, "wb") as out:
                table = {**write_packed_blob(manifest, source, out).to_json(),
                         "checkpoint": str(source.directory.resolve()), "files": checkpoint_identity(source)}
            durable.durable_replace(tmp, blob_path)
        except BaseException:
            _remove(tmp)
            raise
        self._remove_older_copies(table["checkpoint"], table["files"], keep=key)
        self._write_table(key, {**table, "file": file_identity(os.stat(blob_path))})

    def _write_table(self, key: str, table: dict) -> None:
        """Write the table of entry ``key`` (with the blob's identity as it was checked)."""
        _, table_path = self._paths(key)
        fd, tmp = durable.open_temporary(self.dir, table_path.name)
        try:
            with os.fdopen(fd, "w") as f:
                json.dump(table, f)
            durable.durable_replace(tmp, table_path)
        except BaseException:
            _remove(tmp)
            raise

    def entries(self) -> list["CacheEntry"]:
        """Each packed copy (named by its checkpoint) and each temporary, for ``rlxc cache``."""
        keys = sorted({p.stem for p in self.dir.glob("*.bin")} | {p.stem for p in self.dir.glob("*.json")})
        found = []
        for key in filter(is_key, keys):
            blob_path, table_path = self._paths(key)
            try:
                name = json.loads(table_path.read_text()).get("checkpoint") or key
            except (OSError, ValueError, AttributeError):
                name = f"{key[:16]} (incomplete)"
            found.append(cache_entry("weights", str(name), (blob_path, table_path)))
        return found + temporary_entries(self.dir)

    def clear(self) -> list[Path]:
        """Remove every packed copy and the temporaries of writers that no longer run."""
        removed = []
        for path in [*self.dir.glob("*.bin"), *self.dir.glob("*.json")]:
            if is_key(path.stem):
                _remove(path)
                removed.append(path)
        return removed + (durable.remove_stale_temporaries(self.dir) if self.dir.is_dir() else [])

    def _remove_older_copies(self, checkpoint: str, files: list, keep: str) -> None:
        """Drop the packed copies of an earlier version of ``checkpoint`` (other files than
        ``files``, its current ones); its copies in other formats stay."""
        for table_path in self.dir.glob("*.json"):
            if table_path.stem == keep:
                continue
            try:
                table = json.loads(table_path.read_text())
                if table.get("checkpoint") == checkpoint and table.get("files") != files:
                    _remove(table_path)
                    _remove(table_path.with_suffix(".bin"))
            except (OSError, ValueError, AttributeError):
                continue


@dataclass(frozen=True)
class CacheEntry:
    """One item of a cache, as ``rlxc cache list`` shows it."""

    kind: str  # compiled | weights | temporary
    name: str
    paths: tuple[Path, ...]
    size: int
    mtime: float  # of its newest file (0: none exists)


def cache_entry(kind: str, name: str, paths: tuple[Path, ...]) -> CacheEntry:
    """The entry of the files ``paths`` (those that exist), with their total size."""
    stats = []
    for path in paths:
        try:
            stats.append(path.stat())
        except OSError:
            continue
    return CacheEntry(kind, name, paths, sum(st.st_size for st in stats), max((st.st_mtime for st in stats), default=0))


def temporary_entries(directory: Path) -> list[CacheEntry]:
    """The writers' temporaries in ``directory``: being written, or left by a killed one."""
    found = []
    for tmp in sorted(Path(directory).glob(".*.tmp")):
        pid = durable.temporary_writer(tmp)
        if pid is not None:
            state = f"pid {pid} is writing it" if durable.process_alive(pid) else "stale: its writer died"
            found.append(cache_entry("temporary", f"{tmp.name} ({state})", (tmp,)))
    return found


def is_key(name: str) -> bool:
    """Whether ``name`` is a cache key (64 hex digits): only those files are ever removed."""
    return len(name) == 64 and all(c in "0123456789abcdef" for c in name)


def _remove(path: str | Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
