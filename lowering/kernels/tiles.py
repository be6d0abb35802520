"""How the kernels read packed weight tiles: :class:`TileReader`, one per weight format.

The matmuls (:mod:`.matmul`, :mod:`.matmul_int8`), the MoE experts (:mod:`.moe`) and the
embedding gather (:mod:`.elementwise`) read the same ``[k][16]`` tiles that
:mod:`rlx.runtime.packing` and :mod:`rlx.runtime.quant` write.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from xdsl.dialects import arith, vector
from xdsl.dialects.builtin import VectorType, i32

from rlx.lowering.kernels.builder import (
    add,
    as_value,
    div,
    fmul,
    lanes_of,
    mul,
    rem,
    signed_bits,
    sub,
    to_f32,
    vload,
    vload_bf16,
    vload_byte,
    vload_f16,
    vload_f16_bytes,
    vload_words,
)
from rlx.lowering.kernels.spec import MatmulSpec
from rlx.runtime.packing import LINEAR_TILE
from rlx.runtime.quant import Q4_0_GROUP, Q8_0_BLOCK, Q8_0_GROUP

#: bytes of the values of one k step of a tile, in each block-quantized format (16
#: int8 values, or 16 nibbles); the tile's f16 scales follow its ``k`` steps
BLOCK_VALUE_BYTES = {"q8_0": LINEAR_TILE, "q4_0": LINEAR_TILE // 2}
#: k steps a tile of each block format keeps side by side for one row (one 32-bit word)
GROUP_STEPS = {"q8_0": Q8_0_GROUP, "q4_0": Q4_0_GROUP}
#: bytes of one group of k steps of a tile: a word per row
GROUP_BYTES = 4 * LINEAR_TILE


@dataclass(frozen=True)
class TileReader:
    """How a block reads the packed weight tiles of its format as f32 vectors.

    f32 and bf16/f16 tiles are ``k * 16`` values in ``[k][16]`` order (``packed16``;
    bf16/f16 widened in registers). The block formats keep a row's ``group`` k steps
    side by side in one 32-bit word (:mod:`rlx.runtime.quant`): a Q8_0 tile
    (``packed16_q8_0``) is ``[k / 4][16]`` words of 4 int8 values, a Q4_0 tile
    (``packed16_q4_0``) ``[k / 8][16]`` words of 8 signed nibbles ``q - 8`` (k steps
    ``j`` and ``j + 4`` of the group in byte j's low and high nibble); then the tile's
    ``k / 32 * 16`` f16 scales. A weight vector of k step ``k0 + s`` is a group's words
    (one load per group: the loads of its steps are one after CSE) with field ``s``
    taken out by two shifts, converted, and multiplied by the scale of its block
    (loaded once per block)."""

    k: int
    weight_format: str

    @property
    def block(self) -> int:
        """k steps that share one scale vector (0: no scales)."""
        return Q8_0_BLOCK if self.weight_format in BLOCK_VALUE_BYTES else 0

    @property
    def group(self) -> int:
        """k steps of a row read together (1: every k step is its own vector)."""
        return GROUP_STEPS.get(self.weight_format, 1)

    @property
    def tile_size(self) -> int:
        """The elements of one tile in its buffer (f32/bf16/f16 values, or bytes of blocks:
        the values, then ``k`` bytes of scales)."""
        values = BLOCK_VALUE_BYTES.get(self.weight_format)
        return (values + 1) * self.k if values else self.k * LINEAR_TILE

    def packed_size(self, n: int) -> int:
        """The elements of a packed ``[n, k]`` weight: where the next expert of a stack starts."""
        return -(-n // LINEAR_TILE) * self.tile_size

    def tile_base(self, t):
        """The index of tile ``t`` in its buffer."""
        return mul(t, self.tile_size)

    def scale(self, w, base, b, col, lanes: int):
        """The f32 scales of block ``b`` for the ``lanes`` columns from ``col`` of a tile."""
        values = BLOCK_VALUE_BYTES[self.weight_format] * self.k
        return vload_f16_bytes(w, add(base, add(values, add(mul(b, 2 * LINEAR_TILE), mul(col, 2)))), lanes)

    def words(self, w, base, k0, col, lanes: int):
        """The words of the group that starts at k step ``k0`` (a multiple of ``group``)
        for columns ``col .. col + lanes``, as ``vector<lanes x i32>``."""
        return vload_words(w, self.word_index(base, k0, col), lanes)

    def word_index(self, base, k0, col):
        return add(base, add(mul(div(k0, self.group), GROUP_BYTES), mul(col, 4)))

    def field(self, s: int) -> tuple[int, int]:
        """(lowest bit, width) of k step ``s`` of a group in its word."""
        if self.weight_format == "q8_0":
            return 8 * s, 8
        return 8 * (s % 4) + 4 * (s // 4), 4

    def field_at(self, words, s):
        """Field ``s`` (known at run time) of each word, sign-extended: shifted left by a
        splat count, then right by the width (``vpslld``/``vpsrad`` by an xmm count)."""
        width = 8 if self.weight_format == "q8_0" else 4
        lo = mul(s, 8) if width == 8 else add(mul(rem(s, 4), 8), mul(div(s, 4), 4))
        count = arith.IndexCastOp(as_value(sub(32 - width, lo)), i32).result
        lanes = lanes_of(words)
        words = arith.ShLIOp(words, vector.BroadcastOp(count, VectorType(i32, [lanes])).vector).result
        return signed_bits(words, 32 - width, width)

    def load(self, w, base, k0, s, col, lanes: int, scale=None):
        """The weights of k step ``k0 + s`` (``k0`` a multiple of ``group``, ``s`` below
        ``group`` in the block formats: static, or an index at run time), columns
        ``col .. col + lanes`` of a tile, as f32; ``lanes`` 1 with ``col`` known at run
        time is the embedding gather."""
        if self.group > 1 and not isinstance(s, int):
            return fmul(to_f32(self.field_at(self.words(w, base, k0, col, lanes), s)), scale)
        if self.group > 1:
            lo, width = self.field(s)
            if lanes == 1:  # the byte that holds the value, sign-extended
                word = vload_byte(w, add(self.word_index(base, k0, col), lo // 8))
                lo %= 8
            else:
                word = self.words(w, base, k0, col, lanes)
            return fmul(to_f32(signed_bits(word, lo, width)), scale)
        at = add(add(base, mul(add(k0, s), LINEAR_TILE)), col)
        return {"f32": vload, "bf16": vload_bf16, "f16": vload_f16}[self.weight_format](w, at, lanes)


def tile_reader(spec: MatmulSpec) -> TileReader:
    return TileReader(spec.k, spec.weight_format)


def next_group_strides(streams, tile_size: int) -> list[int]:
    """Per ``(buffer, base)`` stream of a block, the elements from its tile to the same
    stream's tile in the next group: a group's tiles of one buffer are consecutive (a
    pair, or one tile of each of gate and up, or of each selected expert), so it sits as
    many tiles on as the group holds of that buffer."""
    per_buffer = Counter(id(w) for w, _ in streams)
    return [per_buffer[id(w)] * tile_size for w, _ in streams]
