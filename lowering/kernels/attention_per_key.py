"""Attention for any ``head_dim`` (used when it is not a multiple of 8): one query per
work item, keys streamed once with an online softmax."""

from __future__ import annotations

import math

from xdsl.dialects import arith, func

from rlx.lowering.kernels.builder import (
    VEC,
    add,
    bcast,
    cf,
    div,
    extract,
    fadd,
    fma,
    fmax,
    fmul,
    for_,
    fsub,
    insert,
    load,
    load_as,
    mul,
    parallel,
    rem,
    round_down,
    store,
    sub,
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

def attention_per_key(spec: AttentionSpec) -> func.FuncOp:
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
    that saw no key ends with sum 0 and is written as zeros. With a sliding window
    (``spec.window``) a query's keys start at ``max(0, position - window + 1)``; in a
    ring-buffer cache (``spec.ring``) key ``j`` is row ``j mod ring``.
    """
    kv = spec.kv_format  # the caches' format: every K/V vector is widened as it is read
    num_heads, num_kv_heads, head_dim = spec.num_heads, spec.num_kv_heads, spec.head_dim
    causal, has_mask = spec.causal, spec.has_mask
    rep = num_heads // num_kv_heads
    hd = head_dim
    nvec = hd // VEC
    tail = hd % VEC
    npart = max(1, min(2, nvec))  # chains per dot product (8 dots run side by side)
    kv_row = num_kv_heads * hd
    scale = 1.0 / math.sqrt(hd)

    def body(*args):
        q, kc, vc, mask, out, b_sz, s_sz, t_sz, cap = attention_args(args, has_mask)
        total = mul(mul(b_sz, num_heads), s_sz)
        past = sub(t_sz, s_sz)  # absolute position of query 0

        def item(wi):
            s = rem(wi, s_sz)
            bh = div(wi, s_sz)
            h = rem(bh, num_heads)
            b = div(bh, num_heads)
            kvh = div(h, rep)
            qbase = mul(add(mul(add(mul(b, s_sz), s), num_heads), h), hd)
            # q is pre-scaled by 1/sqrt(hd) so scores need no extra multiply.
            scale_v = vconst(scale)
            qv = [fmul(vload(q, add(qbase, c * VEC)), scale_v) for c in range(nvec)]
            qt = [
                fmul(load(q, add(qbase, nvec * VEC + d)), cf(scale)) for d in range(tail)
            ]
            kv_base = add(mul(mul(b, cap), kv_row), mul(kvh, hd))
            jend = add(add(past, s), 1) if causal else t_sz
            mask_base = mul(b, t_sz) if mask is not None else None

            def score_of(kb):
                parts: list = [None] * npart
                for c in range(nvec):
                    kvec = vload_as(kc, add(kb, c * VEC), kv)
                    p = c % npart
                    parts[p] = (
                        fmul(qv[c], kvec) if parts[p] is None else fma(qv[c], kvec, parts[p])
                    )
                score = vsum(tree_sum(parts)) if nvec else None
                for d in range(tail):
                    prod = fmul(qt[d], load_as(kc, add(kb, nvec * VEC + d), kv))
                    score = prod if score is None else fadd(score, prod)
                return score

            def rescaled(acc, corr):
                """acc * corr, for the vector and the scalar parts."""
                corr_v = bcast(corr)
                return [fmul(a, corr_v) for a in acc[:nvec]] + [
                    fmul(a, corr) for a in acc[nvec:]
                ]

            def add_value(acc, p, kb):
                """acc += p * v[row kb]."""
                p_v = bcast(p)
                new_v = [fma(p_v, vload_as(vc, add(kb, c * VEC), kv), acc[c]) for c in range(nvec)]
                new_t = [
                    fadd(acc[nvec + d], fmul(p, load_as(vc, add(kb, nvec * VEC + d), kv)))
                    for d in range(tail)
                ]
                return new_v + new_t

            def block8(jb, m_run, l_run, *acc):
                kbs = [add(kv_base, mul(key_row(add(jb, u), spec.ring), kv_row)) for u in range(VEC)]
                scores = [score_of(kb) for kb in kbs]
                if mask is not None:
                    keep_v = arith.CmpfOp(
                        vload(mask, add(mask_base, jb)), vconst(0.0), "une"
                    ).result
                    keeps = [
                        arith.CmpfOp(load(mask, add(mask_base, add(jb, u))), cf(0.0), "une").result
                        for u in range(VEC)
                    ]
                    # masked scores must not raise the running max
                    scores = [arith.SelectOp(k, x, m_run).result for k, x in zip(keeps, scores)]
                m_new = tree_sum([m_run, *scores], add=fmax)
                sv = bcast(scores[0])
                for u in range(1, VEC):
                    sv = insert(scores[u], sv, u)
                pv = vexp(fsub(sv, bcast(m_new)))
                if mask is not None:
                    pv = arith.SelectOp(keep_v, pv, vconst(0.0)).result
                corr = extract(vexp(bcast(fsub(m_run, m_new))), 0)
                l_new = fadd(fmul(l_run, corr), vsum(pv))
                acc = rescaled(acc, corr)
                for u in range(VEC):
                    acc = add_value(acc, extract(pv, u), kbs[u])
                return [m_new, l_new, *acc]

            def key1(j, m_run, l_run, *acc):
                kb = add(kv_base, mul(key_row(j, spec.ring), kv_row))
                score = score_of(kb)
                m_new, p, corr = online_key(score, m_run, mask, mask_base, j)
                l_new = fadd(fmul(l_run, corr), p)
                return [m_new, l_new, *add_value(rescaled(acc, corr), p, kb)]

            init = [cf(NEG_BIG), cf(0.0)] + [vconst(0.0)] * nvec + [cf(0.0)] * tail
            jstart = window_start(jend, spec.window)  # a sliding window: the keys below are skipped
            jend8 = add(jstart, round_down(sub(jend, jstart), VEC))
            res = for_(jstart, jend8, VEC, init, block8)
            res = for_(jend8, jend, 1, res, key1)
            l_fin = res[1]
            inv = inv_softmax_sum(l_fin)
            inv_v = bcast(inv)
            for c in range(nvec):
                vstore(fmul(res[2 + c], inv_v), out, add(qbase, c * VEC))
            for d in range(tail):
                store(fmul(res[2 + nvec + d], inv), out, add(qbase, nvec * VEC + d))

        parallel(0, total, item, work=mul(mul(mul(b_sz, s_sz), t_sz), num_heads * hd),
                 min_work=spec.parallel_min_work)

    return kernel_func(spec, body)

