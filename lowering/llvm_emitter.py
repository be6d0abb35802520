"""L3 (xDSL builtin/func/scf/arith/math/memref/vector) → LLVM IR via llvmlite.ir.

Entry point: :func:`emit_llvm`. The emitter walks each ``func.func`` once, keeping a
map SSAValue → llvm value, and dispatches on the op class (one method per op family).

L3 conventions honoured here (see the module-level docs of the lowering pipeline):

* 1-D contiguous memrefs become opaque ``ptr`` arguments (``noalias``, aligned to
  the element size, ``captures(none)``); ``index`` is ``i64``.
* ``sym_visibility = "private"`` → ``internal`` + ``noinline``; a public func with the
  unit attribute ``rlx.entry`` additionally gets ``<name>_packed(void **ptrs,
  int64_t *ints)``; a body-less ``func.func`` is an external declaration.
* Float arithmetic carries ``reassoc contract nsz arcp afn`` (never ``nnan``/``ninf``
  unless the op asks: softmax relies on ``-inf``), unioned with the op's own flags.
* ``scf.parallel`` (1 IV, no reductions) is outlined and run by ``rlx.parallel``
  (``lowering/llvm_team.py``: on the team of the entry's call, else with its own
  ``GOMP_parallel``) unless ``threads`` is ``False``/``1``, in which case it becomes a
  plain serial loop. With threads, an entry's ``_packed`` wrapper runs the whole call
  in one OpenMP team.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence

from llvmlite import ir
from xdsl.context import Context
from xdsl.dialects import arith, builtin, func, math as xmath, memref, scf, vector
from xdsl.dialects.builtin import (
    DYNAMIC_INDEX,
    DenseIntOrFPElementsAttr,
    Float16Type,
    Float32Type,
    Float64Type,
    FloatAttr,
    IndexType,
    IntegerAttr,
    IntegerType,
    MemRefType,
    ModuleOp,
    UnknownLoc,
    VectorType,
)
from xdsl.ir import Attribute, Block, Operation, SSAValue
from xdsl.irdl import IRDLOperation, base, irdl_op_definition, operand_def, result_def, traits_def
from xdsl.traits import Pure

from dialects import rlx
from lowering.llvm_team import TeamRuntime, emit_team_runtime, stack_struct, struct_field, struct_fields
from runtime.errors import CompileError

__all__ = ["emit_llvm", "LLVMEmitter", "DEFAULT_FASTMATH", "ENTRY_ATTR", "IndexCastUIOp",
           "l3_context"]

ENTRY_ATTR = "rlx.entry"
#: A threaded ``scf.parallel`` hands out its iterations in guided chunks: each grab takes
#: the unassigned iterations divided by this many per thread (at least one).
GUIDED_SHARE_PER_THREAD = 2
#: Fast-math flags put on every float op. No nnan/ninf: masked softmax uses -inf.
DEFAULT_FASTMATH = ("reassoc", "contract", "nsz", "arcp", "afn")
_ALL_FASTMATH = ("reassoc", "contract", "nsz", "arcp", "afn", "nnan", "ninf")

I32 = ir.IntType(32)
I64 = ir.IntType(64)
F32 = ir.FloatType()
VOID = ir.VoidType()
PTR = ir.PointerType()

_CMPI = {  # arith.cmpi predicate number → (signed?, llvmlite op)
    0: (True, "=="), 1: (True, "!="), 2: (True, "<"), 3: (True, "<="),
    4: (True, ">"), 5: (True, ">="), 6: (False, "<"), 7: (False, "<="),
    8: (False, ">"), 9: (False, ">="),
}
_CMPF = {  # arith.cmpf predicate number → (ordered?, llvmlite op) ; 0/15 are constants
    1: (True, "=="), 2: (True, ">"), 3: (True, ">="), 4: (True, "<"), 5: (True, "<="),
    6: (True, "!="), 7: (True, "ord"), 8: (False, "=="), 9: (False, ">"),
    10: (False, ">="), 11: (False, "<"), 12: (False, "<="), 13: (False, "!="),
    14: (False, "uno"),
}

# Cephes-style expf constants (two-constant Cody–Waite reduction, degree-5 fit of
# (e^r - 1 - r) / r^2, i.e. a degree-7 polynomial for e^r on [-ln2/2, ln2/2]).
_EXP_HI = 88.7
_EXP_LO = -88.3
_EXP_UNDERFLOW = math.log(2.0**-126)  # below this the result is sub-normal → flush to 0
_EXP_OVERFLOW = math.log(3.4028234663852886e38)  # above this the result is +inf
_LOG2E = 1.44269504088896341
_LN2_HI = 0.693359375  # exactly representable with 9 significant bits: n*_LN2_HI is exact
_LN2_LO = -2.12194440e-4
_EXP_POLY = (1.9875691500e-4, 1.3981999507e-3, 8.3334519073e-3,
             4.1665795894e-2, 1.6666665459e-1, 5.0000001201e-1)
# tanh Taylor series x + c3 x^3 + ... + c15 x^15, used for |x| < 0.5 where
# 1 - 2/(e^{2x}+1) would cancel.
_TANH_SMALL = 0.5
_TANH_TAYLOR = (-1.0 / 3.0, 2.0 / 15.0, -17.0 / 315.0, 62.0 / 2835.0,
                -1382.0 / 155925.0, 21844.0 / 6081075.0, -929569.0 / 638512875.0)


@irdl_op_definition
class IndexCastUIOp(IRDLOperation):
    """``arith.index_castui`` (zero-extending index cast) — missing from xDSL 0.75's arith."""

    name = "arith.index_castui"
    input = operand_def(base(IntegerType) | base(IndexType))
    result = result_def(base(IntegerType) | base(IndexType))
    traits = traits_def(Pure())
    assembly_format = "$input attr-dict `:` type($input) `to` type($result)"

    def __init__(self, input_arg: SSAValue | Operation, target_type: Attribute):
        super().__init__(operands=[input_arg], result_types=[target_type])


def l3_context() -> Context:
    """An xDSL context with every dialect L3 may use (plus ``arith.index_castui``)."""
    ctx = Context()
    for dialect in (builtin.Builtin, func.Func, scf.Scf, arith.Arith, xmath.Math,
                    memref.MemRef, vector.Vector):
        ctx.load_dialect(dialect)
    ctx.load_op(IndexCastUIOp)
    return ctx


def emit_llvm(module: ModuleOp, *, threads: bool | int = True) -> ir.Module:
    """Lower an L3 module to an ``llvmlite.ir.Module`` (``str()`` gives the .ll text).

    ``threads``: ``True`` or ``0`` → every ``scf.parallel`` runs on the OpenMP default
    team (``GOMP_parallel(..., 0, 0)``); ``False`` or ``1`` → plain serial loops and no
    libgomp reference at all; an int ``N > 1`` → teams of exactly ``N`` threads.
    Raises :class:`CompileError` for anything outside the L3 subset.
    """
    return LLVMEmitter(threads=threads).emit_module(module)


def _team_size(threads: bool | int) -> int | None:
    """None = serial, 0 = OpenMP default, N = fixed team size."""
    if isinstance(threads, bool):
        return 0 if threads else None
    if not isinstance(threads, int) or threads < 0:
        raise CompileError(f"llvm emitter: threads must be a bool or an int >= 0, got {threads!r}")
    return None if threads == 1 else threads


# --------------------------------------------------------------------------- helpers


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


def _is_float(ty: ir.Type) -> bool:
    ty = ty.element if isinstance(ty, ir.VectorType) else ty
    return isinstance(ty, (ir.FloatType, ir.DoubleType, ir.HalfType))


def _scalar(ty: ir.Type) -> ir.Type:
    return ty.element if isinstance(ty, ir.VectorType) else ty


def _suffix(ty: ir.Type) -> str:
    """Overload suffix of an LLVM intrinsic name: f32, i64, v8f32, ..."""
    if isinstance(ty, ir.VectorType):
        return f"v{ty.count}{_suffix(ty.element)}"
    if isinstance(ty, ir.IntType):
        return f"i{ty.width}"
    return {ir.FloatType: "f32", ir.DoubleType: "f64", ir.HalfType: "f16"}[type(ty)]


def _with_width(ty: ir.Type, width: int) -> ir.Type:
    """Integer type of ``width`` bits shaped like ``ty`` (scalar or vector)."""
    if isinstance(ty, ir.VectorType):
        return ir.VectorType(ir.IntType(width), ty.count)
    return ir.IntType(width)


def _const(ty: ir.Type, value) -> ir.Constant:
    """A scalar constant, or a splat if ``ty`` is a vector type."""
    if isinstance(ty, ir.VectorType):
        return ir.Constant(ty, [ir.Constant(ty.element, value)] * ty.count)
    return ir.Constant(ty, value)


def _bitwidth(ty: ir.Type) -> int:
    ty = _scalar(ty)
    if isinstance(ty, ir.IntType):
        return ty.width
    return {ir.FloatType: 32, ir.DoubleType: 64, ir.HalfType: 16}[type(ty)]


class _FuncScope:
    """Per-LLVM-function emission state (saved/restored when outlining)."""

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


# --------------------------------------------------------------------------- emitter


class LLVMEmitter:
    """Stateful L3 → LLVM IR translator. Use :func:`emit_llvm` unless extending it."""

    def __init__(self, *, threads: bool | int = True):
        self.team_size = _team_size(threads)
        self.module = ir.Module(name="rlx")
        self.module.triple = _host_triple()
        self.funcs: dict[str, ir.Function] = {}
        self.scope: _FuncScope | None = None
        self._outlined = 0
        self._team_runtime: TeamRuntime | None = None
        self._has_parallel = False
        self._dispatch: dict[type[Operation], Callable[[Operation], None]] = {}
        self._register()

    # ------------------------------------------------------------------ plumbing

    @property
    def b(self) -> ir.IRBuilder:
        return self.scope.builder

    def _register(self) -> None:
        table: list[tuple[Iterable[type[Operation]], Callable[[Operation], None]]] = [
            ((func.ReturnOp,), self._op_return),
            ((func.CallOp,), self._op_call),
            ((scf.ForOp,), self._op_for),
            ((scf.IfOp,), self._op_if),
            ((scf.ParallelOp,), self._op_parallel),
            ((arith.ConstantOp,), self._op_constant),
            (self._INT_BINOPS, self._op_int_binary),
            (self._INT_MINMAX, self._op_int_minmax),
            (self._FLOAT_BINOPS, self._op_float_binary),
            (self._FLOAT_MINMAX, self._op_float_minmax),
            ((arith.NegfOp,), self._op_negf),
            ((arith.CmpiOp,), self._op_cmpi),
            ((arith.CmpfOp,), self._op_cmpf),
            ((arith.SelectOp,), self._op_select),
            (self._CASTS, self._op_cast),
            ((arith.IndexCastOp, IndexCastUIOp), self._op_index_cast),
            (self._MATH_INTRINSICS, self._op_math_intrinsic),
            ((xmath.ExpOp,), self._op_exp),
            ((xmath.TanhOp,), self._op_tanh),
            ((xmath.RsqrtOp,), self._op_rsqrt),
            ((xmath.FmaOp,), self._op_fma),
            ((memref.LoadOp,), self._op_memref_load),
            ((memref.AllocaOp,), self._op_memref_alloca),
            ((memref.StoreOp,), self._op_memref_store),
            ((memref.AtomicRMWOp,), self._op_atomic_rmw),
            ((vector.LoadOp,), self._op_vector_load),
            ((vector.StoreOp,), self._op_vector_store),
            ((vector.BroadcastOp,), self._op_broadcast),
            ((vector.FMAOp,), self._op_fma),
            ((vector.ReductionOp,), self._op_reduction),
            ((vector.ExtractOp,), self._op_extract),
            ((vector.InsertOp,), self._op_insert),
            ((vector.ShuffleOp,), self._op_shuffle),
            ((rlx.ViewOp,), self._op_arena_view),
        ]
        for classes, handler in table:
            for cls in classes:
                self._dispatch[cls] = handler

    def _where(self, op: Operation) -> str:
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

    def _error(self, op: Operation, msg: str) -> CompileError:
        return CompileError(f"llvm emitter: {msg} (at {self._where(op)})")

    def _v(self, value: SSAValue) -> ir.Value:
        try:
            return self.scope.values[value]
        except KeyError:
            raise CompileError(f"llvm emitter: SSA value {value.name_hint or value} "
                               "used outside the scope where it is defined") from None

    def _set(self, value: SSAValue, llvm_value: ir.Value) -> None:
        self.scope.values[value] = llvm_value

    def _fastmath(self, op: Operation) -> tuple[str, ...]:
        """Default flags ∪ the op's own ``fastmath`` attribute (``fast`` = all flags)."""
        own = _flag_names(op.properties.get("fastmath") or op.attributes.get("fastmath"))
        if "fast" in own:
            return _ALL_FASTMATH
        return tuple(sorted(set(DEFAULT_FASTMATH) | own))

    def _intrinsic(self, base: str, ret: ir.Type, args: Sequence[ir.Type],
                   overload: Sequence[ir.Type] | None = None) -> ir.Function:
        """Declare (once) ``llvm.<base>.<suffixes>`` with the given signature."""
        over = overload if overload is not None else [ret]
        name = ".".join([base] + [_suffix(t) for t in over])
        fn = self.module.globals.get(name)
        if fn is None:
            fn = ir.Function(self.module, ir.FunctionType(ret, list(args)), name)
        return fn

    def _external(self, name: str, ret: ir.Type, args: Sequence[ir.Type]) -> ir.Function:
        fn = self.module.globals.get(name)
        if fn is None:
            fn = ir.Function(self.module, ir.FunctionType(ret, list(args)), name)
        return fn

    def _call_intr(self, base: str, args: Sequence[ir.Value], flags: Sequence[str] = (),
                   ret: ir.Type | None = None) -> ir.Value:
        """Call a type-overloaded intrinsic on ``args`` (overloaded on the first arg type)."""
        ty = args[0].type
        fn = self._intrinsic(base, ret or ty, [a.type for a in args], [ty])
        fm = tuple(flags) if _is_float(ret or ty) else ()
        return self.b.call(fn, list(args), fastmath=fm)

    # ------------------------------------------------------------------ types

    def llvm_type(self, ty: Attribute) -> ir.Type:
        if isinstance(ty, IndexType):
            return I64
        if isinstance(ty, IntegerType):
            return ir.IntType(ty.width.data)
        if isinstance(ty, Float32Type):
            return F32
        if isinstance(ty, Float64Type):
            return ir.DoubleType()
        if isinstance(ty, Float16Type):
            return ir.HalfType()
        if isinstance(ty, MemRefType):
            if ty.get_num_dims() != 1:
                raise CompileError(f"llvm emitter: only 1-D memrefs are supported, got {ty}")
            return PTR
        if isinstance(ty, VectorType):
            if ty.get_num_dims() != 1 or ty.get_num_scalable_dims():
                raise CompileError(f"llvm emitter: only 1-D fixed vectors are supported, got {ty}")
            return ir.VectorType(self.llvm_type(ty.element_type), ty.get_shape()[0])
        raise CompileError(f"llvm emitter: unsupported type {ty}")

    def _fn_type(self, op: func.FuncOp) -> ir.FunctionType:
        ft = op.function_type
        args = [self.llvm_type(t) for t in ft.inputs.data]
        outs = [self.llvm_type(t) for t in ft.outputs.data]
        ret = VOID if not outs else outs[0] if len(outs) == 1 else ir.LiteralStructType(outs)
        return ir.FunctionType(ret, args)

    # ------------------------------------------------------------------ module / funcs

    def emit_module(self, module: ModuleOp) -> ir.Module:
        funcs: list[func.FuncOp] = []
        for op in module.body.block.ops:
            if not isinstance(op, func.FuncOp):
                raise CompileError(f"llvm emitter: unsupported top-level op '{op.name}' "
                                   "(only func.func is allowed)")
            funcs.append(op)
        self._has_parallel = any(isinstance(op, scf.ParallelOp) for op in module.walk())
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
        fn = ir.Function(self.module, self._fn_type(op), name)
        self.funcs[name] = fn
        if not op.body.blocks:
            return  # external declaration (e.g. expf); linkage stays external
        private = op.sym_visibility is not None and op.sym_visibility.data == "private"
        if private:
            fn.linkage = "internal"
            fn.attributes.add("noinline")
        fn.attributes.add("nounwind")
        for arg, ty in zip(fn.args, op.function_type.inputs.data):
            if isinstance(ty, MemRefType):
                self._mark_buffer_arg(arg, ty.element_type)

    def _mark_buffer_arg(self, arg: ir.Argument, elem: Attribute | ir.Type) -> None:
        """``noalias captures(none) align <elem>``: the L3 buffer contract."""
        arg.add_attribute("noalias")
        arg.add_attribute("captures(none)")
        if isinstance(elem, Attribute):
            elem = self.llvm_type(elem)
        arg.attributes.align = max(1, _bitwidth(elem) // 8)

    def _define(self, op: func.FuncOp) -> None:
        if len(op.body.blocks) != 1:
            raise CompileError(f"llvm emitter: @{op.sym_name.data} has "
                               f"{len(op.body.blocks)} blocks (only single-block bodies)")
        fn = self.funcs[op.sym_name.data]
        self.scope = _FuncScope(fn, op.sym_name.data)
        block = op.body.block
        for arg, llvm_arg in zip(block.args, fn.args):
            self._set(arg, llvm_arg)
            if arg.name_hint:
                llvm_arg.name = arg.name_hint
        self._emit_ops(block, terminator=None)
        if not self.b.block.is_terminated:
            if fn.function_type.return_type != VOID:
                raise CompileError(f"llvm emitter: @{op.sym_name.data} lacks a func.return")
            self.b.ret_void()
        self.scope.finish()
        self.scope = None
        if ENTRY_ATTR in op.attributes:
            self._emit_packed_wrapper(op, fn)

    def _emit_packed_wrapper(self, op: func.FuncOp, fn: ir.Function) -> None:
        """``void <name>_packed(void **ptrs, int64_t *ints)``: a fixed C ABI for callers.

        Memref args are taken in order from ``ptrs``; every other (scalar) arg in order
        from ``ints``: integers are truncated from the i64 slot, f32/f64 are read from
        the slot's bit pattern (low 32 bits for f32).
        """
        name = op.sym_name.data + "_packed"
        if name in self.module.globals:
            raise CompileError(f"llvm emitter: cannot emit @{name}: the name is taken")
        wrapper = ir.Function(self.module, ir.FunctionType(VOID, [PTR, PTR]), name)
        wrapper.attributes.add("nounwind")
        ptrs, ints = wrapper.args
        ptrs.name, ints.name = "ptrs", "ints"
        for a in (ptrs, ints):
            a.add_attribute("noalias")
            a.add_attribute("captures(none)")
        b = ir.IRBuilder(wrapper.append_basic_block("entry"))
        if self.team_size is not None and self._has_parallel:  # the whole call in one OpenMP team
            ctx = stack_struct(b, b, [ptrs, ints])
            b.call(self._team().run_entry, [self._unpacking_call(op, fn), ctx])
            b.ret_void()
            return
        self._call_unpacked(b, op, fn, ptrs, ints)
        b.ret_void()

    def _unpacking_call(self, op: func.FuncOp, fn: ir.Function) -> ir.Function:
        """``void <name>.unpacked(ptr ctx)``: ``fn`` on the args of ``ctx = {ptrs, ints}``."""
        call = ir.Function(self.module, ir.FunctionType(VOID, [PTR]), op.sym_name.data + ".unpacked")
        call.linkage = "internal"
        call.attributes.add("nounwind")
        b = ir.IRBuilder(call.append_basic_block("entry"))
        ptrs, ints = struct_fields(b, call.args[0], ir.LiteralStructType([PTR, PTR]))
        self._call_unpacked(b, op, fn, ptrs, ints)
        b.ret_void()
        return call

    def _call_unpacked(self, b: ir.IRBuilder, op: func.FuncOp, fn: ir.Function, ptrs: ir.Value,
                       ints: ir.Value) -> None:
        """``fn(...)`` with its memref args from ``ptrs`` and its scalars from ``ints``."""
        args, np_, ni = [], 0, 0
        for ty, llty in zip(op.function_type.inputs.data, fn.function_type.args):
            if isinstance(ty, MemRefType):
                slot = b.gep(ptrs, [ir.Constant(I64, np_)], source_etype=PTR)
                args.append(b.load(slot, typ=PTR, align=8))
                np_ += 1
                continue
            slot = b.gep(ints, [ir.Constant(I64, ni)], source_etype=I64)
            raw = b.load(slot, typ=I64, align=8)
            ni += 1
            args.append(self._from_int_slot(b, raw, llty, op, ty))
        b.call(fn, args)

    @staticmethod
    def _from_int_slot(b: ir.IRBuilder, raw: ir.Value, llty: ir.Type,
                       op: Operation, ty: Attribute) -> ir.Value:
        if isinstance(llty, ir.IntType):
            return raw if llty.width == 64 else b.trunc(raw, llty)
        if isinstance(llty, ir.DoubleType):
            return b.bitcast(raw, llty)
        if isinstance(llty, ir.FloatType):
            return b.bitcast(b.trunc(raw, I32), llty)
        raise CompileError(f"llvm emitter: entry @{op.sym_name.data} has an argument of "
                           f"type {ty} that the _packed ABI cannot carry")

    # ------------------------------------------------------------------ blocks

    def _emit_ops(self, block: Block, terminator: tuple[type[Operation], ...] | None
                  ) -> Operation | None:
        """Emit ``block``'s ops; return its region terminator (yield/reduce) unemitted."""
        for op in block.ops:
            if terminator is not None and isinstance(op, terminator):
                return op
            handler = self._dispatch.get(type(op))
            if handler is None and op.name == "arith.index_castui":  # e.g. unregistered
                handler = self._op_index_cast
            if handler is None:
                raise self._error(op, f"unsupported op '{op.name}'")
            handler(op)
        if terminator is not None:
            raise CompileError("llvm emitter: region block lacks its terminator")
        return None

    # ------------------------------------------------------------------ func ops

    def _op_return(self, op: func.ReturnOp) -> None:
        vals = [self._v(v) for v in op.arguments]
        if not vals:
            self.b.ret_void()
        elif len(vals) == 1:
            self.b.ret(vals[0])
        else:
            agg = ir.Constant(self.scope.fn.function_type.return_type, ir.Undefined)
            for i, v in enumerate(vals):
                agg = self.b.insert_value(agg, v, i)
            self.b.ret(agg)

    def _op_call(self, op: func.CallOp) -> None:
        name = op.callee.root_reference.data
        callee = self.funcs.get(name)
        if callee is None:
            raise self._error(op, f"call to unknown function @{name}")
        res = self.b.call(callee, [self._v(a) for a in op.arguments])
        if len(op.res) == 1:
            self._set(op.res[0], res)
        elif len(op.res) > 1:
            for i, r in enumerate(op.res):
                self._set(r, self.b.extract_value(res, i))

    # ------------------------------------------------------------------ scf

    def _counted_loop(self, lb: ir.Value, ub: ir.Value, step: ir.Value, body: Block,
                      inits: Sequence[ir.Value], term: tuple[type[Operation], ...],
                      tag: str = "for") -> list[ir.Value]:
        """``for (iv = lb; iv < ub; iv += step)`` with loop-carried ``inits``.

        Header phis carry the IV and iter_args; the yielded values feed the back edge.
        Returns the header phis of the iter_args (= the loop results on exit).
        """
        b, fn = self.b, self.scope.fn
        pre = b.block
        header = fn.append_basic_block(f"{tag}.header")
        body_bb = fn.append_basic_block(f"{tag}.body")
        exit_bb = fn.append_basic_block(f"{tag}.exit")
        b.branch(header)
        b.position_at_end(header)
        iv = b.phi(lb.type, name=f"{tag}.iv")
        iv.add_incoming(lb, pre)
        phis = []
        for v in inits:
            phi = b.phi(v.type)
            phi.add_incoming(v, pre)
            phis.append(phi)
        b.cbranch(b.icmp_signed("<", iv, ub), body_bb, exit_bb)
        b.position_at_end(body_bb)
        self._set(body.args[0], iv)
        for arg, phi in zip(body.args[1:], phis):
            self._set(arg, phi)
        yield_op = self._emit_ops(body, term)
        yielded = [self._v(v) for v in yield_op.operands]
        nxt = b.add(iv, step, name=f"{tag}.next", flags=("nsw",))
        latch = b.block
        b.branch(header)
        iv.add_incoming(nxt, latch)
        for phi, v in zip(phis, yielded):
            phi.add_incoming(v, latch)
        b.position_at_end(exit_bb)
        return phis

    def _op_for(self, op: scf.ForOp) -> None:
        results = self._counted_loop(self._v(op.lb), self._v(op.ub), self._v(op.step),
                                     op.body.block, [self._v(v) for v in op.iter_args],
                                     (scf.YieldOp,))
        for res, val in zip(op.res, results):
            self._set(res, val)

    def _op_if(self, op: scf.IfOp) -> None:
        b, fn = self.b, self.scope.fn
        cond = self._v(op.cond)
        has_else = bool(op.false_region.blocks)
        if op.output and not has_else:
            raise self._error(op, "scf.if with results needs an else region")
        then_bb = fn.append_basic_block("if.then")
        else_bb = fn.append_basic_block("if.else") if has_else else None
        merge_bb = fn.append_basic_block("if.end")
        b.cbranch(cond, then_bb, else_bb or merge_bb)
        incoming = []
        for bb, region in ((then_bb, op.true_region), (else_bb, op.false_region)):
            if bb is None:
                continue
            b.position_at_end(bb)
            yield_op = self._emit_ops(region.block, (scf.YieldOp,))
            incoming.append(([self._v(v) for v in yield_op.operands], b.block))
            b.branch(merge_bb)
        b.position_at_end(merge_bb)
        for i, res in enumerate(op.output):
            phi = b.phi(incoming[0][0][i].type)
            for vals, pred in incoming:
                phi.add_incoming(vals[i], pred)
            self._set(res, phi)

    def _op_parallel(self, op: scf.ParallelOp) -> None:
        if len(op.lowerBound) != 1 or op.initVals or op.res:
            raise self._error(op, "only 1-D scf.parallel without reductions is supported")
        body = op.body.block
        term = body.last_op
        if not isinstance(term, scf.ReduceOp) or term.args:
            raise self._error(op, "scf.parallel body must end with an empty scf.reduce")
        lb, ub, step = (self._v(v[0]) for v in (op.lowerBound, op.upperBound, op.step))
        if self.team_size is None:
            self._counted_loop(lb, ub, step, body, [], (scf.ReduceOp,), tag="par")
            return
        self._emit_threaded_parallel(op, lb, ub, step)

    # ----- scf.parallel outlining

    @staticmethod
    def _captured_values(op: Operation) -> list[SSAValue]:
        """SSA values used inside ``op``'s regions but defined outside ``op`` (ordered)."""
        inner: set[SSAValue] = set()
        for nested in op.walk():
            if nested is not op:
                inner.update(nested.results)
            for region in nested.regions:
                for block in region.blocks:
                    inner.update(block.args)
        seen: dict[SSAValue, None] = {}
        for nested in op.walk():
            if nested is op:
                continue
            for operand in nested.operands:
                if operand not in inner:
                    seen.setdefault(operand, None)
        return list(seen)

    def _emit_threaded_parallel(self, op: scf.ParallelOp, lb: ir.Value, ub: ir.Value,
                                step: ir.Value) -> None:
        """Outline the body and run it on all OpenMP threads via ``rlx.parallel``.

        Three pieces are emitted:
        * ``<f>.parN.loop(captured..., lo, hi, step)``: the serial loop over [lo, hi),
          with buffers marked ``noalias`` so it vectorises like the original;
        * ``<f>.parN(ptr ctx)``: unpacks the context struct, then grabs chunks of
          iterations from a shared counter (compare-and-swap) and calls the loop
          function on each, until none are left. Guided chunks: a grab takes
          ``max(1, unassigned / (nthreads * GUIDED_SHARE_PER_THREAD))``, so chunks
          shrink towards the end and the threads finish together (a thread woken
          late, or slowed down by a busy core, leaves its share to the others; with
          fixed chunks the last one idled a thread for up to an eighth of the call);
        * at the call site: a stack context struct {lb, ub, step, counter = 0,
          captured...} and ``rlx.parallel(<f>.parN, ctx)``: the call's team runs it, or
          (outside an entry's call) ``GOMP_parallel(<f>.parN, ctx, <team>, 0)``.
        Captured ``arith.constant`` values are re-materialised instead of passed, so
        the outlined loop still sees constant strides.
        """
        captured = [v for v in self._captured_values(op)
                    if not isinstance(v.owner, arith.ConstantOp)]
        cap_vals = [self._v(v) for v in captured]
        tag = self.module.get_unique_name(f"{self.scope.name}.par{self._outlined}")
        self._outlined += 1
        loop_fn = self._outline_loop(op, tag, captured, cap_vals)
        fields = [lb, ub, step, ir.Constant(I64, 0)] + cap_vals  # 0: the chunk counter
        body_fn = self._outline_thread_body(tag, ir.LiteralStructType([v.type for v in fields]), loop_fn)
        ctx = stack_struct(self.scope.alloca_builder, self.b, fields, name=f"{tag}.ctx")
        self.b.call(self._team().parallel, [body_fn, ctx])

    def _team(self) -> TeamRuntime:
        """The module's one-team-per-call runtime (``lowering/llvm_team.py``), emitted once."""
        if self._team_runtime is None:
            self._team_runtime = emit_team_runtime(self.module, self.team_size,
                                                   self.module.triple.startswith(("x86_64", "i686")))
        return self._team_runtime

    def _outline_loop(self, op: scf.ParallelOp, tag: str, captured: list[SSAValue],
                      cap_vals: list[ir.Value]) -> ir.Function:
        idx_ty = self.llvm_type(op.lowerBound[0].type)
        fnty = ir.FunctionType(VOID, [v.type for v in cap_vals] + [idx_ty] * 3)
        fn = ir.Function(self.module, fnty, f"{tag}.loop")
        fn.linkage = "internal"
        fn.attributes.add("nounwind")
        for arg, value in zip(fn.args, captured):
            if isinstance(value.type, MemRefType):
                self._mark_buffer_arg(arg, value.type.element_type)
        outer = self.scope
        self.scope = _FuncScope(fn, outer.name)
        try:
            for value, arg in zip(captured, fn.args):
                self._set(value, arg)
            self._rematerialize_constants(op)
            lo, hi, step = fn.args[-3:]
            step_op = op.step[0].owner
            if isinstance(step_op, arith.ConstantOp):  # keep the stride visible to LLVM
                self._op_constant(step_op)
                step = self._v(op.step[0])
            self._counted_loop(lo, hi, step, op.body.block, [], (scf.ReduceOp,), tag="par")
            self.b.ret_void()
            self.scope.finish()
        finally:
            self.scope = outer
        return fn

    def _rematerialize_constants(self, op: Operation) -> None:
        for value in self._captured_values(op):
            if isinstance(value.owner, arith.ConstantOp):
                self._op_constant(value.owner)

    def _outline_thread_body(self, tag: str, ctx_ty: ir.LiteralStructType,
                             loop_fn: ir.Function) -> ir.Function:
        fn = ir.Function(self.module, ir.FunctionType(VOID, [PTR]), tag)
        fn.linkage = "internal"
        fn.attributes.add("nounwind")
        ctx = fn.args[0]
        ctx.name = "ctx"
        b = ir.IRBuilder(fn.append_basic_block("entry"))
        fields = struct_fields(b, ctx, ctx_ty)
        lb, ub, step = fields[:3]
        counter = struct_field(b, ctx, ctx_ty, 3)
        ty = lb.type
        one, zero = ir.Constant(ty, 1), ir.Constant(ty, 0)
        span = b.sub(ub, lb)
        niters = b.sdiv(b.add(span, b.sub(step, one)), step)
        niters = b.select(b.icmp_signed(">", span, zero), niters, zero)
        nth = b.sext(b.call(self._external("omp_get_num_threads", I32, []), []), ty)
        share = b.mul(nth, ir.Constant(ty, GUIDED_SHARE_PER_THREAD))
        loop_bb = fn.append_basic_block("grab")
        take_bb = fn.append_basic_block("take")
        run_bb = fn.append_basic_block("run")
        done_bb = fn.append_basic_block("done")
        b.branch(loop_bb)
        b.position_at_end(loop_bb)
        k0 = b.load_atomic(counter, "monotonic", 8, typ=ty)
        b.cbranch(b.icmp_signed("<", k0, niters), take_bb, done_bb)
        b.position_at_end(take_bb)
        chunk = b.sdiv(b.sub(niters, k0), share)
        chunk = b.select(b.icmp_signed("<", chunk, one), one, chunk)
        k1 = b.add(k0, chunk)
        swapped = b.extract_value(b.cmpxchg(counter, k0, k1, "monotonic", "monotonic"), 1)
        b.cbranch(swapped, run_bb, loop_bb)
        b.position_at_end(run_bb)
        lo = b.add(lb, b.mul(k0, step))
        hi = self._smin(b, b.add(lb, b.mul(k1, step)), ub)
        b.call(loop_fn, fields[4:] + [lo, hi, step])
        b.branch(loop_bb)
        b.position_at_end(done_bb)
        b.ret_void()
        return fn

    @staticmethod
    def _smin(b: ir.IRBuilder, x: ir.Value, y: ir.Value) -> ir.Value:
        return b.select(b.icmp_signed("<", x, y), x, y)

    # ------------------------------------------------------------------ arith

    def _op_constant(self, op: arith.ConstantOp) -> None:
        ty = self.llvm_type(op.result.type)
        attr = op.value
        if isinstance(attr, IntegerAttr):
            value = attr.value.data
            if isinstance(ty, ir.IntType) and ty.width == 1:
                value = value & 1
            self._set(op.result, ir.Constant(ty, value))
        elif isinstance(attr, FloatAttr):
            self._set(op.result, ir.Constant(ty, float(attr.value.data)))
        elif isinstance(attr, DenseIntOrFPElementsAttr) and isinstance(ty, ir.VectorType):
            vals = list(attr.get_values())
            if len(vals) == 1:
                vals *= ty.count
            if len(vals) != ty.count:
                raise self._error(op, "dense constant size does not match its vector type")
            conv = float if _is_float(ty) else int
            if not _is_float(ty) and ty.element.width == 1:
                conv = lambda x: int(x) & 1  # noqa: E731
            self._set(op.result, ir.Constant(ty, [ir.Constant(ty.element, conv(v)) for v in vals]))
        else:
            raise self._error(op, f"unsupported constant {attr}")

    _INT_BINOPS = {
        arith.AddiOp: "add", arith.SubiOp: "sub", arith.MuliOp: "mul",
        arith.DivSIOp: "sdiv", arith.DivUIOp: "udiv", arith.RemSIOp: "srem",
        arith.RemUIOp: "urem", arith.AndIOp: "and_", arith.OrIOp: "or_",
        arith.XOrIOp: "xor", arith.ShLIOp: "shl", arith.ShRSIOp: "ashr",
        arith.ShRUIOp: "lshr",
    }
    _INT_MINMAX = {arith.MinSIOp: "llvm.smin", arith.MaxSIOp: "llvm.smax",
                   arith.MinUIOp: "llvm.umin", arith.MaxUIOp: "llvm.umax"}
    _FLOAT_BINOPS = {arith.AddfOp: "fadd", arith.SubfOp: "fsub",
                     arith.MulfOp: "fmul", arith.DivfOp: "fdiv"}
    _FLOAT_MINMAX = {arith.MaximumfOp: "llvm.maximum", arith.MinimumfOp: "llvm.minimum",
                     arith.MaxnumfOp: "llvm.maxnum", arith.MinnumfOp: "llvm.minnum"}

    def _op_int_binary(self, op: Operation) -> None:
        emit = getattr(self.b, self._INT_BINOPS[type(op)])
        self._set(op.results[0], emit(self._v(op.lhs), self._v(op.rhs)))

    def _op_int_minmax(self, op: Operation) -> None:
        res = self._call_intr(self._INT_MINMAX[type(op)], [self._v(op.lhs), self._v(op.rhs)])
        self._set(op.results[0], res)

    def _op_float_binary(self, op: Operation) -> None:
        emit = getattr(self.b, self._FLOAT_BINOPS[type(op)])
        res = emit(self._v(op.lhs), self._v(op.rhs), flags=self._fastmath(op))
        self._set(op.results[0], res)

    def _op_float_minmax(self, op: Operation) -> None:
        res = self._call_intr(self._FLOAT_MINMAX[type(op)], [self._v(op.lhs), self._v(op.rhs)],
                              self._fastmath(op))
        self._set(op.results[0], res)

    def _op_negf(self, op: arith.NegfOp) -> None:
        self._set(op.result, self.b.fneg(self._v(op.operand), flags=self._fastmath(op)))

    def _op_cmpi(self, op: arith.CmpiOp) -> None:
        signed, pred = _CMPI[op.predicate.value.data]
        emit = self.b.icmp_signed if signed else self.b.icmp_unsigned
        self._set(op.result, emit(pred, self._v(op.lhs), self._v(op.rhs)))

    def _op_cmpf(self, op: arith.CmpfOp) -> None:
        """Result shape follows the operands (xDSL types vector compares as ``i1``)."""
        lhs, rhs = self._v(op.lhs), self._v(op.rhs)
        code = op.predicate.value.data
        if code in (0, 15):
            self._set(op.result, _const(_with_width(lhs.type, 1), int(code == 15)))
            return
        ordered, pred = _CMPF[code]
        own = tuple(sorted(_flag_names(op.fastmath)))
        emit = self.b.fcmp_ordered if ordered else self.b.fcmp_unordered
        self._set(op.result, emit(pred, lhs, rhs, flags=own))

    def _op_select(self, op: arith.SelectOp) -> None:
        res = self.b.select(self._v(op.cond), self._v(op.lhs), self._v(op.rhs))
        self._set(op.result, res)

    _CASTS = {
        arith.SIToFPOp: "sitofp", arith.UIToFPOp: "uitofp", arith.FPToSIOp: "fptosi",
        arith.FPToUIOp: "fptoui", arith.ExtFOp: "fpext", arith.TruncFOp: "fptrunc",
        arith.ExtSIOp: "sext", arith.ExtUIOp: "zext", arith.TruncIOp: "trunc",
        arith.BitcastOp: "bitcast",
    }

    def _op_cast(self, op: Operation) -> None:
        src = self._v(op.operands[0])
        ty = self.llvm_type(op.results[0].type)
        res = src if src.type == ty else getattr(self.b, self._CASTS[type(op)])(src, ty)
        self._set(op.results[0], res)

    def _op_index_cast(self, op: Operation) -> None:
        """index ↔ iN: sign- (index_cast) or zero-extend (index_castui), or truncate."""
        src = self._v(op.operands[0])
        ty = self.llvm_type(op.results[0].type)
        src_w, dst_w = _bitwidth(src.type), _bitwidth(ty)
        if src_w == dst_w:
            res = src
        elif src_w > dst_w:
            res = self.b.trunc(src, ty)
        elif op.name == "arith.index_castui":
            res = self.b.zext(src, ty)
        else:
            res = self.b.sext(src, ty)
        self._set(op.results[0], res)

    # ------------------------------------------------------------------ math

    _MATH_INTRINSICS = {xmath.SqrtOp: "llvm.sqrt", xmath.CosOp: "llvm.cos",
                        xmath.SinOp: "llvm.sin", xmath.LogOp: "llvm.log",
                        xmath.AbsFOp: "llvm.fabs"}

    def _op_math_intrinsic(self, op: Operation) -> None:
        res = self._call_intr(self._MATH_INTRINSICS[type(op)], [self._v(op.operands[0])],
                              self._fastmath(op))
        self._set(op.results[0], res)

    def _op_rsqrt(self, op: xmath.RsqrtOp) -> None:
        x = self._v(op.operand)
        fm = self._fastmath(op)
        root = self._call_intr("llvm.sqrt", [x], fm)
        self._set(op.result, self.b.fdiv(_const(x.type, 1.0), root, flags=fm))

    def _op_fma(self, op: Operation) -> None:
        a, b_, c = (self._v(v) for v in op.operands)
        self._set(op.results[0], self._call_intr("llvm.fma", [a, b_, c], self._fastmath(op)))

    def _op_exp(self, op: xmath.ExpOp) -> None:
        x = self._v(op.operand)
        if _scalar(x.type) != F32:
            res = self._call_intr("llvm.exp", [x], self._fastmath(op))
        else:
            res = self.exp_f32(x)
        self._set(op.result, res)

    def _op_tanh(self, op: xmath.TanhOp) -> None:
        x = self._v(op.operand)
        if _scalar(x.type) != F32:
            res = self._call_intr("llvm.tanh", [x], self._fastmath(op))
        else:
            res = self.tanh_f32(x)
        self._set(op.result, res)

    def _horner(self, x: ir.Value, coeffs: Sequence[float], fm: tuple[str, ...]) -> ir.Value:
        b, ty = self.b, x.type
        acc = _const(ty, coeffs[0])
        for c in coeffs[1:]:
            acc = b.fadd(b.fmul(acc, x, flags=fm), _const(ty, c), flags=fm)
        return acc

    def exp_f32(self, x: ir.Value) -> ir.Value:
        """Inline e^x for f32 / vector<Nxf32> (no libm call, vectorises as-is).

        x is clamped to [-88.3, 88.7], n = rint(x·log2e), r = x − n·ln2 with a two-part
        ln2 (Cody–Waite), e^r from a polynomial, then scaled by 2^n by adding n to the
        exponent field. Results that would be sub-normal (x < ln 2^-126) are flushed to
        0 — so exp(-inf) = 0 exactly — x > ln FLT_MAX gives +inf, NaN passes through.
        Only ``contract`` is used internally: ``reassoc`` could fold the two-part
        reduction back into one multiply and lose ~3 bits.
        """
        b, ty = self.b, x.type
        fm = ("contract",)
        ity = _with_width(ty, 32)
        xc = self._call_intr("llvm.minnum", [x, _const(ty, _EXP_HI)])
        xc = self._call_intr("llvm.maxnum", [xc, _const(ty, _EXP_LO)])
        n = self._call_intr("llvm.rint", [b.fmul(xc, _const(ty, _LOG2E), flags=fm)])
        r = b.fsub(xc, b.fmul(n, _const(ty, _LN2_HI), flags=fm), flags=fm)
        r = b.fsub(r, b.fmul(n, _const(ty, _LN2_LO), flags=fm), flags=fm)
        p = self._horner(r, _EXP_POLY, fm)
        y = b.fadd(b.fadd(b.fmul(p, b.fmul(r, r, flags=fm), flags=fm), r, flags=fm),
                   _const(ty, 1.0), flags=fm)
        shift = b.shl(b.fptosi(n, ity), _const(ity, 23))
        res = b.bitcast(b.add(b.bitcast(y, ity), shift), ty)
        res = b.select(b.fcmp_ordered("<", x, _const(ty, _EXP_UNDERFLOW)), _const(ty, 0.0), res)
        res = b.select(b.fcmp_ordered(">", x, _const(ty, _EXP_OVERFLOW)),
                       _const(ty, math.inf), res)
        return b.select(b.fcmp_unordered("uno", x, x), x, res)

    def tanh_f32(self, x: ir.Value) -> ir.Value:
        """tanh from :meth:`exp_f32`: sign(x)·(1 − 2/(e^{2|x|}+1)); Taylor for |x| < 0.5."""
        b, ty = self.b, x.type
        fm = ("contract",)
        ax = self._call_intr("llvm.fabs", [x])
        e = self.exp_f32(b.fmul(ax, _const(ty, 2.0), flags=fm))
        big = b.fsub(_const(ty, 1.0),
                     b.fdiv(_const(ty, 2.0), b.fadd(e, _const(ty, 1.0), flags=fm), flags=fm),
                     flags=fm)
        big = self._call_intr("llvm.copysign", [big, x])
        x2 = b.fmul(x, x, flags=fm)
        poly = self._horner(x2, tuple(reversed(_TANH_TAYLOR)), fm)
        small = b.fadd(x, b.fmul(b.fmul(x, x2, flags=fm), poly, flags=fm), flags=fm)
        return b.select(b.fcmp_ordered("<", ax, _const(ty, _TANH_SMALL)), small, big)

    # ------------------------------------------------------------------ memory

    def _elem_ptr(self, op: Operation, base: SSAValue, indices: Sequence[SSAValue]
                  ) -> tuple[ir.Value, ir.Type]:
        mty = base.type
        if not isinstance(mty, MemRefType) or mty.get_num_dims() != 1 or len(indices) != 1:
            raise self._error(op, "only 1-D memrefs with one index are supported")
        elem = self.llvm_type(mty.element_type)
        ptr = self.b.gep(self._v(base), [self._v(indices[0])], inbounds=True,
                         source_etype=elem)
        return ptr, elem

    def _op_arena_view(self, op: rlx.ViewOp) -> None:
        """``rlx.view``: the arena pointer advanced by a constant byte offset."""
        base = self._v(op.arena)
        offset = ir.Constant(ir.IntType(64), op.offset.value.data)
        self._set(op.result, self.b.gep(base, [offset], inbounds=True, source_etype=ir.IntType(8)))

    def _op_memref_alloca(self, op: memref.AllocaOp) -> None:
        """Static-size ``memref.alloca``: stack scratch allocated once in the entry block of
        the current LLVM function (so once per thread in an outlined parallel loop)."""
        mty = op.memref.type
        shape = mty.get_shape()
        if op.dynamic_sizes or len(shape) != 1 or shape[0] < 0:
            raise self._error(op, "only static 1-D memref.alloca is supported")
        elem = self.llvm_type(mty.element_type)
        slot = self.scope.alloca_builder.alloca(ir.ArrayType(elem, shape[0]))
        slot.type = PTR  # llvmlite types allocas as typed pointers; we use opaque `ptr`
        slot.align = 64
        self._set(op.memref, slot)

    def _op_memref_load(self, op: memref.LoadOp) -> None:
        ptr, elem = self._elem_ptr(op, op.memref, op.indices)
        self._set(op.res, self.b.load(ptr, typ=elem, align=_bitwidth(elem) // 8))

    def _op_memref_store(self, op: memref.StoreOp) -> None:
        ptr, elem = self._elem_ptr(op, op.memref, op.indices)
        self.b.store(self._v(op.value), ptr, align=_bitwidth(elem) // 8)

    #: MLIR's ``arith::AtomicRMWKind`` -> LLVM ``atomicrmw`` operation (integer kinds)
    _ATOMIC_RMW = {1: "add", 2: "xchg", 4: "max", 5: "umax", 7: "min", 8: "umin", 11: "or", 12: "and"}

    def _op_atomic_rmw(self, op: memref.AtomicRMWOp) -> None:
        """``memref.atomic_rmw`` (integer kinds): a monotonic ``atomicrmw``; yields the old value."""
        kind = op.kind.value.data
        if kind not in self._ATOMIC_RMW or _is_float(self.llvm_type(op.value.type)):
            raise self._error(op, f"unsupported atomic_rmw kind {kind} on {op.value.type}")
        ptr, _ = self._elem_ptr(op, op.memref, op.indices)
        self._set(op.result, self.b.atomic_rmw(self._ATOMIC_RMW[kind], ptr, self._v(op.value), "monotonic"))

    def _op_vector_load(self, op: vector.LoadOp) -> None:
        """Unaligned load of N contiguous elements (align = element size)."""
        ptr, elem = self._elem_ptr(op, op.base, op.indices)
        vty = self.llvm_type(op.result.type)
        self._set(op.result, self.b.load(ptr, typ=vty, align=_bitwidth(elem) // 8))

    def _op_vector_store(self, op: vector.StoreOp) -> None:
        ptr, elem = self._elem_ptr(op, op.base, op.indices)
        self.b.store(self._v(op.vector), ptr, align=_bitwidth(elem) // 8)

    # ------------------------------------------------------------------ vector

    def _splat(self, value: ir.Value, vty: ir.VectorType) -> ir.Value:
        b = self.b
        one = b.insert_element(ir.Constant(vty, ir.Undefined), value, ir.Constant(I32, 0))
        mask = ir.Constant(ir.VectorType(I32, vty.count), [ir.Constant(I32, 0)] * vty.count)
        return b.shuffle_vector(one, ir.Constant(vty, ir.Undefined), mask)

    def _op_broadcast(self, op: vector.BroadcastOp) -> None:
        src = self._v(op.source)
        vty = self.llvm_type(op.vector.type)
        if src.type == vty:
            self._set(op.vector, src)
        elif isinstance(src.type, ir.VectorType):
            raise self._error(op, "only scalar → vector broadcasts are supported")
        else:
            self._set(op.vector, self._splat(src, vty))

    _FLOAT_REDUCE = {  # kind → (intrinsic, combine-with-acc intrinsic)
        "maxnumf": ("llvm.vector.reduce.fmax", "llvm.maxnum"),
        "minnumf": ("llvm.vector.reduce.fmin", "llvm.minnum"),
        "maximumf": ("llvm.vector.reduce.fmaximum", "llvm.maximum"),
        "minimumf": ("llvm.vector.reduce.fminimum", "llvm.minimum"),
    }
    _INT_REDUCE = {  # kind → (intrinsic, combine-with-acc)
        "add": ("llvm.vector.reduce.add", "add"), "mul": ("llvm.vector.reduce.mul", "mul"),
        "and": ("llvm.vector.reduce.and", "and_"), "or": ("llvm.vector.reduce.or", "or_"),
        "xor": ("llvm.vector.reduce.xor", "xor"),
        "minsi": ("llvm.vector.reduce.smin", "llvm.smin"),
        "maxsi": ("llvm.vector.reduce.smax", "llvm.smax"),
        "minui": ("llvm.vector.reduce.umin", "llvm.umin"),
        "maxui": ("llvm.vector.reduce.umax", "llvm.umax"),
    }

    def _op_reduction(self, op: vector.ReductionOp) -> None:
        vec = self._v(op.vector)
        acc = self._v(op.acc) if op.acc is not None else None
        kind = str(op.kind.data.value)
        if _is_float(vec.type):
            res = self._reduce_float(op, kind, vec, acc)
        else:
            res = self._reduce_int(op, kind, vec, acc)
        self._set(op.dest, res)

    def _reduce_float(self, op: Operation, kind: str, vec: ir.Value, acc: ir.Value | None
                      ) -> ir.Value:
        """fadd/fmul take the accumulator (or their identity) as the start value."""
        fm = self._fastmath(op)
        ety = vec.type.element
        if kind in ("add", "mul"):
            start = acc if acc is not None else ir.Constant(ety, -0.0 if kind == "add" else 1.0)
            base = "llvm.vector.reduce.fadd" if kind == "add" else "llvm.vector.reduce.fmul"
            fn = self._intrinsic(base, ety, [ety, vec.type], [vec.type])
            return self.b.call(fn, [start, vec], fastmath=fm)
        if kind not in self._FLOAT_REDUCE:
            raise self._error(op, f"unsupported float reduction kind '{kind}'")
        base, combine = self._FLOAT_REDUCE[kind]
        fn = self._intrinsic(base, ety, [vec.type], [vec.type])
        res = self.b.call(fn, [vec], fastmath=fm)
        if acc is not None:
            res = self._call_intr(combine, [res, acc], fm)
        return res

    def _reduce_int(self, op: Operation, kind: str, vec: ir.Value, acc: ir.Value | None
                    ) -> ir.Value:
        if kind not in self._INT_REDUCE:
            raise self._error(op, f"unsupported integer reduction kind '{kind}'")
        base, combine = self._INT_REDUCE[kind]
        ety = vec.type.element
        res = self.b.call(self._intrinsic(base, ety, [vec.type], [vec.type]), [vec])
        if acc is None:
            return res
        if combine.startswith("llvm."):
            return self._call_intr(combine, [res, acc])
        return getattr(self.b, combine)(res, acc)

    def _position(self, op: Operation) -> ir.Value:
        pos = list(op.static_position.get_values())
        if len(pos) != 1:
            raise self._error(op, "only 1-D vector positions are supported")
        if pos[0] == DYNAMIC_INDEX:
            return self._v(op.dynamic_position[0])
        return ir.Constant(I64, pos[0])

    def _op_extract(self, op: vector.ExtractOp) -> None:
        self._set(op.result, self.b.extract_element(self._v(op.vector), self._position(op)))

    def _op_shuffle(self, op: vector.ShuffleOp) -> None:
        """``vector.shuffle`` of two 1-D vectors with a constant mask (-1: undefined lane)."""
        mask = [int(m) for m in op.mask.get_values()]
        undef = ir.Constant(I32, ir.Undefined)
        consts = ir.Constant(ir.VectorType(I32, len(mask)),
                             [undef if m < 0 else ir.Constant(I32, m) for m in mask])
        self._set(op.result, self.b.shuffle_vector(self._v(op.v1), self._v(op.v2), consts))

    def _op_insert(self, op: vector.InsertOp) -> None:
        res = self.b.insert_element(self._v(op.dest), self._v(op.source), self._position(op))
        self._set(op.result, res)
