"""Machine probes the benchmark runs itself: DRAM read bandwidth and FMA peak.

Both are kernels built with the kernel builder in ``bench/probe_kernels.py``
(``stream_sum_kernel``, ``fma_peak_kernel``), emitted and JIT-compiled like model kernels, and run on the
same OpenMP team as the model (so ``OMP_NUM_THREADS`` / ``--threads`` applies). Each
reports its best of several runs (the machine's ceiling, not its mood). numpy
references (a one-thread ``sum``, BLAS ``sgemm``) are reported next to them.
"""

from __future__ import annotations


import numpy as np

from . import probe_kernels as K
from rlx.lowering.kernels.builder import VEC


def _jit(fn):
    from rlx.lowering.kernels import jit_alone

    return jit_alone(fn, probe_target())


def probe_target():
    """The target the probes are generated for: ``RLX_BENCH_TARGET`` (``python -m bench
    --target``), so the FMA peak is the one of the vectors the timed code may use."""
    import os

    from rlx.lowering.target import parse_target

    name = os.environ.get("RLX_BENCH_TARGET", "host")
    return None if name == "host" else parse_target(name)


def _best_time(call, repeats: int) -> float:
    """The fastest of ``repeats`` runs: a probe measures what the machine can do, so
    interference from other processes (a shared machine) is filtered out."""
    from rlxc.tune import call_seconds

    return min(call_seconds(call, repeats))


def bandwidth(gib: float = 1.0, repeats: int = 9) -> dict:
    """DRAM read bandwidth (GB/s) of a generated, threaded vector sum over ``gib`` GiB."""
    n = int(gib * (1 << 30)) // 4
    chunk = 1 << 18  # 1 MiB of f32 per work item
    n -= n % chunk
    nchunks = n // chunk
    x = np.ones(n, dtype=np.float32)
    partial = np.zeros(nchunks * VEC, dtype=np.float32)
    fn = _jit(K.stream_sum_kernel())
    xp, pp = x.ctypes.data, partial.ctypes.data
    fn(xp, pp, chunk, nchunks)  # warm-up (page faults)
    t = _best_time(lambda: fn(xp, pp, chunk, nchunks), repeats)
    if not np.isclose(partial.sum(), n, rtol=1e-3):
        raise RuntimeError("bandwidth probe: wrong sum")
    t_np = _best_time(lambda: x.sum(), 3)
    return {"bytes": x.nbytes, "gbps": x.nbytes / t / 1e9, "numpy_sum_1thread_gbps": x.nbytes / t_np / 1e9}


def fma_peak(threads: int, repeats: int = 9, iters: int = 2_000_000, sgemm: bool = True) -> dict:
    """FMA peak (GFLOP/s): register-only FMA chains on every thread, best of a few shapes."""
    best = 0.0
    detail = {}
    for chains, width in ((12, 8), (16, 8), (12, 16)):
        fn = _jit(K.fma_peak_kernel(chains, width))
        nwork = max(1, threads)
        out = np.zeros(nwork * width, dtype=np.float32)
        op = out.ctypes.data
        fn(op, nwork, 1000)
        t = _best_time(lambda: fn(op, nwork, iters), repeats)
        gflops = 2 * width * chains * iters * nwork / t / 1e9
        detail[f"c{chains}_w{width}"] = round(gflops, 1)
        best = max(best, gflops)
    res = {"gflops": best, "variants": detail}
    if sgemm:
        a = np.random.default_rng(0).standard_normal((2048, 2048), dtype=np.float32)
        a @ a
        t = _best_time(lambda: a @ a, 5)
        res["numpy_sgemm_gflops"] = 2 * 2048**3 / t / 1e9
    return res


if __name__ == "__main__":
    import json
    import os

    threads = int(os.environ.get("OMP_NUM_THREADS", os.cpu_count() or 1))
    print("RESULT " + json.dumps({"bandwidth": bandwidth(), "fma": fma_peak(threads)}), flush=True)
