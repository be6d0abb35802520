"""Rotary position embedding (rotate-half) of q or k at positions ``offset + s``."""

from __future__ import annotations

from xdsl.dialects import func

from rlx.lowering.kernels.builder import (
    add,
    div,
    fadd,
    fmul,
    for_,
    fsub,
    load,
    load_index,
    mul,
    parallel,
    rem,
    store,
    vec_then_scalar,
    vload,
    vstore,
)
from rlx.lowering.kernels.spec import RopeSpec, kernel_func


def rope(spec: RopeSpec) -> func.FuncOp:
    """``(x[B*S*nh*hd], cos[P*hd/2], sin[P*hd/2], [positions i32[B],] out, B, S, offset)``:
    rotate-half RoPE, token s of row b at ``offset + s`` (``positions[b] + s`` per row)."""
    num_heads, head_dim = spec.num_heads, spec.head_dim
    half = head_dim // 2

    def body(x, cos, sin, *rest):
        positions, (out, b_sz, s_sz, offset) = (rest[0], rest[1:]) if spec.per_row else (None, rest)

        def token(tok):
            start = offset if positions is None else load_index(positions, div(tok, s_sz))
            pos = add(start, rem(tok, s_sz))
            cbase = mul(pos, half)

            def head(h):
                base = mul(add(mul(tok, num_heads), h), head_dim)

                def rot(i, load, store, fmul, fsub, fadd):
                    i1 = add(base, i)
                    i2 = add(i1, half)
                    x1, x2 = load(x, i1), load(x, i2)
                    c, s = load(cos, add(cbase, i)), load(sin, add(cbase, i))
                    store(fsub(fmul(x1, c), fmul(x2, s)), out, i1)
                    store(fadd(fmul(x2, c), fmul(x1, s)), out, i2)

                vec_then_scalar(
                    half,
                    lambda i: rot(i, vload, vstore, fmul, fsub, fadd),
                    lambda i: rot(i, load, store, fmul, fsub, fadd),
                )

            for_(0, num_heads, 1, [], head)

        parallel(0, mul(b_sz, s_sz), token, work=mul(mul(b_sz, s_sz), num_heads * head_dim),
                 min_work=spec.parallel_min_work)

    return kernel_func(spec, body)
