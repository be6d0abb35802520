"""The MLP of a sparse (mixture-of-experts) decoder layer, as rlx ops.

``router -> rlx.moe_gate -> rlx.moe_swiglu -> rlx.moe_down``: the routing is an op of its
own, so the printed IR shows it; the experts' weights are stacked params
(``model.layers.0.mlp.experts.*.up_proj.weight``: ``[E, I, H]``, see
:data:`rlx.runtime.weights.STACK_MARK`) that the runtime assembles from the
checkpoint's per-expert tensors and packs expert by expert.
"""

from __future__ import annotations

from dataclasses import dataclass

from rlx.dialects import rlx
from rlx.runtime.weights import STACK_MARK
from rlxc.models.config import Qwen3Config
from rlxc.models.moe_config import MoENames


@dataclass(frozen=True)
class MoELayerSpec:
    """What a sparse layer's MLP needs: the family (its tensor names), the experts, the
    routing, and which layers are sparse."""

    model_type: str
    experts: int
    top_k: int
    intermediate: int
    normalize: bool
    sparse_layers: frozenset[int]

    @staticmethod
    def of(cfg: Qwen3Config) -> "MoELayerSpec | None":
        if not cfg.is_moe:
            return None
        sparse = frozenset(i for i in range(cfg.num_hidden_layers) if cfg.is_sparse_layer(i))
        return MoELayerSpec(cfg.model_type, cfg.num_experts, cfg.num_experts_per_tok, cfg.moe_intermediate_size,
                            cfg.norm_topk_prob, sparse)


def stacked(name: str) -> str:
    """The stacked param of a per-expert tensor name (``{e}`` the expert)."""
    return name.format(e=STACK_MARK)


def moe_mlp(ctx, index: int, spec: MoELayerSpec, h):
    """The sparse MLP of layer ``index`` on the normalized hidden state ``h [B, S, H]``."""
    names = MoENames.of(spec.model_type, f"model.layers.{index}.")
    lead, hidden = tuple(h.type.shape[:-1]), h.type.shape[-1].const
    e, k, inter = spec.experts, spec.top_k, spec.intermediate
    router = ctx.param(names.router, (e, hidden))
    gates = ctx.op(rlx.MoEGateOp, {"x": h, "router": router}, (*lead, e), top_k=k, normalize=spec.normalize)
    w_gate = ctx.param(stacked(names.gate), (e, inter, hidden))
    w_up = ctx.param(stacked(names.up), (e, inter, hidden))
    w_down = ctx.param(stacked(names.down), (e, hidden, inter))
    act = ctx.op(rlx.MoESwigluOp, {"x": h, "gates": gates, "w_gate": w_gate, "w_up": w_up}, (*lead, k * inter),
                 top_k=k)
    return ctx.op(rlx.MoEDownOp, {"act": act, "gates": gates, "w_down": w_down}, (*lead, hidden), top_k=k)
