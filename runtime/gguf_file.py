"""Read a GGUF file (llama.cpp's model format): its metadata and where each tensor is.

Layout (GGUF versions 2 and 3, little-endian; ggml's ``docs/gguf.md``)::

    "GGUF" | u32 version | u64 tensor count | u64 field count
    fields:   string key | u32 value type | value    (string: u64 length + UTF-8 bytes;
                                                      array: u32 item type | u64 count | items)
    tensors:  string name | u32 dims | u64 dims[] (innermost first) | u32 ggml type | u64 offset
    padding to ``general.alignment`` (32), then the data: each tensor at its offset

The file is parsed here, memory-mapped, rather than with the ``gguf`` package's
``GGUFReader`` for two reasons, as :mod:`rlx.runtime.weights` parses safetensors itself:
``GGUFReader`` builds a numpy array per item of every array field, so a real vocabulary
(150k tokens and as many merges) takes ~13 s to open where this takes a fraction of a
second; and every way a file can be damaged -- truncated anywhere, a length or count past
its end, a type ggml does not define, a tensor outside the data -- is a one-line
:class:`~rlx.runtime.errors.ConfigError` here, checked before it is used (a count is
checked against the bytes left before anything loops over it). The format's constants
(value types, ggml types and their block sizes) are the ``gguf`` package's own, and
``tests/test_gguf_input.py`` checks this reader against ``GGUFReader`` field for field.
"""

from __future__ import annotations

import math
import mmap
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from rlx.runtime.errors import ConfigError

GGUF_MAGIC = b"GGUF"
SUPPORTED_VERSIONS = (2, 3)
DEFAULT_ALIGNMENT = 32
#: ggml's GGML_MAX_DIMS
MAX_DIMS = 4
_PACKAGE_HINT = "pip install 'rlx[gguf]'"


def gguf_package():
    """The ``gguf`` package (ggml's own constants), or a one-line error saying how to get it."""
    try:
        import gguf
    except ImportError:
        raise ConfigError(f"reading a GGUF file needs the 'gguf' package: {_PACKAGE_HINT}") from None
    return gguf


@dataclass(frozen=True)
class TensorEntry:
    """Where one tensor is: ``dims`` innermost first (as GGUF lists them), ``ggml_type``
    by its ``GGMLQuantizationType`` name, ``start``/``nbytes`` absolute in the file."""

    name: str
    dims: tuple[int, ...]
    ggml_type: str
    start: int
    nbytes: int

    @property
    def shape(self) -> tuple[int, ...]:
        """The numpy (row-major) shape: outermost first."""
        return tuple(reversed(self.dims))


class _Cursor:
    """Bounds-checked little-endian reads from the mapped file."""

    def __init__(self, data: mmap.mmap, path: Path):
        self.data, self.path, self.at = data, path, 0

    def fail(self, what: str):
        """The error of a read past the end, inside ``what`` (a ConfigError: "is truncated or
        not a GGUF file")."""
        return ConfigError(f"{self.path} is truncated or not a GGUF file: it ends (at byte {len(self.data)}) "
                           f"inside {what}")

    def take(self, n: int, what: str) -> bytes:
        if n < 0 or self.at + n > len(self.data):
            raise self.fail(what)
        out = self.data[self.at:self.at + n]
        self.at += n
        return out

    def unpack(self, fmt: str, what: str) -> Any:
        size = struct.calcsize(fmt)
        if self.at + size > len(self.data):
            raise self.fail(what)
        (value,) = struct.unpack_from(fmt, self.data, self.at)
        self.at += size
        return value

    def string(self, what: str) -> bytes:
        return self.take(self.unpack("<Q", what), what)

    def remaining(self) -> int:
        return len(self.data) - self.at


class GGUFFile:
    """One memory-mapped, validated GGUF file: ``fields`` (key -> value: int, float,
    bool, bytes for a string, a list or numpy array for an array) and ``tensors``."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        gguf = gguf_package()
        self._scalars = _scalar_formats(gguf.GGUFValueType)
        self._types = gguf.GGUFValueType
        self._gguf = gguf
        self._mmap = _map(self.path)
        try:
            cursor = _Cursor(self._mmap, self.path)
            tensor_count, field_count = self._header(cursor)
            self.fields: dict[str, Any] = {}
            for _ in range(field_count):
                self._field(cursor)
            entries = [self._tensor_info(cursor) for _ in range(tensor_count)]
            self.tensors = self._place(entries, cursor.at)
        except ConfigError:
            self.close()
            raise

    # -- the parse

    def _header(self, cursor: _Cursor) -> tuple[int, int]:
        if len(self._mmap) < 4 or self._mmap[:4] != GGUF_MAGIC:
            raise ConfigError(f"{self.path} is not a GGUF file (it does not start with {GGUF_MAGIC!r})")
        cursor.at = 4
        version = cursor.unpack("<I", "the header")
        if version not in SUPPORTED_VERSIONS:
            other = " (or a big-endian file)" if version & 0xFFFF == 0 else ""
            raise ConfigError(f"{self.path}: GGUF version {version}{other} is not supported "
                              f"(supported: {', '.join(map(str, SUPPORTED_VERSIONS))})")
        tensor_count, field_count = cursor.unpack("<Q", "the header"), cursor.unpack("<Q", "the header")
        # every field takes at least 12 bytes, every tensor 24: a larger count is damage
        if field_count * 12 + tensor_count * 24 > cursor.remaining():
            raise cursor.fail(f"the header's {field_count} fields and {tensor_count} tensors")
        return tensor_count, field_count

    def _field(self, cursor: _Cursor) -> None:
        key = _text(cursor.string("a field's key"), self.path, "a field's key")
        kind = cursor.unpack("<I", f"field '{key}'")
        if key in self.fields:
            raise ConfigError(f"{self.path}: GGUF field '{key}' appears twice")
        self.fields[key] = self._value(cursor, kind, key)

    def _value(self, cursor: _Cursor, kind: int, key: str) -> Any:
        if kind in self._scalars:
            fmt = self._scalars[kind]
            value = cursor.unpack(fmt, f"field '{key}'")
            return bool(value) if kind == self._types.BOOL else value
        if kind == self._types.STRING:
            return cursor.string(f"field '{key}'")
        if kind == self._types.ARRAY:
            return self._array(cursor, key)
        raise ConfigError(f"{self.path}: GGUF field '{key}' has value type {kind}, which GGUF does not define")

    def _array(self, cursor: _Cursor, key: str) -> Any:
        item, count = cursor.unpack("<I", f"field '{key}'"), cursor.unpack("<Q", f"field '{key}'")
        if item in self._scalars:
            dtype = np.dtype(self._scalars[item])
            nbytes = count * dtype.itemsize
            if nbytes > cursor.remaining():
                raise cursor.fail(f"field '{key}' ({count} items)")
            values = np.frombuffer(cursor.take(nbytes, f"field '{key}'"), dtype=dtype)
            return values.astype(bool) if item == self._types.BOOL else values
        if item == self._types.STRING:
            if count * 8 > cursor.remaining():
                raise cursor.fail(f"field '{key}' ({count} strings)")
            return [cursor.string(f"field '{key}'") for _ in range(count)]
        if item == self._types.ARRAY:
            if count * 12 > cursor.remaining():
                raise cursor.fail(f"field '{key}' ({count} arrays)")
            return [self._array(cursor, key) for _ in range(count)]
        raise ConfigError(f"{self.path}: GGUF field '{key}' is an array of value type {item}, "
                          f"which GGUF does not define")

    def _tensor_info(self, cursor: _Cursor) -> tuple[str, tuple[int, ...], str, int]:
        name = _text(cursor.string("a tensor's name"), self.path, "a tensor's name")
        n_dims = cursor.unpack("<I", f"tensor '{name}'")
        if n_dims > MAX_DIMS:
            raise ConfigError(f"{self.path}: tensor '{name}' has {n_dims} dims (GGUF allows at most {MAX_DIMS})")
        dims = tuple(cursor.unpack("<Q", f"tensor '{name}'") for _ in range(n_dims))
        code = cursor.unpack("<I", f"tensor '{name}'")
        try:
            ggml_type = self._gguf.GGMLQuantizationType(code).name
        except ValueError:
            raise ConfigError(f"{self.path}: tensor '{name}' has ggml type {code}, which ggml does not "
                              f"define") from None
        return name, dims, ggml_type, cursor.unpack("<Q", f"tensor '{name}'")

    def _place(self, entries: list, info_end: int) -> dict[str, TensorEntry]:
        """Each tensor's bytes, checked to lie in the data section of the file."""
        alignment = self.fields.get(self._gguf.Keys.General.ALIGNMENT, DEFAULT_ALIGNMENT)
        if isinstance(alignment, bool) or not isinstance(alignment, int) or alignment < 1 \
                or alignment & (alignment - 1):
            raise ConfigError(f"{self.path}: GGUF field 'general.alignment' must be a power of two, "
                              f"got {alignment!r}")
        data_start = -(-info_end // alignment) * alignment
        tensors: dict[str, TensorEntry] = {}
        for name, dims, ggml_type, offset in entries:
            if name in tensors:
                raise ConfigError(f"{self.path}: tensor '{name}' appears twice")
            block, type_size = self._gguf.GGML_QUANT_SIZES[self._gguf.GGMLQuantizationType[ggml_type]]
            if dims and dims[0] % block:
                raise ConfigError(f"{self.path}: tensor '{name}' is {ggml_type} (blocks of {block}) but its "
                                  f"rows have {dims[0]} values")
            nbytes = math.prod(dims) // block * type_size
            start = data_start + offset
            if offset % alignment:
                raise ConfigError(f"{self.path}: tensor '{name}' starts at offset {offset}, not a multiple "
                                  f"of the alignment {alignment}")
            if start + nbytes > len(self._mmap):
                raise ConfigError(f"{self.path} is truncated: tensor '{name}' ends at byte {start + nbytes}, "
                                  f"the file has {len(self._mmap)}")
            tensors[name] = TensorEntry(name, dims, ggml_type, start, nbytes)
        return tensors

    # -- reading

    def data(self, entry: TensorEntry, dtype: str | np.dtype = np.uint8) -> np.ndarray:
        """A read-only, zero-copy view of ``entry``'s bytes as a flat array of ``dtype``."""
        if self._mmap is None:
            raise ConfigError(f"{self.path}: the GGUF file is closed")
        dtype = np.dtype(dtype)
        if entry.nbytes == 0:
            return np.zeros(0, dtype=dtype)
        return np.frombuffer(self._mmap, dtype=dtype, count=entry.nbytes // dtype.itemsize, offset=entry.start)

    def close(self) -> None:
        """Unmap the file; if numpy views are still alive, leave the mapping to the GC."""
        if self._mmap is not None:
            try:
                self._mmap.close()
            except BufferError:
                pass
            self._mmap = None


def _scalar_formats(types) -> dict[int, str]:
    """The struct format of each scalar value type (``GGUFValueType``)."""
    return {types.UINT8: "<B", types.INT8: "<b", types.UINT16: "<H", types.INT16: "<h",
            types.UINT32: "<I", types.INT32: "<i", types.FLOAT32: "<f", types.BOOL: "<B",
            types.UINT64: "<Q", types.INT64: "<q", types.FLOAT64: "<d"}


def _map(path: Path) -> mmap.mmap:
    try:
        with open(path, "rb") as f:
            return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except FileNotFoundError:
        raise ConfigError(f"GGUF file not found: {path}") from None
    except (OSError, ValueError) as e:  # ValueError: an empty file cannot be mapped
        raise ConfigError(f"cannot read {path} as a GGUF file: {e}") from None


def _text(raw: bytes, path: Path, what: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: {what} is not UTF-8 text") from None
