"""The code seal of a ``.so``: a digest of its code, recorded when it is linked, checked
before ``dlopen``.

A byte of damaged machine code runs as some other instruction: a wrong token, or a
crash a few tokens later. So ``rlxc compile`` appends a footer to the file it linked::

    u64 weights offset | u64 weights size | sha256 (32 bytes) | "RLXSEAL1"

The sha256 covers the footer's two numbers and every byte of the file before the footer
except the weights blob (``rlx_weights``, which has its own per-tensor digests in the
manifest, :mod:`rlx.runtime.digests`): the ELF headers, the code, the read-only data,
the manifest. Bytes after the section headers are never mapped, so the footer changes
nothing for ``dlopen``, and hashing the code alone keeps the check of a ``.so`` with GBs
of embedded weights at milliseconds. The loader reads the file with Python, so damaged
code is refused before any of it runs.
"""

from __future__ import annotations

import hashlib
import os
import struct
from pathlib import Path

from rlx.runtime.abi import MANIFEST_DIGEST_SYMBOL, WEIGHTS_SYMBOL
from rlx.runtime.errors import ModelLoadError

MAGIC = b"RLXSEAL1"
FOOTER = struct.Struct("<QQ32s8s")
_DOMAIN = b"rlx-code-seal/1"
_BLOCK = 1 << 20

_ELF_HEADER = struct.Struct("<16sHHIQQQIHHHHHH")
_SECTION = struct.Struct("<IIQQQQIIQQ")
_SYMBOL = struct.Struct("<IBBHQQ")
_SHT_DYNSYM = 11


# ---------------------------------------------------------------- reading the ELF file


def exported_symbols(path: Path) -> dict[str, tuple[int, int]]:
    """Name -> (file offset, size) of each symbol in the dynamic symbol table that lies
    in the file; empty for a file that is not a (well-formed) 64-bit ELF object. Never
    raises on damaged headers: every offset is checked against the file first."""
    try:
        with open(path, "rb") as f:
            data_size = os.fstat(f.fileno()).st_size
            return _dynamic_symbols(f, data_size)
    except (OSError, struct.error, ValueError):
        return {}


def _dynamic_symbols(f, size: int) -> dict[str, tuple[int, int]]:
    header = _read(f, 0, _ELF_HEADER.size, size)
    if header[:4] != b"\x7fELF" or header[4] != 2 or header[5] != 1:
        return {}
    fields = _ELF_HEADER.unpack(header)
    shoff, shentsize, shnum = fields[6], fields[11], fields[12]
    if shentsize < _SECTION.size or shnum > 4096:
        return {}
    sections = [_SECTION.unpack(_read(f, shoff + i * shentsize, _SECTION.size, size)) for i in range(shnum)]
    symbols = {}
    for _, kind, _, _, offset, length, link, _, _, entsize in sections:
        if kind != _SHT_DYNSYM or entsize < _SYMBOL.size or link >= len(sections) or length > 1 << 26:
            continue
        names = _read(f, sections[link][4], sections[link][5], size)
        table = _read(f, offset, length, size)
        for i in range(length // entsize):
            name, _, _, shndx, value, sym_size = _SYMBOL.unpack_from(table, i * entsize)
            if 0 < shndx < len(sections) and name < len(names):
                where = _file_offset(sections[shndx], value)
                if where is not None and where + sym_size <= size:
                    symbols[names[name:names.index(b"\0", name)].decode("latin-1")] = (where, sym_size)
    return symbols


def _file_offset(section: tuple, address: int) -> int | None:
    """Where the byte at virtual ``address`` inside ``section`` lies in the file."""
    _, kind, _, start, offset, length, *_ = section
    if kind == 8 or not start <= address <= start + length:  # SHT_NOBITS: not in the file
        return None
    return offset + address - start


def _read(f, offset: int, length: int, size: int) -> bytes:
    if offset < 0 or length < 0 or offset + length > size:
        raise ValueError("outside the file")
    f.seek(offset)
    data = f.read(length)
    if len(data) != length:
        raise ValueError("short read")
    return data


# ---------------------------------------------------------------- the seal


def code_digest(f, end: int, weights: tuple[int, int]) -> bytes:
    """sha256 of the footer's numbers and the bytes ``[0, end)`` of ``f`` outside ``weights``."""
    offset, size = weights
    h = hashlib.sha256(_DOMAIN + struct.pack("<QQ", offset, size))
    for start, stop in ((0, offset), (offset + size, end)) if size else ((0, end),):
        f.seek(start)
        remaining = stop - start
        while remaining > 0:
            block = f.read(min(_BLOCK, remaining))
            if not block:
                raise ValueError("short read")
            h.update(block)
            remaining -= len(block)
    return h.digest()


def seal_shared_object(path: Path) -> None:
    """Append the code seal to the linked ``.so`` at ``path`` (its weights, if any, are
    the exported ``rlx_weights``)."""
    weights = exported_symbols(path).get(WEIGHTS_SYMBOL, (0, 0))
    with open(path, "r+b") as f:
        end = os.fstat(f.fileno()).st_size
        digest = code_digest(f, end, weights)
        f.seek(end)
        f.write(FOOTER.pack(*weights, digest, MAGIC))


def read_seal(path: Path) -> tuple[tuple[int, int], bytes] | None:
    """The (weights offset, size) and digest of ``path``'s footer; None without one."""
    with open(path, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        if size < FOOTER.size:
            return None
        f.seek(size - FOOTER.size)
        offset, length, digest, magic = FOOTER.unpack(f.read(FOOTER.size))
    return ((offset, length), digest) if magic == MAGIC else None


def check_code_seal(path: Path) -> tuple[int, int] | None:
    """Refuse a ``.so`` whose code differs from its seal (before anything maps it);
    return the weights range it excludes. Without a seal: a :class:`ModelLoadError` for
    a ``.so`` that exports a manifest digest (one of rlx's: this rlx seals every one it
    links), else None -- the loader's later checks say what such a file is."""
    try:
        sealed = read_seal(path)
        if sealed is None:
            if MANIFEST_DIGEST_SYMBOL in exported_symbols(path):
                raise ModelLoadError(f"{path} has no code digest (it is truncated, or was built by an older rlx): "
                                     f"recompile it with `rlxc compile`")
            return None
        (offset, length), digest = sealed
        with open(path, "rb") as f:
            end = os.fstat(f.fileno()).st_size - FOOTER.size
            intact = offset + length <= end and code_digest(f, end, (offset, length)) == digest
    except (OSError, ValueError) as err:
        raise ModelLoadError(f"cannot read {path}: {getattr(err, 'strerror', None) or err}") from None
    if not intact:
        raise ModelLoadError(f"{path} is damaged: its code does not match the digest recorded when it was "
                             f"compiled; recompile it")
    return offset, length
