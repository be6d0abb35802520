"""Loading a compiled model (``model.so`` from ``rlxc compile``) without the compiler.

``load("model.so")`` opens the shared object with ctypes, reads the manifest that
``rlxc compile`` embedded in it (a JSON string exported as ``rlx_manifest``, its length
as the ``uint64_t rlx_manifest_size``), checks that this runtime and this CPU can run
it, binds the weights (embedded in the ``.so``, or the safetensors checkpoint the
manifest names, or ``weights=``) and returns a :class:`~runtime.session.Session`, or a
:class:`~runtime.session.FlowFunction` for a ``.so`` compiled from a single flow.

The format is described in ``docs/abi.md``. Like all of ``runtime/``, this imports
neither the compiler (``rlxc``, ``dialects``, ``lowering``) nor xdsl or llvmlite.
"""

from __future__ import annotations

import ctypes
import json
import os
import platform
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from runtime.errors import RlxError, WeightError
from runtime.session import ABI_VERSION, FlowFunction, Session, checkpoint_params
from runtime.weights import WeightSource, check_weights, open_checkpoint

MANIFEST_SYMBOL = "rlx_manifest"
MANIFEST_SIZE_SYMBOL = "rlx_manifest_size"
WEIGHTS_SYMBOL = "rlx_weights"
CPUINFO = Path("/proc/cpuinfo")


class ModelLoadError(RlxError):
    """A file is not a loadable rlx model (not a shared object, no manifest, wrong ABI/CPU)."""


def prefer_sleeping_openmp_workers() -> None:
    """Idle OpenMP workers sleep instead of spinning, unless the user set OMP_WAIT_POLICY.

    libgomp reads it when it is loaded (with the first model). Spinning workers take
    the cores from the next kernel whenever the machine has any other work."""
    os.environ.setdefault("OMP_WAIT_POLICY", "passive")


class SharedObject:
    """A dlopen'ed ``.so``: symbol addresses and read-only views of its data."""

    # glibc returns the already-loaded library for a path it has seen, even when the
    # file was replaced since (a recompile): remember what each path was, and load a
    # changed file through a fresh alias instead.
    _loaded: dict[str, tuple[int, int, int]] = {}

    def __init__(self, path: Path):
        self.path = Path(path)
        real = os.path.realpath(self.path)
        alias_dir = None if self._first_version(real) else tempfile.mkdtemp(prefix="rlx-so-")
        prefer_sleeping_openmp_workers()
        try:
            name = real if alias_dir is None else _symlink(real, alias_dir)
            self.lib = ctypes.CDLL(name, mode=ctypes.RTLD_LOCAL)
        except OSError as err:
            reason = str(err).split(": ")[-1] or "dlopen failed"
            raise ModelLoadError(f"{self.path} is not a loadable shared object ({reason})") from None
        finally:
            if alias_dir is not None:
                shutil.rmtree(alias_dir, ignore_errors=True)

    @classmethod
    def _first_version(cls, real: str) -> bool:
        """Whether ``real`` is unchanged since this process first loaded it (or new)."""
        stat = os.stat(real)
        identity = (stat.st_dev, stat.st_ino, stat.st_mtime_ns)
        return cls._loaded.setdefault(real, identity) == identity

    def has(self, name: str) -> bool:
        return hasattr(self.lib, name)

    def address(self, name: str) -> int:
        """Address of an exported function or object; a clear error when it is absent."""
        try:
            return ctypes.cast(getattr(self.lib, name), ctypes.c_void_p).value
        except AttributeError:
            raise ModelLoadError(f"{self.path}: no exported symbol '{name}'") from None

    def read_c_string(self, name: str) -> bytes:
        """The NUL-terminated bytes at symbol ``name``."""
        return ctypes.string_at(self.address(name))

    def read_u64(self, name: str) -> int:
        return ctypes.c_uint64.from_address(self.address(name)).value

    def array(self, name: str, nbytes: int) -> np.ndarray:
        """A read-only uint8 view of ``nbytes`` at symbol ``name`` (no copy)."""
        buffer = (ctypes.c_char * nbytes).from_address(self.address(name))
        view = np.frombuffer(buffer, dtype=np.uint8)
        view.flags.writeable = False
        return view


def _symlink(target: str, directory: str) -> str:
    alias = os.path.join(directory, os.path.basename(target))
    os.symlink(target, alias)
    return alias


# -- the manifest


def read_manifest(lib: SharedObject) -> dict[str, Any]:
    """The JSON manifest embedded in ``lib``; a :class:`ModelLoadError` if there is none."""
    if not (lib.has(MANIFEST_SYMBOL) and lib.has(MANIFEST_SIZE_SYMBOL)):
        raise ModelLoadError(f"{lib.path} is not an rlx model (it exports no '{MANIFEST_SYMBOL}'); "
                             f"build one with `rlxc compile`")
    # Read up to the NUL and compare with the recorded size, rather than trusting the size.
    text, size = lib.read_c_string(MANIFEST_SYMBOL), lib.read_u64(MANIFEST_SIZE_SYMBOL)
    if len(text) != size:
        raise ModelLoadError(f"{lib.path}: the embedded manifest is damaged ({len(text)} bytes, "
                             f"{MANIFEST_SIZE_SYMBOL} says {size})")
    try:
        manifest = json.loads(text.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as err:
        raise ModelLoadError(f"{lib.path}: the embedded manifest is not valid JSON ({err})") from None
    if not isinstance(manifest, dict):
        raise ModelLoadError(f"{lib.path}: the embedded manifest is not a JSON object")
    return manifest


def check_manifest(manifest: Mapping[str, Any], where: Path | str,
                   cpu_flags: set[str] | None = None) -> None:
    """Refuse a model built for another ABI, another architecture, or a CPU with more features."""
    abi = manifest.get("rlx_abi")
    if abi != ABI_VERSION:
        raise ModelLoadError(f"{where} was built for rlx ABI version {abi} (by rlx "
                             f"{manifest.get('rlx_version', '?')}); this runtime speaks ABI version "
                             f"{ABI_VERSION}: recompile it with `rlxc compile`")
    cpu = manifest["cpu"] if isinstance(manifest.get("cpu"), dict) else {}
    arch = cpu.get("arch")
    if arch and arch != platform.machine():
        raise ModelLoadError(f"{where} was compiled for {arch}, this machine is {platform.machine()}")
    cpu_flags = host_cpu_flags() if cpu_flags is None else cpu_flags
    missing = missing_cpu_flags(cpu.get("required_flags", []), cpu_flags)
    if missing:
        raise ModelLoadError(f"{where} was compiled for a CPU with {', '.join(missing)} "
                             f"({cpu.get('name', 'unknown')}), which this CPU lacks: recompile it "
                             f"on this machine with `rlxc compile`")
    check_layout(manifest, where)


_ARG_KEYS = frozenset(("name", "role", "shape", "dtype", "layout"))
_SESSION_KEYS = ("batch", "vocab_size", "max_tokens")


def check_layout(manifest: Mapping[str, Any], where: Path | str) -> None:
    """The manifest has the fields the runtime reads (a damaged one fails here, not later)."""
    entries = manifest.get("entries")
    if not isinstance(entries, dict):
        raise ModelLoadError(f"{where}: the manifest lists no entry points")
    for name, entry in entries.items():
        args = entry.get("args") if isinstance(entry, dict) else None
        if not isinstance(args, list) or "arena_bytes" not in entry or \
                not all(isinstance(a, dict) and _ARG_KEYS <= a.keys() for a in args):
            raise ModelLoadError(f"{where}: malformed manifest entry '{name}'")
    if manifest.get("kind", "session") == "session":
        missing = [k for k in _SESSION_KEYS if not isinstance(manifest.get(k), int)]
        if missing:
            raise ModelLoadError(f"{where}: the manifest lacks {', '.join(missing)}")


def host_cpu_flags(cpuinfo: Path = CPUINFO) -> set[str] | None:
    """The ``flags`` of the first CPU in /proc/cpuinfo; None where that file does not exist."""
    try:
        text = cpuinfo.read_text()
    except OSError:
        return None
    for line in text.splitlines():
        key, _, value = line.partition(":")
        if key.strip() in ("flags", "Features"):
            return set(value.split())
    return None


def missing_cpu_flags(required: list[str], available: set[str] | None) -> list[str]:
    """Required flags the CPU does not report (none when the CPU's flags are unknown)."""
    if available is None:
        return []
    return [flag for flag in required if flag not in available]


# -- weights


def embedded_weights(lib: SharedObject, table: Mapping[str, Any]) -> dict[tuple[str, str], np.ndarray]:
    """(name, layout) -> read-only f32 view into the ``.so``'s packed weight blob."""
    blob = lib.array(table.get("symbol", WEIGHTS_SYMBOL), int(table["bytes"]))
    views = {}
    for t in table["tensors"]:
        start, nbytes = int(t["offset"]), int(t["nbytes"])
        if start + nbytes > blob.size:
            raise ModelLoadError(f"{lib.path}: embedded weight '{t['name']}' lies outside the weight blob")
        views[(t["name"], t["layout"])] = blob[start:start + nbytes].view(np.float32).reshape(t["shape"])
    return views


def open_weights(manifest: Mapping[str, Any], where: Path, weights: Any) -> Any:
    """The checkpoint to bind: ``weights`` (a path or an open source) or the one the manifest names.

    Every tensor the entries read is checked (present, shape, float dtype) before any
    native code runs."""
    if weights is None:
        recorded = manifest.get("weights", {}).get("path")
        if not recorded:
            raise WeightError(f"{where} has no embedded weights and records no weights path: "
                              f"pass weights (--weights DIR)")
        weights = recorded
    source = open_checkpoint(weights) if isinstance(weights, (str, os.PathLike)) else weights
    if isinstance(source, WeightSource):
        check_weights(source, checkpoint_params(manifest), tied_embeddings=False)
    return source


# -- the entry point


def load(path: str | os.PathLike, *, weights: Any = None, max_seq: int | None = None,
         batch: int | None = None) -> Session | FlowFunction:
    """Open ``path`` (a ``.so`` built by ``rlxc compile``) and bind its weights.

    ``weights`` overrides where the weights come from (a checkpoint directory or an
    open ``WeightSource``; ignored for a ``.so`` with embedded weights unless given);
    ``max_seq`` the KV capacity (default: the ``--max-seq`` it was compiled with);
    ``batch``, if given, must be the batch it was compiled for."""
    path = Path(path)
    if not path.is_file():
        raise ModelLoadError(f"model file not found: {path}")
    lib = SharedObject(path)
    manifest = read_manifest(lib)
    check_manifest(manifest, path)
    prepacked, source = None, None
    embedded = manifest.get("weights", {}).get("embedded")
    if embedded and weights is None:
        prepacked = embedded_weights(lib, embedded)
    else:
        source = open_weights(manifest, path, weights)
    if manifest.get("kind", "session") == "flow":
        return FlowFunction(manifest, lib.address, source, keepalive=lib, prepacked=prepacked)
    if batch is not None and batch != int(manifest["batch"]):
        raise RlxError(f"{path} was compiled for batch {manifest['batch']}, not {batch}")
    capacity = max_seq if max_seq is not None else manifest.get("max_seq") or manifest.get("max_tokens")
    return Session(manifest, lib.address, source, capacity, keepalive=lib, prepacked=prepacked)
