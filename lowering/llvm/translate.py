"""L3 (xDSL builtin/func/scf/arith/math/memref/vector + ``rlx_cpu``) -> LLVM IR via
``llvmlite.ir``: the module and function driver and the SSA value map.

Entry point: :func:`emit_llvm`. The translator walks each ``func.func`` once, keeping
a map SSAValue -> llvm value, and hands each op to the handler of its family (the
``HANDLERS`` tables of ``arith``, ``scf``, ``memory``, ``vector``, ``dispatch``, ``x86_dot``).

L3 conventions honoured here:

* 1-D contiguous memrefs become opaque ``ptr`` arguments (``noalias``, aligned to
  the element size, ``captures(none)``); ``index`` is ``i64``.
* ``sym_visibility = "private"`` -> ``internal`` + ``noinline`` (a kernel), except a
  parallel body (``rlx_cpu.parallel_body``), which may be inlined into its chunk
  runner; a public func with the unit attribute ``rlx.entry`` additionally gets
  ``<name>_packed(void **ptrs, int64_t *ints)`` (``abi.py``); a body-less
  ``func.func`` is an external declaration.
* Float ops carry exactly the fast-math flags of their ``fastmath`` property (or
  discardable attribute): ``rlx-fastmath`` sets the defaults before translation.
* ``scf.parallel`` is a serial loop; ``rlx_cpu.parallel_dispatch`` (from
  ``rlx-outline-parallel``) runs its outlined body on the team (``dispatch.py``), and
  then an entry's ``_packed`` wrapper runs the whole call in one OpenMP team.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from llvmlite import ir
from xdsl.context import Context
from xdsl.dialects import builtin, func, math as xmath, memref, scf as xscf, vector as xvector
from xdsl.dialects.builtin import MemRefType, ModuleOp, UnknownLoc
from xdsl.ir import Attribute, Block, Operation, SSAValue

from rlx.dialects.arith_ext import ARITH
from rlx.dialects.rlx_cpu import PARALLEL_BODY_ATTR, RLX_CPU
from rlx.lowering.llvm import abi, arith, dispatch, memory, scf, vector, x86_dot
from rlx.lowering.llvm.team import TeamRuntime, emit_team_runtime
from rlx.lowering.llvm.types import VOID, bitwidth, function_type, is_float, llvm_type, suffix
from rlx.runtime.errors import CompileError

__all__ = ["emit_llvm", "Translator", "ENTRY_ATTR", "l3_context"]

ENTRY_ATTR = "rlx.entry"
#: Every fast-math flag, in the order LLVM spells ``fast``.
ALL_FASTMATH = ("reassoc", "contract", "nsz", "arcp", "afn", "nnan", "ninf")

Handler = Callable[["Translator", Operation], None]


def l3_context() -> Context:
    """An xDSL context with every dialect L3 may use (``arith`` as ``dialects/arith_ext.py`` extends it)."""
    ctx = Context()
    for dialect in (builtin.Builtin, func.Func, xscf.Scf, ARITH, xmath.Math,
                    memref.MemRef, xvector.Vector, RLX_CPU):
        ctx.load_dialect(dialect)
    return ctx


def emit_llvm(module: ModuleOp) -> ir.Module:
    """Translate an L3 module to an ``llvmlite.ir.Module`` (``str()`` gives the .ll text).

    Raises :class:`CompileError` for anything outside the L3 subset.
    """
    return Translator().translate_module(module)


def _host_triple() -> str:
    try:
        import llvmlite.binding as llvm

        return llvm.get_process_triple()
    except Exception:  # pragma: no cover - binding unavailable
        return ir.Module().triple


def _flag_names(attr: Attribute | None) -> set[str]:
    """The flag strings of an ``arith.fastmath``-style attribute (empty if none)."""
    data = getattr(attr, "data", None)
    if not data:
        return set()
    return {str(getattr(f, "value", f)) for f in data}


class FunctionScope:
    """Per-LLVM-function state: an alloca-only entry block, the builder, the value map."""

    def __init__(self, fn: ir.Function, name: str):
        self.fn = fn
        self.name = name
        self.alloca_block = fn.append_basic_block("entry")
        self.alloca_builder = ir.IRBuilder(self.alloca_block)
        self.builder = ir.IRBuilder(fn.append_basic_block("body"))
        self.values: dict[SSAValue, ir.Value] = {}

    def finish(self) -> None:
        """Branch from the alloca-only entry block to the first real block."""
        self.alloca_builder.branch(self.fn.basic_blocks[1])


class Translator:
    """Stateful L3 -> LLVM IR translator. Use :func:`emit_llvm` unless extending it."""

    def __init__(self):
        self.module = ir.Module(name="rlx")
        self.module.triple = _host_triple()
        self.funcs: dict[str, ir.Function] = {}
        self.scope: FunctionScope | None = None
        #: the team size of the module's dispatches (None: no dispatch, no team)
        self.team_size: int | None = None
        self._team_runtime: TeamRuntime | None = None
        self.handlers: dict[type[Operation], Handler] = {}
        for table in (scf.HANDLERS, arith.HANDLERS, memory.HANDLERS, vector.HANDLERS,
                      dispatch.HANDLERS, x86_dot.HANDLERS):
            self.handlers.update(table)

    # ------------------------------------------------------------------ values

    @property
    def b(self) -> ir.IRBuilder:
        return self.scope.builder

    def value(self, value: SSAValue) -> ir.Value:
        try:
            return self.scope.values[value]
        except KeyError:
            raise CompileError(f"llvm emitter: SSA value {value.name_hint or value} "
                               "used outside the scope where it is defined") from None

    def set(self, value: SSAValue, llvm_value: ir.Value) -> None:
        self.scope.values[value] = llvm_value

    def where(self, op: Operation) -> str:
        """Human-readable location: source loc if known, else @func + op path."""
        loc = getattr(op, "location", None)
        if loc is not None and not isinstance(loc, UnknownLoc):
            return str(loc)
        path = []
        cur: Operation | None = op
        fname = "?"
        while cur is not None:
            if isinstance(cur, func.FuncOp):
                fname = cur.sym_name.data
                break
            block = cur.parent_block()
            idx = block.get_operation_index(cur) if block is not None else 0
            path.append(f"{cur.name}#{idx}")
            cur = cur.parent_op()
        return f"@{fname}: " + " in ".join(path)

    def error(self, op: Operation, msg: str) -> CompileError:
        return CompileError(f"llvm emitter: {msg} (at {self.where(op)})")

    def fastmath(self, op: Operation) -> tuple[str, ...]:
        """The op's own fast-math flags (``fastmath`` property or attribute)."""
        own = _flag_names(op.properties.get("fastmath") or op.attributes.get("fastmath"))
        if "fast" in own or own >= set(ALL_FASTMATH):
            return ALL_FASTMATH
        return tuple(sorted(own))

    # ------------------------------------------------------------------ declarations

    def intrinsic(self, base: str, ret: ir.Type, args: Sequence[ir.Type],
                  overload: Sequence[ir.Type] | None = None) -> ir.Function:
        """Declare (once) ``llvm.<base>.<suffixes>`` with the given signature."""
        over = overload if overload is not None else [ret]
        return self.external(".".join([base] + [suffix(t) for t in over]), ret, args)

    def external(self, name: str, ret: ir.Type, args: Sequence[ir.Type]) -> ir.Function:
        fn = self.module.globals.get(name)
        if fn is None:
            fn = ir.Function(self.module, ir.FunctionType(ret, list(args)), name)
        return fn

    def call_intrinsic(self, base: str, args: Sequence[ir.Value], flags: Sequence[str] = (),
                       ret: ir.Type | None = None) -> ir.Value:
        """Call a type-overloaded intrinsic on ``args`` (overloaded on the first arg type)."""
        ty = args[0].type
        fn = self.intrinsic(base, ret or ty, [a.type for a in args], [ty])
        fm = tuple(flags) if is_float(ret or ty) else ()
        return self.b.call(fn, list(args), fastmath=fm)

    def team(self) -> TeamRuntime:
        """The module's one-team-per-call runtime (``team.py``), emitted once."""
        if self._team_runtime is None:
            self._team_runtime = emit_team_runtime(self.module, self.team_size,
                                                   self.module.triple.startswith(("x86_64", "i686")))
        return self._team_runtime

    # ------------------------------------------------------------------ module / funcs

    def translate_module(self, module: ModuleOp) -> ir.Module:
        funcs: list[func.FuncOp] = []
        for op in module.body.block.ops:
            if not isinstance(op, func.FuncOp):
                raise CompileError(f"llvm emitter: unsupported top-level op '{op.name}' "
                                   "(only func.func is allowed)")
            funcs.append(op)
        self.team_size = dispatch.team_size(module)
        for op in funcs:  # declare everything first so calls may refer forward
            self._declare(op)
        for op in funcs:
            if op.body.blocks:
                self._define(op)
        return self.module

    def _declare(self, op: func.FuncOp) -> None:
        name = op.sym_name.data
        if name in self.funcs:
            raise CompileError(f"llvm emitter: duplicate function @{name}")
        fn = ir.Function(self.module, function_type(op), name)
        self.funcs[name] = fn
        if not op.body.blocks:
            return  # external declaration (e.g. expf); linkage stays external
        if op.sym_visibility is not None and op.sym_visibility.data == "private":
            fn.linkage = "internal"
            if PARALLEL_BODY_ATTR not in op.attributes:
                fn.attributes.add("noinline")
        fn.attributes.add("nounwind")
        for arg, ty in zip(fn.args, op.function_type.inputs.data):
            if isinstance(ty, MemRefType):
                self.mark_buffer_arg(arg, ty.element_type)

    def mark_buffer_arg(self, arg: ir.Argument, elem: Attribute) -> None:
        """``noalias captures(none) align <elem>``: the L3 buffer contract."""
        arg.add_attribute("noalias")
        arg.add_attribute("captures(none)")
        arg.attributes.align = max(1, bitwidth(llvm_type(elem)) // 8)

    def _define(self, op: func.FuncOp) -> None:
        if len(op.body.blocks) != 1:
            raise CompileError(f"llvm emitter: @{op.sym_name.data} has "
                               f"{len(op.body.blocks)} blocks (only single-block bodies)")
        fn = self.funcs[op.sym_name.data]
        self.scope = FunctionScope(fn, op.sym_name.data)
        block = op.body.block
        for arg, llvm_arg in zip(block.args, fn.args):
            self.set(arg, llvm_arg)
            if arg.name_hint:
                llvm_arg.name = arg.name_hint
        self.emit_ops(block, terminator=None)
        if not self.b.block.is_terminated:
            if fn.function_type.return_type != VOID:
                raise CompileError(f"llvm emitter: @{op.sym_name.data} lacks a func.return")
            self.b.ret_void()
        self.scope.finish()
        self.scope = None
        if ENTRY_ATTR in op.attributes:
            abi.emit_packed_wrapper(self, op, fn)

    # ------------------------------------------------------------------ blocks

    def emit_ops(self, block: Block, terminator: tuple[type[Operation], ...] | None
                 ) -> Operation | None:
        """Emit ``block``'s ops; return its region terminator (yield/reduce) unemitted."""
        for op in block.ops:
            if terminator is not None and isinstance(op, terminator):
                return op
            handler = self.handlers.get(type(op)) or arith.HANDLERS_BY_NAME.get(op.name)
            if handler is None:
                raise self.error(op, f"unsupported op '{op.name}'")
            handler(self, op)
        if terminator is not None:
            raise CompileError("llvm emitter: region block lacks its terminator")
        return None
