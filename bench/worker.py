"""One engine in its own process, driven by ``python -m bench`` over stdin/stdout.

``python -m bench.worker ENGINE MODEL_DIR --threads T ...`` loads the engine, prints
``READY {json}`` and then answers one command per line with ``OK {json}`` (or
``ERR message``):

* ``warmup`` -- a prefill (its last-token logits are saved to ``--logits-out``) and a
  short decode, untimed;
* ``prefill`` -- one timed prefill of ``--prefill`` tokens, last-token logits;
* ``decode`` -- an untimed ``--prompt``-token prefill, then ``--decode`` timed steps;
* ``probe`` / ``fma`` -- the DRAM bandwidth / FMA-peak probe (``bench/probes.py``), in
  this process;
* ``stats`` -- resident memory now and at its peak; ``quit``.

The driver keeps every engine's worker alive and interleaves their runs (round
robin), so a drift of the shared machine's load hits every engine alike.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

import numpy as np

from rlx.runtime.errors import first_line


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def token_ids(vocab: int, n: int, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).integers(3, vocab, size=n).astype(np.int64)


def reply(tag: str, payload) -> None:
    sys.stdout.write(f"{tag} {json.dumps(payload) if not isinstance(payload, str) else payload}\n")
    sys.stdout.flush()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("engine")
    ap.add_argument("model_dir", type=Path)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--prompt", type=int, default=128)
    ap.add_argument("--decode", type=int, default=64)
    ap.add_argument("--prefill", type=int, default=512)
    ap.add_argument("--logits-out", type=Path)
    ap.add_argument("--no-cache", action="store_true")
    ap.add_argument("--target", default="host", help="rlx: the CPU to compile for (rlxc --target)")
    ap.add_argument("--quant", default="f32", help="the weight format (bench.engines.FORMATS)")
    ap.add_argument("--kv", default="f32", help="the KV cache format: f32, bf16 or f16 (rlx and llama.cpp)")
    args = ap.parse_args(argv)

    from .engines import ENGINES

    cfg = json.loads((args.model_dir / "config.json").read_text())
    vocab = cfg["vocab_size"]
    max_seq = max(args.prompt + args.decode, args.prefill) + 8
    t0 = time.perf_counter()
    try:
        engine = ENGINES[args.engine](args.model_dir, args.threads, max_seq, cache=not args.no_cache,
                                      target=args.target, quant=args.quant, kv=args.kv)
        isa = engine.isa()
    except Exception as err:  # report, don't crash the driver
        reply("ERR", f"{type(err).__name__}: {first_line(err, '')}")
        return 1
    reply("READY", {"load_s": time.perf_counter() - t0, "rss_after_load_mb": _rss_mb(), "peak_load_mb": _peak_mb(),
                    "isa": isa})
    prefill_ids = token_ids(vocab, args.prefill, 1)
    prompt = token_ids(vocab, args.prompt, 2)
    steps = token_ids(vocab, args.decode, 3)
    peak_before_probe = None

    for line in sys.stdin:
        cmd = line.strip()
        try:
            if cmd == "warmup":
                logits = engine.prefill_last(prefill_ids)
                if args.logits_out:
                    np.save(args.logits_out, np.asarray(logits, dtype=np.float32))
                engine.start(prompt)
                for tok in steps[:4]:
                    engine.step(int(tok))
                reply("OK", {})
            elif cmd == "prefill":
                t = time.perf_counter()
                engine.prefill_last(prefill_ids)
                reply("OK", {"s": time.perf_counter() - t})
            elif cmd == "decode":
                engine.start(prompt)
                t = time.perf_counter()
                for tok in steps:
                    engine.step(int(tok))
                reply("OK", {"s": time.perf_counter() - t})
            elif cmd == "probe":
                from .probes import bandwidth

                if peak_before_probe is None:  # the probe's 0.5 GiB is not the engine's
                    peak_before_probe = _peak_mb()
                reply("OK", {"gbps": bandwidth(gib=0.5, repeats=5)["gbps"]})
            elif cmd == "fma":
                from .probes import fma_peak

                if peak_before_probe is None:
                    peak_before_probe = _peak_mb()
                reply("OK", {"gflops": fma_peak(args.threads, repeats=3, iters=500_000, sgemm=False)["gflops"]})
            elif cmd == "stats":
                peak = peak_before_probe if peak_before_probe is not None else _peak_mb()
                reply("OK", {"rss_mb": _rss_mb(), "peak_rss_mb": max(peak, _rss_mb())})
            elif cmd == "quit":
                reply("OK", {})
                return 0
            else:
                reply("ERR", f"unknown command '{cmd}'")
        except Exception as err:
            reply("ERR", f"{type(err).__name__}: {first_line(err, '')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
