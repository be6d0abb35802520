"""RMSNorm: each row's groups of ``group`` values scaled by 1/rms and the weight
(``group == dim``: the usual norm; ``group == head_dim``: Qwen3's per-head q/k norms)."""

from __future__ import annotations

from xdsl.dialects import func
from xdsl.dialects import math as mathd

from rlx.lowering.kernels.builder import (
    VEC,
    add,
    bcast,
    cf,
    div,
    fadd,
    fdiv,
    fma,
    fmul,
    for_,
    load,
    mul,
    parallel,
    rem,
    store,
    tree_sum,
    vconst,
    vec_then_scalar,
    vload,
    vstore,
    vsum,
)
from rlx.lowering.kernels.spec import RMSNormSpec, kernel_func


def rms_norm(spec: RMSNormSpec) -> func.FuncOp:
    """``(x[M*dim], w[group], out[M*dim], M)``: RMSNorm over each group of ``group`` values
    (the output's rows ``spec.out_stride`` apart when padded)."""
    dim, group, eps = spec.dim, spec.group, spec.eps
    ngroups = dim // group
    nchunks = group // VEC
    unroll = max(1, min(4, nchunks))  # independent sum-of-squares chains
    main_chunks = nchunks // unroll * unroll
    tail0 = nchunks * VEC

    def body(x, w, out, m_sz):
        def one_group(g):
            base = mul(g, group)
            obase = base if not spec.out_stride else \
                add(mul(div(g, ngroups), spec.out_stride), mul(rem(g, ngroups), group))
            zero = vconst(0.0)
            accs = [zero] * unroll
            if main_chunks:

                def sq(i, *a):
                    new = []
                    for u in range(unroll):
                        v = vload(x, add(base, add(i, u * VEC)))
                        new.append(fma(v, v, a[u]))
                    return new

                accs = for_(0, main_chunks * VEC, unroll * VEC, accs, sq)
            accs = list(accs)
            for c in range(main_chunks, nchunks):  # static leftover chunks
                v = vload(x, add(base, c * VEC))
                accs[c % unroll] = fma(v, v, accs[c % unroll])
            ss = vsum(tree_sum(accs)) if nchunks else cf(0.0)
            for i in range(tail0, group):  # static scalar tail
                s = load(x, add(base, i))
                ss = fadd(ss, fmul(s, s))
            mean = fmul(ss, cf(1.0 / group))
            inv = fdiv(cf(1.0), mathd.SqrtOp(fadd(mean, cf(eps))).result)
            inv_v = bcast(inv)
            vec_then_scalar(
                group,
                lambda i: vstore(
                    fmul(fmul(vload(x, add(base, i)), inv_v), vload(w, i)),
                    out,
                    add(obase, i),
                ),
                lambda i: store(
                    fmul(fmul(load(x, add(base, i)), inv), load(w, i)),
                    out,
                    add(obase, i),
                ),
            )

        parallel(0, mul(m_sz, ngroups), one_group, work=mul(m_sz, dim), min_work=spec.parallel_min_work)

    return kernel_func(spec, body)
