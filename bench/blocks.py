"""``python -m bench.blocks``: time the register blocks a target could use, on this host.

The kernel choices of ``lowering/kernels/select.py`` were measured with this: each
candidate is the selected spec with its block fields replaced, JIT-compiled for
``--target`` (AVX2 code runs on an AVX-512 host) and timed on the 0.6B model's prefill
shapes (``--rows`` tokens; the rows of ``x`` and of the outputs the model's matmuls
read at the strides ``rlx-pad-rows`` gives them, dense with ``--dense-rows``), ``--repeats``
rounds::

    python -m bench.blocks --target x86-64-v3 matmul 6:8:u 4:8:p     # rows:lanes:(p)aired|(u)npaired[:halves]
    python -m bench.blocks --target x86-64-v4 attention 2:8 8:8:16   # score_keys:value_chunk[:16 lanes]

``default`` (the selected spec) and the candidates are timed in interleaved rounds (each
calls every one once, :func:`rlxc.tune.measure`); every candidate's output is compared
with the default's. Per kernel one line: each choice's median GFLOP/s and its median
per-round speed-up over the default. ``rlxc tune MODEL`` does the same
for a model's own shapes and records the winners (the timing is :mod:`rlxc.tune`'s).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blocks", description=__doc__.split("\n\n")[0])
    ap.add_argument("family", choices=["matmul", "attention"])
    ap.add_argument("candidates", nargs="*")
    ap.add_argument("--target", default="host")
    ap.add_argument("--rows", type=int, default=512, help="tokens (matmul rows, attention positions)")
    ap.add_argument("--repeats", type=int, default=7)
    ap.add_argument("--dense-rows", action="store_true",
                    help="read and write rows dense (without the row strides rlx-pad-rows gives the model's buffers)")
    args = ap.parse_args(argv)

    from rlxc.tune import measure
    from rlx.lowering.kernels import select, tuning
    from rlx.lowering.rlx_pad_rows import padded_stride
    from rlx.lowering.target import parse_target
    from rlx.runtime.errors import CompileError

    try:
        target = parse_target(args.target)
    except (CompileError, ValueError) as e:
        ap.error(str(e))
    def stride(k: int, reader) -> int:
        """The row stride rlx-pad-rows gives rows of ``k`` read by ``reader`` (0: dense)."""
        padded = padded_stride(k, reader.rows, target)
        return 0 if args.dense_rows or padded == k else padded

    down, o_proj = select.linear(3072, 1024, False, target), select.linear(2048, 1024, False, target)
    if args.family == "matmul":
        bases = [select.linear_swiglu(1024, 3072, target), select.multi_linear(1024, (2048, 1024, 1024), False, target),
                 down, o_proj]
        bases = [dataclasses.replace(b, x_stride=stride(b.k, b)) for b in bases]
        bases[0] = dataclasses.replace(bases[0], out_stride=stride(3072, down))

        def make(base, text):
            block = select.Block.parse(text)  # a malformed candidate is the user's error
            try:
                return tuning.with_block(base, block, target)
            except ValueError:  # a block the family has not (paired swiglu, halves of a linear)
                return None
    else:
        bases = [dataclasses.replace(select.attention(16, 8, 128, True, False, None, target),
                                     out_stride=stride(2048, o_proj))]

        def make(base, text):
            return tuning.with_attention_steps(base, *(int(v) for v in text.split(":")), target=target)

    try:  # every candidate checked before anything is timed
        plans = [(base, [(text, make(base, text)) for text in args.candidates]) for base in bases]
    except ValueError as e:
        ap.error(str(e))
    print(f"# {target.summary()}, {args.rows} rows, {args.repeats} interleaved rounds: GFLOP/s (median), "
          f"(median per-round speed-up over the default)")
    for base, candidates in plans:
        m = measure(base, target, args.rows, args.repeats,
                    choices=[("default", base)] + [(t, c) for t, c in candidates if c is not None])
        cells = [f"{t}={g:.0f}" + ("" if t == "default" else f" ({m.speedup[t]:.2f}x)")
                 + (" (WRONG)" if t in m.wrong else "") for t, g in m.gflops.items()]
        print(base.name, " ".join(cells), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
