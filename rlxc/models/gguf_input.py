"""GGUF files as model input: the config, end-of-sequence ids and tokenizer of a GGUF's metadata.

``rlxc run|compile model.gguf`` and ``rlxc.load("model.gguf")`` read the model from one
file. Its tensors are a :class:`~rlx.runtime.gguf_weights.GGUFWeightSource` (Hugging
Face names, llama's Q/K permutation undone, Q8_0/Q4_0 blocks kept as stored); here the
metadata llama.cpp's converter writes (keys from the ``gguf`` package's ``Keys``) becomes
the Hugging Face ``config.json`` it was converted from -- a dict validated by the same
:meth:`Qwen3Config.from_dict` as a real one, so a GGUF means exactly what its config
would. The architectures are ``llama``, ``qwen2``, ``qwen3`` and the mixture of experts
``qwen3moe`` (its expert metadata and stacked expert tensors: :mod:`rlxc.models.gguf_moe`);
the sizes a config leaves to its class (``vocab_size``, tied embeddings, q/k/v biases) are
read off the tensors; a llama's ``rope_freqs.weight`` (llama3's RoPE scaling as llama.cpp's
converter stores it: one frequency divisor per rotated pair) becomes the config's RoPE
scaling ``freq_factors`` (:mod:`rlxc.models.rope_config`). What rlx does not implement
(another mixture of experts, another RoPE scaling, a sliding window whose layers the file
does not say, a tensor of a ggml type it cannot read, an unknown tensor) is a one-line
:class:`ConfigError` naming the field or tensor. A sliding window
(``attention.sliding_window``) is read where its layers are unambiguous
(:func:`sliding_window`): a ``llama`` with one is a Mistral (every layer windowed).

A GGUF carrying a byte-level BPE tokenizer (``tokenizer.ggml.model`` ``gpt2``: its tokens
and merges, the pre-tokenizer named by ``tokenizer.ggml.pre``) gives ``--prompt`` a
``tokenizers`` tokenizer (:func:`gguf_tokenizer`).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

from rlx.runtime.durable import notice
from rlx.runtime.errors import ConfigError, RlxError
from rlx.runtime.gguf_file import gguf_package
from rlx.runtime.gguf_weights import BLOCK_DTYPES, READABLE_TYPES, GGUFWeightSource, field_value, int_field
from rlxc.models.config import Qwen3Config, iter_expected_weights
from rlxc.models.gguf_moe import MOE_ARCHITECTURES, is_expert, is_int, moe_fields, stacked_expected

#: llama.cpp's default ``rope.freq_base`` (``llama_hparams``), as transformers' rope_theta
DEFAULT_ROPE_BASE = 10000.0
#: the RoPE scalings a GGUF can name that transformers has too
ROPE_SCALINGS = ("linear", "yarn")
#: llama.cpp's RoPE frequency factors (llama3's scaling, as its converter writes it): the
#: architectures whose llama.cpp graph reads them
ROPE_FREQS = "rope_freqs.weight"
ROPE_FREQS_ARCHITECTURES = ("llama",)
#: a Hugging Face tensor name: ``model.layers.<layer>.<what>.<weight|bias>`` or ``<what>.<...>``
_HF_NAME = re.compile(r"^(?:model\.layers\.(\d+)\.)?(.+)\.(weight|bias)$")
#: the dtype a config.json would say, from the matmul weights' common type
TORCH_DTYPES = {"BF16": "bfloat16", "F16": "float16"}


def read_gguf(path: Path) -> tuple[Qwen3Config, tuple[int, ...], GGUFWeightSource]:
    """The config, end-of-sequence ids and tensors of the GGUF file ``path``."""
    source = GGUFWeightSource(path)
    try:
        config = Qwen3Config.from_dict(config_dict(source), source=f"{path} (GGUF metadata)")
        check_tensors(source, config)
        return config, eos_ids(source, config.vocab_size), source
    except BaseException:
        source.close()
        raise


class _Fields:
    """Typed reads of one GGUF's ``{arch}.*`` fields, each error naming the field."""

    def __init__(self, source: GGUFWeightSource):
        self.source, self.file, self.arch = source, source.file, source.arch
        self.keys = gguf_package().Keys

    def key(self, template: str) -> str:
        return template.format(arch=self.arch)

    def int(self, template: str, default: int | None = None) -> int:
        return int_field(self.file, self.key(template), default)

    def number(self, template: str, default: float | None = None) -> float | None:
        """A finite number > 0; a float32 field as the shortest decimal that is that float32
        (``1e-06``, not ``9.99999997e-07``: what the config.json it came from said)."""
        key = self.key(template)
        value = field_value(self.file, key)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
            raise ConfigError(f"{self.file.path}: GGUF field '{key}' must be a number > 0, got {value!r}"[:300])
        value = float(value)
        return float(str(np.float32(value))) if float(np.float32(value)) == value else value

    def text(self, template: str) -> str | None:
        key = self.key(template)
        value = field_value(self.file, key)
        if value is not None and not isinstance(value, str):
            raise ConfigError(f"{self.file.path}: GGUF field '{key}' must be a string, got {value!r}"[:300])
        return value

    def present(self, template: str) -> bool:
        return self.key(template) in self.file.fields

    def value(self, template: str) -> Any:
        """The field's value as stored (None: absent)."""
        return field_value(self.file, self.key(template))


def config_dict(source: GGUFWeightSource) -> dict[str, Any]:
    """The Hugging Face ``config.json`` (as a dict) a GGUF's metadata and tensors describe."""
    check_architecture(source)
    f = _Fields(source)
    llm, attn, rope = f.keys.LLM, f.keys.Attention, f.keys.Rope
    reject_unsupported(f)
    heads = f.int(attn.HEAD_COUNT)
    hidden = f.int(llm.EMBEDDING_LENGTH)
    dim = head_dim(f, hidden, heads)
    layers = f.int(llm.BLOCK_COUNT)
    moe = moe_fields(f) if source.arch in MOE_ARCHITECTURES else {}
    return {
        "model_type": MOE_ARCHITECTURES.get(source.arch, source.arch),
        "vocab_size": vocab_size(source),
        "hidden_size": hidden,
        "intermediate_size": f.int(llm.FEED_FORWARD_LENGTH),
        "num_hidden_layers": layers,
        "num_attention_heads": heads,
        "num_key_value_heads": f.int(attn.HEAD_COUNT_KV, heads),
        "head_dim": dim,
        "max_position_embeddings": f.int(llm.CONTEXT_LENGTH),
        "rms_norm_eps": f.number(attn.LAYERNORM_RMS_EPS) or _missing(f, attn.LAYERNORM_RMS_EPS),
        "rope_theta": f.number(rope.FREQ_BASE, DEFAULT_ROPE_BASE),
        "rope_scaling": rope_scaling(f, dim),
        "tie_word_embeddings": "lm_head.weight" not in source,
        "attention_bias": "model.layers.0.self_attn.q_proj.bias" in source,
        "torch_dtype": torch_dtype(source),
        "hidden_act": "silu",
        **moe,
        **sliding_window(f, layers),
    }


def _missing(f: _Fields, template: str):
    raise ConfigError(f"{f.file.path}: missing GGUF field '{f.key(template)}'")


#: the GGUF architectures rlx reads (a Mistral GGUF is ``llama``, a Mistral only when it
#: says its sliding window: a mistral config would otherwise default to 4096)
GGUF_ARCHITECTURES = ("qwen3", "qwen2", "llama", *MOE_ARCHITECTURES)


def check_architecture(source: GGUFWeightSource) -> None:
    arch = source.arch
    if arch in GGUF_ARCHITECTURES:
        return
    key = gguf_package().Keys.General.ARCHITECTURE
    if arch.endswith("moe"):
        raise ConfigError(f"{source.path}: GGUF architecture '{arch}' ({key}) is a mixture of experts rlx "
                          f"does not read; supported: {', '.join(GGUF_ARCHITECTURES)}")
    raise ConfigError(f"{source.path}: GGUF architecture '{arch}' ({key}) is not supported; "
                      f"supported: {', '.join(GGUF_ARCHITECTURES)}")


def reject_unsupported(f: _Fields) -> None:
    """Metadata that asks for what rlx does not implement: fail instead of diverging."""
    llm, attn = f.keys.LLM, f.keys.Attention
    if f.arch not in MOE_ARCHITECTURES and f.present(llm.EXPERT_COUNT) and not is_int(f.value(llm.EXPERT_COUNT), 0):
        raise ConfigError(f"{f.file.path}: mixture of experts (GGUF field '{f.key(llm.EXPERT_COUNT)}') "
                          f"is not implemented")


#: the architectures whose windowed layers ``sliding_window_pattern`` names (transformers'
#: layer_types); a llama windows every layer (a Mistral)
PATTERNED_WINDOW_ARCHITECTURES = ("qwen2", "qwen3")


def sliding_window(f: _Fields, layers: int) -> dict[str, Any]:
    """``attention.sliding_window`` as config.json's fields: a ``llama`` is then a Mistral,
    windowed on every layer (a ``sliding_window_pattern``, one boolean per layer, true:
    windowed, must say so too); a qwen2/qwen3 needs the pattern (which layers
    ``max_window_layers`` windows is not in the metadata): its layer_types."""
    key, pattern_key = f.key(f.keys.Attention.SLIDING_WINDOW), f.key(f.keys.Attention.SLIDING_WINDOW_PATTERN)
    if key not in f.file.fields:
        if pattern_key in f.file.fields:
            raise ConfigError(f"{f.file.path}: GGUF field '{pattern_key}' (a sliding window pattern) without '{key}'")
        return {}
    if f.arch != "llama" and f.arch not in PATTERNED_WINDOW_ARCHITECTURES:
        raise ConfigError(f"{f.file.path}: sliding window attention (GGUF field '{key}') is not supported "
                          f"for {f.arch}")
    window, pattern = int_field(f.file, key), window_pattern(f, pattern_key, layers)
    if f.arch == "llama":
        if pattern is not None and not all(pattern):
            raise ConfigError(f"{f.file.path}: GGUF field '{pattern_key}' has full-attention layers: a llama "
                              f"(Mistral) with a sliding window windows every layer")
        return {"model_type": "mistral", "sliding_window": window}
    if pattern is None:
        raise ConfigError(f"{f.file.path}: GGUF field '{key}' without '{pattern_key}': which layers of a "
                          f"{f.arch} are windowed is not in the file (transformers' max_window_layers)")
    return {"use_sliding_window": True, "sliding_window": window,
            "layer_types": ["sliding_attention" if w else "full_attention" for w in pattern]}


def window_pattern(f: _Fields, key: str, layers: int) -> tuple[bool, ...] | None:
    """``sliding_window_pattern`` as one boolean per layer (None: absent)."""
    value = field_value(f.file, key)
    if value is None:
        return None
    if not isinstance(value, np.ndarray) or value.dtype != bool or value.shape != (layers,):
        raise ConfigError(f"{f.file.path}: GGUF field '{key}' must be one boolean per layer ({layers}), "
                          f"got {value!r}"[:300])
    return tuple(bool(v) for v in value)


def vocab_size(source: GGUFWeightSource) -> int:
    """The rows of the embedding table (what a config's vocab_size sizes)."""
    if "model.embed_tokens.weight" not in source:
        raise ConfigError(f"{source.path}: missing tensor 'token_embd.weight' (the token embeddings)")
    return source.shape("model.embed_tokens.weight")[0]


def head_dim(f: _Fields, hidden: int, heads: int) -> int:
    """``attention.key_length`` (= ``value_length``), else hidden / heads as llama.cpp
    derives it; ``rope.dimension_count`` must be all of it (no partial rotary)."""
    attn, rope = f.keys.Attention, f.keys.Rope
    default = hidden // heads if hidden % heads == 0 else None
    if default is None and not f.present(attn.KEY_LENGTH):
        raise ConfigError(f"{f.file.path}: the head dim cannot be derived: '{f.key(f.keys.LLM.EMBEDDING_LENGTH)}' "
                          f"({hidden}) is not divisible by '{f.key(attn.HEAD_COUNT)}' ({heads}) and "
                          f"'{f.key(attn.KEY_LENGTH)}' is not given")
    key_length = f.int(attn.KEY_LENGTH, default)
    value_length = f.int(attn.VALUE_LENGTH, key_length)
    if value_length != key_length:
        raise ConfigError(f"{f.file.path}: key and value head dims differ ('{f.key(attn.KEY_LENGTH)}' "
                          f"{key_length}, '{f.key(attn.VALUE_LENGTH)}' {value_length}): not supported")
    rotary = f.int(rope.DIMENSION_COUNT, key_length)
    if rotary != key_length:
        raise ConfigError(f"{f.file.path}: '{f.key(rope.DIMENSION_COUNT)}' is {rotary}, not the head dim "
                          f"{key_length}: partial rotary embeddings are not supported")
    return key_length


def rope_scaling(f: _Fields, dim: int) -> dict[str, Any] | None:
    """``rope.scaling.*`` as transformers' ``rope_scaling`` (linear, yarn; none: None); a
    llama's ``rope_freqs.weight`` as rlx's ``freq_factors``."""
    rope = f.keys.Rope
    kind = f.text(rope.SCALING_TYPE)
    factors = rope_freq_factors(f, dim)
    if factors is not None:
        if kind not in (None, "none"):
            raise ConfigError(f"{f.file.path}: tensor '{ROPE_FREQS}' (RoPE frequency factors) and RoPE scaling "
                              f"'{kind}' ('{f.key(rope.SCALING_TYPE)}') together are not supported")
        return {"rope_type": "freq_factors", "freq_factors": factors}
    if kind in (None, "none"):
        return None
    if kind not in ROPE_SCALINGS:
        raise ConfigError(f"{f.file.path}: RoPE scaling '{kind}' (GGUF field '{f.key(rope.SCALING_TYPE)}') "
                          f"is not supported; supported: none, {', '.join(ROPE_SCALINGS)}")
    factor = f.number(rope.SCALING_FACTOR) or _missing(f, rope.SCALING_FACTOR)
    if kind == "linear":
        return {"rope_type": "linear", "factor": factor}
    for unsupported in (rope.SCALING_ATTN_FACTOR, rope.SCALING_YARN_EXT_FACTOR, rope.SCALING_YARN_ATTN_FACTOR,
                        rope.SCALING_YARN_LOG_MUL):
        if f.present(unsupported):
            raise ConfigError(f"{f.file.path}: YaRN parameter '{f.key(unsupported)}' (a GGUF field) is not "
                              f"supported")
    scaling = {"rope_type": "yarn", "factor": factor,
               "original_max_position_embeddings": f.int(rope.SCALING_ORIG_CTX_LEN)}
    for key, template in (("beta_fast", rope.SCALING_YARN_BETA_FAST), ("beta_slow", rope.SCALING_YARN_BETA_SLOW)):
        if f.present(template):
            scaling[key] = f.number(template)
    return scaling


def rope_freq_factors(f: _Fields, dim: int) -> list[float] | None:
    """The values of ``rope_freqs.weight`` (F32, one per rotated pair, each finite > 0), or
    None: no such tensor, or an architecture whose llama.cpp graph does not read it
    (:func:`check_tensors` refuses it there)."""
    entry = f.file.tensors.get(ROPE_FREQS)
    if entry is None or f.arch not in ROPE_FREQS_ARCHITECTURES:
        return None
    if entry.ggml_type != "F32":
        raise ConfigError(f"{f.file.path}: tensor '{ROPE_FREQS}' is {entry.ggml_type}; RoPE frequency factors "
                          f"are read in F32")
    if entry.shape != (dim // 2,):
        raise ConfigError(f"{f.file.path}: tensor '{ROPE_FREQS}' has shape {list(entry.shape)}, expected "
                          f"[{dim // 2}] (a RoPE frequency factor per pair of the head dim {dim})")
    values = f.file.data(entry, "<f4").astype(np.float64)
    if not (np.isfinite(values) & (values > 0)).all():
        raise ConfigError(f"{f.file.path}: tensor '{ROPE_FREQS}' holds a RoPE frequency factor that is not a "
                          f"finite number > 0")
    return [float(str(np.float32(v))) if float(np.float32(v)) == v else float(v) for v in values]


def torch_dtype(source: GGUFWeightSource) -> str:
    """bfloat16 / float16 when every matmul weight is stored so, else float32."""
    kinds = {source.dtype(n) for n in source.names() if n.endswith("proj.weight")}
    return TORCH_DTYPES.get(kinds.pop(), "float32") if len(kinds) == 1 else "float32"


def check_tensors(source: GGUFWeightSource, cfg: Qwen3Config) -> None:
    """Every tensor the model reads is in the file, of its shape and a type rlx reads; no
    tensor is one rlx would silently ignore."""
    for name in source.unmapped:
        if name == ROPE_FREQS and source.arch in ROPE_FREQS_ARCHITECTURES:
            continue  # the config's RoPE scaling (rope_freq_factors)
        raise ConfigError(f"{source.path}: tensor '{name}' is not one rlx's {source.arch} reads")
    expected = stacked_expected(iter_expected_weights(cfg))
    for name in source.names():
        if name not in expected:
            dense = cfg.is_moe and ".mlp." in name and not is_expert(name)
            raise ConfigError(f"{source.path}: tensor '{source.gguf_name(name)}' is not one a {source.arch} "
                              f"of this config has" + (f": every layer of a GGUF {source.arch} is sparse (llama.cpp's "
                                                       f"has no dense layers)" if dense else ""))
    for name, shape in expected.items():
        if name not in source:
            raise ConfigError(f"{source.path}: missing tensor '{gguf_tensor_name(name)}' ({name}, "
                              f"shape {list(shape)})")
        t = source.tensor(name)
        if t.dtype not in READABLE_TYPES:
            raise ConfigError(f"{source.path}: tensor '{t.entry.name}' is {t.dtype}, a type rlx cannot read "
                              f"(it reads {', '.join(READABLE_TYPES)})")
        if t.shape != tuple(shape):
            raise ConfigError(f"{source.path}: tensor '{t.entry.name}' has shape {list(t.shape)}, expected "
                              f"{list(shape)} ({name})")


def gguf_tensor_name(hf: str) -> str:
    """llama.cpp's name of the Hugging Face tensor ``hf`` (for messages)."""
    from rlx.runtime.gguf_weights import hf_names

    layer, what, kind = _HF_NAME.match(hf).groups()
    key = what if layer is None else "model.layers.{bid}." + what
    for gguf_template, hf_template in hf_names(gguf_package()).items():
        if hf_template == key:
            return gguf_template.format(bid=layer) + "." + kind
    return hf


def eos_ids(source: GGUFWeightSource, vocab: int) -> tuple[int, ...]:
    """The tokens that end a sequence: the tokenizer's end-of-sequence, end-of-turn and
    end-of-message ids (llama.cpp's end-of-generation set), those inside the vocabulary."""
    keys = gguf_package().Keys.Tokenizer
    ids = []
    for key in (keys.EOS_ID, keys.EOT_ID, keys.EOM_ID):
        value = field_value(source.file, key)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < vocab:
            raise ConfigError(f"{source.path}: GGUF field '{key}' must be a token id in [0, {vocab}), "
                              f"got {value!r}"[:300])
        ids.append(value)
    return tuple(dict.fromkeys(ids))


# -- what a compile keeps of the stored types


def note_conversions(source: GGUFWeightSource, cfg: Qwen3Config, precision: str, head: str | None) -> None:
    """Say which Q8_0/Q4_0 tensors the code does not read as the blocks they are stored in
    (rlx stores the matmul weights in one format and the head in another, and reads an
    untied embedding table in f32): they are dequantized (and quantized again for
    another block format)."""
    for (stored, fmt), names in converted_tensors(source, cfg, precision, head or precision).items():
        shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
        what = "dequantized to f32" if fmt == "f32" else f"dequantized and quantized again as {fmt}"
        notice(f"rlxc: {source.path}: {len(names)} {stored} tensor{'s' if len(names) > 1 else ''} "
               f"{what} ({shown})")


def converted_tensors(source: GGUFWeightSource, cfg: Qwen3Config, precision: str,
                      head: str) -> dict[tuple[str, str], list[str]]:
    """(stored block type, format read in) -> llama.cpp names of the tensors stored in a
    block type the code reads in another format (the rules of ``rlx-weight-format``)."""
    found: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name, _ in iter_expected_weights(cfg):
        stored = source.dtype(name) if name in source else None
        if stored not in BLOCK_DTYPES:
            continue
        fmt = read_format(name, cfg, precision, head)
        if fmt != stored.lower():
            found[(stored, fmt)].append(source.gguf_name(name))
    return dict(found)


def read_format(name: str, cfg: Qwen3Config, precision: str, head: str) -> str:
    """The format the compiled code reads the weight ``name`` in."""
    if name == "lm_head.weight" or (name == "model.embed_tokens.weight" and cfg.tie_word_embeddings):
        return head
    if name.endswith("proj.weight"):  # the experts' stacks too
        return precision
    return "f32"  # norms, biases, an untied embedding table


# -- the tokenizer


#: ``tokenizer.ggml.pre`` -> the split regex of the pre-tokenizer (None: GPT-2's ByteLevel
#: regex), as the tokenizer.json files of those families have them
PRE_TOKENIZERS = {
    "default": None,
    "gpt-2": None,
    "qwen2": r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*"
             r"|\s*[\r\n]+|\s+(?!\S)|\s+",
    "llama-bpe": r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*"
                 r"|\s*[\r\n]+|\s+(?!\S)|\s+",
}
BPE_MODEL = "gpt2"


def gguf_tokenizer(path: Path):
    """The ``tokenizers`` tokenizer a GGUF carries: its ``tokenizer.huggingface.json``, else
    one built from its byte-level BPE tokens and merges. Else an RlxError saying ``--prompt``
    needs one and ids work."""
    try:
        import tokenizers
    except ImportError:
        raise RlxError("--prompt needs the 'tokenizers' package: pip install 'rlx[tokenizer]'") from None
    source = GGUFWeightSource(path)
    try:
        keys = gguf_package().Keys.Tokenizer
        embedded = field_value(source.file, keys.HF_JSON)
        if isinstance(embedded, str):
            try:
                return tokenizers.Tokenizer.from_str(embedded)
            except Exception as err:  # tokenizers raises its own exception types
                raise RlxError(f"{path}: '{keys.HF_JSON}' is not a tokenizer: {str(err).splitlines()[0]}") from None
        return bpe_tokenizer(tokenizers, source, keys)
    finally:
        source.close()


def bpe_tokenizer(tokenizers, source: GGUFWeightSource, keys):
    """A byte-level BPE tokenizer of ``tokenizer.ggml.{tokens,merges,token_type,pre}``."""
    model = field_value(source.file, keys.MODEL)
    if model != BPE_MODEL:
        raise RlxError(f"--prompt needs a tokenizer: {source.path} has "
                       f"{'none' if model is None else f'a {model!r} one'} ({keys.MODEL}), and rlx builds "
                       f"only byte-level BPE ('{BPE_MODEL}') ones; use --prompt-ids")
    pre = field_value(source.file, keys.PRE) or "default"
    if pre not in PRE_TOKENIZERS:
        raise RlxError(f"--prompt needs a tokenizer: {source.path}'s pre-tokenizer '{pre}' ({keys.PRE}) is not "
                       f"one rlx knows ({', '.join(PRE_TOKENIZERS)}); use --prompt-ids")
    tokens, merges = string_list(source, keys.LIST), string_list(source, keys.MERGES)
    types = field_value(source.file, keys.TOKEN_TYPE)
    pairs = [tuple(m.split(" ")) for m in merges]
    if any(len(p) != 2 for p in pairs):
        raise RlxError(f"{source.path}: '{keys.MERGES}' holds an entry that is not two tokens")
    from tokenizers import AddedToken, decoders, models, pre_tokenizers

    tok = tokenizers.Tokenizer(models.BPE({t: i for i, t in enumerate(tokens)}, pairs))
    byte_level = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=PRE_TOKENIZERS[pre] is None)
    tok.pre_tokenizer = byte_level if PRE_TOKENIZERS[pre] is None else pre_tokenizers.Sequence(
        [pre_tokenizers.Split(tokenizers.Regex(PRE_TOKENIZERS[pre]), "isolated"), byte_level])
    tok.decoder = decoders.ByteLevel()
    token_type = gguf_package().TokenType
    if types is not None and len(types) == len(tokens):
        tok.add_special_tokens([AddedToken(t, special=True, normalized=False)
                                for t, k in zip(tokens, types) if k == token_type.CONTROL])
        tok.add_tokens([AddedToken(t, special=False, normalized=False)
                        for t, k in zip(tokens, types) if k == token_type.USER_DEFINED])
    add_bos(tokenizers, tok, source, keys, tokens)
    return tok


def add_bos(tokenizers, tok, source: GGUFWeightSource, keys, tokens: list[str]) -> None:
    """Prepend the BOS token, when ``tokenizer.ggml.add_bos_token`` says so (llama3)."""
    bos = field_value(source.file, keys.BOS_ID)
    if field_value(source.file, keys.ADD_BOS) is True and isinstance(bos, int) and 0 <= bos < len(tokens):
        from tokenizers import processors

        tok.post_processor = processors.TemplateProcessing(
            single=f"{tokens[bos]} $A", pair=f"{tokens[bos]} $A {tokens[bos]} $B",
            special_tokens=[(tokens[bos], bos)])


def string_list(source: GGUFWeightSource, key: str) -> list[str]:
    raw = source.file.fields.get(key)
    if not isinstance(raw, list) or not all(isinstance(v, bytes) for v in raw):
        raise RlxError(f"--prompt needs a tokenizer: {source.path} has no list of strings '{key}'; "
                       f"use --prompt-ids")
    try:
        return [v.decode("utf-8") for v in raw]
    except UnicodeDecodeError:
        raise RlxError(f"{source.path}: GGUF field '{key}' holds an entry that is not UTF-8 text") from None
