"""Prefill attention (``head_dim % 8 == 0``): blocked, flash-attention style."""

from __future__ import annotations

import math

from xdsl.dialects import arith, func, memref
from xdsl.dialects.builtin import f32

from rlx.lowering.kernels.builder import (
    VEC,
    add,
    as_value,
    bcast,
    cf,
    ci,
    div,
    fadd,
    fma,
    fmax,
    fmul,
    for_,
    fsub,
    index_to_f32,
    load,
    load_as,
    mul,
    parallel,
    rem,
    round_down,
    store,
    sub,
    transpose_square,
    tree_sum,
    vconst,
    vexp,
    vload,
    vload_as,
    vstore,
    vsum,
)
from rlx.lowering.kernels.softmax import (NEG_BIG, attention_args, inv_softmax_sum, key_row, online_key,
                                          window_start)
from rlx.lowering.kernels.spec import AttentionSpec, kernel_func

#: head elements per step of the scores loop
SCORE_UNROLL = 4


def attention_blocked(spec: AttentionSpec) -> func.FuncOp:
    """Attention for ``head_dim % 8 == 0``, flash-attention style.

    One work item per (batch, KV head, block of ``spec.query_block`` query positions):
    its rows are every query head of that KV head at those positions (``rep *
    query_block`` rows in prefill, ``rep`` in decode), split over threads by
    ``scf.parallel`` (items in (batch, KV head, block) order, so causal work splits
    evenly). Rows go in groups of ``spec.lanes`` (8, or 16 in zmm on AVX-512), one
    per vector lane: a group's softmax state (running max, sum, correction)
    is one vector each, and a key block's scores and probabilities are stored
    transposed, one vector (the group's rows) per key. Each item first writes its rows
    of Q, times the scale, transposed (``qt``: [head_dim][rows], squares of lanes x
    lanes transposed in registers). Keys go in blocks of ``spec.key_block`` (32) below
    the first query's diagonal, then in blocks of 16 and 8 across it; a block's K and V
    rows come from L2 once and are reused from L1 by every row. Each key block runs
    three passes: *scores* -- per head element, one ``qt`` load per group (2 groups per
    step) and one broadcast K element per key (``score_keys`` keys per step) feed 2 x
    ``score_keys`` FMA chains whose lanes are the rows' scores, stored as they are (no
    horizontal reductions); *softmax* -- per group, lane-wise over the keys: the new
    max, one vector exp per key and one for the corrections, the sums; *values* -- per
    2 rows and ``value_chunk`` vectors of them, the output rows (accumulated in
    ``out``) rescaled once per block and updated with ``p_j * V_j`` for every key of the
    block, each V load feeding both rows. Blocks crossing the diagonal mask lanes per
    row; each row's last (< 8) keys take a per-key step. Masked keys get probability 0
    and never raise the max; a query that saw no key is written as zeros.

    With a sliding window (``spec.window``) row ``i``'s keys start at ``jstart(i) =
    max(0, position - window + 1)``: a block's keys from the first row's start up to the
    last row's (rounded up to 8) mask lanes below each row's start as well (at most
    ``query_block`` keys: blocks of 8), the keys every row sees go in full blocks, and
    the rest as without a window; the keys below the first row's start are never read.
    In a ring-buffer cache (``spec.ring``) key ``j`` is row ``j mod ring``, key by key (a
    block may cross the wrap: the window's blocks start wherever the window does).
    """
    kv = spec.kv_format  # the caches' format: every K/V vector is widened as it is read
    num_heads, num_kv_heads, head_dim = spec.num_heads, spec.num_kv_heads, spec.head_dim
    causal, has_mask = spec.causal, spec.has_mask
    rep = num_heads // num_kv_heads
    bq = spec.query_block
    kbk = spec.key_block
    nkeys, vchunk = spec.score_keys, spec.value_chunk
    lanes = spec.lanes  # rows per softmax group: the lanes of its vectors
    hd = head_dim
    nvec = hd // VEC
    nvl = hd // lanes  # head vectors of ``lanes`` lanes (the values pass)
    kv_row = num_kv_heads * hd
    scale = 1.0 / math.sqrt(hd)
    max_rows = rep * bq
    pad_rows = -(-max_rows // lanes) * lanes  # rows rounded up to whole groups
    # state offsets (stack scratch): m, l, corr, jend (as f32) per row, jstart with a window
    M_OFF, L_OFF, C_OFF, J_OFF, S_OFF = 0, pad_rows, 2 * pad_rows, 3 * pad_rows, 4 * pad_rows
    window, ring = spec.window, spec.ring
    out_row = spec.out_stride or num_heads * hd  # the elements from one output row to the next

    def body(*args):
        q, kc, vc, mask, out, b_sz, s_sz, t_sz, cap = attention_args(args, has_mask)
        nblk = div(add(s_sz, bq - 1), bq)
        total = mul(mul(b_sz, num_kv_heads), nblk)
        past = sub(t_sz, s_sz)  # absolute position of query 0

        def item(wi):
            blk = rem(wi, nblk)
            bg = div(wi, nblk)
            g = rem(bg, num_kv_heads)  # the item's KV head
            b = div(bg, num_kv_heads)
            s0 = mul(blk, bq)
            nq = arith.MinUIOp(as_value(sub(s_sz, s0)), ci(bq)).result  # positions in this block
            nrows = mul(nq, rep)
            ngroups = div(add(nrows, lanes - 1), lanes)
            last_row = sub(nrows, 1)
            state = memref.AllocaOp.get(f32, shape=[(5 if window else 4) * pad_rows]).memref
            # probabilities of a key block, group-major: [group][key][lanes rows]
            probs = memref.AllocaOp.get(f32, shape=[kbk * pad_rows]).memref
            # Q pre-scaled and transposed, [head_dim][rows]
            qt = memref.AllocaOp.get(f32, shape=[hd * pad_rows]).memref
            kv_base = add(mul(mul(b, cap), kv_row), mul(g, hd))
            mask_base = mul(b, t_sz) if mask is not None else None
            zero = vconst(0.0)
            zero_g = zero if lanes == VEC else vconst(0.0, lanes)  # a group's vector

            def row_pos(row):
                """(query position s, q offset, out offset) of a row: row = i * rep + r is
                query head g * rep + r at position s0 + i (out's rows ``out_row`` apart)."""
                ig = div(row, rep)
                r = rem(row, rep)
                s = add(s0, ig)
                head = add(mul(g, rep), r)
                token = add(mul(b, s_sz), s)
                base = mul(add(mul(token, num_heads), head), hd)
                obase = base if out_row == num_heads * hd else add(mul(token, out_row), mul(head, hd))
                return s, base, obase

            def jend_of(s):
                return add(add(past, s), 1) if causal else t_sz

            def jstart_of(s):
                return window_start(jend_of(s), window)

            def init_row(row):
                _, _, obase = row_pos(row)
                for c in range(nvec):
                    vstore(zero, out, add(obase, c * VEC))

            for_(0, nrows, 1, [], init_row)

            def init_state(row):
                # every lane of every group, the padding rows too (their lanes are
                # computed on a copy of the last row and never stored)
                s, _, _ = row_pos(arith.MinUIOp(as_value(row), as_value(last_row)).result)
                store(cf(NEG_BIG), state, add(row, M_OFF))
                store(cf(0.0), state, add(row, L_OFF))
                store(index_to_f32(jend_of(s)), state, add(row, J_OFF))
                if window:
                    store(index_to_f32(jstart_of(s)), state, add(row, S_OFF))

            for_(0, mul(ngroups, lanes), 1, [], init_state)

            def transpose_q(grp):
                """The group's rows of ``q`` (the last row's for a padding row) times the
                scale, into its columns of ``qt``: squares of lanes x lanes transposed in
                registers."""
                r0 = mul(grp, lanes)
                bases = [row_pos(arith.MinUIOp(as_value(add(r0, i)), as_value(last_row)).result)[1]
                         for i in range(lanes)]
                scale_g = vconst(scale, lanes)

                def square(d0):
                    rows = [fmul(vload(q, add(base, d0), lanes), scale_g) for base in bases]
                    for j, col in enumerate(transpose_square(rows)):
                        vstore(col, qt, add(mul(add(d0, j), pad_rows), r0))

                for_(0, hd, lanes, [], square)

            for_(0, ngroups, 1, [], transpose_q)

            def block(jb, nk, diag, below=False):
                """Keys jb .. jb+nk-1 (nk a multiple of 8) for every row; ``diag``: mask the
                keys past a row's last, ``below``: those before its window's first."""
                kb0 = add(kv_base, mul(jb, kv_row))  # key jb's K / V row (no ring)

                def key_base(u):
                    """Key jb+u's K / V row: in a ring, row (jb+u) mod ring, wherever the wrap is."""
                    return add(kv_base, mul(key_row(add(jb, u), ring), kv_row))

                def scores(g0, ng, u0):
                    """Scores of keys u0 .. u0+nkeys-1 for the groups g0 .. g0+ng-1, their
                    rows in the lanes: per head element, one ``qt`` load per group and one
                    broadcast K element per key feed ng x nkeys FMA chains."""
                    kb_u0 = add(kb0, mul(u0, kv_row))
                    kb2 = ([key_base(add(u0, k)) for k in range(nkeys)] if ring
                           else [add(kb_u0, k * kv_row) for k in range(nkeys)])
                    cols = [mul(add(g0, gi), lanes) for gi in range(ng)]

                    def step(d0, *flat):
                        acc = list(flat)
                        for dd in range(SCORE_UNROLL):
                            d = add(d0, dd)
                            row0 = mul(d, pad_rows)
                            qv = [vload(qt, add(row0, cols[gi]), lanes) for gi in range(ng)]
                            for k in range(nkeys):
                                kv_d = bcast(load_as(kc, add(kb2[k], d), kv), lanes)
                                for gi in range(ng):
                                    acc[gi * nkeys + k] = fma(qv[gi], kv_d, acc[gi * nkeys + k])
                        return acc

                    flat = for_(0, hd, SCORE_UNROLL, [zero_g] * (ng * nkeys), step)
                    for gi in range(ng):
                        for k in range(nkeys):
                            vstore(flat[gi * nkeys + k], probs,
                                   mul(add(mul(add(g0, gi), nk), add(u0, k)), lanes))

                def softmax(grp):
                    """Lane-wise over the block's keys, 8 keys per step: the new max, then
                    the probabilities and their sum."""
                    r0 = mul(grp, lanes)
                    pbase = mul(grp, nk * lanes)
                    n_ok = n_lo = None
                    if diag:  # causal: key jb+u visible to a row iff jb+u < jend(row)
                        n_ok = fsub(vload(state, add(r0, J_OFF), lanes), bcast(index_to_f32(jb), lanes))
                    if below:  # window: and iff jb+u >= jstart(row)
                        n_lo = fsub(vload(state, add(r0, S_OFF), lanes), bcast(index_to_f32(jb), lanes))

                    def octet(u0):
                        """The 8 keys u0 .. u0+7: (scores, validity or None)."""
                        sc = [vload(probs, add(pbase, mul(add(u0, u), lanes)), lanes) for u in range(VEC)]
                        valid = [None] * VEC
                        if n_ok is not None:
                            n_u0 = fsub(n_ok, bcast(index_to_f32(u0), lanes))
                            valid = [arith.CmpfOp(vconst(float(u), lanes), n_u0, "olt").result for u in range(VEC)]
                        if n_lo is not None:
                            lo_u0 = fsub(n_lo, bcast(index_to_f32(u0), lanes))
                            for u in range(VEC):
                                inside = arith.CmpfOp(vconst(float(u), lanes), lo_u0, "oge").result
                                valid[u] = inside if valid[u] is None else arith.AndIOp(valid[u], inside).result
                        if mask is not None:
                            for u in range(VEC):
                                keep = arith.CmpfOp(bcast(load(mask, add(mask_base, add(jb, add(u0, u)))), lanes),
                                                    zero_g, "une").result
                                valid[u] = keep if valid[u] is None else arith.AndIOp(valid[u], keep).result
                        if valid[0] is not None:
                            sc = [arith.SelectOp(valid[u], sc[u], vconst(NEG_BIG, lanes)).result for u in range(VEC)]
                        return sc, valid

                    def max_step(u0, m):
                        return [fmax(m, tree_sum(octet(u0)[0], add=fmax))]

                    m_old = vload(state, add(r0, M_OFF), lanes)
                    m_new = for_(0, nk, VEC, [m_old], max_step)[0]

                    def exp_step(u0, acc):
                        sc, valid = octet(u0)
                        ps = []
                        for u in range(VEC):
                            p = vexp(fsub(sc[u], m_new))
                            if valid[u] is not None:
                                p = arith.SelectOp(valid[u], p, zero_g).result
                            vstore(p, probs, add(pbase, mul(add(u0, u), lanes)))
                            ps.append(p)
                        return [fadd(acc, tree_sum(ps))]

                    p_sum = for_(0, nk, VEC, [zero_g], exp_step)[0]
                    corr = vexp(fsub(m_old, m_new))
                    vstore(m_new, state, add(r0, M_OFF))
                    l_old = vload(state, add(r0, L_OFF), lanes)
                    vstore(fadd(fmul(l_old, corr), p_sum), state, add(r0, L_OFF))
                    vstore(corr, state, add(r0, C_OFF))

                def values(row, nr, c0, w):
                    """out rows row .. row+nr-1 (one group), vectors c0 .. c0+w-1:
                    rescale, += p_j V_j over the block's keys (8 per step); each V load
                    feeds nr rows."""
                    rows = [add(row, i) for i in range(nr)]
                    bases = [row_pos(r)[2] for r in rows]
                    grp = div(row, lanes)
                    lane = rem(row, lanes)
                    pbase = add(mul(grp, nk * lanes), lane)
                    col = mul(c0, lanes)
                    corr_v = [bcast(load(state, add(r, C_OFF)), lanes) for r in rows]
                    offs = [[add(add(bases[i], col), x * lanes) for x in range(w)] for i in range(nr)]
                    acc0 = [fmul(vload(out, offs[i][x], lanes), corr_v[i]) for i in range(nr) for x in range(w)]

                    def step(u0, *flat):
                        acc = [list(flat[i * w:(i + 1) * w]) for i in range(nr)]
                        kb_u0 = add(add(kb0, mul(u0, kv_row)), col)
                        pb_u0 = add(pbase, mul(u0, lanes))
                        for u in range(VEC):
                            kb_u, off = (add(key_base(add(u0, u)), col), 0) if ring else (kb_u0, u * kv_row)
                            vv = [vload_as(vc, add(kb_u, off + x * lanes), kv, lanes) for x in range(w)]
                            for i in range(nr):
                                pb = bcast(load(probs, add(pb_u0, u * lanes + i)), lanes)
                                acc[i] = [fma(pb, vv[x], acc[i][x]) for x in range(w)]
                        return [a for row_acc in acc for a in row_acc]

                    if nr > 1:  # unrolled over the keys (a loop carrying the tile is slower)
                        flat = acc0
                        for u0 in range(0, nk, VEC):
                            flat = step(u0, *flat)
                    else:  # the odd rows: 8 keys per step, compact code
                        flat = for_(0, nk, VEC, acc0, step)
                    for i in range(nr):
                        for x in range(w):
                            vstore(flat[i * w + x], out, offs[i][x])

                # groups in pairs, then the odd one
                paired = round_down(ngroups, 2)
                for_(0, paired, 2, [], lambda g0: for_(0, nk, nkeys, [], lambda u0: scores(g0, 2, u0)))
                for_(paired, ngroups, 1, [], lambda g0: for_(0, nk, nkeys, [], lambda u0: scores(g0, 1, u0)))
                for_(0, ngroups, 1, [], softmax)
                pairs = round_down(nrows, 2)

                def values_rows(c0, w):
                    for_(0, pairs, 2, [], lambda row: values(row, 2, c0, w))
                    for_(pairs, nrows, 1, [], lambda row: values(row, 1, c0, w))

                vmain = round_down(nvl, vchunk)
                if vmain:
                    for_(0, vmain, vchunk, [], lambda c0: values_rows(c0, vchunk))
                if nvl > vmain:
                    values_rows(vmain, nvl - vmain)

            def windowed_blocks(s0, nq):
                """The keys before the diagonal's blocks with a window: from the first row's
                window start A to the last row's B (rounded up to 8, at most the keys in
                blocks of 8 before the last row's end D), blocks of 8 masked on both sides;
                then full blocks up to the first row's end C (every row sees them).
                Returns (the end of the full blocks, the end of all blocks: 8-aligned from
                the full blocks' start) for the diagonal's blocks and the row tails."""
                s_last = sub(add(s0, nq), 1)
                a, b_, c, d = jstart_of(s0), jstart_of(s_last), jend_of(s0), jend_of(s_last)
                below = arith.MinUIOp(as_value(round_down(add(sub(b_, a), VEC - 1), VEC)),
                                      as_value(round_down(sub(d, a), VEC))).result
                x = add(a, below)
                for_(a, x, VEC, [], lambda jb: block(jb, VEC, True, below=True))
                seen = sub(c, arith.MinUIOp(as_value(c), as_value(x)).result)  # max(0, C - X)
                jfull = add(x, round_down(seen, kbk))
                for_(x, jfull, kbk, [], lambda jb: block(jb, kbk, False))
                return jfull, add(x, round_down(sub(d, x), VEC))

            # full key blocks below the first query's diagonal: every row sees them all;
            # then the blocks crossing the diagonal (causal): a lane mask per row; then
            # per row its last (< 8) keys one at a time
            if window:
                jfull, jlast = windowed_blocks(s0, nq)
            else:
                jfull = round_down(jend_of(s0), kbk)
                jlast = round_down(jend_of(sub(add(s0, nq), 1)), VEC) if causal else round_down(t_sz, VEC)
                for_(0, jfull, kbk, [], lambda jb: block(jb, kbk, False))
            # the rest (the diagonal's blocks, or < kbk keys past jfull) in blocks of
            # 16 then 8 keys
            j0, nk = jfull, min(kbk, 2 * VEC)
            while nk >= VEC:
                j1 = jlast if nk == VEC else add(j0, round_down(sub(jlast, j0), nk))
                for_(j0, j1, nk, [], lambda jb, nk=nk: block(jb, nk, causal))
                j0, nk = j1, nk // 2

            # the rest of each row's keys (diagonal block, ragged end): one key per step
            def row_tail(row):
                s, base, obase = row_pos(row)

                def key1(j):
                    kb = add(kv_base, mul(key_row(j, ring), kv_row))
                    parts = [None, None]
                    for c in range(nvec):
                        pair = (vload(q, add(base, c * VEC)), vload_as(kc, add(kb, c * VEC), kv))
                        parts[c % 2] = fmul(*pair) if parts[c % 2] is None else fma(*pair, parts[c % 2])
                    score = fmul(vsum(tree_sum([x for x in parts if x is not None])), cf(scale))
                    m_old = load(state, add(row, M_OFF))
                    m_new, p, corr = online_key(score, m_old, mask, mask_base, j)
                    p_v = bcast(p)
                    store(m_new, state, add(row, M_OFF))
                    l_i = add(row, L_OFF)
                    store(fadd(fmul(load(state, l_i), corr), p), state, l_i)
                    corr_v = bcast(corr)
                    for c in range(nvec):
                        o = add(obase, c * VEC)
                        vstore(fma(p_v, vload_as(vc, add(kb, c * VEC), kv), fmul(vload(out, o), corr_v)), out, o)

                first = arith.MaxUIOp(as_value(jlast), as_value(jstart_of(s))).result if window else jlast
                for_(first, jend_of(s), 1, [], key1)
                l_fin = load(state, add(row, L_OFF))
                inv_v = bcast(inv_softmax_sum(l_fin))
                for c in range(nvec):
                    o = add(obase, c * VEC)
                    vstore(fmul(vload(out, o), inv_v), out, o)

            for_(0, nrows, 1, [], row_tail)

        parallel(0, total, item, work=mul(mul(mul(b_sz, s_sz), t_sz), num_heads * hd),
                 min_work=spec.parallel_min_work)

    return kernel_func(spec, body)

