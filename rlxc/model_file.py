"""Model files: what ``rlxc compile`` reads, and the flows it builds from them.

A model file is a Hugging Face ``config.json`` (an LLM: ``prefill``, ``prefill_last``
and ``decode`` entry points, weights beside it), a GGUF file (an LLM, config and weights
in one file: :mod:`rlxc.models.gguf_input`) or a serialized flow
(``BuiltModel.to_json()``, format ``rlx-flow/1``: one entry point). Every malformed
file is a one-line :class:`~runtime.errors.ConfigError`.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rlxc.cache import digest
from rlxc.models.config import MAX_SIZE, Qwen3Config, _read_json_object, iter_expected_weights
from rlxc.models.generation import eos_token_ids
from rlx.runtime.abi import PAST_SEQ, SEQ
from rlx.runtime.errors import ConfigError, RuntimeLimitError
from rlx.runtime.gguf_weights import GGUFWeightSource, is_gguf
from rlx.runtime.weights import WeightSource, check_weights, open_checkpoint

FLOW_FORMAT = "rlx-flow/1"
DEFAULT_MAX_SEQ_CAP = 4096
_FLOW_OPTIONS = ("decode", "batch", "seq", "past_seq", "has_past", "lm_head", "export_kv",
                 "last_logits_only", "custom_mask")


@dataclass(frozen=True)
class ModelSpec:
    """A model file: ``kind`` "session" (an HF checkpoint) or "flow" (one serialized flow)."""

    kind: str
    source: Path
    config: Qwen3Config
    flow: Mapping[str, Any] | None = None
    #: the KV capacity the code is compiled for (None: the default, ``choose_max_seq``)
    capacity: int | None = None
    #: the tokens that end a generated sequence (:mod:`rlxc.models.generation`); not
    #: part of the code, so not of :meth:`fingerprint`
    eos_token_ids: tuple[int, ...] = ()
    #: compile the slotted decode too (``decode_slots``: a server's batched step, each
    #: sequence at its own position in its own KV slot)
    slot_decode: bool = False

    @property
    def weights_dir(self) -> Path:
        """Where the weights are unless told otherwise: beside the model file (in a GGUF:
        the file itself)."""
        return self.source if is_gguf(self.source) else self.source.parent

    @property
    def positions(self) -> int:
        """The rows of the RoPE tables: the positions a run of this code can reach."""
        capacity = choose_max_seq(self.config, None) if self.capacity is None else self.capacity
        return rope_positions(self.config, capacity)

    def with_capacity(self, max_seq: int) -> "ModelSpec":
        """This spec compiled for a KV capacity of ``max_seq`` (it sizes the RoPE tables)."""
        return dataclasses.replace(self, capacity=max_seq)

    def check_memory(self, batch: int, chunk: int = 0, precision: str | None = None) -> None:
        """Refuse, before anything is built, a model (at ``batch`` and this spec's capacity)
        whose weights, KV cache and RoPE tables would not fit in this machine's memory;
        ``chunk``: the prefill tokens per call (the windowed layers' ring-buffer caches); the
        matmul weights at the bytes of ``precision`` (``--quant``; unknown before the
        checkpoint is read, ``auto`` or none: f32's, an upper bound)."""
        from rlxc.models.memory import FORMAT_BYTES, check_model_memory

        capacity = choose_max_seq(self.config, self.capacity)
        kv_rows = capacity if self.kind == "session" else 0  # a flow has no KV cache of its own
        check_model_memory(self.config, batch, kv_rows, self.positions, self.source, chunk,
                           precision if precision in FORMAT_BYTES else "f32")

    def with_slot_decode(self) -> "ModelSpec":
        """This spec with the ``decode_slots`` entry (:func:`session_flows`)."""
        return dataclasses.replace(self, slot_decode=True)

    def fingerprint(self) -> str:
        slotted = {"slot_decode": True} if self.slot_decode else {}
        return digest({"kind": self.kind, "config": self.config.to_dict(), "flow": self.flow,
                       "positions": self.positions, **slotted})

    def batch(self, requested: int | None) -> int:
        """The batch the code is compiled for (a flow fixes its own)."""
        if self.kind == "flow":
            fixed = int(self.flow["options"]["batch"])
            if requested not in (None, fixed):
                raise ConfigError(f"{self.source} is a flow built for batch {fixed}, not {requested}")
            return fixed
        batch = 1 if requested is None else requested
        if batch < 1:
            raise ConfigError(f"batch must be at least 1, got {batch}")
        if batch > MAX_SIZE:
            raise ConfigError(f"batch {batch} is too large (at most {MAX_SIZE})")
        return batch


def resolve_model_path(path: str | os.PathLike) -> Path:
    """A model file, or the ``config.json`` of a model directory."""
    p = Path(path)
    if p.is_dir():
        p = p / "config.json"
    if not p.exists():
        raise ConfigError(f"model file not found: {p}")
    return p


def read_model_spec(path: str | os.PathLike) -> ModelSpec:
    """Read a config.json, a GGUF or a flow spec; every malformed file is a one-line ConfigError."""
    source = resolve_model_path(path)
    if is_gguf(source):
        return gguf_spec(source)
    data = _read_json_object(source)
    if "format" in data:
        return flow_spec(data, source)
    if "model_type" not in data:
        raise ConfigError(f"{source} is neither a Hugging Face config.json (no 'model_type') "
                          f"nor an rlx flow (no 'format': '{FLOW_FORMAT}')")
    config = Qwen3Config.from_dict(data, source=str(source))
    return ModelSpec("session", source, config, eos_token_ids=eos_token_ids(data, source, config.vocab_size))


def gguf_spec(source: Path) -> ModelSpec:
    """The LLM of a GGUF file: its config and end-of-sequence ids from the metadata."""
    from rlxc.models.gguf_input import read_gguf

    config, eos, tensors = read_gguf(source)
    tensors.close()
    return ModelSpec("session", source, config, eos_token_ids=eos)


def flow_spec(data: Mapping[str, Any], source: Path) -> ModelSpec:
    if data["format"] != FLOW_FORMAT:
        raise ConfigError(f"{source}: unknown flow format {data['format']!r}; supported: {FLOW_FORMAT}")
    if data.get("family") != "qwen3":
        raise ConfigError(f"{source}: unknown flow family {data.get('family')!r}; supported: qwen3")
    options = data.get("options")
    if not isinstance(options, dict) or any(k not in options for k in _FLOW_OPTIONS):
        missing = [k for k in _FLOW_OPTIONS if not isinstance(options, dict) or k not in options]
        raise ConfigError(f"{source}: flow 'options' lacks {', '.join(missing)}")
    for key, value in options.items():
        if key in _FLOW_OPTIONS and not _flow_option_ok(key, value):
            raise ConfigError(f"{source}: flow option '{key}' is {value!r}; expected "
                              f"{_FLOW_OPTION_KIND.get(key, 'true or false')}")
    config = Qwen3Config.from_dict(data.get("config"), source=f"{source} (config)")
    check_tap_options(options, config, source)
    return ModelSpec("flow", source, config, {"options": dict(options)})


def check_tap_options(options: Mapping[str, Any], config: Qwen3Config, source: Path) -> None:
    """The options a flow may leave out, the debug outputs of ``rlxc compare``
    (``Qwen3Flow.debug_taps``): ``taps`` true or false; ``op_taps`` a list of layer
    indices, given with ``taps``."""
    taps, layers = options.get("taps", False), options.get("op_taps", [])
    if not isinstance(taps, bool):
        raise ConfigError(f"{source}: flow option 'taps' is {taps!r}; expected true or false")
    count = config.num_hidden_layers
    if not isinstance(layers, list) or not all(
            isinstance(i, int) and not isinstance(i, bool) and 0 <= i < count for i in layers):
        raise ConfigError(f"{source}: flow option 'op_taps' is {layers!r}; expected a list of layer indices "
                          f"in [0, {count})")
    if layers and not taps:
        raise ConfigError(f"{source}: flow option 'op_taps' needs 'taps': true")


#: what each non-boolean flow option may be (the others are true or false)
_FLOW_OPTION_KIND = {"batch": "an integer >= 1", "seq": "an integer >= 1 or a symbol name such as \"SEQ\"",
                     "past_seq": "an integer >= 0 or a symbol name such as \"PAST_SEQ\""}


def _flow_option_ok(key: str, value: Any) -> bool:
    if key not in _FLOW_OPTION_KIND:
        return isinstance(value, bool)
    if isinstance(value, str):
        return key != "batch" and re.fullmatch(r"[A-Z_][A-Z0-9_]*", value) is not None
    low = 0 if key == "past_seq" else 1
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= 2**31 - 1


def qwen3_flow(cfg: Qwen3Config, options: Mapping[str, Any], positions: int | None = None):
    """The Qwen3Flow a serialized flow's options describe (what ``Qwen3Flow.options()`` wrote),
    with RoPE tables of ``positions`` rows (at least what a static ``past_seq + seq`` reaches)."""
    from rlxc.models.qwen3 import Qwen3Flow

    reach = [options[k] for k in ("seq", "past_seq") if isinstance(options[k], int)]
    if positions is not None and len(reach) == 2:
        positions = min(cfg.max_position_embeddings, max(positions, sum(reach)))
    return Qwen3Flow(cfg, decode_mode=bool(options["decode"]), batch=int(options["batch"]),
                     seq=options["seq"], past_seq=options["past_seq"], has_past=bool(options["has_past"]),
                     with_lm_head=bool(options["lm_head"]), with_kv_outputs=bool(options["export_kv"]),
                     last_logits_only=bool(options["last_logits_only"]),
                     use_custom_mask=bool(options["custom_mask"]), positions=positions,
                     taps=bool(options.get("taps", False)), op_taps=tuple(options.get("op_taps", ())))


def session_flows(cfg: Qwen3Config, weights: Any, batch: int, positions: int | None = None,
                  slot_decode: bool = False, chunk: int = 0, capacity: int = 0) -> list:
    """The entry points every LLM session has: chunked prefill, decode, and
    ``prefill_last`` (prefill with the last token's logits only: the LM head runs on
    one row per sequence, what ``Session.generate`` and ``prefill(last_only=True)`` use);
    with ``slot_decode``, ``decode_slots`` too (:meth:`Qwen3Flow.for_slot_decode`).
    ``chunk`` > 0: the prefill's tokens per call, for which the windowed layers' KV caches
    are ring buffers where that is fewer rows than ``capacity`` (the KV capacity compiled
    for: :meth:`Qwen3Flow.kv_ring`; 0: every cache has MAX_SEQ rows)."""
    from xdsl.dialects.builtin import StringAttr

    from rlxc.models.qwen3 import Qwen3Flow

    prefill = Qwen3Flow.for_prefill(cfg, batch, SEQ).dynamic_past().lm_head()
    last = Qwen3Flow.for_prefill(cfg, batch, SEQ).dynamic_past().last_token_logits()
    flows = [prefill, last, Qwen3Flow.for_decode(cfg, batch, PAST_SEQ)]
    flows += [Qwen3Flow.for_slot_decode(cfg)] if slot_decode else []
    builts = [f.rope_positions(positions).kv_ring(chunk, capacity).build(weights) for f in flows]
    builts[1].name = "prefill_last"
    builts[1].entry.sym_name = StringAttr("prefill_last")
    return builts


def build_flows(spec: ModelSpec, weights: Any, batch: int, chunk: int = 0) -> list:
    """The BuiltModels of ``spec``; ``chunk``: a session's prefill tokens per call, which
    sizes its ring-buffer KV caches (:func:`session_flows`)."""
    if spec.kind == "flow":
        return [qwen3_flow(spec.config, spec.flow["options"], spec.positions).build(weights)]
    return session_flows(spec.config, weights, batch, spec.positions, spec.slot_decode, chunk,
                         choose_max_seq(spec.config, spec.capacity))


def rope_positions(cfg: Qwen3Config, capacity: int) -> int:
    """The RoPE table rows of code compiled for KV capacity ``capacity``: the positions a
    run can reach. Never fewer than the default capacity (a ``.so`` may be run with a
    larger ``--max-seq`` than it was compiled with, up to that) nor more than the
    config's ``max_position_embeddings`` (which may be far more than any run reaches)."""
    return min(cfg.max_position_embeddings, max(capacity, DEFAULT_MAX_SEQ_CAP))


def choose_max_seq(cfg: Qwen3Config, max_seq: int | None) -> int:
    """The KV capacity: ``max_seq``, else the config's positions capped at 4096."""
    if max_seq is None:
        return min(cfg.max_position_embeddings, DEFAULT_MAX_SEQ_CAP)
    if not 1 <= max_seq <= cfg.max_position_embeddings:
        raise RuntimeLimitError(
            f"max_seq {max_seq} must be between 1 and max_position_embeddings ({cfg.max_position_embeddings})")
    return max_seq


def open_model_weights(spec: ModelSpec, weights: Any = None) -> Any:
    """The checkpoint (``weights``, else the directory beside the model file), checked
    against the config before anything is compiled."""
    if weights is None or isinstance(weights, (str, os.PathLike)):
        weights = open_checkpoint(weights if weights is not None else spec.weights_dir)
    if spec.kind == "session" and isinstance(weights, WeightSource):
        check_weights(weights, iter_expected_weights(spec.config), spec.config.tie_word_embeddings)
    return weights


def note_weight_conversions(spec: ModelSpec, weights: Any, options: Any) -> None:
    """Say which of a GGUF's Q8_0/Q4_0 tensors the code compiled with ``options`` does not
    read as stored (:func:`rlxc.models.gguf_input.note_conversions`)."""
    if spec.kind == "session" and isinstance(weights, GGUFWeightSource):
        from rlxc.models.gguf_input import note_conversions

        profile = options.profile
        note_conversions(weights, spec.config, profile.precision, profile.head_precision)
