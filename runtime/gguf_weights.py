"""A GGUF file (llama.cpp's model format) as a checkpoint: its tensors under Hugging Face names.

:class:`GGUFWeightSource` presents the tensors of a ``llama``, ``qwen2`` or ``qwen3``
decoder in a GGUF file (:mod:`rlx.runtime.gguf_file` reads it, memory-mapped: nothing is
copied) as a :class:`~rlx.runtime.weights.WeightSource` does a safetensors checkpoint's:

* under the names a Hugging Face checkpoint gives them (``blk.0.attn_q.weight`` ->
  ``model.layers.0.self_attn.q_proj.weight``; the table is keyed by the ``gguf``
  package's own ``MODEL_TENSOR`` constants), in HF's shape (``[out, in]``: a GGUF lists
  dims innermost first);
* for the ``llama`` architecture, with the row permutation of Q and K that llama.cpp's
  ``convert_hf_to_gguf.py`` applies (``LlamaModel.permute``: each head's rows from
  rotate-half order to interleaved pairs) undone; ``qwen2``/``qwen3`` are not permuted;
* a mixture of experts' stacked expert tensors (``blk.0.ffn_up_exps``: ``[E, I, H]``, ggml's
  dims reversed) as the stacked params rlx's MoE layers read (``model.layers.0.mlp.experts.*.
  up_proj.weight``, :data:`~rlx.runtime.weights.STACK_MARK`), and each expert's slice under the
  name a Hugging Face checkpoint gives it (``...experts.3.up_proj.weight``: a view, no copy);
* F32/F16/BF16 as safetensors' ones; Q8_0 and Q4_0 as ggml's blocks (:meth:`get_blocks`),
  which are byte for byte rlx's own q8_0/q4_0 blocks (:mod:`rlx.runtime.quant`): the
  packer tiles them as stored, never quantizing them again, and :meth:`get_f32`
  dequantizes them only when f32 is asked for. Any other ggml type (Q4_K, ...) is listed
  with its name as its dtype, which no reader accepts.

The rest of the metadata (the config, the tokenizer) is the compiler's to read
(``rlxc.models.gguf_input``). ``gguf`` is imported only when a GGUF is opened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from rlx.runtime.errors import ConfigError, WeightError
from rlx.runtime.gguf_file import GGUF_MAGIC, GGUFFile, TensorEntry, gguf_package
from rlx.runtime.quant import Q4_0_BLOCK, Q8_0_BLOCK, q4_0_dequantize, q8_0_dequantize
from rlx.runtime.weights import FLOAT_DTYPES, STACK_MARK, TensorInfo, WeightSource

GGUF_SUFFIX = ".gguf"
#: the ggml block types whose blocks rlx's kernels read as they are stored
BLOCK_DTYPES = ("Q8_0", "Q4_0")
#: bytes of one block of each: an f16 scale, then 32 int8 (Q8_0) or 32 nibbles (Q4_0)
BLOCK_BYTES = {"Q8_0": 2 + Q8_0_BLOCK, "Q4_0": 2 + Q4_0_BLOCK // 2}
#: the ggml types rlx reads (by their ``GGMLQuantizationType`` names, also the dtype strings)
READABLE_TYPES = (*FLOAT_DTYPES, *BLOCK_DTYPES)
#: numpy's view of each float type (BF16: its bits)
_FLOAT_VIEW = {"F32": "<f4", "F16": "<f2", "BF16": "<u2"}
#: the architecture whose Q/K rows llama.cpp's converter permutes
PERMUTED_ARCH = "llama"
#: a llama.cpp tensor name: ``blk.<layer>.<what>.<weight|bias>`` or ``<what>.<weight|bias>``
_NAME = re.compile(r"^(?:blk\.(\d+)\.)?([A-Za-z0-9_.]+?)\.(weight|bias)$")
#: one expert of a stack, as a Hugging Face checkpoint names it: ``....experts.<e>.<rest>``
_EXPERT = re.compile(r"^(.*\.experts\.)(\d+)(\..*)$")


def is_gguf(path: str | Path) -> bool:
    """A ``.gguf`` path, or any file that starts with GGUF's magic."""
    p = Path(path)
    if p.suffix == GGUF_SUFFIX:
        return True
    try:
        with open(p, "rb") as f:
            return f.read(4) == GGUF_MAGIC
    except OSError:
        return False


def field_value(file: GGUFFile, key: str) -> Any:
    """The value of the metadata field ``key`` (int, float, bool, str, or a list / numpy
    array), None when the file has no such field."""
    value = file.fields.get(key)
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            raise ConfigError(f"{file.path}: GGUF field '{key}' is not UTF-8 text") from None
    return value


def int_field(file: GGUFFile, key: str, default: int | None = None) -> int:
    """A positive integer field (absent: ``default``, else an error naming it)."""
    value = field_value(file, key)
    if value is None:
        if default is None:
            raise ConfigError(f"{file.path}: missing GGUF field '{key}'")
        return default
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"{file.path}: GGUF field '{key}' must be an integer >= 1, got {value!r}"[:300])
    return value


def architecture(file: GGUFFile) -> str:
    key = gguf_package().Keys.General.ARCHITECTURE
    arch = field_value(file, key)
    if not isinstance(arch, str) or not arch:
        raise ConfigError(f"{file.path}: GGUF field '{key}' must be a name such as 'qwen3', got {arch!r}"[:300])
    return arch


def hf_names(gguf) -> dict[str, str]:
    """llama.cpp's name of each tensor a decoder has (``blk.{bid}.attn_q``, from the ``gguf``
    package's ``TENSOR_NAMES``) -> its Hugging Face name (``model.layers.{bid}.self_attn.q_proj``)."""
    T = gguf.MODEL_TENSOR
    layer = "model.layers.{bid}."
    return {gguf.TENSOR_NAMES[t]: hf for t, hf in (
        (T.TOKEN_EMBD, "model.embed_tokens"),
        (T.OUTPUT_NORM, "model.norm"),
        (T.OUTPUT, "lm_head"),
        (T.ATTN_NORM, layer + "input_layernorm"),
        (T.ATTN_Q, layer + "self_attn.q_proj"),
        (T.ATTN_K, layer + "self_attn.k_proj"),
        (T.ATTN_V, layer + "self_attn.v_proj"),
        (T.ATTN_OUT, layer + "self_attn.o_proj"),
        (T.ATTN_Q_NORM, layer + "self_attn.q_norm"),
        (T.ATTN_K_NORM, layer + "self_attn.k_norm"),
        (T.FFN_NORM, layer + "post_attention_layernorm"),
        (T.FFN_GATE, layer + "mlp.gate_proj"),
        (T.FFN_UP, layer + "mlp.up_proj"),
        (T.FFN_DOWN, layer + "mlp.down_proj"),
        (T.FFN_GATE_INP, layer + "mlp.gate"),  # a mixture of experts' router
        (T.FFN_GATE_EXP, layer + f"mlp.experts.{STACK_MARK}.gate_proj"),  # its experts, stacked
        (T.FFN_UP_EXP, layer + f"mlp.experts.{STACK_MARK}.up_proj"),
        (T.FFN_DOWN_EXP, layer + f"mlp.experts.{STACK_MARK}.down_proj"),
    )}


def hf_name(gguf_name: str, table: dict[str, str]) -> str | None:
    """The Hugging Face name of the llama.cpp tensor ``gguf_name`` (None: not one rlx reads)."""
    m = _NAME.match(gguf_name)
    if m is None:
        return None
    layer, what, kind = m.groups()
    template = table.get(what if layer is None else "blk.{bid}." + what)
    if template is None or ("{bid}" in template) != (layer is not None):
        return None
    return template.format(bid=int(layer) if layer is not None else 0) + "." + kind


def expert_slice(entry: TensorEntry, expert: int) -> TensorEntry:
    """Expert ``expert``'s ``[rows, cols]`` of the stacked ``[E, rows, cols]`` tensor ``entry``
    (the stack's outermost dim is the expert: its slices are contiguous)."""
    size = entry.nbytes // entry.dims[-1]
    return TensorEntry(entry.name, entry.dims[:-1], entry.ggml_type, entry.start + expert * size, size)


def unpermute_rows(a: np.ndarray, heads: int) -> np.ndarray:
    """Undo ``convert_hf_to_gguf.py``'s ``LlamaModel.permute`` of Q/K (weight rows, or a
    bias): it reshapes each head's rows ``[2, half]`` and swaps to ``[half, 2]``; this swaps
    back. Works on any trailing dims, so on a Q8_0 weight's rows of blocks too."""
    rows = a.shape[0]
    return a.reshape(heads, rows // heads // 2, 2, *a.shape[1:]).swapaxes(1, 2).reshape(a.shape)


@dataclass(frozen=True)
class GGUFTensor:
    """One tensor under its HF name: where it is, its HF shape, and (``heads`` > 0) the
    heads its rows are permuted in by llama.cpp's converter."""

    entry: TensorEntry
    shape: tuple[int, ...]
    heads: int = 0

    @property
    def dtype(self) -> str:
        return self.entry.ggml_type


class GGUFWeightSource(WeightSource):
    """The tensors of a GGUF file under their Hugging Face names (see the module doc)."""

    readable_dtypes = READABLE_TYPES

    def __init__(self, path: str | Path, file: GGUFFile | None = None):
        self.path = Path(path)
        self.file = file if file is not None else GGUFFile(self.path)
        #: named like a checkpoint directory: the file itself (messages, the packed-weight cache)
        self.directory = self.path
        self.files = [self.file]
        self.arch = architecture(self.file)
        self.tensors: dict[str, GGUFTensor] = {}
        #: llama.cpp names of the tensors that map to no Hugging Face name rlx knows
        self.unmapped: list[str] = []
        self._map_names()

    def _map_names(self) -> None:
        gguf = gguf_package()
        table = hf_names(gguf)
        heads = self._permuted_heads(gguf)
        for entry in self.file.tensors.values():
            name = hf_name(entry.name, table)
            if name is None:
                self.unmapped.append(entry.name)
                continue
            if name in self.tensors:
                raise ConfigError(f"{self.path}: tensors '{self.tensors[name].entry.name}' and '{entry.name}' "
                                  f"map to the same tensor {name}")
            self.tensors[name] = GGUFTensor(entry, entry.shape, heads.get(name.rsplit(".", 2)[-2], 0))

    def _permuted_heads(self, gguf) -> dict[str, int]:
        """``q_proj``/``k_proj`` -> the heads their rows are permuted in (none unless ``llama``)."""
        if self.arch != PERMUTED_ARCH:
            return {}
        heads = int_field(self.file, gguf.Keys.Attention.HEAD_COUNT.format(arch=self.arch))
        kv_heads = int_field(self.file, gguf.Keys.Attention.HEAD_COUNT_KV.format(arch=self.arch), default=heads)
        return {"q_proj": heads, "k_proj": kv_heads}

    def gguf_name(self, name: str) -> str:
        """llama.cpp's name of the tensor called ``name`` here."""
        return self.tensor(name).entry.name

    # -- the WeightSource interface

    def names(self) -> list[str]:
        return sorted(self.tensors)

    def __contains__(self, name: object) -> bool:
        return name in self.tensors or (isinstance(name, str) and self._expert(name) is not None)

    def tensor(self, name: str) -> GGUFTensor:
        """The tensor ``name``; one expert of a stack (``...experts.3.up_proj.weight``) is its slice."""
        found = self.tensors.get(name)
        if found is None:
            found = self._expert(name)
        if found is None:
            raise WeightError(f"no tensor named {name!r} in {self.path}")
        return found

    def _expert(self, name: str) -> GGUFTensor | None:
        m = _EXPERT.match(name)
        stack = self.tensors.get(f"{m[1]}{STACK_MARK}{m[3]}") if m else None
        if stack is None or len(stack.shape) < 2 or not int(m[2]) < stack.shape[0] or m[2] != str(int(m[2])):
            return None
        return GGUFTensor(expert_slice(stack.entry, int(m[2])), stack.shape[1:])

    def shape(self, name: str) -> tuple[int, ...]:
        return self.tensor(name).shape

    def info(self, name: str) -> TensorInfo:
        t = self.tensor(name)
        return TensorInfo(name, t.dtype, t.shape, self.path, t.entry.start, t.entry.start + t.entry.nbytes)

    def get_raw(self, name: str) -> np.ndarray:
        """F32/F16 values or BF16 bits (uint16) in the HF shape; a block type's blocks."""
        t = self.tensor(name)
        if t.dtype in BLOCK_DTYPES:
            return self.get_blocks(name)
        if t.dtype not in FLOAT_DTYPES:
            raise WeightError(f"{self.path}: tensor '{t.entry.name}' ({name}) is {t.dtype}, a type rlx "
                              f"cannot read (it reads {', '.join(READABLE_TYPES)})")
        return self._unpermuted(t, self.file.data(t.entry, _FLOAT_VIEW[t.dtype]).reshape(t.shape))

    def get_blocks(self, name: str) -> np.ndarray:
        """A Q8_0/Q4_0 weight ``[n, k]`` as ggml's blocks, uint8 ``[n, k/32, block bytes]``."""
        t = self.tensor(name)
        if t.dtype not in BLOCK_DTYPES:
            raise WeightError(f"tensor {name!r} ('{t.entry.name}' in {self.path}) is {t.dtype}, not blocks")
        blocks = self.file.data(t.entry).reshape(*t.shape[:-1], t.shape[-1] // Q8_0_BLOCK, BLOCK_BYTES[t.dtype])
        return self._unpermuted(t, blocks)

    def get_f32(self, name: str) -> np.ndarray:
        """The tensor as C-contiguous float32 (a view for an unpermuted F32 one; a block
        type dequantized)."""
        t = self.tensor(name)
        if t.dtype in BLOCK_DTYPES:
            blocks = self.get_blocks(name)
            d = blocks[..., :2].copy().view(np.float16)[..., 0]
            if t.dtype == "Q8_0":
                return q8_0_dequantize(d, blocks[..., 2:].view(np.int8))
            nibbles = blocks[..., 2:]
            return q4_0_dequantize(d, np.concatenate([nibbles & np.uint8(15), nibbles >> 4], axis=-1))
        raw = self.get_raw(name)
        if t.dtype == "BF16":
            return (raw.astype(np.uint32) << 16).view(np.float32)
        return np.ascontiguousarray(raw, dtype=np.float32)

    def _unpermuted(self, t: GGUFTensor, array: np.ndarray) -> np.ndarray:
        if not t.heads:
            return array
        if t.shape[0] % (2 * t.heads):
            raise ConfigError(f"{self.path}: tensor '{t.entry.name}' has {t.shape[0]} rows, not a whole "
                              f"number of pairs in each of its {t.heads} heads")
        return unpermute_rows(array, t.heads)

    def close(self) -> None:
        self.file.close()
