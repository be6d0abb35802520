"""``rlx-fastmath``: give float arithmetic its fast-math flags (L3, before translation).

Every float op that LLVM could optimise with fast-math flags gets ``flags`` (default
``"nsz arcp afn"``, space-separated; ``fast`` = all) added to its own, and a float
``vector.reduction`` also ``reassoc`` (a horizontal sum becomes a tree of shuffles
instead of eight dependent adds). Never ``nnan``/``ninf`` by default: masked softmax
relies on ``-inf``. Compares keep their own flags. ``vector.fma`` has no ``fastmath``
property in xDSL, so it carries them as a discardable ``fastmath`` attribute.

Why not ``reassoc`` and ``contract`` on every op: with them LLVM reorders a product
chain by the ranks of its operands (``x * inv * gamma``) and fuses one of the two
products of ``a*b - c*d`` into an FMA, and both choices depend on the code around the
op: the same kernel, inlined in a serial build or outlined for the thread team, gave
logits that differed in the last bits. The kernels spell their FMAs (``vector.fma``)
and their summation orders, so without the two flags each output is computed by the
same instructions wherever it runs (``docs/api.md``, "Determinism").

The LLVM translator emits exactly the flags an op carries, so run this before
``expand-math-to-polynomials``, whose range reductions must keep only ``contract``.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import arith, math, vector
from xdsl.dialects.arith import FastMathFlagsAttr
from xdsl.dialects.builtin import AnyFloat, ModuleOp, VectorType
from xdsl.dialects.utils import FastMathFlag
from xdsl.ir import Operation
from xdsl.passes import ModulePass
from xdsl.pattern_rewriter import PatternRewriter, PatternRewriteWalker, RewritePattern

from rlx.runtime.errors import PassError

#: What every float op gets unless the pipeline says otherwise.
DEFAULT_FASTMATH = "nsz arcp afn"
#: What a float ``vector.reduction`` gets as well: its order is the backend's tree.
REDUCTION_FASTMATH = "reassoc"
#: Ops whose ``fastmath`` property the flags go into.
FLOAT_OPS = (
    arith.AddfOp, arith.SubfOp, arith.MulfOp, arith.DivfOp, arith.NegfOp,
    arith.MaximumfOp, arith.MinimumfOp, arith.MaxnumfOp, arith.MinnumfOp,
    math.SqrtOp, math.RsqrtOp, math.CosOp, math.SinOp, math.LogOp, math.AbsFOp,
    math.ExpOp, math.TanhOp, math.CopySignOp, math.FmaOp,
)


def parse_flags(text: str) -> frozenset[FastMathFlag]:
    """Space-separated flag names (``fast`` = all of them) -> xDSL's flag enum members."""
    names = text.split()
    known = {f.value: f for f in FastMathFlag}
    if "fast" in names:
        return frozenset(known.values())
    unknown = [n for n in names if n not in known]
    if unknown:
        raise PassError(f"rlx-fastmath: unknown fast-math flag(s) {', '.join(unknown)}; "
                        f"known: fast, {', '.join(known)}")
    return frozenset(known[n] for n in names)


def _is_float_reduction(op: Operation) -> bool:
    ty = op.vector.type
    return isinstance(ty, VectorType) and isinstance(ty.element_type, AnyFloat)


@dataclass
class AddFastMathFlags(RewritePattern):
    """Union ``flags`` into the fast-math flags of a float op (``reduction`` too into a
    float ``vector.reduction``'s)."""

    flags: frozenset[FastMathFlag]
    reduction: frozenset[FastMathFlag] = frozenset()

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> None:
        flags = self.flags
        if isinstance(op, vector.ReductionOp) and _is_float_reduction(op):
            where = op.properties
            flags = flags | self.reduction
        elif isinstance(op, FLOAT_OPS):
            where = op.properties
        elif isinstance(op, vector.FMAOp):
            where = op.attributes
        else:
            return
        own = where.get("fastmath")
        old = frozenset(FastMathFlag(getattr(f, "value", f)) for f in own.data) if own is not None else frozenset()
        if not flags <= old:
            where["fastmath"] = FastMathFlagsAttr(list(old | flags))
            rewriter.notify_op_modified(op)


@dataclass(frozen=True)
class RlxFastmathPass(ModulePass):
    """Add fast-math flags to the float ops of L3."""

    name = "rlx-fastmath"
    flags: str = DEFAULT_FASTMATH

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        pattern = AddFastMathFlags(parse_flags(self.flags), parse_flags(REDUCTION_FASTMATH))
        PatternRewriteWalker(pattern, apply_recursively=False).rewrite_module(op)
