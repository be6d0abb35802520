"""A GGUF of a Qwen3 checkpoint for llama.cpp, written with the ``gguf`` package.

The matmul weights (and the tied embedding table, which is the LM head) are stored
in the benchmarked format -- f32, bf16, f16, q8_0 or q4_0, quantized by
``gguf.quants.quantize``: the same blocks rlx's ``--quant`` makes of the same
checkpoint (``tests/test_quant.py`` checks the quantizers agree bit for bit); the norms
stay f32.

Tensor names and metadata follow llama.cpp's ``qwen3`` architecture (what
``convert_hf_to_gguf.py`` writes; Qwen uses rotate-half RoPE, so Q/K are not permuted).
The benchmark feeds token ids directly, so the vocabulary is a placeholder SentencePiece
list (``<unk>``, ``<s>``, ``</s>``, the 256 byte tokens, then ``<t{i}>``) of the
config's ``vocab_size`` -- llama.cpp needs one to load the model.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np


#: the GGML type and the file type of each benchmarked format
GGML_TYPES = {"f32": ("F32", "ALL_F32"), "bf16": ("BF16", "MOSTLY_BF16"), "f16": ("F16", "MOSTLY_F16"),
              "q8_0": ("Q8_0", "MOSTLY_Q8_0"), "q4_0": ("Q4_0", "MOSTLY_Q4_0")}


def _stored(gguf, array: np.ndarray, quant: str):
    """``array`` (a matmul weight) as ``add_tensor`` takes it in ``quant``."""
    array = np.ascontiguousarray(array, dtype=np.float32)
    if quant == "f32":
        return array, None
    qtype = getattr(gguf.GGMLQuantizationType, GGML_TYPES[quant][0])
    return gguf.quants.quantize(array, qtype), qtype


def build(model_dir: Path, out_path: Path, quant: str = "f32") -> Path:
    import gguf
    from safetensors.numpy import load_file

    cfg = json.loads((model_dir / "config.json").read_text())
    w = load_file(str(model_dir / "model.safetensors"))
    vocab = cfg["vocab_size"]
    theta = float(cfg.get("rope_theta") or cfg.get("rope_parameters", {}).get("rope_theta", 10000.0))
    writer = gguf.GGUFWriter(str(out_path), "qwen3")
    writer.add_name("rlx-bench-qwen3")
    writer.add_file_type(getattr(gguf.LlamaFileType, GGML_TYPES[quant][1]))
    writer.add_context_length(cfg["max_position_embeddings"])
    writer.add_embedding_length(cfg["hidden_size"])
    writer.add_block_count(cfg["num_hidden_layers"])
    writer.add_feed_forward_length(cfg["intermediate_size"])
    writer.add_head_count(cfg["num_attention_heads"])
    writer.add_head_count_kv(cfg["num_key_value_heads"])
    writer.add_key_length(cfg["head_dim"])
    writer.add_value_length(cfg["head_dim"])
    writer.add_rope_freq_base(theta)
    writer.add_layer_norm_rms_eps(float(cfg["rms_norm_eps"]))
    tokens = [b"<unk>", b"<s>", b"</s>"] + [f"<0x{i:02X}>".encode() for i in range(256)]
    types = [gguf.TokenType.UNKNOWN, gguf.TokenType.CONTROL, gguf.TokenType.CONTROL] \
        + [gguf.TokenType.BYTE] * 256
    tokens += [f"<t{i}>".encode() for i in range(len(tokens), vocab)]
    types += [gguf.TokenType.NORMAL] * (vocab - len(types))
    writer.add_tokenizer_model("llama")
    writer.add_token_list(tokens[:vocab])
    writer.add_token_scores([0.0] * vocab)
    writer.add_token_types(types[:vocab])
    writer.add_bos_token_id(1)
    writer.add_eos_token_id(2)
    writer.add_unk_token_id(0)
    names = {"input_layernorm": "attn_norm", "post_attention_layernorm": "ffn_norm",
             "self_attn.q_proj": "attn_q", "self_attn.k_proj": "attn_k", "self_attn.v_proj": "attn_v",
             "self_attn.o_proj": "attn_output", "self_attn.q_norm": "attn_q_norm",
             "self_attn.k_norm": "attn_k_norm", "mlp.gate_proj": "ffn_gate", "mlp.up_proj": "ffn_up",
             "mlp.down_proj": "ffn_down"}
    def add(name, array, matmul):
        data, qtype = _stored(gguf, array, quant) if matmul else (np.ascontiguousarray(array, np.float32), None)
        writer.add_tensor(name, data, raw_dtype=qtype)

    tied = "lm_head.weight" not in w
    add("token_embd.weight", w["model.embed_tokens.weight"], tied)  # tied: the LM head's weight
    for i in range(cfg["num_hidden_layers"]):
        for hf, gg in names.items():
            add(f"blk.{i}.{gg}.weight", w[f"model.layers.{i}.{hf}.weight"], not hf.endswith("norm"))
    add("output_norm.weight", w["model.norm.weight"], False)
    if not tied:
        add("output.weight", w["lm_head.weight"], True)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return out_path


def model_path(model_dir: Path, quant: str = "f32") -> Path:
    out = model_dir / f"model-{quant}.gguf"
    marker = model_dir / f".gguf-{quant}-complete"
    if not marker.exists():
        build(model_dir, out, quant)
        marker.write_text("ok\n")
    return out
