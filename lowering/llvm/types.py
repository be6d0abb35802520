"""Builtin types -> llvmlite types, and small helpers on llvmlite types and constants."""

from __future__ import annotations

from llvmlite import ir
from xdsl.dialects import func
from xdsl.dialects.builtin import (
    Float16Type,
    Float32Type,
    Float64Type,
    IndexType,
    IntegerType,
    MemRefType,
    VectorType,
)
from xdsl.ir import Attribute

from rlx.runtime.errors import CompileError

I32 = ir.IntType(32)
I64 = ir.IntType(64)
F32 = ir.FloatType()
VOID = ir.VoidType()
PTR = ir.PointerType()


def llvm_type(ty: Attribute) -> ir.Type:
    """``index`` -> i64, 1-D memrefs -> opaque ``ptr``, 1-D fixed vectors -> <N x T>."""
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
        return ir.VectorType(llvm_type(ty.element_type), ty.get_shape()[0])
    raise CompileError(f"llvm emitter: unsupported type {ty}")


def function_type(op: func.FuncOp) -> ir.FunctionType:
    """No result -> void, one -> itself, several -> a literal struct."""
    ft = op.function_type
    args = [llvm_type(t) for t in ft.inputs.data]
    outs = [llvm_type(t) for t in ft.outputs.data]
    ret = VOID if not outs else outs[0] if len(outs) == 1 else ir.LiteralStructType(outs)
    return ir.FunctionType(ret, args)


def is_float(ty: ir.Type) -> bool:
    ty = ty.element if isinstance(ty, ir.VectorType) else ty
    return isinstance(ty, (ir.FloatType, ir.DoubleType, ir.HalfType))


def scalar(ty: ir.Type) -> ir.Type:
    return ty.element if isinstance(ty, ir.VectorType) else ty


def suffix(ty: ir.Type) -> str:
    """Overload suffix of an LLVM intrinsic name: f32, i64, v8f32, ..."""
    if isinstance(ty, ir.VectorType):
        return f"v{ty.count}{suffix(ty.element)}"
    if isinstance(ty, ir.IntType):
        return f"i{ty.width}"
    return {ir.FloatType: "f32", ir.DoubleType: "f64", ir.HalfType: "f16"}[type(ty)]


def with_width(ty: ir.Type, width: int) -> ir.Type:
    """Integer type of ``width`` bits shaped like ``ty`` (scalar or vector)."""
    if isinstance(ty, ir.VectorType):
        return ir.VectorType(ir.IntType(width), ty.count)
    return ir.IntType(width)


def const(ty: ir.Type, value) -> ir.Constant:
    """A scalar constant, or a splat if ``ty`` is a vector type."""
    if isinstance(ty, ir.VectorType):
        return ir.Constant(ty, [ir.Constant(ty.element, value)] * ty.count)
    return ir.Constant(ty, value)


def bitwidth(ty: ir.Type) -> int:
    ty = scalar(ty)
    if isinstance(ty, ir.IntType):
        return ty.width
    return {ir.FloatType: 32, ir.DoubleType: 64, ir.HalfType: 16}[type(ty)]
