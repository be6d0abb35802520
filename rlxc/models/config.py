"""Decoder-LLM configuration: parse and validate a Hugging Face ``config.json``.

One frozen dataclass, :class:`Qwen3Config`, describes the supported families
(``qwen3``, ``qwen2``, ``llama``, ``mistral`` and the mixtures of experts ``qwen3_moe``,
``mixtral``); they share one architecture and differ only in q/k/v/o biases, the
per-head q/k RMSNorm, which layers attend through a sliding window
(:meth:`Qwen3Config.layer_window`) and, for the MoE families, which layers' MLP is a
routed set of experts (:meth:`Qwen3Config.is_sparse_layer`).

Both serialisations are accepted:

* transformers 4.x: top-level ``rope_theta`` / ``rope_scaling`` / ``torch_dtype``;
* transformers 5.x: ``rope_parameters: {"rope_type": ..., "rope_theta": ...}`` and ``dtype``.

Absent fields take the defaults of the matching transformers config class (see
``HF_DEFAULTS``), so rlx interprets a config.json exactly as transformers would.
RoPE scaling (``linear``, ``dynamic``, ``llama3``, ``yarn``) is parsed into a
:class:`RopeScaling`; the scaled frequencies are computed by :mod:`rlxc.models.rope`.
Anything rlx cannot execute faithfully (other RoPE types such as ``longrope``, MoE
fields in a dense family, a sliding window in a MoE family, non-SiLU activations, ...)
is rejected with a one-line :class:`ConfigError`; the MoE fields are read in
:mod:`rlxc.models.moe_config`.

Sliding windows, as transformers 5.x reads them: ``mistral``'s ``sliding_window`` applies to
every layer (default 4096; ``null``: none); ``qwen2``/``qwen3`` window only with
``use_sliding_window: true``, then the layers that ``layer_types`` marks
``sliding_attention``, or without ``layer_types`` those of index ``>= max_window_layers``.
A query at position ``i`` sees the keys ``j`` with ``i - sliding_window < j <= i``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
from dataclasses import dataclass
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rlx.runtime.errors import ConfigError
from rlxc.models.moe_config import MOE_MODEL_TYPES, moe_weights, parse_moe
from rlxc.models.rope_config import RopeParser
from rlxc.models.window_config import parse_window, window_fields

SUPPORTED_MODEL_TYPES = ("qwen3", "qwen2", "llama", "mistral", *MOE_MODEL_TYPES)
SUPPORTED_DTYPES = ("float32", "float16", "bfloat16")
#: transformers' RoPE types, and ``freq_factors``: llama.cpp's per-dimension frequency
#: divisors (a GGUF's ``rope_freqs.weight``: rlxc/models/rope_config.py)
SUPPORTED_ROPE_TYPES = ("default", "linear", "dynamic", "llama3", "yarn", "freq_factors")
REQUIRED_FIELDS = ("vocab_size", "hidden_size", "intermediate_size", "num_hidden_layers",
                   "num_attention_heads")
# Sizes feed int32 index arithmetic in the generated code.
MAX_SIZE = _MAX_SIZE = 2**31 - 1
_MISSING = object()


@dataclass(frozen=True)
class ClassDefaults:
    """Defaults of one transformers config class, for fields absent from config.json.

    ``head_dim``/``num_key_value_heads`` of ``None`` mean "derive": hidden_size //
    num_attention_heads and num_attention_heads respectively. An explicit JSON ``null``
    always derives (that is what the transformers ``__post_init__`` does).
    """

    head_dim: int | None
    num_key_value_heads: int | None
    max_position_embeddings: int
    rms_norm_eps: float
    rope_theta: float
    tie_word_embeddings: bool


# Read from transformers 5.x configuration_{qwen3,qwen2,llama,mistral}.py (and RotaryEmbeddingConfigMixin
# .default_theta); the 4.x classes have the same values. Note Qwen3Config really defaults head_dim
# to 128 and Qwen2/Qwen3 default num_key_value_heads to 32 (not to num_attention_heads).
HF_DEFAULTS: dict[str, ClassDefaults] = {
    "qwen3": ClassDefaults(head_dim=128, num_key_value_heads=32, max_position_embeddings=32768,
                           rms_norm_eps=1e-6, rope_theta=10000.0, tie_word_embeddings=False),
    "qwen2": ClassDefaults(head_dim=None, num_key_value_heads=32, max_position_embeddings=32768,
                           rms_norm_eps=1e-6, rope_theta=10000.0, tie_word_embeddings=False),
    "llama": ClassDefaults(head_dim=None, num_key_value_heads=None, max_position_embeddings=2048,
                           rms_norm_eps=1e-6, rope_theta=10000.0, tie_word_embeddings=False),
    # configuration_qwen3_moe.py has no head_dim field (the attention derives it);
    # configuration_mixtral.py: default_theta 1e6, 4096 * 32 positions
    "qwen3_moe": ClassDefaults(head_dim=None, num_key_value_heads=4, max_position_embeddings=32768,
                               rms_norm_eps=1e-6, rope_theta=10000.0, tie_word_embeddings=False),
    "mixtral": ClassDefaults(head_dim=None, num_key_value_heads=8, max_position_embeddings=131072,
                             rms_norm_eps=1e-5, rope_theta=1000000.0, tie_word_embeddings=False),
    "mistral": ClassDefaults(head_dim=None, num_key_value_heads=8, max_position_embeddings=4096 * 32,
                             rms_norm_eps=1e-6, rope_theta=10000.0, tie_word_embeddings=False),
}


@dataclass(frozen=True)
class RopeScaling:
    """A non-default RoPE: the type and its parameters, as transformers 5.x reads them.

    Only the fields of ``rope_type`` are set; the others stay ``None``. ``yarn``'s
    ``original_max_position_embeddings`` is filled in with ``max_position_embeddings`` when
    absent (what transformers' ``standardize_rope_params`` does); ``mscale``/``mscale_all_dim``
    of 0 count as absent (transformers tests them for truth).
    """

    rope_type: str
    factor: float | None
    low_freq_factor: float | None = None
    high_freq_factor: float | None = None
    original_max_position_embeddings: int | None = None
    attention_factor: float | None = None
    beta_fast: float | None = None
    beta_slow: float | None = None
    mscale: float | None = None
    mscale_all_dim: float | None = None
    truncate: bool | None = None
    freq_factors: tuple[float, ...] | None = None

    def params(self) -> dict[str, Any]:
        """The parameters that are set (not ``rope_type``), in field order."""
        return {k: v for k, v in dataclasses.asdict(self).items() if k != "rope_type" and v is not None}


def _fail(message: str) -> ConfigError:
    """Build a ConfigError whose message is guaranteed to be a single line."""
    return ConfigError(message.replace("\r", "\\r").replace("\n", "\\n"))


@dataclass(frozen=True)
class Qwen3Config:
    """Validated architecture of a Qwen3 / Qwen2 / Llama decoder."""

    model_type: str
    vocab_size: int
    hidden_size: int
    intermediate_size: int
    num_hidden_layers: int
    num_attention_heads: int
    num_key_value_heads: int
    head_dim: int
    max_position_embeddings: int
    rms_norm_eps: float
    rope_theta: float
    tie_word_embeddings: bool
    attention_bias: bool
    qk_norm: bool
    torch_dtype: str
    hidden_act: str
    #: None for the default RoPE
    rope_scaling: RopeScaling | None = None
    #: mixture of experts (0: a dense model): experts per sparse layer, experts each token
    #: is routed to, and each expert's intermediate size
    num_experts: int = 0
    num_experts_per_tok: int = 0
    moe_intermediate_size: int = 0
    #: the top-k routing weights are divided by their sum (Mixtral: always)
    norm_topk_prob: bool = False
    #: layer i is sparse when (i + 1) % decoder_sparse_step == 0 and i is not in mlp_only_layers
    decoder_sparse_step: int = 1
    mlp_only_layers: tuple[int, ...] = ()

    #: keys a windowed layer's query sees (itself and the ``sliding_window - 1`` before it);
    #: None: no layer is windowed
    sliding_window: int | None = None
    #: with ``sliding_window`` and no ``layer_types``: the layers from this index on are
    #: windowed (mistral: 0, every layer)
    max_window_layers: int | None = None
    #: with ``sliding_window``: each layer's type (``full_attention`` / ``sliding_attention``),
    #: kept only when they are not "full up to some layer, windowed from it"
    layer_types: tuple[str, ...] | None = None

    def layer_window(self, index: int) -> int:
        """The sliding window of layer ``index``: 0 when it attends to every earlier key."""
        if self.sliding_window is None:
            return 0
        if self.layer_types is not None:
            windowed = self.layer_types[index] == "sliding_attention"
        else:
            windowed = index >= self.max_window_layers
        return self.sliding_window if windowed else 0

    @property
    def q_proj_dim(self) -> int:
        return self.num_attention_heads * self.head_dim

    @property
    def kv_proj_dim(self) -> int:
        return self.num_key_value_heads * self.head_dim

    @property
    def kv_group_size(self) -> int:
        return self.num_attention_heads // self.num_key_value_heads

    @property
    def is_moe(self) -> bool:
        return self.num_experts > 0

    def is_sparse_layer(self, index: int) -> bool:
        """Whether layer ``index``'s MLP is the routed experts (as ``Qwen3MoeDecoderLayer``)."""
        return (self.is_moe and index not in self.mlp_only_layers
                and (index + 1) % self.decoder_sparse_step == 0)

    @property
    def sparse_layer_count(self) -> int:
        """How many layers are sparse (without listing 2^31 layers)."""
        if not self.is_moe:
            return 0
        step, layers = self.decoder_sparse_step, self.num_hidden_layers
        dense = sum(1 for i in self.mlp_only_layers if i < layers and (i + 1) % step == 0)
        return layers // step - dense

    @property
    def o_proj_bias(self) -> bool:
        """Whether o_proj has a bias: Qwen3/Llama tie it to attention_bias, Qwen2 never has one."""
        return self.attention_bias and self.model_type != "qwen2"

    @classmethod
    def from_json(cls, path: str | Path) -> "Qwen3Config":
        """Load and validate ``path`` (a config.json)."""
        return cls.from_dict(_read_json_object(Path(path)), source=str(path))

    @classmethod
    def from_dict(cls, d: Any, source: str = "<dict>") -> "Qwen3Config":
        """Validate a parsed config.json; ``source`` names it in error messages."""
        if not isinstance(d, dict):
            raise _fail(f"{source}: config must be a JSON object, got {type(d).__name__}")
        return _Parser(d, source).parse()

    def to_dict(self) -> dict[str, Any]:
        """Canonical dict of every field, keys sorted (``rope_scaling`` only when there is one).

        ``rope_scaling`` is written as a 4.x-style section, so ``from_dict`` reads it back."""
        d = dataclasses.asdict(self)
        if not self.is_moe:  # a dense model's dict (and fingerprint) as before the MoE fields
            for key in _MOE_FIELDS:
                del d[key]
        else:
            d["mlp_only_layers"] = list(self.mlp_only_layers)
        if d["rope_scaling"] is None:
            del d["rope_scaling"]
        else:
            d["rope_scaling"] = {k: v for k, v in d["rope_scaling"].items() if v is not None}
        for key in ("sliding_window", "max_window_layers", "layer_types"):
            del d[key]
        d.update(window_fields(self))
        return dict(sorted(d.items()))

    def fingerprint(self) -> str:
        """sha256 hex digest of the canonical JSON; stable across runs, for cache keys."""
        text = json.dumps(self.to_dict(), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


_MOE_FIELDS = ("num_experts", "num_experts_per_tok", "moe_intermediate_size", "norm_topk_prob",
               "decoder_sparse_step", "mlp_only_layers")


def _read_json_object(path: Path) -> dict[str, Any]:
    """Read ``path`` as JSON, mapping every failure to a one-line ConfigError."""
    if not path.is_file():
        raise _fail(f"config file not found: {path}")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise _fail(f"cannot read config file {path}: {e}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise _fail(f"{path} is not valid JSON: {e.msg} (line {e.lineno} column {e.colno})") from None
    except (ValueError, RecursionError) as e:
        raise _fail(f"{path} is not valid JSON: {e}") from None
    if not isinstance(data, dict):
        raise _fail(f"{path}: top level must be a JSON object, got {type(data).__name__}")
    return data


class _Parser:
    """Field-by-field validation of one config dict (kept as a class to share ``src``)."""

    def __init__(self, d: dict[str, Any], source: str):
        self.d = d
        self.src = source

    # -- typed field readers -------------------------------------------------------------

    def int_field(self, key: str, default: Any = _MISSING, minimum: int = 1) -> int:
        """A JSON integer (bools rejected) in [minimum, 2**31-1]; null counts as absent."""
        value = self.d.get(key)
        if value is None:
            if default is _MISSING:
                raise _fail(f"{self.src}: missing required field '{key}'")
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            raise _fail(f"{self.src}: field '{key}' must be an integer, got {_describe(value)}")
        if value < minimum:
            raise _fail(f"{self.src}: field '{key}' must be >= {minimum}, got {value}")
        if value > _MAX_SIZE:
            raise _fail(f"{self.src}: field '{key}' is too large ({value} > {_MAX_SIZE})")
        return value

    def float_field(self, key: str, default: float, value: Any = _MISSING) -> float:
        """A finite positive JSON number (int or float, not bool); null counts as absent."""
        if value is _MISSING:
            value = self.d.get(key)
        if value is None:
            return float(default)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise _fail(f"{self.src}: field '{key}' must be a number, got {_describe(value)}")
        try:
            result = float(value)
        except OverflowError:
            raise _fail(f"{self.src}: field '{key}' is out of range") from None
        if not math.isfinite(result) or result <= 0.0:
            raise _fail(f"{self.src}: field '{key}' must be a finite number > 0, got {value!r}")
        return result

    def bool_field(self, key: str, default: bool) -> bool:
        value = self.d.get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise _fail(f"{self.src}: field '{key}' must be true or false, got {_describe(value)}")
        return value

    def str_field(self, key: str, default: str | None) -> str | None:
        value = self.d.get(key)
        if value is None:
            return default
        if not isinstance(value, str):
            raise _fail(f"{self.src}: field '{key}' must be a string, got {_describe(value)}")
        return value

    # -- the parse -----------------------------------------------------------------------

    def parse(self) -> Qwen3Config:
        model_type = self.model_type()
        defaults = HF_DEFAULTS[model_type]
        self.reject_unsupported(model_type)
        sizes = {key: self.int_field(key) for key in REQUIRED_FIELDS}
        heads = sizes["num_attention_heads"]
        kv_heads = self.kv_heads(defaults, heads)
        max_positions = self.int_field("max_position_embeddings", defaults.max_position_embeddings)
        head_dim = self.head_dim(defaults, sizes["hidden_size"], heads)
        theta, scaling = self.rope(defaults, max_positions, head_dim)
        window, max_window_layers, layer_types = parse_window(self, model_type, sizes["num_hidden_layers"])
        return Qwen3Config(
            model_type=model_type,
            **sizes,
            num_key_value_heads=kv_heads,
            head_dim=head_dim,
            max_position_embeddings=max_positions,
            rms_norm_eps=self.float_field("rms_norm_eps", defaults.rms_norm_eps),
            rope_theta=theta,
            tie_word_embeddings=self.bool_field("tie_word_embeddings", defaults.tie_word_embeddings),
            attention_bias=self.attention_bias(model_type),
            qk_norm=model_type in ("qwen3", "qwen3_moe"),
            torch_dtype=self.dtype(),
            hidden_act=self.hidden_act(),
            rope_scaling=scaling,
            **(parse_moe(self, model_type, sizes) if model_type in MOE_MODEL_TYPES else {}),
            sliding_window=window,
            max_window_layers=max_window_layers,
            layer_types=layer_types,
        )

    def model_type(self) -> str:
        model_type = self.d.get("model_type")
        if model_type not in SUPPORTED_MODEL_TYPES:
            shown = repr(model_type) if isinstance(model_type, str) else _describe(model_type)
            raise _fail(f"unknown model_type {shown} in {self.src}; "
                        f"supported: {', '.join(SUPPORTED_MODEL_TYPES)}")
        return model_type

    def kv_heads(self, defaults: ClassDefaults, heads: int) -> int:
        """num_key_value_heads: class default when absent, num_attention_heads when null."""
        default = defaults.num_key_value_heads
        if "num_key_value_heads" in self.d and self.d["num_key_value_heads"] is None:
            default = None
        kv_heads = self.int_field("num_key_value_heads", default)
        kv_heads = heads if kv_heads is None else kv_heads
        if heads % kv_heads != 0:
            raise _fail(f"{self.src}: num_attention_heads ({heads}) is not divisible by "
                        f"num_key_value_heads ({kv_heads})")
        return kv_heads

    def head_dim(self, defaults: ClassDefaults, hidden: int, heads: int) -> int:
        """head_dim: explicit, else the class default, else hidden_size // num_attention_heads."""
        default = defaults.head_dim
        if "head_dim" in self.d and self.d["head_dim"] is None:
            default = None
        head_dim = self.int_field("head_dim", default)
        if head_dim is None:
            if hidden % heads != 0:
                raise _fail(f"{self.src}: hidden_size ({hidden}) is not divisible by "
                            f"num_attention_heads ({heads}) and head_dim is not given")
            head_dim = hidden // heads
        if head_dim % 2 != 0:
            raise _fail(f"{self.src}: head_dim must be even for rotary embeddings, got {head_dim}")
        return head_dim

    def rope(self, defaults: ClassDefaults, max_positions: int, head_dim: int) -> tuple[float, RopeScaling | None]:
        """rope_theta and the scaling, from rope_scaling (4.x) or rope_parameters (5.x).

        Priority mirrors transformers' ``convert_rope_params_to_dict``: a non-empty
        ``rope_scaling`` replaces ``rope_parameters``; its ``rope_theta`` beats the top-level one.
        """
        section = "rope_scaling" if self.d.get("rope_scaling") else "rope_parameters"
        params = self.d.get(section) or {}
        if not isinstance(params, dict):
            raise _fail(f"{self.src}: rope_parameters/rope_scaling must be an object, "
                        f"got {_describe(params)}")
        if any(isinstance(v, dict) for v in params.values()):
            raise _fail(f"{self.src}: per-layer-type rope_parameters are not supported")
        for key, value in ((f"{section}.partial_rotary_factor", params.get("partial_rotary_factor")),
                           ("partial_rotary_factor", self.d.get("partial_rotary_factor"))):
            if value is not None and value != 1.0:
                raise _fail(f"{self.src}: field '{key}' is {_describe(value)}: partial rotary "
                            f"embeddings are not supported (only 1.0)")
        type_key = "rope_type" if "rope_type" in params else "type"
        rope_type = params.get(type_key, "default")
        if rope_type not in SUPPORTED_ROPE_TYPES:
            shown = repr(rope_type) if isinstance(rope_type, str) else _describe(rope_type)
            raise _fail(f"rope scaling {shown} (field '{section}.{type_key}') is not supported "
                        f"(in {self.src}); supported: {', '.join(SUPPORTED_ROPE_TYPES)}")
        theta = params.get("rope_theta")
        key = f"{section}.rope_theta"
        if theta is None:
            theta, key = self.d.get("rope_theta"), "rope_theta"
        theta = self.float_field(key, defaults.rope_theta, value=theta)
        if rope_type == "default":
            return theta, None
        return theta, RopeParser(self, params, section, rope_type).parse(max_positions, head_dim)

    def attention_bias(self, model_type: str) -> bool:
        """Qwen2 always has q/k/v biases, Mistral never (hard-coded in transformers); the
        others read the field."""
        configured = self.bool_field("attention_bias", False)
        return {"qwen2": True, "mistral": False, "mixtral": False}.get(model_type, configured)

    def dtype(self) -> str:
        """``dtype`` (5.x) wins over ``torch_dtype`` (4.x), as in PreTrainedConfig; default float32."""
        key = "dtype" if self.d.get("dtype") is not None else "torch_dtype"
        value = self.str_field(key, "float32")
        if value not in SUPPORTED_DTYPES:
            raise _fail(f"{self.src}: unsupported {key} {value!r}; "
                        f"supported: {', '.join(SUPPORTED_DTYPES)}")
        return value

    def hidden_act(self) -> str:
        value = self.str_field("hidden_act", "silu")
        if value != "silu":
            raise _fail(f"{self.src}: hidden_act {value!r} is not supported; only 'silu'")
        return value

    def reject_unsupported(self, model_type: str) -> None:
        """Features transformers would honour but rlx cannot execute: fail instead of diverging."""
        if model_type in ("llama", *MOE_MODEL_TYPES):
            family = "llama (a mistral config has 'sliding_window')" if model_type == "llama" else model_type
            if self.bool_field("use_sliding_window", False):
                raise _fail(f"{self.src}: sliding window attention (use_sliding_window: true) "
                            f"is not supported for {family}")
            layer_types = self.d.get("layer_types")
            if layer_types is not None and (not isinstance(layer_types, list) or
                                            any(t != "full_attention" for t in layer_types)):
                raise _fail(f"{self.src}: layer_types other than 'full_attention' are not supported for "
                            f"{model_type}")
        if model_type == "mixtral" and self.d.get("sliding_window") is not None:
            raise _fail(f"{self.src}: sliding window attention (sliding_window: "
                        f"{_describe(self.d['sliding_window'])}) is not supported")
        moe_keys = ("n_routed_experts",) if model_type in MOE_MODEL_TYPES else \
            ("num_experts", "num_local_experts", "n_routed_experts")
        for key in moe_keys:
            if self.int_field(key, 0, minimum=0) > 0:
                raise _fail(f"{self.src}: mixture-of-experts ({key}={self.d[key]}) "
                            f"is not supported")
        if model_type == "llama" and self.bool_field("mlp_bias", False):
            raise _fail(f"{self.src}: mlp_bias: true is not supported")


def _describe(value: Any) -> str:
    """Short, single-line description of a bad JSON value for error messages."""
    type_name = {bool: "boolean", int: "integer", float: "number", str: "string",
                 list: "array", dict: "object", type(None): "null"}.get(type(value),
                                                                        type(value).__name__)
    text = repr(value)
    if len(text) > 40:
        text = text[:37] + "..."
    return f"{type_name} {text}"


def expected_weights(cfg: Qwen3Config) -> dict[str, tuple[int, ...]]:
    """Every Hugging Face tensor name the model needs, with its shape ([out, in] for linears)."""
    return dict(iter_expected_weights(cfg))


def iter_expected_weights(cfg: Qwen3Config) -> Iterator[tuple[str, tuple[int, ...]]]:
    """``expected_weights`` one at a time, in the same order: a check against a checkpoint
    stops at the first missing tensor instead of listing 2^31 layers first."""
    h, v = cfg.hidden_size, cfg.vocab_size
    yield "model.embed_tokens.weight", (v, h)
    for i in range(cfg.num_hidden_layers):
        yield from _layer_weights(cfg, f"model.layers.{i}.").items()
    yield "model.norm.weight", (h,)
    if not cfg.tie_word_embeddings:
        yield "lm_head.weight", (v, h)


def _layer_weights(cfg: Qwen3Config, p: str) -> dict[str, tuple[int, ...]]:
    """Tensors of one decoder layer; ``p`` is the ``model.layers.{i}.`` prefix."""
    h, q, kv, inter = cfg.hidden_size, cfg.q_proj_dim, cfg.kv_proj_dim, cfg.intermediate_size
    w: dict[str, tuple[int, ...]] = {
        p + "input_layernorm.weight": (h,),
        p + "self_attn.q_proj.weight": (q, h),
        p + "self_attn.k_proj.weight": (kv, h),
        p + "self_attn.v_proj.weight": (kv, h),
        p + "self_attn.o_proj.weight": (h, q),
    }
    if cfg.attention_bias:
        w[p + "self_attn.q_proj.bias"] = (q,)
        w[p + "self_attn.k_proj.bias"] = (kv,)
        w[p + "self_attn.v_proj.bias"] = (kv,)
    if cfg.o_proj_bias:
        w[p + "self_attn.o_proj.bias"] = (h,)
    if cfg.qk_norm:
        w[p + "self_attn.q_norm.weight"] = (cfg.head_dim,)
        w[p + "self_attn.k_norm.weight"] = (cfg.head_dim,)
    w[p + "post_attention_layernorm.weight"] = (h,)
    index = int(p.split(".")[2])
    if cfg.is_sparse_layer(index):
        w.update(moe_weights(cfg, p))
        return w
    w[p + "mlp.gate_proj.weight"] = (inter, h)
    w[p + "mlp.up_proj.weight"] = (inter, h)
    w[p + "mlp.down_proj.weight"] = (h, inter)
    return w
