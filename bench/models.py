"""Benchmark models: Qwen3 configs with random weights, written on the fly.

``checkpoint(name)`` returns a folder with ``config.json`` + ``model.safetensors``
(f32, deterministic random weights). Folders live under ``$RLX_BENCH_DIR`` (default
``/tmp/rlx-bench``) and are reused when the config and a completion marker match, so
the 2.4 GB of the 0.6B model are written once per machine.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import numpy as np

# Qwen3 dims. "tiny" is the tiny model (hidden 256, 4 layers, vocab 4096);
# "example" the bundled examples/tiny-qwen3; "0.6b" the Qwen3-0.6B dims.
MODELS: dict[str, dict] = {
    "tiny": dict(hidden_size=256, num_hidden_layers=4, num_attention_heads=4, num_key_value_heads=2,
                 head_dim=64, intermediate_size=768, vocab_size=4096),
    "example": dict(hidden_size=128, num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=2,
                    head_dim=32, intermediate_size=192, vocab_size=1024),
    "0.6b": dict(hidden_size=1024, num_hidden_layers=28, num_attention_heads=16, num_key_value_heads=8,
                 head_dim=128, intermediate_size=3072, vocab_size=151936),
    # a Qwen3-MoE with the layer dimensions of Qwen3-30B-A3B (128 experts of 768, top-8;
    # 32 heads, 4 KV heads), 2 of its 48 layers: what fits this machine's memory in f32
    "30b-a3b-2l": dict(model_type="qwen3_moe", architectures=["Qwen3MoeForCausalLM"], hidden_size=2048,
                       num_hidden_layers=2, num_attention_heads=32, num_key_value_heads=4, head_dim=128,
                       intermediate_size=6144, moe_intermediate_size=768, num_experts=128,
                       num_experts_per_tok=8, norm_topk_prob=True, decoder_sparse_step=1, mlp_only_layers=[],
                       vocab_size=151936),
}


def config_dict(name: str, max_position_embeddings: int = 4096) -> dict:
    if name not in MODELS:
        raise SystemExit(f"unknown model '{name}' (choose from {', '.join(MODELS)})")
    cfg = {
        "architectures": ["Qwen3ForCausalLM"],
        "model_type": "qwen3",
        "attention_bias": False,
        "attention_dropout": 0.0,
        "hidden_act": "silu",
        "max_position_embeddings": max_position_embeddings,
        "rms_norm_eps": 1e-6,
        "rope_theta": 1000000.0,
        "tie_word_embeddings": True,
        "torch_dtype": "float32",
        "use_cache": True,
        "use_sliding_window": False,
        "sliding_window": None,
        "bos_token_id": None,
        "eos_token_id": None,
        **MODELS[name],
    }
    return cfg


def weight_shapes(cfg: dict) -> dict[str, tuple[int, ...]]:
    h, i, v = cfg["hidden_size"], cfg["intermediate_size"], cfg["vocab_size"]
    hd, nh, nkv = cfg["head_dim"], cfg["num_attention_heads"], cfg["num_key_value_heads"]
    shapes = {"model.embed_tokens.weight": (v, h), "model.norm.weight": (h,)}
    for layer in range(cfg["num_hidden_layers"]):
        p = f"model.layers.{layer}"
        shapes.update({
            f"{p}.input_layernorm.weight": (h,),
            f"{p}.post_attention_layernorm.weight": (h,),
            f"{p}.self_attn.q_proj.weight": (nh * hd, h),
            f"{p}.self_attn.k_proj.weight": (nkv * hd, h),
            f"{p}.self_attn.v_proj.weight": (nkv * hd, h),
            f"{p}.self_attn.o_proj.weight": (h, nh * hd),
            f"{p}.self_attn.q_norm.weight": (hd,),
            f"{p}.self_attn.k_norm.weight": (hd,),
        })
        shapes.update(_mlp_shapes(cfg, p))
    return shapes


def _mlp_shapes(cfg: dict, p: str) -> dict[str, tuple[int, ...]]:
    """A dense layer's MLP, or a mixture of experts' router and experts (every layer sparse)."""
    h = cfg["hidden_size"]
    if not cfg.get("num_experts"):
        i = cfg["intermediate_size"]
        return {f"{p}.mlp.gate_proj.weight": (i, h), f"{p}.mlp.up_proj.weight": (i, h),
                f"{p}.mlp.down_proj.weight": (h, i)}
    e, i = cfg["num_experts"], cfg["moe_intermediate_size"]
    shapes = {f"{p}.mlp.gate.weight": (e, h)}
    for x in range(e):
        shapes.update({f"{p}.mlp.experts.{x}.gate_proj.weight": (i, h), f"{p}.mlp.experts.{x}.up_proj.weight": (i, h),
                       f"{p}.mlp.experts.{x}.down_proj.weight": (h, i)})
    return shapes


def weight_bytes(cfg: dict) -> int:
    return 4 * sum(int(np.prod(s)) for s in weight_shapes(cfg).values())


def _random_weights(cfg: dict, seed: int) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    out = {}
    for name, shape in weight_shapes(cfg).items():
        if len(shape) == 1:  # norm weights: around 1
            out[name] = (1.0 + 0.1 * rng.standard_normal(shape, dtype=np.float32)).astype(np.float32)
        else:
            scale = 0.02 if "embed" not in name else 0.5
            out[name] = rng.standard_normal(shape, dtype=np.float32) * np.float32(scale)
    return out


def bench_root() -> Path:
    return Path(os.environ.get("RLX_BENCH_DIR", "/tmp/rlx-bench"))


def checkpoint(name: str, seed: int = 0, root: Path | None = None, log=print) -> Path:
    """The folder of model ``name`` (config.json + model.safetensors), written if needed."""
    cfg = config_dict(name)
    key = hashlib.sha256(json.dumps([cfg, seed], sort_keys=True).encode()).hexdigest()[:12]
    folder = (root or bench_root()) / f"qwen3-{name}-{key}"
    marker = folder / ".complete"
    if marker.exists():
        return folder
    from safetensors.numpy import save_file

    folder.mkdir(parents=True, exist_ok=True)
    log(f"[bench] writing random {name} checkpoint to {folder} ({weight_bytes(cfg) / 1e9:.2f} GB)")
    (folder / "config.json").write_text(json.dumps(cfg, indent=2))
    save_file(_random_weights(cfg, seed), str(folder / "model.safetensors"))
    marker.write_text("ok\n")
    return folder
