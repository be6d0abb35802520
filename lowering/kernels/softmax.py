"""Shared pieces of the attention kernels: the online softmax's state updates.

The kernels keep, per query, the running max ``m`` of the scores seen, the sum ``l``
of ``exp(score - m)`` and the unnormalised output; a new max rescales both by the
correction ``exp(m_old - m_new)``. Masked keys (``mask[key] == 0``) get probability
0 and never raise the max; a query that saw no key is written as zeros.
"""

from __future__ import annotations

from xdsl.dialects import arith
from xdsl.ir import SSAValue

from rlx.lowering.kernels.builder import (add, as_value, bcast, cf, ci, extract, fdiv, fmax, fsub, insert, load, rem,
                                          sub, vexp)

#: Finite "-infinity" for the online softmax: exp(x - m) stays NaN-free even before the
#: first key has been seen.
NEG_BIG = -1.0e30


def attention_args(args, has_mask: bool) -> tuple:
    """``(q, k_cache, v_cache, mask or None, out, B, S, T, CAP)`` of a kernel's arguments."""
    if has_mask:
        return tuple(args)
    q, kc, vc, out, b_sz, s_sz, t_sz, cap = args
    return q, kc, vc, None, out, b_sz, s_sz, t_sz, cap


def window_start(jend, window: int):
    """The first key a query whose keys end at ``jend`` (exclusive) sees through a sliding
    ``window``: ``max(0, jend - window)``; 0 without a window."""
    if not window:
        return 0
    return sub(jend, arith.MinUIOp(as_value(jend), ci(window)).result)


def key_row(j, ring: int):
    """The cache row of the key at position ``j``: ``j mod ring`` in a ring-buffer cache
    of ``ring`` rows, ``j`` without one (0)."""
    return rem(j, ring) if ring else j


def online_key(score, m_old, mask=None, mask_base=None, j=None) -> tuple[SSAValue, SSAValue, SSAValue]:
    """One key of the online softmax: ``(m_new, p, corr)`` -- the new max, the key's
    probability and the old state's correction (both exponentials in one vector exp:
    lane 0 = p, lane 1 = corr). With ``mask``, key ``j`` is ``mask[mask_base + j]``."""
    m_new = fmax(m_old, score)
    keep = None
    if mask is not None:
        keep = arith.CmpfOp(load(mask, add(mask_base, j)), cf(0.0), "une").result
        m_new = arith.SelectOp(keep, m_new, m_old).result
    ex = vexp(insert(fsub(m_old, m_new), bcast(fsub(score, m_new)), 1))
    p, corr = extract(ex, 0), extract(ex, 1)
    if keep is not None:
        p = arith.SelectOp(keep, p, cf(0.0)).result
    return m_new, p, corr


def inv_softmax_sum(l_fin) -> SSAValue:
    """``1 / l`` for a query's softmax sum ``l``; 0 when the query saw no key (every key
    masked: ``l == 0``), so its output is zeros, not NaN."""
    has_any = arith.CmpfOp(l_fin, cf(0.0), "ogt").result
    return arith.SelectOp(has_any, fdiv(cf(1.0), l_fin), cf(0.0)).result
