"""The Python API: ``rlxc.load(config.json)`` and ``rlxc.jit(built_model)``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from rlxc.compiler import CompileOptions, jit_engine, lower
from rlxc.flow import BuiltModel
from runtime.errors import ConfigError, RuntimeLimitError, ShapeError
from runtime.session import EntrySpec, NativeEntry, Session, WeightBinder
from runtime.symbolic import parse_shape

DEFAULT_MAX_SEQ_CAP = 4096


def resolve_config_path(path: str | Path) -> Path:
    p = Path(path)
    if p.is_dir():
        p = p / "config.json"
    if not p.exists():
        raise ConfigError(f"config file not found: {p}")
    return p


def model_flows(cfg, weights, batch: int):
    """The two entry points every LLM session has: chunked prefill and decode."""
    from rlxc.models.qwen3 import Qwen3Flow

    prefill = Qwen3Flow.for_prefill(cfg, batch, "SEQ").dynamic_past().lm_head().build(weights)
    decode = Qwen3Flow.for_decode(cfg, batch, "PAST_SEQ").build(weights)
    return [prefill, decode]


def choose_max_seq(cfg, max_seq: int | None) -> int:
    if max_seq is None:
        return min(cfg.max_position_embeddings, DEFAULT_MAX_SEQ_CAP)
    if not 1 <= max_seq <= cfg.max_position_embeddings:
        raise RuntimeLimitError(
            f"max_seq {max_seq} must be between 1 and max_position_embeddings ({cfg.max_position_embeddings})")
    return max_seq


def load(path: str | Path, *, batch: int = 1, max_seq: int | None = None,
         options: CompileOptions | None = None, **option_fields: Any) -> Session:
    """Compile the HF checkpoint at ``path`` (config.json or its folder), bind its
    weights and return a session with ``prefill``/``decode``/``reset``/``generate``."""
    from rlxc.models.config import Qwen3Config, expected_weights
    from runtime.weights import check_weights, open_checkpoint

    config_path = resolve_config_path(path)
    cfg = Qwen3Config.from_json(config_path)
    weights = open_checkpoint(config_path.parent)
    check_weights(weights, expected_weights(cfg), cfg.tie_word_embeddings)
    if batch < 1:
        raise ShapeError(f"batch must be at least 1, got {batch}")
    max_seq = choose_max_seq(cfg, max_seq)
    options = options or CompileOptions(**option_fields)
    options.max_tokens = min(options.max_tokens, max_seq)
    lowered = lower(model_flows(cfg, weights, batch), options,
                    {"vocab_size": cfg.vocab_size, "batch": batch, "config": cfg.to_dict()})
    engine = jit_engine(lowered, options)
    return Session(lowered.manifest, engine.address_of, weights, max_seq, keepalive=engine)


class JitFunction:
    """A compiled BuiltModel called like a function over numpy arrays.

    Symbolic dims are bound from the input shapes. Past K/V inputs are copied into
    KV buffers of capacity past + new rows; the KV outputs are those buffers."""

    def __init__(self, built: BuiltModel, weights: Any = None, options: CompileOptions | None = None):
        self.options = options or CompileOptions()
        self.lowered = lower([built], self.options)
        self.engine = jit_engine(self.lowered, self.options)
        name, spec = next(iter(self.lowered.manifest["entries"].items()))
        self.spec = EntrySpec.from_manifest(name, spec)
        binder = WeightBinder(weights, self.lowered.manifest["constants"])
        self.entry = NativeEntry(self.spec, self.engine.address_of(f"{name}_packed"), binder)
        self.input_names = list(built.entry.attributes["rlx.inputs"].data)
        self.l1_input_shapes = {a.data: t.shape for a, t in
                                zip(built.entry.attributes["rlx.inputs"].data,
                                    built.entry.function_type.inputs.data)}

    def bind_symbols(self, inputs: dict[str, np.ndarray]) -> dict[str, int]:
        symbols: dict[str, int] = {}
        for name, shape in self.l1_input_shapes.items():
            if name not in inputs:
                raise ShapeError(f"{self.spec.name}: missing input '{name}'")
            actual = np.shape(inputs[name])
            if len(actual) != len(shape):
                raise ShapeError(f"{self.spec.name}: input '{name}' must have rank {len(shape)}, got {list(actual)}")
            for dim, size in zip(shape, actual):
                if len(dim.terms) == 1 and dim.terms[0][1] == 1 and dim.const == 0:
                    sym = dim.terms[0][0]
                    if symbols.setdefault(sym, size) != size:
                        raise ShapeError(f"{self.spec.name}: {sym} is {symbols[sym]} and {size} in different inputs")
        return symbols

    def __call__(self, **inputs: np.ndarray) -> dict[str, np.ndarray]:
        symbols = self.bind_symbols(inputs)
        caches = self.spec.by_role("kv_cache")
        if caches:
            new_rows = np.shape(inputs["input_ids"])[1] if "input_ids" in inputs else 0
            symbols["MAX_SEQ"] = symbols.get("PAST_SEQ", 0) + new_rows
        buffers: dict[str, np.ndarray] = {}
        for a in self.spec.args:
            if a.role == "input":
                dtype = np.int32 if a.dtype == "i32" else np.float32
                buffers[a.name] = np.ascontiguousarray(inputs[a.name], dtype=dtype)
            elif a.role == "kv_cache":
                past = np.asarray(inputs[a.name], dtype=np.float32)
                cache = np.zeros(tuple(d.evaluate(symbols) for d in parse_shape(a.shape)), np.float32)
                cache[:, :past.shape[1]] = past
                buffers[a.name] = cache
            elif a.role == "output":
                buffers[a.name] = np.empty(tuple(d.evaluate(symbols) for d in parse_shape(a.shape)), np.float32)
        self.entry.call(buffers, symbols)
        outputs = {}
        for name in self.lowered.manifest["entries"][self.spec.name]["outputs"]:
            cache = self.spec.kv_outputs.get(name)
            outputs[name] = buffers[cache] if cache else buffers[name]
        return outputs


def jit(built: BuiltModel, weights: Any = None, **option_fields: Any) -> JitFunction:
    """JIT-compile one BuiltModel; ``weights`` (checkpoint or dict) supplies its params."""
    return JitFunction(built, weights, CompileOptions(**option_fields))
