"""``python -m bench --report``: rlx's roofline per kernel, measured in a real run.

The model is compiled with ``rlx-instrument`` added to the default pipeline: every
kernel call of the entry functions is wrapped in ``rlx_prof_begin/end(site)``, two hooks
JIT-compiled here that add the ``rdtsc`` cycles of each call to a per-site counter
(~20 ns per call). A prefill (last-token logits) and a decode run are timed as in the
benchmark; each kernel's bytes and FLOPs per call come from
``lowering.kernels.kernel_cost`` of the kernel's spec, recorded with each call site by
``rlx-instrument`` (compulsory traffic: weights, activations, the KV rows read), with
the call's sizes evaluated at the run's ``SEQ`` / ``PAST_SEQ``. Times are
in the real run, so caches are as warm or as cold as they are when serving.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

_HOOKS = """
@rlx_prof_t0 = global i64 0
@rlx_prof_cycles = global [{n} x i64] zeroinitializer
@rlx_prof_calls = global [{n} x i64] zeroinitializer
declare i64 @llvm.readcyclecounter()
define void @rlx_prof_begin(i64 %s) {{
  %t = call i64 @llvm.readcyclecounter()
  store i64 %t, ptr @rlx_prof_t0
  ret void
}}
define void @rlx_prof_end(i64 %s) {{
  %t = call i64 @llvm.readcyclecounter()
  %t0 = load i64, ptr @rlx_prof_t0
  %d = sub i64 %t, %t0
  %p = getelementptr [{n} x i64], ptr @rlx_prof_cycles, i64 0, i64 %s
  %c = load i64, ptr %p
  %c2 = add i64 %c, %d
  store i64 %c2, ptr %p
  %q = getelementptr [{n} x i64], ptr @rlx_prof_calls, i64 0, i64 %s
  %k = load i64, ptr %q
  %k2 = add i64 %k, 1
  store i64 %k2, ptr %q
  ret void
}}
define i64 @rlx_prof_now() {{
  %t = call i64 @llvm.readcyclecounter()
  ret i64 %t
}}
"""


class Hooks:
    """The JIT-compiled timing hooks and their counters (numpy views)."""

    def __init__(self, n_sites: int):
        import llvmlite.binding as llvm

        from rlx.lowering.llvm_target import JITEngine
        from rlx.lowering.rlx_instrument import HOOKS

        n = max(1, n_sites)
        self.engine = JITEngine(_HOOKS.format(n=n))
        for name in HOOKS:
            llvm.add_symbol(name, self.engine.address_of(name))
        ee = self.engine._engine
        self.cycles = np.ctypeslib.as_array((ctypes.c_int64 * n).from_address(
            ee.get_global_value_address("rlx_prof_cycles")))
        self.calls = np.ctypeslib.as_array((ctypes.c_int64 * n).from_address(
            ee.get_global_value_address("rlx_prof_calls")))
        self.now = self.engine.function("rlx_prof_now", ctypes.c_int64)
        self.hz = self._calibrate()

    def _calibrate(self) -> float:
        c0, t0 = self.now(), time.perf_counter()
        time.sleep(0.2)
        c1, t1 = self.now(), time.perf_counter()
        return (c1 - c0) / (t1 - t0)

    def reset(self) -> None:
        self.cycles[:] = 0
        self.calls[:] = 0


def _evaluate(expr: str, symbols: dict) -> int:
    try:
        return int(eval(expr, {"__builtins__": {}}, dict(symbols)))  # our own size text
    except Exception:
        return 0


def instrumented_pipeline(max_tokens: int, threads: int = 0, target: str = "host", quant: str = "f32",
                          kv: str = "f32") -> str:
    from rlxc.passes import backend_pipeline, mlir_pipeline

    return (f"{mlir_pipeline(max_tokens, target=target, precision=quant, kv_format=kv)},rlx-instrument,"
            f"{backend_pipeline(threads, target=target)}")


def measure(model_dir: Path, prompt: int, decode: int, prefill: int, target: str = "host", quant: str = "f32",
            kv: str = "f32") -> dict:
    from .worker import token_ids
    from rlx.lowering.kernels import kernel_cost
    from rlx.lowering.rlx_instrument import HOOKS, sites_of
    from rlxc.aot import code_manifest_extras
    from rlxc.model_file import build_flows, open_model_weights, read_model_spec
    from rlxc.target import target_cpu
    from rlxc.compiler import CompileOptions, jit_engine, lower
    from rlx.runtime.abi import MAX_SEQ, PAST_SEQ, SEQ
    from rlx.runtime.session import Session

    spec = read_model_spec(model_dir)
    weights = open_model_weights(spec, None)
    max_seq = max(prompt + decode, prefill) + 8
    max_tokens = min(512, max_seq)
    options = CompileOptions(max_tokens=max_tokens, target=target, precision=quant, kv_format=kv,
                             pipeline=instrumented_pipeline(max_tokens, target=target, quant=quant, kv=kv))
    lowered = lower(build_flows(spec, weights, spec.batch(None)), options,
                    code_manifest_extras(spec, spec.batch(None), target_cpu(options.profile.target)),
                    provided=frozenset(HOOKS))
    sites = sites_of(lowered.module)
    hooks = Hooks(len(sites))
    engine = jit_engine(lowered)
    session = Session(lowered.manifest, engine.address_of, weights, max_seq, keepalive=engine)
    vocab = spec.config.vocab_size
    runs = {}

    # prefill, last-token logits
    ids = token_ids(vocab, prefill, 1)[None]
    session.reset()
    session.prefill(ids, last_only=True)  # warm-up
    session.reset()
    hooks.reset()
    t = time.perf_counter()
    session.prefill(ids, last_only=True)
    runs["prefill_last"] = {"wall_s": time.perf_counter() - t, "tokens": prefill,
                            "symbols": {SEQ: prefill, PAST_SEQ: 0, MAX_SEQ: max_seq},
                            "cycles": hooks.cycles.copy(), "calls": hooks.calls.copy()}
    # decode
    session.reset()
    session.prefill(token_ids(vocab, prompt, 2)[None], last_only=True)
    steps = token_ids(vocab, decode, 3)
    hooks.reset()
    t = time.perf_counter()
    for tok in steps:
        session.decode(np.array([[tok]], dtype=np.int32))
    runs["decode"] = {"wall_s": time.perf_counter() - t, "tokens": decode,
                      "symbols": {SEQ: 1, PAST_SEQ: prompt + (decode - 1) / 2, MAX_SEQ: max_seq},
                      "cycles": hooks.cycles.copy(), "calls": hooks.calls.copy()}
    out = {"model_dir": str(model_dir), "tsc_hz": hooks.hz, "runs": {}}
    for entry, run in runs.items():
        rows = defaultdict(lambda: {"calls": 0, "seconds": 0.0, "bytes": 0.0, "flops": 0.0})
        for i, site in enumerate(sites):
            if site["entry"] != entry or not run["calls"][i]:
                continue
            sizes = [_evaluate(s, run["symbols"]) for s in site["sizes"]]
            nbytes, flops = kernel_cost(site["spec"], sizes) if site["spec"] is not None else (0.0, 0.0)
            row = rows[site["kernel"]]
            calls = int(run["calls"][i])
            row["calls"] += calls
            row["seconds"] += run["cycles"][i] / hooks.hz
            row["bytes"] += nbytes * calls
            row["flops"] += flops * calls
        out["runs"][entry] = {"wall_s": run["wall_s"], "tokens": run["tokens"], "symbols": run["symbols"],
                              "kernels": dict(rows)}
    return out


def format_report(data: dict) -> str:
    lines = []
    for entry, run in data["runs"].items():
        tokens = run["tokens"]
        kernels = run["kernels"]
        total = sum(k["seconds"] for k in kernels.values())
        lines.append(f"#### rlx per-kernel roofline: {entry} ({tokens} tokens, "
                     f"{', '.join(f'{k}={v:g}' for k, v in run['symbols'].items())})")
        lines.append("")
        lines.append("| kernel | calls/token | µs/call | MB/call | MFLOP/call | GB/s | GFLOP/s | % time |")
        lines.append("|---|---:|---:|---:|---:|---:|---:|---:|")
        for name, k in sorted(kernels.items(), key=lambda kv: -kv[1]["seconds"]):
            calls = k["calls"]
            per = k["seconds"] / calls
            lines.append(f"| {name} | {calls / tokens:g} | {per * 1e6:,.1f} | {k['bytes'] / calls / 1e6:,.3f} | "
                         f"{k['flops'] / calls / 1e6:,.2f} | {k['bytes'] / k['seconds'] / 1e9:,.1f} | "
                         f"{k['flops'] / k['seconds'] / 1e9:,.1f} | {100 * k['seconds'] / total:.1f} |")
        nbytes = sum(k["bytes"] for k in kernels.values())
        flops = sum(k["flops"] for k in kernels.values())
        lines.append("")
        lines.append(f"Per token: {total / tokens * 1e3:,.3f} ms in kernels, {run['wall_s'] / tokens * 1e3:,.3f} ms "
                     f"wall ({100 * (1 - total / run['wall_s']):.0f}% outside kernels: Python, argument checks); "
                     f"{nbytes / tokens / 1e6:,.2f} MB, {flops / tokens / 1e6:,.1f} MFLOP; kernels average "
                     f"{nbytes / total / 1e9:,.1f} GB/s, {flops / total / 1e9:,.1f} GFLOP/s.")
        lines.append("")
    return "\n".join(lines)


def report_for(model_dir: Path, args, quant: str = "f32") -> str:
    """Run the report in a child process (its own OpenMP team and memory), the model's
    matmul weights in ``quant``."""
    import subprocess

    from .__main__ import child_env

    cmd = [sys.executable, "-m", "bench.report", str(model_dir), "--prompt", str(args.prompt),
           "--decode", str(args.decode), "--prefill", str(args.prefill), "--target", args.target, "--quant", quant,
           "--kv", getattr(args, "kv", "f32")]
    proc = subprocess.run(cmd, env=child_env(args.threads, target=args.target), capture_output=True, text=True)
    if proc.returncode != 0:
        lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
        return f"report failed: {lines[-1] if lines else proc.returncode}"
    return proc.stdout


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.report")
    ap.add_argument("model_dir", type=Path)
    ap.add_argument("--prompt", type=int, default=128)
    ap.add_argument("--decode", type=int, default=64)
    ap.add_argument("--prefill", type=int, default=512)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--target", default="host", help="the CPU to compile for (rlxc --target)")
    ap.add_argument("--quant", default="f32", help="the format of the matmul weights (rlxc --quant)")
    ap.add_argument("--kv", default="f32", choices=("f32", "bf16", "f16"), help="the KV cache format (rlxc --kv)")
    args = ap.parse_args(argv)
    data = measure(args.model_dir, args.prompt, args.decode, args.prefill, args.target, args.quant, args.kv)
    print(format_report(data))
    if args.json:
        args.json.write_text(json.dumps(data, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
