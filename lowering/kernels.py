"""Kernel generators of the ``rlx-to-loops`` lowering (level L3).

Each public generator takes *static* parameters and returns a fresh private
``func.func`` whose body only uses xDSL's own dialects (scf, arith, math,
memref, vector).  Conventions:

* every buffer is a flat, contiguous, row-major ``memref<?xf32>`` (token ids
  ``memref<?xi32>``); sizes known only at run time are ``index`` arguments;
* the function name encodes the static parameters, so equal parameters give
  equal names and a module can hold one copy of each kernel;
* ``scf.parallel`` (one induction variable) marks the thread-parallel outer
  loop of the heavy kernels (the matmuls, attention), guarded by a run-time
  ``scf.if`` that runs a serial copy of the loop for small calls
  (``PARALLEL_MIN_WORK``); everything else is serial;
* kernels may use a static-size ``memref.alloca`` as per-thread stack scratch
  and ``vector.shuffle`` (the emitter supports both);
* :func:`kernel_cost` gives each kernel's bytes and FLOPs per call from its name
  and sizes (the roofline report of ``python -m bench --report``);
* floats get ``reassoc contract`` fast-math from the emitter, and vector
  ``math.exp`` becomes an inline polynomial there -- scalar exponentials are
  therefore computed on a broadcast vector and lane-extracted (no libm).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from xdsl.builder import ImplicitBuilder
from xdsl.dialects import arith, func, memref, scf, vector
from xdsl.dialects import math as mathd
from xdsl.dialects.builtin import (
    DYNAMIC_INDEX,
    DenseArrayBase,
    DenseIntOrFPElementsAttr,
    FloatAttr,
    IndexType,
    IntegerAttr,
    MemRefType,
    VectorType,
    f32,
    i32,
    i64,
)
from xdsl.ir import Block, Region, SSAValue

from runtime.packing import LINEAR_TILE

__all__ = [
    "KERNELS",
    "embed_kernel",
    "rms_norm_kernel",
    "linear_kernel",
    "multi_linear_kernel",
    "linear_swiglu_kernel",
    "rope_kernel",
    "attention_kernel",
    "swiglu_kernel",
    "silu_kernel",
    "add_kernel",
    "mul_kernel",
    "gather_last_kernel",
    "kv_write_kernel",
    "LINEAR_TILE",
    "VEC",
]

VEC = 8  # f32 lanes of one AVX2 register
# LINEAR_TILE (16 = two vector<8xf32>) is the packed weight tile width, shared
# with the load-time packer.

_IDX = IndexType()
_V8 = VectorType(f32, [VEC])
_MF32 = MemRefType(f32, [DYNAMIC_INDEX])
_MI32 = MemRefType(i32, [DYNAMIC_INDEX])

# Finite "-infinity" for the online softmax: exp(x - m) stays NaN-free even
# before the first key has been seen.
_NEG_BIG = -1.0e30
# exp() arguments are clamped here: e^-87 ~ 1.6e-38 is still a normal f32 and
# the polynomial never sees arguments it cannot range-reduce.
_EXP_LO = -87.0
_EXP_HI = 88.0

Value = SSAValue | int


# --------------------------------------------------------------------------
# small IR helpers (must be called inside an ImplicitBuilder context)
# --------------------------------------------------------------------------


def _ci(v: int) -> SSAValue:
    return arith.ConstantOp(IntegerAttr(int(v), _IDX)).result


def _cf(v: float) -> SSAValue:
    return arith.ConstantOp(FloatAttr(float(v), f32)).result


def _v(x: Value) -> SSAValue:
    return _ci(x) if isinstance(x, int) else x


def _add(a: Value, b: Value) -> Value:
    if isinstance(a, int) and isinstance(b, int):
        return a + b
    if isinstance(b, int) and b == 0:
        return a
    if isinstance(a, int) and a == 0:
        return b
    return arith.AddiOp(_v(a), _v(b)).result


def _sub(a: Value, b: Value) -> Value:
    if isinstance(a, int) and isinstance(b, int):
        return a - b
    if isinstance(b, int) and b == 0:
        return a
    return arith.SubiOp(_v(a), _v(b)).result


def _mul(a: Value, b: Value) -> Value:
    if isinstance(a, int) and isinstance(b, int):
        return a * b
    if isinstance(b, int) and b == 1:
        return a
    if isinstance(a, int) and a == 1:
        return b
    return arith.MuliOp(_v(a), _v(b)).result


def _div(a: Value, b: Value) -> Value:
    """Unsigned index division (all our indices are non-negative)."""
    if isinstance(a, int) and isinstance(b, int):
        return a // b
    if isinstance(b, int) and b == 1:
        return a
    return arith.DivUIOp(_v(a), _v(b)).result


def _rem(a: Value, b: Value) -> Value:
    if isinstance(a, int) and isinstance(b, int):
        return a % b
    if isinstance(b, int) and b == 1:
        return 0
    return arith.RemUIOp(_v(a), _v(b)).result


def _round_down(a: Value, m: int) -> Value:
    """``a - a % m`` (largest multiple of m not above a)."""
    if isinstance(a, int):
        return a - a % m
    return _mul(_div(a, m), m)


def _fadd(a, b):
    return arith.AddfOp(a, b).result


def _fsub(a, b):
    return arith.SubfOp(a, b).result


def _fmul(a, b):
    return arith.MulfOp(a, b).result


def _fdiv(a, b):
    return arith.DivfOp(a, b).result


def _fmax(a, b):
    """max(a, b) as compare + select (works for scalars and vectors)."""
    gt = arith.CmpfOp(a, b, "ogt").result
    return arith.SelectOp(gt, a, b).result


def _fmin(a, b):
    lt = arith.CmpfOp(a, b, "olt").result
    return arith.SelectOp(lt, a, b).result


def _load(mem, idx: Value) -> SSAValue:
    return memref.LoadOp.get(mem, [_v(idx)]).res


def _store(val, mem, idx: Value) -> None:
    memref.StoreOp.get(val, mem, [_v(idx)])


def _vload(mem, idx: Value) -> SSAValue:
    return vector.LoadOp(mem, [_v(idx)], _V8).result


def _vstore(val, mem, idx: Value) -> None:
    vector.StoreOp(val, mem, [_v(idx)])


def _bcast(s) -> SSAValue:
    return vector.BroadcastOp(s, _V8).vector


def _vconst(v: float) -> SSAValue:
    return _bcast(_cf(v))


def _fma(a, b, acc) -> SSAValue:
    return vector.FMAOp(a, b, acc).res


def _reduce_lanes(v, kind: "vector.CombiningKindFlag") -> SSAValue:
    """Horizontal ``kind`` reduction of a vector<8xf32> into an f32."""
    # ReductionOp.__init__ types the result as the vector type; build it by hand.
    op = vector.ReductionOp.create(
        operands=[v],
        result_types=[f32],
        properties={
            "kind": vector.CombiningKindAttr(kind),
            "fastmath": arith.FastMathFlagsAttr("none"),
        },
    )
    return op.dest


def _vsum(v) -> SSAValue:
    """Sum of the 8 lanes of ``v``."""
    return _reduce_lanes(v, vector.CombiningKindFlag.ADD)


def _extract(v, lane: int) -> SSAValue:
    return vector.ExtractOp(v, [lane], f32).result


def _insert(s, v, lane: int) -> SSAValue:
    return vector.InsertOp(s, v, [lane]).result


def _shuffle(a, b, mask: Sequence[int]) -> SSAValue:
    """``vector.shuffle`` of two vector<8xf32> with a constant mask (lanes 8.. are ``b``'s)."""
    return vector.ShuffleOp(a, b, DenseArrayBase.from_list(i64, list(mask)),
                            result_type=VectorType(f32, [len(mask)])).result


def _vmax_lanes(v) -> SSAValue:
    """max over the 8 lanes of ``v``."""
    return _reduce_lanes(v, vector.CombiningKindFlag.MAXNUMF)


def _transpose_sum8(vs: Sequence[SSAValue]) -> SSAValue:
    """8 vectors -> one vector whose lane j is the sum of the lanes of ``vs[j]``.

    Three levels of pairwise shuffles + adds (``vshufps``-shaped masks within 128-bit
    halves, then one cross-half step): 14 shuffles and 7 adds for 8 horizontal sums.
    """
    lo = [0, 2, 8, 10, 4, 6, 12, 14]
    hi = [1, 3, 9, 11, 5, 7, 13, 15]
    # t(a, b) = [a01, a23, b01, b23 | a45, a67, b45, b67]
    t = [_fadd(_shuffle(vs[i], vs[i + 1], lo), _shuffle(vs[i], vs[i + 1], hi)) for i in range(0, 8, 2)]
    # u(ab, cd) = [a0-3, b0-3, c0-3, d0-3 | a4-7, b4-7, c4-7, d4-7]
    u = [_fadd(_shuffle(t[i], t[i + 1], lo), _shuffle(t[i], t[i + 1], hi)) for i in range(0, 4, 2)]
    return _fadd(_shuffle(u[0], u[1], [0, 1, 2, 3, 8, 9, 10, 11]),
                 _shuffle(u[0], u[1], [4, 5, 6, 7, 12, 13, 14, 15]))


def _vexp(v) -> SSAValue:
    """exp on vector<8xf32>, argument clamped to the polynomial's safe range."""
    v = _fmin(_fmax(v, _vconst(_EXP_LO)), _vconst(_EXP_HI))
    return mathd.ExpOp(v).result


def _tree_sum(vals: Sequence[SSAValue], add=_fadd) -> SSAValue:
    vals = list(vals)
    while len(vals) > 1:
        nxt = [add(vals[i], vals[i + 1]) for i in range(0, len(vals) - 1, 2)]
        if len(vals) % 2:
            nxt.append(vals[-1])
        vals = nxt
    return vals[0]


def _for(
    lb: Value,
    ub: Value,
    step: Value,
    init: Sequence[SSAValue],
    body: Callable[..., Sequence[SSAValue] | None],
) -> list[SSAValue]:
    """``scf.for`` with iter_args; ``body(iv, *carried)`` returns the new carried values."""
    init = [SSAValue.get(x) for x in init]
    lb_v, ub_v, step_v = _v(lb), _v(ub), _v(step)
    blk = Block(arg_types=[_IDX, *[x.type for x in init]])
    with ImplicitBuilder(blk):
        res = body(blk.args[0], *blk.args[1:])
        scf.YieldOp(*(res or ()))
    return list(scf.ForOp(lb_v, ub_v, step_v, init, Region(blk)).results)


def _if(cond, then_fn: Callable[[], None], else_fn: Callable[[], None] | None = None):
    """``scf.if`` without results."""
    tb = Block()
    with ImplicitBuilder(tb):
        then_fn()
        scf.YieldOp()
    eb = None
    if else_fn is not None:
        eb = Block()
        with ImplicitBuilder(eb):
            else_fn()
            scf.YieldOp()
    scf.IfOp(cond, [], Region(tb), Region(eb) if eb is not None else None)


#: Below this many multiply-adds a kernel call runs its "parallel" loop serially: waking
#: the OpenMP team costs ~10 us under OMP_WAIT_POLICY=passive (~3 us active), more
#: than the whole call of a small matvec (512K MACs: a 2 MiB weight at one token, ~40 us
#: from L3 on one core).
PARALLEL_MIN_WORK = 1 << 19


def _parallel(lb: Value, ub: Value, body: Callable[[SSAValue], None], work: Value | None = None) -> None:
    """1-D ``scf.parallel`` (step 1) without reductions: the threaded outer loop.

    With ``work`` (an estimate of the call's multiply-adds), calls with less than
    ``PARALLEL_MIN_WORK`` take a serial ``scf.for`` copy of the loop instead (an
    ``scf.if`` picks at run time), so small calls never pay for waking the threads.
    """
    lb_v, ub_v, one = _v(lb), _v(ub), _ci(1)

    def threaded():
        blk = Block(arg_types=[_IDX])
        with ImplicitBuilder(blk):
            body(blk.args[0])
            scf.ReduceOp()
        scf.ParallelOp([lb_v], [ub_v], [one], Region(blk))

    if work is None:
        threaded()
        return
    if isinstance(work, int):
        if work < PARALLEL_MIN_WORK:
            _for(lb_v, ub_v, 1, [], body)
        else:
            threaded()
        return
    small = arith.CmpiOp(_v(work), _ci(PARALLEL_MIN_WORK), "ult").result
    _if(small, lambda: _for(lb_v, ub_v, 1, [], body), threaded)


def _vec_then_scalar(
    n: Value,
    vec_body: Callable[[SSAValue], None],
    scalar_body: Callable[[SSAValue], None],
    start: Value = 0,
) -> None:
    """Run ``vec_body(i)`` for i = start, start+8, ... and ``scalar_body(i)`` on the tail."""
    if isinstance(n, int) and isinstance(start, int):
        nv = start + (n - start) // VEC * VEC
        if nv > start:
            _for(start, nv, VEC, [], lambda i: vec_body(i))
        if n > nv:
            _for(nv, n, 1, [], lambda i: scalar_body(i))
        return
    nv = _add(start, _round_down(_sub(n, start), VEC))
    _for(start, nv, VEC, [], lambda i: vec_body(i))
    _for(nv, n, 1, [], lambda i: scalar_body(i))


def _copy(src, src_off: Value, dst, dst_off: Value, length: int) -> None:
    """dst[dst_off : dst_off+length] = src[src_off : ...] (static length)."""
    _vec_then_scalar(
        length,
        lambda i: _vstore(_vload(src, _add(src_off, i)), dst, _add(dst_off, i)),
        lambda i: _store(_load(src, _add(src_off, i)), dst, _add(dst_off, i)),
    )


def _make_func(name: str, arg_types: Sequence, body: Callable[..., None]) -> func.FuncOp:
    blk = Block(arg_types=list(arg_types))
    with ImplicitBuilder(blk):
        body(*blk.args)
        func.ReturnOp()
    fn = func.FuncOp(name, (list(arg_types), []), Region(blk), visibility="private")
    if fn.parent is not None:  # created inside a caller's ImplicitBuilder
        fn.detach()
    return fn


def _fmt_float(x: float) -> str:
    """Symbol-safe, deterministic rendering of a float parameter (1e-06 -> 1em06).

    The shortest of 7 significant digits or the full repr that names the same f32: an
    f32 attribute's 9.99999997e-07 is the config's 1e-06."""
    import numpy as np

    short = float(f"{float(x):.7g}")
    text = repr(short) if np.float32(short) == np.float32(x) else repr(float(x))
    return text.replace("-", "m").replace("+", "").replace(".", "p")


# --------------------------------------------------------------------------
# generators
# --------------------------------------------------------------------------


def embed_kernel(hidden: int, vocab: int, packed: bool = False) -> func.FuncOp:
    """``(ids i32[M], table, out[M*hidden], M)``: out[m] = table[ids[m]].

    ``table`` is ``[vocab][hidden]``, or with ``packed`` the ``packed16`` layout of a
    linear weight (tied embeddings read the LM head's packed copy: row ``v`` is
    column ``v % 16`` of tile ``v // 16``, a stride-16 gather).
    """
    T = LINEAR_TILE

    def body(ids, table, out, m_sz):
        def row(m):
            tok = arith.IndexCastOp(_load(ids, m), _IDX).result
            # Out-of-range ids (negative ids sign-extend to huge) are clamped to
            # the last row instead of reading out of bounds.
            tok = arith.MinUIOp(tok, _ci(vocab - 1)).result
            if not packed:
                _copy(table, _mul(tok, hidden), out, _mul(m, hidden), hidden)
                return
            base = _add(_mul(_div(tok, T), hidden * T), _rem(tok, T))
            obase = _mul(m, hidden)
            _for(0, hidden, 1, [], lambda kk: _store(_load(table, _add(base, _mul(kk, T))), out, _add(obase, kk)))

        _parallel(0, m_sz, row, work=_mul(m_sz, hidden * (T if packed else 1)))

    name = f"embed_h{hidden}_v{vocab}" + ("_packed16" if packed else "")
    return _make_func(name, [_MI32, _MF32, _MF32, _IDX], body)


def rms_norm_kernel(dim: int, group: int, eps: float) -> func.FuncOp:
    """``(x[M*dim], w[group], out[M*dim], M)``: RMSNorm over each group of ``group`` values."""
    if group <= 0 or dim % group:
        raise ValueError(f"rms_norm: group {group} must divide dim {dim}")
    ngroups = dim // group
    nchunks = group // VEC
    unroll = max(1, min(4, nchunks))  # independent sum-of-squares chains
    main_chunks = nchunks // unroll * unroll
    tail0 = nchunks * VEC

    def body(x, w, out, m_sz):
        def one_group(g):
            base = _mul(g, group)
            zero = _vconst(0.0)
            accs = [zero] * unroll
            if main_chunks:

                def sq(i, *a):
                    new = []
                    for u in range(unroll):
                        v = _vload(x, _add(base, _add(i, u * VEC)))
                        new.append(_fma(v, v, a[u]))
                    return new

                accs = _for(0, main_chunks * VEC, unroll * VEC, accs, sq)
            accs = list(accs)
            for c in range(main_chunks, nchunks):  # static leftover chunks
                v = _vload(x, _add(base, c * VEC))
                accs[c % unroll] = _fma(v, v, accs[c % unroll])
            ss = _vsum(_tree_sum(accs)) if nchunks else _cf(0.0)
            for i in range(tail0, group):  # static scalar tail
                s = _load(x, _add(base, i))
                ss = _fadd(ss, _fmul(s, s))
            mean = _fmul(ss, _cf(1.0 / group))
            inv = _fdiv(_cf(1.0), mathd.SqrtOp(_fadd(mean, _cf(eps))).result)
            inv_v = _bcast(inv)
            _vec_then_scalar(
                group,
                lambda i: _vstore(
                    _fmul(_fmul(_vload(x, _add(base, i)), inv_v), _vload(w, i)),
                    out,
                    _add(base, i),
                ),
                lambda i: _store(
                    _fmul(_fmul(_load(x, _add(base, i)), inv), _load(w, i)),
                    out,
                    _add(base, i),
                ),
            )

        _parallel(0, _mul(m_sz, ngroups), one_group, work=_mul(m_sz, dim))

    name = f"rms_norm_d{dim}_g{group}_eps{_fmt_float(eps)}"
    return _make_func(name, [_MF32, _MF32, _MF32, _IDX], body)


def _tile_rows(x, k: int, streams, rows, kunroll: int):
    """Accumulate ``x[rows] @ tile`` for packed ``[k][16]`` weight tiles.

    ``streams``: ``(w, wbase)`` pairs, each a tile of 16 output columns (two vectors)
    read sequentially; ``rows``: the row indices of ``x`` (static count). Returns,
    per row, per stream, the (lo, hi) column halves. Every k step loads each
    stream's 64 bytes once and broadcasts each row's x value once; with one row, k
    is unrolled by ``kunroll`` into independent FMA chains (summed at the end).
    """
    T = LINEAR_TILE
    nr, ns = len(rows), len(streams)
    xrows = [_mul(r, k) for r in rows]
    zero = _vconst(0.0)
    unroll = kunroll if nr == 1 else 1
    k_main = k // unroll * unroll

    def idx(u, r, s, h):
        return ((u * nr + r) * ns + s) * 2 + h

    def kstep(kk, *acc):
        new = list(acc)
        for u in range(unroll):
            ku = _add(kk, u)
            ws = []
            for w, wbase in streams:
                wo = _add(wbase, _mul(ku, T))
                ws.append((_vload(w, wo), _vload(w, _add(wo, VEC))))
            for r in range(nr):
                xb = _bcast(_load(x, _add(xrows[r], ku)))
                for si, (w0, w1) in enumerate(ws):
                    new[idx(u, r, si, 0)] = _fma(xb, w0, new[idx(u, r, si, 0)])
                    new[idx(u, r, si, 1)] = _fma(xb, w1, new[idx(u, r, si, 1)])
        return new

    acc = list(_for(0, k_main, unroll, [zero] * (unroll * nr * ns * 2), kstep))
    for kk in range(k_main, k):  # static k tail (< unroll steps)
        for si, (w, wbase) in enumerate(streams):
            wo = _add(wbase, kk * T)
            w0, w1 = _vload(w, wo), _vload(w, _add(wo, VEC))
            for r in range(nr):
                xb = _bcast(_load(x, _add(xrows[r], kk)))
                acc[idx(0, r, si, 0)] = _fma(xb, w0, acc[idx(0, r, si, 0)])
                acc[idx(0, r, si, 1)] = _fma(xb, w1, acc[idx(0, r, si, 1)])
    return [[(_tree_sum([acc[idx(u, r, si, 0)] for u in range(unroll)]),
              _tree_sum([acc[idx(u, r, si, 1)] for u in range(unroll)])) for si in range(ns)]
            for r in range(nr)]


#: Rows of ``x`` per block of the tiled matmul: ``MATMUL_PANEL_BYTES`` of them (a panel
#: that stays in L2 while every tile of a tile group runs over it).
MATMUL_PANEL_BYTES = 256 * 1024
#: Register-tiled rows of the matmul micro-kernel: 6 rows x 16 columns = 12 vector
#: accumulators (slack over the 8 an FMA latency of 4 at 2 FMAs/cycle needs), 2
#: weight vectors and a broadcast: 15 registers, within AVX2's 16.
MATMUL_ROWS = 6
#: Register-tiled rows when the tiles come in pairs: 4 rows x 32 columns = 16
#: accumulators, the 4 weight vectors of a k step read as FMA memory operands (the
#: block of ``linear_swiglu``). With half the broadcasts per FMA of the 6 x 16 block
#: it measured 2-8% faster on Zen 4 (prefill shapes of the 0.6B model).
PAIRED_ROWS = 4


def _tiled_matmul_over(m_sz, ntiles: int, k: int, work, tiles_fn, paired: bool) -> None:
    """:func:`_tiled_matmul` where ``tiles_fn(tiles, rows)`` emits a static list of
    tiles: pairs ``[2p, 2p + 1]`` (``paired``, an even ``ntiles``) or single tiles."""
    if paired:
        _tiled_matmul(m_sz, ntiles // 2, k, work, PAIRED_ROWS,
                      lambda p, rows: tiles_fn([_mul(p, 2), _add(_mul(p, 2), 1)], rows))
    else:
        _tiled_matmul(m_sz, ntiles, k, work, MATMUL_ROWS, lambda t, rows: tiles_fn([t], rows))


def _tiled_matmul(m_sz, ntiles: int, k: int, work, block_rows: int, tile_fn) -> None:
    """The loop nest of the matmul kernels around ``tile_fn(t, rows)``, which emits
    column block ``t`` (one 16-column tile, or a pair: see :func:`_tiled_matmul_over`;
    "tile" below) for a static list of row indices.

    Work items are (group of up to 16 tiles, panel of rows), tile-group major, split
    over threads by ``scf.parallel`` (serially below ``PARALLEL_MIN_WORK``). An item
    runs each of its tiles over the panel's rows in blocks of ``block_rows``
    (register-tiled), then one row at a time: the panel (``MATMUL_PANEL_BYTES`` of
    ``x``) stays in L2 across the group's tiles, so ``x`` is read from memory once
    per group instead of once per tile; a tile's weights (``k * 64`` bytes) are read
    once per panel. With fewer rows than a register block (decode) an item is one
    tile (``k * 64`` bytes per weight): the emitter's guided schedule hands each
    thread contiguous runs of tiles, shrinking towards the end, so both threads
    stream until the last few tiles instead of one idling through the last big item.
    """
    group = max(1, min(16, ntiles // 8))
    if group > 1:  # fewer rows than a register block (decode): one tile per item
        few_rows = arith.CmpiOp(_v(m_sz), _ci(block_rows), "ult").result
        group = arith.SelectOp(few_rows, _ci(1), _ci(group)).result
    ngroups = _add(_div(ntiles - 1, group), 1)
    panel = max(block_rows, (MATMUL_PANEL_BYTES // (4 * k)) // block_rows * block_rows)
    npanels = _div(_add(m_sz, panel - 1), panel)  # hoisted out of the parallel region

    def item(i):
        g = _div(i, npanels)
        p = _rem(i, npanels)
        m0 = _mul(p, panel)
        m1 = arith.MinUIOp(_v(_add(m0, panel)), _v(m_sz)).result
        m_blk = _add(m0, _round_down(_sub(m1, m0), block_rows))
        t0 = _mul(g, group)
        t1 = _add(t0, 1) if group == 1 else arith.MinUIOp(_v(_add(t0, group)), _ci(ntiles)).result

        def tile(t):
            _for(m0, m_blk, block_rows, [], lambda r0: tile_fn(t, [_add(r0, r) for r in range(block_rows)]))
            _for(m_blk, m1, 1, [], lambda m: tile_fn(t, [m]))

        _for(t0, t1, 1, [], tile)

    _parallel(0, _mul(npanels, ngroups), item, work=work)


def _store_cols(vals_lo, vals_hi, out, obase, ncols: int, col_is_full=None) -> None:
    """Store 16 columns (two vectors) at ``out[obase]``; only ``ncols`` if the tile is
    the last, partial one (``col_is_full``: run-time test, None = always full)."""

    def full():
        _vstore(vals_lo, out, obase)
        _vstore(vals_hi, out, _add(obase, VEC))

    def partial():
        for j in range(ncols):
            _store(_extract(vals_lo if j < VEC else vals_hi, j % VEC), out, _add(obase, j))

    if ncols == LINEAR_TILE:
        full()
    elif col_is_full is None:
        partial()
    else:
        _if(col_is_full, full, partial)


def linear_kernel(k: int, n: int, has_bias: bool) -> func.FuncOp:
    """``(x[M*k], w_packed[ceil(n/16)*k*16], [bias[n]], out[M*n], M)``: out = x @ W^T (+ b).

    ``w_packed`` comes from :func:`runtime.packing.pack_linear_weight`. The loop nest
    is :func:`_tiled_matmul` over the 16-column tiles, in pairs when ``n`` is a
    multiple of 32: each pair runs a ``PAIRED_ROWS`` x 32 register-tiled micro-kernel
    (else each tile a ``MATMUL_ROWS`` x 16 one) over the row blocks of an L2-resident
    panel of ``x``, then a single-row loop for the remainder (all of M when decoding)
    with k unrolled so 8 independent FMA chains hide the FMA latency.
    """
    if k <= 0 or n <= 0:
        raise ValueError(f"linear: k={k}, n={n} must be positive")
    T = LINEAR_TILE
    ntiles = -(-n // T)
    full_tiles = n // T
    rem = n % T

    def body(*args):
        if has_bias:
            x, w, bias, out, m_sz = args
        else:
            x, w, out, m_sz = args
            bias = None

        def tiles_fn(tiles, rows):
            sums = _tile_rows(x, k, [(w, _mul(t, k * T)) for t in tiles], rows, min(4 // len(tiles), k))
            is_full = None
            if rem and full_tiles:
                is_full = arith.CmpiOp(tiles[0], _ci(full_tiles), "ult").result
            for r, m in enumerate(rows):
                for (lo, hi), t in zip(sums[r], tiles):
                    col = _mul(t, T)
                    if bias is not None:
                        if rem:  # the bias is not padded: add it lane by lane in the store
                            lo, hi = _add_bias_partial(lo, hi, bias, col, rem, full_tiles, t)
                        else:
                            lo = _fadd(lo, _vload(bias, col))
                            hi = _fadd(hi, _vload(bias, _add(col, VEC)))
                    _store_cols(lo, hi, out, _add(_mul(m, n), col), T if not rem else rem, is_full)

        _tiled_matmul_over(m_sz, ntiles, k, _mul(m_sz, k * n), tiles_fn, paired=n % (2 * T) == 0)

    types = [_MF32, _MF32] + ([_MF32] if has_bias else []) + [_MF32, _IDX]
    name = f"linear_k{k}_n{n}" + ("_bias" if has_bias else "")
    return _make_func(name, types, body)


def _add_bias_partial(lo, hi, bias, col, rem: int, full_tiles: int, t):
    """lo/hi + bias[col:col+16], reading only ``rem`` bias values in the last tile."""
    if not full_tiles:  # every tile is the partial one
        return _bias_lanes(lo, hi, bias, col, rem)
    is_full = arith.CmpiOp(t, _ci(full_tiles), "ult").result
    res = scf.IfOp(is_full, [_V8, _V8], Region(Block()), Region(Block()))
    with ImplicitBuilder(res.true_region.block):
        scf.YieldOp(_fadd(lo, _vload(bias, col)), _fadd(hi, _vload(bias, _add(col, VEC))))
    with ImplicitBuilder(res.false_region.block):
        scf.YieldOp(*_bias_lanes(lo, hi, bias, col, rem))
    return res.results[0], res.results[1]


def _bias_lanes(lo, hi, bias, col, rem: int):
    for j in range(rem):
        v = lo if j < VEC else hi
        v = _insert(_fadd(_extract(v, j % VEC), _load(bias, _add(col, j))), v, j % VEC)
        if j < VEC:
            lo = v
        else:
            hi = v
    return lo, hi


def multi_linear_kernel(k: int, ns: Sequence[int], has_bias: bool) -> func.FuncOp:
    """``(x[M*k], w_0 .. w_{J-1}, [b_0 .. b_{J-1}], out_0 .. out_{J-1}, M)``:
    ``out_j = x @ W_j^T (+ b_j)`` for J weights sharing the input, in one call.

    Each ``w_j`` is packed like a linear weight; every ``n_j`` is a multiple of 16, so
    each 16-column tile belongs to one output. The tiles of all outputs form one
    parallel loop (one thread wake-up, one pass over ``x`` per row block instead of
    J); a tile picks its weight, bias and output by ``arith.select`` on its index.
    When every ``n_j`` is a multiple of 32 the tiles go in pairs, as in
    :func:`linear_kernel`, and both tiles of a pair belong to one output.
    """
    ns = tuple(int(v) for v in ns)
    if len(ns) < 2 or any(v <= 0 or v % LINEAR_TILE for v in ns) or k <= 0:
        raise ValueError(f"multi_linear: needs >= 2 outputs with multiples of 16 columns, got {ns}")
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
                below = arith.CmpiOp(t, _ci(starts[j + 1]), "ult").result
                chosen = arith.SelectOp(below, _v(values[j]), _v(chosen)).result
            return chosen

        def tiles_fn(tiles, rows):  # the tiles of one call belong to one output
            t = tiles[0]
            w = pick(t, ws)
            local = _sub(t, pick(t, starts))
            locals_ = [local] + [_add(local, j) for j in range(1, len(tiles))]
            ncol = pick(t, list(ns))
            out = pick(t, outs)
            sums = _tile_rows(x, k, [(w, _mul(lt, k * T)) for lt in locals_], rows, min(4 // len(tiles), k))
            bias = pick(t, bs) if bs is not None else None
            for r, m in enumerate(rows):
                for (lo, hi), lt in zip(sums[r], locals_):
                    col = _mul(lt, T)
                    if bias is not None:
                        lo = _fadd(lo, _vload(bias, col))
                        hi = _fadd(hi, _vload(bias, _add(col, VEC)))
                    _store_cols(lo, hi, out, _add(_mul(m, ncol), col), T)

        _tiled_matmul_over(m_sz, ntiles, k, _mul(m_sz, k * sum(ns)), tiles_fn,
                           paired=all(v % (2 * T) == 0 for v in ns))

    types = [_MF32] * (1 + J * (3 if has_bias else 2)) + [_IDX]
    name = f"multi_linear_k{k}_n{'x'.join(str(v) for v in ns)}" + ("_bias" if has_bias else "")
    return _make_func(name, types, body)


def linear_swiglu_kernel(k: int, n: int) -> func.FuncOp:
    """``(x[M*k], wg_packed, wu_packed, out[M*n], M)``: out = silu(x @ Wg^T) * (x @ Wu^T).

    The gate and up weights are packed like linear weights; each 16-column tile
    streams both (4 vectors per k step), so a 4-row block holds 16 accumulators and
    a single row 8 (k unrolled by 2). The epilogue applies SiLU and the product in
    registers: the gate and up activations are never stored.
    """
    if k <= 0 or n <= 0:
        raise ValueError(f"linear_swiglu: k={k}, n={n} must be positive")
    T = LINEAR_TILE
    ntiles = -(-n // T)
    full_tiles = n // T
    rem = n % T

    def body(x, wg, wu, out, m_sz):
        def tile_fn(t, rows):
            wbase = _mul(t, k * T)
            sums = _tile_rows(x, k, [(wg, wbase), (wu, wbase)], rows, min(2, k))
            is_full = None
            if rem and full_tiles:
                is_full = arith.CmpiOp(t, _ci(full_tiles), "ult").result
            for r, m in enumerate(rows):
                (g0, g1), (u0, u1) = sums[r]
                lo = _fmul(_silu_vec(g0), u0)
                hi = _fmul(_silu_vec(g1), u1)
                _store_cols(lo, hi, out, _add(_mul(m, n), _mul(t, T)), T if not rem else rem, is_full)

        _tiled_matmul(m_sz, ntiles, k, _mul(m_sz, 2 * k * n), PAIRED_ROWS, tile_fn)

    return _make_func(f"linear_swiglu_k{k}_n{n}", [_MF32] * 4 + [_IDX], body)


def rope_kernel(num_heads: int, head_dim: int) -> func.FuncOp:
    """``(x[B*S*nh*hd], cos[P*hd/2], sin[P*hd/2], out, B, S, offset)``: rotate-half RoPE."""
    if head_dim % 2:
        raise ValueError("rope: head_dim must be even")
    half = head_dim // 2

    def body(x, cos, sin, out, b_sz, s_sz, offset):
        def token(tok):
            pos = _add(offset, _rem(tok, s_sz))
            cbase = _mul(pos, half)

            def head(h):
                base = _mul(_add(_mul(tok, num_heads), h), head_dim)

                def rot(i, load, store, fmul, fsub, fadd):
                    i1 = _add(base, i)
                    i2 = _add(i1, half)
                    x1, x2 = load(x, i1), load(x, i2)
                    c, s = load(cos, _add(cbase, i)), load(sin, _add(cbase, i))
                    store(fsub(fmul(x1, c), fmul(x2, s)), out, i1)
                    store(fadd(fmul(x2, c), fmul(x1, s)), out, i2)

                _vec_then_scalar(
                    half,
                    lambda i: rot(i, _vload, _vstore, _fmul, _fsub, _fadd),
                    lambda i: rot(i, _load, _store, _fmul, _fsub, _fadd),
                )

            _for(0, num_heads, 1, [], head)

        _parallel(0, _mul(b_sz, s_sz), token, work=_mul(_mul(b_sz, s_sz), num_heads * head_dim))

    return _make_func(
        f"rope_nh{num_heads}_hd{head_dim}", [_MF32] * 4 + [_IDX] * 3, body
    )


def attention_kernel(
    num_heads: int, num_kv_heads: int, head_dim: int, causal: bool, has_mask: bool,
    decode: bool = False,
) -> func.FuncOp:
    """``(q, k_cache, v_cache, [mask[B*T]], out, B, S, T, CAP)``: SDPA over the KV cache.

    ``head_dim`` a multiple of 8: the blocked kernel (:func:`_attention_blocked`), or
    with ``decode`` (one query per sequence: S must be 1) the split-K kernel
    (:func:`_attention_decode`: work items split the keys, each reads whole K/V rows);
    otherwise the per-key kernel (:func:`_attention_per_key`). Same ABI.
    """
    if num_kv_heads <= 0 or num_heads % num_kv_heads:
        raise ValueError("attention: num_heads must be a multiple of num_kv_heads")
    if head_dim % VEC == 0:
        if decode:
            return _attention_decode(num_heads, num_kv_heads, head_dim, causal, has_mask)
        return _attention_blocked(num_heads, num_kv_heads, head_dim, causal, has_mask)
    return _attention_per_key(num_heads, num_kv_heads, head_dim, causal, has_mask)


def _inv_softmax_sum(l_fin) -> SSAValue:
    """``1 / l`` for a query's softmax sum ``l``; 0 when the query saw no key (every key
    masked: ``l == 0``), so its output is zeros, not NaN."""
    has_any = arith.CmpfOp(l_fin, _cf(0.0), "ogt").result
    return arith.SelectOp(has_any, _fdiv(_cf(1.0), l_fin), _cf(0.0)).result


def _attention_name(num_heads, num_kv_heads, head_dim, causal, has_mask) -> str:
    return (f"attention_nh{num_heads}_nkv{num_kv_heads}_hd{head_dim}"
            + ("_causal" if causal else "_full") + ("_mask" if has_mask else ""))


ATTN_QUERY_BLOCK = 16  # query positions per work item of the blocked attention
ATTN_KEY_BLOCK = 32  # keys per full key block of the blocked attention (a multiple of 8)
_ATTN_V_CHUNK = 8  # output vectors per row of one values tile (2 rows x 8 vectors)


def _attention_blocked(
    num_heads: int, num_kv_heads: int, head_dim: int, causal: bool, has_mask: bool
) -> func.FuncOp:
    """Attention for ``head_dim % 8 == 0``, flash-attention style.

    One work item per (batch, KV head, block of ``ATTN_QUERY_BLOCK`` query positions):
    its rows are every query head of that KV head at those positions (``rep * 16`` rows
    in prefill, ``rep`` in decode), split over threads by ``scf.parallel`` (items in
    (batch, KV head, block) order, so causal work splits evenly). Rows go in groups of
    8, one per vector lane: a group's softmax state (running max, sum, correction) is
    one vector each, and a key block's scores and probabilities are stored transposed,
    one vector (the group's 8 rows) per key. Keys go in blocks of ``ATTN_KEY_BLOCK``
    (32) below the first query's diagonal, then in blocks of 16 and 8 across it; a
    block's K and V rows come from L2 once and are reused from L1 by every row. Each
    key block runs three passes: *scores* -- per group and pair of keys, each K chunk
    load feeds 8 rows' FMA chains, one transpose-sum (:func:`_transpose_sum8`) per key
    gives its 8 scores; *softmax* -- per group, lane-wise over the keys (no horizontal
    reductions): the new max, one vector exp per key and one for the 8 corrections,
    the sums; *values* -- per 2 rows and 8 vectors of them (16 accumulators), the
    output rows (accumulated in ``out``, L1-resident) rescaled once per block and
    updated with ``p_j * V_j`` for every key of the block, each V load feeding both
    rows. Blocks crossing the diagonal mask lanes per row; each row's last (< 8) keys
    take a per-key step. Masked keys get probability 0 and never raise the max; a
    query that saw no key is written as zeros.
    """
    rep = num_heads // num_kv_heads
    bq = ATTN_QUERY_BLOCK
    kbk = ATTN_KEY_BLOCK
    hd = head_dim
    nvec = hd // VEC
    kv_row = num_kv_heads * hd
    scale = 1.0 / math.sqrt(hd)
    max_rows = rep * bq
    pad_rows = -(-max_rows // VEC) * VEC  # rows rounded up to whole groups
    # state offsets (stack scratch): m, l, corr, jend (as f32) per row
    M_OFF, L_OFF, C_OFF, J_OFF = 0, pad_rows, 2 * pad_rows, 3 * pad_rows

    def body(*args):
        if has_mask:
            q, kc, vc, mask, out, b_sz, s_sz, t_sz, cap = args
        else:
            q, kc, vc, out, b_sz, s_sz, t_sz, cap = args
            mask = None
        nblk = _div(_add(s_sz, bq - 1), bq)
        total = _mul(_mul(b_sz, num_kv_heads), nblk)
        past = _sub(t_sz, s_sz)  # absolute position of query 0

        def item(wi):
            blk = _rem(wi, nblk)
            bg = _div(wi, nblk)
            g = _rem(bg, num_kv_heads)  # the item's KV head
            b = _div(bg, num_kv_heads)
            s0 = _mul(blk, bq)
            nq = arith.MinUIOp(_v(_sub(s_sz, s0)), _ci(bq)).result  # positions in this block
            nrows = _mul(nq, rep)
            ngroups = _div(_add(nrows, VEC - 1), VEC)
            last_row = _sub(nrows, 1)
            state = memref.AllocaOp.get(f32, shape=[4 * pad_rows]).memref
            # probabilities of a key block, group-major: [group][key][8 rows]
            probs = memref.AllocaOp.get(f32, shape=[kbk * pad_rows]).memref
            kv_base = _add(_mul(_mul(b, cap), kv_row), _mul(g, hd))
            mask_base = _mul(b, t_sz) if mask is not None else None
            zero = _vconst(0.0)
            scale_v = _vconst(scale)

            def row_pos(row):
                """(query position s, out/q offset) of a row: row = i * rep + r is query
                head g * rep + r at position s0 + i."""
                ig = _div(row, rep)
                r = _rem(row, rep)
                s = _add(s0, ig)
                head = _add(_mul(g, rep), r)
                base = _mul(_add(_mul(_add(_mul(b, s_sz), s), num_heads), head), hd)
                return s, base

            def jend_of(s):
                return _add(_add(past, s), 1) if causal else t_sz

            def to_f32(i):
                return arith.SIToFPOp(arith.IndexCastOp(_v(i), i64).result, f32).result

            def init_row(row):
                _, base = row_pos(row)
                for c in range(nvec):
                    _vstore(zero, out, _add(base, c * VEC))

            _for(0, nrows, 1, [], init_row)

            def init_state(row):
                # every lane of every group, the padding rows too (their lanes are
                # computed on a copy of the last row and never stored)
                s, _ = row_pos(arith.MinUIOp(_v(row), _v(last_row)).result)
                _store(_cf(_NEG_BIG), state, _add(row, M_OFF))
                _store(_cf(0.0), state, _add(row, L_OFF))
                _store(to_f32(jend_of(s)), state, _add(row, J_OFF))

            _for(0, _mul(ngroups, VEC), 1, [], init_state)

            def block(jb, nk, diag):
                """Keys jb .. jb+nk-1 (nk a multiple of 8) for every row."""
                kb0 = _add(kv_base, _mul(jb, kv_row))  # key jb's K / V row

                def scores(grp, u0, bases):
                    """Scores of keys u0, u0+1 for the 8 rows of a group (q offsets
                    ``bases``): each K chunk load feeds 8 rows; one transpose-sum per key."""
                    kb_u0 = _add(kb0, _mul(u0, kv_row))
                    kb2 = [_add(kb_u0, k * kv_row) for k in range(2)]
                    dots = [[None] * VEC for _ in range(2)]
                    for c in range(nvec):
                        kvec = [_vload(kc, _add(kb2[k], c * VEC)) for k in range(2)]
                        for i in range(VEC):
                            qv = _vload(q, _add(bases[i], c * VEC))
                            for k in range(2):
                                dots[k][i] = (_fmul(qv, kvec[k]) if c == 0
                                              else _fma(qv, kvec[k], dots[k][i]))
                    for k in range(2):
                        _vstore(_fmul(_transpose_sum8(dots[k]), scale_v), probs,
                                _mul(_add(_mul(grp, nk), _add(u0, k)), VEC))

                def softmax(grp):
                    """Lane-wise over the block's keys, 8 keys per step: the new max, then
                    the probabilities and their sum."""
                    r0 = _mul(grp, VEC)
                    pbase = _mul(grp, nk * VEC)
                    n_ok = None
                    if diag:  # causal: key jb+u visible to a row iff jb+u < jend(row)
                        n_ok = _fsub(_vload(state, _add(r0, J_OFF)), _bcast(to_f32(jb)))

                    def octet(u0):
                        """The 8 keys u0 .. u0+7: (scores, validity or None)."""
                        sc = [_vload(probs, _add(pbase, _mul(_add(u0, u), VEC))) for u in range(VEC)]
                        valid = [None] * VEC
                        if n_ok is not None:
                            n_u0 = _fsub(n_ok, _bcast(to_f32(u0)))
                            valid = [arith.CmpfOp(_vconst(float(u)), n_u0, "olt").result for u in range(VEC)]
                        if mask is not None:
                            for u in range(VEC):
                                keep = arith.CmpfOp(_bcast(_load(mask, _add(mask_base, _add(jb, _add(u0, u))))),
                                                    zero, "une").result
                                valid[u] = keep if valid[u] is None else arith.AndIOp(valid[u], keep).result
                        if valid[0] is not None:
                            sc = [arith.SelectOp(valid[u], sc[u], _vconst(_NEG_BIG)).result for u in range(VEC)]
                        return sc, valid

                    def max_step(u0, m):
                        return [_fmax(m, _tree_sum(octet(u0)[0], add=_fmax))]

                    m_old = _vload(state, _add(r0, M_OFF))
                    m_new = _for(0, nk, VEC, [m_old], max_step)[0]

                    def exp_step(u0, acc):
                        sc, valid = octet(u0)
                        ps = []
                        for u in range(VEC):
                            p = _vexp(_fsub(sc[u], m_new))
                            if valid[u] is not None:
                                p = arith.SelectOp(valid[u], p, zero).result
                            _vstore(p, probs, _add(pbase, _mul(_add(u0, u), VEC)))
                            ps.append(p)
                        return [_fadd(acc, _tree_sum(ps))]

                    p_sum = _for(0, nk, VEC, [zero], exp_step)[0]
                    corr = _vexp(_fsub(m_old, m_new))
                    _vstore(m_new, state, _add(r0, M_OFF))
                    l_old = _vload(state, _add(r0, L_OFF))
                    _vstore(_fadd(_fmul(l_old, corr), p_sum), state, _add(r0, L_OFF))
                    _vstore(corr, state, _add(r0, C_OFF))

                def values(row, nr, c0, w):
                    """out rows row .. row+nr-1 (one group), vectors c0 .. c0+w-1:
                    rescale, += p_j V_j over the block's keys (8 per step); each V load
                    feeds nr rows."""
                    rows = [_add(row, i) for i in range(nr)]
                    bases = [row_pos(r)[1] for r in rows]
                    grp = _div(row, VEC)
                    lane = _rem(row, VEC)
                    pbase = _add(_mul(grp, nk * VEC), lane)
                    col = _mul(c0, VEC)
                    corr_v = [_bcast(_load(state, _add(r, C_OFF))) for r in rows]
                    offs = [[_add(_add(bases[i], col), x * VEC) for x in range(w)] for i in range(nr)]
                    acc0 = [_fmul(_vload(out, offs[i][x]), corr_v[i]) for i in range(nr) for x in range(w)]

                    def step(u0, *flat):
                        acc = [list(flat[i * w:(i + 1) * w]) for i in range(nr)]
                        kb_u0 = _add(_add(kb0, _mul(u0, kv_row)), col)
                        pb_u0 = _add(pbase, _mul(u0, VEC))
                        for u in range(VEC):
                            vv = [_vload(vc, _add(kb_u0, u * kv_row + x * VEC)) for x in range(w)]
                            for i in range(nr):
                                pb = _bcast(_load(probs, _add(pb_u0, u * VEC + i)))
                                acc[i] = [_fma(pb, vv[x], acc[i][x]) for x in range(w)]
                        return [a for row_acc in acc for a in row_acc]

                    if nr > 1:  # unrolled over the keys (a loop carrying the tile is slower)
                        flat = acc0
                        for u0 in range(0, nk, VEC):
                            flat = step(u0, *flat)
                    else:  # the odd rows: 8 keys per step, compact code
                        flat = _for(0, nk, VEC, acc0, step)
                    for i in range(nr):
                        for x in range(w):
                            _vstore(flat[i * w + x], out, offs[i][x])

                def scores_group(grp):
                    r0 = _mul(grp, VEC)
                    bases = [row_pos(arith.MinUIOp(_v(_add(r0, i)), _v(last_row)).result)[1]
                             for i in range(VEC)]
                    _for(0, nk, 2, [], lambda u0: scores(grp, u0, bases))

                _for(0, ngroups, 1, [], scores_group)
                _for(0, ngroups, 1, [], softmax)
                pairs = _round_down(nrows, 2)

                def values_rows(c0, w):
                    _for(0, pairs, 2, [], lambda row: values(row, 2, c0, w))
                    _for(pairs, nrows, 1, [], lambda row: values(row, 1, c0, w))

                vmain = _round_down(nvec, _ATTN_V_CHUNK)
                if vmain:
                    _for(0, vmain, _ATTN_V_CHUNK, [], lambda c0: values_rows(c0, _ATTN_V_CHUNK))
                if nvec > vmain:
                    values_rows(vmain, nvec - vmain)

            # full key blocks below the first query's diagonal: every row sees them all;
            # then the blocks crossing the diagonal (causal): a lane mask per row; then
            # per row its last (< 8) keys one at a time
            jfull = _round_down(jend_of(s0), kbk)
            jlast = _round_down(jend_of(_sub(_add(s0, nq), 1)), VEC) if causal else _round_down(t_sz, VEC)
            _for(0, jfull, kbk, [], lambda jb: block(jb, kbk, False))
            # the rest (the diagonal's blocks, or < kbk keys past jfull) in blocks of
            # 16 then 8 keys
            j0, nk = jfull, min(kbk, 2 * VEC)
            while nk >= VEC:
                j1 = jlast if nk == VEC else _add(j0, _round_down(_sub(jlast, j0), nk))
                _for(j0, j1, nk, [], lambda jb, nk=nk: block(jb, nk, causal))
                j0, nk = j1, nk // 2

            # the rest of each row's keys (diagonal block, ragged end): one key per step
            def row_tail(row):
                s, base = row_pos(row)

                def key1(j):
                    kb = _add(kv_base, _mul(j, kv_row))
                    parts = [None, None]
                    for c in range(nvec):
                        pair = (_vload(q, _add(base, c * VEC)), _vload(kc, _add(kb, c * VEC)))
                        parts[c % 2] = _fmul(*pair) if parts[c % 2] is None else _fma(*pair, parts[c % 2])
                    score = _fmul(_vsum(_tree_sum([x for x in parts if x is not None])), _cf(scale))
                    m_old = _load(state, _add(row, M_OFF))
                    m_new = _fmax(m_old, score)
                    keep = None
                    if mask is not None:
                        keep = arith.CmpfOp(_load(mask, _add(mask_base, j)), _cf(0.0), "une").result
                        m_new = arith.SelectOp(keep, m_new, m_old).result
                    # both exponentials in one vector exp: lane0 = p, lane1 = correction
                    ex = _vexp(_insert(_fsub(m_old, m_new), _bcast(_fsub(score, m_new)), 1))
                    p, corr = _extract(ex, 0), _extract(ex, 1)
                    if keep is not None:
                        p = arith.SelectOp(keep, p, _cf(0.0)).result
                    p_v = _bcast(p)
                    _store(m_new, state, _add(row, M_OFF))
                    l_i = _add(row, L_OFF)
                    _store(_fadd(_fmul(_load(state, l_i), corr), p), state, l_i)
                    corr_v = _bcast(corr)
                    for c in range(nvec):
                        o = _add(base, c * VEC)
                        _vstore(_fma(p_v, _vload(vc, _add(kb, c * VEC)), _fmul(_vload(out, o), corr_v)), out, o)

                _for(jlast, jend_of(s), 1, [], key1)
                l_fin = _load(state, _add(row, L_OFF))
                inv_v = _bcast(_inv_softmax_sum(l_fin))
                for c in range(nvec):
                    o = _add(base, c * VEC)
                    _vstore(_fmul(_vload(out, o), inv_v), out, o)

            _for(0, nrows, 1, [], row_tail)

        _parallel(0, total, item, work=_mul(_mul(_mul(b_sz, s_sz), t_sz), num_heads * hd))

    types = [_MF32] * (5 if has_mask else 4) + [_IDX] * 4
    return _make_func(_attention_name(num_heads, num_kv_heads, head_dim, causal, has_mask), types, body)


#: Split-K decode attention (:func:`_attention_decode`): keys per chunk (at least), the
#: most chunks (work items) per call, and the stack budget of the per-item partials.
DECODE_MIN_KEYS = 32
DECODE_MAX_CHUNKS = 8
DECODE_SCRATCH_BYTES = 128 << 10  # on the calling thread's stack
_DECODE_V_CHUNKS = 4  # accumulator vectors per head per values step (2 cache lines of V)


def _attention_decode(
    num_heads: int, num_kv_heads: int, head_dim: int, causal: bool, has_mask: bool
) -> func.FuncOp:
    """Decode attention (``S == 1``, ``head_dim % 8 == 0``), split over the keys
    ("flash-decoding").

    The query of row b sits at position T-1, so causal or not it sees keys 0..T-1 (the
    ``causal`` flag only names the kernel). Each batch row's keys are split into
    ``nch`` near-equal chunks: ``T // DECODE_MIN_KEYS`` rounded down to even, between 1
    and ``DECODE_MAX_CHUNKS // B``, and 1 for a call small enough to run serially
    (``PARALLEL_MIN_WORK``). A work item is one (row, chunk) with *every* query head, so
    a thread reads whole K/V rows (``num_kv_heads * head_dim`` contiguous floats) of its
    own key range. Per block of 8 keys it runs the three passes of
    :func:`_attention_blocked` over the heads -- scores (each K load feeds the heads of
    one KV head, one transpose-sum per head), softmax, values -- reading the 8 rows one
    after the other (a row's KV-head segment front to back for the scores, two cache
    lines of each row per step for the values). Each item keeps the online-softmax
    partials per head -- running max ``m``, sum ``l`` and the unnormalised
    ``acc[head_dim]`` -- in its own slot of a stack scratch of the outer function; a
    ragged end (< 8 keys) is one block whose missing keys repeat the chunk's last row
    and get probability 0. After the parallel loop a serial merge combines each head's
    partials, rescaled by ``exp(m_i - max m)``, into ``out``. The scratch holds
    ``max_items`` slots (``DECODE_SCRATCH_BYTES``); batch rows go in groups of
    ``max_items // nch`` per parallel loop. Masked keys get probability 0 and never
    raise the max; a query that saw no key is written as zeros.
    """
    rep = num_heads // num_kv_heads
    hd = head_dim
    nvec = hd // VEC
    kv_row = num_kv_heads * hd
    scale = 1.0 / math.sqrt(hd)
    acc_len = num_heads * hd
    slot = -(-(acc_len + 2 * num_heads) // 16) * 16  # acc, m, l; whole cache lines
    max_items = max(1, min(32, DECODE_SCRATCH_BYTES // (4 * slot)))
    max_chunks = max(1, min(DECODE_MAX_CHUNKS, max_items) // 2 * 2)
    nr = 2 if rep % 2 == 0 else 1  # query heads per score / value step (one KV head)

    def body(*args):
        if has_mask:
            q, kc, vc, mask, out, b_sz, _s_sz, t_sz, cap = args
        else:
            q, kc, vc, out, b_sz, _s_sz, t_sz, cap = args
            mask = None
        scratch = memref.AllocaOp.get(f32, shape=[max_items * slot]).memref
        # chunks per row: T // DECODE_MIN_KEYS, at most max_chunks // B (the rows are
        # work items too), rounded down to even; 1 for a call that runs serially
        b_min1 = arith.MaxUIOp(_v(b_sz), _ci(1)).result
        cap_b = arith.MaxUIOp(_v(_div(max_chunks, b_min1)), _ci(1)).result
        want = arith.MinUIOp(_v(_div(t_sz, DECODE_MIN_KEYS)), cap_b).result
        nch = arith.MaxUIOp(_v(_round_down(want, 2)), _ci(1)).result
        work = _mul(_mul(b_sz, t_sz), num_heads * hd)
        serial = arith.CmpiOp(_v(work), _ci(PARALLEL_MIN_WORK), "ult").result
        nch = arith.SelectOp(serial, _ci(1), nch).result
        rows_per_loop = _div(max_items, nch)

        def state(wi, h, which):  # which: 0 = m, 1 = l
            return _add(_add(_mul(wi, slot), acc_len + which * num_heads), h)

        def item(b0, wi):
            c = _rem(wi, nch)
            b = _add(b0, _div(wi, nch))
            j0 = _div(_mul(c, t_sz), nch)
            j1 = _div(_mul(_add(c, 1), t_sz), nch)
            acc0 = _mul(wi, slot)
            qbase = _mul(b, acc_len)
            kv_base = _mul(_mul(b, cap), kv_row)
            mask_base = _mul(b, t_sz) if mask is not None else None
            # per-thread scratch: the 8 scores / probabilities and the correction per head
            probs = memref.AllocaOp.get(f32, shape=[VEC * num_heads]).memref
            corrs = memref.AllocaOp.get(f32, shape=[num_heads]).memref
            zero = _vconst(0.0)
            scale_v = _vconst(scale)
            iota = arith.ConstantOp(DenseIntOrFPElementsAttr.from_list(
                VectorType(f32, [VEC]), [float(i) for i in range(VEC)])).result

            def init_head(h):
                for cc in range(nvec):
                    _vstore(zero, scratch, _add(_add(acc0, _mul(h, hd)), cc * VEC))
                _store(_cf(_NEG_BIG), scratch, state(wi, h, 0))
                _store(_cf(0.0), scratch, state(wi, h, 1))

            _for(0, num_heads, 1, [], init_head)

            def block8(jb, n=None):
                """Keys jb .. jb+7 (``n``: only the first n are keys of the chunk)."""
                if n is None:
                    keys = [_add(jb, u) for u in range(VEC)]
                else:  # lanes past the end re-read the last key (probability 0)
                    last = _sub(n, 1)
                    keys = [_add(jb, arith.MinUIOp(_ci(u), _v(last)).result) if u else jb
                            for u in range(VEC)]
                kbs = [_add(kv_base, _mul(k, kv_row)) for k in keys]
                valid = None
                if mask is not None:
                    if n is None:
                        mv = _vload(mask, _add(mask_base, jb))
                    else:
                        mv = _bcast(_load(mask, _add(mask_base, keys[0])))
                        for u in range(1, VEC):
                            mv = _insert(_load(mask, _add(mask_base, keys[u])), mv, u)
                    valid = arith.CmpfOp(mv, zero, "une").result
                if n is not None:
                    n_f = arith.SIToFPOp(arith.IndexCastOp(_v(n), i64).result, f32).result
                    inside = arith.CmpfOp(iota, _bcast(n_f), "olt").result
                    valid = inside if valid is None else arith.AndIOp(valid, inside).result

                def scores(h):
                    """Scores of heads h .. h+nr-1 (one KV head): each K load feeds nr heads."""
                    koff = _mul(_div(h, rep), hd)
                    qv = [[_vload(q, _add(_add(qbase, _mul(_add(h, i), hd)), cc * VEC))
                           for i in range(nr)] for cc in range(nvec)]
                    dots = [[None] * VEC for _ in range(nr)]
                    for u in range(VEC):  # row by row: each segment read front to back
                        for cc in range(nvec):
                            kvec = _vload(kc, _add(_add(kbs[u], koff), cc * VEC))
                            for i in range(nr):
                                dots[i][u] = (_fmul(qv[cc][i], kvec) if cc == 0
                                              else _fma(qv[cc][i], kvec, dots[i][u]))
                    for i in range(nr):
                        _vstore(_fmul(_transpose_sum8(dots[i]), scale_v), probs,
                                _mul(_add(h, i), VEC))

                def softmax(h):
                    sc = _vload(probs, _mul(h, VEC))
                    if valid is not None:
                        sc = arith.SelectOp(valid, sc, _vconst(_NEG_BIG)).result
                    m_old = _load(scratch, state(wi, h, 0))
                    m_new = _fmax(m_old, _vmax_lanes(sc))
                    p = _vexp(_fsub(sc, _bcast(m_new)))
                    if valid is not None:
                        p = arith.SelectOp(valid, p, zero).result
                    corr = _extract(_vexp(_bcast(_fsub(m_old, m_new))), 0)
                    _vstore(p, probs, _mul(h, VEC))
                    _store(m_new, scratch, state(wi, h, 0))
                    l_i = state(wi, h, 1)
                    _store(_fadd(_fmul(_load(scratch, l_i), corr), _vsum(p)), scratch, l_i)
                    _store(corr, corrs, h)

                def values(h):
                    """acc of heads h .. h+nr-1 = acc * corr + p V: each V load feeds nr heads."""
                    heads = [_add(h, i) for i in range(nr)]
                    koff = _mul(_div(h, rep), hd)
                    corr_v = [_bcast(_load(corrs, hh)) for hh in heads]
                    pb = [[_bcast(_load(probs, _add(_mul(hh, VEC), u))) for u in range(VEC)]
                          for hh in heads]
                    for c0 in range(0, nvec, _DECODE_V_CHUNKS):
                        cs = range(c0, min(nvec, c0 + _DECODE_V_CHUNKS))
                        offs = {cc: [_add(_add(acc0, _mul(hh, hd)), cc * VEC) for hh in heads] for cc in cs}
                        acc = {cc: [_fmul(_vload(scratch, offs[cc][i]), corr_v[i]) for i in range(nr)]
                               for cc in cs}
                        for u in range(VEC):  # row by row: two cache lines of each row per step
                            for cc in cs:
                                vvec = _vload(vc, _add(_add(kbs[u], koff), cc * VEC))
                                acc[cc] = [_fma(pb[i][u], vvec, acc[cc][i]) for i in range(nr)]
                        for cc in cs:
                            for i in range(nr):
                                _vstore(acc[cc][i], scratch, offs[cc][i])

                _for(0, num_heads, nr, [], scores)
                _for(0, num_heads, 1, [], softmax)
                _for(0, num_heads, nr, [], values)

            jfull = _add(j0, _round_down(_sub(j1, j0), VEC))
            _for(j0, jfull, VEC, [], block8)
            _if(arith.CmpiOp(_v(jfull), _v(j1), "ult").result,
                lambda: block8(jfull, _sub(j1, jfull)))

        def merge(b0, bl):
            """out row b0+bl = the row's chunk partials combined, per head."""
            first = _mul(bl, nch)
            obase = _mul(_add(b0, bl), acc_len)

            def head(h):
                m_max = _for(0, nch, 1, [_cf(_NEG_BIG)],
                             lambda c, m: [_fmax(m, _load(scratch, state(_add(first, c), h, 0)))])[0]

                def part(c, l_run, *acc):
                    wi = _add(first, c)
                    w = _extract(_vexp(_bcast(_fsub(_load(scratch, state(wi, h, 0)), m_max))), 0)
                    w_v = _bcast(w)
                    src = _add(_mul(wi, slot), _mul(h, hd))
                    return [_fadd(l_run, _fmul(w, _load(scratch, state(wi, h, 1))))] + [
                        _fma(w_v, _vload(scratch, _add(src, cc * VEC)), acc[cc]) for cc in range(nvec)]

                res = _for(0, nch, 1, [_cf(0.0)] + [_vconst(0.0)] * nvec, part)
                l_fin = res[0]
                inv_v = _bcast(_inv_softmax_sum(l_fin))
                for cc in range(nvec):
                    _vstore(_fmul(res[1 + cc], inv_v), out, _add(_add(obase, _mul(h, hd)), cc * VEC))

            _for(0, num_heads, 1, [], head)

        def rows(b0):
            nb = arith.MinUIOp(_v(rows_per_loop), _v(_sub(b_sz, b0))).result
            _parallel(0, _mul(nb, nch), lambda wi: item(b0, wi),
                      work=_mul(_mul(nb, t_sz), num_heads * hd))
            _for(0, nb, 1, [], lambda bl: merge(b0, bl))

        _for(0, b_sz, rows_per_loop, [], rows)

    types = [_MF32] * (5 if has_mask else 4) + [_IDX] * 4
    name = _attention_name(num_heads, num_kv_heads, head_dim, causal, has_mask) + "_splitk"
    return _make_func(name, types, body)


def _attention_per_key(
    num_heads: int, num_kv_heads: int, head_dim: int, causal: bool, has_mask: bool
) -> func.FuncOp:
    """Attention for any ``head_dim`` (used when it is not a multiple of 8).

    One work item per query (b, h, s), split over threads by ``scf.parallel``.
    Keys are streamed once with an online softmax, 8 keys per step: the 8
    scores form one vector, so a step costs one vector exp and one rescale of
    the accumulator instead of eight (leftover keys < 8 take a per-key path).
    The output accumulator lives in ``head_dim/8`` vector iter_args (+ scalar
    iter_args for a ``head_dim % 8`` tail): for head_dim <= 128 that is <= 16
    ymm values, so one pass over K and V suffices (the chunked alternative
    would re-read K and recompute every score once per 8 output dims).
    Larger head dims still work; LLVM just spills part of the accumulator.
    Masked keys get probability 0 (select, not an -inf score), and a query
    that saw no key ends with sum 0 and is written as zeros.
    """
    if num_kv_heads <= 0 or num_heads % num_kv_heads:
        raise ValueError("attention: num_heads must be a multiple of num_kv_heads")
    rep = num_heads // num_kv_heads
    hd = head_dim
    nvec = hd // VEC
    tail = hd % VEC
    npart = max(1, min(2, nvec))  # chains per dot product (8 dots run side by side)
    kv_row = num_kv_heads * hd
    scale = 1.0 / math.sqrt(hd)

    def body(*args):
        if has_mask:
            q, kc, vc, mask, out, b_sz, s_sz, t_sz, cap = args
        else:
            q, kc, vc, out, b_sz, s_sz, t_sz, cap = args
            mask = None
        total = _mul(_mul(b_sz, num_heads), s_sz)
        past = _sub(t_sz, s_sz)  # absolute position of query 0

        def item(wi):
            s = _rem(wi, s_sz)
            bh = _div(wi, s_sz)
            h = _rem(bh, num_heads)
            b = _div(bh, num_heads)
            kvh = _div(h, rep)
            qbase = _mul(_add(_mul(_add(_mul(b, s_sz), s), num_heads), h), hd)
            # q is pre-scaled by 1/sqrt(hd) so scores need no extra multiply.
            scale_v = _vconst(scale)
            qv = [_fmul(_vload(q, _add(qbase, c * VEC)), scale_v) for c in range(nvec)]
            qt = [
                _fmul(_load(q, _add(qbase, nvec * VEC + d)), _cf(scale)) for d in range(tail)
            ]
            kv_base = _add(_mul(_mul(b, cap), kv_row), _mul(kvh, hd))
            jend = _add(_add(past, s), 1) if causal else t_sz
            mask_base = _mul(b, t_sz) if mask is not None else None

            def score_of(kb):
                parts: list = [None] * npart
                for c in range(nvec):
                    kvec = _vload(kc, _add(kb, c * VEC))
                    p = c % npart
                    parts[p] = (
                        _fmul(qv[c], kvec) if parts[p] is None else _fma(qv[c], kvec, parts[p])
                    )
                score = _vsum(_tree_sum(parts)) if nvec else None
                for d in range(tail):
                    prod = _fmul(qt[d], _load(kc, _add(kb, nvec * VEC + d)))
                    score = prod if score is None else _fadd(score, prod)
                return score

            def rescaled(acc, corr):
                """acc * corr, for the vector and the scalar parts."""
                corr_v = _bcast(corr)
                return [_fmul(a, corr_v) for a in acc[:nvec]] + [
                    _fmul(a, corr) for a in acc[nvec:]
                ]

            def add_value(acc, p, kb):
                """acc += p * v[row kb]."""
                p_v = _bcast(p)
                new_v = [_fma(p_v, _vload(vc, _add(kb, c * VEC)), acc[c]) for c in range(nvec)]
                new_t = [
                    _fadd(acc[nvec + d], _fmul(p, _load(vc, _add(kb, nvec * VEC + d))))
                    for d in range(tail)
                ]
                return new_v + new_t

            def block8(jb, m_run, l_run, *acc):
                kbs = [_add(kv_base, _mul(_add(jb, u), kv_row)) for u in range(VEC)]
                scores = [score_of(kb) for kb in kbs]
                if mask is not None:
                    keep_v = arith.CmpfOp(
                        _vload(mask, _add(mask_base, jb)), _vconst(0.0), "une"
                    ).result
                    keeps = [
                        arith.CmpfOp(_load(mask, _add(mask_base, _add(jb, u))), _cf(0.0), "une").result
                        for u in range(VEC)
                    ]
                    # masked scores must not raise the running max
                    scores = [arith.SelectOp(k, x, m_run).result for k, x in zip(keeps, scores)]
                m_new = _tree_sum([m_run, *scores], add=_fmax)
                sv = _bcast(scores[0])
                for u in range(1, VEC):
                    sv = _insert(scores[u], sv, u)
                pv = _vexp(_fsub(sv, _bcast(m_new)))
                if mask is not None:
                    pv = arith.SelectOp(keep_v, pv, _vconst(0.0)).result
                corr = _extract(_vexp(_bcast(_fsub(m_run, m_new))), 0)
                l_new = _fadd(_fmul(l_run, corr), _vsum(pv))
                acc = rescaled(acc, corr)
                for u in range(VEC):
                    acc = add_value(acc, _extract(pv, u), kbs[u])
                return [m_new, l_new, *acc]

            def key1(j, m_run, l_run, *acc):
                kb = _add(kv_base, _mul(j, kv_row))
                score = score_of(kb)
                m_new = _fmax(m_run, score)
                if mask is not None:
                    keep = arith.CmpfOp(_load(mask, _add(mask_base, j)), _cf(0.0), "une").result
                    m_new = arith.SelectOp(keep, m_new, m_run).result
                # both exponentials in one vector exp: lane0 = p, lane1 = correction
                ex = _vexp(_insert(_fsub(m_run, m_new), _bcast(_fsub(score, m_new)), 1))
                p = _extract(ex, 0)
                corr = _extract(ex, 1)
                if mask is not None:
                    p = arith.SelectOp(keep, p, _cf(0.0)).result
                l_new = _fadd(_fmul(l_run, corr), p)
                return [m_new, l_new, *add_value(rescaled(acc, corr), p, kb)]

            init = [_cf(_NEG_BIG), _cf(0.0)] + [_vconst(0.0)] * nvec + [_cf(0.0)] * tail
            jend8 = _round_down(jend, VEC)
            res = _for(0, jend8, VEC, init, block8)
            res = _for(jend8, jend, 1, res, key1)
            l_fin = res[1]
            inv = _inv_softmax_sum(l_fin)
            inv_v = _bcast(inv)
            for c in range(nvec):
                _vstore(_fmul(res[2 + c], inv_v), out, _add(qbase, c * VEC))
            for d in range(tail):
                _store(_fmul(res[2 + nvec + d], inv), out, _add(qbase, nvec * VEC + d))

        _parallel(0, total, item, work=_mul(_mul(_mul(b_sz, s_sz), t_sz), num_heads * hd))

    types = [_MF32] * (5 if has_mask else 4) + [_IDX] * 4
    return _make_func(_attention_name(num_heads, num_kv_heads, head_dim, causal, has_mask), types, body)


def _elementwise(
    name: str, n_in: int, fn: Callable[..., SSAValue], scalar_via_vector: bool = False
) -> func.FuncOp:
    """``(in_0, ..., in_{n-1}, out, count)``: out[i] = fn(in_0[i], ...).

    ``fn`` works on values of either type; with ``scalar_via_vector`` the
    scalar tail broadcasts its inputs and lane-extracts ``fn``'s vector result
    (used where ``fn`` needs vector ``math.exp``).
    """

    def body(*args):
        ins, out, count = args[:n_in], args[n_in], args[n_in + 1]

        def vec(i):
            _vstore(fn(*[_vload(a, i) for a in ins]), out, i)

        def scalar(i):
            vals = [_load(a, i) for a in ins]
            if scalar_via_vector:
                r = _extract(fn(*[_bcast(v) for v in vals]), 0)
            else:
                r = fn(*vals)
            _store(r, out, i)

        def chunk(c):
            lo = _mul(c, _ELEMENTWISE_CHUNK)
            hi = arith.MinUIOp(_v(_add(lo, _ELEMENTWISE_CHUNK)), _v(count)).result
            _vec_then_scalar(hi, vec, scalar, start=lo)

        _parallel(0, _div(_add(count, _ELEMENTWISE_CHUNK - 1), _ELEMENTWISE_CHUNK), chunk, work=count)

    return _make_func(name, [_MF32] * (n_in + 1) + [_IDX], body)


_ELEMENTWISE_CHUNK = 4096  # elements per work item of the elementwise kernels


def _silu_vec(g):
    # g * sigmoid(g) = g / (1 + exp(-g))
    e = _vexp(_fsub(_vconst(0.0), g))
    return _fdiv(g, _fadd(_vconst(1.0), e))


def swiglu_kernel() -> func.FuncOp:
    """``(gate, up, out, count)``: out = silu(gate) * up."""
    return _elementwise("swiglu_f32", 2, lambda g, u: _fmul(_silu_vec(g), u), True)


def silu_kernel() -> func.FuncOp:
    """``(x, out, count)``: out = x * sigmoid(x)."""
    return _elementwise("silu_f32", 1, _silu_vec, True)


def add_kernel() -> func.FuncOp:
    """``(a, b, out, count)``: out = a + b."""
    return _elementwise("add_f32", 2, _fadd)


def mul_kernel() -> func.FuncOp:
    """``(a, b, out, count)``: out = a * b."""
    return _elementwise("mul_f32", 2, _fmul)


def gather_last_kernel(hidden: int) -> func.FuncOp:
    """``(x[B*S*hidden], out[B*hidden], B, S)``: out[b] = x[b, S-1]."""

    def body(x, out, b_sz, s_sz):
        def row(b):
            src = _mul(_sub(_mul(_add(b, 1), s_sz), 1), hidden)
            _copy(x, src, out, _mul(b, hidden), hidden)

        _for(0, b_sz, 1, [], row)

    return _make_func(f"gather_last_h{hidden}", [_MF32, _MF32, _IDX, _IDX], body)


def kv_write_kernel(dim: int) -> func.FuncOp:
    """``(new[B*S*dim], cache[B*CAP*dim], B, S, offset, CAP)``: cache[b*CAP+offset+s] = new[b*S+s]."""

    def body(new, cache, b_sz, s_sz, offset, cap):
        def row(i):
            b, s = _div(i, s_sz), _rem(i, s_sz)
            src = _mul(i, dim)
            dst = _mul(_add(_add(_mul(b, cap), offset), s), dim)
            _copy(new, src, cache, dst, dim)

        rows = _mul(b_sz, s_sz)
        _parallel(0, rows, row, work=_mul(rows, dim))

    return _make_func(f"kv_write_d{dim}", [_MF32, _MF32] + [_IDX] * 4, body)


KERNELS: dict[str, Callable[..., func.FuncOp]] = {
    "embed": embed_kernel,
    "rms_norm": rms_norm_kernel,
    "linear": linear_kernel,
    "multi_linear": multi_linear_kernel,
    "linear_swiglu": linear_swiglu_kernel,
    "rope": rope_kernel,
    "attention": attention_kernel,
    "swiglu": swiglu_kernel,
    "silu": silu_kernel,
    "add": add_kernel,
    "mul": mul_kernel,
    "gather_last": gather_last_kernel,
    "kv_write": kv_write_kernel,
}


# --------------------------------------------------------------------------
# machine probes (used by ``python -m bench``: not lowered from rlx ops)
# --------------------------------------------------------------------------


def stream_sum_kernel(unroll: int = 8) -> func.FuncOp:
    """``(x[n], partial[nchunks*8], chunk, nchunks)``: partial[c] = lanes of sum(x[c*chunk:...]).

    The DRAM bandwidth probe: every chunk is read once with ``unroll`` independent
    vector accumulators; ``scf.parallel`` splits the chunks over the threads.
    ``chunk`` must be a multiple of ``8 * unroll``.
    """

    def body(x, partial, chunk, nchunks):
        def one(c):
            base = _mul(c, chunk)

            def step(i, *acc):
                return [_fadd(acc[u], _vload(x, _add(base, _add(i, u * VEC)))) for u in range(unroll)]

            acc = _for(0, chunk, unroll * VEC, [_vconst(0.0)] * unroll, step)
            _vstore(_tree_sum(acc), partial, _mul(c, VEC))

        _parallel(0, nchunks, one)

    return _make_func(f"probe_stream_sum_u{unroll}", [_MF32, _MF32, _IDX, _IDX], body)


def fma_peak_kernel(chains: int = 12, width: int = VEC) -> func.FuncOp:
    """``(out[nwork*width], nwork, iters)``: ``chains`` independent FMA chains per work item.

    The FMA-peak probe: registers only, no memory traffic in the loop; each
    iteration is ``chains`` vector FMAs (``2 * width * chains`` FLOPs).
    """
    vty = VectorType(f32, [width])

    def body(out, nwork, iters):
        def one(w):
            a = vector.BroadcastOp(_cf(0.999), vty).vector
            b = vector.BroadcastOp(_cf(0.001), vty).vector
            init = [vector.BroadcastOp(_cf(float(c)), vty).vector for c in range(chains)]

            def step(i, *acc):
                return [_fma(acc[c], a, b) for c in range(chains)]

            acc = _for(0, iters, 1, init, step)
            total = _tree_sum(acc)
            vector.StoreOp(total, out, [_mul(w, width)])

        _parallel(0, nwork, one)

    return _make_func(f"probe_fma_c{chains}_w{width}", [_MF32, _IDX, _IDX], body)


PROBES: dict[str, Callable[..., func.FuncOp]] = {
    "stream_sum": stream_sum_kernel,
    "fma_peak": fma_peak_kernel,
}


# --------------------------------------------------------------------------
# cost model: bytes moved and FLOPs of one kernel call (the roofline report)
# --------------------------------------------------------------------------


def _name_params(name: str) -> tuple[str, dict[str, int], set[str]]:
    """``linear_k1024_n3072_bias`` -> ("linear", {"k": 1024, "n": 3072}, {"bias"})."""
    import re

    family = next((f for f in sorted(KERNELS, key=len, reverse=True) if name.startswith(f + "_")
                   or name == f), name.split("_")[0])
    rest = name[len(family):].strip("_")
    ints: dict[str, int] = {}
    flags: set[str] = set()
    for part in filter(None, rest.split("_")):
        m = re.fullmatch(r"([a-z]+)(\d+)", part)
        if m:
            ints[m.group(1)] = int(m.group(2))
        else:
            flags.add(part)
    return family, ints, flags


def kernel_cost(name: str, sizes: Sequence[int]) -> tuple[float, float]:
    """(bytes, FLOPs) of one call of the kernel ``name`` with its ``index`` arguments.

    Bytes count each operand once (compulsory traffic: weights, inputs, outputs, the
    KV rows attended to); FLOPs count multiply and add separately. Families without a
    model here return (0, 0).
    """
    fam, p, flags = _name_params(name)
    f = 4.0
    if fam == "multi_linear":  # multi_linear_k{k}_n{n0}x{n1}x...
        (m,) = sizes[:1]
        k = p["k"]
        ns = [int(v) for v in name.split("_n", 1)[1].split("_")[0].split("x")]
        n = sum(ns)
        return f * (k * n + m * k + m * n + ("bias" in flags) * n), 2.0 * m * k * n
    if fam in ("linear", "linear_swiglu"):
        (m,) = sizes[:1]
        k, n = p["k"], p["n"]
        npad = -(-n // LINEAR_TILE) * LINEAR_TILE
        mats = 2 if fam == "linear_swiglu" else 1
        return (f * (mats * k * npad + m * k + m * n + ("bias" in flags) * n),
                2.0 * mats * m * k * n + (6.0 * m * n if mats == 2 else 0.0))
    if fam == "embed":
        (m,) = sizes[:1]
        return f * 2 * m * p["h"] + 4 * m, 0.0
    if fam in ("rms_norm", "add_rms_norm"):
        (m,) = sizes[:1]
        d = p["d"]
        extra = 2 if fam == "add_rms_norm" else 0
        return f * (m * d * (2 + extra) + p.get("g", d)), 4.0 * m * d
    if fam == "rope":
        b, s, _ = sizes[:3]
        width = p["nh"] * p["hd"]
        return f * (2 * b * s * width + b * s * p["hd"]), 3.0 * b * s * width
    if fam == "attention":
        b, s, t = sizes[:3]
        nh, nkv, hd = p["nh"], p["nkv"], p["hd"]
        keys = sum(t - s + i + 1 for i in range(s)) if "causal" in flags else s * t
        return f * b * (2 * s * nh * hd + 2 * t * nkv * hd), 4.0 * b * nh * hd * keys
    if fam in ("swiglu", "silu", "add", "mul"):
        (count,) = sizes[:1]
        n_in = 1 if fam == "silu" else 2
        return f * count * (n_in + 1), count * (6.0 if fam in ("swiglu", "silu") else 1.0)
    if fam == "gather_last":
        b = sizes[0]
        return f * 2 * b * p["h"], 0.0
    if fam == "kv_write":
        b, s = sizes[:2]
        return f * 2 * b * s * p["d"], 0.0
    return 0.0, 0.0
