"""The compiler driver: BuiltModels -> one L3 module -> LLVM IR -> native code.

``lower(builts, options)`` runs the xDSL pipeline and the LLVM emitter and returns a
:class:`Lowered` (LLVM IR text + the manifest the runtime needs). ``jit_session`` and
``jit`` JIT-compile it in process.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from xdsl.dialects import func
from xdsl.dialects.builtin import IntegerType, MemRefType, ModuleOp

from dialects.abi import abi_of
from rlxc.flow import BuiltModel
from rlxc.passes import default_pipeline
from rlxc.pipeline import DumpOptions, compile_passes, run_pipeline
from runtime.errors import CompileError
from runtime.abi import Arg, Constraint, Entry, FlowInput, Manifest


@dataclass
class CompileOptions:
    opt_level: int = 3
    threads: bool = True
    max_tokens: int = 512
    pipeline: str | None = None
    print_ir_after_all: bool = False
    dump_dir: str | Path | None = None
    verify: bool = True
    print_ir_after_change: bool = False
    print_ir_diff: bool = False
    #: debug build: kernels check their indices (``rlx-to-loops{checks=true}``)
    checks: bool = False

    def pipeline_text(self) -> str:
        if self.pipeline is None:
            return default_pipeline(self.max_tokens, self.threads, self.opt_level, self.checks)
        if self.checks and "checks=true" not in self.pipeline.replace(" ", ""):
            raise CompileError("checks=True needs 'rlx-to-loops{checks=true}' in a custom pipeline")
        return self.pipeline

    def dump_options(self) -> DumpOptions:
        return DumpOptions(self.print_ir_after_all, self.dump_dir, self.verify,
                           self.print_ir_after_change, self.print_ir_diff)


@dataclass
class Lowered:
    llvm_ir: str
    manifest: Manifest
    module: ModuleOp = field(repr=False)


def merge(builts: list[BuiltModel]) -> ModuleOp:
    """One module holding every BuiltModel's entry function (names must differ)."""
    names = [b.entry.sym_name.data for b in builts]
    if len(set(names)) != len(names):
        raise CompileError(f"entry names must be unique, got {names}")
    return ModuleOp([b.entry.clone() for b in builts])


def _dtype(t) -> str:
    if isinstance(t, MemRefType):
        el = t.element_type
        if isinstance(el, IntegerType):
            return {32: "i32", 64: "i64"}.get(el.width.data, "i8")
        return "f32"
    return "index"


def entry_manifest(fn: func.FuncOp, inputs: tuple[FlowInput, ...] = (),
                   bounds: dict[str, int] | None = None) -> Entry:
    """The ABI of an L3 entry function (its ``rlx.abi``), as the runtime reads it."""
    abi = abi_of(fn).fields()
    args = tuple(Arg(a.arg_name.data, a.role.data, a.shape.data, _dtype(t), a.layout.data)
                 for a, t in zip(abi["args"], fn.function_type.inputs.data))
    return Entry(fn.sym_name.data, args, abi["arena_bytes"],
                 tuple(Constraint(lo, hi) for lo, hi in abi["constraints"]), tuple(abi["outputs"]),
                 abi["kv_outputs"], inputs, bounds or {}, tuple(abi["check_kernels"]))


def flow_inputs(fn: func.FuncOp) -> tuple[FlowInput, ...]:
    """The L1 inputs of a flow (name, symbolic shape, dtype): what a caller passes."""
    names = abi_of(fn).names
    return tuple(FlowInput(n, t.shape_text.data, "i32" if isinstance(t.element_type, IntegerType) else "f32")
                 for n, t in zip(names, fn.function_type.inputs.data))


def id_bounds(fn: func.FuncOp) -> dict[str, int]:
    """Inputs read as embedding rows (token ids) -> the table's row count: every id must be
    below it (the runtime checks; the lookup does not)."""
    from dialects import rlx

    names = dict(zip(fn.body.block.args, abi_of(fn).names))
    return {names[op.ids]: op.table.type.shape[0].const for op in fn.body.walk()
            if isinstance(op, rlx.EmbedOp) and op.ids in names}


def lower(builts: list[BuiltModel], options: CompileOptions, extra: dict[str, Any] | None = None) -> Lowered:
    bounds = {b.entry.sym_name.data: id_bounds(b.entry) for b in builts}
    module = merge(builts)
    dumps = options.dump_options()
    passes = compile_passes(options.pipeline_text(), backend=dumps.observing,
                            threads=options.threads, opt_level=options.opt_level)
    llvm_ir = run_pipeline(module, passes, dumps).llvm_ir
    constants: dict[str, Any] = {}
    for b in builts:
        constants.update(b.constants)
    inputs = {b.entry.sym_name.data: flow_inputs(b.entry) for b in builts}
    entries = {fn.sym_name.data: entry_manifest(fn, inputs[fn.sym_name.data], bounds[fn.sym_name.data])
               for fn in module.ops if isinstance(fn, func.FuncOp) and "rlx.entry" in fn.attributes}
    manifest = Manifest(entries, constants=constants, max_tokens=options.max_tokens, **(extra or {}))
    return Lowered(llvm_ir, manifest, module)


def jit_engine(lowered: Lowered, options: CompileOptions):
    from lowering.llvm_target import JITEngine

    return JITEngine(lowered.llvm_ir, opt_level=options.opt_level)
