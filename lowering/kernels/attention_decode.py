"""Decode attention (one query per sequence, ``head_dim % 8 == 0``): split-K over the keys."""

from __future__ import annotations

import math

from xdsl.dialects import arith, func, memref
from xdsl.dialects.builtin import DenseIntOrFPElementsAttr, VectorType, f32

from rlx.lowering.kernels.builder import (
    VEC,
    add,
    as_value,
    bcast,
    cf,
    ci,
    div,
    extract,
    fadd,
    fma,
    fmax,
    fmul,
    for_,
    fsub,
    if_,
    index_to_f32,
    insert,
    load,
    mul,
    parallel,
    rem,
    round_down,
    slot_row,
    store,
    sub,
    transpose_sum8,
    vconst,
    vexp,
    vload,
    vload_as,
    vmax_lanes,
    vstore,
    vsum,
)
from rlx.lowering.kernels.softmax import NEG_BIG, attention_args, inv_softmax_sum, key_row, window_start
from rlx.lowering.kernels.spec import AttentionSpec, kernel_func


def attention_decode(spec: AttentionSpec) -> func.FuncOp:
    """Decode attention (``S == 1``, ``head_dim % 8 == 0``), split over the keys
    ("flash-decoding").

    The query of row b sits at position T-1, so causal or not it sees keys 0..T-1 (the
    ``causal`` flag only names the kernel). Each batch row's keys are split into
    ``nch`` near-equal chunks: ``T // spec.min_keys`` rounded down to even, between 1
    and ``spec.max_chunks // B``, and 1 for a call small enough to run serially
    (``spec.parallel_min_work``). A work item is one (row, chunk) with *every* query
    head, so a thread reads whole K/V rows (``num_kv_heads * head_dim`` contiguous
    floats) of its own key range. Per block of 8 keys it runs the three passes of the
    prefill kernel (``attention_prefill.attention_blocked``) over the heads -- scores
    (each K load feeds the heads of one KV head, one transpose-sum per head), softmax,
    values -- reading the 8 rows one
    after the other (a row's KV-head segment front to back for the scores, two cache
    lines of each row per step for the values). Each item keeps the online-softmax
    partials per head -- running max ``m``, sum ``l`` and the unnormalised
    ``acc[head_dim]`` -- in its own slot of a stack scratch of the outer function; a
    ragged end (< 8 keys) is one block whose missing keys repeat the chunk's last row
    and get probability 0. After the parallel loop a serial merge combines each head's
    partials, rescaled by ``exp(m_i - max m)``, into ``out``. The scratch holds
    ``max_items`` slots (``spec.scratch_bytes``); batch rows go in groups of
    ``max_items // nch`` per parallel loop. Masked keys get probability 0 and never
    raise the max; a query that saw no key is written as zeros. With a sliding window
    (``spec.window``) a row's keys start at ``max(0, T - window)``: the chunks split only
    the window, so a step's cost stays flat as the context grows past it; in a ring-buffer
    cache (``spec.ring``) key ``j`` is row ``j mod ring``.
    """
    kv = spec.kv_format  # the caches' format: every K/V vector is widened as it is read
    num_heads, num_kv_heads, head_dim = spec.num_heads, spec.num_kv_heads, spec.head_dim
    has_mask = spec.has_mask
    rep = num_heads // num_kv_heads
    hd = head_dim
    nvec = hd // VEC
    kv_row = num_kv_heads * hd
    scale = 1.0 / math.sqrt(hd)
    acc_len = num_heads * hd
    slot = -(-(acc_len + 2 * num_heads) // 16) * 16  # acc, m, l; whole cache lines
    max_items = max(1, min(32, spec.scratch_bytes // (4 * slot)))
    max_chunks = max(1, min(spec.max_chunks, max_items) // 2 * 2)
    nr = spec.step_heads if rep % spec.step_heads == 0 else 1  # query heads per step (one KV head)
    vchunks = spec.value_chunk
    merge_vectors = spec.merge_vectors or nvec

    def body(*args):
        tables = args[3:5] if spec.slotted else ()  # slot_ids, positions
        if spec.slotted:
            n_slots, args = args[-1], args[:3] + args[5:-1]
        q, kc, vc, mask, out, b_sz, _s_sz, t_sz, cap = attention_args(args, has_mask)
        scratch = memref.AllocaOp.get(f32, shape=[max_items * slot]).memref
        # the keys a row reads: T, or at most the window
        keys = t_sz if not spec.window else arith.MinUIOp(as_value(t_sz), ci(spec.window)).result
        # chunks per row: keys // min_keys, at most max_chunks // B (the rows are
        # work items too), rounded down to even; 1 for a call that runs serially
        b_min1 = arith.MaxUIOp(as_value(b_sz), ci(1)).result
        cap_b = arith.MaxUIOp(as_value(div(max_chunks, b_min1)), ci(1)).result
        want = arith.MinUIOp(as_value(div(keys, spec.min_keys)), cap_b).result
        nch = arith.MaxUIOp(as_value(round_down(want, 2)), ci(1)).result
        work = mul(mul(b_sz, keys), num_heads * hd)
        serial = arith.CmpiOp(as_value(work), ci(spec.parallel_min_work), "ult").result
        nch = arith.SelectOp(serial, ci(1), nch).result
        rows_per_loop = div(max_items, nch)

        def state(wi, h, which):  # which: 0 = m, 1 = l
            return add(add(mul(wi, slot), acc_len + which * num_heads), h)

        def item(b0, wi):
            c = rem(wi, nch)
            b = add(b0, div(wi, nch))
            # slotted: row b reads sequence slot_ids[b], keys 0 .. positions[b] (T bounds them;
            # a chunk of a shorter row may be empty: its partials then weigh 0 in the merge)
            seq, t_b = (b, t_sz) if not tables else slot_row(tables, b, n_slots, sub(t_sz, 1))
            t_b = add(t_b, 1) if tables else t_b
            lo = window_start(t_b, spec.window)  # a sliding window: the chunks split lo .. t_b
            n_b = sub(t_b, lo)
            j0 = add(lo, div(mul(c, n_b), nch))
            j1 = add(lo, div(mul(add(c, 1), n_b), nch))
            acc0 = mul(wi, slot)
            qbase = mul(b, acc_len)
            kv_base = mul(mul(seq, cap), kv_row)
            mask_base = mul(b, t_sz) if mask is not None else None
            # per-thread scratch: the 8 scores / probabilities and the correction per head
            probs = memref.AllocaOp.get(f32, shape=[VEC * num_heads]).memref
            corrs = memref.AllocaOp.get(f32, shape=[num_heads]).memref
            zero = vconst(0.0)
            scale_v = vconst(scale)
            iota = arith.ConstantOp(DenseIntOrFPElementsAttr.from_list(
                VectorType(f32, [VEC]), [float(i) for i in range(VEC)])).result

            def init_head(h):
                for cc in range(nvec):
                    vstore(zero, scratch, add(add(acc0, mul(h, hd)), cc * VEC))
                store(cf(NEG_BIG), scratch, state(wi, h, 0))
                store(cf(0.0), scratch, state(wi, h, 1))

            for_(0, num_heads, 1, [], init_head)

            def block8(jb, n=None):
                """Keys jb .. jb+7 (``n``: only the first n are keys of the chunk)."""
                if n is None:
                    keys = [add(jb, u) for u in range(VEC)]
                else:  # lanes past the end re-read the last key (probability 0)
                    last = sub(n, 1)
                    keys = [add(jb, arith.MinUIOp(ci(u), as_value(last)).result) if u else jb
                            for u in range(VEC)]
                kbs = [add(kv_base, mul(key_row(k, spec.ring), kv_row)) for k in keys]
                valid = None
                if mask is not None:
                    if n is None:
                        mv = vload(mask, add(mask_base, jb))
                    else:
                        mv = bcast(load(mask, add(mask_base, keys[0])))
                        for u in range(1, VEC):
                            mv = insert(load(mask, add(mask_base, keys[u])), mv, u)
                    valid = arith.CmpfOp(mv, zero, "une").result
                if n is not None:
                    n_f = index_to_f32(n)
                    inside = arith.CmpfOp(iota, bcast(n_f), "olt").result
                    valid = inside if valid is None else arith.AndIOp(valid, inside).result

                def scores(h):
                    """Scores of heads h .. h+nr-1 (one KV head): each K load feeds nr heads."""
                    koff = mul(div(h, rep), hd)
                    qv = [[vload(q, add(add(qbase, mul(add(h, i), hd)), cc * VEC))
                           for i in range(nr)] for cc in range(nvec)]
                    dots = [[None] * VEC for _ in range(nr)]

                    def dot_step(u, cc):
                        kvec = vload_as(kc, add(add(kbs[u], koff), cc * VEC), kv)
                        for i in range(nr):
                            dots[i][u] = (fmul(qv[cc][i], kvec) if cc == 0
                                          else fma(qv[cc][i], kvec, dots[i][u]))

                    if spec.score_order == "keys":  # row by row: each segment read front to back
                        for u in range(VEC):
                            for cc in range(nvec):
                                dot_step(u, cc)
                    else:  # vector by vector: 1 query vector live, not head_dim / 8 of them
                        for cc in range(nvec):
                            for u in range(VEC):
                                dot_step(u, cc)
                    for i in range(nr):
                        vstore(fmul(transpose_sum8(dots[i]), scale_v), probs,
                                mul(add(h, i), VEC))

                def softmax(h):
                    sc = vload(probs, mul(h, VEC))
                    if valid is not None:
                        sc = arith.SelectOp(valid, sc, vconst(NEG_BIG)).result
                    m_old = load(scratch, state(wi, h, 0))
                    m_new = fmax(m_old, vmax_lanes(sc))
                    p = vexp(fsub(sc, bcast(m_new)))
                    if valid is not None:
                        p = arith.SelectOp(valid, p, zero).result
                    corr = extract(vexp(bcast(fsub(m_old, m_new))), 0)
                    vstore(p, probs, mul(h, VEC))
                    store(m_new, scratch, state(wi, h, 0))
                    l_i = state(wi, h, 1)
                    store(fadd(fmul(load(scratch, l_i), corr), vsum(p)), scratch, l_i)
                    store(corr, corrs, h)

                def values(h):
                    """acc of heads h .. h+nr-1 = acc * corr + p V: each V load feeds nr heads."""
                    heads = [add(h, i) for i in range(nr)]
                    koff = mul(div(h, rep), hd)
                    corr_v = [bcast(load(corrs, hh)) for hh in heads]
                    pb = [[bcast(load(probs, add(mul(hh, VEC), u))) for u in range(VEC)]
                          for hh in heads]
                    for c0 in range(0, nvec, vchunks):
                        cs = range(c0, min(nvec, c0 + vchunks))
                        offs = {cc: [add(add(acc0, mul(hh, hd)), cc * VEC) for hh in heads] for cc in cs}
                        acc = {cc: [fmul(vload(scratch, offs[cc][i]), corr_v[i]) for i in range(nr)]
                               for cc in cs}
                        for u in range(VEC):  # row by row: two cache lines of each row per step
                            for cc in cs:
                                vvec = vload_as(vc, add(add(kbs[u], koff), cc * VEC), kv)
                                acc[cc] = [fma(pb[i][u], vvec, acc[cc][i]) for i in range(nr)]
                        for cc in cs:
                            for i in range(nr):
                                vstore(acc[cc][i], scratch, offs[cc][i])

                for_(0, num_heads, nr, [], scores)
                for_(0, num_heads, 1, [], softmax)
                for_(0, num_heads, nr, [], values)

            jfull = add(j0, round_down(sub(j1, j0), VEC))
            for_(j0, jfull, VEC, [], block8)
            if_(arith.CmpiOp(as_value(jfull), as_value(j1), "ult").result,
                lambda: block8(jfull, sub(j1, jfull)))

        def merge(b0, bl):
            """out row b0+bl = the row's chunk partials combined, per head."""
            first = mul(bl, nch)
            obase = mul(add(b0, bl), acc_len)

            def head(h):
                m_max = for_(0, nch, 1, [cf(NEG_BIG)],
                             lambda c, m: [fmax(m, load(scratch, state(add(first, c), h, 0)))])[0]

                def weight(c):
                    wi = add(first, c)
                    return wi, extract(vexp(bcast(fsub(load(scratch, state(wi, h, 0)), m_max))), 0)

                def part(cs, with_sum):
                    """One pass over the chunks: the vectors ``cs`` of the weighted sum (and l)."""
                    def step(c, *carried):
                        wi, w = weight(c)
                        w_v = bcast(w)
                        src = add(mul(wi, slot), mul(h, hd))
                        acc = carried[1:] if with_sum else carried
                        l_run = [fadd(carried[0], fmul(w, load(scratch, state(wi, h, 1))))] if with_sum else []
                        return l_run + [fma(w_v, vload(scratch, add(src, cc * VEC)), a) for cc, a in zip(cs, acc)]

                    return for_(0, nch, 1, [cf(0.0)] * with_sum + [vconst(0.0)] * len(cs), step)

                passes = [range(c0, min(nvec, c0 + merge_vectors)) for c0 in range(0, nvec, merge_vectors)]
                res = part(passes[0], True)
                inv_v = bcast(inv_softmax_sum(res[0]))
                for i, cs in enumerate(passes):
                    vecs = res[1:] if i == 0 else part(cs, False)
                    for cc, v in zip(cs, vecs):
                        vstore(fmul(v, inv_v), out, add(add(obase, mul(h, hd)), cc * VEC))

            for_(0, num_heads, 1, [], head)

        def rows(b0):
            nb = arith.MinUIOp(as_value(rows_per_loop), as_value(sub(b_sz, b0))).result
            parallel(0, mul(nb, nch), lambda wi: item(b0, wi),
                      work=mul(mul(nb, keys), num_heads * hd), min_work=spec.parallel_min_work)
            for_(0, nb, 1, [], lambda bl: merge(b0, bl))

        for_(0, b_sz, rows_per_loop, [], rows)

    return kernel_func(spec, body)

