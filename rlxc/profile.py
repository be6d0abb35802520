"""How code is compiled: a :class:`CompileProfile` per entry point, :class:`CompileOptions` per compile.

A ``CompileProfile`` is the seed's way to choose how a flow is compiled: its pass
pipeline (the fusion policy), the tokens one call processes, the optimization level,
the threads and the weight format. Every ``BuiltModel`` carries one (``Qwen3Flow``
picks ``prefill`` or ``decode``).

A compile puts all its entry points into one module, compiled by one pipeline: their
kernels are shared and there is one LLVM module. So the entries' profiles must agree on
the module-wide fields (``opt_level``, ``threads``, ``pipeline``, ``precision``,
``head_precision``, ``checks``); ``max_tokens`` is each entry's own (the compiler
writes it on the entry as ``rlx.max_tokens``, and ``rlx-plan-memory`` plans that
entry's ``SEQ`` for it).
:func:`module_profile` is the profile the module is compiled with: the common fields,
the largest ``max_tokens``; its ``pipeline_text()`` is the pipeline that runs, and
``--dump-ir`` writes it with each entry's profile to ``00-pipeline.txt``.

``CompileOptions`` is what a caller asks of one compile: profile fields that replace
every entry's own (the CLI flags, the keywords of ``rlxc.load``/``rlxc.jit``), a limit on
``max_tokens`` (the KV capacity) and what IR to show while the pipeline runs.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from rlx.runtime.errors import CompileError

#: the formats the matmul weights can be stored in (``rlx-weight-format``)
PRECISIONS = ("f32", "bf16", "f16", "q8_0", "q4_0")
#: the formats a KV cache can hold (``kv_format``, ``--kv``)
KV_FORMATS = ("f32", "bf16", "f16")
#: ``precision="auto"`` (what ``rlxc.load`` and ``rlxc compile`` do unless told): the
#: checkpoint's own format, :func:`checkpoint_formats`
AUTO = "auto"
#: the profile fields one module has once: one pipeline, one LLVM module
MODULE_FIELDS = ("opt_level", "threads", "pipeline", "precision", "head_precision", "kv_format", "checks",
                 "target", "tuning")
#: the ``DumpOptions`` fields a ``CompileOptions`` holds, with their defaults
DUMP_DEFAULTS = {"print_ir_after_all": False, "dump_dir": None, "verify": True, "verify_each": False,
                 "print_ir_after_change": False, "print_ir_diff": False, "timing": False}


def thread_count(threads: Any) -> int:
    """The threads a call runs on: 0 = all cores (the OpenMP default team), 1 = serial
    code, N = a team of N. ``True``/``False`` (the old on/off switch) mean 0/1."""
    if isinstance(threads, bool):
        return 0 if threads else 1
    if not isinstance(threads, int) or threads < 0:
        raise CompileError(f"threads must be an integer >= 0 (0: all cores, 1: serial, N: N threads), "
                           f"got {threads!r}")
    return threads


#: the profile of the slotted decode (``decode_slots``), whose ``max_tokens`` bounds its rows
SLOT_DECODE_PROFILE = "decode_slots"


@dataclass(frozen=True)
class CompileProfile:
    """How an entry point is compiled: the pass pipeline and code-generation options."""

    name: str = "default"
    opt_level: int = 3
    #: 0: all cores (the OpenMP default team), 1: serial code, N: a team of N threads
    threads: int = 0
    #: the most tokens one call processes (the bound of ``SEQ`` for the scratch memory)
    max_tokens: int = 512
    #: the pass pipeline; None: :func:`rlxc.passes.default_pipeline` of these fields
    pipeline: str | None = None
    #: the format the matmul weights are stored in: f32, bf16 or f16 (half the bytes) or
    #: q8_0 / q4_0 (ggml's blocks); the kernels widen them to f32 in registers --
    #: ``rlx-weight-format`` in the pipeline
    precision: str = "f32"
    #: the LM head's format (the weight of the linear that makes the logits: ``lm_head``,
    #: or the tied embedding table), one of :data:`PRECISIONS`; None: ``precision``'s.
    #: ``q4_0`` weights with a ``q8_0`` head mix formats as llama.cpp's files do
    #: (``rlx-weight-format{format=q4_0 head=q8_0}``)
    head_precision: str | None = None
    #: the format the KV caches hold, one of :data:`KV_FORMATS`: f32, or bf16 / f16 (half
    #: the bytes a long context reads per token) -- ``rlx-kv-format`` in the pipeline
    kv_format: str = "f32"
    #: debug build: kernels check their indices (``rlx-to-loops{checks=true}``)
    checks: bool = False
    #: the CPU the code is for: ``host``, or an LLVM CPU name with +/-feature overrides
    #: (``znver2``, ``x86-64-v3``, ``sapphirerapids,-avx512f``: :mod:`rlx.lowering.target`)
    target: str = "host"
    #: measured kernel choices (``rlxc tune``), ``kernel=choice;...``: the
    #: ``rlx-to-loops{tuning=...}`` option (:mod:`rlx.lowering.kernels.tuning`); "" the
    #: built-in ones. ``CompileOptions(tuning=...)`` also takes auto, none or a record's path
    tuning: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "threads", thread_count(self.threads))
        if not isinstance(self.opt_level, int) or not 0 <= self.opt_level <= 3:
            raise CompileError(f"opt_level must be 0, 1, 2 or 3, got {self.opt_level!r}")
        if not isinstance(self.max_tokens, int) or isinstance(self.max_tokens, bool) or self.max_tokens < 1:
            raise CompileError(f"max_tokens must be an integer >= 1, got {self.max_tokens!r}")
        if not isinstance(self.target, str):
            raise CompileError(f"target must be a string such as 'host' or 'znver2', got {self.target!r}")
        from rlx.lowering.target import parse_target

        parse_target(self.target)  # a clear error now, not in the middle of the pipeline
        if not isinstance(self.tuning, str):
            raise CompileError(f"tuning must be a string (auto, none, a tuning record's path or "
                               f"kernel=choice;...), got {self.tuning!r}")
        from rlx.lowering.kernels.tuning import parse_tuning

        try:
            parse_tuning(self.tuning)
        except ValueError as err:
            raise CompileError(str(err)) from None
        if self.precision not in PRECISIONS:
            raise CompileError(f"precision {self.precision!r} is not supported; supported: "
                               f"{', '.join(PRECISIONS)}")
        if self.kv_format not in KV_FORMATS:
            raise CompileError(f"kv_format {self.kv_format!r} is not a format a KV cache can hold; supported: "
                               f"{', '.join(KV_FORMATS)}")
        if self.head_precision is not None and self.head_precision not in PRECISIONS:
            raise CompileError(f"head_precision {self.head_precision!r} is not a format the LM head can be "
                               f"stored in; supported: {', '.join(PRECISIONS)}")

    @staticmethod
    def prefill(max_tokens: int = 512) -> "CompileProfile":
        return CompileProfile("prefill", max_tokens=max_tokens)

    @staticmethod
    def decode() -> "CompileProfile":
        return CompileProfile("decode", max_tokens=1)

    @staticmethod
    def slot_decode(max_rows: int = 64) -> "CompileProfile":
        """A slotted decode: its temporaries are planned for ``max_rows`` sequences per step."""
        return CompileProfile(SLOT_DECODE_PROFILE, max_tokens=max_rows)

    def with_(self, **changes: Any) -> "CompileProfile":
        return replace(self, **changes)

    def pipeline_text(self) -> str:
        """The pipeline this profile compiles with: its own, or the default one."""
        from rlxc.passes import default_pipeline

        if self.pipeline is None:
            return default_pipeline(self.max_tokens, self.threads, self.opt_level, self.checks, self.target,
                                    self.precision, self.head_precision, self.kv_format, self.tuning)
        if self.checks and "checks=true" not in self.pipeline.replace(" ", ""):
            raise CompileError("checks=True needs 'rlx-to-loops{checks=true}' in a custom pipeline")
        return self.pipeline

    def describe(self) -> str:
        """``opt_level=3 threads=0 max_tokens=512 precision=f32 checks=false`` (the pipeline
        apart, ``head_precision`` unless one is given, ``kv_format`` unless not f32,
        ``tuning`` unless there is one)."""
        return " ".join(f"{k}={str(v).lower() if isinstance(v, bool) else v}"
                        for k, v in self.fields().items()
                        if k != "pipeline" and not (k == "head_precision" and v is None)
                        and not (k == "kv_format" and v == "f32") and not (k == "tuning" and not v))

    def fields(self) -> dict[str, Any]:
        """Every field but the name: what makes two profiles compile alike."""
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.name != "name"}


PROFILE_FIELDS = tuple(CompileProfile().fields())


def module_profile(profiles: Mapping[str, CompileProfile]) -> CompileProfile:
    """The profile one module holding these entries (name -> profile) is compiled with.

    They must agree on :data:`MODULE_FIELDS`; its ``max_tokens`` is the largest (each
    entry's own is recorded on the entry) and its name joins theirs (``prefill+decode``)."""
    (first_entry, first), *rest = profiles.items()
    for entry, profile in rest:
        for name in MODULE_FIELDS:
            if getattr(profile, name) != getattr(first, name):
                raise CompileError(
                    f"entries '{first_entry}' and '{entry}' are compiled with different {name} "
                    f"({getattr(first, name)!r} in profile '{first.name}', {getattr(profile, name)!r} in "
                    f"'{profile.name}'): one module has one pipeline; compile them separately")
    names = "+".join(dict.fromkeys(p.name for p in profiles.values()))
    return first.with_(name=names, max_tokens=max(p.max_tokens for p in profiles.values()))


def describe_profiles(profiles: Mapping[str, CompileProfile], pipeline: str) -> str:
    """Which profile each entry is compiled with, and the module's pipeline (``00-pipeline.txt``)."""
    groups: dict[CompileProfile, list[str]] = {}
    for entry, profile in profiles.items():
        groups.setdefault(profile, []).append(f"@{entry}")
    lines = [f"profile {p.name}: {p.describe()}: {' '.join(entries)}" for p, entries in groups.items()]
    from rlx.lowering.target import parse_target

    target = next(iter(profiles.values())).target
    return "\n".join([*lines, f"target {target}: {parse_target(target).summary()}", f"pipeline: {pipeline}"]) + "\n"


class CompileOptions:
    """One compile: profile fields that replace every entry's own, and what IR to show.

    ``CompileOptions(opt_level=2, threads=1)``: each entry keeps its profile but for the
    fields given. ``CompileOptions(profile)``: every entry takes ``profile``'s fields.
    ``token_limit``: every entry's ``max_tokens`` at most this (the KV capacity). The
    other keywords are :class:`~rlxc.pipeline.DumpOptions`' fields."""

    def __init__(self, profile: CompileProfile | None = None, *, token_limit: int | None = None,
                 **fields: Any) -> None:
        unknown = sorted(fields.keys() - {*PROFILE_FIELDS, *DUMP_DEFAULTS})
        if unknown:
            raise TypeError(f"CompileOptions got an unexpected keyword argument '{unknown[0]}'")
        #: no format asked for (or ``auto``): a compile from a checkpoint stores the
        #: matmul weights in the checkpoint's format (:meth:`for_checkpoint`)
        self.auto_precision = fields.get("precision", AUTO) == AUTO and profile is None
        fields = {k: v for k, v in fields.items() if not (k == "precision" and v == AUTO)}
        given = profile.fields() if profile is not None else {}
        given.update((k, v) for k, v in fields.items() if k in PROFILE_FIELDS)
        if profile is None:
            given = _resolved_tuning(given)
        normal = CompileProfile(**given).fields()  # validated, threads as an int
        #: the profile fields given: they replace every entry's own
        self.changes: dict[str, Any] = {k: normal[k] for k in given}
        self.token_limit = token_limit
        for name, default in DUMP_DEFAULTS.items():
            setattr(self, name, fields.get(name, default))

    def __repr__(self) -> str:
        dumps = {k: getattr(self, k) for k, v in DUMP_DEFAULTS.items() if getattr(self, k) != v}
        return f"CompileOptions({self.changes}, token_limit={self.token_limit}, dumps={dumps})"

    @property
    def profile(self) -> CompileProfile:
        """The profile an entry with the default profile is compiled with."""
        return self.entry_profile(CompileProfile("options"))

    def entry_profile(self, own: CompileProfile) -> CompileProfile:
        """The profile an entry whose own profile is ``own`` is compiled with. A given
        ``max_tokens`` is the tokens of a prompt chunk: the slotted decode keeps its own
        (the sequences one step advances, not a chunk)."""
        changes = self.changes
        if own.name == SLOT_DECODE_PROFILE:
            changes = {k: v for k, v in changes.items() if k != "max_tokens"}
        profile = own.with_(**changes)
        if self.token_limit is not None and profile.max_tokens > self.token_limit:
            profile = profile.with_(max_tokens=self.token_limit)
        return profile

    def prefill_tokens(self) -> int:
        """The most tokens a session's prefill call takes (its entry's ``max_tokens``): what
        the windowed layers' ring-buffer KV caches are sized for."""
        return self.entry_profile(CompileProfile.prefill()).max_tokens

    def for_checkpoint(self, weights: Any) -> "CompileOptions":
        """A copy that stores the matmul weights in ``weights``' format when no format
        was asked for (bf16 and f16 checkpoints keep their values at half the bytes of
        f32; a GGUF's Q8_0/Q4_0 blocks are kept as they are), and the LM head in its own
        when it differs and no head format was asked for; ``self`` otherwise."""
        if not self.auto_precision:
            return self
        body, head = checkpoint_formats(weights)
        chosen = copy.copy(self)
        chosen.changes = {**self.changes, "precision": body}
        if "head_precision" not in self.changes and head != body:
            chosen.changes["head_precision"] = head
        chosen.auto_precision = False
        return chosen

    def limit_tokens(self, limit: int) -> "CompileOptions":
        """A copy whose entries take at most ``limit`` tokens per call."""
        limited = copy.copy(self)
        limited.token_limit = limit if self.token_limit is None else min(limit, self.token_limit)
        return limited

    def pipeline_text(self) -> str:
        return self.profile.pipeline_text()

    def cache_fields(self) -> dict[str, Any]:
        """What of these options the generated code depends on (for the cache key)."""
        return {"profile": dict(sorted(self.changes.items())), "token_limit": self.token_limit}

    def dump_options(self, note: str = "", timer=None):
        from rlxc.pipeline import DumpOptions

        return DumpOptions(**{k: getattr(self, k) for k in DUMP_DEFAULTS}, note=note, timer=timer)


def _resolved_tuning(given: dict[str, Any]) -> dict[str, Any]:
    """``given`` with its ``tuning`` (``auto`` when not given, ``none``, a record's path or
    the entries themselves) as the entries for its target; absent when there are none."""
    from rlxc.tuning import AUTO as TUNING_AUTO, resolve_tuning

    tuning = given.pop("tuning", TUNING_AUTO)
    if not isinstance(tuning, str):
        raise CompileError(f"tuning must be a string (auto, none, a tuning record's path or kernel=choice;...), "
                           f"got {tuning!r}")
    text = tuning if "=" in tuning else resolve_tuning(tuning, given.get("target", "host"))
    return {**given, "tuning": text} if text else given


#: the format each stored dtype keeps (safetensors' and ggml's names)
STORED_FORMATS = {"F32": "f32", "BF16": "bf16", "F16": "f16", "Q8_0": "q8_0", "Q4_0": "q4_0"}
HEAD_WEIGHT, TIED_HEAD_WEIGHT = "lm_head.weight", "model.embed_tokens.weight"


def checkpoint_formats(weights: Any) -> tuple[str, str]:
    """The formats ``auto`` stores a checkpoint's weights in: (the matmul weights', the LM
    head's). The matmul weights (``*proj.weight``) keep the format they are all stored in
    (bf16, f16, or a GGUF's q8_0 / q4_0), else -- stored in several, or generated -- f32
    (exact); the head (``lm_head.weight``, or the embedding table a tied model uses as its
    head) keeps its own, as llama.cpp's files mix them (q4_0 weights, a q8_0 head)."""
    dtype, names = getattr(weights, "dtype", None), getattr(weights, "names", None)
    if dtype is None or names is None:
        return "f32", "f32"
    present = names()
    kinds = {dtype(n) for n in present if n.endswith("proj.weight")}
    body = STORED_FORMATS.get(kinds.pop(), "f32") if len(kinds) == 1 else "f32"
    head = HEAD_WEIGHT if HEAD_WEIGHT in present else TIED_HEAD_WEIGHT
    return body, STORED_FORMATS.get(dtype(head), "f32") if head in present else body
