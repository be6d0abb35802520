"""Matmul kernels over packed weights: the tiled loop nest and its register micro-kernels.

``linear``, ``multi_linear`` (several weights sharing the input, one call) and
``linear_swiglu`` (gate and up weights, SiLU product in the epilogue) share one loop
nest (:func:`_tiled_matmul`) around register-tiled blocks (:func:`_tile_rows`); the
block shape, the k unroll and the work split come from the :class:`MatmulSpec`.
"""

from __future__ import annotations

import dataclasses

from xdsl.builder import ImplicitBuilder
from xdsl.dialects import arith, func, memref, scf
from xdsl.dialects.builtin import f32
from xdsl.ir import Block, Region, SSAValue

from rlx.lowering.kernels.builder import (
    VEC,
    add,
    as_value,
    bcast,
    ci,
    div,
    extract,
    fadd,
    fma,
    fmul,
    for_,
    if_,
    insert,
    lanes_of,
    load,
    mul,
    parallel,
    rem,
    round_down,
    store,
    sub,
    tree_sum,
    vconst,
    vload,
    vsilu,
    vstore,
)
from rlx.dialects.rlx_cpu import PrefetchOp
from rlx.lowering.kernels import matmul_int8
from rlx.lowering.kernels.spec import MatmulSpec, kernel_func
from rlx.lowering.kernels.tiles import TileReader, next_group_strides, tile_reader
from rlx.runtime.packing import LINEAR_TILE

def _tile_rows(x, k: int, streams, rows, kunroll: int, lanes: int = VEC, halves=None, reader=None,
               prefetch: str = "none", prefetch_steps: int = 0, block_chains: int = 1, block_steps: int = 1,
               x_stride: int = 0):
    """Accumulate ``x[rows] @ tile`` for packed ``[k][16]`` weight tiles.

    ``streams``: ``(w, wbase)`` pairs, each a tile of 16 output columns read
    sequentially as ``16 / lanes`` vectors of ``lanes`` f32 (two ``vector<8xf32>`` or one
    ``vector<16xf32>``); ``rows``: the row indices of ``x`` (static count). Returns, per
    row, per stream, the tuple of column vectors. Every k step loads each stream's 64
    bytes once and broadcasts each row's x value once; with one row, k is unrolled by
    ``kunroll`` into independent FMA chains (summed at the end), with several by
    ``block_chains`` // the block's accumulators (tiles of one value per k step), and at
    least ``block_steps`` k steps per loop iteration on those chains. ``halves``: only these
    of the tile's vectors (a narrower block: twice the rows in the same registers).
    ``reader``: reads the weight vectors (:class:`TileReader`; f32 by default); a
    format with block scales runs k as blocks, loading the scales once per block.
    ``prefetch`` (f32 tiles): each k step also prefetches a line of each stream
    (:func:`_prefetch_block_lines`): ``next_tile``, ``l1_ahead`` or ``none``.
    ``x_stride``: the elements from one row of ``x`` to the next (0: ``k``).
    """
    T = LINEAR_TILE
    reader = reader or TileReader(k, "f32")
    sel = list(range(T // lanes)) if halves is None else list(halves)
    parts = len(sel)
    nr, ns = len(rows), len(streams)
    xrows = _row_offsets(rows, x_stride or k)
    zero = vconst(0.0, lanes)
    if nr == 1:
        unroll = kunroll
    elif reader.group == 1:  # one value per k step: unroll a small block to block_chains chains
        unroll = max(1, block_chains // (nr * ns * parts))
    else:
        unroll = 1
    # k steps per iteration: powers of 2, so a multiple of both; a row block over a block
    # format's tiles takes one step per iteration, its field of the group's words chosen
    # at run time (the steps of a group side by side spill the row block's registers)
    one_step = reader.group > 1 and nr > 1
    span = 1 if one_step else max(unroll, reader.group, block_steps if nr > 1 else 1)
    k_main = k // span * span
    if reader.block and reader.block % span:
        raise ValueError(f"a k unroll of {unroll} does not divide the {reader.block} steps of a block")

    def idx(u, r, s, h):
        return ((u * nr + r) * ns + s) * parts + h

    def step(acc, k0, s, scales=None):  # k step k0 + s, on FMA chain s % unroll
        u = s % unroll if isinstance(s, int) else 0
        ws = []
        for si, (w, wbase) in enumerate(streams):
            ws.append([reader.load(w, wbase, k0, s, h * lanes, lanes, scales[si][hi] if scales else None)
                       for hi, h in enumerate(sel)])
        if prefetch != "none":
            _prefetch_block_lines(prefetch, prefetch_steps, streams, reader, k0, s)
        for r in range(nr):
            xb = bcast(load(x, add(xrows[r], add(k0, s))), lanes)
            for si, wv in enumerate(ws):
                for h in range(parts):
                    acc[idx(u, r, si, h)] = fma(xb, wv[h], acc[idx(u, r, si, h)])

    def ksteps(kb, scales=None):
        def kstep(kk, *acc):
            new = list(acc)
            if one_step:
                s = rem(kk, reader.group)
                step(new, add(kb, sub(kk, s)), s, scales)
                return new
            for s in range(span):
                step(new, add(kb, kk), s, scales)
            return new
        return kstep

    zeros = [zero] * (unroll * nr * ns * parts)
    if reader.block:
        def block(b, *acc):
            scales = [[reader.scale(w, wbase, b, h * lanes, lanes) for h in sel] for w, wbase in streams]
            return for_(0, reader.block, span, acc, ksteps(mul(b, reader.block), scales))

        acc = list(for_(0, k // reader.block, 1, zeros, block))
    else:
        acc = list(for_(0, k_main, span, zeros, ksteps(0)))
        for kk in range(k_main, k):  # static k tail (< span steps)
            step(acc, 0, kk)
    return [[tuple(tree_sum([acc[idx(u, r, si, h)] for u in range(unroll)]) for h in range(parts))
             for si in range(ns)] for r in range(nr)]


def _row_offsets(rows, k: int) -> list:
    """``x``'s offset of each row (``k`` elements apart): ``rows[0] * k + i * k`` when the rows are consecutive
    (``rows[i] = rows[0] + i``, as a register block's are), so that every row is one
    address register plus a constant (a block of 12 rows with a pointer per row spilled
    pointers on AVX-512's 16 general registers), else ``rows[i] * k``."""
    first = mul(rows[0], k)

    def is_next(i, r) -> bool:
        if not isinstance(r, SSAValue) or not isinstance(r.owner, arith.AddiOp):
            return False
        lhs, rhs = r.owner.lhs, r.owner.rhs
        return (lhs == rows[0] and isinstance(rhs.owner, arith.ConstantOp)
                and rhs.owner.value.value.data == i)

    if all(is_next(i, r) for i, r in enumerate(rows[1:], 1)):
        return [first] + [add(first, i * k) for i in range(1, len(rows))]
    return [mul(r, k) for r in rows]


def _prefetch_block_lines(kind: str, steps: int, streams, reader: TileReader, k0, s) -> None:
    """Prefetch, for k step ``k0 + s`` of each stream (a line: 16 f32, 64 bytes), with
    ``kind`` ``next_tile`` the same line of the tile after it in its buffer (the one the
    block runs next) into L2, with ``l1_ahead`` its own tile's line ``steps`` k steps
    ahead into L1. Why: a block of several rows spends more instructions per weight line
    than a single row, so its out-of-order window alone keeps too few lines in flight
    from memory; and a zmm block re-reading its tile from L2 outruns the hardware's L1
    prefetch (figures at ``select.BLOCK_PREFETCH``)."""
    if kind == "next_tile":
        strides, cache = next_group_strides(streams, reader.tile_size), "l2"
    else:
        strides, cache = [steps * LINEAR_TILE] * len(streams), "l1"
    for (w, base), stride in zip(streams, strides):
        at = add(base, mul(add(k0, s), LINEAR_TILE))  # the load's index: one address register for both
        PrefetchOp(w, as_value(add(at, stride)), cache)


def _lanes(spec: MatmulSpec, rows) -> int:
    """The vector width of a block: ``spec.lanes``, but ``vector<8xf32>`` for a single
    row (decode's matvec streams the weights; it keeps the code it was measured with),
    except for bf16 and f16 weights, whose widening instructions do twice the weights in
    zmm vectors (decode 0.6B bf16 on a Zen 4: 34-36 tok/s against 24-36 in ymm; Q8_0
    and Q4_0 measured slower in zmm there: 25-33 against 33-38 tok/s)."""
    return spec.lanes if len(rows) == 1 and spec.weight_format in ("bf16", "f16") else \
        VEC if len(rows) == 1 else spec.lanes


def block_prefetch(spec: MatmulSpec, rows) -> str:
    """What a block of ``rows`` prefetches (:func:`_prefetch_block_lines`): a register
    block of several rows, ``spec.block_prefetch``; a single row nothing."""
    return spec.block_prefetch if len(rows) > 1 else "none"


def _by_rows(spec: MatmulSpec, x, m_sz, nest) -> None:
    """Emit a kernel's loop nest, ``nest(spec, block_sums)``, where
    ``block_sums(rows, streams, reader)`` computes a block's column vectors: the f32
    blocks (:func:`_tile_rows`), or with ``spec.int8_dot``, for calls of fewer rows than
    a register block (decode), the integer dot products over ``x`` quantized once per
    call (:mod:`rlx.lowering.kernels.matmul_int8`); larger calls keep the f32 blocks."""
    def f32_blocks(rows, streams, reader):  # a single row's chains: kunroll is for the spec's streams
        kunroll = max(1, spec.kunroll * spec.streams // len(streams))
        return _tile_rows(x, spec.k, streams, rows, kunroll, _lanes(spec, rows), reader=reader,
                          prefetch=block_prefetch(spec, rows), prefetch_steps=spec.prefetch_steps,
                          block_chains=spec.block_chains, block_steps=spec.block_steps, x_stride=spec.x_stride)

    if not spec.int8_dot:
        nest(spec, f32_blocks)
        return
    matmul_int8.by_call_rows(
        spec, x, m_sz, spec.int8_rows_below,
        lambda q: nest(dataclasses.replace(spec, stage=False, block_prefetch="none", prefetch_steps=0),
                       lambda rows, streams, reader: matmul_int8.tile_rows(q, spec, streams, rows, reader), True),
        lambda: nest(spec, f32_blocks), x_stride=spec.x_stride)


def _tiled_matmul_over(spec: MatmulSpec, m_sz, ntiles: int, work, tiles_fn, single_rows: bool = False) -> None:
    """:func:`_tiled_matmul` where ``tiles_fn(tiles, staged)`` is given a static list of
    tiles: pairs ``[2p, 2p + 1]`` (``spec.paired``, an even ``ntiles``) or single tiles;
    with ``spec.row_pairs``, pairs in the calls of one row."""
    def pairs(p, staged):
        return tiles_fn([mul(p, 2), add(mul(p, 2), 1)], staged)

    def singles():
        _tiled_matmul(spec, m_sz, ntiles, work, lambda t, staged: tiles_fn([t], staged), single_rows)

    if spec.paired:
        _tiled_matmul(spec, m_sz, ntiles // 2, work, pairs, single_rows)
    elif spec.row_pairs and not single_rows:
        one_row = arith.CmpiOp(as_value(m_sz), ci(1), "eq").result
        if_(one_row, lambda: _tiled_matmul(spec, m_sz, ntiles // 2, work, pairs, True), singles)
    else:
        singles()


def _stage(spec: MatmulSpec, streams, reader: TileReader):
    """Dequantize the tiles ``streams`` into one f32 stack copy (``[k][16]`` each, in
    order) and return the streams over it, with the f32 reader: the row blocks of a
    panel then run the f32 micro-kernel on weights widened once per tile instead of
    once per row block (``spec.stage``)."""
    T, k, lanes = LINEAR_TILE, spec.k, spec.lanes
    scratch = memref.AllocaOp.get(f32, shape=[len(streams) * k * T]).memref
    block, group = reader.block or 1, reader.group
    for i, (w, base) in enumerate(streams):
        def blocks(b, w=w, base=base, i=i):
            scales = [reader.scale(w, base, b, h * lanes, lanes) if reader.block else None
                      for h in range(T // lanes)]

            def kgroup(kk):
                k0 = add(mul(b, block), kk)
                for s in range(group):
                    for h in range(T // lanes):
                        vstore(reader.load(w, base, k0, s, h * lanes, lanes, scales[h]), scratch,
                               add(i * k * T, add(mul(add(k0, s), T), h * lanes)))
            for_(0, block, group, [], kgroup)
        for_(0, k // block, 1, [], blocks)
    return [(scratch, i * k * T) for i in range(len(streams))], TileReader(k, "f32")


def _streams(spec: MatmulSpec, tiles, staged: bool):
    """The ``(buffer, base)`` streams of ``tiles`` (``(w, t)`` pairs: tile ``t`` of weight
    ``w``) and their reader: the packed weights, or their staged f32 copy."""
    reader = tile_reader(spec)
    streams = [(w, reader.tile_base(t)) for w, t in tiles]
    return _stage(spec, streams, reader) if staged else (streams, reader)


def _tiled_matmul(spec: MatmulSpec, m_sz, ntiles: int, work, tile_fn, single_rows: bool = False) -> None:
    """The loop nest of the matmul kernels around ``tile_fn(t, staged)``, which sets up
    column block ``t`` (one 16-column tile, or a pair: see :func:`_tiled_matmul_over`;
    "tile" below) and returns ``run(rows)``, which emits it for a static list of row
    indices. ``staged``: the tile's weights are to be read from an f32 copy
    (:func:`_stage`): with ``spec.stage``, an item whose panel holds at least one row
    block stages each tile first; a panel of single rows (decode) reads the weights
    where they are. ``single_rows``: the call has fewer rows than a register block
    (the integer dot products' calls, :func:`_by_rows`): no row-block code at all.

    Work items are (group of ``spec.tile_group`` tiles, panel of ``spec.panel_rows``
    rows), tile-group major, split over threads by ``scf.parallel`` (serially below
    ``spec.parallel_min_work``). An item runs each of its tiles over the panel's rows
    in blocks of ``spec.rows`` (register-tiled), then blocks of each of ``spec.tail_rows``
    in turn (smaller register blocks, largest first), then one row at a time: the panel
    (``select.MATMUL_PANEL_BYTES`` of ``x``) stays in L2 across the group's tiles, so
    ``x`` is read from memory once per group instead of once per tile; a tile's weights (``k * 64`` bytes) are read
    once per panel. With fewer rows than a register block (decode) an item is one
    tile (``k * 64`` bytes per weight): the team runtime's guided schedule (``lowering/llvm/team.py``) hands each
    thread contiguous runs of tiles, shrinking towards the end, so both threads
    stream until the last few tiles instead of one idling through the last big item.
    """
    block_rows, panel, group = spec.rows, spec.panel_rows, spec.tile_group
    tails = spec.tail_rows
    if single_rows:  # the call has fewer rows than a block (the integer dot products' calls)
        group = 1
    elif group > 1:  # fewer rows than a register block (decode): one tile per item
        few_rows = arith.CmpiOp(as_value(m_sz), ci(block_rows), "ult").result
        group = arith.SelectOp(few_rows, ci(1), ci(group)).result
    ngroups = add(div(ntiles - 1, group), 1)
    npanels = div(add(m_sz, panel - 1), panel)  # hoisted out of the parallel region

    def item(i):
        g = div(i, npanels)
        p = rem(i, npanels)
        m0 = mul(p, panel)
        m1 = arith.MinUIOp(as_value(add(m0, panel)), as_value(m_sz)).result
        m_blk = add(m0, round_down(sub(m1, m0), block_rows))
        t0 = mul(g, group)
        t1 = add(t0, 1) if group == 1 else arith.MinUIOp(as_value(add(t0, group)), ci(ntiles)).result

        def rows_of(t, staged):
            """Blocks of ``block_rows``, then of each of ``tails`` (``spec.tail_rows``), then
            single rows."""
            run = tile_fn(t, staged)
            for_(m0, m_blk, block_rows, [], lambda r0: run([add(r0, r) for r in range(block_rows)]))
            rest = m_blk
            for tail in tails:
                start, rest = rest, add(rest, round_down(sub(m1, rest), tail))
                for_(start, rest, tail, [], lambda r0, tail=tail: run([add(r0, r) for r in range(tail)]))
            for_(rest, m1, 1, [], lambda m: run([m]))

        def single_rows_of(t):  # fewer rows than the smallest block
            run = tile_fn(t, False)
            for_(m0, m1, 1, [], lambda m: run([m]))

        def dot_rows_of(t):
            """The integer dot products' rows: blocks of ``spec.dot_rows`` (one load of each
            weight word for them all: a batched decode step), then single rows."""
            run, n = tile_fn(t, False), spec.dot_rows
            rest = m0
            if n > 1:
                rest = add(m0, round_down(sub(m1, m0), n))
                for_(m0, rest, n, [], lambda r0: run([add(r0, r) for r in range(n)]))
            for_(rest, m1, 1, [], lambda m: run([m]))

        def tile(t):
            if single_rows:
                dot_rows_of(t)
                return
            if not spec.stage:
                rows_of(t, False)
                return
            has_blocks = arith.CmpiOp(as_value(sub(m1, m0)), ci(min(tails, default=block_rows)), "uge").result
            if_(has_blocks, lambda: rows_of(t, True), lambda: single_rows_of(t))

        for_(t0, t1, 1, [], tile)

    parallel(0, mul(npanels, ngroups), item, work=work, min_work=spec.parallel_min_work,
             share=spec.dot_share if single_rows else 0)


def _store_cols(vals, out, obase, ncols: int, col_is_full=None) -> None:
    """Store 16 columns (the vectors ``vals``) at ``out[obase]``; only ``ncols`` if the
    tile is the last, partial one (``col_is_full``: run-time test, None = always full)."""
    lanes = lanes_of(vals[0])

    def full():
        for h, v in enumerate(vals):
            vstore(v, out, add(obase, h * lanes))

    def partial():
        for j in range(ncols):
            store(extract(vals[j // lanes], j % lanes), out, add(obase, j))

    if ncols == LINEAR_TILE:
        full()
    elif col_is_full is None:
        partial()
    else:
        if_(col_is_full, full, partial)


def _add_cols(vals, mem, at):
    """``vals`` (the vectors of 16 columns) + ``mem[at:at+16]`` (a bias, a residual row's columns)."""
    lanes = lanes_of(vals[0])
    return tuple(fadd(v, vload(mem, add(at, h * lanes), lanes)) for h, v in enumerate(vals))


def linear(spec: MatmulSpec) -> func.FuncOp:
    """``(x[M*k], w_packed[ceil(n/16)*k*16], [bias[n]], [residual[M*n]], out[M*n], M)``:
    out = x @ W^T (+ b) (+ residual), the bias and residual added as each tile is stored.

    ``w_packed`` comes from :func:`rlx.runtime.packing.pack_linear_weight`. The loop nest
    is :func:`_tiled_matmul` over the 16-column tiles, in pairs when ``spec.paired``:
    each pair runs a ``spec.rows`` x 32 register-tiled micro-kernel (else each tile a
    ``spec.rows`` x 16 one) over the row blocks of an L2-resident panel of ``x``, then
    a single-row loop for the remainder (all of M when decoding) with k unrolled so 8
    independent FMA chains hide the FMA latency.
    """
    k, (n,), has_bias = spec.k, spec.ns, spec.bias
    T = LINEAR_TILE
    ntiles = -(-n // T)
    full_tiles = n // T
    rem = n % T

    def body(*args):
        x, w, *rest, out, m_sz = args
        bias = rest.pop(0) if has_bias else None
        residual = rest.pop(0) if spec.residual else None

        def nest(spec, block_sums, single_rows=False):
            def tiles_fn(tiles, staged):
                streams, reader = _streams(spec, [(w, t) for t in tiles], staged)
                is_full = None
                if rem and full_tiles:
                    is_full = arith.CmpiOp(tiles[0], ci(full_tiles), "ult").result

                def run(rows):
                    if residual is not None:  # its lines arrive during the k loop, not in the epilogue
                        for m in rows:
                            for t in tiles:
                                PrefetchOp(residual, as_value(add(mul(m, n), mul(t, T))), "l2")
                    emit(block_sums(rows, streams, reader), rows, tiles, is_full)
                return run

            _tiled_matmul_over(spec, m_sz, ntiles, mul(m_sz, k * n), tiles_fn, single_rows)

        def emit(sums, rows, tiles, is_full):
            for r, m in enumerate(rows):
                for vals, t in zip(sums[r], tiles):
                    col = mul(t, T)
                    at = add(mul(m, n), col)
                    for mem, base in ((bias, col), (residual, at)):
                        if mem is None:
                            continue
                        if rem:  # not padded to whole tiles: added lane by lane in the last tile
                            vals = _add_cols_partial(vals, mem, base, rem, full_tiles, t)
                        else:
                            vals = _add_cols(vals, mem, base)
                    _store_cols(vals, out, at, T if not rem else rem, is_full)

        _by_rows(spec, x, m_sz, nest)

    return kernel_func(spec, body)


def _add_cols_partial(vals, mem, at, rem: int, full_tiles: int, t):
    """``vals`` + mem[at:at+16], reading only ``rem`` values in the last tile (``t`` of
    ``full_tiles`` whole ones): a bias or residual is not padded to whole tiles."""
    if not full_tiles:  # every tile is the partial one
        return _cols_lanes(vals, mem, at, rem)
    is_full = arith.CmpiOp(t, ci(full_tiles), "ult").result
    types = [as_value(v).type for v in vals]
    res = scf.IfOp(is_full, types, Region(Block()), Region(Block()))
    with ImplicitBuilder(res.true_region.block):
        scf.YieldOp(*_add_cols(vals, mem, at))
    with ImplicitBuilder(res.false_region.block):
        scf.YieldOp(*_cols_lanes(vals, mem, at, rem))
    return tuple(res.results)


def _cols_lanes(vals, mem, at, rem: int):
    lanes = lanes_of(vals[0])
    vals = list(vals)
    for j in range(rem):
        h, lane = divmod(j, lanes)
        vals[h] = insert(fadd(extract(vals[h], lane), load(mem, add(at, j))), vals[h], lane)
    return tuple(vals)


def multi_linear(spec: MatmulSpec) -> func.FuncOp:
    """``(x[M*k], w_0 .. w_{J-1}, [b_0 .. b_{J-1}], out_0 .. out_{J-1}, M)``:
    ``out_j = x @ W_j^T (+ b_j)`` for J weights sharing the input, in one call.

    Each ``w_j`` is packed like a linear weight; every ``n_j`` is a multiple of 16, so
    each 16-column tile belongs to one output. The tiles of all outputs form one
    parallel loop (one thread wake-up, one pass over ``x`` per row block instead of
    J); a tile picks its weight, bias and output by ``arith.select`` on its index.
    With ``spec.paired`` (every ``n_j`` a multiple of 32) the tiles go in pairs, as in
    :func:`linear`, and both tiles of a pair belong to one output.
    """
    k, ns, has_bias = spec.k, spec.ns, spec.bias
    T = LINEAR_TILE
    J = len(ns)
    starts = [sum(ns[:j]) // T for j in range(J)]
    ntiles = sum(ns) // T

    def body(*args):
        x = args[0]
        ws = list(args[1:1 + J])
        bs = list(args[1 + J:1 + 2 * J]) if has_bias else None
        outs = list(args[1 + J + (J if has_bias else 0):1 + J + (J if has_bias else 0) + J])
        m_sz = args[-1]

        def pick(t, values):
            """values[j] for the output j that tile t belongs to."""
            chosen = values[-1]
            for j in range(J - 2, -1, -1):
                below = arith.CmpiOp(t, ci(starts[j + 1]), "ult").result
                chosen = arith.SelectOp(below, as_value(values[j]), as_value(chosen)).result
            return chosen

        def output_of(tiles):  # the tiles of one call belong to one output
            t = tiles[0]
            w = pick(t, ws)
            local = sub(t, pick(t, starts))
            locals_ = [local] + [add(local, j) for j in range(1, len(tiles))]
            ncol = pick(t, list(ns))
            out = pick(t, outs)
            bias = pick(t, bs) if bs is not None else None
            return w, locals_, ncol, out, bias

        def nest(spec, block_sums, single_rows=False):
            def tiles_fn(tiles, staged):
                w, locals_, ncol, out, bias = output_of(tiles)
                streams, reader = _streams(spec, [(w, lt) for lt in locals_], staged)
                return lambda rows: emit(block_sums(rows, streams, reader), rows, locals_, ncol, out, bias)

            _tiled_matmul_over(spec, m_sz, ntiles, mul(m_sz, k * sum(ns)), tiles_fn, single_rows)

        def emit(sums, rows, locals_, ncol, out, bias):
            for r, m in enumerate(rows):
                for vals, lt in zip(sums[r], locals_):
                    col = mul(lt, T)
                    if bias is not None:
                        vals = _add_cols(vals, bias, col)
                    _store_cols(vals, out, add(mul(m, ncol), col), T)

        _by_rows(spec, x, m_sz, nest)

    return kernel_func(spec, body)


def linear_swiglu(spec: MatmulSpec) -> func.FuncOp:
    """``(x[M*k], wg_packed, wu_packed, out[M*n], M)``: out = silu(x @ Wg^T) * (x @ Wu^T)
    (the rows of ``x`` and ``out`` at ``spec.x_stride`` / ``spec.out_stride`` when padded).

    The gate and up weights are packed like linear weights; each 16-column tile
    streams both (4 vectors per k step), so a 4-row block holds 16 accumulators and
    a single row 8 (k unrolled by 2). The epilogue applies SiLU and the product in
    registers: the gate and up activations are never stored.
    """
    k, (n,) = spec.k, spec.ns
    T = LINEAR_TILE
    ntiles = -(-n // T)
    full_tiles = n // T
    rem = n % T

    out_row = spec.out_stride or n  # the elements from one output row to the next

    def body(x, wg, wu, out, m_sz):
        def nest(spec, block_sums, single_rows=False):
            def tile_fn(t, staged):
                streams, reader = _streams(spec, [(wg, t), (wu, t)], staged)
                is_full = None
                if rem and full_tiles:
                    is_full = arith.CmpiOp(t, ci(full_tiles), "ult").result
                return lambda rows: emit(t, rows, streams, reader, is_full, block_sums)

            _tiled_matmul(spec, m_sz, ntiles, mul(m_sz, 2 * k * n), tile_fn, single_rows)

        def emit(t, rows, streams, reader, is_full, block_sums):
            if spec.halves > 1 and len(rows) > max(1, spec.whole_tile_rows):  # each half of the tile in turn
                for h in range(T // spec.lanes):  # the second half's lines are in L2: no prefetch
                    sums = _tile_rows(x, k, streams, rows, spec.kunroll, spec.lanes, [h], reader,
                                      prefetch=block_prefetch(spec, rows) if h == 0 else "none",
                                      prefetch_steps=spec.prefetch_steps, block_chains=spec.block_chains,
                                      block_steps=spec.block_steps, x_stride=spec.x_stride)
                    for r, m in enumerate(rows):
                        (g,), (u,) = sums[r]
                        vstore(fmul(vsilu(g), u), out, add(mul(m, out_row), add(mul(t, T), h * spec.lanes)))
                return
            sums = block_sums(rows, streams, reader)
            for r, m in enumerate(rows):
                gate, up = sums[r]
                vals = tuple(fmul(vsilu(g), u) for g, u in zip(gate, up))
                _store_cols(vals, out, add(mul(m, out_row), mul(t, T)), T if not rem else rem, is_full)

        _by_rows(spec, x, m_sz, nest)

    return kernel_func(spec, body)

