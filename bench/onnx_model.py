"""An ONNX graph of a Qwen3 checkpoint for onnxruntime, built with ``onnx.helper``.

``torch.onnx.export`` of a transformers model with a KV cache is slow and fragile for
a 2.4 GB model, so the graph is written directly from the safetensors weights, the way
onnxruntime-genai's model builder writes LLMs: the fused contrib ops onnxruntime's CPU
provider is fastest with (``SkipSimplifiedLayerNormalization``, ``GroupQueryAttention``
with rotary, ``SimplifiedLayerNormalization`` for the QK-norm), one MatMul for Q|K|V and
one for gate|up, weights as ``[in, out]`` initializers (prepacked by MLAS), the LM head
on the last position only. Inputs: ``input_ids [1, S]`` (int64), ``past_key_i`` /
``past_value_i`` ``[1, kv_heads, P, head_dim]``, ``seqlens_k [1]`` (P + S - 1, int32),
``total_sequence_length`` (scalar int32); outputs ``logits [1, 1, vocab]`` and the
``present_*`` caches.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

MAX_POS = 4096


def _rope_cache(head_dim: int, theta: float, max_pos: int = MAX_POS):
    inv = 1.0 / theta ** (np.arange(0, head_dim, 2, dtype=np.float64) / head_dim)
    freqs = np.outer(np.arange(max_pos, dtype=np.float64), inv)
    return np.cos(freqs).astype(np.float32), np.sin(freqs).astype(np.float32)


def build(model_dir: Path, out_path: Path) -> Path:
    """Write ``out_path`` (+ ``out_path.data`` external weights) from ``model_dir``."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper
    from safetensors.numpy import load_file

    cfg = json.loads((model_dir / "config.json").read_text())
    w = load_file(str(model_dir / "model.safetensors"))
    nh, nkv = cfg["num_attention_heads"], cfg["num_key_value_heads"]
    hd, layers, vocab = cfg["head_dim"], cfg["num_hidden_layers"], cfg["vocab_size"]
    eps = float(cfg["rms_norm_eps"])
    theta = float(cfg.get("rope_theta") or cfg.get("rope_parameters", {}).get("rope_theta", 10000.0))
    inits, nodes = [], []

    def init(name, array):
        inits.append(numpy_helper.from_array(np.ascontiguousarray(array, dtype=array.dtype), name))
        return name

    def node(op, ins, outs, domain="", **attrs):
        nodes.append(helper.make_node(op, ins, outs, domain=domain, **attrs))
        return outs[0] if len(outs) == 1 else outs

    cos, sin = _rope_cache(hd, theta)
    init("cos_cache", cos)
    init("sin_cache", sin)
    init("shape_q", np.array([0, 0, nh, hd], dtype=np.int64))
    init("shape_k", np.array([0, 0, nkv, hd], dtype=np.int64))
    init("shape_flat_q", np.array([0, 0, nh * hd], dtype=np.int64))
    init("shape_flat_k", np.array([0, 0, nkv * hd], dtype=np.int64))
    init("split_qkv", np.array([nh * hd, nkv * hd, nkv * hd], dtype=np.int64))
    inter = cfg["intermediate_size"]
    init("split_gu", np.array([inter, inter], dtype=np.int64))
    init("embed", w["model.embed_tokens.weight"])
    x = node("Gather", ["embed", "input_ids"], ["x0"], axis=0)
    inputs = [helper.make_tensor_value_info("input_ids", TensorProto.INT64, [1, "S"])]
    outputs = [helper.make_tensor_value_info("logits", TensorProto.FLOAT, [1, 1, vocab])]
    inputs += [helper.make_tensor_value_info("seqlens_k", TensorProto.INT32, [1]),
               helper.make_tensor_value_info("total_sequence_length", TensorProto.INT32, [])]
    residual, pending = x, None  # pending: the MLP output still to be added to residual
    for i in range(layers):
        p = f"model.layers.{i}"
        ln_in = init(f"ln_in_{i}", w[f"{p}.input_layernorm.weight"])
        if pending is None:
            hn = node("SimplifiedLayerNormalization", [residual, ln_in], [f"hn_{i}"], axis=-1, epsilon=eps)
        else:
            hn, _, _, residual = node("SkipSimplifiedLayerNormalization", [residual, pending, ln_in],
                                      [f"hn_{i}", "", "", f"res_{i}"], domain="com.microsoft", epsilon=eps)
        wqkv = np.concatenate([w[f"{p}.self_attn.{n}_proj.weight"] for n in "qkv"], axis=0).T
        qkv = node("MatMul", [hn, init(f"wqkv_{i}", wqkv)], [f"qkv_{i}"])
        q, k, v = node("Split", [qkv, "split_qkv"], [f"q_{i}", f"k_{i}", f"v_{i}"], axis=-1)
        q4 = node("Reshape", [q, "shape_q"], [f"q4_{i}"])
        k4 = node("Reshape", [k, "shape_k"], [f"k4_{i}"])
        qn = node("SimplifiedLayerNormalization", [q4, init(f"qn_{i}", w[f"{p}.self_attn.q_norm.weight"])],
                  [f"qn4_{i}"], axis=-1, epsilon=eps)
        kn = node("SimplifiedLayerNormalization", [k4, init(f"kn_{i}", w[f"{p}.self_attn.k_norm.weight"])],
                  [f"kn4_{i}"], axis=-1, epsilon=eps)
        qf = node("Reshape", [qn, "shape_flat_q"], [f"qf_{i}"])
        kf = node("Reshape", [kn, "shape_flat_k"], [f"kf_{i}"])
        inputs += [helper.make_tensor_value_info(f"past_key_{i}", TensorProto.FLOAT, [1, nkv, "P", hd]),
                   helper.make_tensor_value_info(f"past_value_{i}", TensorProto.FLOAT, [1, nkv, "P", hd])]
        outputs += [helper.make_tensor_value_info(f"present_key_{i}", TensorProto.FLOAT, [1, nkv, "T", hd]),
                    helper.make_tensor_value_info(f"present_value_{i}", TensorProto.FLOAT, [1, nkv, "T", hd])]
        attn = node("GroupQueryAttention",
                    [qf, kf, v, f"past_key_{i}", f"past_value_{i}", "seqlens_k", "total_sequence_length",
                     "cos_cache", "sin_cache"],
                    [f"attn_{i}", f"present_key_{i}", f"present_value_{i}"], domain="com.microsoft",
                    num_heads=nh, kv_num_heads=nkv, do_rotary=1, rotary_interleaved=0,
                    scale=float(1.0 / np.sqrt(hd)))[0]
        o = node("MatMul", [attn, init(f"wo_{i}", w[f"{p}.self_attn.o_proj.weight"].T)], [f"o_{i}"])
        ln_post = init(f"ln_post_{i}", w[f"{p}.post_attention_layernorm.weight"])
        h2, _, _, residual = node("SkipSimplifiedLayerNormalization", [residual, o, ln_post],
                                  [f"h2_{i}", "", "", f"res2_{i}"], domain="com.microsoft", epsilon=eps)
        wgu = np.concatenate([w[f"{p}.mlp.gate_proj.weight"], w[f"{p}.mlp.up_proj.weight"]], axis=0).T
        gu = node("MatMul", [h2, init(f"wgu_{i}", wgu)], [f"gu_{i}"])
        g, u = node("Split", [gu, "split_gu"], [f"g_{i}", f"u_{i}"], axis=-1)
        act = node("Mul", [node("Mul", [g, node("Sigmoid", [g], [f"sg_{i}"])], [f"silu_{i}"]), u], [f"act_{i}"])
        pending = node("MatMul", [act, init(f"wd_{i}", w[f"{p}.mlp.down_proj.weight"].T)], [f"mlp_{i}"])
    init("starts", np.array([-1], dtype=np.int64))
    init("ends", np.array([np.iinfo(np.int64).max], dtype=np.int64))
    init("axes", np.array([1], dtype=np.int64))
    last_res = node("Slice", [residual, "starts", "ends", "axes"], ["last_res"])
    last_mlp = node("Slice", [pending, "starts", "ends", "axes"], ["last_mlp"])
    hf = node("SkipSimplifiedLayerNormalization", [last_res, last_mlp, init("ln_f", w["model.norm.weight"])],
              ["hf"], domain="com.microsoft", epsilon=eps)
    head = w.get("lm_head.weight", w["model.embed_tokens.weight"])
    node("MatMul", [hf, init("lm_head_t", head.T)], ["logits"])
    graph = helper.make_graph(nodes, "qwen3", inputs, outputs, inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 21),
                                                    helper.make_opsetid("com.microsoft", 1)])
    model.ir_version = 10
    out_path.parent.mkdir(parents=True, exist_ok=True)
    data = out_path.name + ".data"
    onnx.save_model(model, str(out_path), save_as_external_data=True, all_tensors_to_one_file=True,
                    location=data, size_threshold=1024)
    return out_path


def model_path(model_dir: Path) -> Path:
    """The ONNX file for ``model_dir`` (written next to the checkpoint once)."""
    out = model_dir / "onnx" / "model.onnx"
    marker = model_dir / "onnx" / ".complete"
    if not marker.exists():
        build(model_dir, out)
        marker.write_text("ok\n")
    return out
