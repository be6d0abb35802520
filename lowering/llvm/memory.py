"""Translation of memory ops: ``memref`` load/store/alloca/atomic_rmw, ``vector``
load/store, ``rlx.view`` (a typed window of the arena) and ``rlx_cpu.prefetch``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from llvmlite import ir
from xdsl.dialects import memref, vector
from xdsl.dialects.builtin import MemRefType
from xdsl.ir import Operation, SSAValue

from rlx.dialects import rlx, rlx_cpu
from rlx.lowering.llvm.types import PTR, bitwidth, is_float, llvm_type

if TYPE_CHECKING:
    from rlx.lowering.llvm.translate import Translator

#: MLIR's ``arith::AtomicRMWKind`` -> LLVM ``atomicrmw`` operation (integer kinds)
_ATOMIC_RMW = {1: "add", 2: "xchg", 4: "max", 5: "umax", 7: "min", 8: "umin", 11: "or", 12: "and"}


def element_pointer(t: Translator, op: Operation, base: SSAValue, indices: Sequence[SSAValue]
                    ) -> tuple[ir.Value, ir.Type]:
    """``&base[index]`` of a 1-D memref, and the element type."""
    mty = base.type
    if not isinstance(mty, MemRefType) or mty.get_num_dims() != 1 or len(indices) != 1:
        raise t.error(op, "only 1-D memrefs with one index are supported")
    elem = llvm_type(mty.element_type)
    ptr = t.b.gep(t.value(base), [t.value(indices[0])], inbounds=True, source_etype=elem)
    return ptr, elem


def arena_view(t: Translator, op: rlx.ViewOp) -> None:
    """``rlx.view``: the arena pointer advanced by a constant byte offset."""
    base = t.value(op.arena)
    offset = ir.Constant(ir.IntType(64), op.offset.value.data)
    t.set(op.result, t.b.gep(base, [offset], inbounds=True, source_etype=ir.IntType(8)))


def alloca(t: Translator, op: memref.AllocaOp) -> None:
    """Static-size ``memref.alloca``: stack scratch allocated once in the entry block of
    the current LLVM function (so once per thread in an outlined parallel body)."""
    mty = op.memref.type
    shape = mty.get_shape()
    if op.dynamic_sizes or len(shape) != 1 or shape[0] < 0:
        raise t.error(op, "only static 1-D memref.alloca is supported")
    elem = llvm_type(mty.element_type)
    slot = t.scope.alloca_builder.alloca(ir.ArrayType(elem, shape[0]))
    slot.type = PTR  # llvmlite types allocas as typed pointers; we use opaque `ptr`
    slot.align = 64
    t.set(op.memref, slot)


def load(t: Translator, op: memref.LoadOp) -> None:
    ptr, elem = element_pointer(t, op, op.memref, op.indices)
    t.set(op.res, t.b.load(ptr, typ=elem, align=bitwidth(elem) // 8))


def store(t: Translator, op: memref.StoreOp) -> None:
    ptr, elem = element_pointer(t, op, op.memref, op.indices)
    t.b.store(t.value(op.value), ptr, align=bitwidth(elem) // 8)


def atomic_rmw(t: Translator, op: memref.AtomicRMWOp) -> None:
    """``memref.atomic_rmw`` (integer kinds): a monotonic ``atomicrmw``; yields the old value."""
    kind = op.kind.value.data
    if kind not in _ATOMIC_RMW or is_float(llvm_type(op.value.type)):
        raise t.error(op, f"unsupported atomic_rmw kind {kind} on {op.value.type}")
    ptr, _ = element_pointer(t, op, op.memref, op.indices)
    t.set(op.result, t.b.atomic_rmw(_ATOMIC_RMW[kind], ptr, t.value(op.value), "monotonic"))


def vector_load(t: Translator, op: vector.LoadOp) -> None:
    """Unaligned load of N contiguous elements (align = element size)."""
    ptr, elem = element_pointer(t, op, op.base, op.indices)
    t.set(op.result, t.b.load(ptr, typ=llvm_type(op.result.type), align=bitwidth(elem) // 8))


def vector_store(t: Translator, op: vector.StoreOp) -> None:
    ptr, elem = element_pointer(t, op, op.base, op.indices)
    t.b.store(t.value(op.vector), ptr, align=bitwidth(elem) // 8)


#: ``llvm.prefetch``'s locality per cache level: 3 is ``prefetcht0`` on x86, 2 ``prefetcht1``
PREFETCH_LOCALITY = {"l1": 3, "l2": 2}


def prefetch(t: Translator, op: rlx_cpu.PrefetchOp) -> None:
    """``llvm.prefetch(ptr, read, locality, data)``; the address without ``inbounds``: it
    may point past the buffer, and a prefetch never faults."""
    elem = llvm_type(op.memref.type.element_type)
    ptr = t.b.gep(t.value(op.memref), [t.value(op.index)], source_etype=elem)
    i32 = ir.IntType(32)
    fn = t.external("llvm.prefetch.p0", ir.VoidType(), [PTR, i32, i32, i32])
    t.b.call(fn, [ptr, ir.Constant(i32, 0), ir.Constant(i32, PREFETCH_LOCALITY[op.cache_level]), ir.Constant(i32, 1)])


HANDLERS = {
    rlx_cpu.PrefetchOp: prefetch,
    memref.LoadOp: load,
    memref.StoreOp: store,
    memref.AllocaOp: alloca,
    memref.AtomicRMWOp: atomic_rmw,
    vector.LoadOp: vector_load,
    vector.StoreOp: vector_store,
    rlx.ViewOp: arena_view,
}
