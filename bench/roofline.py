"""Analytic bytes and FLOPs per token of a Qwen3 config (what the roofline divides by).

Decode reads every weight once per token (linear weights, the LM head, the norms, one
embedding row) plus the KV cache rows attended to; prefill is compute-bound: FLOPs of
the linears, attention over the causal triangle and the LM head on the last token only.
"""

from __future__ import annotations

from rlx.lowering.kernels.cost import KV_BYTES, WEIGHT_BYTES  # bytes per weight and per KV element of each format

F32 = 4


def linear_params(cfg: dict) -> int:
    h, i = cfg["hidden_size"], cfg["intermediate_size"]
    q, kv = cfg["num_attention_heads"] * cfg["head_dim"], cfg["num_key_value_heads"] * cfg["head_dim"]
    return cfg["num_hidden_layers"] * (h * q + 2 * h * kv + q * h + 3 * h * i)


def decode_cost(cfg: dict, context: float, quant: str = "f32", kv_format: str = "f32") -> dict:
    """Per decoded token at ``context`` cached positions (average over the run), with the
    matmul weights and the LM head stored in ``quant`` (the norms and the embedding row
    in f32) and the KV cache in ``kv_format``."""
    h, v, layers = cfg["hidden_size"], cfg["vocab_size"], cfg["num_hidden_layers"]
    q, kv_dim = cfg["num_attention_heads"] * cfg["head_dim"], cfg["num_key_value_heads"] * cfg["head_dim"]
    weights = WEIGHT_BYTES[quant] * (linear_params(cfg) + v * h) \
        + F32 * (layers * (2 * h + 2 * cfg["head_dim"]) + h + h)
    kv_bytes = KV_BYTES[kv_format] * layers * 2 * kv_dim * (context + 1)
    flops = 2 * (linear_params(cfg) + v * h) + layers * 4 * q * (context + 1)
    return {"bytes": weights + kv_bytes, "weight_bytes": weights, "kv_bytes": kv_bytes, "flops": flops}


def prefill_cost(cfg: dict, seq: int) -> dict:
    """Per token of a ``seq``-token prefill with last-token logits."""
    h, v, layers = cfg["hidden_size"], cfg["vocab_size"], cfg["num_hidden_layers"]
    q = cfg["num_attention_heads"] * cfg["head_dim"]
    attention = layers * 4 * q * (seq + 1) / 2  # QK^T and PV over the causal triangle, per query
    flops = 2 * linear_params(cfg) + attention + 2 * v * h / seq
    return {"flops": flops, "linear_flops": 2 * linear_params(cfg), "attention_flops": attention}
