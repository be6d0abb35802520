"""The C ABI of an entry: ``void <name>_packed(void **ptrs, int64_t *ints)``.

Memref args are taken in order from ``ptrs``; every other (scalar) arg in order from
``ints``: integers are truncated from the i64 slot, f32/f64 are read from the slot's
bit pattern (low 32 bits for f32). If the module dispatches work to a team, the
wrapper runs the whole call in one OpenMP team (``rlx.team.run``, ``team.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from llvmlite import ir
from xdsl.dialects import func
from xdsl.dialects.builtin import MemRefType
from xdsl.ir import Attribute

from rlx.lowering.llvm.team import stack_struct, struct_fields
from rlx.lowering.llvm.types import I32, I64, PTR, VOID
from rlx.runtime.errors import CompileError

if TYPE_CHECKING:
    from rlx.lowering.llvm.translate import Translator


def emit_packed_wrapper(t: Translator, op: func.FuncOp, fn: ir.Function) -> None:
    """Add ``<name>_packed`` for the entry ``op`` (translated to ``fn``)."""
    name = op.sym_name.data + "_packed"
    if name in t.module.globals:
        raise CompileError(f"llvm emitter: cannot emit @{name}: the name is taken")
    wrapper = ir.Function(t.module, ir.FunctionType(VOID, [PTR, PTR]), name)
    wrapper.attributes.add("nounwind")
    ptrs, ints = wrapper.args
    ptrs.name, ints.name = "ptrs", "ints"
    for a in (ptrs, ints):
        a.add_attribute("noalias")
        a.add_attribute("captures(none)")
    b = ir.IRBuilder(wrapper.append_basic_block("entry"))
    if t.team_size is not None:  # the whole call in one OpenMP team
        ctx = stack_struct(b, b, [ptrs, ints])
        b.call(t.team().run_entry, [_unpacking_call(t, op, fn), ctx])
        b.ret_void()
        return
    _call_unpacked(b, op, fn, ptrs, ints)
    b.ret_void()


def _unpacking_call(t: Translator, op: func.FuncOp, fn: ir.Function) -> ir.Function:
    """``void <name>.unpacked(ptr ctx)``: ``fn`` on the args of ``ctx = {ptrs, ints}``."""
    call = ir.Function(t.module, ir.FunctionType(VOID, [PTR]), op.sym_name.data + ".unpacked")
    call.linkage = "internal"
    call.attributes.add("nounwind")
    b = ir.IRBuilder(call.append_basic_block("entry"))
    ptrs, ints = struct_fields(b, call.args[0], ir.LiteralStructType([PTR, PTR]))
    _call_unpacked(b, op, fn, ptrs, ints)
    b.ret_void()
    return call


def _call_unpacked(b: ir.IRBuilder, op: func.FuncOp, fn: ir.Function, ptrs: ir.Value,
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
        args.append(_from_int_slot(b, raw, llty, op, ty))
    b.call(fn, args)


def _from_int_slot(b: ir.IRBuilder, raw: ir.Value, llty: ir.Type, op: func.FuncOp,
                   ty: Attribute) -> ir.Value:
    if isinstance(llty, ir.IntType):
        return raw if llty.width == 64 else b.trunc(raw, llty)
    if isinstance(llty, ir.DoubleType):
        return b.bitcast(raw, llty)
    if isinstance(llty, ir.FloatType):
        return b.bitcast(b.trunc(raw, I32), llty)
    raise CompileError(f"llvm emitter: entry @{op.sym_name.data} has an argument of "
                       f"type {ty} that the _packed ABI cannot carry")
