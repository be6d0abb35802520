"""What a model needs in memory, from its config alone: checked before anything is built.

A config can ask for any size up to 2^31-1 per field (``num_hidden_layers``,
``vocab_size``, ...) and a command line for any ``--batch`` / ``--max-seq``; compiling
and loading such a model would allocate far more than the machine has and be killed by
the OOM killer. :func:`check_model_memory` adds up the big allocations of a session
(the weights, the KV cache, the RoPE tables) and refuses, naming the fields each part
scales with, when they exceed the physical memory. The matmul weights (a mixture of
experts' expert weights included) count at the bytes of the format asked for
(``--quant``: Q4_0's 18 bytes per 32 weights), the others at f32's.
"""

from __future__ import annotations

from dataclasses import dataclass

from rlxc.models.config import Qwen3Config
from rlx.runtime.errors import RuntimeLimitError
from rlx.runtime.memory import format_bytes, physical_memory

F32 = 4
#: bytes per weight of each matmul weight format, block scales included (as ggml's blocks
#: and the packed tiles hold them)
FORMAT_BYTES = {"f32": 4.0, "bf16": 2.0, "f16": 2.0, "q8_0": 34 / 32, "q4_0": 18 / 32}


@dataclass(frozen=True)
class Part:
    """One allocation: what it is, its bytes, and the sizes it is the product of."""

    what: str  # with its verb: "the KV cache needs"
    nbytes: int
    factors: str


def layer_parameters(cfg: Qwen3Config, sparse: bool = False) -> int:
    """Parameters of one decoder layer (what ``expected_weights`` lists per layer); ``sparse``:
    a layer whose MLP is the router and the experts."""
    h, q, kv, inter = cfg.hidden_size, cfg.q_proj_dim, cfg.kv_proj_dim, cfg.intermediate_size
    mlp = cfg.num_experts * (h + 3 * cfg.moe_intermediate_size * h) if sparse else 3 * inter * h
    count = 2 * h + 2 * q * h + 2 * kv * h + mlp
    if cfg.attention_bias:
        count += q + 2 * kv
    if cfg.o_proj_bias:
        count += h
    if cfg.qk_norm:
        count += 2 * cfg.head_dim
    return count


def layer_matmul_parameters(cfg: Qwen3Config, sparse: bool = False) -> int:
    """The matmul weights of one decoder layer (what ``--quant`` stores in its format): the
    attention's projections and the MLP's, or a sparse layer's experts (not its router)."""
    h, q, kv = cfg.hidden_size, cfg.q_proj_dim, cfg.kv_proj_dim
    mlp = cfg.num_experts * 3 * cfg.moe_intermediate_size * h if sparse else 3 * cfg.intermediate_size * h
    return 2 * q * h + 2 * kv * h + mlp


def weights_part(cfg: Qwen3Config, weight_format: str = "f32") -> Part:
    """The weights: the matmul weights and the LM head in ``weight_format`` (a tied table
    is the head's copy), the rest (norms, routers, biases, an untied embedding table) f32."""
    tables = 1 if cfg.tie_word_embeddings else 2
    sparse = cfg.sparse_layer_count
    dense = cfg.num_hidden_layers - sparse
    count = (dense * layer_parameters(cfg) + sparse * layer_parameters(cfg, True)
             + tables * cfg.vocab_size * cfg.hidden_size)
    matmul = (dense * layer_matmul_parameters(cfg) + sparse * layer_matmul_parameters(cfg, True)
              + cfg.vocab_size * cfg.hidden_size)
    nbytes = F32 * (count - matmul) + FORMAT_BYTES[weight_format] * matmul + F32 * cfg.hidden_size
    what = "the float32 weights need" if weight_format == "f32" else f"the weights ({weight_format} matmuls) need"
    return Part(what, int(nbytes),
                f"num_hidden_layers {cfg.num_hidden_layers} x {format_bytes(F32 * layer_parameters(cfg))} "
                f"(hidden_size {cfg.hidden_size}, intermediate_size {cfg.intermediate_size}, "
                f"num_attention_heads {cfg.num_attention_heads}, num_key_value_heads "
                f"{cfg.num_key_value_heads}, head_dim {cfg.head_dim}"
                + (f"; {sparse} sparse layers of {format_bytes(F32 * layer_parameters(cfg, True))}: num_experts "
                   f"{cfg.num_experts} x moe_intermediate_size {cfg.moe_intermediate_size}" if sparse else "")
                + f") + {tables} x vocab_size "
                f"{cfg.vocab_size} x hidden_size {cfg.hidden_size} x 4 bytes")


def windowed_layer_count(cfg: Qwen3Config) -> int:
    """The layers with a sliding window (counted without a loop over a config's layers)."""
    if cfg.sliding_window is None:
        return 0
    if cfg.layer_types is not None:
        return sum(t == "sliding_attention" for t in cfg.layer_types)
    return max(0, cfg.num_hidden_layers - cfg.max_window_layers)


def kv_rows(cfg: Qwen3Config, max_seq: int, chunk: int = 0) -> tuple[int, int]:
    """(rows of a full layer's cache, of a windowed layer's): a windowed layer's is its ring
    (:func:`rlx.lowering.kernels.select.ring_rows`) when a session's prefill chunk ``chunk``
    makes one, else ``max_seq`` too."""
    from rlx.lowering.kernels.select import ring_rows

    ring = ring_rows(cfg.sliding_window or 0, chunk, max_seq) if chunk else 0
    return max_seq, ring or max_seq


def kv_cache_part(cfg: Qwen3Config, batch: int, max_seq: int, chunk: int = 0) -> Part:
    full, ring = kv_rows(cfg, max_seq, chunk)
    windowed = windowed_layer_count(cfg) if ring != full else 0
    rows = full * (cfg.num_hidden_layers - windowed) + ring * windowed
    rings = f" ({windowed} windowed layers of {ring} rows)" if windowed else ""
    return Part("the KV cache needs", batch * rows * 2 * cfg.kv_proj_dim * F32,
                f"--batch {batch} x --max-seq {max_seq} x num_hidden_layers {cfg.num_hidden_layers}{rings} x "
                f"K and V x num_key_value_heads {cfg.num_key_value_heads} x head_dim {cfg.head_dim} x 4 bytes")


def rope_part(positions: int, head_dim: int) -> Part:
    return Part("the RoPE tables need", 2 * positions * (head_dim // 2) * F32,
                f"cos and sin x {positions} positions x head_dim {head_dim} / 2 x 4 bytes")


def model_parts(cfg: Qwen3Config, batch: int, max_seq: int, positions: int, chunk: int = 0,
                weight_format: str = "f32") -> list[Part]:
    return [weights_part(cfg, weight_format), kv_cache_part(cfg, batch, max_seq, chunk),
            rope_part(positions, cfg.head_dim)]


def check_model_memory(cfg: Qwen3Config, batch: int, max_seq: int, positions: int, source: object,
                       chunk: int = 0, weight_format: str = "f32") -> None:
    """Refuse a model whose weights (their matmul weights in ``weight_format``), KV cache and
    RoPE tables do not fit in this machine's memory; the message names the largest part and
    the fields it is the product of. ``chunk``: a session's prefill tokens per call (its
    windowed layers' rings: :func:`kv_rows`)."""
    parts = model_parts(cfg, batch, max_seq, positions, chunk, weight_format)
    total, have = sum(p.nbytes for p in parts), physical_memory()
    if not have or total <= have:
        return
    big = max(parts, key=lambda p: p.nbytes)
    rest = f" (the model needs {format_bytes(total)} in all)" if big.nbytes != total else ""
    raise RuntimeLimitError(f"{source}: {big.what} {format_bytes(big.nbytes)} ({big.factors}), more "
                            f"than this machine's {format_bytes(have)} of memory{rest}")
