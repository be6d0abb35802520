"""Analytic bytes and FLOPs per token of a Qwen3 config (what the roofline divides by).

Decode reads every weight once per token (linear weights, the LM head, the norms, one
embedding row) plus the KV cache rows attended to; prefill is compute-bound: the FLOPs
that last-token logits need -- the linears and the attention over the causal triangle
of every layer but the last, whose K and V projections run for every token and the rest
(Q, the attention, the output projection, the MLP) for the last one, and the LM head on
the last token only.
"""

from __future__ import annotations

from rlx.lowering.kernels.cost import KV_BYTES, WEIGHT_BYTES  # bytes per weight and per KV element of each format

F32 = 4


def linear_params(cfg: dict) -> int:
    return cfg["num_hidden_layers"] * (_kv_params(cfg) + _row_params(cfg))


def _kv_params(cfg: dict) -> int:
    """A layer's K and V projection weights."""
    return 2 * cfg["hidden_size"] * cfg["num_key_value_heads"] * cfg["head_dim"]


def _row_params(cfg: dict) -> int:
    """A layer's other linear weights (Q, output projection, MLP)."""
    h, i, q = cfg["hidden_size"], cfg["intermediate_size"], cfg["num_attention_heads"] * cfg["head_dim"]
    return 2 * h * q + 3 * h * i


def windowed_layers(cfg: dict) -> tuple[int, int]:
    """(the sliding window, the layers that have it) of a config.json dict: mistral's
    window is every layer's, qwen2/qwen3's only with ``use_sliding_window`` (the
    ``layer_types`` marked ``sliding_attention``, else those from ``max_window_layers``)."""
    window, layers = cfg.get("sliding_window"), cfg["num_hidden_layers"]
    if not window or (cfg.get("model_type") != "mistral" and not cfg.get("use_sliding_window")):
        return 0, 0
    if cfg.get("model_type") == "mistral":
        return window, layers
    if cfg.get("layer_types"):
        return window, sum(t == "sliding_attention" for t in cfg["layer_types"])
    return window, max(0, layers - cfg.get("max_window_layers", 28))


def kv_cache_bytes(cfg: dict, max_seq: int, chunk: int, kv_format: str = "f32") -> int:
    """The KV cache a session holds: ``max_seq`` rows per full layer, a windowed layer's
    ring (``select.ring_rows`` for prefill chunks of ``chunk``) when it is smaller."""
    from rlx.lowering.kernels.select import ring_rows

    window, windowed = windowed_layers(cfg)
    ring = ring_rows(window, chunk, max_seq) if windowed else 0
    rows = max_seq * cfg["num_hidden_layers"] + ((ring - max_seq) * windowed if ring else 0)
    head_dim = cfg.get("head_dim") or cfg["hidden_size"] // cfg["num_attention_heads"]
    return KV_BYTES[kv_format] * 2 * cfg["num_key_value_heads"] * head_dim * rows


def decode_cost(cfg: dict, context: float, quant: str = "f32", kv_format: str = "f32") -> dict:
    """Per decoded token at ``context`` cached positions (average over the run), with the
    matmul weights and the LM head stored in ``quant`` (the norms and the embedding row
    in f32) and the KV cache in ``kv_format``; a windowed layer reads its window's keys."""
    h, v, layers = cfg["hidden_size"], cfg["vocab_size"], cfg["num_hidden_layers"]
    q, kv_dim = cfg["num_attention_heads"] * cfg["head_dim"], cfg["num_key_value_heads"] * cfg["head_dim"]
    weights = WEIGHT_BYTES[quant] * (linear_params(cfg) + v * h) \
        + F32 * (layers * (2 * h + 2 * cfg["head_dim"]) + h + h)
    window, windowed = windowed_layers(cfg)
    keys = (layers - windowed) * (context + 1) + windowed * min(context + 1, window or context + 1)
    kv_bytes = KV_BYTES[kv_format] * 2 * kv_dim * keys
    flops = 2 * (linear_params(cfg) + v * h) + 4 * q * keys
    return {"bytes": weights + kv_bytes, "weight_bytes": weights, "kv_bytes": kv_bytes, "flops": flops}


def prefill_cost(cfg: dict, seq: int) -> dict:
    """Per token of a ``seq``-token prefill with last-token logits: what they need (the
    last layer's Q, attention, output projection and MLP for the last token only, as
    ``rlx-hoist-gather-last`` and llama.cpp run it); ``all_rows_flops``: every layer
    for every token, as transformers computes it."""
    h, v, layers = cfg["hidden_size"], cfg["vocab_size"], cfg["num_hidden_layers"]
    q = cfg["num_attention_heads"] * cfg["head_dim"]
    causal = 4 * q * (seq + 1) / 2  # a layer's QK^T and PV over the causal triangle, per query
    linear = 2 * ((layers - 1) * _row_params(cfg) + layers * _kv_params(cfg) + _row_params(cfg) / seq)
    attention = (layers - 1) * causal + 4 * q  # the last layer: one query over seq keys, per token
    head = 2 * v * h / seq
    return {"flops": linear + attention + head, "linear_flops": linear, "attention_flops": attention,
            "all_rows_flops": 2 * linear_params(cfg) + layers * causal + head}
