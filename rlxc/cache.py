"""The compile cache: native code and manifests of earlier compiles, keyed by what made them.

An entry is a directory ``<root>/<key>/`` holding ``code.o`` (the relocatable object of
the compiled entry points), ``manifest.json`` (what :func:`rlxc.compiler.lower`
recorded) and, once ``rlxc.load`` linked it, ``model.so``. The key is the sha256 of
everything the code depends on (see :func:`compile_key`), so an entry is never stale,
only unused. The root is ``$RLX_CACHE_DIR``, else ``~/.cache/rlx``; packed weights
live beside the entries in ``<root>/weights/`` (:mod:`rlx.runtime.weight_cache`).

Every file is written to a temporary name in the entry directory and renamed into
place, so readers (other processes too) see a whole file or none. The cache is an
optimisation: a cache that cannot be read or written is skipped, never an error.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rlx.runtime.weight_cache import cache_root  # one root for code and packed weights

CODE = "code.o"
MANIFEST = "manifest.json"
SHARED_OBJECT = "model.so"
# The packages whose source determines the generated code.
_COMPILER_PACKAGES = ("rlxc", "rlx.dialects", "rlx.lowering", "rlx.runtime")


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


class CompileCache:
    """Read and write entries under ``root``; ``enabled=False`` makes every lookup miss
    and every store a no-op (``--no-cache``)."""

    def __init__(self, root: Path | None = None, enabled: bool = True):
        self.root = Path(root) if root is not None else cache_root()
        self.enabled = enabled

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
        if not self.enabled:
            return None
        try:
            return self.path(key, name).read_bytes()
        except OSError:
            return None

    def write(self, key: str, name: str, data: bytes) -> Path | None:
        """Store ``data`` atomically; returns its path, or None when the cache is unusable."""
        if not self.enabled:
            return None
        target = self.path(key, name)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", dir=target.parent)
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(data)
                os.replace(tmp, target)
            except BaseException:
                _remove(tmp)
                raise
        except OSError:
            return None
        return target

    def temp_path(self, key: str, name: str) -> Path | None:
        """A fresh temporary path beside ``name`` (for tools that write files themselves);
        move it into place with :meth:`commit`."""
        if not self.enabled:
            return None
        try:
            self.path(key, name).parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", dir=self.path(key, name).parent)
            os.close(fd)
        except OSError:
            return None
        return Path(tmp)

    def commit(self, tmp: Path, key: str, name: str) -> Path | None:
        try:
            os.replace(tmp, self.path(key, name))
        except OSError:
            _remove(tmp)
            return None
        return self.path(key, name)


def _remove(path: str | Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
