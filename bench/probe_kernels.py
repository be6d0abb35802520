"""The machine probes of ``python -m bench`` (:mod:`bench.probes`), generated with the
kernel builder: not lowered from rlx ops, emitted and JIT-compiled like model kernels."""

from __future__ import annotations

from collections.abc import Callable

from xdsl.dialects import func, vector
from xdsl.dialects.builtin import VectorType, f32

from rlx.lowering.kernels.builder import (
    IDX,
    MF32,
    VEC,
    add,
    cf,
    fadd,
    fma,
    for_,
    make_func,
    mul,
    parallel,
    tree_sum,
    vconst,
    vload,
    vstore,
)


def stream_sum_kernel(unroll: int = 8) -> func.FuncOp:
    """``(x[n], partial[nchunks*8], chunk, nchunks)``: partial[c] = lanes of sum(x[c*chunk:...]).

    The DRAM bandwidth probe: every chunk is read once with ``unroll`` independent
    vector accumulators; ``scf.parallel`` splits the chunks over the threads.
    ``chunk`` must be a multiple of ``8 * unroll``.
    """

    def body(x, partial, chunk, nchunks):
        def one(c):
            base = mul(c, chunk)

            def step(i, *acc):
                return [fadd(acc[u], vload(x, add(base, add(i, u * VEC)))) for u in range(unroll)]

            acc = for_(0, chunk, unroll * VEC, [vconst(0.0)] * unroll, step)
            vstore(tree_sum(acc), partial, mul(c, VEC))

        parallel(0, nchunks, one)

    return make_func(f"probe_stream_sum_u{unroll}", [MF32, MF32, IDX, IDX], body)


def fma_peak_kernel(chains: int = 12, width: int = VEC) -> func.FuncOp:
    """``(out[nwork*width], nwork, iters)``: ``chains`` independent FMA chains per work item.

    The FMA-peak probe: registers only, no memory traffic in the loop; each
    iteration is ``chains`` vector FMAs (``2 * width * chains`` FLOPs).
    """
    vty = VectorType(f32, [width])

    def body(out, nwork, iters):
        def one(w):
            a = vector.BroadcastOp(cf(0.999), vty).vector
            b = vector.BroadcastOp(cf(0.001), vty).vector
            init = [vector.BroadcastOp(cf(float(c)), vty).vector for c in range(chains)]

            def step(i, *acc):
                return [fma(acc[c], a, b) for c in range(chains)]

            acc = for_(0, iters, 1, init, step)
            total = tree_sum(acc)
            vector.StoreOp(total, out, [mul(w, width)])

        parallel(0, nwork, one)

    return make_func(f"probe_fma_c{chains}_w{width}", [MF32, IDX, IDX], body)


PROBES: dict[str, Callable[..., func.FuncOp]] = {
    "stream_sum": stream_sum_kernel,
    "fma_peak": fma_peak_kernel,
}
