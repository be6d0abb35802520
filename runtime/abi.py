"""The ABI of a compiled model: the manifest schema, written once (``docs/abi.md``).

The compiler fills these classes (``rlxc.compiler``), ``rlxc compile`` embeds
:meth:`Manifest.to_json` in the ``.so``, the loader reads it back with
:meth:`Manifest.from_json` (which validates every field the runtime reads: a damaged
manifest fails here, with the field named, rather than somewhere later) and the session
reads the same objects. Like all of ``runtime/``, this imports nothing of the compiler.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from rlx.runtime.errors import ModelLoadError, RlxError
from rlx.runtime.symbolic import parse_shape

#: Changes whenever the calling convention, a manifest field the runtime reads, or a
#: weight layout changes: a ``.so`` of another version is refused ("recompile").
#: 2: the manifest is written and read through this module (entry ``inputs`` always present).
ABI_VERSION = 2

# The symbols of an LLM entry point: the integers passed beside the buffers.
SEQ = "SEQ"              #: tokens per sequence in this call
PAST_SEQ = "PAST_SEQ"    #: tokens already in the KV cache
MAX_SEQ = "MAX_SEQ"      #: rows of the KV cache (its capacity; a windowed layer's ring has constant rows)
ROWS = "ROWS"            #: sequences advanced by one slotted decode call
SLOTS = "SLOTS"          #: sequences the KV cache of a slotted decode holds

ROLES = ("input", "kv_cache", "output", "param", "arena", "checks", "symbol")
#: ``bf16``: a weight stored as the 16 bits of its bf16 values (a uint16 array);
#: ``q8_0``: a weight stored as the bytes of its Q8_0 tiles (``rlx.runtime.quant``)
BUFFER_DTYPES = ("f32", "i32", "i8", "i64", "bf16", "f16", "q8_0", "q4_0")
#: the numpy type each weight dtype is held in (bf16: its bits, q8_0: its bytes)
WEIGHT_DTYPES = {"f32": "float32", "bf16": "uint16", "f16": "float16", "q8_0": "uint8", "q4_0": "uint8"}
#: the layouts of block-quantized weights, and their dtype (an i8 buffer in the code)
BLOCK_LAYOUT_DTYPES = {"packed16_q8_0": "q8_0", "packed16_q4_0": "q4_0"}
SYMBOL_DTYPE = "index"
KINDS = ("session", "flow")

# The symbols a ``.so`` exports beside its entry points.
MANIFEST_SYMBOL = "rlx_manifest"
MANIFEST_SIZE_SYMBOL = "rlx_manifest_size"
MANIFEST_DIGEST_SYMBOL = "rlx_manifest_sha256"
WEIGHTS_SYMBOL = "rlx_weights"
WEIGHT_ALIGN = 64


class _Malformed(Exception):
    """One field of the manifest is not what the runtime reads (becomes a ModelLoadError)."""


def _need(ok: bool, what: str) -> None:
    if not ok:
        raise _Malformed(what)


def _is_int(value: Any, low: int = 0) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= low


def _is_dims(text: Any, count: int | None = None) -> bool:
    """Symbolic shape text (``1xSEQx64``) with ``count`` dims, if given."""
    if not isinstance(text, str):
        return False
    try:
        dims = parse_shape(text) if text else ()
    except RlxError:
        return False
    return count is None or len(dims) == count


def _is_sizes(value: Any) -> bool:
    return isinstance(value, list) and all(_is_int(d) for d in value)


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


# ------------------------------------------------------------------------- entries


@dataclass(frozen=True)
class Arg:
    """One argument of an entry point, in calling order (``role`` is one of ``ROLES``)."""

    name: str
    role: str
    shape: str = ""
    dtype: str = "f32"
    layout: str = ""

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "role": self.role, "layout": self.layout, "shape": self.shape,
                "dtype": self.dtype}

    @staticmethod
    def from_json(d: Any, entry: str) -> "Arg":
        keys = ("name", "role", "shape", "dtype", "layout")
        _need(isinstance(d, dict) and set(keys) <= d.keys() and all(isinstance(d[k], str) for k in keys),
              f"entry '{entry}' has an arg without {', '.join(sorted(keys))}")
        _need(d["role"] in ROLES, f"entry '{entry}': arg '{d['name']}' has unknown role {d['role']!r}")
        dtypes = (SYMBOL_DTYPE,) if d["role"] == "symbol" else BUFFER_DTYPES
        _need(d["dtype"] in dtypes, f"entry '{entry}': arg '{d['name']}' has dtype {d['dtype']!r}")
        _need(_is_dims(d["shape"]), f"entry '{entry}': arg '{d['name']}' has shape {d['shape']!r}")
        return Arg(d["name"], d["role"], d["shape"], d["dtype"], d["layout"])


@dataclass(frozen=True)
class FlowInput:
    """An input as a caller of a flow passes it (before past K/V become caches)."""

    name: str
    shape: str
    dtype: str  # i32 | f32

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "shape": self.shape, "dtype": self.dtype}


@dataclass(frozen=True)
class Constraint:
    """``low <= high``, affine expressions of the symbols the caller must keep to."""

    low: str
    high: str

    def to_json(self) -> list[str]:
        return [self.low, self.high]


@dataclass(frozen=True)
class Entry:
    """One native entry point ``<name>_packed(void **ptrs, int64_t *ints)``."""

    name: str
    args: tuple[Arg, ...]
    arena_bytes: int
    constraints: tuple[Constraint, ...] = ()
    #: the flow's outputs in order; a KV output is the cache buffer ``kv_outputs`` names
    outputs: tuple[str, ...] = ()
    kv_outputs: Mapping[str, str] = field(default_factory=dict)
    inputs: tuple[FlowInput, ...] = ()
    #: integer inputs whose every value must lie in ``[0, bound)`` (token ids: the vocabulary;
    #: a slotted decode's slots and positions: a dimension expression such as ``SLOTS`` or
    #: ``PAST_SEQ+1``, evaluated with the call's symbols)
    id_bounds: Mapping[str, int | str] = field(default_factory=dict)
    #: debug builds: the kernel names, indexed by the kernel id of the ``checks`` record
    check_kernels: tuple[str, ...] = ()
    #: integer inputs whose values must all differ (a slotted decode's slots)
    distinct_ids: tuple[str, ...] = ()

    def by_role(self, role: str) -> list[Arg]:
        return [a for a in self.args if a.role == role]

    @functools.cached_property
    def symbols(self) -> list[str]:
        return [a.name for a in self.args if a.role == "symbol"]

    def bound(self, symbol: str) -> int | None:
        """The smallest constant a recorded constraint ``symbol <= c`` allows (None: no such)."""
        bounds = [int(c.high) for c in self.constraints if c.low == symbol and c.high.isdigit()]
        return min(bounds, default=None)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "args": [a.to_json() for a in self.args], "arena_bytes": self.arena_bytes,
            "kv_outputs": dict(self.kv_outputs), "constraints": [c.to_json() for c in self.constraints],
            "outputs": list(self.outputs)}
        if self.check_kernels:
            out["check_kernels"] = list(self.check_kernels)
        out["inputs"] = [i.to_json() for i in self.inputs]
        out["id_bounds"] = dict(self.id_bounds)
        if self.distinct_ids:
            out["distinct_ids"] = list(self.distinct_ids)
        return out

    @staticmethod
    def from_json(name: str, d: Any) -> "Entry":
        _need(isinstance(d, dict), f"entry '{name}' is not an object")
        raw = d.get("args")
        _need(isinstance(raw, list) and all(isinstance(a, dict) for a in raw), f"entry '{name}' has no args list")
        args = tuple(Arg.from_json(a, name) for a in raw)
        roles = [a.role for a in args]
        _need(roles.count("arena") == 1 and roles.count("checks") <= 1,
              f"entry '{name}' needs one arena argument (and at most one checks argument)")
        named = [a.name for a in args if a.role != "param"]
        _need(len(set(named)) == len(named), f"entry '{name}' names an argument twice")
        _need(_is_int(d.get("arena_bytes")), f"entry '{name}' has no arena_bytes")
        constraints = d.get("constraints", [])
        _need(isinstance(constraints, list) and all(
            isinstance(c, list) and len(c) == 2 and all(_is_dims(x, 1) for x in c) for c in constraints),
            f"entry '{name}' has malformed constraints")
        kv = d.get("kv_outputs", {})
        _need(isinstance(kv, dict) and all(isinstance(v, str) and v in named for v in kv.values()),
              f"entry '{name}' has malformed kv_outputs")
        bounds = d.get("id_bounds", {})
        _need(isinstance(bounds, dict) and all(k in named and (_is_int(v, 1) or _is_dims(v, 1))
                                               for k, v in bounds.items()),
              f"entry '{name}' has malformed id_bounds")
        distinct = d.get("distinct_ids", [])
        _need(_strings(distinct) and all(k in named for k in distinct), f"entry '{name}' has malformed distinct_ids")
        kernels = d.get("check_kernels", [])
        _need(_strings(kernels), f"entry '{name}' has malformed check_kernels")
        inputs = d.get("inputs", [])
        _need(isinstance(inputs, list) and all(
            isinstance(i, dict) and isinstance(i.get("name"), str) and _is_dims(i.get("shape"))
            and i.get("dtype") in ("i32", "f32") for i in inputs), f"entry '{name}' has malformed inputs")
        outputs = d.get("outputs", [])
        _need(_strings(outputs), f"entry '{name}' has malformed outputs")
        return Entry(name, args, d["arena_bytes"], tuple(Constraint(lo, hi) for lo, hi in constraints),
                     tuple(outputs), dict(kv), tuple(FlowInput(i["name"], i["shape"], i["dtype"]) for i in inputs),
                     dict(bounds), tuple(kernels), tuple(distinct))


# ------------------------------------------------------------------- target, weights


@dataclass(frozen=True)
class CpuTarget:
    """The CPU the code was generated for; ``required_flags`` are ``/proc/cpuinfo`` flags."""

    arch: str = ""
    name: str = ""
    llvm_features: str = ""
    required_flags: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"arch": self.arch, "name": self.name, "llvm_features": self.llvm_features,
                "required_flags": list(self.required_flags)}

    @staticmethod
    def from_json(d: Any) -> "CpuTarget":
        _need(isinstance(d, dict) and all(isinstance(d.get(k, ""), str) for k in ("arch", "name"))
              and _strings(d.get("required_flags", [])),
              "'cpu' is not an object of arch, name and a list of required_flags")
        features = d.get("llvm_features", "")
        return CpuTarget(d.get("arch", ""), d.get("name", ""), features if isinstance(features, str) else "",
                         tuple(d.get("required_flags", [])))


@dataclass(frozen=True)
class PackedTensor:
    """One weight in a packed blob: ``dtype`` (f32, or bf16 bits) in ``layout`` at
    ``offset`` (a multiple of 64); ``digests`` of its 64 MiB pieces let a load see
    damaged bytes (``runtime/digests.py``)."""

    name: str
    layout: str
    shape: tuple[int, ...]
    offset: int
    nbytes: int
    digests: tuple[str, ...] = ()
    dtype: str = "f32"

    def to_json(self) -> dict[str, Any]:
        out = {"name": self.name, "layout": self.layout, "shape": list(self.shape),
               "offset": self.offset, "nbytes": self.nbytes}
        if self.digests:
            out["digests"] = list(self.digests)
        if self.dtype != "f32":
            out["dtype"] = self.dtype
        return out


@dataclass(frozen=True)
class PackedBlob:
    """The table of a packed-weight blob (``--embed-weights``, or the packed-weight cache)."""

    bytes: int
    tensors: tuple[PackedTensor, ...]
    align: int = WEIGHT_ALIGN
    symbol: str = WEIGHTS_SYMBOL

    def to_json(self) -> dict[str, Any]:
        return {"symbol": self.symbol, "bytes": self.bytes, "align": self.align,
                "tensors": [t.to_json() for t in self.tensors]}

    @staticmethod
    def from_json(d: Any) -> "PackedBlob":
        _need(isinstance(d, dict) and _is_int(d.get("bytes")) and isinstance(d.get("symbol", WEIGHTS_SYMBOL), str)
              and isinstance(d.get("tensors"), list), "'weights.embedded' is malformed")
        for t in d["tensors"]:
            _need(isinstance(t, dict) and isinstance(t.get("name"), str) and isinstance(t.get("layout"), str)
                  and _is_sizes(t.get("shape")) and _is_int(t.get("offset")) and _is_int(t.get("nbytes"))
                  and _strings(t.get("digests", [])) and t.get("dtype", "f32") in WEIGHT_DTYPES,
                  "an embedded weight lacks name, layout, shape, offset or nbytes")
        align = d.get("align", WEIGHT_ALIGN)
        return PackedBlob(d["bytes"], tuple(PackedTensor(t["name"], t["layout"], tuple(t["shape"]), t["offset"],
                                                         t["nbytes"], tuple(t.get("digests", [])),
                                                         t.get("dtype", "f32"))
                                            for t in d["tensors"]),
                          align if _is_int(align, 1) else WEIGHT_ALIGN, d.get("symbol", WEIGHTS_SYMBOL))


@dataclass(frozen=True)
class CheckpointTensor:
    """A tensor the model reads from the checkpoint, as stored there."""

    name: str
    shape: tuple[int, ...]
    dtype: str

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "shape": list(self.shape), "dtype": self.dtype}


@dataclass(frozen=True)
class WeightsTable:
    """Where the weights are: embedded in the ``.so``, or a checkpoint at ``path``."""

    path: str | None = None
    tensors: tuple[CheckpointTensor, ...] = ()
    embedded: PackedBlob | None = None

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "tensors": [t.to_json() for t in self.tensors],
                "embedded": self.embedded.to_json() if self.embedded else None}

    @staticmethod
    def from_json(d: Any) -> "WeightsTable":
        _need(isinstance(d, dict), "'weights' is not an object")
        _need(d.get("path") is None or isinstance(d["path"], str), "'weights.path' is not a string")
        tensors = d.get("tensors", [])
        _need(isinstance(tensors, list) and all(
            isinstance(t, dict) and isinstance(t.get("name"), str) and _is_sizes(t.get("shape"))
            and isinstance(t.get("dtype"), str) for t in tensors), "'weights.tensors' is malformed")
        embedded = d.get("embedded")
        return WeightsTable(d.get("path"), tuple(CheckpointTensor(t["name"], tuple(t["shape"]), t["dtype"])
                                                 for t in tensors),
                            None if embedded is None else PackedBlob.from_json(embedded))


# ------------------------------------------------------------------------ the manifest


@dataclass(frozen=True)
class Manifest:
    """What a ``.so`` (or a JIT-compiled module) tells the runtime about its code."""

    entries: Mapping[str, Entry]
    kind: str = "session"  # session (an LLM: prefill, decode, ...) | flow (one entry)
    #: recipes of the params the runtime generates (``runtime/constants.py``): kind, shape, ...
    constants: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    max_tokens: int | None = None  # the most tokens one prefill call takes
    max_seq: int | None = None  # the KV capacity compiled with (``--max-seq``)
    max_positions: int | None = None
    batch: int | None = None
    vocab_size: int | None = None
    rlx_abi: int = ABI_VERSION
    rlx_version: str = "?"
    config: Mapping[str, Any] = field(default_factory=dict)
    config_fingerprint: str | None = None
    cpu: CpuTarget = CpuTarget()
    weights: WeightsTable = WeightsTable()
    flow: Mapping[str, Any] | None = None  # a flow's format, family and options
    #: the tokens that end a generated sequence (generation_config.json / config.json);
    #: None: not recorded (code in the compile cache, a flow, an older ``.so``)
    eos_token_ids: tuple[int, ...] | None = None

    def replace(self, **changes: Any) -> "Manifest":
        return dataclasses.replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"rlx_abi": self.rlx_abi, "rlx_version": self.rlx_version, "kind": self.kind,
                               "entries": {n: e.to_json() for n, e in self.entries.items()},
                               "constants": {n: dict(r) for n, r in self.constants.items()}}
        for key in ("max_tokens", "max_seq", "max_positions", "batch", "vocab_size", "config_fingerprint"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        out.update(config=dict(self.config), cpu=self.cpu.to_json(), weights=self.weights.to_json())
        if self.flow is not None:
            out["flow"] = dict(self.flow)
        if self.eos_token_ids is not None:
            out["eos_token_ids"] = list(self.eos_token_ids)
        return out

    @staticmethod
    def from_json(d: Any, where: object = "manifest") -> "Manifest":
        """The manifest ``d`` (parsed JSON) describes; a one-line :class:`ModelLoadError`
        naming ``where`` and the field when it is another ABI version or malformed."""
        check_abi_version(d, where)
        try:
            return _manifest(d)
        except _Malformed as err:
            raise ModelLoadError(f"{where}: malformed manifest: {err}") from None


def check_abi_version(d: Any, where: object) -> None:
    """Refuse a manifest of another ABI version: its code must be compiled again."""
    abi = d.get("rlx_abi") if isinstance(d, dict) else None
    if abi != ABI_VERSION:
        version = d.get("rlx_version", "?") if isinstance(d, dict) else "?"
        raise ModelLoadError(f"{where} was built for rlx ABI version {abi} (by rlx {version}); this "
                             f"runtime speaks ABI version {ABI_VERSION}: recompile it with `rlxc compile`")


def read_cpu(d: Mapping[str, Any], where: object) -> CpuTarget:
    """The manifest's target CPU (read before the rest: a CPU mismatch is reported first)."""
    try:
        return CpuTarget.from_json(d.get("cpu", {}))
    except _Malformed as err:
        raise ModelLoadError(f"{where}: malformed manifest: {err}") from None


def _manifest(d: Mapping[str, Any]) -> Manifest:
    entries = d.get("entries")
    _need(isinstance(entries, dict), "it lists no entry points")
    parsed = {name: Entry.from_json(name, e) for name, e in entries.items()}
    kind = d.get("kind", "session")
    _need(kind in KINDS, f"unknown kind {kind!r}")
    if kind == "session":
        missing = [k for k in ("batch", "vocab_size", "max_tokens") if not _is_int(d.get(k), 1)]
        _need(not missing, f"it lacks {', '.join(missing)}")
    for key in ("max_tokens", "max_seq", "max_positions", "batch", "vocab_size"):
        _need(d.get(key) is None or _is_int(d[key], 1), f"'{key}' is not a positive integer")
    constants = d.get("constants", {})
    _need(isinstance(constants, dict), "'constants' is not an object")
    for name, recipe in constants.items():
        _need(isinstance(recipe, dict) and _is_sizes(recipe.get("shape")), f"constant '{name}' has no shape")
    config, flow = d.get("config", {}), d.get("flow")
    _need(isinstance(config, dict), "'config' is not an object")
    _need(flow is None or isinstance(flow, dict), "'flow' is not an object")
    fingerprint = d.get("config_fingerprint")
    eos = d.get("eos_token_ids")
    _need(eos is None or isinstance(eos, list) and all(
        _is_int(t) and (d.get("vocab_size") is None or t < d["vocab_size"]) for t in eos),
        "'eos_token_ids' is not a list of token ids within the vocabulary")
    return Manifest(parsed, kind, dict(constants), d.get("max_tokens"), d.get("max_seq"), d.get("max_positions"),
                    d.get("batch"), d.get("vocab_size"), d["rlx_abi"], str(d.get("rlx_version", "?")), config,
                    fingerprint if isinstance(fingerprint, str) else None, CpuTarget.from_json(d.get("cpu", {})),
                    WeightsTable.from_json(d.get("weights", {})), flow, None if eos is None else tuple(eos))


def read_packed_blob(d: Any, where: object) -> PackedBlob:
    """A packed-weight table read from a file (the packed-weight cache's ``<key>.json``)."""
    try:
        return PackedBlob.from_json(d)
    except _Malformed as err:
        raise ModelLoadError(f"{where}: malformed packed weight table: {err}") from None


def as_manifest(manifest: Manifest | Mapping[str, Any]) -> Manifest:
    """``manifest`` as a :class:`Manifest` (parsed JSON is validated first)."""
    return manifest if isinstance(manifest, Manifest) else Manifest.from_json(manifest)


def manifest_text(manifest: Manifest) -> bytes:
    """The manifest as a ``.so`` embeds it: compact UTF-8 JSON."""
    return json.dumps(manifest.to_json(), separators=(",", ":")).encode("utf-8")


def manifest_digest(text: bytes) -> str:
    """The hex sha256 that ``rlxc compile`` stores beside the manifest text."""
    return hashlib.sha256(text).hexdigest()
