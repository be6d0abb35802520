"""Translation of ``arith``, ``math`` and ``rlx_cpu.rint`` ops (one handler per op family)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from llvmlite import ir
from xdsl.dialects import arith, math as xmath
from xdsl.dialects.builtin import DenseIntOrFPElementsAttr, FloatAttr, IntegerAttr
from xdsl.ir import Operation

from rlx.dialects import arith_ext
from rlx.dialects.rlx_cpu import RintOp
from rlx.lowering.llvm.types import bitwidth, const, is_float, llvm_type, with_width

if TYPE_CHECKING:
    from rlx.lowering.llvm.translate import Translator

_CMPI = {  # arith.cmpi predicate number -> (signed?, llvmlite op)
    0: (True, "=="), 1: (True, "!="), 2: (True, "<"), 3: (True, "<="),
    4: (True, ">"), 5: (True, ">="), 6: (False, "<"), 7: (False, "<="),
    8: (False, ">"), 9: (False, ">="),
}
_CMPF = {  # arith.cmpf predicate number -> (ordered?, llvmlite op) ; 0/15 are constants
    1: (True, "=="), 2: (True, ">"), 3: (True, ">="), 4: (True, "<"), 5: (True, "<="),
    6: (True, "!="), 7: (True, "ord"), 8: (False, "=="), 9: (False, ">"),
    10: (False, ">="), 11: (False, "<"), 12: (False, "<="), 13: (False, "!="),
    14: (False, "uno"),
}
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
#: float ops that are one LLVM intrinsic call on their operands
_FLOAT_INTRINSICS = {
    arith.MaximumfOp: "llvm.maximum", arith.MinimumfOp: "llvm.minimum",
    arith.MaxnumfOp: "llvm.maxnum", arith.MinnumfOp: "llvm.minnum",
    xmath.SqrtOp: "llvm.sqrt", xmath.CosOp: "llvm.cos", xmath.SinOp: "llvm.sin",
    xmath.LogOp: "llvm.log", xmath.AbsFOp: "llvm.fabs", xmath.ExpOp: "llvm.exp",
    xmath.TanhOp: "llvm.tanh", xmath.CopySignOp: "llvm.copysign", xmath.FmaOp: "llvm.fma",
    RintOp: "llvm.rint",
}
_CASTS = {
    arith.SIToFPOp: "sitofp", arith.UIToFPOp: "uitofp", arith.FPToSIOp: "fptosi",
    arith.FPToUIOp: "fptoui", arith.ExtFOp: "fpext", arith.TruncFOp: "fptrunc",
    arith.ExtSIOp: "sext", arith.ExtUIOp: "zext", arith.TruncIOp: "trunc",
    arith.BitcastOp: "bitcast", arith_ext.FPToSIOp: "fptosi", arith_ext.ExtUIOp: "zext",
    arith_ext.ExtSIOp: "sext", arith_ext.TruncIOp: "trunc", arith_ext.SIToFPOp: "sitofp",
}


def constant(t: Translator, op: arith.ConstantOp) -> None:
    """Integer, float and dense (splat or full) vector constants."""
    ty = llvm_type(op.result.type)
    attr = op.value
    if isinstance(attr, IntegerAttr):
        value = attr.value.data
        if isinstance(ty, ir.IntType) and ty.width == 1:
            value = value & 1
        t.set(op.result, ir.Constant(ty, value))
    elif isinstance(attr, FloatAttr):
        t.set(op.result, ir.Constant(ty, float(attr.value.data)))
    elif isinstance(attr, DenseIntOrFPElementsAttr) and isinstance(ty, ir.VectorType):
        vals = list(attr.get_values())
        if len(vals) == 1:
            vals *= ty.count
        if len(vals) != ty.count:
            raise t.error(op, "dense constant size does not match its vector type")
        conv = float if is_float(ty) else int
        if not is_float(ty) and ty.element.width == 1:
            conv = lambda x: int(x) & 1  # noqa: E731
        t.set(op.result, ir.Constant(ty, [ir.Constant(ty.element, conv(v)) for v in vals]))
    else:
        raise t.error(op, f"unsupported constant {attr}")


def int_binary(t: Translator, op: Operation) -> None:
    emit = getattr(t.b, _INT_BINOPS[type(op)])
    t.set(op.results[0], emit(t.value(op.lhs), t.value(op.rhs)))


def int_minmax(t: Translator, op: Operation) -> None:
    t.set(op.results[0], t.call_intrinsic(_INT_MINMAX[type(op)], [t.value(op.lhs), t.value(op.rhs)]))


def float_binary(t: Translator, op: Operation) -> None:
    emit = getattr(t.b, _FLOAT_BINOPS[type(op)])
    t.set(op.results[0], emit(t.value(op.lhs), t.value(op.rhs), flags=t.fastmath(op)))


def float_intrinsic(t: Translator, op: Operation) -> None:
    args = [t.value(v) for v in op.operands]
    t.set(op.results[0], t.call_intrinsic(_FLOAT_INTRINSICS[type(op)], args, t.fastmath(op)))


def negf(t: Translator, op: arith.NegfOp) -> None:
    t.set(op.result, t.b.fneg(t.value(op.operand), flags=t.fastmath(op)))


def rsqrt(t: Translator, op: xmath.RsqrtOp) -> None:
    """``1 / sqrt(x)``, both with the op's flags."""
    x = t.value(op.operand)
    fm = t.fastmath(op)
    root = t.call_intrinsic("llvm.sqrt", [x], fm)
    t.set(op.result, t.b.fdiv(const(x.type, 1.0), root, flags=fm))


def cmpi(t: Translator, op: arith.CmpiOp) -> None:
    signed, pred = _CMPI[op.predicate.value.data]
    emit = t.b.icmp_signed if signed else t.b.icmp_unsigned
    t.set(op.result, emit(pred, t.value(op.lhs), t.value(op.rhs)))


def cmpf(t: Translator, op: arith.CmpfOp) -> None:
    """Result shape follows the operands (xDSL types vector compares as ``i1``)."""
    lhs, rhs = t.value(op.lhs), t.value(op.rhs)
    code = op.predicate.value.data
    if code in (0, 15):
        t.set(op.result, const(with_width(lhs.type, 1), int(code == 15)))
        return
    ordered, pred = _CMPF[code]
    emit = t.b.fcmp_ordered if ordered else t.b.fcmp_unordered
    t.set(op.result, emit(pred, lhs, rhs, flags=t.fastmath(op)))


def select(t: Translator, op: arith.SelectOp) -> None:
    t.set(op.result, t.b.select(t.value(op.cond), t.value(op.lhs), t.value(op.rhs)))


def cast(t: Translator, op: Operation) -> None:
    src = t.value(op.operands[0])
    ty = llvm_type(op.results[0].type)
    res = src if src.type == ty else getattr(t.b, _CASTS[type(op)])(src, ty)
    t.set(op.results[0], res)


def index_cast(t: Translator, op: Operation) -> None:
    """index <-> iN: sign- (index_cast) or zero-extend (index_castui), or truncate."""
    src = t.value(op.operands[0])
    ty = llvm_type(op.results[0].type)
    src_w, dst_w = bitwidth(src.type), bitwidth(ty)
    if src_w == dst_w:
        res = src
    elif src_w > dst_w:
        res = t.b.trunc(src, ty)
    elif op.name == "arith.index_castui":
        res = t.b.zext(src, ty)
    else:
        res = t.b.sext(src, ty)
    t.set(op.results[0], res)


HANDLERS = {
    arith.ConstantOp: constant,
    **{cls: int_binary for cls in _INT_BINOPS},
    **{cls: int_minmax for cls in _INT_MINMAX},
    **{cls: float_binary for cls in _FLOAT_BINOPS},
    **{cls: float_intrinsic for cls in _FLOAT_INTRINSICS},
    **{cls: cast for cls in _CASTS},
    arith.NegfOp: negf,
    xmath.RsqrtOp: rsqrt,
    arith.CmpiOp: cmpi,
    arith.CmpfOp: cmpf,
    arith.SelectOp: select,
    arith.IndexCastOp: index_cast,
    arith_ext.IndexCastUIOp: index_cast,
}
#: ops found by name: ``arith.index_castui`` parsed in a context without it
HANDLERS_BY_NAME = {"arith.index_castui": index_cast}
