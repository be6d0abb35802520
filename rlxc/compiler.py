"""The compiler driver: BuiltModels -> one L3 module -> LLVM IR -> native code.

``lower(builts, options)`` runs the xDSL pipeline of the entries' compile profiles
(:mod:`rlxc.profile`) and the LLVM emitter and returns a :class:`Lowered` (LLVM IR
text + the manifest the runtime needs); ``jit_engine`` JIT-compiles it in process.
``CompileOptions`` is defined in :mod:`rlxc.profile` and importable from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from xdsl.dialects import func
from xdsl.dialects.builtin import Float16Type, IntegerAttr, IntegerType, MemRefType, ModuleOp

from rlx.dialects.abi import abi_of
from rlxc.flow import BuiltModel
from rlxc.pipeline import compile_passes, run_pipeline
from rlxc.profile import CompileOptions, CompileProfile, describe_profiles, module_profile
from rlx.runtime.errors import CompileError
from rlx.runtime.abi import BLOCK_LAYOUT_DTYPES, Arg, Constraint, Entry, FlowInput, Manifest


@dataclass
class Lowered:
    llvm_ir: str
    manifest: Manifest
    module: ModuleOp = field(repr=False)
    #: the profile the module was compiled with (:func:`rlxc.profile.module_profile`)
    profile: CompileProfile = field(default_factory=CompileProfile)


def merge(builts: list[BuiltModel], profiles: dict[str, CompileProfile] | None = None) -> ModuleOp:
    """One module holding every BuiltModel's entry function (names must differ), each
    marked with the tokens per call of its profile (``rlx.max_tokens``): ``profiles[name]``,
    by default the BuiltModel's own."""
    names = [b.entry.sym_name.data for b in builts]
    if len(set(names)) != len(names):
        raise CompileError(f"entry names must be unique, got {names}")
    profiles = profiles or {b.entry.sym_name.data: b.profile for b in builts}
    entries = [b.entry.clone() for b in builts]
    for fn in entries:
        fn.attributes["rlx.max_tokens"] = IntegerAttr(profiles[fn.sym_name.data].max_tokens, 64)
    return ModuleOp(entries)


def _dtype(t, layout: str = "") -> str:
    """The ABI dtype of an L3 entry argument; an i16 buffer is a bf16 weight's bits, an
    i8 buffer in a block layout (``packed16_q8_0``) a block-quantized weight's bytes."""
    if isinstance(t, MemRefType):
        el = t.element_type
        if isinstance(el, IntegerType):
            if el.width.data == 8 and layout in BLOCK_LAYOUT_DTYPES:
                return BLOCK_LAYOUT_DTYPES[layout]
            return {16: "bf16", 32: "i32", 64: "i64"}.get(el.width.data, "i8")
        return "f16" if isinstance(el, Float16Type) else "f32"
    return "index"


def entry_manifest(fn: func.FuncOp, inputs: tuple[FlowInput, ...] = (),
                   bounds: dict[str, int | str] | None = None, distinct: tuple[str, ...] = ()) -> Entry:
    """The ABI of an L3 entry function (its ``rlx.abi``), as the runtime reads it."""
    abi = abi_of(fn).fields()
    args = tuple(Arg(a.arg_name.data, a.role.data, a.shape.data, _dtype(t, a.layout.data), a.layout.data)
                 for a, t in zip(abi["args"], fn.function_type.inputs.data))
    return Entry(fn.sym_name.data, args, abi["arena_bytes"],
                 tuple(Constraint(lo, hi) for lo, hi in abi["constraints"]), tuple(abi["outputs"]),
                 abi["kv_outputs"], inputs, bounds or {}, tuple(abi["check_kernels"]), distinct)


def flow_inputs(fn: func.FuncOp) -> tuple[FlowInput, ...]:
    """The L1 inputs of a flow (name, symbolic shape, dtype): what a caller passes."""
    names = abi_of(fn).names
    return tuple(FlowInput(n, t.shape_text.data, "i32" if isinstance(t.element_type, IntegerType) else "f32")
                 for n, t in zip(names, fn.function_type.inputs.data))


def id_bounds(fn: func.FuncOp) -> dict[str, int | str]:
    """Inputs whose values index something -> the bound every value must stay below (the
    runtime checks; the native code does not): token ids (the embedding table's rows), and
    a slotted decode's slots (the KV cache's sequences, ``SLOTS``) and positions (one past
    the longest past, ``PAST_SEQ+1``)."""
    from rlx.dialects import rlx

    names = dict(zip(fn.body.block.args, abi_of(fn).names))
    bounds: dict[str, int | str] = {}
    for op in fn.body.walk():
        if isinstance(op, rlx.EmbedOp) and op.ids in names:
            bounds[names[op.ids]] = op.table.type.shape[0].const
        if isinstance(op, rlx.KVConcatOp) and op.slot_ids in names and op.positions in names:
            slots, past, _ = op.past.type.shape
            bounds[names[op.slot_ids]] = str(slots)
            bounds[names[op.positions]] = str(past + 1)
    return bounds


def distinct_ids(fn: func.FuncOp) -> tuple[str, ...]:
    """Inputs whose values must all differ: a slotted decode's slots (two rows of one
    sequence would write the same KV rows from two threads)."""
    from rlx.dialects import rlx

    names = dict(zip(fn.body.block.args, abi_of(fn).names))
    return tuple(dict.fromkeys(names[op.slot_ids] for op in fn.body.walk()
                               if isinstance(op, rlx.KVConcatOp) and op.slot_ids in names))


def entry_profiles(builts: list[BuiltModel], options: CompileOptions) -> dict[str, CompileProfile]:
    """Entry name -> the profile it is compiled with: its flow's, changed by ``options``."""
    return {b.entry.sym_name.data: options.entry_profile(b.profile) for b in builts}


def external_functions(module: ModuleOp) -> list[str]:
    """The functions ``module`` declares without a body: whoever runs it must provide them."""
    return sorted(f.sym_name.data for f in module.ops if isinstance(f, func.FuncOp) and not f.body.blocks)


def check_externals(module: ModuleOp, provided: frozenset[str]) -> None:
    """A compiled model links against OpenMP and libm only; a call of any other external
    function (e.g. ``rlx-instrument``'s timing hooks) would make the ``.so`` fail to load
    and the JIT abort the process, so it is refused here, before anything is written."""
    missing = [name for name in external_functions(module) if name not in provided]
    if missing:
        raise CompileError(f"the pipeline leaves calls of external function{'s' if len(missing) > 1 else ''} "
                           f"{', '.join(missing)} that nothing provides when the model runs "
                           f"(rlx-instrument's hooks are provided only by `python -m bench --report`)")


def note_format_fallbacks(module: ModuleOp, precision: str, head_precision: str | None = None) -> None:
    """Say which matmul weights (a mixture of experts' stacked expert weights included)
    keep a wider format than ``precision`` (the LM head: ``head_precision``) asks for (a
    K that is not a multiple of a block format's 32), as llama.cpp's quantizer does."""
    if {precision, head_precision or precision} <= {"f32", "bf16", "f16"}:
        return
    from rlx.lowering.rlx_weight_format import fallbacks
    from rlx.runtime.durable import notice

    for name, shape, fmt in fallbacks(module, precision, head_precision or precision):
        notice(f"rlxc: weight '{name}' [{shape}] stays f32: its last dim is not a multiple of {fmt}'s "
               f"block of 32")


def lower(builts: list[BuiltModel], options: CompileOptions, extra: dict[str, Any] | None = None,
          provided: frozenset[str] = frozenset(), timer=None) -> Lowered:
    """Compile the entries of ``builts`` as one module to LLVM IR, with the pipeline of
    their profiles (:func:`rlxc.profile.module_profile`), and describe them for the runtime.
    ``provided``: the external functions the caller links in (the profiler's hooks);
    ``timer`` (an :class:`rlxc.timing.Timer`): where ``--timing`` collects the passes' times."""
    bounds = {b.entry.sym_name.data: id_bounds(b.entry) for b in builts}
    distinct = {b.entry.sym_name.data: distinct_ids(b.entry) for b in builts}
    profiles = entry_profiles(builts, options)
    profile = module_profile(profiles)
    module = merge(builts, profiles)
    pipeline = profile.pipeline_text()
    note_format_fallbacks(module, profile.precision, profile.head_precision)
    dumps = options.dump_options(note=describe_profiles(profiles, pipeline), timer=timer)
    passes = compile_passes(pipeline, backend=dumps.observing,
                            threads=profile.threads, opt_level=profile.opt_level, target=profile.target)
    llvm_ir = run_pipeline(module, passes, dumps).llvm_ir
    check_externals(module, provided)
    constants: dict[str, Any] = {}
    for b in builts:
        constants.update(b.constants)
    inputs = {b.entry.sym_name.data: flow_inputs(b.entry) for b in builts}
    entries = {fn.sym_name.data: entry_manifest(fn, inputs[fn.sym_name.data], bounds[fn.sym_name.data],
                                                distinct[fn.sym_name.data])
               for fn in module.ops if isinstance(fn, func.FuncOp) and "rlx.entry" in fn.attributes}
    manifest = Manifest(entries, constants=constants, max_tokens=profile.max_tokens, **(extra or {}))
    return Lowered(llvm_ir, manifest, module, profile)


def jit_engine(lowered: Lowered):
    """MCJIT-compile ``lowered`` at its profile's optimization level."""
    from rlx.lowering.llvm_target import JITEngine
    from rlx.lowering.target import parse_target

    return JITEngine(lowered.llvm_ir, opt_level=lowered.profile.opt_level,
                     target=parse_target(lowered.profile.target))
