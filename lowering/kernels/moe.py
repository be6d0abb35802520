"""Mixture-of-experts kernels: the routing (``moe_gate``) and the experts' matmuls grouped
by expert (``moe_swiglu``, ``moe_down``).

``moe_gate`` gives each token its gates over the ``E`` experts: zero but for its top
``top_k``. The two matmul kernels first group the (token, expert) pairs of a window of
tokens by expert, on the calling thread (:func:`_group_pairs`: a pair is a nonzero gate;
its slot is the rank of the expert among the token's, lowest index first), then run one
parallel loop over the 16-column tiles of the output: each tile runs every selected
expert's pairs in register blocks over that expert's packed tile
(:func:`rlx.lowering.kernels.matmul._tile_rows`, reading the tiles of the spec's
``weight_format`` through :class:`~rlx.lowering.kernels.tiles.TileReader`: bf16/f16
widened, q8_0/q4_0 dequantized in registers), so an expert nobody selected is never
read, and a selected one once per window, whatever the number of its tokens (a decode
step reads ``top_k`` experts per token; a prefill each expert it routes to once).

Block-quantized experts (q8_0, q4_0) in a call of fewer tokens than ``spec.int8_below``
(decode) take the dense matmuls' integer dot products instead (:func:`_by_calls`): the
input rows quantized to 8-bit blocks once per call, a pair at a time.

``moe_down`` sums a token's experts in expert order, in the tile's own thread: no two
threads write one output value, and the result does not depend on the threads.
"""

from __future__ import annotations

from xdsl.builder import ImplicitBuilder
from xdsl.dialects import arith, func, memref, scf
from xdsl.dialects.builtin import i32
from xdsl.ir import Block, Region

from rlx.lowering.kernels.builder import (
    IDX,
    VEC,
    add,
    as_value,
    bcast,
    cf,
    ci,
    extract,
    fadd,
    fdiv,
    fma,
    fmax,
    fmul,
    for_,
    fsub,
    if_,
    load,
    load_index,
    mul,
    parallel,
    round_down,
    store,
    sub,
    tree_sum,
    vconst,
    vexp,
    vload,
    vsilu,
    vstore,
    vsum,
)
from rlx.lowering.kernels import matmul_int8
from rlx.lowering.kernels.matmul import _store_cols, _tile_rows
from rlx.lowering.kernels.tiles import TileReader
from rlx.lowering.kernels.spec import MoEGateSpec, MoEMatmulSpec, kernel_func
from rlx.runtime.packing import LINEAR_TILE

#: independent FMA chains of the router's dot products
DOT_CHAINS = 4


def _dot(a, abase, b, bbase, n: int):
    """``sum(a[abase:abase+n] * b[bbase:bbase+n])`` (static ``n``) as an f32 scalar."""
    step = VEC * DOT_CHAINS
    main = n // step * step

    def chunk(i, *acc):
        return [fma(vload(a, add(abase, add(i, c * VEC))), vload(b, add(bbase, add(i, c * VEC))), acc[c])
                for c in range(DOT_CHAINS)]

    accs = list(for_(0, main, step, [vconst(0.0)] * DOT_CHAINS, chunk)) if main else [vconst(0.0)]
    for c, i in enumerate(range(main, n // VEC * VEC, VEC)):  # static leftover vectors
        accs[c % len(accs)] = fma(vload(a, add(abase, i)), vload(b, add(bbase, i)), accs[c % len(accs)])
    total = vsum(tree_sum(accs))
    for i in range(n // VEC * VEC, n):  # static scalar tail
        total = fadd(total, fmul(load(a, add(abase, i)), load(b, add(bbase, i))))
    return total


def _exp(x):
    """exp of an f32 scalar (the vector polynomial on a broadcast, lane 0)."""
    return extract(vexp(bcast(x)), 0)


def moe_gate(spec: MoEGateSpec) -> func.FuncOp:
    """``(x[M*hidden], router[experts*hidden], out[M*experts], M)``: per token, the softmax of
    the router logits over all experts, then the ``top_k`` largest (equal ones: the lowest
    index first; each pick scans the experts, skipping those picked), divided by their sum
    with ``normalize``; zeros elsewhere. ``out`` holds the logits and the probabilities on
    the way."""
    hidden, experts, top_k = spec.hidden, spec.experts, spec.top_k

    def body(x, router, out, m_sz):
        def token(t):
            xb, ob = mul(t, hidden), mul(t, experts)

            def logit(e):
                store(_dot(x, xb, router, mul(e, hidden), hidden), out, add(ob, e))

            for_(0, experts, 1, [], logit)
            top = for_(1, experts, 1, [load(out, ob)], lambda e, m: [fmax(m, load(out, add(ob, e)))])[0]

            def exp(e, total):
                p = _exp(fsub(load(out, add(ob, e)), top))
                store(p, out, add(ob, e))
                return [fadd(total, p)]

            total = for_(0, experts, 1, [cf(0.0)], exp)[0]
            for_(0, experts, 1, [], lambda e: store(fdiv(load(out, add(ob, e)), total), out, add(ob, e)))
            picked, values = [], []
            for _ in range(top_k):
                def scan(e, best, best_e, picked=tuple(picked)):
                    v = load(out, add(ob, e))
                    better = arith.CmpfOp(v, best, "ogt").result
                    for other in picked:
                        better = arith.AndIOp(better, arith.CmpiOp(as_value(e), other, "ne").result).result
                    return [arith.SelectOp(better, v, best).result, arith.SelectOp(better, e, best_e).result]

                best, best_e = for_(0, experts, 1, [cf(-1.0), ci(experts)], scan)  # no pick: index experts
                picked.append(best_e)
                values.append(best)
            norm = values[0]
            for v in values[1:]:
                norm = fadd(norm, v)

            def gate(e):
                keep = arith.CmpiOp(as_value(e), picked[0], "eq").result
                for other in picked[1:]:
                    keep = arith.OrIOp(keep, arith.CmpiOp(as_value(e), other, "eq").result).result
                p = load(out, add(ob, e))
                g = fdiv(p, norm) if spec.normalize else p
                store(arith.SelectOp(keep, g, cf(0.0)).result, out, add(ob, e))

            for_(0, experts, 1, [], gate)

        parallel(0, m_sz, token, work=mul(m_sz, hidden * experts), min_work=spec.parallel_min_work)

    return kernel_func(spec, body)


def _to_i32(v):
    return arith.IndexCastOp(as_value(v), i32).result


def _if_index(cond, then_fn, else_fn):
    """``scf.if`` yielding one index value."""
    op = scf.IfOp(cond, [IDX], Region(Block()), Region(Block()))
    with ImplicitBuilder(op.true_region.block):
        scf.YieldOp(as_value(then_fn()))
    with ImplicitBuilder(op.false_region.block):
        scf.YieldOp(as_value(else_fn()))
    return op.results[0]


class _Pairs:
    """The (token, expert) pairs of a window, grouped by expert: expert ``e``'s pairs are
    ``starts[e] .. starts[e+1]``, each with its token and its slot. Stack buffers of the
    calling thread, shared by the tiles' threads."""

    def __init__(self, spec: MoEMatmulSpec):
        self.spec = spec
        self.tokens = memref.AllocaOp.get(i32, shape=[spec.window * spec.top_k]).memref
        self.slots = memref.AllocaOp.get(i32, shape=[spec.window * spec.top_k]).memref
        self.seen = memref.AllocaOp.get(i32, shape=[spec.window]).memref
        self.starts = memref.AllocaOp.get(i32, shape=[spec.experts + 1]).memref

    def group(self, gates, w0, w1):
        """Group the pairs of tokens ``w0 .. w1``: a nonzero gate (NaN included: it then
        reaches the output) among a token's first ``top_k``; returns the pair count."""
        experts, top_k = self.spec.experts, self.spec.top_k
        for_(w0, w1, 1, [], lambda t: store(_to_i32(0), self.seen, sub(t, w0)))

        def expert(e, n):
            store(_to_i32(n), self.starts, e)

            def token(t, n):
                slot = load_index(self.seen, sub(t, w0))
                nonzero = arith.CmpfOp(load(gates, add(mul(t, experts), e)), cf(0.0), "une").result
                take = arith.AndIOp(nonzero, arith.CmpiOp(slot, ci(top_k), "ult").result).result

                def pair():
                    store(_to_i32(t), self.tokens, n)
                    store(_to_i32(slot), self.slots, n)
                    store(_to_i32(add(slot, 1)), self.seen, sub(t, w0))
                    return add(n, 1)

                return [_if_index(take, pair, lambda: n)]

            return for_(w0, w1, 1, [n], token)

        count = for_(0, experts, 1, [ci(0)], expert)[0]
        store(_to_i32(count), self.starts, experts)
        return count

    def run(self, e, rows: int, emit) -> None:
        """``emit(pairs)`` over expert ``e``'s pairs: blocks of ``rows``, then one at a time."""
        s0, s1 = load_index(self.starts, e), load_index(self.starts, add(e, 1))
        blocks = add(s0, round_down(sub(s1, s0), rows))
        for_(s0, blocks, rows, [], lambda p0: emit([add(p0, r) for r in range(rows)]))
        for_(blocks, s1, 1, [], lambda p: emit([p]))

    def token(self, p):
        return load_index(self.tokens, p)

    def slot(self, p):
        return load_index(self.slots, p)


def _windows(spec: MoEMatmulSpec, m_sz, window_fn) -> None:
    """``window_fn(w0, w1)`` for the windows of ``spec.window`` tokens of ``M``."""
    def window(w0):
        window_fn(w0, arith.MinUIOp(as_value(add(w0, spec.window)), as_value(m_sz)).result)
    for_(0, m_sz, spec.window, [], window)


def _expert_tiles(spec: MoEMatmulSpec, count, item) -> None:
    """One parallel loop over the 16-column output tiles, ``item(j)`` each (serial below
    ``spec.parallel_min_work`` multiply-adds: ``count`` pairs of ``k * n`` each)."""
    ntiles = -(-spec.n // LINEAR_TILE)
    mats = 2 if spec.family == "moe_swiglu" else 1
    parallel(0, ntiles, item, work=mul(count, mats * spec.k * spec.n), min_work=spec.parallel_min_work)


def _lanes(spec: MoEMatmulSpec, rows) -> int:
    return spec.lanes if len(rows) > 1 else VEC


def _by_calls(spec: MoEMatmulSpec, x, m_sz, rows_per_token: int, reader: TileReader, nest) -> None:
    """Emit a kernel's windows, ``nest(block_sums, block_rows)``, where ``block_sums(rows,
    streams)`` gives rows ``rows`` of ``x`` against the tiles ``streams`` (per row, per
    stream, the column vectors): the f32 register blocks of ``spec.rows`` pairs
    (:func:`_tile_rows`), or with ``spec.int8_dot``, for calls of fewer than
    ``spec.int8_below`` tokens (decode), the integer dot products a pair at a time over the
    ``M * rows_per_token`` rows of ``x`` quantized once per call (:mod:`matmul_int8`)."""
    def f32_blocks(rows, streams):
        return _tile_rows(x, spec.k, streams, rows, spec.kunroll, _lanes(spec, rows), reader=reader)

    if not spec.int8_dot:
        nest(f32_blocks, spec.rows)
        return
    def integer(q):
        nest(lambda rows, streams: matmul_int8.tile_rows(q, spec, streams, rows, reader), 1)

    matmul_int8.by_call_rows(spec, x, m_sz, spec.int8_below, integer, lambda: nest(f32_blocks, spec.rows),
                             rows_per_call_row=rows_per_token)


def moe_swiglu(spec: MoEMatmulSpec) -> func.FuncOp:
    """``(x[M*hidden], gates[M*experts], w_gate, w_up, out[M*top_k*inter], M)``: for each pair
    (token t, expert e, slot s), ``out[t, s] = silu(x[t] @ w_gate[e].T) * (x[t] @ w_up[e].T)``.
    ``w_gate``/``w_up``: ``experts`` packed ``[inter, hidden]`` weights, one after the other
    (``reader.packed_size(inter)`` elements each)."""
    hidden, inter, top_k = spec.hidden, spec.inter, spec.top_k
    reader = TileReader(hidden, spec.weight_format)
    per_expert = reader.packed_size(inter)
    rem, full_tiles = inter % LINEAR_TILE, inter // LINEAR_TILE

    def body(x, gates, wg, wu, out, m_sz):
        pairs = _Pairs(spec)

        def nest(block_sums, block_rows):
            def window(w0, w1):
                count = pairs.group(gates, w0, w1)

                def tile(j):
                    is_full = arith.CmpiOp(j, ci(full_tiles), "ult").result if rem and full_tiles else None

                    def expert(e):
                        base = add(mul(e, per_expert), reader.tile_base(j))
                        streams = [(wg, base), (wu, base)]

                        def emit(ps):
                            ts = [pairs.token(p) for p in ps]
                            for p, t, (gate, up) in zip(ps, ts, block_sums(ts, streams)):
                                vals = tuple(fmul(vsilu(g), u) for g, u in zip(gate, up))
                                row = add(mul(t, top_k), pairs.slot(p))
                                _store_cols(vals, out, add(mul(row, inter), mul(j, LINEAR_TILE)),
                                            LINEAR_TILE if not rem else rem, is_full)

                        pairs.run(e, block_rows, emit)

                    for_(0, spec.experts, 1, [], expert)

                _expert_tiles(spec, count, tile)

            _windows(spec, m_sz, window)

        _by_calls(spec, x, m_sz, 1, reader, nest)

    return kernel_func(spec, body)


def _accumulate_cols(vals, gate, out, obase, ncols: int, col_is_full=None) -> None:
    """``out[obase : obase + ncols] += gate * vals`` (16 columns, only ``ncols`` in a partial
    last tile; ``col_is_full``: a run-time test, None = always full / always partial)."""
    lanes = vals[0].type.get_shape()[0]

    def full():
        g = bcast(gate, lanes)
        for h, v in enumerate(vals):
            at = add(obase, h * lanes)
            vstore(fma(g, v, vload(out, at, lanes)), out, at)

    def partial():
        for c in range(ncols):
            at = add(obase, c)
            store(fadd(load(out, at), fmul(gate, extract(vals[c // lanes], c % lanes))), out, at)

    if ncols == LINEAR_TILE:
        full()
    elif col_is_full is None:
        partial()
    else:
        if_(col_is_full, full, partial)


def moe_down(spec: MoEMatmulSpec) -> func.FuncOp:
    """``(act[M*top_k*inter], gates[M*experts], w_down, out[M*hidden], M)``: ``out[t] = sum over
    t's pairs (expert e, slot s), in expert order, of gates[t, e] * (act[t, s] @ w_down[e].T)``.
    ``w_down``: ``experts`` packed ``[hidden, inter]`` weights, one after the other
    (``reader.packed_size(hidden)`` elements each)."""
    hidden, inter, experts, top_k = spec.hidden, spec.inter, spec.experts, spec.top_k
    reader = TileReader(inter, spec.weight_format)
    per_expert = reader.packed_size(hidden)
    rem, full_tiles = hidden % LINEAR_TILE, hidden // LINEAR_TILE
    ncols = LINEAR_TILE if not rem else rem

    def body(act, gates, wd, out, m_sz):
        pairs = _Pairs(spec)

        def nest(block_sums, block_rows):
            def window(w0, w1):
                count = pairs.group(gates, w0, w1)

                def tile(j):
                    is_full = arith.CmpiOp(j, ci(full_tiles), "ult").result if rem and full_tiles else None
                    col = mul(j, LINEAR_TILE)
                    zeros = (vconst(0.0), vconst(0.0))
                    for_(w0, w1, 1, [], lambda t: _store_cols(zeros, out, add(mul(t, hidden), col), ncols, is_full))

                    def expert(e):
                        streams = [(wd, add(mul(e, per_expert), reader.tile_base(j)))]

                        def emit(ps):
                            ts = [pairs.token(p) for p in ps]
                            rows = [add(mul(t, top_k), pairs.slot(p)) for p, t in zip(ps, ts)]
                            for t, (vals,) in zip(ts, block_sums(rows, streams)):
                                gate = load(gates, add(mul(t, experts), e))
                                _accumulate_cols(vals, gate, out, add(mul(t, hidden), col), ncols, is_full)

                        pairs.run(e, block_rows, emit)

                    for_(0, experts, 1, [], expert)

                _expert_tiles(spec, count, tile)

            _windows(spec, m_sz, window)

        _by_calls(spec, act, m_sz, top_k, reader, nest)

    return kernel_func(spec, body)
