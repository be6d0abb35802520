"""``python -m bench``: rlx against PyTorch, onnxruntime and llama.cpp, with a roofline.

For each model (random weights written on the fly, see ``bench/models.py``) it runs a
bandwidth probe and an FMA-peak probe, then loads every installed engine side by side,
each in its own process (``bench/worker.py``) on the same weights, and runs
``--repeats`` rounds; a round is one prefill (``--prefill`` tokens, last-token logits)
and one decode (``--decode`` tokens after a ``--prompt``-token prompt) of every engine
in turn, so a drift in the shared machine's load hits all engines alike. It prints
the median tok/s, rlx's ratio to each peer, the fraction of the DRAM roofline (decode)
and of the FMA peak (prefill), and the targets of issue 6; ``--json`` writes
everything; ``--report`` adds rlx's per-kernel roofline report. See
docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

import numpy as np

from . import models, roofline
from .engines import ENGINES, FORMATS, available
from .isa import peer_env, with_env

ALL_ENGINES = ["rlx", "torch", "onnxruntime", "llama.cpp"]


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def child_env(threads: int, root: Path | None = None, target: str = "host") -> dict:
    """The environment of a worker: its thread count, the target its probes are
    generated for, and the checkout it imports rlx from (this one, or ``root`` for an
    ``rlx@CHECKOUT`` engine)."""
    env = dict(os.environ)
    env["OMP_NUM_THREADS"] = str(threads)
    env.setdefault("OMP_WAIT_POLICY", "passive")
    env["RLX_BENCH_TARGET"] = target
    root = root or Path(__file__).resolve().parent.parent
    first = os.pathsep.join([str(import_root(root)), str(root)])
    env["PYTHONPATH"] = first + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def import_root(root: Path) -> Path:
    """A folder that, first on ``PYTHONPATH``, makes ``rlx.*`` import from the checkout
    ``root``: a package ``rlx`` whose subpackages link to ``root``'s folders (its
    pyproject's ``[tool.setuptools.package-dir]``).

    Why: ``rlx.*`` has no folder of that name in a checkout; an installed rlx (editable:
    ``pip install -e``) resolves it to the tree it was installed from. With only ``root``
    on the path, an ``rlx@CHECKOUT`` worker ran the checkout's ``rlxc`` on the installed
    tree's compiler and runtime, and every worker ran whatever tree was installed last."""
    import hashlib
    import tempfile
    import tomllib

    folders = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["package-dir"]
    digest = hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:16]
    package = Path(tempfile.gettempdir()) / "rlx-bench-imports" / digest / "rlx"
    package.mkdir(parents=True, exist_ok=True)
    (package / "__init__.py").touch()
    for name, folder in folders.items():
        if name.startswith("rlx."):
            link = package / name.removeprefix("rlx.")
            if not link.is_symlink():
                link.symlink_to((root / folder).resolve(), target_is_directory=True)
    return package.parent


def split_engine(engine: str) -> tuple[str, Path | None]:
    """``rlx@/path/to/checkout`` -> ("rlx", that checkout): rlx as built by another commit,
    timed side by side with this one (a before/after comparison in one run)."""
    kind, _, checkout = engine.partition("@")
    return kind, (Path(checkout).resolve() if checkout else None)


def run_child(args: list[str], threads: int, timeout: float, target: str = "host") -> dict:
    cmd = [sys.executable, *args]
    try:
        proc = subprocess.run(cmd, env=child_env(threads, target=target), capture_output=True, text=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT "):])
    lines = [ln for ln in (proc.stderr or proc.stdout).splitlines() if ln.strip()]
    return {"error": lines[-1][:300] if lines else f"exit code {proc.returncode}"}


def run_probes(threads: int, timeout: float, target: str = "host") -> dict:
    return run_child(["-m", "bench.probes"], threads, timeout, target)


class Worker:
    """A live ``bench.worker`` process: one command per line, one reply per line."""

    def __init__(self, engine: str, folder: Path, args, logits_out: Path):
        self.engine = engine
        kind, checkout = split_engine(engine)
        cmd = [sys.executable, "-m", "bench.worker", kind, str(folder), "--threads", str(args.threads),
               "--prompt", str(args.prompt), "--decode", str(args.decode), "--prefill", str(args.prefill),
               "--logits-out", str(logits_out)]
        if args.no_cache:
            cmd.append("--no-cache")
        if args.target != "host":
            cmd += ["--target", args.target]
        cmd += ["--quant", args.quant, "--kv", args.kv]
        env = with_env(child_env(args.threads, checkout, args.target), peer_env(kind, args.target, args.llama_cpp))
        self.stderr = open(folder / "bench-logits" / f"{file_stem(engine)}.stderr", "w")
        self.proc = subprocess.Popen(cmd, env=env, cwd=checkout,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.stderr,
                                     text=True)
        self.ready = self._read()

    def _read(self) -> dict:
        while True:
            line = self.proc.stdout.readline()
            if not line:
                self.proc.wait()
                tail = Path(self.stderr.name).read_text().strip().splitlines()
                raise RuntimeError(tail[-1][:300] if tail else f"exit code {self.proc.returncode}")
            tag, _, payload = line.rstrip("\n").partition(" ")
            if tag in ("READY", "OK"):
                return json.loads(payload)
            if tag == "ERR":
                raise RuntimeError(payload)
            # anything else is an engine printing to stdout: skip it

    def ask(self, cmd: str) -> dict:
        self.proc.stdin.write(cmd + "\n")
        self.proc.stdin.flush()
        return self._read()

    def close(self) -> None:
        try:
            self.ask("quit")
        except Exception:
            pass
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.stderr.close()


def file_stem(engine: str) -> str:
    """A file name for an engine's outputs (``rlx@/a/b`` -> ``rlx@_a_b``)."""
    return engine.replace("/", "_")


def prepare_files(engine: str, folder: Path, quant: str = "f32") -> None:
    """Write the ONNX / GGUF files of a peer once, in a child (their memory is freed)."""
    if engine == "onnxruntime":
        code = "import sys; from pathlib import Path; import bench.onnx_model as m; m.model_path(Path(sys.argv[1]))"
    elif engine == "llama.cpp":
        code = ("import sys; from pathlib import Path; import bench.gguf_model as m; "
                "m.model_path(Path(sys.argv[1]), sys.argv[2])")
    else:
        return
    subprocess.run([sys.executable, "-c", code, str(folder), quant], env=child_env(1), check=True)


def fmt(x, nd=1):
    if x is None:
        return "—"
    if isinstance(x, str):
        return x
    return f"{x:,.{nd}f}" if abs(x) < 1e6 else f"{x:.3g}"


def bench_model(name: str, args) -> dict:
    """Every engine of ``args.engines`` that runs ``args.quant`` on model ``name``: loaded
    side by side, then ``args.repeats`` rounds, each a prefill and a decode of every
    engine in turn."""
    cfg = models.config_dict(name)
    folder = models.checkpoint(name, log=log)
    out = {"model": name, "quant": args.quant, "kv": args.kv, "config": {k: cfg[k] for k in models.MODELS[name]},
           "dir": str(folder), "weight_bytes": models.weight_bytes(cfg), "engines": {}}
    work = Path(folder) / "bench-logits" / args.quant
    work.mkdir(parents=True, exist_ok=True)
    workers: dict[str, Worker] = {}
    # peers first: their load-time peaks (ORT prepacking) pass before rlx is loaded
    for engine in sorted(args.engines, key=lambda e: split_engine(e)[0] == "rlx"):
        if args.quant not in FORMATS[split_engine(engine)[0]]:
            out["engines"][engine] = {"error": f"has no {args.quant}"}
            continue
        if not available(split_engine(engine)[0]):
            out["engines"][engine] = {"error": "not installed"}
            log(f"[bench] {name}: {engine} not installed, skipped")
            continue
        log(f"[bench] {name}: loading {engine} ...")
        try:
            prepare_files(engine, Path(folder), args.quant)
            w = Worker(engine, Path(folder), args, work / f"{file_stem(engine)}.npy")
            w.ask("warmup")
            workers[engine] = w
            out["engines"][engine] = {"load_s": w.ready["load_s"], "prefill_s": [], "decode_s": [],
                                      "isa": w.ready.get("isa")}
            log(f"[bench] {name}: {engine} loaded in {w.ready['load_s']:.1f} s")
        except Exception as err:
            out["engines"][engine] = {"error": str(err)[:300]}
            log(f"[bench] {name}: {engine} failed: {err}")
    order = [e for e in args.engines if e in workers]
    try:
        for r in range(args.repeats):
            for phase in ("prefill", "decode"):
                for engine in order:
                    res = out["engines"][engine]
                    if "error" in res:
                        continue
                    try:
                        probing = engine == "rlx" and not args.no_probes
                        probe, key, field = (("probe", "bandwidth_around_gbps", "gbps") if phase == "decode"
                                             else ("fma", "fma_around_gflops", "gflops"))
                        before = workers[engine].ask(probe)[field] if probing else None
                        res[f"{phase}_s"].append(workers[engine].ask(phase)["s"])
                        if probing:  # the machine's ceiling right before and after the run
                            res.setdefault(key, []).append([before, workers[engine].ask(probe)[field]])
                    except Exception as err:
                        res["error"] = str(err)[:300]
                        log(f"[bench] {name}: {engine} failed: {err}")
            log(f"[bench] {name}: round {r + 1}/{args.repeats} done")
        for engine in order:
            res = out["engines"][engine]
            if "error" in res:
                continue
            res.update(workers[engine].ask("stats"))
            res["prefill_tok_s"] = args.prefill / float(np.median(res["prefill_s"]))
            res["decode_tok_s"] = args.decode / float(np.median(res["decode_s"]))
            log(f"[bench] {name}: {engine}: decode {fmt(res['decode_tok_s'])} tok/s, "
                f"prefill {fmt(res['prefill_tok_s'])} tok/s")
    finally:
        for w in workers.values():
            w.close()
    ref = work / "rlx.npy"
    if ref.exists() and "error" not in out["engines"].get("rlx", {"error": 1}):
        r = np.load(ref)
        for engine, res in out["engines"].items():
            f = work / f"{file_stem(engine)}.npy"
            if engine != "rlx" and "error" not in res and f.exists():
                x = np.load(f)
                res["max_abs_diff_vs_rlx"] = float(np.max(np.abs(x - r)) / max(1e-6, float(np.max(np.abs(r)))))
                res["argmax_agrees"] = bool(int(np.argmax(x)) == int(np.argmax(r)))
    context = args.prompt + (args.decode - 1) / 2
    out["tokens"] = {"decode": args.decode, "prefill": args.prefill}
    out["decode_cost"] = roofline.decode_cost(cfg, context, args.quant, args.kv)
    out["prefill_cost"] = roofline.prefill_cost(cfg, args.prefill)
    return out


def roofline_numbers(result: dict, probes: dict) -> dict:
    """Roofline tok/s and rlx's fractions of it.

    Each of rlx's decode (prefill) runs is bracketed by a bandwidth (FMA-peak) probe
    in the same process; the run's ceiling is the higher of the two (conservative),
    and rlx's fraction is the median over rounds of achieved / that round's ceiling:
    on a shared machine the available bandwidth drifts by 2x within minutes, so each
    run is measured against what the machine offered at that moment. Without those
    probes (``--no-probes`` skips all) the start-up probe is the ceiling."""
    rlx = result["engines"].get("rlx", {})
    rl = {}
    for metric, key, start, cost, unit in (
            ("decode", "bandwidth_around_gbps", probes.get("bandwidth", {}).get("gbps"),
             result["decode_cost"]["bytes"], "bandwidth_gbps"),
            ("prefill", "fma_around_gflops", probes.get("fma", {}).get("gflops"),
             result["prefill_cost"]["flops"], "fma_gflops")):
        times = rlx.get(f"{metric}_s", []) if "error" not in rlx else []
        tokens = result["tokens"][metric]
        around = rlx.get(key, [])
        ceilings = [max(pair) for pair in around] if len(around) == len(times) and around else \
            ([start] * len(times) if start else [])
        if ceilings:
            rl[unit] = float(np.median(ceilings))
            rl[f"{unit}_range"] = [float(min(ceilings)), float(max(ceilings))]
        elif start:
            rl[unit] = start
        if unit in rl:
            rl[f"{metric}_roofline_tok_s"] = rl[unit] * 1e9 / cost
        if times and ceilings:
            achieved = [tokens / t * cost / 1e9 for t in times]
            rl[f"rlx_{metric}_fraction"] = float(np.median([a / c for a, c in zip(achieved, ceilings)]))
            rl[f"rlx_{metric}_{'gbps' if metric == 'decode' else 'gflops'}"] = float(np.median(achieved))
    return rl


def compare_formats(results: list[dict]) -> None:
    """``vs_f32`` of each format's result: rlx's speed over rlx f32 (the ratio of the
    median times: the formats run one after the other, not in the same rounds)."""
    f32 = next((r["engines"].get("rlx", {}) for r in results if r["quant"] == "f32"), {})
    for r in results:
        rlx = r["engines"].get("rlx", {})
        if r["quant"] == "f32" or "error" in rlx or "error" in f32 or not f32:
            continue
        r["vs_f32"] = {m: float(np.median(f32[f"{m}_s"]) / np.median(rlx[f"{m}_s"]))
                       for m in ("decode", "prefill") if rlx.get(f"{m}_s") and f32.get(f"{m}_s")}


def last_level_cache_bytes() -> int | None:
    """Size of the host's last-level (L3) cache, from sysfs."""
    try:
        text = Path("/sys/devices/system/cpu/cpu0/cache/index3/size").read_text().strip()
    except OSError:
        return None
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    return int(text[:-1]) * units[text[-1]] if text[-1] in units else int(text)


#: issue 12's targets for a format other than f32: against rlx f32, the peers at the same
#: format on the same weights, and the roofline of the format's bytes per token
QUANT_TARGETS = {("0.6b", fmt): [("decode", "rlx f32", vs_f32), ("decode", "llama.cpp", 1.2),
                                 ("decode", "roofline", 0.85), ("prefill", "rlx f32", 0.9),
                                 ("prefill", "llama.cpp", 1.3)]
                 for fmt, vs_f32 in (("bf16", 1.85), ("f16", 1.85), ("q8_0", 3.2), ("q4_0", 5.0))}

TARGETS = {  # model -> [(metric, peer or roofline, minimum ratio)]
    "0.6b": [("decode", "llama.cpp", 1.0), ("decode", "torch", 2.0), ("decode", "roofline", 0.9),
             ("prefill", "onnxruntime", 1.25), ("prefill", "llama.cpp", 1.5), ("prefill", "roofline", 0.7)],
    "tiny": [("decode", "llama.cpp", 1.2)],
}


def speedup(rlx: dict, peer: dict, metric: str) -> float | None:
    """rlx's speed over a peer's: the median over rounds of the per-round ratio of their
    times (a paired comparison: both ran within seconds of each other in each round,
    so a drift of the shared machine's load between rounds cancels out)."""
    ours, theirs = rlx.get(f"{metric}_s"), peer.get(f"{metric}_s")
    if not ours or not theirs or "error" in rlx or "error" in peer:
        return None
    return float(np.median([t / o for o, t in zip(ours, theirs)]))


def table(result: dict, probes: dict, args) -> str:
    name = result["model"]
    rl = result["roofline"]
    engines = result["engines"]
    rlx = engines.get("rlx", {})
    quant = result.get("quant", "f32")
    kv = f", {result['kv']} KV cache" if result.get("kv", "f32") != "f32" else ""
    lines = [f"### {name}, {quant} weights{kv}: {', '.join(f'{k}={v}' for k, v in result['config'].items())}, "
             f"f32 weights {result['weight_bytes'] / 1e9:.3f} GB, {args.threads} threads", ""]
    lines.append(f"| engine | decode tok/s ({args.decode} after {args.prompt}) | rlx ÷ engine | "
                 f"prefill tok/s ({args.prefill}, last logits) | rlx ÷ engine | load s | peak RSS MB | logits vs rlx |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|---|")
    for engine in args.engines:
        res = engines.get(engine, {})
        if res.get("error", "").startswith("has no"):
            continue
        if "error" in res:
            lines.append(f"| {engine} | {res['error']} | | | | | | |")
            continue
        ratios = []
        for metric in ("decode", "prefill"):
            r = speedup(rlx, res, metric) if engine != "rlx" else None
            ratios.append(f"{r:.2f}×" if r else "")
        agree = ""
        if "max_abs_diff_vs_rlx" in res:
            agree = f"{res['max_abs_diff_vs_rlx']:.1e} rel, argmax {'=' if res['argmax_agrees'] else '≠'}"
        lines.append(f"| {engine} | {fmt(res.get('decode_tok_s'))} | {ratios[0]} | {fmt(res.get('prefill_tok_s'))} | "
                     f"{ratios[1]} | {fmt(res.get('load_s'), 1)} | {fmt(res.get('peak_rss_mb'), 0)} | {agree} |")
    dc, pc = result["decode_cost"], result["prefill_cost"]
    lines.append("")
    llc = last_level_cache_bytes()
    if llc and result["weight_bytes"] < llc:
        lines.append(f"- the weights ({result['weight_bytes'] / 1e6:.0f} MB) fit in the last-level cache "
                     f"({llc / 1e6:.0f} MB): decode reads them from cache, the DRAM roofline below is not a bound")
    def span(key):
        lo, hi = rl.get(f"{key}_range", [rl[key], rl[key]])
        return f"{rl[key]:.1f}" if lo == hi else f"{rl[key]:.1f} (range {lo:.1f}-{hi:.1f})"

    if "decode_roofline_tok_s" in rl:
        lines.append(f"- DRAM roofline (decode): {dc['bytes'] / 1e9:.3f} GB/token; bandwidth probed around each rlx "
                     f"decode run {span('bandwidth_gbps')} GB/s = {rl['decode_roofline_tok_s']:,.1f} tok/s; rlx "
                     f"reaches {100 * rl.get('rlx_decode_fraction', 0):.0f}% (median per-run fraction; "
                     f"{rl.get('rlx_decode_gbps', 0):.1f} GB/s)")
    if "prefill_roofline_tok_s" in rl:
        lines.append(f"- FMA roofline (prefill): {pc['flops'] / 1e9:.3f} GFLOP/token (what last-token logits need; "
                     f"{pc.get('all_rows_flops', pc['flops']) / 1e9:.3f} with every layer at every token); "
                     f"FMA peak probed around each rlx "
                     f"prefill run {span('fma_gflops')} GFLOP/s = {rl['prefill_roofline_tok_s']:,.1f} tok/s; rlx "
                     f"reaches {100 * rl.get('rlx_prefill_fraction', 0):.0f}% (median per-run fraction; "
                     f"{rl.get('rlx_prefill_gflops', 0):.1f} GFLOP/s)")
    targets = []
    for metric, peer, want in (TARGETS.get(name, []) if quant == "f32" else QUANT_TARGETS.get((name, quant), [])):
        if peer == "roofline":
            got = rl.get(f"rlx_{metric}_fraction")
            label = f"{metric} ≥ {want:.0%} of roofline"
        elif peer == "rlx f32":
            got = result.get("vs_f32", {}).get(metric)
            label = f"{metric} ≥ {want:g}× rlx f32"
        else:
            got = speedup(rlx, engines.get(peer, {}), metric)
            label = f"{metric} ≥ {want:g}× {peer}"
        status = "n/a" if got is None else ("met" if got >= want else "missed")
        shown = "—" if got is None else (f"{got:.0%}" if peer == "roofline" else f"{got:.2f}×")
        targets.append(f"{label}: {shown} ({status})")
        result.setdefault("targets", []).append({"metric": metric, "against": peer, "want": want,
                                                 "got": got, "status": status})
    isas = [f"{e} {engines[e]['isa']}" for e in args.engines if engines.get(e, {}).get("isa")]
    if isas:
        lines.append("- instruction sets: " + "; ".join(isas))
    if targets:
        lines.append("- targets: " + "; ".join(targets))
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default="tiny,0.6b",
                    help=f"comma list of {', '.join(models.MODELS)} (default tiny,0.6b)")
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1,
                    help="threads of every engine (default: every CPU)")
    ap.add_argument("--prompt", type=int, default=128, help="decode: prompt tokens before decoding")
    ap.add_argument("--decode", type=int, default=64, help="decode: tokens generated and timed")
    ap.add_argument("--prefill", type=int, default=512, help="prefill: prompt tokens (last-token logits)")
    ap.add_argument("--repeats", type=int, default=5,
                    help="rounds (each: one prefill and one decode per engine); medians are reported")
    ap.add_argument("--engines", default=",".join(ALL_ENGINES), help="comma list of engines")
    ap.add_argument("--quant", default="f32",
                    help=f"comma list of weight formats ({', '.join(FORMATS['rlx'])}): each is a run of the "
                         f"engines that have it, on the same checkpoint (llama.cpp: a GGUF of that type)")
    ap.add_argument("--kv", default="f32", choices=("f32", "bf16", "f16"),
                    help="the KV cache format of rlx and llama.cpp (the others keep theirs); with a long "
                         "--prompt (e.g. --prompt 4096 --decode 32) decode reads more KV than weights")
    ap.add_argument("--json", type=Path, help="write all results to this file")
    ap.add_argument("--accuracy", action="store_true",
                    help="instead of timing: each --quant format's mean KL divergence and top-1 agreement "
                         "against rlx f32 over --accuracy-tokens teacher-forced positions, rlx and llama.cpp")
    ap.add_argument("--accuracy-tokens", type=int, default=256, help="positions of the accuracy table")
    ap.add_argument("--report", action="store_true", help="also print rlx's per-kernel roofline report")
    ap.add_argument("--no-probes", action="store_true", help="skip the bandwidth / FMA probes")
    ap.add_argument("--no-cache", action="store_true", help="rlx: compile in process, not via the compile cache")
    ap.add_argument("--timeout", type=float, default=600, help="seconds for the probes")
    ap.add_argument("--target", default="host",
                    help="the CPU to time code for (rlxc --target; e.g. x86-64-v3 for AVX2 code on an AVX-512 "
                         "host): rlx and the probes are compiled for it, torch is held to its instruction sets")
    ap.add_argument("--llama-cpp", type=Path,
                    help="a directory holding the llama_cpp build to time (scripts/build_llama_cpp.sh makes "
                         "one; with --target, one for that target)")
    args = ap.parse_args(argv)
    try:
        from .isa import target_features

        target_features(args.target)
    except Exception as err:
        ap.error(f"--target: {err}")
    if args.llama_cpp is not None and not (args.llama_cpp / "llama_cpp" / "__init__.py").is_file():
        ap.error(f"--llama-cpp: {args.llama_cpp} holds no llama_cpp package")
    args.engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    for e in args.engines:
        kind, checkout = split_engine(e)
        if kind not in ENGINES or (checkout is not None and kind != "rlx"):
            ap.error(f"unknown engine '{e}' (known: {', '.join(ENGINES)}, rlx@CHECKOUT)")
        if checkout is not None and not (checkout / "bench" / "worker.py").is_file():
            ap.error(f"engine '{e}': {checkout} is not an rlx checkout (no bench/worker.py)")
    quants = [q.strip() for q in args.quant.split(",") if q.strip()]
    for q in quants:
        if q not in FORMATS["rlx"]:
            ap.error(f"unknown format '{q}' (known: {', '.join(FORMATS['rlx'])})")
    names = [m.strip() for m in args.model.split(",") if m.strip()]
    for m in names:
        if m not in models.MODELS:
            ap.error(f"unknown model '{m}' (known: {', '.join(models.MODELS)})")

    if args.accuracy:
        from .accuracy import accuracy_table

        results = {}
        for name in names:
            text, results[name] = accuracy_table(name, models.checkpoint(name, log=log), quants, args.engines,
                                                 args.accuracy_tokens, args.threads, child_env(args.threads),
                                                 llama_cpp=args.llama_cpp)
            print(text + "\n")
        if args.json:
            args.json.write_text(json.dumps({"accuracy": results}, indent=2))
        return 0

    from rlx.lowering.llvm_target import host_cpu

    cpu_name, _ = host_cpu()
    meta = {"host": platform.node(), "cpu": cpu_name, "threads": args.threads,
            "omp_wait_policy": child_env(args.threads)["OMP_WAIT_POLICY"],
            "load_average": os.getloadavg(), "args": {k: (str(v) if isinstance(v, Path) else v)
                                                      for k, v in vars(args).items()}}
    probes = {}
    if not args.no_probes:
        log("[bench] probes: DRAM bandwidth and FMA peak ...")
        probes = run_probes(args.threads, args.timeout, args.target)
        if "error" in probes:
            log(f"[bench] probes failed: {probes['error']}")
        else:
            log(f"[bench] probes: {probes['bandwidth']['gbps']:.1f} GB/s, {probes['fma']['gflops']:.0f} GFLOP/s")
    results = []
    for name in names:
        for quant in quants:
            args.quant = quant
            result = bench_model(name, args)
            result["roofline"] = roofline_numbers(result, probes)
            results.append(result)
        compare_formats([r for r in results if r["model"] == name])
    args.quant = ",".join(quants)
    on = "" if args.target == "host" else f", code for target {args.target}"
    print(f"## rlx benchmark — {cpu_name}{on}, {args.threads} threads, OMP_WAIT_POLICY={meta['omp_wait_policy']}, "
          f"median of {args.repeats}\n")
    if probes and "error" not in probes:
        print(f"Probes: DRAM read {probes['bandwidth']['gbps']:.1f} GB/s (generated vector sum over 1 GiB; "
              f"numpy 1-thread sum {probes['bandwidth']['numpy_sum_1thread_gbps']:.1f}); FMA peak "
              f"{probes['fma']['gflops']:.0f} GFLOP/s (generated register-only FMA chains; numpy sgemm "
              f"{probes['fma']['numpy_sgemm_gflops']:.0f})\n")
    for result in results:
        print(table(result, probes, args))
        print()
    if args.report:
        from .report import report_for

        for result in results:
            print(f"#### {result.get('quant', 'f32')} weights\n")
            print(report_for(Path(result["dir"]), args, result.get("quant", "f32")))
    meta["load_average_end"] = os.getloadavg()
    if args.json:
        args.json.write_text(json.dumps({"meta": meta, "probes": probes, "results": results}, indent=2))
        log(f"[bench] wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
