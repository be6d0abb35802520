"""An f32 GGUF of a Qwen3 checkpoint for llama.cpp, written with the ``gguf`` package.

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


def build(model_dir: Path, out_path: Path) -> Path:
    import gguf
    from safetensors.numpy import load_file

    cfg = json.loads((model_dir / "config.json").read_text())
    w = load_file(str(model_dir / "model.safetensors"))
    vocab = cfg["vocab_size"]
    theta = float(cfg.get("rope_theta") or cfg.get("rope_parameters", {}).get("rope_theta", 10000.0))
    writer = gguf.GGUFWriter(str(out_path), "qwen3")
    writer.add_name("rlx-bench-qwen3")
    writer.add_file_type(gguf.LlamaFileType.ALL_F32)
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
    writer.add_tensor("token_embd.weight", np.ascontiguousarray(w["model.embed_tokens.weight"]))
    for i in range(cfg["num_hidden_layers"]):
        for hf, gg in names.items():
            writer.add_tensor(f"blk.{i}.{gg}.weight",
                              np.ascontiguousarray(w[f"model.layers.{i}.{hf}.weight"], dtype=np.float32))
    writer.add_tensor("output_norm.weight", np.ascontiguousarray(w["model.norm.weight"]))
    if "lm_head.weight" in w:
        writer.add_tensor("output.weight", np.ascontiguousarray(w["lm_head.weight"]))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return out_path


def model_path(model_dir: Path) -> Path:
    out = model_dir / "model-f32.gguf"
    marker = model_dir / ".gguf-complete"
    if not marker.exists():
        build(model_dir, out)
        marker.write_text("ok\n")
    return out
