"""GGUF files of the reference checkpoints, written with the ``gguf`` package as llama.cpp's
``convert_hf_to_gguf.py`` writes them: llama.cpp's tensor names (``gguf.TENSOR_NAMES``),
the ``{arch}.*`` metadata, for ``llama`` the Q/K rows permuted (``LlamaModel.permute``),
quantized types made by ``gguf.quants.quantize`` (ggml's reference quantizer), norms and
biases in f32; with the checkpoint's ``tokenizer.json``, its byte-level BPE vocabulary. A
Qwen3-MoE is ``qwen3moe``: each layer's router ``ffn_gate_inp`` and its experts stacked into
``ffn_{gate,up,down}_exps`` (``Qwen2MoeModel.modify_tensors``), in the matmul format. A
llama3 RoPE is the tensor ``rope_freqs.weight`` (``LlamaModel.generate_extra_tensors``).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from rlx.runtime.weights import open_checkpoint

STORED = {"F32": "f32", "F16": "f16", "BF16": "bf16"}
#: Hugging Face name (within a layer) -> llama.cpp's ``MODEL_TENSOR``
LAYER_TENSORS = {"input_layernorm": "ATTN_NORM", "self_attn.q_proj": "ATTN_Q", "self_attn.k_proj": "ATTN_K",
                 "self_attn.v_proj": "ATTN_V", "self_attn.o_proj": "ATTN_OUT", "self_attn.q_norm": "ATTN_Q_NORM",
                 "self_attn.k_norm": "ATTN_K_NORM", "post_attention_layernorm": "FFN_NORM",
                 "mlp.gate_proj": "FFN_GATE", "mlp.up_proj": "FFN_UP", "mlp.down_proj": "FFN_DOWN",
                 "mlp.gate": "FFN_GATE_INP"}
#: a sparse layer's expert projection (``mlp.experts.{e}.<proj>.weight``) -> its stack's ``MODEL_TENSOR``
EXPERT_TENSORS = {"down_proj": "FFN_DOWN_EXP", "gate_proj": "FFN_GATE_EXP", "up_proj": "FFN_UP_EXP"}
#: the GGUF architecture llama.cpp's converter writes for a Hugging Face model_type
GGUF_ARCH = {"qwen3_moe": "qwen3moe", "mistral": "llama"}


def permute(w: np.ndarray, n_head: int, n_head_kv: int | None = None) -> np.ndarray:
    """``convert_hf_to_gguf.py``'s ``LlamaModel.permute``, as it is written there."""
    if n_head_kv is not None and n_head != n_head_kv:
        n_head = n_head_kv
    return (w.reshape(n_head, 2, w.shape[0] // n_head // 2, *w.shape[1:])
            .swapaxes(1, 2)
            .reshape(w.shape))


def llama3_rope_factors(cfg) -> np.ndarray:
    """The ``rope_freqs.weight`` llama.cpp's converter writes for a llama3 RoPE: per rotated
    pair, the divisor of its frequency (1 above the high-frequency wavelength, ``factor``
    below the low one, the smooth blend's reciprocal between), computed in float32."""
    s, dim = cfg.rope_scaling, cfg.head_dim
    f32 = np.float32
    freqs = (f32(1.0) / (np.float64(cfg.rope_theta) ** (np.arange(0, dim, 2, dtype=f32) / f32(dim))
                         .astype(np.float64)).astype(f32)).astype(f32)
    old_context = s.original_max_position_embeddings
    low_wavelen, high_wavelen = old_context / s.low_freq_factor, old_context / s.high_freq_factor
    factors = []
    for freq in freqs:
        wavelen = f32(2 * np.pi) / freq
        if wavelen < high_wavelen:
            factors.append(1.0)
        elif wavelen > low_wavelen:
            factors.append(s.factor)
        else:
            smooth = (f32(old_context) / wavelen - f32(s.low_freq_factor)) / f32(s.high_freq_factor - s.low_freq_factor)
            factors.append(f32(1) / ((f32(1) - smooth) / f32(s.factor) + smooth))
    return np.array(factors, dtype=f32)


def stored_as(gguf, array: np.ndarray, fmt: str) -> tuple[np.ndarray, object]:
    """``array`` (float32 values) as ``GGUFWriter.add_tensor`` takes it in ``fmt`` (any
    ggml type ``gguf.quants`` can make: ``q8_0``, ``q4_0``, ``bf16``, ``q5_0``, ...)."""
    array = np.ascontiguousarray(array, dtype=np.float32)
    if fmt == "f32":
        return array, None
    if fmt == "f16":
        return array.astype(np.float16), None
    qtype = getattr(gguf.GGMLQuantizationType, fmt.upper())
    return gguf.quants.quantize(array, qtype), qtype


def write_gguf(model_dir: Path, out: Path, matmul: str = "stored", head: str | None = None,
               embed: str | None = None, permute_qk: bool = True, arch: str | None = None,
               drop: tuple[str, ...] = (), fields: dict | None = None, pre: str = "gpt-2",
               extra: dict | None = None) -> Path:
    """Write the checkpoint in ``model_dir`` as the GGUF ``out``: the matmul weights in
    ``matmul`` (a format, or "stored": the checkpoint's dtype), the LM head in ``head``
    (default: ``matmul``; tied: the embedding table), an untied embedding table in
    ``embed`` (default: ``matmul`` for a float format, else f32). ``drop``: llama.cpp
    names of tensors (or metadata keys) to leave out; ``fields``: more metadata (key -> value, replacing a
    field written already); ``extra``: more tensors (llama.cpp name -> array)."""
    import gguf

    from rlxc.models.config import Qwen3Config

    cfg = Qwen3Config.from_json(model_dir / "config.json")
    source = open_checkpoint(model_dir)
    arch = arch or GGUF_ARCH.get(cfg.model_type, cfg.model_type)
    w = gguf.GGUFWriter(str(out), arch)
    write_metadata(w, cfg, model_dir)
    for key, value in (fields or {}).items():
        w.add_key_value(key, value, gguf.GGUFValueType.get_type(value))
    for key in drop:
        w.kv_data[0].pop(key, None)  # a field to leave out
    if (model_dir / "tokenizer.json").is_file():
        write_tokenizer(w, gguf, model_dir / "tokenizer.json", pre)

    def fmt_of(name: str, role: str) -> str:
        chosen = {"matmul": matmul, "head": head or matmul, "embed": embed}[role]
        if role == "embed" and chosen is None:
            chosen = matmul if matmul in ("stored", "f32", "f16", "bf16") else "f32"
        return STORED.get(source.dtype(name), "f32") if chosen == "stored" else chosen

    def add(gguf_name: str, hf: str | list[str], role: str | None, rows_heads: int = 0) -> None:
        if gguf_name in drop:
            return
        if isinstance(hf, list):  # the experts, stacked
            array, hf = np.stack([source.get_f32(n) for n in hf]), hf[0]
        else:
            array = np.array(source.get_f32(hf))
        if rows_heads and permute_qk and arch == "llama":
            array = permute(array, cfg.num_attention_heads, rows_heads)
        data, qtype = stored_as(gguf, array, fmt_of(hf, role) if role else "f32")
        w.add_tensor(gguf_name, data, raw_dtype=qtype)

    names = gguf.TENSOR_NAMES
    tied = cfg.tie_word_embeddings
    add(names[gguf.MODEL_TENSOR.TOKEN_EMBD] + ".weight", "model.embed_tokens.weight", "head" if tied else "embed")
    for i in range(cfg.num_hidden_layers):
        for hf, tensor in LAYER_TENSORS.items():
            for kind in ("weight", "bias"):
                name = f"model.layers.{i}.{hf}.{kind}"
                if name not in source:
                    continue
                heads = {"ATTN_Q": cfg.num_attention_heads, "ATTN_K": cfg.num_key_value_heads}.get(tensor, 0)
                role = "matmul" if hf.endswith("proj") and kind == "weight" else None
                add(names[getattr(gguf.MODEL_TENSOR, tensor)].format(bid=i) + "." + kind, name, role, heads)
        if cfg.is_moe and cfg.is_sparse_layer(i):
            for proj, tensor in EXPERT_TENSORS.items():
                members = [f"model.layers.{i}.mlp.experts.{e}.{proj}.weight" for e in range(cfg.num_experts)]
                add(names[getattr(gguf.MODEL_TENSOR, tensor)].format(bid=i) + ".weight", members, "matmul")
    add(names[gguf.MODEL_TENSOR.OUTPUT_NORM] + ".weight", "model.norm.weight", None)
    if not tied:
        add(names[gguf.MODEL_TENSOR.OUTPUT] + ".weight", "lm_head.weight", "head")
    if cfg.rope_scaling is not None and cfg.rope_scaling.rope_type == "llama3" and "rope_freqs.weight" not in drop:
        w.add_tensor(names[gguf.MODEL_TENSOR.ROPE_FREQS] + ".weight", llama3_rope_factors(cfg))
    for name, array in (extra or {}).items():
        w.add_tensor(name, array)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return out


def write_metadata(w, cfg, model_dir: Path) -> None:
    """The ``{arch}.*`` fields ``convert_hf_to_gguf.py`` writes for these families."""
    w.add_name(model_dir.name)
    w.add_context_length(cfg.max_position_embeddings)
    w.add_embedding_length(cfg.hidden_size)
    w.add_block_count(cfg.num_hidden_layers)
    w.add_feed_forward_length(cfg.intermediate_size)
    w.add_head_count(cfg.num_attention_heads)
    w.add_head_count_kv(cfg.num_key_value_heads)
    w.add_key_length(cfg.head_dim)
    w.add_value_length(cfg.head_dim)
    w.add_rope_dimension_count(cfg.head_dim)
    w.add_rope_freq_base(cfg.rope_theta)
    w.add_layer_norm_rms_eps(cfg.rms_norm_eps)
    w.add_vocab_size(cfg.vocab_size)
    if cfg.sliding_window is not None:  # a mistral: llama, every layer windowed
        w.add_sliding_window(cfg.sliding_window)
        if cfg.model_type != "mistral":
            w.add_sliding_window_pattern([cfg.layer_window(i) > 0 for i in range(cfg.num_hidden_layers)])
    if cfg.is_moe:
        w.add_expert_count(cfg.num_experts)
        w.add_expert_used_count(cfg.num_experts_per_tok)
        w.add_expert_feed_forward_length(cfg.moe_intermediate_size)
    if cfg.rope_scaling is not None and cfg.rope_scaling.rope_type in ("linear", "yarn"):
        import gguf

        w.add_rope_scaling_type(gguf.RopeScalingType(cfg.rope_scaling.rope_type))
        w.add_rope_scaling_factor(cfg.rope_scaling.factor)
        if cfg.rope_scaling.rope_type == "yarn":
            w.add_rope_scaling_orig_ctx_len(cfg.rope_scaling.original_max_position_embeddings)
    eos = json.loads((model_dir / "config.json").read_text()).get("eos_token_id")
    if isinstance(eos, int):
        w.add_eos_token_id(eos)


def write_tokenizer(w, gguf, path: Path, pre: str) -> None:
    """A byte-level BPE tokenizer.json as ``tokenizer.ggml.*`` (tokens by id, merges as
    "a b", added special tokens CONTROL), as ``convert_hf_to_gguf.py``'s ``gpt2`` vocab."""
    data = json.loads(path.read_text())
    vocab = data["model"]["vocab"]
    tokens = [t for t, _ in sorted(vocab.items(), key=lambda item: item[1])]
    special = {t["content"] for t in data.get("added_tokens", []) if t.get("special")}
    types = [gguf.TokenType.CONTROL if t in special else gguf.TokenType.NORMAL for t in tokens]
    merges = [m if isinstance(m, str) else " ".join(m) for m in data["model"]["merges"]]
    w.add_tokenizer_model("gpt2")
    w.add_tokenizer_pre(pre)
    w.add_token_list(tokens)
    w.add_token_types(types)
    w.add_token_merges(merges)
    if "<|im_end|>" in vocab:
        w.add_eos_token_id(vocab["<|im_end|>"])
