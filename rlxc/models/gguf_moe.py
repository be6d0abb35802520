"""A GGUF ``qwen3moe`` (llama.cpp's Qwen3-MoE): its experts' metadata and stacked tensors.

llama.cpp's ``convert_hf_to_gguf.py`` writes a ``Qwen3MoeForCausalLM`` as the architecture
``qwen3moe``: ``expert_count`` (``num_experts``), ``expert_used_count``
(``num_experts_per_tok``), ``expert_feed_forward_length`` (``moe_intermediate_size``); each
layer's router as ``blk.N.ffn_gate_inp`` and its experts stacked into one 3-D tensor per
projection, ``blk.N.ffn_{gate,up,down}_exps`` (``[E, rows, cols]`` as numpy sees it).

What the metadata cannot say, and how it is read (llama.cpp's ``qwen3moe`` graph):

* every layer is sparse: llama.cpp's ``qwen3moe`` has no dense layer (its tensor list
  has no ``ffn_up``), so there is no ``mlp_only_layers`` / ``decoder_sparse_step`` to
  carry; the config says ``decoder_sparse_step: 1``, no ``mlp_only_layers``, and a file
  with a dense layer's tensors is refused by name;
* the top-k weights are renormalized (``norm_topk_prob: true``): llama.cpp's qwen3moe
  always does; an ``expert_weights_norm`` of false would mean a model llama.cpp and its
  checkpoint run differently, so it is refused, as are a gating function other than
  softmax and shared experts (Qwen2-MoE's, which qwen3moe does not have).

The experts are read as stored: f32, f16, bf16, or Q8_0 / Q4_0 blocks tiled as they are
(``--quant auto``; the MoE kernels read every format the dense matmuls do).
"""

from __future__ import annotations

import re
from typing import Any

from rlx.runtime.errors import ConfigError
from rlx.runtime.weights import STACK_MARK

#: GGUF mixture-of-experts architectures rlx reads -> the Hugging Face model_type
MOE_ARCHITECTURES = {"qwen3moe": "qwen3_moe"}
#: ``expert_gating_func``: llama.cpp's LLAMA_EXPERT_GATING_FUNC_TYPE_SOFTMAX
SOFTMAX_GATING = 1
#: one expert's tensor of a checkpoint: ``....experts.<e>.<rest>``
_EXPERT = re.compile(r"^(.*\.experts\.)\d+(\..*)$")


def moe_fields(f) -> dict[str, Any]:
    """The ``qwen3_moe`` fields of config.json that the ``{arch}.expert_*`` metadata of the
    file ``f`` (a ``gguf_input._Fields``) says (see the module doc)."""
    llm = f.keys.LLM
    experts, used = f.int(llm.EXPERT_COUNT), f.int(llm.EXPERT_USED_COUNT)
    if used > experts:
        raise ConfigError(f"{f.file.path}: GGUF field '{f.key(llm.EXPERT_USED_COUNT)}' ({used}) exceeds "
                          f"'{f.key(llm.EXPERT_COUNT)}' ({experts})")
    check_routing(f)
    return {"num_experts": experts, "num_experts_per_tok": used,
            "moe_intermediate_size": f.int(llm.EXPERT_FEED_FORWARD_LENGTH),
            "norm_topk_prob": True, "decoder_sparse_step": 1, "mlp_only_layers": []}


def check_routing(f) -> None:
    """Refuse routing metadata llama.cpp's qwen3moe does not follow or rlx does not run."""
    llm = f.keys.LLM
    norm = f.value(llm.EXPERT_WEIGHTS_NORM)
    if norm is not None and norm is not True:
        raise ConfigError(f"{f.file.path}: GGUF field '{f.key(llm.EXPERT_WEIGHTS_NORM)}' is {norm!r}: "
                          f"llama.cpp's {f.arch} always renormalizes the top-k expert weights, so the file "
                          f"is ambiguous"[:300])
    gating = f.value(llm.EXPERT_GATING_FUNC)
    if gating is not None and not is_int(gating, SOFTMAX_GATING):
        raise ConfigError(f"{f.file.path}: GGUF field '{f.key(llm.EXPERT_GATING_FUNC)}' is {gating!r}: "
                          f"only softmax gating ({SOFTMAX_GATING}) is supported"[:300])
    for template in (llm.EXPERT_SHARED_COUNT, llm.EXPERT_SHARED_FEED_FORWARD_LENGTH):
        if f.value(template) is not None and not is_int(f.value(template), 0):
            raise ConfigError(f"{f.file.path}: shared experts (GGUF field '{f.key(template)}') are not "
                              f"supported")


def is_int(value: Any, expected: int) -> bool:
    """``value`` (a field's: maybe a bool, a float, an array) is the integer ``expected``."""
    return isinstance(value, int) and not isinstance(value, bool) and value == expected


def stacked_expected(expected) -> dict[str, tuple[int, ...]]:
    """``(name, shape)`` pairs of a checkpoint (one tensor per expert) as a GGUF holds them:
    each layer's experts as one stacked ``[E, ...]`` tensor per projection."""
    out: dict[str, tuple[int, ...]] = {}
    for name, shape in expected:
        m = _EXPERT.match(name)
        if m is None:
            out[name] = tuple(shape)
            continue
        stack = f"{m[1]}{STACK_MARK}{m[2]}"
        count = out[stack][0] + 1 if stack in out else 1
        out[stack] = (count, *shape)
    return out


def is_expert(name: str) -> bool:
    """An expert's tensor, stacked (``experts.*.up_proj.weight``) or one of them."""
    return ".experts." in name

