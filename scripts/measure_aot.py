"""Measure the AOT path on a model (default: the bundled example, examples/tiny-qwen3).

Prints: the size of ``model.so`` without and with ``--embed-weights``; the wall time of
``rlxc compile`` run as a command, cold (empty compile cache) and cached; the time of a
second ``rlxc.load`` (code and packed weights from the cache); and prefill /
decode tokens per second through the ``.so`` (median of several runs)::

    python scripts/measure_aot.py [MODEL] [--runs 5] [--decode-tokens 128] [--threads N] [--no-embedded]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def rlxc_compile(model: Path, out: Path, cache: Path, *extra: str) -> float:
    """Wall time of ``rlxc compile`` as a user runs it (a fresh Python process)."""
    env = {**os.environ, "RLX_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "rlxc.cli", "compile", str(model), "-o", str(out), *extra],
                   check=True, env=env, capture_output=True, text=True)
    return time.perf_counter() - start


def second_load_seconds(model: Path, cache: Path) -> float:
    """``rlxc.load`` of a model already in the cache (code and packed weights), in a fresh
    process (imports included)."""
    code = ("import time; t = time.perf_counter(); import rlxc; rlxc.load(%r); "
            "print(time.perf_counter() - t)" % str(model))
    env = {**os.environ, "RLX_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
    for _ in range(2):  # the first fills the cache
        out = subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True, text=True)
    return float(out.stdout.strip())


def decode_speed(so: Path, prompt_len: int, tokens: int, runs: int) -> tuple[float, float]:
    """Median prefill and decode tokens/s through the ``.so`` (greedy feedback of the argmax)."""
    import numpy as np

    from rlx.runtime.loader import load

    session = load(so, max_seq=prompt_len + tokens)
    prompt = np.arange(1, prompt_len + 1).reshape(1, -1) % session.vocab
    prefill, decode = [], []
    for _ in range(runs + 1):  # the first run warms up
        session.reset()
        t0 = time.perf_counter()
        logits = session.prefill(prompt)
        t1 = time.perf_counter()
        token = int(logits[0, -1].argmax())
        for _ in range(tokens):
            token = int(session.decode([[token]])[0, 0].argmax())
        t2 = time.perf_counter()
        prefill.append(prompt_len / (t1 - t0))
        decode.append(tokens / (t2 - t1))
    return statistics.median(prefill[1:]), statistics.median(decode[1:])


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("model", nargs="?", default=str(ROOT / "examples" / "tiny-qwen3"))
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--prompt-tokens", type=int, default=16)
    p.add_argument("--decode-tokens", type=int, default=128)
    p.add_argument("--threads", default="0", help="as for rlxc compile: 0 all cores, 1 serial, N threads")
    p.add_argument("--no-embedded", action="store_true",
                   help="skip the --embed-weights build (a .so the size of the f32 weights)")
    args = p.parse_args()
    model = Path(args.model)
    with tempfile.TemporaryDirectory(prefix="rlx-measure-") as tmp:
        tmp = Path(tmp)
        cache = tmp / "cache"
        flags = ("--threads", args.threads)
        cold = rlxc_compile(model, tmp / "model.so", cache, *flags)
        cached = statistics.median(rlxc_compile(model, tmp / "model.so", cache, *flags) for _ in range(3))
        if not args.no_embedded:
            rlxc_compile(model, tmp / "embedded.so", cache, "--embed-weights", *flags)
        reload = second_load_seconds(model, tmp / "load-cache")
        prefill, decode = decode_speed(tmp / "model.so", args.prompt_tokens, args.decode_tokens, args.runs)
        size = (tmp / "model.so").stat().st_size
        embedded = None if args.no_embedded else (tmp / "embedded.so").stat().st_size
    print(f"model                          {model}")
    print(f"model.so                       {size / 1e3:.1f} kB (weights mapped from the checkpoint)")
    if embedded is not None:
        print(f"model.so --embed-weights       {embedded / 1e6:.2f} MB")
    print(f"rlxc compile, cold cache       {cold:.2f} s")
    print(f"rlxc compile, cached           {cached:.2f} s")
    print(f"rlxc.load, cached (new proc.)  {reload:.2f} s")
    print(f"prefill ({args.prompt_tokens} tokens)            {prefill:.0f} tok/s (median of {args.runs})")
    print(f"decode ({args.decode_tokens} tokens)            {decode:.0f} tok/s (median of {args.runs}, "
          f"OMP_WAIT_POLICY={os.environ.get('OMP_WAIT_POLICY', 'passive')}, threads={args.threads})")


if __name__ == "__main__":
    main()
