"""Loading a compiled model (``model.so`` from ``rlxc compile``) without the compiler.

``load("model.so")`` opens the shared object with ctypes, reads the manifest that
``rlxc compile`` embedded in it (a JSON string exported as ``rlx_manifest``, its length
as the ``uint64_t rlx_manifest_size``), checks that this runtime and this CPU can run
it, binds the weights (embedded in the ``.so``, or the safetensors checkpoint the
manifest names, or ``weights=``) and returns a :class:`~runtime.session.Session`, or a
:class:`~runtime.session.FlowFunction` for a ``.so`` compiled from a single flow.

Damage is refused before it can run: the code against the seal ``rlxc compile``
appended (:mod:`rlx.runtime.seal`, checked before ``dlopen``), embedded weights against
their digests (:mod:`rlx.runtime.digests`, hashed when the file changed since they were
last checked).

The format is described in ``docs/abi.md``. Like all of ``runtime/``, this imports
neither the compiler (``rlxc``, ``dialects``, ``lowering``) nor xdsl or llvmlite.
"""

from __future__ import annotations

import ctypes
import json
import mmap
import os
import platform
import shutil
import struct
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from rlx.runtime.abi import (MANIFEST_DIGEST_SYMBOL, MANIFEST_SIZE_SYMBOL, MANIFEST_SYMBOL, Manifest, PackedBlob,
                         check_abi_version, manifest_digest, read_cpu)
from rlx.runtime.digests import VerifiedFiles, damaged_tensor, has_digests
from rlx.runtime.errors import ModelLoadError, RlxError, WeightError
from rlx.runtime.memory import advise_huge_pages
from rlx.runtime.native_entry import checkpoint_params
from rlx.runtime.seal import check_code_seal, read_seal
from rlx.runtime.slots import open_slots
from rlx.runtime.session import FlowFunction, Session
from rlx.runtime.weight_cache import PackedWeightCache, cache_root, packed_views
from rlx.runtime.weights import WeightSource, check_weights, open_checkpoint

CPUINFO = Path("/proc/cpuinfo")


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
        check_elf_file(self.path)
        check_code_seal(self.path)  # before dlopen runs any of its code
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


_ELF64_HEADER = struct.Struct("<16sHHIQQQIHHHHHH")
_ELF64_PHDR = struct.Struct("<IIQQQQQQ")
_PT_LOAD, _PT_DYNAMIC = 1, 2


def check_elf_file(path: Path) -> None:
    """A 64-bit little-endian shared object whose loaded segments all lie inside the file.

    dlopen maps segments without comparing them with the file size, and touching a page
    past the end of a truncated file is a SIGBUS: refuse such a file before mapping it."""
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            header = f.read(_ELF64_HEADER.size)
            if len(header) < 4 or header[:4] != b"\x7fELF":
                raise ModelLoadError(f"{path} is not a loadable shared object (not an ELF file)")
            if len(header) < _ELF64_HEADER.size or header[4] != 2 or header[5] != 1:
                raise ModelLoadError(f"{path} is not a loadable shared object (not a 64-bit "
                                     f"little-endian ELF file, or truncated)")
            fields = _ELF64_HEADER.unpack(header)
            phoff, phentsize, phnum = fields[5], fields[9], fields[10]
            if phentsize < _ELF64_PHDR.size or phoff + phnum * phentsize > size:
                raise ModelLoadError(f"{path} is truncated or damaged (its program headers lie "
                                     f"outside the file)")
            for i in range(phnum):
                f.seek(phoff + i * phentsize)
                kind, _, offset, _, _, filesz, _, _ = _ELF64_PHDR.unpack(f.read(_ELF64_PHDR.size))
                if kind in (_PT_LOAD, _PT_DYNAMIC) and offset + filesz > size:
                    raise ModelLoadError(f"{path} is truncated or damaged (a segment ends at byte "
                                         f"{offset + filesz}, the file has {size})")
    except OSError as err:
        raise ModelLoadError(f"cannot read {path}: {err.strerror}") from None


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
    if lib.has(MANIFEST_DIGEST_SYMBOL) and \
            lib.read_c_string(MANIFEST_DIGEST_SYMBOL).decode("ascii", "replace") != manifest_digest(text):
        raise ModelLoadError(f"{lib.path}: the embedded manifest is damaged (its sha256 differs from "
                             f"{MANIFEST_DIGEST_SYMBOL})")
    try:
        manifest = json.loads(text.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as err:
        raise ModelLoadError(f"{lib.path}: the embedded manifest is not valid JSON ({err})") from None
    if not isinstance(manifest, dict):
        raise ModelLoadError(f"{lib.path}: the embedded manifest is not a JSON object")
    return manifest


def check_digest(lib: SharedObject) -> None:
    """The runtime trusts the manifest's sizes (arena, buffers) for memory safety: it must
    come with its digest, which :func:`read_manifest` verified."""
    if not lib.has(MANIFEST_DIGEST_SYMBOL):
        raise ModelLoadError(f"{lib.path} has no manifest digest ('{MANIFEST_DIGEST_SYMBOL}'): it was built "
                             f"by an older or another tool; recompile it with `rlxc compile`")


def check_manifest(manifest: Mapping[str, Any], where: Path | str,
                   cpu_flags: set[str] | None = None) -> Manifest:
    """The :class:`~runtime.abi.Manifest` of parsed JSON ``manifest``; refuse a model built
    for another ABI, another architecture, or a CPU with more features, or a malformed one."""
    check_abi_version(manifest, where)
    cpu = read_cpu(manifest, where)
    if cpu.arch and cpu.arch != platform.machine():
        raise ModelLoadError(f"{where} was compiled for {cpu.arch}, this machine is {platform.machine()}")
    cpu_flags = host_cpu_flags() if cpu_flags is None else cpu_flags
    missing = missing_cpu_flags(list(cpu.required_flags), cpu_flags)
    if missing:
        raise ModelLoadError(f"{where} was compiled for a CPU with {', '.join(missing)} "
                             f"({cpu.name or 'unknown'}), which this CPU lacks: recompile it "
                             f"on this machine with `rlxc compile`")
    return Manifest.from_json(manifest, where)


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


def embedded_weights(lib: SharedObject, table: PackedBlob) -> dict[tuple[str, str], np.ndarray]:
    """(name, layout) -> read-only f32 view into the ``.so``'s packed weight blob, whose
    bytes match their digests."""
    blob = lib.array(table.symbol, table.bytes)
    advise_huge_pages(blob.ctypes.data, blob.nbytes)
    try:
        views = packed_views(blob, table, str(lib.path))
    except RlxError as err:
        raise ModelLoadError(str(err)) from None
    check_embedded_digests(lib.path, blob, table)
    return views


def verified_files() -> VerifiedFiles:
    """Where the identities of ``.so`` files whose weights were verified are recorded."""
    return VerifiedFiles(cache_root() / "verified")


def check_embedded_digests(path: Path, blob: np.ndarray, table: PackedBlob) -> None:
    """Refuse a ``.so`` whose embedded weights differ from the digests in its manifest.

    Hashing GBs takes seconds (:mod:`rlx.runtime.digests`), so a file is hashed only when
    it changed since it last passed (its identity is recorded in the cache directory)."""
    if not has_digests(table):
        raise ModelLoadError(f"{path} has no digests of its embedded weights (built by an older rlx): "
                             f"recompile it with `rlxc compile`")
    records = verified_files()
    if records.unchanged(path):
        return
    damaged = damaged_tensor(blob, table)
    if damaged is not None:
        raise ModelLoadError(f"{path} is damaged: packed weights of '{damaged}' do not match their digest; "
                             f"recompile it")
    records.remember(path)


def check_embedded_file(path: Path, table: PackedBlob) -> None:
    """Check the weights embedded in the ``.so`` just written at ``path`` as a load
    would, reading them back from the file (so its first load need not hash them)."""
    sealed = read_seal(path)
    if sealed is None:
        raise ModelLoadError(f"{path} has no code digest (it is truncated, or was built by an older rlx): "
                             f"recompile it with `rlxc compile`")
    (offset, size), _ = sealed
    with open(path, "rb") as f:
        mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)  # unmapped with its last view
    check_embedded_digests(path, np.frombuffer(mapped, dtype=np.uint8, count=size, offset=offset), table)


def open_weights(manifest: Manifest, where: Path, weights: Any) -> Any:
    """The checkpoint to bind: ``weights`` (a path or an open source) or the one the manifest names.

    Every tensor the entries read is checked (present, shape, float dtype) before any
    native code runs."""
    if weights is None:
        recorded = manifest.weights.path
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
         batch: int | None = None, weight_cache: bool | None = None,
         eos_token_ids: int | Sequence[int] | None = None, slots: int | None = None) -> Session | FlowFunction:
    """Open ``path`` (a ``.so`` built by ``rlxc compile``) and bind its weights.

    ``weights`` overrides where the weights come from (a checkpoint directory or an
    open ``WeightSource``; ignored for a ``.so`` with embedded weights unless given);
    ``max_seq`` the KV capacity (default: the ``--max-seq`` it was compiled with);
    ``batch``, if given, must be the batch it was compiled for. Weights read from a
    checkpoint are packed once into the packed-weight cache and mapped from there on
    later loads (:mod:`rlx.runtime.weight_cache`); ``weight_cache=False`` packs them in
    memory instead (default: on, unless ``RLX_WEIGHT_CACHE=0``). ``eos_token_ids``: the
    tokens that end a generated sequence (default: those the manifest records).
    ``slots``: a :class:`~rlx.runtime.slots.SlotEngine` of that many sequences instead of
    a Session (batched in one native call when the model has ``decode_slots``)."""
    path = Path(path)
    if not path.is_file():
        raise ModelLoadError(f"model file not found: {path}")
    lib = SharedObject(path)
    manifest = check_manifest(read_manifest(lib), path)
    check_digest(lib)
    prepacked, source = None, None
    embedded = manifest.weights.embedded
    if embedded is not None and weights is None:
        prepacked = embedded_weights(lib, embedded)
    else:
        source = open_weights(manifest, path, weights)
        if PackedWeightCache.wanted(weight_cache):
            prepacked = PackedWeightCache().prepacked(manifest, source)
    if manifest.kind == "flow":
        return FlowFunction(manifest, lib.address, source, keepalive=lib, prepacked=prepacked)
    if batch is not None and batch != manifest.batch:
        raise RlxError(f"{path} was compiled for batch {manifest.batch}, not {batch}")
    capacity = max_seq if max_seq is not None else manifest.max_seq or manifest.max_tokens
    if slots is not None:
        return open_slots(manifest, lib.address, source, capacity, slots, keepalive=lib, prepacked=prepacked,
                          eos_token_ids=eos_token_ids)
    return Session(manifest, lib.address, source, capacity, keepalive=lib, prepacked=prepacked,
                   eos_token_ids=eos_token_ids)
