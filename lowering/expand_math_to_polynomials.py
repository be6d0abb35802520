"""``expand-math-to-polynomials``: f32 ``math.exp`` / ``math.tanh`` (scalar or vector)
-> inline arith ops, so they vectorize as they are and call no libm.

exp: x is clamped to [-88.3, 88.7], n = rint(x*log2e), r = x - n*ln2 with a two-part
ln2 (Cody-Waite: n*LN2_HI is exact), e^r from a degree-5 fit of (e^r - 1 - r)/r^2
(Cephes' expf constants), then scaled by 2^n by adding n to the exponent field.
Results that would be sub-normal (x < ln 2^-126) are flushed to 0 - so exp(-inf) = 0
exactly -, x > ln FLT_MAX gives +inf, NaN passes through.

tanh: sign(x)*(1 - 2/(e^{2|x|}+1)) with the exp above, and the Taylor series
x + c3 x^3 + ... + c15 x^15 for |x| < 0.5, where that form would cancel.

The expansion's float ops carry only ``contract``: ``reassoc`` could fold the
two-part reduction back into one multiply and lose ~3 bits. Other element types are
left to the translator (``llvm.exp`` / ``llvm.tanh``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import arith, math as xmath
from xdsl.dialects.arith import FastMathFlagsAttr
from xdsl.dialects.builtin import (
    DenseIntOrFPElementsAttr,
    Float32Type,
    FloatAttr,
    IntegerAttr,
    ModuleOp,
    VectorType,
    f32,
    i32,
)
from xdsl.dialects.utils import FastMathFlag
from xdsl.ir import Attribute, Operation, SSAValue
from xdsl.passes import ModulePass
from xdsl.pattern_rewriter import (
    GreedyRewritePatternApplier,
    PatternRewriter,
    PatternRewriteWalker,
    RewritePattern,
    op_type_rewrite_pattern,
)

from rlx.dialects.arith_ext import FPToSIOp
from rlx.dialects.rlx_cpu import RintOp

EXP_HI = 88.7
EXP_LO = -88.3
EXP_UNDERFLOW = math.log(2.0**-126)  # below this the result is sub-normal -> flush to 0
EXP_OVERFLOW = math.log(3.4028234663852886e38)  # above this the result is +inf
LOG2E = 1.44269504088896341
LN2_HI = 0.693359375  # exactly representable with 9 significant bits: n*LN2_HI is exact
LN2_LO = -2.12194440e-4
EXP_POLY = (1.9875691500e-4, 1.3981999507e-3, 8.3334519073e-3,
            4.1665795894e-2, 1.6666665459e-1, 5.0000001201e-1)
TANH_SMALL = 0.5
TANH_TAYLOR = (-1.0 / 3.0, 2.0 / 15.0, -17.0 / 315.0, 62.0 / 2835.0,
               -1382.0 / 155925.0, 21844.0 / 6081075.0, -929569.0 / 638512875.0)

_CONTRACT = FastMathFlagsAttr([FastMathFlag.ALLOW_CONTRACT])


def is_f32_like(ty: Attribute) -> bool:
    """f32 or a vector of f32."""
    return isinstance(ty.element_type if isinstance(ty, VectorType) else ty, Float32Type)


class _Emit:
    """Builds the expansion before the matched op, in the order the ops run."""

    def __init__(self, rewriter: PatternRewriter, ty: Attribute):
        self.rewriter = rewriter
        self.ty = ty
        self.ity = VectorType(i32, ty.get_shape()) if isinstance(ty, VectorType) else i32

    def add(self, op: Operation) -> SSAValue:
        self.rewriter.insert(op)
        return op.results[0]

    def const(self, value: float | int, ty: Attribute) -> SSAValue:
        if isinstance(ty, VectorType):
            return self.add(arith.ConstantOp(DenseIntOrFPElementsAttr.from_list(ty, [value])))
        attr = FloatAttr(value, f32) if ty == f32 else IntegerAttr(value, ty)
        return self.add(arith.ConstantOp(attr))

    def f(self, value: float) -> SSAValue:
        return self.const(value, self.ty)

    def mul(self, a: SSAValue, b: SSAValue) -> SSAValue:
        return self.add(arith.MulfOp(a, b, _CONTRACT))

    def plus(self, a: SSAValue, b: SSAValue) -> SSAValue:
        return self.add(arith.AddfOp(a, b, _CONTRACT))

    def minus(self, a: SSAValue, b: SSAValue) -> SSAValue:
        return self.add(arith.SubfOp(a, b, _CONTRACT))

    def select_if(self, predicate: str, a: SSAValue, b: SSAValue, then: SSAValue, other: SSAValue) -> SSAValue:
        return self.add(arith.SelectOp(self.add(arith.CmpfOp(a, b, predicate)), then, other))

    def horner(self, x: SSAValue, coeffs: Sequence[float]) -> SSAValue:
        acc = self.f(coeffs[0])
        for c in coeffs[1:]:
            acc = self.plus(self.mul(acc, x), self.f(c))
        return acc

    def exp(self, x: SSAValue) -> SSAValue:
        """e^x (see the module docstring)."""
        xc = self.add(arith.MinnumfOp(x, self.f(EXP_HI)))
        xc = self.add(arith.MaxnumfOp(xc, self.f(EXP_LO)))
        n = self.add(RintOp(self.mul(xc, self.f(LOG2E))))
        r = self.minus(xc, self.mul(n, self.f(LN2_HI)))
        r = self.minus(r, self.mul(n, self.f(LN2_LO)))
        p = self.horner(r, EXP_POLY)
        y = self.plus(self.plus(self.mul(p, self.mul(r, r)), r), self.f(1.0))
        shift = self.add(arith.ShLIOp(self.add(FPToSIOp(n, self.ity)), self.const(23, self.ity)))
        bits = self.add(arith.AddiOp(self.add(arith.BitcastOp(y, self.ity)), shift))
        res = self.add(arith.BitcastOp(bits, self.ty))
        res = self.select_if("olt", x, self.f(EXP_UNDERFLOW), self.f(0.0), res)
        res = self.select_if("ogt", x, self.f(EXP_OVERFLOW), self.f(math.inf), res)
        return self.select_if("uno", x, x, x, res)

    def tanh(self, x: SSAValue) -> SSAValue:
        """tanh(x) (see the module docstring)."""
        ax = self.add(xmath.AbsFOp(x))
        e = self.exp(self.mul(ax, self.f(2.0)))
        big = self.minus(self.f(1.0), self.add(arith.DivfOp(self.f(2.0), self.plus(e, self.f(1.0)), _CONTRACT)))
        big = self.add(xmath.CopySignOp(big, x))
        x2 = self.mul(x, x)
        poly = self.horner(x2, tuple(reversed(TANH_TAYLOR)))
        small = self.plus(x, self.mul(self.mul(x, x2), poly))
        return self.select_if("olt", ax, self.f(TANH_SMALL), small, big)


class ExpandExp(RewritePattern):
    """f32 math.exp -> range reduction + polynomial + exponent scaling."""

    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: xmath.ExpOp, rewriter: PatternRewriter) -> None:
        if is_f32_like(op.result.type):
            rewriter.replace(op, (), (_Emit(rewriter, op.result.type).exp(op.operand),))


class ExpandTanh(RewritePattern):
    """f32 math.tanh -> 1 - 2/(e^{2|x|}+1) with the sign of x, Taylor near 0."""

    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: xmath.TanhOp, rewriter: PatternRewriter) -> None:
        if is_f32_like(op.result.type):
            rewriter.replace(op, (), (_Emit(rewriter, op.result.type).tanh(op.operand),))


@dataclass(frozen=True)
class ExpandMathToPolynomialsPass(ModulePass):
    """Inline polynomial f32 exp and tanh."""

    name = "expand-math-to-polynomials"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        patterns = GreedyRewritePatternApplier([ExpandExp(), ExpandTanh()], dce_enabled=False)
        PatternRewriteWalker(patterns, apply_recursively=False).rewrite_module(op)
