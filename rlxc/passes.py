"""The pass registry: every named pass of rlx, its options, and the default pipelines.

A pass is registered with its MLIR-style name, a one-line summary, a help line per
option and a loader (passes are imported lazily: the CLI must start fast). Option
names, types and defaults come from the pass class itself (a frozen dataclass, as
xDSL's ``ModulePass`` expects), so they cannot drift from the code.

Passes that work on xDSL IR are ``ModulePass``es. The last steps of the pipeline work
on LLVM IR text (``lowering/llvm_passes.py``); each pass class says which kind of IR
it reads and writes (``consumes``/``produces``: ``mlir``, ``llvm`` or ``asm``).

Extra passes (e.g. the ``test-*`` passes of the test suite) are loaded from the
modules named in ``RLX_PASS_PLUGINS`` (comma separated), like ``mlir-opt
--load-pass-plugin``; such a module calls :func:`register`.
"""

from __future__ import annotations

import dataclasses
import difflib
import importlib
import os
import typing
from collections.abc import Callable
from dataclasses import dataclass, field

from rlxc.profile import thread_count
from rlx.runtime.errors import PassError

PLUGINS_ENV = "RLX_PASS_PLUGINS"


@dataclass(frozen=True)
class PassInfo:
    """A registered pass: what ``rlxc passes`` and ``docs/passes.md`` show."""

    name: str
    summary: str
    load: Callable[[], type] = field(repr=False, compare=False)
    option_help: dict[str, str] = field(default_factory=dict)
    #: module whose docstring describes the pass at length (for the docs)
    module: str = ""


@dataclass(frozen=True)
class OptionInfo:
    name: str  # as written in a pipeline: ``max-tokens``
    type: str
    default: str | None
    help: str


def _lazy(module: str, cls: str) -> Callable[[], type]:
    return lambda: getattr(importlib.import_module(module), cls)


_REGISTRY: dict[str, PassInfo] = {}
_plugins: set[str] = set()  # plugin modules loaded


def register(info: PassInfo) -> None:
    _REGISTRY[info.name] = info


def _builtin(name: str, module: str, cls: str, summary: str, **option_help: str) -> None:
    register(PassInfo(name, summary, _lazy(module, cls),
                      {k.replace("_", "-"): v for k, v in option_help.items()}, module))


_builtin("rlx-hoist-gather-last", "rlx.lowering.rlx_hoist_gather_last", "RlxHoistGatherLastPass",
         "L1: gather the last token's row before the row-wise ops (and the attention's queries) that only it "
         "feeds: a last-logits prefill runs its last layer's tail for one row")
_builtin("rlx-weight-format", "rlx.lowering.rlx_weight_format", "RlxWeightFormatPass",
         "L1: store the matmul weights in a format (bf16/f16: half the bytes, q8_0/q4_0: ggml blocks; widened to f32 in the kernels)",
         format="f32 (nothing changes), bf16, f16, q8_0 or q4_0",
         head="the LM head's format (the weight of the linear returned as `logits`, or the tied table it "
              "shares): same (default: format's), f32, bf16, f16, q8_0 or q4_0")
_builtin("rlx-kv-format", "rlx.lowering.rlx_kv_format", "RlxKVFormatPass",
         "L1: hold the KV caches in a format (bf16/f16: half the bytes a long context reads; rounded when "
         "written, widened to f32 in the attention)",
         format="f32 (nothing changes), bf16 or f16")
_builtin("rlx-fuse", "rlx.lowering.rlx_fuse", "RlxFusePass",
         "L1: fuse rlx ops that save memory traffic (silu(g) * u -> rlx.swiglu)")
_builtin("rlx-fuse-gate-up", "rlx.lowering.rlx_fuse_gate_up", "RlxFuseGateUpPass",
         "L1: swiglu(linear(x, w_gate), linear(x, w_up)) -> rlx.linear_swiglu (no gate/up activations stored)",
         target="the CPU the kernels are chosen for: f32 weights on 16 vector registers stay two linears "
                "(one multi_linear after rlx-fuse-linears); host (default), or an LLVM CPU name with overrides")
_builtin("rlx-bufferize", "rlx.lowering.rlx_bufferize", "RlxBufferizePass",
         "L1 -> L2: tensors to buffers in destination-passing style; KV caches updated in place")
_builtin("rlx-fuse-linears", "rlx.lowering.rlx_fuse_linears", "RlxFuseLinearsPass",
         "L2: sibling rlx.linear ops reading one input (Q, K, V) -> one rlx.multi_linear")
_builtin("rlx-pad-rows", "rlx.lowering.rlx_pad_rows", "RlxPadRowsPass",
         "L2: pad the rows of a matmul's input buffer where its register block's rows would share one L1 set "
         "(row_stride on the rlx.alloc)",
         target="the CPU whose L1 ways and matmul register blocks decide: host (default), or an LLVM CPU name "
                "with overrides")
_builtin("rlx-plan-memory", "rlx.lowering.rlx_plan_memory", "RlxPlanMemoryPass",
         "L2: give every rlx.alloc an offset in one arena, reusing memory of dead buffers",
         max_tokens="the most tokens one call processes: the bound of SEQ when sizing buffers")
_builtin("rlx-pack-weights", "rlx.lowering.rlx_pack_weights", "RlxPackWeightsPass",
         "L2: mark the weights of rlx.linear for tile packing at load time")
_builtin("rlx-to-loops", "rlx.lowering.rlx_to_loops", "RlxToLoopsPass",
         "L2 -> L3: call one outlined loop kernel per (op, static shapes) from the entry",
         checks="debug build: kernels check every index against their buffers' lengths and "
                "report a violation instead of reading or writing out of bounds",
         target="the CPU the kernels are chosen for (its vector registers pick the matmul register block "
                "and vector width and the attention steps): "
                "host (default), or an LLVM CPU name with +feature/-feature overrides",
         tuning="measured choices that replace the selected ones, by kernel name: "
                "kernel=rows:lanes:p-or-u[:halves] (a matmul's register block) or kernel=score_keys:value_chunk[:16] "
                "(the blocked attention's steps), ';'-separated; written by `rlxc tune`")
_builtin("rlx-instrument", "rlx.lowering.rlx_instrument", "RlxInstrumentPass",
         "L3: wrap each kernel call of the entries in rlx_prof_begin/end(site) hooks (per-kernel timing)")
_builtin("cse", "xdsl.transforms.common_subexpression_elimination", "CommonSubexpressionElimination",
         "xDSL: common subexpression elimination")
_builtin("canonicalize", "xdsl.transforms.canonicalize", "CanonicalizePass",
         "xDSL: fold constants and apply every op's canonicalization patterns")
_builtin("dce", "xdsl.transforms.dead_code_elimination", "DeadCodeElimination",
         "xDSL: remove ops whose results are unused and that have no side effects")
_builtin("rlx-fastmath", "rlx.lowering.rlx_fastmath", "RlxFastmathPass",
         "L3: add fast-math flags (default nsz arcp afn; reassoc on float reductions) to every float op but compares",
         flags="the flags to add, space-separated (fast = all); no nnan/ninf by default: masked softmax uses -inf")
_builtin("expand-math-to-polynomials", "rlx.lowering.expand_math_to_polynomials", "ExpandMathToPolynomialsPass",
         "L3: f32 math.exp / math.tanh -> inline range-reduced polynomials (vectorizable, no libm)")
_builtin("rlx-outline-parallel", "rlx.lowering.rlx_outline_parallel", "RlxOutlineParallelPass",
         "L3: each scf.parallel -> a private body function + rlx_cpu.parallel_dispatch on the thread team",
         threads="the threads a call runs on: 0 = all cores (the OpenMP default team), 1 = serial "
                 "loops (nothing outlined), N = a team of N threads")
_builtin("convert-to-llvm", "rlx.lowering.llvm_passes", "ConvertToLLVMPass",
         "L3 -> LLVM IR: the llvmlite translator (scf/arith/math/memref/vector/func/rlx_cpu)")
_builtin("llvm-opt", "rlx.lowering.llvm_passes", "LLVMOptPass",
         "LLVM IR: LLVM's O<level> pipeline tuned for the target CPU",
         level="optimization level 0-3", target="the CPU: host (default), or an LLVM CPU name with overrides")
_builtin("llvm-codegen", "rlx.lowering.llvm_passes", "LLVMCodegenPass",
         "LLVM IR -> assembly for the target CPU (what the JIT and the .so run)",
         level="code generator optimization level 0-3",
         target="the CPU: host (default), or an LLVM CPU name with overrides")


def _load_plugins() -> None:
    for module in filter(None, (m.strip() for m in os.environ.get(PLUGINS_ENV, "").split(","))):
        if module not in _plugins:
            try:
                importlib.import_module(module)
            except ImportError as err:
                raise PassError(f"cannot load pass plugin '{module}' ({PLUGINS_ENV}): {err}") from None
            _plugins.add(module)


def registry() -> dict[str, PassInfo]:
    """Every registered pass by name, in registration order."""
    _load_plugins()
    return _REGISTRY


def _did_you_mean(name: str, known: list[str], what: str) -> str:
    close = difflib.get_close_matches(name, known, n=3, cutoff=0.5)
    if close:
        return f"; did you mean {', '.join(repr(c) for c in close)}?"
    return f"; known {what}: {', '.join(known) or 'none'}"


def pass_info(name: str) -> PassInfo:
    passes = registry()
    if name not in passes:
        raise PassError(f"unknown pass '{name}'{_did_you_mean(name, list(passes), 'passes')}")
    return passes[name]


def pass_class(name: str) -> type:
    return pass_info(name).load()


def option_infos(name: str) -> list[OptionInfo]:
    """The options of a pass, from its dataclass fields (type and default) and the registry (help)."""
    info = pass_info(name)
    cls = info.load()
    hints = typing.get_type_hints(cls)
    return [
        OptionInfo(f.name.replace("_", "-"), _type_name(hints[f.name]), _default_text(f),
                   info.option_help.get(f.name.replace("_", "-"), ""))
        for f in dataclasses.fields(cls) if f.init and f.name != "name"
    ]


def _type_name(hint) -> str:
    return getattr(hint, "__name__", None) or str(hint).replace("typing.", "")


def _default_text(f: dataclasses.Field) -> str | None:
    if f.default is dataclasses.MISSING:
        return None
    return str(f.default).lower() if isinstance(f.default, bool) else str(f.default)


def check_options(name: str, given: list[str]) -> None:
    """Unknown option names of ``name`` -> PassError listing the close matches."""
    known = [o.name for o in option_infos(name)]
    for option in given:
        if option.replace("_", "-") not in known:
            raise PassError(f"pass '{name}' has no option '{option}'"
                            f"{_did_you_mean(option, known, 'options')}")


# ------------------------------------------------------------------ pipelines

#: The kinds of IR a pipeline goes through, in order (see ``rlxc/pipeline.py``).
IR_KINDS = ("mlir", "llvm", "asm")


def _options(**options) -> str:
    """``{a=1 b="x"}`` of the options that are not at their default (None), or ``""``."""
    given = [f"{k}={v}" for k, v in options.items() if v is not None]
    return "{" + " ".join(given) + "}" if given else ""


def _target_option(target: str) -> str | None:
    """The ``target`` pass option: spelled only for a target other than the host."""
    return None if target == "host" else f'"{target}"'


def weight_format_pass(precision: str = "f32", head_precision: str | None = None) -> str:
    """``rlx-weight-format{format=... [head=...]}``, or ``""`` when every weight stays f32;
    ``head`` is spelled only when it differs from ``format``."""
    head = head_precision if head_precision not in (None, precision) else None
    if precision == "f32" and head is None:
        return ""
    return "rlx-weight-format" + _options(format=precision, head=head)


def kv_format_pass(kv_format: str = "f32") -> str:
    """``rlx-kv-format{format=...}``, or ``""`` when the KV caches stay f32."""
    return "" if kv_format == "f32" else "rlx-kv-format" + _options(format=kv_format)


def mlir_pipeline(max_tokens: int = 512, checks: bool = False, target: str = "host",
                  precision: str = "f32", head_precision: str | None = None, kv_format: str = "f32",
                  tuning: str = "") -> str:
    """rlx (L1) -> buffers (L2) -> loops (L3), ``rlx-hoist-gather-last`` first; ``checks``: with index bounds checks;
    ``target``: the CPU the kernels are chosen for; ``precision``: the format of the
    matmul weights, ``head_precision`` the LM head's (None: ``precision``):
    ``rlx-weight-format`` first, unless both are f32; ``kv_format``: the KV caches'
    (``rlx-kv-format`` next, unless f32); ``tuning``: measured kernel choices (``rlxc tune``)."""
    to_loops = "rlx-to-loops" + _options(checks="true" if checks else None, target=_target_option(target),
                                         tuning=f'"{tuning}"' if tuning else None)
    formats = "".join(f"{p}," for p in (weight_format_pass(precision, head_precision), kv_format_pass(kv_format))
                      if p)
    fuse_gate_up = "rlx-fuse-gate-up" + _options(target=_target_option(target))
    pad_rows = "rlx-pad-rows" + _options(target=_target_option(target))
    return (f"rlx-hoist-gather-last,{formats}rlx-fuse,{fuse_gate_up},rlx-bufferize,rlx-fuse-linears,{pad_rows},"
            f"rlx-plan-memory{{max-tokens={max_tokens}}},rlx-pack-weights,{to_loops},cse")


#: The L3 passes that prepare a module for ``convert-to-llvm`` (which only translates).
LLVM_PREPARATION = ("rlx-fastmath", "expand-math-to-polynomials", "rlx-outline-parallel")
#: L3 -> L3 rewrites that a consecutive run of is verified once, after its last pass (each
#: verification of the L3 module of even the tiny model costs ~0.4 s). Every other
#: pass is verified after it runs; ``--verify-each`` and every dump verify after each one.
VERIFIED_AS_A_GROUP = ("cse", *LLVM_PREPARATION)


def backend_pipeline(threads: int = 0, opt_level: int = 3, target: str = "host") -> str:
    """L3 -> L3 ready for translation -> LLVM IR -> optimized LLVM IR -> assembly.
    ``threads`` (see :func:`rlxc.profile.thread_count`) and ``target`` are spelled into
    the pass options here, and only here."""
    llvm = _options(level=opt_level, target=_target_option(target))
    return (f"rlx-fastmath,expand-math-to-polynomials,rlx-outline-parallel{{threads={thread_count(threads)}}},"
            f"convert-to-llvm,llvm-opt{llvm},llvm-codegen{llvm}")


def default_pipeline(max_tokens: int = 512, threads: int = 0, opt_level: int = 3,
                     checks: bool = False, target: str = "host", precision: str = "f32",
                     head_precision: str | None = None, kv_format: str = "f32", tuning: str = "") -> str:
    """The whole pipeline, from the rlx dialect to assembly for ``target``."""
    return (f"{mlir_pipeline(max_tokens, checks, target, precision, head_precision, kv_format, tuning)},"
            f"{backend_pipeline(threads, opt_level, target)}")


def profile_pipeline(profile) -> str:
    """The pipeline of a :class:`rlxc.profile.CompileProfile` (its own, or the default)."""
    return profile.pipeline_text()


def profiles() -> dict[str, object]:
    """The ``CompileProfile`` presets by name, and ``session``: the profile a session's
    module (prefill entries and decode, compiled together) is compiled with."""
    from rlxc.profile import CompileProfile, module_profile

    presets = {"prefill": CompileProfile.prefill(), "decode": CompileProfile.decode()}
    return {**presets, "session": module_profile(presets)}
