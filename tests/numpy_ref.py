"""Pure-numpy reference implementation of the decoder LLMs rlx compiles.

Covers Qwen3 (QK-norm), Qwen2 (q/k/v bias), Llama and Mistral (sliding windows), with GQA,
tied or untied lm_head and a KV cache, and the mixtures of experts Qwen3-MoE and Mixtral.
One small function per op so other tests can
use each op as the reference for the corresponding rlx kernel.

Conventions
-----------
* Activations are float32 on input/output; reductions (matmul, mean of
  squares, softmax) accumulate in float64 and results are rounded back to
  float32, so this is a slightly *more* accurate reference than a float32
  framework.
* Weights use the HF layout (``linear`` weights are ``[out, in]``).
* No torch import anywhere: ``load_safetensors`` parses the file format
  directly (bf16 included).
"""

from __future__ import annotations

import json
import math
import os
import struct

import numpy as np

F32 = np.float32
F64 = np.float64


# --------------------------------------------------------------------------
# ops
# --------------------------------------------------------------------------

def embed(ids, table):
    """ids [B,S] int, table [V,H] -> [B,S,H]."""
    ids = np.asarray(ids)
    table = np.asarray(table)
    if ids.min(initial=0) < 0 or ids.max(initial=0) >= table.shape[0]:
        raise IndexError("token id out of range")
    return table[ids].astype(F32)


def rms_norm(x, w, eps):
    """HF RMSNorm: x * rsqrt(mean(x^2, -1) + eps) * w, over the last axis."""
    x64 = np.asarray(x, dtype=F64)
    var = np.mean(x64 * x64, axis=-1, keepdims=True)
    return (x64 / np.sqrt(var + eps) * np.asarray(w, dtype=F64)).astype(F32)


def linear(x, w, b=None):
    """x [..., K] @ w[N, K]^T (+ b[N]) -> [..., N]."""
    y = np.asarray(x, dtype=F64) @ np.asarray(w, dtype=F64).T
    if b is not None:
        y = y + np.asarray(b, dtype=F64)
    return y.astype(F32)


def silu(x):
    x64 = np.asarray(x, dtype=F64)
    return (x64 / (1.0 + np.exp(-x64))).astype(F32)


def moe_route(x, router, top_k, normalize):
    """-> (experts [T, top_k] int, weights [T, top_k] float32) of the tokens ``x [T, H]``:
    the softmax of the router logits (computed in float32, as transformers does) over
    all experts, its ``top_k`` largest (equal ones: the lowest index first), divided by
    their sum with ``normalize``."""
    logits = linear(x, router)
    probs = softmax(logits, axis=-1).astype(F32)
    order = np.argsort(-probs, axis=-1, kind="stable")[:, :top_k]
    weights = np.take_along_axis(probs, order, axis=-1).astype(F64)
    if normalize:
        weights = weights / weights.sum(axis=-1, keepdims=True)
    return order, weights.astype(F32)


def moe_mlp(x, router, gates, ups, downs, top_k, normalize, expert_input=None):
    """A sparse MLP on ``x [..., H]``: each token's ``top_k`` experts (:func:`moe_route`), the
    SwiGLU MLP of each (``gates[e]``, ``ups[e]``: ``[I, H]``, ``downs[e]``: ``[H, I]``), summed
    with the routing weights. ``expert_input``: optional ``(which, rows) -> rows``, what the
    experts' matmuls read of their inputs (``which``: ``"gate_up"`` with the tokens ``[T, H]``,
    ``"down"`` with each token's activations in expert order ``[T, top_k * I]``; e.g. the
    8-bit blocks quantized kernels multiply)."""
    shape = np.shape(x)
    flat = np.asarray(x, dtype=F32).reshape(-1, shape[-1])
    experts, weights = moe_route(flat, router, top_k, normalize)
    pairs = [sorted(zip(experts[t], weights[t])) for t in range(flat.shape[0])]
    inputs = expert_input("gate_up", flat) if expert_input else flat
    acts = np.stack([np.stack([(silu(linear(inputs[t], gates[e])) * linear(inputs[t], ups[e])).astype(F32)
                               for e, _ in pairs[t]]) for t in range(flat.shape[0])])
    if expert_input:
        acts = expert_input("down", acts.reshape(flat.shape[0], -1)).reshape(acts.shape)
    out = np.zeros(flat.shape, dtype=F64)
    for t in range(flat.shape[0]):
        for j, (e, w) in enumerate(pairs[t]):
            out[t] += F64(w) * linear(acts[t, j], downs[e])
    return out.astype(F32).reshape(shape)


def moe_layer_weights(cfg, weights, prefix):
    """(router, gate, up, down lists) of the sparse layer ``prefix`` (``model.layers.{i}.``)."""
    n = cfg.get("num_local_experts") or cfg.get("num_experts")
    if cfg["model_type"] == "mixtral":
        base, names = prefix + "block_sparse_moe.", ("w1", "w3", "w2")
    else:
        base, names = prefix + "mlp.", ("gate_proj", "up_proj", "down_proj")
    stacks = [[weights[f"{base}experts.{e}.{name}.weight"] for e in range(n)] for name in names]
    return (weights[base + "gate.weight"], *stacks)


def moe_expert_names(cfg, prefix):
    """{"gate_up": expert 0's gate weight, "down": its down weight} of the sparse layer
    ``prefix`` (every expert of a layer is stored alike)."""
    if cfg["model_type"] == "mixtral":
        return {"gate_up": prefix + "block_sparse_moe.experts.0.w1.weight",
                "down": prefix + "block_sparse_moe.experts.0.w2.weight"}
    return {"gate_up": prefix + "mlp.experts.0.gate_proj.weight", "down": prefix + "mlp.experts.0.down_proj.weight"}


def is_sparse_layer(cfg, index):
    """Whether layer ``index`` routes to experts (transformers' Qwen3MoeDecoderLayer / Mixtral)."""
    if cfg.get("model_type") == "mixtral":
        return True
    if cfg.get("model_type") != "qwen3_moe":
        return False
    n = cfg.get("num_experts") or cfg.get("num_local_experts") or 0
    return (index not in (cfg.get("mlp_only_layers") or []) and n > 0
            and (index + 1) % cfg.get("decoder_sparse_step", 1) == 0)


def gather_last(x):
    """[B,S,H] -> [B,1,H] (the last position of each row)."""
    return np.ascontiguousarray(np.asarray(x)[:, -1:, :])


def _rope_type(scaling):
    return (scaling or {}).get("rope_type", (scaling or {}).get("type", "default"))


def rope_inv_freq(head_dim, theta, scaling=None, max_position_embeddings=None, seq_len=None):
    """Inverse frequencies [head_dim/2] (float64), as transformers' ``modeling_rope_utils``.

    ``scaling`` is an optional HF rope-scaling dict; ``rope_type`` "default" (or None),
    "linear", "dynamic", "llama3" and "yarn" are supported. ``max_position_embeddings``
    is the config's (dynamic: the length beyond which it rescales; yarn: the default
    ``original_max_position_embeddings``); ``seq_len`` is the sequence length dynamic
    rope rescales for (None: transformers' initial frequencies, i.e. no rescaling).
    """
    exps = np.arange(0, head_dim, 2, dtype=F64) / head_dim
    inv = 1.0 / (float(theta) ** exps)
    rtype = _rope_type(scaling)
    if rtype in (None, "default"):
        return inv
    factor = float(scaling["factor"])
    if rtype == "linear":
        return inv / factor
    if rtype == "dynamic":
        mp = int(max_position_embeddings)
        seq = mp if seq_len is None else max(int(seq_len), mp)
        base = float(theta) * ((factor * seq / mp) - (factor - 1)) ** (head_dim / (head_dim - 2))
        return 1.0 / (base ** exps)
    if rtype == "llama3":
        low = float(scaling["low_freq_factor"])
        high = float(scaling["high_freq_factor"])
        old_ctx = float(scaling["original_max_position_embeddings"])
        low_wl = old_ctx / low
        high_wl = old_ctx / high
        wavelen = 2 * math.pi / inv
        out = np.where(wavelen > low_wl, inv / factor, inv)
        smooth = (old_ctx / wavelen - low) / (high - low)
        smoothed = (1 - smooth) * out / factor + smooth * out
        medium = ~(wavelen < high_wl) & ~(wavelen > low_wl)
        return np.where(medium, smoothed, out)
    if rtype == "yarn":
        orig = scaling.get("original_max_position_embeddings") or max_position_embeddings
        beta_fast = scaling.get("beta_fast") or 32
        beta_slow = scaling.get("beta_slow") or 1

        def correction_dim(rotations):
            return head_dim * math.log(orig / (rotations * 2 * math.pi)) / (2 * math.log(theta))

        low, high = correction_dim(beta_fast), correction_dim(beta_slow)
        if scaling.get("truncate", True):
            low, high = math.floor(low), math.ceil(high)
        low, high = max(low, 0), min(high, head_dim - 1)
        if low == high:
            high += 0.001
        ramp = np.clip((np.arange(head_dim // 2, dtype=F64) - low) / (high - low), 0, 1)
        extrapolation = 1 - ramp  # weight of the unscaled frequency
        return inv / factor * (1 - extrapolation) + inv * extrapolation
    raise NotImplementedError(f"rope_type {rtype!r}")


def rope_attention_scaling(scaling):
    """The factor transformers multiplies cos and sin by (yarn's attention factor, else 1)."""
    if _rope_type(scaling) != "yarn":
        return 1.0

    def mscale_of(scale, m=1.0):
        return 1.0 if scale <= 1 else 0.1 * m * math.log(scale) + 1.0

    if scaling.get("attention_factor") is not None:
        return float(scaling["attention_factor"])
    factor = float(scaling["factor"])
    if scaling.get("mscale") and scaling.get("mscale_all_dim"):
        return mscale_of(factor, scaling["mscale"]) / mscale_of(factor, scaling["mscale_all_dim"])
    return mscale_of(factor)


def rope_tables(head_dim, theta, max_pos, scaling=None, max_position_embeddings=None):
    """-> (cos [max_pos, head_dim/2], sin [max_pos, head_dim/2]) float32."""
    inv = rope_inv_freq(head_dim, theta, scaling, max_position_embeddings)
    ang = np.arange(max_pos, dtype=F64)[:, None] * inv[None, :]
    scale = rope_attention_scaling(scaling)
    return (np.cos(ang) * scale).astype(F32), (np.sin(ang) * scale).astype(F32)


def rope(x, cos, sin, head_dim, pos_offset=0):
    """Rotate-half RoPE on x [B,S,nh*hd]; token s sits at pos_offset + s."""
    x = np.asarray(x, dtype=F32)
    B, S, D = x.shape
    assert D % head_dim == 0 and head_dim % 2 == 0
    half = head_dim // 2
    if pos_offset + S > cos.shape[0]:
        raise ValueError(f"rope table has {cos.shape[0]} positions, need {pos_offset + S}")
    xh = x.reshape(B, S, D // head_dim, head_dim).astype(F64)
    c = np.asarray(cos[pos_offset:pos_offset + S], dtype=F64)[None, :, None, :]
    s = np.asarray(sin[pos_offset:pos_offset + S], dtype=F64)[None, :, None, :]
    x1, x2 = xh[..., :half], xh[..., half:]
    out = np.concatenate([x1 * c - x2 * s, x2 * c + x1 * s], axis=-1)
    return out.reshape(B, S, D).astype(F32)


def softmax(x, axis=-1):
    x64 = np.asarray(x, dtype=F64)
    m = np.max(x64, axis=axis, keepdims=True)
    m = np.where(np.isfinite(m), m, 0.0)
    e = np.exp(x64 - m)
    d = np.sum(e, axis=axis, keepdims=True)
    return e / np.where(d == 0.0, 1.0, d)  # fully-masked rows -> all zeros


def attention(q, k, v, num_heads, num_kv_heads, head_dim, causal=True, keep_mask=None, window=0):
    """Scaled dot-product attention with GQA.

    q [B,S,nh*hd], k/v [B,T,nkv*hd] with T = past + S.  Query s is at absolute
    position T-S+s and (if causal) attends keys j <= T-S+s; with a sliding
    ``window`` > 0 only the keys j > T-S+s - window (transformers' sliding-window
    mask).  Query head h uses kv head h // (nh/nkv).  keep_mask [B,T] of 0/1:
    0 masks that key for all queries.  A query with no visible key gets a zero output.
    """
    q = np.asarray(q, dtype=F64)
    k = np.asarray(k, dtype=F64)
    v = np.asarray(v, dtype=F64)
    B, S, _ = q.shape
    T = k.shape[1]
    assert num_heads % num_kv_heads == 0
    group = num_heads // num_kv_heads
    qh = q.reshape(B, S, num_heads, head_dim).transpose(0, 2, 1, 3)          # B,nh,S,hd
    kh = k.reshape(B, T, num_kv_heads, head_dim).transpose(0, 2, 1, 3)       # B,nkv,T,hd
    vh = v.reshape(B, T, num_kv_heads, head_dim).transpose(0, 2, 1, 3)
    kh = np.repeat(kh, group, axis=1)                                         # B,nh,T,hd
    vh = np.repeat(vh, group, axis=1)
    scores = qh @ kh.transpose(0, 1, 3, 2) / math.sqrt(head_dim)              # B,nh,S,T
    allowed = np.ones((B, 1, S, T), dtype=bool)
    if causal:
        qpos = (T - S) + np.arange(S)
        allowed &= (np.arange(T)[None, :] <= qpos[:, None])[None, None]
        if window:
            allowed &= (np.arange(T)[None, :] > qpos[:, None] - window)[None, None]
    if keep_mask is not None:
        km = np.asarray(keep_mask).reshape(B, T) != 0
        allowed &= km[:, None, None, :]
    scores = np.where(allowed, scores, -np.inf)
    p = softmax(scores, axis=-1)
    out = p @ vh                                                              # B,nh,S,hd
    return out.transpose(0, 2, 1, 3).reshape(B, S, num_heads * head_dim).astype(F32)


# --------------------------------------------------------------------------
# config helpers
# --------------------------------------------------------------------------

def layer_windows(cfg):
    """Each layer's sliding window (0: none), as transformers 5.x reads the config."""
    n = cfg["num_hidden_layers"]
    mt = cfg.get("model_type", "")
    if mt == "mistral":
        return [cfg.get("sliding_window", 4096) or 0] * n
    if mt not in ("qwen2", "qwen3") or not cfg.get("use_sliding_window") or cfg.get("sliding_window") is None:
        return [0] * n
    types = cfg.get("layer_types") or ["sliding_attention" if i >= cfg.get("max_window_layers", 28)
                                       else "full_attention" for i in range(n)]
    return [cfg["sliding_window"] if t == "sliding_attention" else 0 for t in types]


def head_dim_of(cfg):
    return cfg.get("head_dim") or cfg["hidden_size"] // cfg["num_attention_heads"]


def rope_params_of(cfg):
    """-> (theta, scaling dict or None); handles transformers 4.x and 5.x configs."""
    rp = cfg.get("rope_parameters") or {}
    theta = cfg.get("rope_theta", rp.get("rope_theta", 10000.0))
    scaling = cfg.get("rope_scaling") or (rp if rp.get("rope_type", "default") != "default" else None)
    if scaling is not None and scaling.get("rope_type", scaling.get("type", "default")) == "default":
        scaling = None
    return float(theta), scaling


# --------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------

def forward(cfg, weights, ids, past_kv=None, keep_mask=None, linear_input=None, kv_store=None):
    """Full decoder forward.

    cfg: HF config.json dict; weights: name -> float32 array (HF names);
    ids [B,S]; past_kv: None or list (per layer) of (k [B,P,kvdim], v [B,P,kvdim])
    holding post-RoPE keys.  keep_mask: optional [B, P+S] 0/1 key mask.
    linear_input: optional ``(weight name, x) -> x``, what a linear reads of its input
    (e.g. the 8-bit blocks quantized kernels multiply); a sparse layer's experts call it
    with expert 0's weight name (:func:`moe_expert_names`) and all their rows at once.
    kv_store: optional ``x -> x``, what the KV cache keeps of the new keys and values
    (e.g. rounded to bf16 or f16, as a ``--kv bf16`` cache does).
    Returns (logits [B,S,V] float32, new_kv list of (k [B,P+S,kvdim], v)).
    """
    mt = cfg.get("model_type", "")
    if mt not in ("qwen3", "qwen2", "llama", "mistral", "qwen3_moe", "mixtral"):
        raise NotImplementedError(f"model_type {mt!r}")
    nh = cfg["num_attention_heads"]
    nkv = cfg.get("num_key_value_heads") or nh
    hd = head_dim_of(cfg)
    eps = float(cfg.get("rms_norm_eps", 1e-6))
    nl = cfg["num_hidden_layers"]
    theta, scaling = rope_params_of(cfg)
    act = cfg.get("hidden_act", "silu")
    if act != "silu":
        raise NotImplementedError(f"hidden_act {act!r}")
    qk_norm = mt in ("qwen3", "qwen3_moe")
    windows = layer_windows(cfg)

    ids = np.asarray(ids)
    B, S = ids.shape
    P = 0 if past_kv is None else past_kv[0][0].shape[1]
    cos, sin = rope_tables(hd, theta, P + S, scaling, cfg.get("max_position_embeddings"))

    W = weights

    def proj(x, name):
        x = linear_input(name + ".weight", x) if linear_input else x
        return linear(x, W[name + ".weight"], W.get(name + ".bias"))

    h = embed(ids, W["model.embed_tokens.weight"])
    new_kv = []
    for i in range(nl):
        p = f"model.layers.{i}."
        a = p + "self_attn."
        x = rms_norm(h, W[p + "input_layernorm.weight"], eps)
        q = proj(x, a + "q_proj")
        k = proj(x, a + "k_proj")
        v = proj(x, a + "v_proj")
        if qk_norm:
            q = rms_norm(q.reshape(B, S, nh, hd), W[a + "q_norm.weight"], eps).reshape(B, S, nh * hd)
            k = rms_norm(k.reshape(B, S, nkv, hd), W[a + "k_norm.weight"], eps).reshape(B, S, nkv * hd)
        q = rope(q, cos, sin, hd, P)
        k = rope(k, cos, sin, hd, P)
        if kv_store is not None:
            k, v = kv_store(k), kv_store(v)
        if past_kv is not None:
            k = np.concatenate([past_kv[i][0], k], axis=1)
            v = np.concatenate([past_kv[i][1], v], axis=1)
        new_kv.append((k, v))
        o = attention(q, k, v, nh, nkv, hd, causal=True, keep_mask=keep_mask, window=windows[i])
        h = (h + proj(o, a + "o_proj")).astype(F32)
        m = p + "mlp."
        x = rms_norm(h, W[p + "post_attention_layernorm.weight"], eps)
        if is_sparse_layer(cfg, i):
            top_k, normalize = cfg["num_experts_per_tok"], mt == "mixtral" or cfg.get("norm_topk_prob", False)
            names = moe_expert_names(cfg, p)
            expert_input = (lambda which, rows: linear_input(names[which], rows)) if linear_input else None
            h = (h + moe_mlp(x, *moe_layer_weights(cfg, W, p), top_k, normalize, expert_input)).astype(F32)
            continue
        g = proj(x, m + "gate_proj")
        u = proj(x, m + "up_proj")
        d = proj((silu(g) * u).astype(F32), m + "down_proj")
        h = (h + d).astype(F32)
    h = rms_norm(h, W["model.norm.weight"], eps)
    tied = cfg.get("tie_word_embeddings", False) or "lm_head.weight" not in W
    return proj(h, "model.embed_tokens" if tied else "lm_head"), new_kv


def _q8_blocks(x):
    blocks = np.asarray(x, dtype=F32).reshape(*np.shape(x)[:-1], -1, 32)
    d = np.abs(blocks).max(axis=-1) / F32(127)
    with np.errstate(divide="ignore"):
        inverse = np.where(d > 0, F32(1) / d, F32(0)).astype(F32)
    return blocks, d, blocks * inverse[..., None]


def q8_tie_distance(x):
    """Per position of ``x [..., K]``: how far the closest ``x / d`` of :func:`q8_rows` is
    from a rounding tie (``n + 1/2``)."""
    _, _, scaled = _q8_blocks(x)
    return np.abs(np.abs(scaled - np.floor(scaled)) - 0.5).min(axis=(-1, -2))


def q8_rows(x):
    """``x [..., K]`` as the integer dot products of the quantized kernels read it: blocks
    of 32 quantized to int8 (d = max|x| / 127 in f32, q = rint(x / d): ggml's
    ``quantize_row_q8_0`` without rounding d to f16), dequantized."""
    _, d, scaled = _q8_blocks(x)
    return (np.rint(scaled) * d[..., None]).reshape(np.shape(x))


def greedy(cfg, weights, prompt_ids, n_new):
    """Greedy decode with the KV cache: -> (ids [B,n_new] int64, min top1-top2 margin)."""
    logits, kv = forward(cfg, weights, prompt_ids)
    out, margin = [], math.inf
    for step in range(n_new):
        last = logits[:, -1, :].astype(F64)
        top2 = np.sort(last, axis=-1)[:, -2:]
        margin = min(margin, float(np.min(top2[:, 1] - top2[:, 0])))
        nxt = np.argmax(last, axis=-1).astype(np.int64)[:, None]
        out.append(nxt)
        if step + 1 < n_new:
            logits, kv = forward(cfg, weights, nxt, past_kv=kv)
    return np.concatenate(out, axis=1), margin


# --------------------------------------------------------------------------
# loading (torch-free)
# --------------------------------------------------------------------------

_ST_DTYPES = {
    "F64": np.float64, "F32": np.float32, "F16": np.float16,
    "I64": np.int64, "I32": np.int32, "I16": np.int16, "I8": np.int8,
    "U8": np.uint8, "BOOL": np.bool_,
}


def load_safetensors(path, dtype=np.float32):
    """Parse a .safetensors file -> {name: array}; floats converted to `dtype`.

    Format: u64 little-endian header length N, N bytes of JSON
    {name: {dtype, shape, data_offsets: [begin, end]}, "__metadata__": ...},
    then the raw little-endian tensor bytes (offsets relative to the data start).
    BF16 is widened exactly via (uint16 << 16) viewed as float32.
    """
    with open(path, "rb") as f:
        raw = f.read()
    (n,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8:8 + n].decode("utf-8"))
    base = 8 + n
    out = {}
    for name, meta in header.items():
        if name == "__metadata__":
            continue
        st, shape = meta["dtype"], tuple(meta["shape"])
        b, e = meta["data_offsets"]
        buf = raw[base + b: base + e]
        if st == "BF16":
            u = np.frombuffer(buf, dtype="<u2").astype(np.uint32) << 16
            arr = u.view(np.float32).reshape(shape)
        elif st in _ST_DTYPES:
            arr = np.frombuffer(buf, dtype=np.dtype(_ST_DTYPES[st]).newbyteorder("<")).reshape(shape)
        else:
            raise NotImplementedError(f"safetensors dtype {st} ({name})")
        if dtype is not None and np.issubdtype(arr.dtype, np.floating):
            arr = arr.astype(dtype)
        out[name] = np.array(arr)  # own, writable, native byte order
    return out


def load_fixture(path):
    """-> (cfg dict, weights {name: float32 array}, expected {name: array})."""
    with open(os.path.join(path, "config.json")) as f:
        cfg = json.load(f)
    weights = load_safetensors(os.path.join(path, "model.safetensors"))
    exp_path = os.path.join(path, "expected.npz")
    expected = {}
    if os.path.exists(exp_path):
        with np.load(exp_path) as z:
            expected = {k: z[k] for k in z.files}
    return cfg, weights, expected
