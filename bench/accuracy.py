"""``python -m bench --accuracy``: what each weight format costs in accuracy.

Over ``--accuracy-tokens`` teacher-forced positions of one random token sequence, per
format: the mean KL divergence of the next-token distribution from rlx f32's
(KL(f32 || format), in nats) and how often the top-1 token agrees with rlx f32's --
for rlx, and for llama.cpp on a GGUF of the same format written from the same
checkpoint (``bench/gguf_model.py``), side by side.

Random weights give near one-hot distributions (a tied random model predicts its input
token by a margin of tens of nats), on which every format agrees to 1e-14: the table
divides every engine's logits by one temperature T, chosen so that the median margin
between the reference's top two logits is ``TOP2_MARGIN`` nats, the spread of a trained
model's next-token distributions; the same T for every engine keeps their figures
comparable. Each engine runs in its own
process (``python -m bench.accuracy ENGINE QUANT MODEL_DIR N OUT``) so that only one
model is in memory at a time.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np


#: rlx teacher-forced one token per call (decode), next to rlx over the whole sequence (prefill)
DECODE = "rlx-decode"


def token_ids(vocab: int, n: int) -> np.ndarray:
    return np.random.default_rng(7).integers(3, vocab, size=n)


def all_logits(engine: str, quant: str, model_dir: Path, n: int, threads: int) -> np.ndarray:
    """The logits ``[n, vocab]`` of every position of the sequence, by ``engine`` on ``quant`` weights."""
    import json

    vocab = json.loads((model_dir / "config.json").read_text())["vocab_size"]
    ids = token_ids(vocab, n)
    if engine in ("rlx", DECODE):
        import rlxc

        session = rlxc.load(model_dir, max_seq=n + 8, precision=quant)
        if engine == "rlx":
            return session.prefill(ids[None])[0]
        # one position per call: the decode kernels (for q8_0 / q4_0: 8-bit activations,
        # integer dot products, as llama.cpp computes every position)
        first = session.prefill(ids[None, :1])[0]
        return np.concatenate([first] + [session.decode(ids[None, i:i + 1])[0] for i in range(1, n)])
    from llama_cpp import Llama

    from .gguf_model import model_path

    llm = Llama(model_path=str(model_path(model_dir, quant)), n_ctx=n + 8, n_batch=n, n_ubatch=n,
                n_threads=threads, n_threads_batch=threads, logits_all=True, verbose=False)
    llm.eval([int(t) for t in ids])
    return np.array(llm.scores[:n], dtype=np.float32)


#: the median margin between the reference's top two logits after the temperature
TOP2_MARGIN = 1.0


def log_softmax(x: np.ndarray) -> np.ndarray:
    x = x.astype(np.float64)
    x = x - x.max(axis=-1, keepdims=True)
    return x - np.log(np.exp(x).sum(axis=-1, keepdims=True))


def compare(reference: np.ndarray, other: np.ndarray, temperature: float = 1.0) -> dict:
    """Mean KL(reference || other) per position (both logits / ``temperature``) and the
    top-1 agreement."""
    p, q = log_softmax(reference / temperature), log_softmax(other / temperature)
    kl = (np.exp(p) * (p - q)).sum(axis=-1)
    return {"mean_kl": float(kl.mean()), "top1": float((reference.argmax(-1) == other.argmax(-1)).mean())}


def run(engine: str, quant: str, model_dir: Path, n: int, threads: int, env: dict, work: Path) -> np.ndarray | str:
    """``all_logits`` in a child process; the logits, or the error's last line."""
    out = work / f"accuracy-{engine}-{quant}.npy"
    proc = subprocess.run([sys.executable, "-m", "bench.accuracy", engine, quant, str(model_dir), str(n),
                           str(threads), str(out)], env=env, capture_output=True, text=True)
    if proc.returncode or not out.exists():
        lines = [ln for ln in (proc.stderr or proc.stdout).splitlines() if ln.strip()]
        return lines[-1][:200] if lines else f"exit code {proc.returncode}"
    return np.load(out)


def accuracy_table(name: str, model_dir: Path, quants: list[str], engines: list[str], n: int, threads: int,
                   env: dict, llama_cpp: Path | None = None) -> tuple[str, dict]:
    """The markdown table of every (format, engine) against rlx f32, and the numbers
    (llama.cpp: the build in ``llama_cpp`` if given)."""
    from .engines import FORMATS, available
    from .isa import peer_env, with_env

    work = model_dir / "bench-logits"
    work.mkdir(exist_ok=True)
    reference = run("rlx", "f32", model_dir, n, threads, env, work)
    if isinstance(reference, str):
        return f"accuracy: rlx f32 failed: {reference}", {}
    engines = [e for e in engines if e in ("rlx", "llama.cpp") and available(e)]
    engines[1:1] = [DECODE] if "rlx" in engines else []
    top2 = np.sort(reference, axis=-1)[:, -2:]
    temperature = float(np.median(top2[:, 1] - top2[:, 0])) / TOP2_MARGIN
    results: dict = {"temperature": temperature}
    lines = [f"### {name}: accuracy over {n} teacher-forced positions, against rlx f32 "
             f"(logits / {temperature:.2f}: a median top-2 margin of {TOP2_MARGIN:g})", "",
             "| format | " + " | ".join(f"{e} mean KL | {e} top-1" for e in engines) + " |",
             "|---|" + "---:|---:|" * len(engines)]
    for quant in quants:
        cells = []
        for engine in engines:
            has = quant in FORMATS["rlx" if engine == DECODE else engine]
            engine_env = with_env(env, peer_env(engine, "host", llama_cpp))
            got = run(engine, quant, model_dir, n, threads, engine_env, work) if has else "—"
            if isinstance(got, str):
                cells += [got, ""]
                continue
            results[f"{engine}:{quant}"] = stats = compare(reference, got, temperature)
            cells += [f"{stats['mean_kl']:.2e}", f"{100 * stats['top1']:.1f}%"]
        lines.append(f"| {quant} | " + " | ".join(cells) + " |")
    return "\n".join(lines), results


def main(argv=None) -> int:
    engine, quant, model_dir, n, threads, out = (argv or sys.argv[1:])[:6]
    np.save(out, all_logits(engine, quant, Path(model_dir), int(n), int(threads)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
