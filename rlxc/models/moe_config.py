"""The mixture-of-experts part of a config: the ``qwen3_moe`` and ``mixtral`` fields and
the checkpoint names of a sparse layer's router and experts.

Read from transformers 5.25's ``configuration_qwen3_moe.py`` / ``configuration_mixtral.py``
and ``modeling_*``: a sparse layer's MLP is a router (``[E, H]``, no bias) whose softmax
over all ``E`` experts (f32) picks each token's top ``num_experts_per_tok``; their
weights are divided by their sum when ``norm_topk_prob`` (Mixtral: always); the layer's
output is the weighted sum of those experts' SwiGLU MLPs (``moe_intermediate_size``
wide; Mixtral's are ``intermediate_size`` wide). Qwen3-MoE layer ``i`` is sparse when
``(i + 1) % decoder_sparse_step == 0`` and ``i`` is not in ``mlp_only_layers`` (those
layers have a dense ``intermediate_size`` MLP); every Mixtral layer is sparse.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MOE_MODEL_TYPES = ("qwen3_moe", "mixtral")


@dataclass(frozen=True)
class MoEDefaults:
    """Defaults of the MoE fields of one transformers config class (absent from config.json)."""

    num_experts: int
    num_experts_per_tok: int
    norm_topk_prob: bool


MOE_DEFAULTS: dict[str, MoEDefaults] = {
    "qwen3_moe": MoEDefaults(num_experts=128, num_experts_per_tok=8, norm_topk_prob=False),
    "mixtral": MoEDefaults(num_experts=8, num_experts_per_tok=2, norm_topk_prob=True),
}


def parse_moe(p, model_type: str, sizes: dict[str, int]) -> dict[str, Any]:
    """The MoE fields of the config ``p`` (a ``config._Parser``) reads.

    ``num_experts`` (qwen3_moe's name; transformers 5.x saves it as ``num_local_experts``)
    or ``num_local_experts``: either is read, both must agree. Every error is a one-line
    ConfigError naming the field."""
    from rlxc.models.config import _fail

    defaults = MOE_DEFAULTS[model_type]
    keys = [k for k in ("num_experts", "num_local_experts") if p.d.get(k) is not None]
    if len(keys) == 2 and p.d[keys[0]] != p.d[keys[1]]:
        raise _fail(f"{p.src}: fields 'num_experts' ({p.d[keys[0]]!r}) and 'num_local_experts' "
                    f"({p.d[keys[1]]!r}) disagree")
    key = keys[0] if keys else "num_local_experts" if model_type == "mixtral" else "num_experts"
    experts = p.int_field(key, defaults.num_experts, minimum=0)
    if experts == 0:
        raise _fail(f"{p.src}: field '{key}' is 0, but a {model_type} model needs at least one expert "
                    f"per sparse layer")
    top_k = p.int_field("num_experts_per_tok", defaults.num_experts_per_tok)
    if top_k > experts:
        raise _fail(f"{p.src}: field 'num_experts_per_tok' ({top_k}) exceeds the {experts} experts of "
                    f"field '{key}'")
    if model_type == "mixtral":
        return dict(num_experts=experts, num_experts_per_tok=top_k,
                    moe_intermediate_size=sizes["intermediate_size"], norm_topk_prob=True)
    return dict(num_experts=experts, num_experts_per_tok=top_k,
                moe_intermediate_size=p.int_field("moe_intermediate_size", 768),
                norm_topk_prob=p.bool_field("norm_topk_prob", defaults.norm_topk_prob),
                decoder_sparse_step=p.int_field("decoder_sparse_step", 1),
                mlp_only_layers=layer_list(p, "mlp_only_layers"))


def layer_list(p, key: str) -> tuple[int, ...]:
    """A JSON list of layer indices (null: empty); an index of no layer changes nothing, as
    in transformers."""
    from rlxc.models.config import _describe, _fail

    value = p.d.get(key)
    if value is None:
        return ()
    if not isinstance(value, list) or any(isinstance(v, bool) or not isinstance(v, int) for v in value):
        raise _fail(f"{p.src}: field '{key}' must be a list of layer indices, got {_describe(value)}")
    return tuple(sorted(set(value)))


@dataclass(frozen=True)
class MoENames:
    """The checkpoint names of a sparse layer's router and experts (``{e}``: the expert), as
    ``save_pretrained`` writes them (transformers 4.x and 5.x alike: 5.x fuses the experts
    into ``experts.gate_up_proj`` in memory only)."""

    router: str
    gate: str
    up: str
    down: str

    @staticmethod
    def of(model_type: str, prefix: str) -> "MoENames":
        """``prefix``: ``model.layers.{i}.``."""
        if model_type == "mixtral":
            base = prefix + "block_sparse_moe."
            return MoENames(base + "gate.weight", base + "experts.{e}.w1.weight", base + "experts.{e}.w3.weight",
                            base + "experts.{e}.w2.weight")
        base = prefix + "mlp."
        return MoENames(base + "gate.weight", base + "experts.{e}.gate_proj.weight",
                        base + "experts.{e}.up_proj.weight", base + "experts.{e}.down_proj.weight")


def moe_weights(cfg, prefix: str) -> dict[str, tuple[int, ...]]:
    """The router and every expert's tensors of the sparse layer ``prefix`` of ``cfg``."""
    h, inter, names = cfg.hidden_size, cfg.moe_intermediate_size, MoENames.of(cfg.model_type, prefix)
    w: dict[str, tuple[int, ...]] = {names.router: (cfg.num_experts, h)}
    for e in range(cfg.num_experts):
        w[names.gate.format(e=e)] = (inter, h)
        w[names.up.format(e=e)] = (inter, h)
        w[names.down.format(e=e)] = (h, inter)
    return w
