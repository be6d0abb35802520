"""Read Hugging Face safetensors checkpoints without torch.

The safetensors format is parsed here (not via the ``safetensors`` package) so that every
way a file can be damaged maps to a one-line :class:`WeightError`, and so bf16 works with
plain numpy. Layout of one file::

    u64 little-endian N | N bytes of JSON header | data buffer

The header maps tensor name -> {"dtype", "shape", "data_offsets": [begin, end]}, offsets
relative to the start of the data buffer; an optional "__metadata__" entry is skipped.
Files are memory-mapped read-only, so F32 tensors are returned as zero-copy views.

This module must stay importable by the runtime alone: numpy + stdlib + runtime.errors.
"""

from __future__ import annotations

import json
import math
import mmap
import os
import struct
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from rlx.runtime.errors import WeightError, first_line

SINGLE_FILE = "model.safetensors"
INDEX_FILE = "model.safetensors.index.json"
# safetensors itself refuses headers above 100 MB; a larger value means a corrupt length field.
MAX_HEADER_BYTES = 100 * 1024 * 1024

# Element size in bytes of every dtype the safetensors format defines (whole-byte ones).
DTYPE_ITEMSIZE = {
    "BOOL": 1, "U8": 1, "I8": 1, "F8_E4M3": 1, "F8_E5M2": 1, "F8_E8M0": 1,
    "U16": 2, "I16": 2, "F16": 2, "BF16": 2,
    "U32": 4, "I32": 4, "F32": 4,
    "U64": 8, "I64": 8, "F64": 8,
}
# numpy dtype for raw views; BF16 has no numpy dtype, so it is exposed as its bit pattern.
_NUMPY_DTYPE = {
    "BOOL": "?", "U8": "u1", "I8": "i1", "U16": "<u2", "I16": "<i2", "F16": "<f2",
    "BF16": "<u2", "U32": "<u4", "I32": "<i4", "F32": "<f4", "U64": "<u8", "I64": "<i8",
    "F64": "<f8",
}
FLOAT_DTYPES = ("F32", "F16", "BF16")
#: a stacked weight's name holds this where its members' names hold 0, 1, 2, ...: the
#: ``[E, ...]`` stack of a mixture-of-experts layer's per-expert tensors
#: (``model.layers.0.mlp.experts.*.up_proj.weight``), which the checkpoint stores one by one
STACK_MARK = "*"


def is_stacked(name: str) -> bool:
    return f".{STACK_MARK}." in name


def stack_members(name: str, count: int) -> list[str]:
    """The checkpoint names of the ``count`` members of the stacked weight ``name``."""
    return [name.replace(f".{STACK_MARK}.", f".{e}.", 1) for e in range(count)]


def expand_stacked(expected: Iterable[tuple[str, tuple[int, ...]]]) -> Iterable[tuple[str, tuple[int, ...]]]:
    """``(name, shape)`` pairs with each stacked weight replaced by its members."""
    for name, shape in expected:
        if is_stacked(name):
            yield from ((member, tuple(shape[1:])) for member in stack_members(name, shape[0]))
        else:
            yield name, tuple(shape)


def _shape_str(shape: Iterable[int]) -> str:
    return "[" + ", ".join(str(int(d)) for d in shape) + "]"


@dataclass(frozen=True)
class TensorInfo:
    """Where one tensor lives: ``start``/``end`` are absolute byte offsets in ``path``."""

    name: str
    dtype: str
    shape: tuple[int, ...]
    path: Path
    start: int
    end: int

    @property
    def numel(self) -> int:
        return math.prod(self.shape)


class SafetensorsFile:
    """One memory-mapped, fully validated .safetensors file."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._mmap: mmap.mmap | None = None
        self.tensors: dict[str, TensorInfo] = {}
        self._check_file_size()
        try:
            data_start = self._map_and_read_header_len()
            header = self._parse_header(data_start)
            self.tensors = self._validate_entries(header, data_start, len(self._mmap))
        except WeightError:
            self.close()
            raise

    def _check_file_size(self) -> None:
        try:
            size = os.path.getsize(self.path)
        except OSError as e:
            raise WeightError(f"cannot open weight file {self.path}: {e.strerror}") from None
        if size < 8:
            raise WeightError(f"{self.path}: too small to be a safetensors file ({size} bytes)")

    def _map_and_read_header_len(self) -> int:
        """mmap the file and return the absolute offset where the data buffer starts."""
        try:
            with open(self.path, "rb") as f:
                self._mmap = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError) as e:
            raise WeightError(f"cannot memory-map weight file {self.path}: {e}") from None
        size = len(self._mmap)
        if size < 8:
            raise WeightError(f"{self.path}: too small to be a safetensors file ({size} bytes)")
        (header_len,) = struct.unpack("<Q", self._mmap[:8])
        if header_len > size - 8:
            raise WeightError(f"{self.path}: header size {header_len} exceeds file size {size} "
                              f"(corrupt or not a safetensors file)")
        if header_len > MAX_HEADER_BYTES:
            raise WeightError(f"{self.path}: header size {header_len} exceeds the "
                              f"{MAX_HEADER_BYTES}-byte limit")
        return 8 + header_len

    def _parse_header(self, data_start: int) -> dict:
        raw = bytes(self._mmap[8:data_start])
        try:
            header = json.loads(raw.decode("utf-8"))
        except (ValueError, RecursionError) as e:
            raise WeightError(f"{self.path}: header is not valid JSON: {first_line(e)}") from None
        if not isinstance(header, dict):
            raise WeightError(f"{self.path}: header must be a JSON object, "
                              f"got {type(header).__name__}")
        return header

    def _validate_entries(self, header: dict, data_start: int, size: int) -> dict[str, TensorInfo]:
        """Check every entry, then that the byte ranges fit the file and do not overlap."""
        infos = {name: self._entry(name, entry, data_start)
                 for name, entry in header.items() if name != "__metadata__"}
        data_len = size - data_start
        needed = max((info.end - data_start for info in infos.values()), default=0)
        if needed > data_len:
            raise WeightError(f"{self.path}: truncated safetensors file (header says {needed} "
                              f"bytes of data, file has {data_len})")
        previous = None
        for info in sorted(infos.values(), key=lambda i: (i.start, i.end)):
            if info.end == info.start:
                continue  # empty tensors occupy no bytes, so cannot overlap
            if previous is not None and info.start < previous.end:
                raise WeightError(f"{self.path}: tensors {previous.name!r} and {info.name!r} "
                                  f"overlap in the data buffer")
            previous = info
        return infos

    def _entry(self, name: str, entry: object, data_start: int) -> TensorInfo:
        """Validate one header entry's dtype, shape and offsets (relative to the data buffer)."""
        where = f"{self.path}: tensor {name!r}"
        if not isinstance(entry, dict):
            raise WeightError(f"{where}: header entry must be an object")
        dtype, shape, offsets = entry.get("dtype"), entry.get("shape"), entry.get("data_offsets")
        if not isinstance(dtype, str) or dtype not in DTYPE_ITEMSIZE:
            raise WeightError(f"{where}: unknown dtype {dtype!r}"[:300])
        if not _is_int_list(shape) or any(d < 0 for d in shape):
            raise WeightError(f"{where}: shape must be a list of non-negative integers"[:300])
        if not _is_int_list(offsets) or len(offsets) != 2 or not 0 <= offsets[0] <= offsets[1]:
            raise WeightError(f"{where}: data_offsets must be [begin, end] with 0 <= begin <= end")
        nbytes = math.prod(shape) * DTYPE_ITEMSIZE[dtype]
        if offsets[1] - offsets[0] != nbytes:
            raise WeightError(f"{where}: data_offsets span {offsets[1] - offsets[0]} bytes but "
                              f"{dtype} {_shape_str(shape)} needs {nbytes}")
        return TensorInfo(name, dtype, tuple(shape), self.path,
                          data_start + offsets[0], data_start + offsets[1])

    def raw(self, info: TensorInfo) -> np.ndarray:
        """Read-only zero-copy view of a tensor in its stored dtype (BF16 as uint16)."""
        if self._mmap is None:
            raise WeightError(f"{self.path}: weight file is closed")
        dtype = np.dtype(_NUMPY_DTYPE[info.dtype])
        if info.numel == 0:  # frombuffer rejects an offset at the very end of the buffer
            empty = np.zeros(info.shape, dtype=dtype)
            empty.flags.writeable = False
            return empty
        flat = np.frombuffer(self._mmap, dtype=dtype, count=info.numel, offset=info.start)
        return flat.reshape(info.shape)

    def close(self) -> None:
        """Unmap the file; if numpy views are still alive, leave the mapping to the GC."""
        if self._mmap is not None:
            try:
                self._mmap.close()
            except BufferError:
                pass
            self._mmap = None


def _is_int_list(value: object) -> bool:
    return isinstance(value, list) and all(
        isinstance(v, int) and not isinstance(v, bool) for v in value)


class WeightSource:
    """All tensors of a checkpoint (one file or a sharded set), addressed by HF name."""

    #: the stored dtypes :meth:`get_f32` reads (a GGUF source reads ggml's blocks too)
    readable_dtypes: tuple[str, ...] = FLOAT_DTYPES

    def __init__(self, directory: Path, files: list[SafetensorsFile]):
        self.directory = Path(directory)
        self.files = files
        self._tensors: dict[str, tuple[SafetensorsFile, TensorInfo]] = {}
        for f in files:
            for name, info in f.tensors.items():
                if name in self._tensors:
                    other = self._tensors[name][0].path
                    raise WeightError(f"tensor {name!r} appears in both {other} and {f.path}")
                self._tensors[name] = (f, info)

    def names(self) -> list[str]:
        return sorted(self._tensors)

    def __contains__(self, name: object) -> bool:
        if isinstance(name, str) and is_stacked(name):
            return bool(self._members(name))
        return name in self._tensors

    def _members(self, name: str) -> list[str]:
        """The members 0, 1, ... of the stacked weight ``name`` present in the checkpoint."""
        found = []
        while True:
            member = stack_members(name, len(found) + 1)[-1]
            if member not in self._tensors:
                return found
            found.append(member)

    def _stacked(self, name: str, read) -> np.ndarray:
        """The members of the stacked weight ``name``, each read with ``read``, stacked."""
        members = self._members(name)
        if not members:
            raise WeightError(f"no tensors named like {name!r} in {self.directory}")
        return np.stack([read(m) for m in members])

    def _lookup(self, name: str) -> tuple[SafetensorsFile, TensorInfo]:
        try:
            return self._tensors[name]
        except KeyError:
            raise WeightError(f"no tensor named {name!r} in {self.directory}") from None

    def info(self, name: str) -> TensorInfo:
        """Where ``name`` is (a stacked weight: its first member)."""
        if is_stacked(name) and self._members(name):
            name = self._members(name)[0]
        return self._lookup(name)[1]

    def shape(self, name: str) -> tuple[int, ...]:
        if is_stacked(name):
            members = self._members(name)
            return (len(members), *self.info(name).shape) if members else self.info(name).shape
        return self.info(name).shape

    def dtype(self, name: str) -> str:
        """safetensors dtype string: "F32", "F16", "BF16", ..."""
        return self.info(name).dtype

    def get_raw(self, name: str) -> np.ndarray:
        """Read-only zero-copy view in the stored dtype (BF16 comes back as uint16 bits); a
        stacked weight is a copy."""
        if is_stacked(name):
            return self._stacked(name, self.get_raw)
        f, info = self._lookup(name)
        return f.raw(info)

    def get_f32(self, name: str) -> np.ndarray:
        """The tensor as C-contiguous float32: a zero-copy view for aligned F32, else a copy
        (a stacked weight: its members stacked)."""
        if is_stacked(name):
            return self._stacked(name, self.get_f32)
        f, info = self._lookup(name)
        if info.dtype not in FLOAT_DTYPES:
            raise WeightError(f"tensor {name!r} in {info.path} has unsupported dtype {info.dtype} "
                              f"(supported: {', '.join(FLOAT_DTYPES)})")
        raw = f.raw(info)
        if info.dtype == "BF16":
            # bf16 is the top half of an f32: widen the bit pattern, then reinterpret.
            return (raw.astype(np.uint32) << 16).view(np.float32)
        if info.dtype == "F16":
            return raw.astype(np.float32)
        if info.start % 4 == 0 and raw.dtype == np.float32:
            return raw
        # Unaligned (or non-native) data: copy. np.ascontiguousarray would keep the unaligned
        # view and turn 0-d tensors into 1-d ones.
        return np.array(raw, dtype=np.float32, order="C", copy=True)

    def close(self) -> None:
        for f in self.files:
            f.close()

    def __enter__(self) -> "WeightSource":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_checkpoint(model_dir: str | Path) -> WeightSource:
    """Open the safetensors weights of ``model_dir``.

    Looks for ``model.safetensors``, then a sharded set described by
    ``model.safetensors.index.json``, then a lone ``*.safetensors`` file. A path to a
    .safetensors file is accepted too, and a GGUF file (:mod:`rlx.runtime.gguf_weights`:
    its tensors under their Hugging Face names).
    """
    path = Path(model_dir)
    if path.is_file() and path.suffix == ".safetensors":
        return WeightSource(path.parent, [SafetensorsFile(path)])
    from rlx.runtime.gguf_weights import GGUFWeightSource, is_gguf

    if path.is_file() and is_gguf(path):
        return GGUFWeightSource(path)
    if not path.is_dir():
        raise WeightError(f"model directory not found: {path}")
    if (path / SINGLE_FILE).is_file():
        return WeightSource(path, [SafetensorsFile(path / SINGLE_FILE)])
    if (path / INDEX_FILE).is_file():
        return _open_sharded(path)
    candidates = sorted(p for p in path.glob("*.safetensors") if p.is_file())
    if len(candidates) == 1:
        return WeightSource(path, [SafetensorsFile(candidates[0])])
    if not candidates:
        raise WeightError(f"no safetensors weights in {path} (expected {SINGLE_FILE}, "
                          f"{INDEX_FILE} or a *.safetensors file)")
    raise WeightError(f"{len(candidates)} .safetensors files in {path} but no {INDEX_FILE} "
                      f"saying how they fit together")


def _read_weight_map(index_path: Path) -> dict[str, str]:
    """The name -> shard-file mapping of a sharded checkpoint's index."""
    try:
        index = json.loads(index_path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as e:
        raise WeightError(f"{index_path} is not valid JSON: {first_line(e)}") from None
    weight_map = index.get("weight_map") if isinstance(index, dict) else None
    if not isinstance(weight_map, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in weight_map.items()):
        raise WeightError(f"{index_path}: 'weight_map' must be an object of tensor name -> file")
    return weight_map


def _open_sharded(directory: Path) -> WeightSource:
    """Open every shard the index names and check the index agrees with the shard headers."""
    index_path = directory / INDEX_FILE
    weight_map = _read_weight_map(index_path)
    shards: dict[str, SafetensorsFile] = {}
    for shard_name in sorted(set(weight_map.values())):
        shard_path = directory / shard_name
        if not shard_path.is_file():
            raise WeightError(f"shard file {shard_name!r} listed in {index_path} is missing")
        shards[shard_name] = SafetensorsFile(shard_path)
    for name, shard_name in weight_map.items():
        if name not in shards[shard_name].tensors:
            raise WeightError(f"{index_path} places tensor {name!r} in {shard_name}, "
                              f"but that file does not contain it")
    return WeightSource(directory, list(shards.values()))


def check_weights(source: WeightSource,
                  expected: Mapping[str, tuple[int, ...]] | Iterable[tuple[str, tuple[int, ...]]],
                  tied_embeddings: bool) -> None:
    """Check every expected tensor (a mapping or ``(name, shape)`` pairs, checked in order,
    so a lazy list stops at the first problem) exists with its shape and a dtype the source
    reads (a float one; a GGUF's Q8_0 and Q4_0 blocks too).

    Extra tensors are ignored; in a tied model that includes a stray ``lm_head.weight``
    (the embedding matrix is used instead). A stacked weight (:data:`STACK_MARK`) is
    checked member by member.
    """
    for name, shape in expand_stacked(expected.items() if isinstance(expected, Mapping) else expected):
        if tied_embeddings and name == "lm_head.weight":
            continue
        if name not in source:
            raise WeightError(f"missing weight {name!r} (expected shape {_shape_str(shape)}) "
                              f"in {source.directory}")
        info = source.info(name)
        if info.shape != tuple(shape):
            raise WeightError(f"weight {name!r} has shape {_shape_str(info.shape)}, expected "
                              f"{_shape_str(shape)} (in {info.path})")
        if info.dtype not in source.readable_dtypes:
            raise WeightError(f"weight {name!r} has unsupported dtype {info.dtype} "
                              f"(supported: {', '.join(source.readable_dtypes)}) (in {info.path})")
