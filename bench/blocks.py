"""``python -m bench.blocks``: time the register blocks a target could use, on this host.

The kernel choices of ``lowering/kernels/select.py`` were measured with this: each
candidate is the selected spec with its block fields replaced, JIT-compiled for
``--target`` (AVX2 code runs on an AVX-512 host) and timed on the 0.6B model's prefill
shapes (``--rows`` tokens), median of ``--repeats`` calls::

    python -m bench.blocks --target x86-64-v3 matmul 6:8:u 4:8:p     # rows:lanes:(p)aired|(u)npaired[:halves]
    python -m bench.blocks --target x86-64-v4 attention 2:8 1:4      # score_keys:value_chunk

``default`` (the selected spec) is always timed first; every candidate's output is
compared with it. GFLOP/s per kernel, one line each.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time

import numpy as np


def _jit(spec, target):
    from rlx.lowering import kernels as K

    return K.jit_alone(K.build(spec), target)


def _median_seconds(call, repeats: int) -> float:
    call()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        call()
        times.append(time.perf_counter() - t0)
    return float(np.median(times))


def matmul_candidate(base, text: str):
    """``rows:lanes:p|u[:halves]`` -> ``base`` with that block, or None where the family
    has no such block (paired swiglu, halves of a linear)."""
    from rlx.lowering.kernels import select

    parts = text.split(":")
    rows, lanes, paired = int(parts[0]), int(parts[1]), parts[2] == "p"
    halves = int(parts[3]) if len(parts) > 3 else 1
    swiglu = base.family == "linear_swiglu"
    if (paired and swiglu) or (halves > 1 and not swiglu):
        return None
    panel = max(rows, (select.MATMUL_PANEL_BYTES // (4 * base.k)) // rows * rows)
    return dataclasses.replace(base, rows=rows, lanes=lanes, paired=paired, halves=halves, panel_rows=panel,
                               tail_rows=select.tail_rows(rows))


def time_matmul(spec, target, m: int, repeats: int):
    from rlx.runtime.packing import packed_linear_size

    rng = np.random.default_rng(0)
    x = rng.standard_normal(m * spec.k).astype(np.float32)
    nweights = 2 if spec.family == "linear_swiglu" else len(spec.ns)
    ws = [rng.standard_normal(packed_linear_size(spec.k, spec.ns[min(j, len(spec.ns) - 1)])).astype(np.float32)
          for j in range(nweights)]
    outs = [np.zeros(m * n, dtype=np.float32) for n in spec.ns]
    fn = _jit(spec, target)
    args = [x.ctypes.data, *[w.ctypes.data for w in ws], *[o.ctypes.data for o in outs], m]
    seconds = _median_seconds(lambda: fn(*args), repeats)
    flops = 2 * m * spec.k * spec.n * nweights // len(spec.ns)
    return flops / seconds / 1e9, np.concatenate(outs)


def time_attention(spec, target, s: int, repeats: int):
    rng = np.random.default_rng(0)
    nh, nkv, hd = spec.num_heads, spec.num_kv_heads, spec.head_dim
    q, k, v = (rng.standard_normal(s * h * hd).astype(np.float32) for h in (nh, nkv, nkv))
    out = np.zeros(s * nh * hd, dtype=np.float32)
    fn = _jit(spec, target)
    seconds = _median_seconds(lambda: fn(q.ctypes.data, k.ctypes.data, v.ctypes.data, out.ctypes.data,
                                         1, s, s, s), repeats)
    flops = 4 * nh * hd * s * (s + 1) / 2  # causal: QK^T and PV over the visible keys
    return flops / seconds / 1e9, out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blocks", description=__doc__.split("\n\n")[0])
    ap.add_argument("family", choices=["matmul", "attention"])
    ap.add_argument("candidates", nargs="*")
    ap.add_argument("--target", default="host")
    ap.add_argument("--rows", type=int, default=512, help="tokens (matmul rows, attention positions)")
    ap.add_argument("--repeats", type=int, default=7)
    args = ap.parse_args(argv)

    from rlx.lowering.kernels import select
    from rlx.lowering.target import parse_target

    target = parse_target(args.target)
    if args.family == "matmul":
        bases = [select.linear_swiglu(1024, 3072, target), select.multi_linear(1024, (2048, 1024, 1024), False, target),
                 select.linear(3072, 1024, False, target), select.linear(2048, 1024, False, target)]
        make, run = matmul_candidate, time_matmul
    else:
        bases = [select.attention(16, 8, 128, True, False, None, target)]

        def make(base, text):
            keys, chunk = (int(v) for v in text.split(":"))
            return dataclasses.replace(base, score_keys=keys, value_chunk=chunk)

        run = time_attention
    print(f"# {target.summary()}, {args.rows} rows, median of {args.repeats}")
    for base in bases:
        gflops, want = run(base, target, args.rows, args.repeats)
        cells = [f"default={gflops:.0f}"]
        for text in args.candidates:
            candidate = make(base, text)
            if candidate is None:
                continue
            gflops, got = run(candidate, target, args.rows, args.repeats)
            same = np.allclose(got, want, rtol=1e-4, atol=1e-3)
            cells.append(f"{text}={gflops:.0f}" + ("" if same else " (WRONG)"))
        print(base.name, " ".join(cells), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
