"""The engines the benchmark compares, behind one small interface.

``prefill_last(ids)``: a fresh prefill of ``ids`` (1-D int array), returning the last
token's logits; ``start(prompt)``: reset and prefill (not timed); ``step(token)``: one
decode step, returning its logits. Each engine runs in its own worker process
(``bench/worker.py``) with the thread count set the engine's own way.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np


class RlxEngine:
    name = "rlx"

    def __init__(self, model_dir: Path, threads: int, max_seq: int, cache: bool = True, target: str = "host",
                 quant: str = "f32", kv: str = "f32"):
        import rlxc

        self.target = target
        self.session = rlxc.load(model_dir, max_seq=max_seq, cache=cache, target=target, precision=quant,
                                 kv_format=kv)

    def isa(self) -> str:
        from .isa import describe_features, target_features

        return f"{self.target}: {describe_features(target_features(self.target))}"

    def prefill_last(self, ids):
        self.session.reset()
        return self.session.prefill(ids[None], last_only=True)[0, -1]

    def start(self, prompt):
        self.session.reset()
        self.session.prefill(prompt[None], last_only=True)

    def step(self, token):
        return self.session.decode(np.array([[token]], dtype=np.int32))[0, 0]


class TorchEngine:
    name = "torch"

    def __init__(self, model_dir: Path, threads: int, max_seq: int, quant: str = "f32", **_):
        import torch
        from transformers import AutoModelForCausalLM

        torch.set_num_threads(threads)
        self.torch = torch
        dtype = {"f32": torch.float32, "bf16": torch.bfloat16}[quant]
        self.model = AutoModelForCausalLM.from_pretrained(str(model_dir), dtype=dtype).eval()
        self.cache = None

    def isa(self) -> str:
        from .isa import torch_isa

        return torch_isa()

    def _forward(self, ids, cache, use_cache):
        kwargs = {"use_cache": use_cache, "logits_to_keep": 1}
        if cache is not None:
            kwargs["cache"] = cache
        with self.torch.inference_mode():
            out = self.model(self.torch.as_tensor(np.asarray(ids, dtype=np.int64)[None]), **kwargs)
        new_cache = out["cache"] if "cache" in out else out.get("past_key_values")
        return out.logits[0, -1].float().numpy(), new_cache

    def prefill_last(self, ids):
        return self._forward(ids, None, False)[0]

    def start(self, prompt):
        _, self.cache = self._forward(prompt, None, True)

    def step(self, token):
        logits, self.cache = self._forward([token], self.cache, True)
        return logits


class OrtEngine:
    name = "onnxruntime"

    def __init__(self, model_dir: Path, threads: int, max_seq: int, **_):
        import json
        import os

        from .cpuid_mask import ENV, mask_cpuid

        self.target = os.environ.get(ENV, "")
        self.masked, self.cpuid = mask_cpuid(self.target) if self.target else (False, "")  # before MLAS reads it
        import onnxruntime as ort

        from .onnx_model import model_path

        cfg = json.loads((model_dir / "config.json").read_text())
        self.layers, self.nkv, self.hd = cfg["num_hidden_layers"], cfg["num_key_value_heads"], cfg["head_dim"]
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.sess = ort.InferenceSession(str(model_path(model_dir)), opts, providers=["CPUExecutionProvider"])
        self.out_names = [o.name for o in self.sess.get_outputs()]
        self.past = None

    def isa(self) -> str:
        from .isa import describe_features, target_features

        if self.masked:
            return f"{self.target}: {describe_features(target_features(self.target))} ({self.cpuid}; MLAS picks " \
                   f"its kernels from what cpuid reports)"
        why = f"; {self.cpuid}" if self.cpuid else ""
        return f"host: {describe_features(target_features('host'))} (MLAS picks its kernels at run time{why})"

    def _empty_past(self):
        z = np.zeros((1, self.nkv, 0, self.hd), dtype=np.float32)
        return [z] * (2 * self.layers)

    def _run(self, ids, past):
        plen = past[0].shape[2]
        feeds = {"input_ids": np.asarray(ids, dtype=np.int64)[None],
                 "seqlens_k": np.array([plen + len(ids) - 1], dtype=np.int32),
                 "total_sequence_length": np.array(plen + len(ids), dtype=np.int32)}
        for i in range(self.layers):
            feeds[f"past_key_{i}"] = past[2 * i]
            feeds[f"past_value_{i}"] = past[2 * i + 1]
        outs = self.sess.run(self.out_names, feeds)
        return outs[0][0, -1], outs[1:]

    def prefill_last(self, ids):
        return self._run(ids, self._empty_past())[0]

    def start(self, prompt):
        _, self.past = self._run(prompt, self._empty_past())

    def step(self, token):
        logits, self.past = self._run([token], self.past)
        return logits


#: llama.cpp's KV cache type (``ggml_type``) for each ``--kv`` format: the same format as
#: rlx's cache (llama.cpp's own default is f16)
LLAMA_CPP_CACHE_TYPES = {"f32": 0, "f16": 1, "bf16": 30}


class LlamaCppEngine:
    name = "llama.cpp"

    def __init__(self, model_dir: Path, threads: int, max_seq: int, quant: str = "f32", kv: str = "f32", **_):
        from llama_cpp import Llama

        from .gguf_model import model_path

        cache_type = LLAMA_CPP_CACHE_TYPES[kv]
        self.llm = Llama(model_path=str(model_path(model_dir, quant)), n_ctx=max_seq, n_batch=512, n_ubatch=512,
                         n_threads=threads, n_threads_batch=threads, logits_all=False, verbose=False,
                         type_k=cache_type, type_v=cache_type)

    def isa(self) -> str:
        from .isa import llama_cpp_isa

        return llama_cpp_isa()

    def _last(self):
        # llama-cpp-python >= 0.3.x no longer copies logits into ``scores`` unless
        # logits_all: read the context's logits of the last output row directly
        n_vocab = self.llm.n_vocab()
        return np.ctypeslib.as_array(self.llm._ctx.get_logits(), shape=(n_vocab,)).copy()

    def prefill_last(self, ids):
        self.llm.reset()
        self.llm.eval([int(t) for t in ids])
        return self._last()

    def start(self, prompt):
        self.prefill_last(prompt)

    def step(self, token):
        self.llm.eval([int(token)])
        return self._last()


ENGINES = {e.name: e for e in (RlxEngine, TorchEngine, OrtEngine, LlamaCppEngine)}
#: the weight formats each engine runs (``python -m bench --quant``): llama.cpp on a GGUF
#: of that type written from the same checkpoint (``bench/gguf_model.py``: the same
#: blocks rlx quantizes), PyTorch in bf16, onnxruntime in f32
FORMATS = {"rlx": ("f32", "bf16", "f16", "q8_0", "q4_0"), "llama.cpp": ("f32", "bf16", "f16", "q8_0", "q4_0"),
           "torch": ("f32", "bf16"), "onnxruntime": ("f32",)}
MODULES = {"rlx": "llvmlite", "torch": "transformers", "onnxruntime": "onnxruntime", "llama.cpp": "llama_cpp"}


def available(name: str) -> bool:
    import importlib.util

    needed = {"rlx": ["llvmlite"], "torch": ["torch", "transformers"], "onnxruntime": ["onnxruntime", "onnx"],
              "llama.cpp": ["llama_cpp", "gguf"]}[name]
    return all(importlib.util.find_spec(m) is not None for m in needed)
