"""The sliding-window part of a config, as transformers 5.x reads it.

``mistral``'s ``sliding_window`` applies to every layer (default 4096; ``null``: none);
``qwen2``/``qwen3`` window only with ``use_sliding_window: true``, then the layers that
``layer_types`` marks ``sliding_attention``, or without ``layer_types`` those of index
``>= max_window_layers``. A query at position ``i`` sees the keys ``j`` with
``i - sliding_window < j <= i``. Llama and the mixtures of experts have no window
(``config._Parser.reject_unsupported`` refuses one).
"""

from __future__ import annotations

from typing import Any

from rlxc.models.moe_config import MOE_MODEL_TYPES

#: the sliding window when config.json has none: MistralConfig's and Qwen2/Qwen3Config's default
DEFAULT_SLIDING_WINDOW = 4096
#: Qwen2/Qwen3Config's default ``max_window_layers``
DEFAULT_MAX_WINDOW_LAYERS = 28
#: the ``layer_types`` entries rlx runs
LAYER_TYPES = ("full_attention", "sliding_attention")


def window_fields(cfg) -> dict[str, Any]:
    """The sliding-window keys of ``to_dict``, written so that ``from_dict`` reads them back:
    none without a window (a mistral's ``sliding_window: null``: absent means 4096), and
    ``use_sliding_window: true`` for qwen2/qwen3 (they ignore the window without it)."""
    if cfg.sliding_window is None:
        return {"sliding_window": None} if cfg.model_type == "mistral" else {}
    d: dict[str, Any] = {"sliding_window": cfg.sliding_window, "max_window_layers": cfg.max_window_layers}
    if cfg.layer_types is not None:
        d["layer_types"] = list(cfg.layer_types)
    if cfg.model_type != "mistral":
        d["use_sliding_window"] = True
    return d


def parse_window(p, model_type: str, layers: int) -> tuple[int | None, int | None, tuple[str, ...] | None]:
    """(window, max_window_layers, layer_types) of the config ``p`` (a ``config._Parser``)
    reads, in canonical form: all None when no layer is windowed; layer_types only when
    they are not "full below max_window_layers, windowed from it" (both layouts of one
    model give equal configs)."""
    from rlxc.models.config import _fail

    if model_type in ("llama", *MOE_MODEL_TYPES):
        return None, None, None  # no window (reject_unsupported refuses one)
    if model_type == "mistral":  # every layer; layer_types are ignored (transformers warns)
        window = window_size(p)
        return (None, None, None) if window is None else (window, 0, None)
    use = p.bool_field("use_sliding_window", False)
    types = layer_types(p, layers)
    if not use:
        if types is not None and "sliding_attention" in types:
            raise _fail(f"{p.src}: layer_types has 'sliding_attention' layers but use_sliding_window "
                        f"is false (transformers has no window for them then)")
        return None, None, None
    window = window_size(p)
    first = p.int_field("max_window_layers", DEFAULT_MAX_WINDOW_LAYERS, minimum=0)
    if types is not None:
        windowed = [t == "sliding_attention" for t in types]
        first = windowed.index(True) if any(windowed) else layers
        if any(windowed[first:]) and not all(windowed[first:]):
            return (None, None, None) if window is None else (window, first, types)
    if window is None or first >= layers:
        return None, None, None
    return window, first, None


def window_size(p) -> int | None:
    """``sliding_window``: an integer >= 1 (4096 when absent), or null for none."""
    if "sliding_window" in p.d and p.d["sliding_window"] is None:
        return None
    return p.int_field("sliding_window", DEFAULT_SLIDING_WINDOW, minimum=1)


def layer_types(p, layers: int) -> tuple[str, ...] | None:
    """``layer_types`` (null: absent): one of LAYER_TYPES per layer."""
    from rlxc.models.config import _describe, _fail

    types = p.d.get("layer_types")
    if types is None:
        return None
    if not isinstance(types, list) or any(t not in LAYER_TYPES for t in types):
        raise _fail(f"{p.src}: field 'layer_types' must be a list of "
                    f"{' or '.join(repr(t) for t in LAYER_TYPES)}, got {_describe(types)}")
    if len(types) != layers:
        raise _fail(f"{p.src}: field 'layer_types' has {len(types)} entries, "
                    f"num_hidden_layers is {layers}")
    return tuple(types)
