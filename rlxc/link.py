"""Linking: relocatable objects (and the model data) -> one shared object, with ``cc``.

The one place that drives the system C compiler: ``rlxc compile`` links the code with
the data object (the manifest, its size and digest, the packed weights: read-only data
under the symbols of ``docs/abi.md``) and seals it (:mod:`rlx.runtime.seal`: a digest
of its code, which the loader checks before ``dlopen``); the tests link bare objects.
Every failure is a one-line :class:`~runtime.errors.CompileError`.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from rlx.runtime import durable
from rlx.runtime.abi import (MANIFEST_DIGEST_SYMBOL, MANIFEST_SIZE_SYMBOL, MANIFEST_SYMBOL, WEIGHT_ALIGN,
                         WEIGHTS_SYMBOL, Manifest, manifest_digest, manifest_text)
from rlx.runtime.errors import CompileError, first_line
from rlx.runtime.seal import seal_shared_object

#: what every shared object links against: OpenMP (parallel loops) and libm
_LIBRARIES = ("-Wl,--as-needed", "-Wl,--build-id=sha1", "-lgomp", "-lm")


def run_cc(args: list[str], what: str) -> None:
    """``cc ARGS``; its first line of output is the error when it fails."""
    try:
        proc = subprocess.run(["cc", *args], capture_output=True, text=True)
    except FileNotFoundError:
        raise CompileError(f"{what} failed: the system C compiler 'cc' was not found") from None
    if proc.returncode != 0:
        raise CompileError(f"{what} failed: {first_line(proc.stderr or proc.stdout, f'cc exited with {proc.returncode}')}")


def link_objects(objects: list[Path], out: Path) -> None:
    """Link the object files ``objects`` into the shared object ``out``."""
    run_cc(["-shared", "-o", str(out), *map(str, objects), *_LIBRARIES], "linking")


def link_shared_object(object_bytes: bytes, out: str | Path) -> Path:
    """Link one object (``lowering.llvm_target.emit_object``) into the shared object ``out``."""
    with durable.scratch_directory("link") as tmp:
        obj = Path(tmp) / "module.o"
        obj.write_bytes(object_bytes)
        link_objects([obj], Path(out))
    return Path(out)


def _data_symbol(name: str, section: str, align: int, body: str, size: int) -> str:
    return (f'\t.section {section},"a"\n\t.globl {name}\n\t.type {name}, %object\n'
            f"\t.balign {align}\n{name}:\n{body}\t.size {name}, {size}\n")


def data_assembly(manifest_file: Path, manifest_size: int, blob: Path | None, blob_size: int,
                  digest: str) -> str:
    """Assembler text for the data object: the manifest (NUL-terminated), its size and
    sha256 (hex, NUL-terminated), the weights."""
    parts = [
        _data_symbol(MANIFEST_SYMBOL, ".rodata.rlx_manifest", 8,
                     f'\t.incbin "{manifest_file}"\n\t.byte 0\n', manifest_size + 1),
        _data_symbol(MANIFEST_SIZE_SYMBOL, ".rodata.rlx_manifest", 8, f"\t.quad {manifest_size}\n", 8),
        _data_symbol(MANIFEST_DIGEST_SYMBOL, ".rodata.rlx_manifest", 8, f'\t.asciz "{digest}"\n',
                     len(digest) + 1),
    ]
    if blob is not None:
        parts.append(_data_symbol(WEIGHTS_SYMBOL, ".rodata.rlx_weights", WEIGHT_ALIGN,
                                  f'\t.incbin "{blob}"\n', blob_size))
    parts.append('\t.section .note.GNU-stack,"",%progbits\n')
    return "".join(parts)


def link_model(object_bytes: bytes, manifest: Manifest, out: Path, *,
               blob: Path | None = None, blob_size: int = 0) -> None:
    """Assemble the data object, link it with the code into the shared object ``out``
    and seal it."""
    with durable.scratch_directory("link") as tmp:
        tmp = Path(tmp)
        (tmp / "code.o").write_bytes(object_bytes)
        text = manifest_text(manifest)
        (tmp / "manifest.json").write_bytes(text)
        (tmp / "data.s").write_text(data_assembly(tmp / "manifest.json", len(text), blob, blob_size,
                                                  manifest_digest(text)))
        run_cc(["-c", str(tmp / "data.s"), "-o", str(tmp / "data.o")], "assembling the model data")
        link_objects([tmp / "code.o", tmp / "data.o"], out)
    seal_shared_object(out)
