"""The tuning record: the kernel choices ``rlxc tune`` measured, per target CPU.

One JSON file, ``<cache root>/tuning.json`` (``$RLX_CACHE_DIR``, else ``~/.cache/rlx``)
unless a path is given, shaped::

    {"version": 1, "targets": {"znver4-1a2b3c4d5e6f": {
        "summary": "znver4 (512-bit vectors x 32 registers, ...)",
        "kernels": {"linear_swiglu_k1024_n3072": {"choice": "10:16:u", "default": "8:16:u",
                                                   "gflops": {"8:16:u": 212.0, "10:16:u": 221.5},
                                                   "rows": 512, "threads": 2}}}}}

A target's key is its LLVM CPU name and a digest of the ISA features the code may use,
so a record made on one machine is never applied to code for another. A compile
(``tuning="auto"``, the default) passes the entries of its target whose measured choice
is not the built-in one to ``rlx-to-loops{tuning=...}``: the pipeline text, and so the
compile-cache key and every dump, spells them out. ``tuning="none"`` compiles with the
built-in choices; a path reads that record instead of the cache's.

This module reads and writes the record only (no compiler imports): the measuring is
:mod:`rlxc.tune`.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from rlxc.atomic import atomic_output
from rlx.runtime.errors import CompileError
from rlx.runtime.weight_cache import cache_root

RECORD = "tuning.json"
VERSION = 1
#: what ``tuning=`` takes besides a path
AUTO, NONE = "auto", "none"


def record_path(path: str | os.PathLike | None = None) -> Path:
    """The record file: ``path``, else the cache root's ``tuning.json``."""
    return Path(path) if path is not None else cache_root() / RECORD


def target_key(target) -> str:
    """``cpu-<digest of its features>`` of a :class:`rlx.lowering.target.Target`."""
    features = ",".join(sorted(target.features))
    return f"{target.cpu}-{hashlib.sha256(features.encode()).hexdigest()[:12]}"


def read_record(path: Path, *, required: bool = False) -> dict[str, Any]:
    """The record at ``path``; an empty one when there is none (CompileError if ``required``)
    or, unless ``required``, when it cannot be read (the cache is an optimisation)."""
    try:
        data = json.loads(path.read_text())
    except FileNotFoundError:
        if required:
            raise CompileError(f"tuning record '{path}' does not exist (write one with `rlxc tune MODEL -o {path}`)")
        return {"version": VERSION, "targets": {}}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        if required:
            raise CompileError(f"tuning record '{path}' cannot be read: {err}") from None
        return {"version": VERSION, "targets": {}}
    if not _well_formed(data):
        if required:
            raise CompileError(f"tuning record '{path}' is not an rlx tuning record (version {VERSION})")
        return {"version": VERSION, "targets": {}}
    return data


def _well_formed(data: Any) -> bool:
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("targets"), dict):
        return False
    for entry in data["targets"].values():
        kernels = entry.get("kernels") if isinstance(entry, dict) else None
        if not isinstance(kernels, dict) or not all(
                isinstance(k, dict) and isinstance(k.get("choice"), str) and isinstance(k.get("default"), str)
                for k in kernels.values()):
            return False
    return True


def record_kernels(record: dict[str, Any], target, measured: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """``record`` with ``measured`` (kernel name -> its entry) added to ``target``'s kernels."""
    entry = record["targets"].setdefault(target_key(target), {"summary": target.summary(), "kernels": {}})
    entry["summary"] = target.summary()
    entry["kernels"].update(measured)
    return record


def write_record(path: Path, record: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_output(path, 0o666) as tmp:
        tmp.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n")


def tuning_text(record: dict[str, Any], target) -> str:
    """The ``rlx-to-loops`` tuning option for ``target`` from ``record``: the kernels whose
    measured choice is not the built-in one, ``name=choice;...`` sorted by name."""
    from rlx.lowering.kernels.tuning import format_tuning

    kernels = record["targets"].get(target_key(target), {}).get("kernels", {})
    return format_tuning({name: k["choice"] for name, k in kernels.items() if k["choice"] != k["default"]})


def resolve_tuning(tuning: str, target_text: str) -> str:
    """What ``tuning=`` (``auto``, ``none`` or a record's path) means for the target
    ``target_text``: the option text (``""``: the built-in choices)."""
    from rlx.lowering.target import parse_target

    if tuning == NONE:
        return ""
    target = parse_target(target_text)
    if tuning == AUTO:
        return tuning_text(read_record(record_path()), target)
    record = read_record(record_path(tuning), required=True)
    if target_key(target) not in record["targets"]:
        tuned = ", ".join(e.get("summary", k).split(" (")[0] for k, e in record["targets"].items()) or "none"
        raise CompileError(f"tuning record '{tuning}' has no entries for target {target.cpu} "
                           f"(it was tuned for: {tuned}); run `rlxc tune MODEL --target {target_text} -o {tuning}`")
    return tuning_text(record, target)
