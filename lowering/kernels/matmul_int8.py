"""Integer dot products for block-quantized weights at few rows (decode).

A call of fewer rows than the register block (``MatmulSpec.int8_dot``) first quantizes
its rows of ``x`` to 8-bit blocks of 32 (:func:`quantize_rows`: ``d = max|x| / 127``,
``q = rint(x / d)``, as ggml's ``quantize_row_q8_0`` does for the activations its
quantized dot products read), then each 16-column tile accumulates ``sum q_x * q_w``
per block in i32 lanes and adds ``d_x * d_w * sum`` to the f32 result once per block
(:func:`tile_rows`). A group of a tile's k steps is one 32-bit word per column
(:mod:`rlx.runtime.quant`), the operand shape of the instructions:

* ``vpdpbusd`` (AVX-512 VNNI): 4 products of unsigned by signed bytes added to each i32
  lane, exact; 64 weights per instruction in zmm;
* ``vpmaddubsw`` + ``vpmaddwd`` (AVX2, AVX-512BW): pairs of products summed to i16
  (saturating), then pairs of those to i32 against a vector of ones.

The unsigned operand is kept below 128 so that ``vpmaddubsw`` never saturates: for Q8_0
it is ``|q_x|`` and the weights take the activations' signs (``vpsignb`` on AVX2, a
masked negation on AVX-512); for Q4_0 it is the weights' nibbles ``q`` in 0..15 and
``8 * sum q_x`` per block corrects for their offset (weight = ``d * (q - 8)``).
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.dialects import arith, memref, vector
from xdsl.dialects import math as mathd
from xdsl.dialects.builtin import VectorType, f32, i8, i16, i32
from xdsl.ir import SSAValue

from rlx.dialects import arith_ext
from rlx.dialects.rlx_cpu import PmaddubswOp, PmaddwdOp, PrefetchOp, PsignbOp, RintOp, VpdpbusdOp
from rlx.lowering.kernels.builder import (
    VEC,
    add,
    as_value,
    bcast,
    cf,
    ci,
    fdiv,
    fma,
    fmax,
    fmul,
    for_,
    if_,
    int_splat,
    load,
    mul,
    reduce_lanes,
    store,
    to_f32,
    tree_sum,
    vconst,
    vload,
    vmax_lanes,
    vstore,
)
from rlx.lowering.kernels.tiles import next_group_strides
from rlx.runtime.packing import LINEAR_TILE
from rlx.runtime.quant import Q8_0_BLOCK

#: each quantized activation block: 32 values, one f32 scale and (Q4_0) one i32 sum
BLOCK = Q8_0_BLOCK


@dataclass(frozen=True)
class QuantizedRows:
    """The stack buffers of the quantized rows of ``x``: ``values`` (i8 ``[rows * k]``),
    ``magnitudes`` (``|values|``, for Q8_0 weights), ``scales`` (f32 ``[rows * k / 32]``)
    and ``sums`` (i32, the sum of each block's values, for Q4_0 weights)."""

    k: int
    values: SSAValue
    magnitudes: SSAValue | None
    scales: SSAValue
    sums: SSAValue | None


def quantize_rows(x, m_sz, k: int, max_rows: int, weight_format: str, x_stride: int = 0) -> QuantizedRows:
    """Quantize rows ``0 .. m_sz`` (at most ``max_rows``) of ``x [m_sz * k]`` (its rows
    ``x_stride`` apart, 0: ``k``) to blocks of 32 int8 (``d = max|x| / 127``,
    ``q = rint(x / d)``; an all-zero block has ``d = 0``)."""
    blocks = k // BLOCK
    values = memref.AllocaOp.get(i8, shape=[max_rows * k]).memref
    magnitudes = memref.AllocaOp.get(i8, shape=[max_rows * k]).memref if weight_format == "q8_0" else None
    scales = memref.AllocaOp.get(f32, shape=[max_rows * blocks]).memref
    sums = memref.AllocaOp.get(i32, shape=[max_rows * blocks]).memref if weight_format == "q4_0" else None
    parts = BLOCK // VEC

    def block(b, m):
        at = add(mul(m, k), mul(b, BLOCK))
        x_at = add(mul(m, x_stride), mul(b, BLOCK)) if x_stride else at
        xs = [vload(x, add(x_at, p * VEC)) for p in range(parts)]
        amax = vmax_lanes(tree_sum([mathd.AbsFOp(v).result for v in xs], fmax))
        d = fdiv(amax, cf(127.0))
        nonzero = arith.CmpfOp(d, cf(0.0), "ogt").result
        inverse = arith.SelectOp(nonzero, fdiv(cf(1.0), d), cf(0.0)).result
        qs = [arith_ext.FPToSIOp(RintOp(fmul(v, bcast(inverse))).result, VectorType(i32, [VEC])).result
              for v in xs]
        for p, q in enumerate(qs):
            vstore(arith_ext.TruncIOp(q, VectorType(i8, [VEC])).result, values, add(at, p * VEC))
            if magnitudes is not None:
                magnitude = arith.MaxSIOp(q, arith.SubiOp(int_splat(0, VEC), q).result).result
                vstore(arith_ext.TruncIOp(magnitude, VectorType(i8, [VEC])).result, magnitudes, add(at, p * VEC))
        slot = add(mul(m, blocks), b)
        store(d, scales, slot)
        if sums is not None:
            store(reduce_lanes(tree_sum(qs, lambda a, c: arith.AddiOp(a, c).result), vector.CombiningKindFlag.ADD),
                  sums, slot)

    for_(0, m_sz, 1, [], lambda m: for_(0, blocks, 1, [], lambda b: block(b, m)))
    return QuantizedRows(k, values, magnitudes, scales, sums)


def by_call_rows(spec, x, m_sz, limit: int, integer, wide, rows_per_call_row: int = 1, x_stride: int = 0) -> None:
    """Emit ``integer(q)`` for calls of fewer than ``limit`` rows -- ``q``: the call's
    ``m_sz * rows_per_call_row`` rows of ``x`` quantized once (:func:`quantize_rows`) --
    and ``wide()`` (the f32 register blocks) for the others: the decode / prefill split of
    the block-quantized matmuls and experts. ``x_stride``: its rows' stride (0: ``k``)."""
    def quantized():
        rows = mul(m_sz, rows_per_call_row) if rows_per_call_row > 1 else m_sz
        integer(quantize_rows(x, rows, spec.k, (limit - 1) * rows_per_call_row, spec.weight_format, x_stride))

    few = arith.CmpiOp(as_value(m_sz), ci(limit), "ult").result
    if_(few, quantized, wide)


def _broadcast_word(mem, idx, lanes: int) -> SSAValue:
    """The 4 bytes at ``idx`` of ``mem`` in every 32-bit lane, as ``vector<4 * lanes x i8>``."""
    word = vector.LoadOp(mem, [as_value(idx)], VectorType(i8, [4])).result
    one = vector.BitcastOp(word, VectorType(i32, [1])).result
    lane = vector.ExtractOp(one, [0], i32).result
    return _bytes(vector.BroadcastOp(lane, VectorType(i32, [lanes])).vector)


def _bytes(words) -> SSAValue:
    lanes = as_value(words).type.get_shape()[0]
    return vector.BitcastOp(words, VectorType(i8, [4 * lanes])).result


def _dot(acc, unsigned, signed, how: str):
    """``acc`` + the sums of 4 adjacent byte products in each i32 lane (``acc`` i16
    lanes with ``pmaddubsw``: the sums of 2, see :func:`_pairs_to_words`)."""
    if how == "vpdpbusd":
        return VpdpbusdOp(acc, unsigned, signed).result
    return arith.AddiOp(acc, PmaddubswOp(unsigned, signed).result).result


def _pairs_to_words(total, how: str):
    """A block's accumulator as i32 lanes: ``pmaddubsw``'s i16 pair sums added pairwise
    by ``vpmaddwd`` against ones (once per block); ``vpdpbusd``'s already are."""
    if how == "vpdpbusd":
        return total
    lanes = as_value(total).type.get_shape()[0]
    return PmaddwdOp(total, int_splat(1, lanes, i16)).result


def _with_signs_of(w_bytes, x_bytes) -> SSAValue:
    """``w`` negated where ``x`` is negative (zero where x is: its magnitude is 0 too)."""
    n = as_value(w_bytes).type.get_shape()[0]
    if n == 32:
        return PsignbOp(w_bytes, x_bytes).result
    negative = arith.CmpiOp(x_bytes, int_splat(0, n, i8), "slt").result
    return arith.SelectOp(negative, arith.SubiOp(int_splat(0, n, i8), w_bytes).result, w_bytes).result


def tile_rows(q: QuantizedRows, spec, streams, rows, reader):
    """Like ``matmul._tile_rows`` at single rows: per row, per stream, the tuple of f32
    vectors of the tile's 16 columns, from integer dot products per block of 32."""
    lanes, how = spec.lanes, spec.int8_dot
    parts, chains = LINEAR_TILE // lanes, spec.dot_chains
    zero_f, zero_i = vconst(0.0, lanes), int_splat(0, lanes)
    q4 = spec.weight_format == "q4_0"
    # pmaddubsw's pair sums are added in i16 lanes when a block's cannot overflow: Q4_0's
    # 8 pair sums of at most 2 * 15 * 127 (30480); Q8_0's each reach 2 * 127 * 127, so
    # each goes to i32 lanes at once
    in_i16 = how == "pmaddubsw" and q4
    zero_pairs = int_splat(0, 2 * lanes, i16) if in_i16 else zero_i
    loops = [[h] for h in range(parts)] if spec.dot_split else [list(range(parts))]
    if len(rows) > 1:  # the rows are the independent chains; each weight word feeds them all
        chains = 1
    found = {}
    for halves in loops:
        for r, si, h, v in _block_loop(q, spec, reader, streams, rows, halves, chains, in_i16, zero_pairs, zero_f):
            found[r, si, h] = v
    return [[tuple(found[r, si, h] for h in range(parts)) for si in range(len(streams))]
            for r in range(len(rows))]


def _prefetch_ahead(spec, reader, streams, b) -> None:
    """Prefetch block ``b``'s weight lines of the tiles ``spec.prefetch_groups`` groups
    after these (:func:`~rlx.lowering.kernels.tiles.next_group_strides`). Past the last
    group the addresses pass the buffer's end: a prefetch does not fault."""
    if not spec.prefetch_groups:
        return
    line_bytes, block_bytes = 64, BLOCK // reader.group * 4 * LINEAR_TILE
    for (w, base), stride in zip(streams, next_group_strides(streams, reader.tile_size)):
        at = add(reader.word_index(base, mul(b, BLOCK), 0), spec.prefetch_groups * stride)
        for line in range(0, block_bytes, line_bytes):
            PrefetchOp(w, add(at, line) if line else at)


def _block_loop(q, spec, reader, streams, rows, halves, chains, in_i16, zero_pairs, zero_f):
    """The loop over the blocks of k for the rows ``rows`` (consecutive: one load of each
    weight word serves them all, each row's activations at a constant offset from the
    first's) and the tile vectors ``halves`` of each stream:
    yields (row position, stream, half, the f32 vector of its ``lanes`` columns)."""
    lanes, k, how, group = spec.lanes, spec.k, spec.int8_dot, reader.group
    blocks = k // BLOCK
    vectors = [(r, si, h) for r in range(len(rows)) for si in range(len(streams)) for h in halves]
    q4 = spec.weight_format == "q4_0"
    if q4:
        flip, low = int_splat(0x88888888 - (1 << 32), lanes), int_splat(0x0F0F0F0F, lanes)
        four = int_splat(4, lanes)

    def block(b, *acc):
        ints = {v: [zero_pairs] * chains for v in vectors}
        _prefetch_ahead(spec, reader, streams, b)
        first = add(mul(rows[0], k), mul(b, BLOCK))
        starts = [add(first, r * k) if r else first for r in range(len(rows))]  # constant offsets
        for g in range(BLOCK // group):
            k0 = add(mul(b, BLOCK), g * group)
            if q4:
                x_low = [_broadcast_word(q.values, add(at, g * group), lanes) for at in starts]
                x_high = [_broadcast_word(q.values, add(at, g * group + 4), lanes) for at in starts]
            else:
                x_signs = [_broadcast_word(q.values, add(at, g * group), lanes) for at in starts]
                x_sizes = [_broadcast_word(q.magnitudes, add(at, g * group), lanes) for at in starts]
            for si in range(len(streams)):
                for h in halves:
                    w, base = streams[si]
                    words = reader.words(w, base, k0, h * lanes, lanes)
                    if q4:  # q = (q - 8) ^ 8 in each nibble; low nibbles: steps 0-3, high: 4-7
                        nibbles = arith.XOrIOp(words, flip).result
                        lo = _bytes(arith.AndIOp(nibbles, low).result)
                        hi = _bytes(arith.AndIOp(arith.ShRUIOp(nibbles, four).result, low).result)
                    for r in range(len(rows)):
                        chain = ints[r, si, h]
                        if q4:
                            c = (2 * g) % chains
                            chain[c] = _dot(chain[c], lo, x_low[r], how)
                            c = (2 * g + 1) % chains
                            chain[c] = _dot(chain[c], hi, x_high[r], how)
                            continue
                        signed = _with_signs_of(_bytes(words), x_signs[r])
                        c = g % chains
                        if how == "vpdpbusd":
                            chain[c] = _dot(chain[c], x_sizes[r], signed, how)
                        else:
                            pairs = PmaddubswOp(x_sizes[r], signed).result
                            chain[c] = arith.AddiOp(chain[c], _pairs_to_words(pairs, how)).result
        slot0 = add(mul(rows[0], blocks), b)
        slots = [add(slot0, r * blocks) if r else slot0 for r in range(len(rows))]
        dx = [bcast(load(q.scales, slot), lanes) for slot in slots]
        if q4:
            eight = arith.ConstantOp.from_int_and_width(8, 32).result
            offset = [vector.BroadcastOp(arith.MuliOp(load(q.sums, slot), eight).result,
                                         VectorType(i32, [lanes])).vector for slot in slots]
        scales = {(si, h): reader.scale(streams[si][0], streams[si][1], b, h * lanes, lanes)
                  for si in range(len(streams)) for h in halves}
        new = list(acc)
        for i, (r, si, h) in enumerate(vectors):
            total = tree_sum(ints[r, si, h], lambda a, c: arith.AddiOp(a, c).result)
            if in_i16:
                total = _pairs_to_words(total, how)
            if q4:
                total = arith.SubiOp(total, offset[r]).result
            new[i] = fma(to_f32(total), fmul(scales[si, h], dx[r]), acc[i])
        return new

    acc = for_(0, blocks, 1, [zero_f] * len(vectors), block)
    return [(r, si, h, v) for (r, si, h), v in zip(vectors, acc)]
