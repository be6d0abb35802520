"""Kernel generators of the ``rlx-to-loops`` lowering (level L3).

Each public generator takes *static* parameters and returns a fresh private
``func.func`` whose body only uses xDSL's own dialects (scf, arith, math,
memref, vector).  Conventions:

* every buffer is a flat, contiguous, row-major ``memref<?xf32>`` (token ids
  ``memref<?xi32>``); sizes known only at run time are ``index`` arguments;
* the function name encodes the static parameters, so equal parameters give
  equal names and a module can hold one copy of each kernel;
* ``scf.parallel`` (one induction variable) marks the thread-parallel outer
  loop of the heavy kernels (linear, attention); everything else is serial;
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
    FloatAttr,
    IndexType,
    IntegerAttr,
    MemRefType,
    VectorType,
    f32,
    i32,
)
from xdsl.ir import Block, Region, SSAValue

from runtime.packing import LINEAR_TILE

__all__ = [
    "KERNELS",
    "embed_kernel",
    "rms_norm_kernel",
    "linear_kernel",
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


def _vsum(v) -> SSAValue:
    """Horizontal add of a vector<8xf32> into an f32."""
    # ReductionOp.__init__ types the result as the vector type; build it by hand.
    op = vector.ReductionOp.create(
        operands=[v],
        result_types=[f32],
        properties={
            "kind": vector.CombiningKindAttr(vector.CombiningKindFlag.ADD),
            "fastmath": arith.FastMathFlagsAttr("none"),
        },
    )
    return op.dest


def _extract(v, lane: int) -> SSAValue:
    return vector.ExtractOp(v, [lane], f32).result


def _insert(s, v, lane: int) -> SSAValue:
    return vector.InsertOp(s, v, [lane]).result


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


def _parallel(lb: Value, ub: Value, body: Callable[[SSAValue], None]) -> None:
    """1-D ``scf.parallel`` (step 1) without reductions: the threaded outer loop."""
    lb_v, ub_v, one = _v(lb), _v(ub), _ci(1)
    blk = Block(arg_types=[_IDX])
    with ImplicitBuilder(blk):
        body(blk.args[0])
        scf.ReduceOp()
    scf.ParallelOp([lb_v], [ub_v], [one], Region(blk))


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
    """Symbol-safe, deterministic rendering of a float parameter (1e-06 -> 1em06)."""
    return repr(float(x)).replace("-", "m").replace("+", "").replace(".", "p")


# --------------------------------------------------------------------------
# generators
# --------------------------------------------------------------------------


def embed_kernel(hidden: int, vocab: int) -> func.FuncOp:
    """``(ids i32[M], table[vocab*hidden], out[M*hidden], M)``: out[m] = table[ids[m]]."""

    def body(ids, table, out, m_sz):
        def row(m):
            tok = arith.IndexCastOp(_load(ids, m), _IDX).result
            # Out-of-range ids (negative ids sign-extend to huge) are clamped to
            # the last row instead of reading out of bounds.
            tok = arith.MinUIOp(tok, _ci(vocab - 1)).result
            _copy(table, _mul(tok, hidden), out, _mul(m, hidden), hidden)

        _for(0, m_sz, 1, [], row)

    return _make_func(f"embed_h{hidden}_v{vocab}", [_MI32, _MF32, _MF32, _IDX], body)


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

        _for(0, _mul(m_sz, ngroups), 1, [], one_group)

    name = f"rms_norm_d{dim}_g{group}_eps{_fmt_float(eps)}"
    return _make_func(name, [_MF32, _MF32, _MF32, _IDX], body)


def linear_kernel(k: int, n: int, has_bias: bool) -> func.FuncOp:
    """``(x[M*k], w_packed[ceil(n/16)*k*16], [bias[n]], out[M*n], M)``: out = x @ W^T (+ b).

    ``w_packed`` comes from :func:`runtime.packing.pack_linear_weight`.
    Threads split the 16-column tiles; each tile runs a 4x16 register-tiled
    micro-kernel (8 accumulators) over row blocks, then a single-row loop for
    the ``M % 4`` remainder (all of M when decoding) with k unrolled by 4 so
    8 independent FMA chains hide the FMA latency.
    """
    if k <= 0 or n <= 0:
        raise ValueError(f"linear: k={k}, n={n} must be positive")
    T = LINEAR_TILE
    ntiles = -(-n // T)
    full_tiles = n // T
    rem = n % T
    kunroll = min(4, k)
    k_main = k // kunroll * kunroll

    def body(*args):
        if has_bias:
            x, w, bias, out, m_sz = args
        else:
            x, w, out, m_sz = args
            bias = None
        m4 = _round_down(m_sz, 4)  # hoisted out of the parallel region

        def store_row(t, col, m, lo, hi):
            obase = _add(_mul(m, n), col)

            def vec_store():
                a, b = lo, hi
                if bias is not None:
                    a = _fadd(a, _vload(bias, col))
                    b = _fadd(b, _vload(bias, _add(col, VEC)))
                _vstore(a, out, obase)
                _vstore(b, out, _add(obase, VEC))

            def scalar_store():  # last, partial tile: only `rem` valid columns
                for j in range(rem):
                    s = _extract(lo if j < VEC else hi, j % VEC)
                    if bias is not None:
                        s = _fadd(s, _load(bias, _add(col, j)))
                    _store(s, out, _add(obase, j))

            if rem == 0:
                vec_store()
            elif full_tiles == 0:
                scalar_store()
            else:
                is_full = arith.CmpiOp(t, _ci(full_tiles), "ult").result
                _if(is_full, vec_store, scalar_store)

        def tile(t):
            wbase = _mul(t, k * T)
            col = _mul(t, T)
            zero = _vconst(0.0)

            # -- 4-row blocks: 4 rows x 2 halves = 8 accumulators --------------
            def block4(m0):
                xrows = [_mul(_add(m0, r), k) for r in range(4)]

                def kstep(kk, *acc):
                    wo = _add(wbase, _mul(kk, T))
                    w0 = _vload(w, wo)
                    w1 = _vload(w, _add(wo, VEC))
                    new = []
                    for r in range(4):
                        xb = _bcast(_load(x, _add(xrows[r], kk)))
                        new += [_fma(xb, w0, acc[2 * r]), _fma(xb, w1, acc[2 * r + 1])]
                    return new

                acc = _for(0, k, 1, [zero] * 8, kstep)
                for r in range(4):
                    store_row(t, col, _add(m0, r), acc[2 * r], acc[2 * r + 1])

            _for(0, m4, 4, [], block4)

            # -- single rows (M % 4 remainder; all of M == 1 decode) -----------
            def row1(m):
                xrow = _mul(m, k)

                def kstep(kk, *acc):
                    new = []
                    for u in range(kunroll):
                        ku = _add(kk, u)
                        wo = _add(wbase, _mul(ku, T))
                        xb = _bcast(_load(x, _add(xrow, ku)))
                        new += [
                            _fma(xb, _vload(w, wo), acc[2 * u]),
                            _fma(xb, _vload(w, _add(wo, VEC)), acc[2 * u + 1]),
                        ]
                    return new

                acc = list(_for(0, k_main, kunroll, [zero] * (2 * kunroll), kstep))
                for kk in range(k_main, k):  # static k tail (< 4 steps)
                    wo = _add(wbase, kk * T)
                    xb = _bcast(_load(x, _add(xrow, kk)))
                    acc[0] = _fma(xb, _vload(w, wo), acc[0])
                    acc[1] = _fma(xb, _vload(w, _add(wo, VEC)), acc[1])
                lo = _tree_sum(acc[0::2])
                hi = _tree_sum(acc[1::2])
                store_row(t, col, m, lo, hi)

            _for(m4, m_sz, 1, [], row1)

        _parallel(0, ntiles, tile)

    types = [_MF32, _MF32] + ([_MF32] if has_bias else []) + [_MF32, _IDX]
    name = f"linear_k{k}_n{n}" + ("_bias" if has_bias else "")
    return _make_func(name, types, body)


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

        _for(0, _mul(b_sz, s_sz), 1, [], token)

    return _make_func(
        f"rope_nh{num_heads}_hd{head_dim}", [_MF32] * 4 + [_IDX] * 3, body
    )


def attention_kernel(
    num_heads: int, num_kv_heads: int, head_dim: int, causal: bool, has_mask: bool
) -> func.FuncOp:
    """``(q, k_cache, v_cache, [mask[B*T]], out, B, S, T, CAP)``: SDPA over the KV cache.

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
            # a query that saw no key (fully masked) has l == 0: emit zeros, not NaN
            has_any = arith.CmpfOp(l_fin, _cf(0.0), "ogt").result
            inv = arith.SelectOp(has_any, _fdiv(_cf(1.0), l_fin), _cf(0.0)).result
            inv_v = _bcast(inv)
            for c in range(nvec):
                _vstore(_fmul(res[2 + c], inv_v), out, _add(qbase, c * VEC))
            for d in range(tail):
                _store(_fmul(res[2 + nvec + d], inv), out, _add(qbase, nvec * VEC + d))

        _parallel(0, total, item)

    name = (
        f"attention_nh{num_heads}_nkv{num_kv_heads}_hd{head_dim}"
        + ("_causal" if causal else "_full")
        + ("_mask" if has_mask else "")
    )
    types = [_MF32] * (5 if has_mask else 4) + [_IDX] * 4
    return _make_func(name, types, body)


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

        _vec_then_scalar(count, vec, scalar)

    return _make_func(name, [_MF32] * (n_in + 1) + [_IDX], body)


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
        def batch(b):
            def tok(s):
                src = _mul(_add(_mul(b, s_sz), s), dim)
                dst = _mul(_add(_add(_mul(b, cap), offset), s), dim)
                _copy(new, src, cache, dst, dim)

            _for(0, s_sz, 1, [], tok)

        _for(0, b_sz, 1, [], batch)

    return _make_func(f"kv_write_d{dim}", [_MF32, _MF32] + [_IDX] * 4, body)


KERNELS: dict[str, Callable[..., func.FuncOp]] = {
    "embed": embed_kernel,
    "rms_norm": rms_norm_kernel,
    "linear": linear_kernel,
    "rope": rope_kernel,
    "attention": attention_kernel,
    "swiglu": swiglu_kernel,
    "silu": silu_kernel,
    "add": add_kernel,
    "mul": mul_kernel,
    "gather_last": gather_last_kernel,
    "kv_write": kv_write_kernel,
}
