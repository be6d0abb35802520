"""Memory-bound kernels: the embedding gather, the elementwise ops (swiglu, silu, add,
mul), the last position's rows (``gather_last``) and the KV cache write."""

from __future__ import annotations

from collections.abc import Callable

from xdsl.dialects import arith, func
from xdsl.ir import SSAValue

from rlx.lowering.kernels.builder import (
    IDX,
    add,
    as_value,
    bcast,
    ci,
    copy,
    div,
    extract,
    fadd,
    fmul,
    for_,
    load,
    mul,
    parallel,
    rem,
    slot_row,
    store,
    sub,
    vec_then_scalar,
    vload,
    vsilu,
    vstore,
)
from rlx.lowering.kernels.tiles import TileReader
from rlx.lowering.kernels.spec import ElementwiseSpec, EmbedSpec, GatherLastSpec, KVWriteSpec, kernel_func
from rlx.runtime.packing import LINEAR_TILE


def embed(spec: EmbedSpec) -> func.FuncOp:
    """``(ids i32[M], table, out[M*hidden], M)``: out[m] = table[ids[m]].

    ``table`` is ``[vocab][hidden]``, or with ``packed`` the ``packed16`` layout of a
    linear weight (tied embeddings read the LM head's packed copy: row ``v`` is
    column ``v % 16`` of tile ``v // 16``, a stride-16 gather), in the head's format:
    bf16 and f16 values are widened, a Q8_0 or Q4_0 tile's values (a word of a group
    of k steps at a time) times their block's scale
    (:class:`rlx.lowering.kernels.tiles.TileReader`).
    """
    hidden, vocab, packed = spec.hidden, spec.vocab, spec.packed
    T = LINEAR_TILE
    reader = TileReader(hidden, spec.weight_format)

    def body(ids, table, out, m_sz):
        def row(m):
            tok = arith.IndexCastOp(load(ids, m), IDX).result
            # Out-of-range ids (negative ids sign-extend to huge) are clamped to
            # the last row instead of reading out of bounds.
            tok = arith.MinUIOp(tok, ci(vocab - 1)).result
            if not packed:
                copy(table, mul(tok, hidden), out, mul(m, hidden), hidden)
                return
            base, lane, obase = reader.tile_base(div(tok, T)), rem(tok, T), mul(m, hidden)
            if spec.weight_format == "f32":
                for_(0, hidden, 1, [], lambda kk: store(load(table, add(add(base, lane), mul(kk, T))), out,
                                                        add(obase, kk)))
                return

            def block(b):  # one lane of a block of ``reader.block`` k steps (all k without scales)
                scale = reader.scale(table, base, b, lane, 1) if reader.block else None
                kb = mul(b, reader.block or hidden)

                def group(kk):  # ``reader.group`` k steps of the lane (one word of a block format)
                    k0 = add(kb, kk)
                    for s in range(reader.group):
                        store(extract(reader.load(table, base, k0, s, lane, 1, scale), 0), out,
                              add(obase, add(k0, s)))
                for_(0, reader.block or hidden, reader.group, [], group)
            for_(0, hidden // (reader.block or hidden), 1, [], block)

        parallel(0, m_sz, row, work=mul(m_sz, hidden * (T if packed else 1)), min_work=spec.parallel_min_work)

    return kernel_func(spec, body)


def _elementwise(spec: ElementwiseSpec, fn: Callable[..., SSAValue], scalar_via_vector: bool = False
                 ) -> func.FuncOp:
    """``(in_0, ..., in_{n-1}, out, count)``: out[i] = fn(in_0[i], ...), in work items of
    ``spec.chunk`` elements.

    ``fn`` works on values of either type; with ``scalar_via_vector`` the
    scalar tail broadcasts its inputs and lane-extracts ``fn``'s vector result
    (used where ``fn`` needs vector ``math.exp``).
    """

    n_in, chunk_len = spec.inputs, spec.chunk

    def body(*args):
        ins, out, count = args[:n_in], args[n_in], args[n_in + 1]

        def vec(i):
            vstore(fn(*[vload(a, i) for a in ins]), out, i)

        def scalar(i):
            vals = [load(a, i) for a in ins]
            if scalar_via_vector:
                r = extract(fn(*[bcast(v) for v in vals]), 0)
            else:
                r = fn(*vals)
            store(r, out, i)

        def chunk(c):
            lo = mul(c, chunk_len)
            hi = arith.MinUIOp(as_value(add(lo, chunk_len)), as_value(count)).result
            vec_then_scalar(hi, vec, scalar, start=lo)

        parallel(0, div(add(count, chunk_len - 1), chunk_len), chunk, work=count,
                 min_work=spec.parallel_min_work)

    return kernel_func(spec, body)


#: Per family: the function of the inputs, and whether its scalar tail goes through a
#: vector (``fn`` needs vector ``math.exp``).
_ELEMENTWISE: dict[str, tuple[Callable[..., SSAValue], bool]] = {
    "swiglu": (lambda g, u: fmul(vsilu(g), u), True),  # out = silu(gate) * up
    "silu": (vsilu, True),  # out = x * sigmoid(x)
    "add": (fadd, False),
    "mul": (fmul, False),
}


def elementwise(spec: ElementwiseSpec) -> func.FuncOp:
    """``(a, b, out, count)`` or ``(x, out, count)``: swiglu, silu, add or mul."""
    fn, via_vector = _ELEMENTWISE[spec.family]
    return _elementwise(spec, fn, via_vector)


def gather_last(spec: GatherLastSpec) -> func.FuncOp:
    """``(x[B*S*hidden], out[B*hidden], B, S)``: out[b] = x[b, S-1]."""
    hidden = spec.hidden

    def body(x, out, b_sz, s_sz):
        def row(b):
            src = mul(sub(mul(add(b, 1), s_sz), 1), hidden)
            copy(x, src, out, mul(b, hidden), hidden)

        for_(0, b_sz, 1, [], row)

    return kernel_func(spec, body)


def kv_write(spec: KVWriteSpec) -> func.FuncOp:
    """``(new[B*S*dim], cache[B*CAP*dim], B, S, offset, CAP)``: cache[b*CAP+offset+s] = new[b*S+s];
    slotted, ``(new, cache[SLOTS*CAP*dim], slot_ids i32[B], positions i32[B], B, S, offset, CAP,
    SLOTS)``: cache[slot_ids[b]*CAP + positions[b] + s] = new[b*S+s]. A ring-buffer cache
    (``spec.ring``: CAP rows) takes position p at row p mod ring."""
    dim = spec.dim

    def body(new, cache, *rest):
        tables, (b_sz, s_sz, offset, cap, *slots) = (rest[:2], rest[2:]) if spec.slotted else ((), rest)

        def row(i):
            b, s = div(i, s_sz), rem(i, s_sz)
            src = mul(i, dim)
            seq, start = (b, offset) if not tables else slot_row(tables, b, slots[0], offset)
            row = add(mul(seq, cap), rem(add(start, s), spec.ring)) if spec.ring else add(add(mul(seq, cap), start), s)
            dst = mul(row, dim)
            copy(new, src, cache, dst, dim, spec.kv_format)

        rows = mul(b_sz, s_sz)
        parallel(0, rows, row, work=mul(rows, dim), min_work=spec.parallel_min_work)

    return kernel_func(spec, body)

