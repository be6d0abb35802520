"""``rlx-fuse``: fuse rlx ops where it saves memory traffic (tensor level, L1).

* ``rlx.mul(rlx.silu(g), u)`` -> ``rlx.swiglu(g, u)`` when the SiLU has no other use.
* ``rlx.add(r, rlx.linear(x, w))`` (either order) -> ``rlx.linear x, w residual r`` when
  the linear has no other use: a residual connection added in the matmul's epilogue
  (the output projection's and the MLP's down projection's), one pass over memory less.
"""

from __future__ import annotations

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass
from xdsl.pattern_rewriter import (
    GreedyRewritePatternApplier,
    PatternRewriter,
    PatternRewriteWalker,
    RewritePattern,
    op_type_rewrite_pattern,
)

from rlx.dialects import rlx


class FuseSiluMul(RewritePattern):
    """silu(g) * u  ->  swiglu(g, u)."""

    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: rlx.MulOp, rewriter: PatternRewriter) -> None:
        if not op.results:
            return
        silu = op.lhs.owner
        if not isinstance(silu, rlx.SiluOp) or not silu.results or silu.result.uses.get_length() != 1:
            return
        fused = rlx.make_compute(rlx.SwigluOp, {"lhs": silu.x, "rhs": op.rhs},
                                 result_type=op.result.type)
        rewriter.replace(op, fused)
        rewriter.erase(silu)


def single_use_linear(value) -> rlx.LinearOp | None:
    """The tensor-form rlx.linear producing ``value`` (no residual yet), read only there
    (what ``rlx-fuse`` and ``rlx-fuse-gate-up`` may rewrite)."""
    op = value.owner
    if isinstance(op, rlx.LinearOp) and op.results and op.residual is None and op.result.uses.get_length() == 1:
        return op
    return None


class FuseResidualAdd(RewritePattern):
    """r + linear(x, w)  ->  linear(x, w, residual=r)."""

    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: rlx.AddOp, rewriter: PatternRewriter) -> None:
        if not op.results:
            return
        for value, other in ((op.rhs, op.lhs), (op.lhs, op.rhs)):
            linear = single_use_linear(value)
            if linear is not None and other.type == op.result.type == linear.result.type:
                fused = rlx.make_compute(rlx.LinearOp, {"x": linear.x, "w": linear.w, "bias": linear.bias,
                                                        "residual": other}, result_type=op.result.type)
                rewriter.replace(op, fused)
                rewriter.erase(linear)
                return


class RlxFusePass(ModulePass):
    """Fuse chains of the rlx dialect where it saves memory traffic (SiLU * mul ->
    SwiGLU; a residual add into its linear)."""

    name = "rlx-fuse"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        PatternRewriteWalker(GreedyRewritePatternApplier([FuseSiluMul(), FuseResidualAdd()])).rewrite_module(op)
