"""The attention's kernel spec (:mod:`rlx.lowering.kernels.spec` re-exports it): prefill's
blocked kernel, decode's split-K kernel and the per-key kernel for any head_dim."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rlx.lowering.kernels.spec import (KV_FORMATS, Arg, KernelSpec, _buffers, _sizes, _slot_tables,
                                       row_strides_suffix)


@dataclass(frozen=True, kw_only=True)
class AttentionSpec(KernelSpec):
    """SDPA over the KV cache. ``variant``: ``blocked`` (prefill, flash-attention
    style: blocks of ``query_block`` queries, ``key_block`` keys), ``splitk`` (decode:
    chunks of at least ``min_keys`` keys, at most ``max_chunks``, partials in
    ``scratch_bytes`` of stack) or ``per_key`` (any head_dim)."""

    FAMILIES = ("attention",)
    VARIANTS: ClassVar[tuple[str, ...]] = ("blocked", "splitk", "per_key")
    family: str = "attention"
    num_heads: int
    num_kv_heads: int
    head_dim: int
    causal: bool
    has_mask: bool
    variant: str
    parallel_min_work: int
    query_block: int = 0
    key_block: int = 0
    #: blocked: keys per step of the scores pass (x 2 groups of rows: accumulators),
    #: dividing 8: 8 fills 32 registers, 4 fits 16
    score_keys: int = 8
    #: blocked: output vectors per values step (x 2 rows); splitk: V vectors per values
    #: step (x ``step_heads`` heads)
    value_chunk: int = 8
    #: blocked: f32 lanes of its vectors, the rows of a softmax group (8, or 16 in zmm):
    #: the group's rows in the lanes of a pre-scaled, transposed Q, each K element
    #: broadcast to them, so that the scores need no reductions
    lanes: int = 8
    #: splitk: query heads (of one KV head) per scores / values step, so that each K or V
    #: load feeds them all; and the order of the scores' loads: ``keys`` (the 8 keys' rows
    #: front to back: head_dim / 8 query vectors per head stay live) or ``vectors`` (one
    #: query vector against the 8 keys at a time: for 16 registers)
    step_heads: int = 2
    score_order: str = "keys"
    #: splitk: output vectors per pass of the merge of the chunks' partials (0: all
    #: head_dim / 8 in one pass; 16 registers cannot hold 16 accumulators)
    merge_vectors: int = 0
    min_keys: int = 0
    max_chunks: int = 0
    scratch_bytes: int = 0
    #: splitk: row b reads sequence ``slot_ids[b]`` of the caches up to ``positions[b]``
    slotted: bool = False
    #: the format the K and V caches hold (``--kv``): f32, bf16 (i16 buffers of bf16
    #: bits) or f16; every vector read is widened to f32 in registers
    kv_format: str = "f32"
    #: a sliding window (causal only): the query at position i reads only the keys
    #: max(0, i - window + 1) .. i, every variant skips the keys below (0: no window)
    window: int = 0
    #: a ring-buffer KV cache of ``ring`` rows (windowed only): key j is row j mod ring
    ring: int = 0
    #: blocked: the elements from one output row (``num_heads * head_dim``) to the next (0: dense)
    out_stride: int = 0

    def __post_init__(self):
        super().__post_init__()
        if self.kv_format not in KV_FORMATS:
            raise ValueError(f"attention: kv_format must be one of {', '.join(KV_FORMATS)}, got {self.kv_format!r}")
        if self.variant not in self.VARIANTS:
            raise ValueError(f"attention: unknown variant {self.variant!r}")
        if self.window < 0 or (self.window and not self.causal):
            raise ValueError(f"attention: a window must be >= 0 and causal, got {self.window}")
        if self.ring and (self.ring < self.window or not self.window or self.has_mask):
            raise ValueError(f"attention: a ring of {self.ring} rows needs a window of at most as many, no mask")
        if self.lanes not in (8, 16) or (self.lanes != 8 and (self.variant != "blocked" or self.head_dim % self.lanes)):
            raise ValueError(f"attention: lanes must be 8, or 16 for a blocked kernel with head_dim a multiple of "
                             f"16, got {self.lanes}")
        if self.variant == "blocked" and (self.score_keys < 1 or 8 % self.score_keys):
            raise ValueError(f"attention: a blocked kernel's score_keys must divide 8, got {self.score_keys}")
        if self.out_stride and (self.variant != "blocked" or self.out_stride < self.num_heads * self.head_dim):
            raise ValueError(f"attention: out_stride needs a blocked kernel and at least num_heads * head_dim, "
                             f"got {self.out_stride}")
        if self.step_heads not in (1, 2) or self.merge_vectors < 0 or self.score_order not in ("keys", "vectors"):
            raise ValueError(f"attention: step_heads must be 1 or 2, merge_vectors >= 0 and score_order keys "
                             f"or vectors, got {self.step_heads}, {self.merge_vectors}, {self.score_order!r}")

    @property
    def name(self) -> str:
        return (f"attention_nh{self.num_heads}_nkv{self.num_kv_heads}_hd{self.head_dim}"
                + ("_causal" if self.causal else "_full") + ("_mask" if self.has_mask else "")
                + ("_splitk" if self.variant == "splitk" else "") + ("_slots" if self.slotted else "")
                + ("" if self.kv_format == "f32" else f"_kv{self.kv_format}")
                + (f"_w{self.window}" if self.window else "") + (f"_r{self.ring}" if self.ring else "")
                + row_strides_suffix(self))

    def buffer_formats(self) -> dict[str, str]:
        """The K and V caches are buffers of ``kv_format`` (bf16: its bits, i16)."""
        return {"k_cache": self.kv_format, "v_cache": self.kv_format}

    @property
    def args(self) -> tuple[Arg, ...]:
        return (Arg("q", "in"), *_buffers("in", "k_cache", "v_cache"),
                *([Arg("mask", "in")] if self.has_mask else []), *_slot_tables(self.slotted),
                Arg("out", "out"), *_sizes("B", "S", "T", "CAP", *(["SLOTS"] if self.slotted else [])))
