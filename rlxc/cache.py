"""The compile cache: native code and manifests of earlier compiles, keyed by what made them.

An entry is a directory ``<root>/<key>/`` holding ``code.o`` (the relocatable object of
the compiled entry points), ``manifest.json`` (what :func:`rlxc.compiler.lower`
recorded) and, once ``rlxc.load`` linked it, ``model.so``. The key is the sha256 of
everything the code depends on (see :func:`compile_key`), so an entry is never stale,
only unused. The root is ``$RLX_CACHE_DIR``, else ``~/.cache/rlx``; packed weights
live beside the entries in ``<root>/weights/`` (:mod:`rlx.runtime.weight_cache`).

Every file is written to a temporary named by the writer's pid in the entry directory,
synced and renamed into place (:mod:`rlx.runtime.durable`), so readers (other processes
too) see a whole file or none, and the first write of a run removes the temporaries of
killed writers. ``code.o`` and ``manifest.json`` end with their sha256 (:func:`seal`),
``model.so`` with its code seal (:mod:`rlx.runtime.seal`): an entry that is incomplete
or damaged is a miss, compiled again and replaced. The cache is an optimisation: a
cache that cannot be read or written is skipped, never an error; a write that fails
(a full disk: ENOSPC, EDQUOT, EFBIG, EIO) removes what it wrote, says so once on
stderr, and the run goes on without the cache.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import importlib.util
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rlx.runtime import durable
from rlx.runtime.errors import ModelLoadError
from rlx.runtime.seal import check_code_seal
from rlx.runtime.weight_cache import (CacheEntry, cache_entry, cache_root, is_key,  # one root for code and weights
                                      temporary_entries)

CODE = "code.o"
MANIFEST = "manifest.json"
SHARED_OBJECT = "model.so"
ENTRY_FILES = (CODE, MANIFEST, SHARED_OBJECT)
# The packages whose source determines the generated code.
_COMPILER_PACKAGES = ("rlxc", "rlx.dialects", "rlx.lowering", "rlx.runtime")
#: what ends ``code.o`` and ``manifest.json``: the sha256 of the bytes before it, and this
_TRAILER = b"rlxcache"
#: errors of a cache that is read-only or not ours: skipped silently, as ``usable()`` does
_NOT_OURS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


def digest(value: Any) -> str:
    """sha256 of the canonical JSON of ``value``."""
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _package_dir(name: str) -> Path:
    """Where an installed package's source lives (``rlx.*`` map to the top-level folders)."""
    spec = importlib.util.find_spec(name)
    return Path(next(iter(spec.submodule_search_locations)))


def source_fingerprint() -> str:
    """sha256 over the compiler's own ``.py`` files, so that editing a pass or a kernel
    (without bumping the version) never serves code from before the edit."""
    h = hashlib.sha256()
    for package in _COMPILER_PACKAGES:
        folder = _package_dir(package)
        for path in sorted(folder.rglob("*.py")):
            h.update(f"{package}/{path.relative_to(folder).as_posix()}".encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def weights_layout(tensors: Iterable[tuple[str, tuple[int, ...], str]]) -> list[list[Any]]:
    """The part of a checkpoint the code depends on: sorted (name, shape, dtype)."""
    return sorted([name, list(shape), dtype] for name, shape, dtype in tensors)


def compile_key(*, config: str, weights: list, pipeline: str, options: dict[str, Any],
                cpu: dict[str, str], rlx_version: str, abi_version: int) -> str:
    """The cache key: a hash of everything the compiled code depends on."""
    return digest({"config": config, "weights": weights, "pipeline": pipeline, "options": options,
                   "cpu": cpu, "rlx": rlx_version, "abi": abi_version, "source": source_fingerprint()})


def seal(data: bytes) -> bytes:
    """``data`` followed by its sha256 and ``_TRAILER``: what :func:`unseal` checks."""
    return data + hashlib.sha256(data).digest() + _TRAILER


def unseal(stored: bytes) -> bytes | None:
    """The data of a sealed file; None when it is cut short or damaged."""
    body, digest, trailer = stored[:-40], stored[-40:-8], stored[-8:]
    if len(stored) < 40 or trailer != _TRAILER or hashlib.sha256(body).digest() != digest:
        return None
    return body


class CompileCache:
    """Read and write entries under ``root``; ``enabled=False`` makes every lookup miss
    and every store a no-op (``--no-cache``). After a write fails, the rest of the run
    stores nothing (:attr:`writable` is False)."""

    def __init__(self, root: Path | None = None, enabled: bool = True):
        self.root = Path(root) if root is not None else cache_root()
        self.enabled = enabled
        self.writable = enabled
        self.written: list[Path] = []  # what this run stored: removed again if a write fails
        self.swept = False

    def usable(self) -> bool:
        """Enabled, and its root exists (or can be made) and is writable."""
        if not self.enabled:
            return False
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError:
            return False
        return os.access(self.root, os.W_OK | os.X_OK)

    def path(self, key: str, name: str) -> Path:
        return self.root / key / name

    def has(self, key: str, *names: str) -> bool:
        return self.enabled and all(self.path(key, n).is_file() for n in names)

    def read(self, key: str, name: str) -> bytes | None:
        """The data of a stored file; None when it is missing or damaged (then removed)."""
        if not self.enabled:
            return None
        try:
            data = unseal(self.path(key, name).read_bytes())
        except OSError:
            return None
        if data is None:
            _remove(self.path(key, name))
        return data

    def intact_shared_object(self, key: str) -> bool:
        """Whether the entry's ``model.so`` matches its code seal (a damaged one is removed)."""
        try:
            check_code_seal(self.path(key, SHARED_OBJECT))
            return True
        except ModelLoadError:
            _remove(self.path(key, SHARED_OBJECT))
            return False

    def write(self, key: str, name: str, data: bytes) -> Path | None:
        """Store ``data`` durably; its path, or None when the cache cannot take it."""
        tmp = self.temp_path(key, name)
        if tmp is None:
            return None
        try:
            with open(tmp, "wb") as f:
                f.write(seal(data))
        except OSError as err:
            self.give_up(tmp, err)
            return None
        return self.commit(tmp, key, name)

    def temp_path(self, key: str, name: str) -> Path | None:
        """A fresh temporary path beside ``name`` (for tools that write files themselves);
        move it into place with :meth:`commit`, or hand it to :meth:`give_up`."""
        if not self.writable:
            return None
        folder = self.path(key, name).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self._sweep()
            fd, tmp = durable.open_temporary(folder, name)
            os.close(fd)
        except OSError as err:
            self.give_up(None, err)
            return None
        return tmp

    def commit(self, tmp: Path, key: str, name: str) -> Path | None:
        try:
            durable.durable_replace(tmp, self.path(key, name))
        except OSError as err:
            self.give_up(tmp, err)
            return None
        self.written.append(self.path(key, name))
        return self.path(key, name)

    def give_up(self, tmp: Path | None, err: BaseException) -> None:
        """A write failed: remove ``tmp`` and what this run stored (an entry is useless
        in part), say why once unless the cache is simply not writable, store no more."""
        if tmp is not None:
            _remove(tmp)
            with contextlib.suppress(OSError):
                tmp.parent.rmdir()  # an entry directory this write made and nothing filled
        for path in self.written:
            _remove(path)
            with contextlib.suppress(OSError):
                path.parent.rmdir()  # only when nothing else is left in it
        self.written.clear()
        if self.writable and not (isinstance(err, OSError) and err.errno in _NOT_OURS):
            where = tmp.parent if tmp is not None else self.root
            durable.notice(f"rlxc: compile cache: cannot write {where}: {durable.describe(err)}; "
                           f"continuing without it")
        self.writable = False

    def _sweep(self) -> None:
        """Once per run, before its first write: remove what killed writers left."""
        if not self.swept:
            self.swept = True
            for folder in self._entry_dirs():
                durable.remove_stale_temporaries(folder)

    def _entry_dirs(self) -> list[Path]:
        try:
            return sorted(p for p in self.root.iterdir() if is_key(p.name) and p.is_dir())
        except OSError:
            return []

    def entries(self) -> list[CacheEntry]:
        """Each entry (named by its key and model) and each temporary, for ``rlxc cache``."""
        found = []
        for folder in self._entry_dirs():
            found.append(cache_entry("compiled", self.describe(folder.name), tuple(folder / n for n in ENTRY_FILES)))
            found += temporary_entries(folder)
        return found

    def describe(self, key: str) -> str:
        """``<key prefix> <model type>, <layers> layers`` (what its manifest says)."""
        try:  # read without removing a damaged file: listing changes nothing
            text = unseal(self.path(key, MANIFEST).read_bytes()) if self.has(key, CODE) else None
            manifest = json.loads(text)
            config = manifest.get("config", {})
            return f"{key[:16]} {config.get('model_type', manifest.get('kind'))}, " \
                   f"{config.get('num_hidden_layers', '?')} layers"
        except (OSError, TypeError, ValueError, AttributeError):
            return f"{key[:16]} (incomplete)"

    def clear(self) -> list[Path]:
        """Remove every entry and the temporaries of writers that no longer run."""
        removed = []
        for folder in self._entry_dirs():
            for name in ENTRY_FILES:
                if (folder / name).exists():
                    _remove(folder / name)
                    removed.append(folder / name)
            removed += durable.remove_stale_temporaries(folder)
            with contextlib.suppress(OSError):
                folder.rmdir()
        return removed


def _remove(path: str | Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
