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
changes, its older packed copy is removed on the next write, so the cache holds one
copy per checkpoint directory. The cache is an optimisation: if it cannot be read or
written (no space, read-only), the weights are packed in memory as before.

The blob format is the one a ``.so`` with embedded weights carries (``rlxc compile
--embed-weights``): :func:`write_packed_blob` writes both, :func:`packed_views` reads
both.
"""

from __future__ import annotations

import hashlib
import json
import math
import mmap
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

from rlx.runtime.abi import WEIGHT_ALIGN, Arg, Manifest, PackedBlob, PackedTensor, read_packed_blob
from rlx.runtime.errors import RlxError
from rlx.runtime.native_entry import WeightBinder, kernel_elements, param_args
from rlx.runtime.weights import WeightSource

CACHE_ENV = "RLX_CACHE_DIR"
WEIGHT_CACHE_ENV = "RLX_WEIGHT_CACHE"  # "0" turns the packed-weight cache off
#: The blob reaches the file in writes of whole, aligned 2 MiB chunks, so the page cache
#: holds it in huge folios and the kernels' mapping of it uses 2 MiB pages: decode
#: streams every weight once per token, and with 4 KiB pages it ran ~6% slower.
WRITE_CHUNK = 2 << 20
_SPACE_MARGIN = 1 << 30  # leave at least 1 GiB free on the cache's disk


def cache_root() -> Path:
    """``$RLX_CACHE_DIR``, else ``~/.cache/rlx`` (shared with the compile cache)."""
    return Path(os.environ.get(CACHE_ENV) or Path.home() / ".cache" / "rlx")


def write_packed_blob(manifest: Manifest, weights: Any, out) -> PackedBlob:
    """Write every checkpoint param of ``manifest`` in its kernel layout (f32, packed) to
    the binary file ``out``, each at a ``WEIGHT_ALIGN``-aligned offset; return its table."""
    binder = WeightBinder(weights, manifest.constants)
    table, offset = [], 0
    writer = ChunkedWriter(out)
    for arg in blob_params(manifest):
        array = binder.prepare(arg)
        pad = -offset % WEIGHT_ALIGN
        writer.write(b"\0" * pad)
        offset += pad
        writer.write(memoryview(array).cast("B"))
        table.append(PackedTensor(arg.name, arg.layout, tuple(array.shape), offset, array.nbytes))
        offset += array.nbytes
        del array
    writer.flush()
    return PackedBlob(offset, tuple(table))


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
    """(name, layout) -> read-only f32 view of each tensor of ``table`` in the uint8 ``blob``."""
    views = {}
    for t in table.tensors:
        start, nbytes = t.offset, t.nbytes
        if start + nbytes > blob.size:
            raise RlxError(f"{where}: packed weight '{t.name}' lies outside the weight blob")
        if start % 4 or nbytes != 4 * math.prod(t.shape):
            raise RlxError(f"{where}: packed weight '{t.name}' of shape {list(t.shape)} "
                           f"does not fill its {nbytes} bytes at offset {start} with aligned f32")
        views[(t.name, t.layout)] = blob[start:start + nbytes].view(np.float32).reshape(t.shape)
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
    for name in ("packing.py", "weights.py"):
        h.update((here / name).read_bytes())
    return h.hexdigest()


def blob_params(manifest: Manifest) -> list[Arg]:
    """The params a packed blob holds: every param but the constants the runtime
    generates from their recipes."""
    return [a for a in param_args(manifest) if a.name not in manifest.constants]


def packed_layout(manifest: Manifest) -> list[list[Any]]:
    """The (name, layout, shape) of every param the blob holds."""
    return [[a.name, a.layout, a.shape] for a in blob_params(manifest)]


def weights_key(manifest: Manifest, source: WeightSource) -> str:
    text = json.dumps({"layout": packed_layout(manifest), "files": checkpoint_identity(source),
                       "packing": _packing_code()}, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


class PackedWeightCache:
    """``<root>/weights/``: packed blobs keyed by :func:`weights_key`."""

    def __init__(self, root: Path | None = None):
        self.dir = (Path(root) if root is not None else cache_root()) / "weights"

    @staticmethod
    def wanted(requested: bool | None) -> bool:
        """``requested``, or when None: on unless ``$RLX_WEIGHT_CACHE`` says off."""
        if requested is not None:
            return requested
        return os.environ.get(WEIGHT_CACHE_ENV, "1").strip().lower() not in ("0", "false", "no", "off")

    def prepacked(self, manifest: Manifest, source: Any) -> dict[tuple[str, str], np.ndarray] | None:
        """Views of ``source``'s params packed for ``manifest``: mapped from the cache,
        written there first if missing; None when the cache cannot serve them."""
        if not isinstance(source, WeightSource) or not source.files:
            return None
        try:
            key = weights_key(manifest, source)
            found = self._open(key)
            if found is None:
                self._write(key, manifest, source)
                found = self._open(key)
            return found
        except (OSError, ValueError, RlxError, MemoryError):
            return None

    def _paths(self, key: str) -> tuple[Path, Path]:
        return self.dir / f"{key}.bin", self.dir / f"{key}.json"

    def _open(self, key: str) -> dict[tuple[str, str], np.ndarray] | None:
        blob_path, table_path = self._paths(key)
        try:
            table = read_packed_blob(json.loads(table_path.read_text()), table_path)
            with open(blob_path, "rb") as f:
                size = os.fstat(f.fileno()).st_size
                if size != table.bytes or size == 0:
                    return None
                mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError, RlxError):
            return None
        blob = np.frombuffer(mapped, dtype=np.uint8)
        return packed_views(blob, table, str(blob_path))

    def _write(self, key: str, manifest: Manifest, source: WeightSource) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        need = sum(4 * kernel_elements(a) for a in blob_params(manifest))
        if shutil.disk_usage(self.dir).free < need + _SPACE_MARGIN:
            raise OSError("not enough disk space for the packed weights")
        blob_path, table_path = self._paths(key)
        fd, tmp = tempfile.mkstemp(prefix=f".{key}.", suffix=".bin", dir=self.dir)
        try:
            with os.fdopen(fd, "wb") as out:
                table = {**write_packed_blob(manifest, source, out).to_json(),
                         "checkpoint": str(source.directory.resolve())}
            os.replace(tmp, blob_path)
        except BaseException:
            _remove(tmp)
            raise
        self._remove_older_copies(table["checkpoint"], keep=key)
        fd, tmp = tempfile.mkstemp(prefix=f".{key}.", suffix=".json", dir=self.dir)
        with os.fdopen(fd, "w") as f:
            json.dump(table, f)
        os.replace(tmp, table_path)

    def _remove_older_copies(self, checkpoint: str, keep: str) -> None:
        """Drop the packed copies of an earlier version of ``checkpoint``."""
        for table_path in self.dir.glob("*.json"):
            if table_path.stem == keep:
                continue
            try:
                if json.loads(table_path.read_text()).get("checkpoint") == checkpoint:
                    _remove(table_path)
                    _remove(table_path.with_suffix(".bin"))
            except (OSError, ValueError, AttributeError):
                continue


def _remove(path: str | Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
