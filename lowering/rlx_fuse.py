"""``rlx-fuse``: fuse rlx ops where it saves memory traffic (tensor level, L1).

* ``rlx.mul(rlx.silu(g), u)`` -> ``rlx.swiglu(g, u)`` when the SiLU has no other use.
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


class RlxFusePass(ModulePass):
    """Fuse elementwise chains of the rlx dialect (SiLU * mul -> SwiGLU)."""

    name = "rlx-fuse"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        PatternRewriteWalker(GreedyRewritePatternApplier([FuseSiluMul()])).rewrite_module(op)
