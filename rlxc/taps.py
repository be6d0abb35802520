"""Running a model on one prompt with debug outputs ("taps", :mod:`rlxc.compare`).

* rlx: the prefill of a session -- batch 1, past K/V of ``PAST_SEQ`` rows (here none),
  logits of every token -- with ``Qwen3Flow.debug_taps`` of every layer, compiled as a
  flow of its own through the compile cache (as ``rlxc.load`` compiles): the kernels
  of a session's ``prefill`` entry, with the taps as extra outputs written by the
  generated code. The normal entries are not changed.
* transformers (the ``ref`` extra): the checkpoint in float32 with eager attention, and
  forward hooks on the modules that compute the same values
  (:func:`transformers_module`). ``output_hidden_states`` is not used: transformers
  puts the final norm's output in place of the last layer's.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from rlx.runtime.abi import SEQ
from rlx.runtime.errors import RlxError, first_line

#: op tap (``layers.{i}.<op>``) -> the module of transformers' decoder layer that computes
#: it, and whether the tap is that module's input or its output
TRANSFORMERS_OPS = {
    "input_layernorm": ("input_layernorm", "output"),
    "q_proj": ("self_attn.q_proj", "output"),
    "k_proj": ("self_attn.k_proj", "output"),
    "v_proj": ("self_attn.v_proj", "output"),
    "q_norm": ("self_attn.q_norm", "output"),
    "k_norm": ("self_attn.k_norm", "output"),
    "attention": ("self_attn.o_proj", "input"),
    "o_proj": ("self_attn.o_proj", "output"),
    "attention_residual": ("post_attention_layernorm", "input"),
    "post_attention_layernorm": ("post_attention_layernorm", "output"),
    "swiglu": ("mlp.down_proj", "input"),
    "down_proj": ("mlp.down_proj", "output"),
}
REF_EXTRA = "pip install -e '.[ref]'"


def taps_spec(spec):
    """The flow of ``spec`` (an LLM's :class:`~rlxc.model_file.ModelSpec`) that returns the
    taps of every layer: a session's prefill entry, batch 1."""
    from rlxc.model_file import ModelSpec
    from rlxc.models.qwen3 import Qwen3Flow

    cfg = spec.config
    flow = Qwen3Flow.for_prefill(cfg, 1, SEQ).dynamic_past().lm_head().debug_taps(range(cfg.num_hidden_layers))
    return ModelSpec("flow", spec.source, cfg, {"options": flow.options()}, capacity=spec.capacity)


def rlx_taps(spec, ids: Sequence[int], *, options: Any, weights: Any = None, cache: bool = True,
             progress: Any = None) -> dict[str, np.ndarray]:
    """Compile (or take from the cache) and run the taps flow of ``spec`` on ``ids``:
    tap name -> array, in the order the code computes them, ``logits`` last."""
    from rlxc.api import load_spec

    fn = load_spec(taps_spec(spec), options=options, cache=cache, weights=weights, progress=progress)
    kv_dim = spec.config.kv_proj_dim
    inputs = {name: np.zeros((1, 0, kv_dim), np.float32) for name in fn.input_names if name != "input_ids"}
    out = fn(input_ids=np.asarray([ids], dtype=np.int32), **inputs)
    taps = {name: out[name] for name in fn.outputs if name not in fn.spec.kv_outputs and name != "logits"}
    taps["logits"] = out["logits"]
    return taps


def transformers_module(tap: str) -> tuple[str, str] | None:
    """The module path (in ``AutoModelForCausalLM``) and ``input``/``output`` that tap
    ``tap`` is; None for ``logits`` (the model's output)."""
    if tap == "embed":
        return "model.embed_tokens", "output"
    if tap == "norm":
        return "model.norm", "output"
    if tap == "logits":
        return None
    parts = tap.split(".", 2)
    if len(parts) == 2:
        return f"model.{tap}", "output"
    module, which = TRANSFORMERS_OPS[parts[2]]
    return f"model.layers.{parts[1]}.{module}", which


def import_reference():
    """torch and transformers, or a one-line error saying how to get them."""
    try:
        import torch
        import transformers
    except ImportError as err:
        raise RlxError(f"comparing against transformers needs torch and transformers ({first_line(err)}): "
                       f"{REF_EXTRA}; `--against rlx` compares two rlx builds without them") from None
    return torch, transformers


def transformers_label() -> str:
    torch, transformers = import_reference()
    return f"transformers {transformers.__version__} (torch {torch.__version__}, float32, eager attention)"


def load_transformers(folder: Path):
    """The checkpoint in ``folder`` as transformers' float32 causal LM, eager attention."""
    torch, transformers = import_reference()
    transformers.logging.set_verbosity_error()
    transformers.logging.disable_progress_bar()
    major, minor = (int(p) for p in transformers.__version__.split(".")[:2])
    dtype = "dtype" if (major, minor) >= (4, 56) else "torch_dtype"  # renamed in 4.56
    try:
        model = transformers.AutoModelForCausalLM.from_pretrained(
            str(folder), attn_implementation="eager", **{dtype: torch.float32})
    except Exception as err:  # transformers raises many kinds, for a file, a config, a weight
        raise RlxError(f"transformers cannot load {folder}: {first_line(err)}") from None
    return model.eval()


def transformers_taps(folder: Path, ids: Sequence[int], names: Sequence[str]) -> dict[str, np.ndarray]:
    """Run transformers on ``ids`` with a forward hook for each tap of ``names``: tap
    name -> array (a tap whose module the model does not have is left out)."""
    torch, _ = import_reference()
    model = load_transformers(folder)
    captured: dict[str, np.ndarray] = {}
    handles = []

    def keep(name: str, value) -> None:
        value = value[0] if isinstance(value, (tuple, list)) else value
        captured[name] = value.detach().float().numpy().copy()

    for name in names:
        where = transformers_module(name)
        if where is None:
            continue
        try:
            module = model.get_submodule(where[0])
        except AttributeError:
            continue  # another family's module names: the row says "missing"
        if where[1] == "input":
            handles.append(module.register_forward_pre_hook(lambda m, args, name=name: keep(name, args)))
        else:
            handles.append(module.register_forward_hook(lambda m, args, out, name=name: keep(name, out)))
    try:
        with torch.inference_mode():
            out = model(torch.tensor([list(ids)], dtype=torch.long), use_cache=False)
    finally:
        for h in handles:
            h.remove()
    captured["logits"] = out.logits.detach().float().numpy()
    return captured
