"""``rlxc tune``: time the kernel choices a model's prefill could use, on this host.

A model's kernels are the ones its compile would make (the L3 module of
``mlir_pipeline`` for the target and weight format, with the built-in choices). Each
matmul that a prefill call runs over many rows, and each blocked prefill attention,
is JIT-compiled once per candidate of :mod:`rlx.lowering.kernels.select`
(``block_candidates``, ``attention_step_candidates``), checked against the built-in
choice's output and timed on shared random inputs of ``rows`` tokens, all candidates
in interleaved rounds (:func:`measure`); the one with the largest median per-round
speed-up wins only when that beats the built-in one by more than ``MARGIN`` (else the
built-in choice stays). The winners go to the tuning record (:mod:`rlxc.tuning`) that
later compiles for the same target read.

The timing core is also ``python -m bench.blocks``'.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np

#: a candidate must beat the built-in choice by this fraction to replace it (the machine
#: is noisy: a tie keeps the choice every other host also gets)
MARGIN = 0.03
#: output agreement of a candidate with the built-in choice (only the summation order differs)
RTOL, ATOL = 1e-4, 1e-3


@dataclasses.dataclass(frozen=True)
class Measured:
    """One kernel's timings: GFLOP/s and speed-up over the built-in choice per choice
    (the built-in one first), and the winner."""

    name: str
    default: str
    gflops: dict[str, float]  #: median over the rounds
    wrong: tuple[str, ...] = ()  # choices whose output differed (never chosen)
    #: the median over the rounds of the built-in choice's time / this choice's
    speedup: dict[str, float] = dataclasses.field(default_factory=dict)

    @property
    def choice(self) -> str:
        best = max((c for c in self.speedup if c not in self.wrong), key=self.speedup.__getitem__)
        return best if self.speedup[best] > 1 + MARGIN else self.default

    def entry(self, rows: int, threads: int) -> dict[str, Any]:
        return {"choice": self.choice, "default": self.default, "rows": rows, "threads": threads,
                "gflops": {c: round(g, 1) for c, g in self.gflops.items()},
                "speedup": {c: round(r, 3) for c, r in self.speedup.items()}, "wrong": list(self.wrong)}


# -- timing one kernel spec

def call_seconds(call: Callable[[], Any], repeats: int) -> list[float]:
    """The wall time of each of ``repeats`` calls (also the bench probes' timer)."""
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        call()
        times.append(time.perf_counter() - t0)
    return times


def median_seconds(call: Callable[[], Any], repeats: int) -> float:
    call()  # first touch of the buffers, the OpenMP team
    return float(np.median(call_seconds(call, repeats)))


def packed_weight(w: np.ndarray, weight_format: str) -> np.ndarray:
    """``w [n, k]`` as the kernels read it in ``weight_format`` (what the runtime packs)."""
    from rlx.runtime.packing import bf16_bits, pack_linear_weight
    from rlx.runtime.quant import pack_q4_0, pack_q8_0

    if weight_format == "q8_0":
        return pack_q8_0(w)
    if weight_format == "q4_0":
        return pack_q4_0(w)
    if weight_format == "bf16":
        return pack_linear_weight(bf16_bits(w))
    if weight_format == "f16":
        return pack_linear_weight(w.astype(np.float16))
    return pack_linear_weight(w)


def _kv_buffer(values: np.ndarray, kv_format: str) -> np.ndarray:
    from rlx.runtime.packing import bf16_bits

    if kv_format == "bf16":
        return bf16_bits(values)
    if kv_format == "f16":
        return values.astype(np.float16)
    return values


def _jit(spec, target, threads: int):
    from rlx.lowering import kernels as K

    return K.jit_alone(K.build(spec), target, threads)


@dataclasses.dataclass
class KernelInputs:
    """Random inputs of one kernel shape and the buffers its outputs go to: every
    candidate of the shape reads and writes them alike (the candidates differ in their
    register blocks and steps only), so they share one set."""

    args: list[int]  #: the call's arguments: buffer addresses, then sizes
    outputs: list[np.ndarray]
    flops: float  #: per call
    keep: tuple = ()  #: the input arrays ``args`` points into

    def output(self) -> np.ndarray:
        """A copy of what the last call wrote."""
        return np.concatenate(self.outputs)


def matmul_inputs(spec, rows: int) -> KernelInputs:
    """A dense matmul spec over ``rows`` rows of random ``x``."""
    rng = np.random.default_rng(0)
    x = rng.standard_normal(rows * (spec.x_stride or spec.k)).astype(np.float32)  # padded rows: at their stride
    shapes = [spec.ns[0]] * 2 if spec.family == "linear_swiglu" else list(spec.ns)
    ws = [packed_weight((rng.standard_normal((n, spec.k)) * 0.05).astype(np.float32), spec.weight_format)
          for n in shapes]
    biases = [rng.standard_normal(n).astype(np.float32) for n in spec.ns] if spec.bias else []
    residual = [rng.standard_normal(rows * spec.n).astype(np.float32)] if spec.residual else []
    outs = [np.zeros(rows * (spec.out_stride or n), dtype=np.float32) for n in spec.ns]
    arrays = [x, *ws, *biases, *residual]
    return KernelInputs([a.ctypes.data for a in arrays + outs] + [rows], outs,
                        2 * rows * spec.k * sum(shapes), tuple(arrays))


def attention_inputs(spec, rows: int) -> KernelInputs:
    """A causal blocked attention over ``rows`` new positions (a first prefill chunk:
    the caches hold just them)."""
    rng = np.random.default_rng(0)
    nh, nkv, hd = spec.num_heads, spec.num_kv_heads, spec.head_dim
    q = rng.standard_normal(rows * nh * hd).astype(np.float32)
    k, v = (_kv_buffer(rng.standard_normal(rows * nkv * hd).astype(np.float32), spec.kv_format) for _ in range(2))
    out = np.zeros(rows * (spec.out_stride or nh * hd), dtype=np.float32)
    visible = rows * (rows + 1) / 2 if spec.causal else rows * rows
    return KernelInputs([q.ctypes.data, k.ctypes.data, v.ctypes.data, out.ctypes.data, 1, rows, rows, rows],
                        [out], 4 * nh * hd * visible, (q, k, v))


def kernel_inputs(spec, rows: int) -> KernelInputs:
    from rlx.lowering.kernels.spec import MatmulSpec

    return (matmul_inputs if isinstance(spec, MatmulSpec) else attention_inputs)(spec, rows)


def time_spec(spec, target, rows: int, repeats: int, threads: int = 0) -> tuple[float, np.ndarray]:
    """(GFLOP/s, output) of one kernel spec, compiled for ``target`` with its parallel
    loops on ``threads`` (0: all cores): the median of ``repeats`` calls."""
    inputs = kernel_inputs(spec, rows)
    fn = _jit(spec, target, threads)
    seconds = median_seconds(lambda: fn(*inputs.args), repeats)
    return inputs.flops / seconds / 1e9, inputs.output()


def interleaved_seconds(fns: list[Callable[[], Any]], rounds: int) -> list[list[float]]:
    """Each call's time in each of ``rounds`` rounds; a round calls every function once,
    each round starting one further along (every one takes its turn first)."""
    seconds: list[list[float]] = [[] for _ in fns]
    for r in range(rounds):
        for i in [(r + j) % len(fns) for j in range(len(fns))]:
            t0 = time.perf_counter()
            fns[i]()
            seconds[i].append(time.perf_counter() - t0)
    return seconds


# -- a model's tunable kernels

def tunable(spec) -> bool:
    """A dense matmul, or a blocked causal attention without a mask, window or ring."""
    from rlx.lowering.kernels.spec import AttentionSpec, MatmulSpec

    if isinstance(spec, MatmulSpec):
        return True
    return (isinstance(spec, AttentionSpec) and spec.variant == "blocked" and spec.causal
            and not spec.has_mask and not spec.window and not spec.ring)


def candidates(spec, target) -> list[tuple[str, Any]]:
    """(choice text, spec) of every candidate, the built-in choice first."""
    from rlx.lowering.kernels import tuning
    from rlx.lowering.kernels.spec import MatmulSpec

    if isinstance(spec, MatmulSpec):
        return [(str(b), tuning.with_block(spec, b, target)) for b in tuning.block_candidates(spec, target)]
    return [(tuning.attention_steps_text(*steps), tuning.with_attention_steps(spec, *steps, target=target))
            for steps in tuning.attention_step_candidates(spec, target)]


def model_kernels(model: str, options, weights: str | None = None) -> tuple[list, Any]:
    """(the specs of the kernels ``model``'s compile makes that a prefill runs over many
    rows -- a matmul called with the symbolic row count, a blocked attention -- with the
    built-in choices, in the order they are first called; the module's profile)."""
    from xdsl.dialects import arith, func

    from rlxc.aot import limit_options
    from rlxc.compiler import entry_profiles, merge, module_profile
    from rlxc.model_file import build_flows, choose_max_seq, open_model_weights, read_model_spec
    from rlxc.passes import mlir_pipeline
    from rlxc.pipeline import run_pipeline
    from rlx.lowering.kernels.spec import MatmulSpec, spec_from_attr

    spec = read_model_spec(model)
    source = open_model_weights(spec, weights)
    capacity = choose_max_seq(spec.config, None)
    spec = spec.with_capacity(capacity)
    options = limit_options(options, capacity).for_checkpoint(source)
    builts = build_flows(spec, source, spec.batch(None), options.prefill_tokens())
    profiles = entry_profiles(builts, options)
    profile = module_profile(profiles)
    module = merge(builts, profiles)
    run_pipeline(module, mlir_pipeline(profile.max_tokens, False, profile.target, profile.precision,
                                       profile.head_precision, profile.kv_format))
    kernels = {fn.sym_name.data: spec_from_attr(fn.attributes["rlx.kernel"])
               for fn in module.ops if isinstance(fn, func.FuncOp) and "rlx.kernel" in fn.attributes}
    many_rows: list[str] = []
    for call in _calls(module):
        k = kernels.get(call.callee.root_reference.data)
        if k is None or not tunable(k) or k.name in many_rows:
            continue
        if isinstance(k, MatmulSpec) and isinstance(call.arguments[-1].owner, arith.ConstantOp):
            continue  # a fixed row count: the LM head of one row, a decode step
        many_rows.append(k.name)
    by_name = {k.name: k for k in kernels.values()}
    return [by_name[n] for n in many_rows], profile


def _calls(module) -> Iterator:
    from xdsl.dialects import func

    for fn in module.ops:
        if isinstance(fn, func.FuncOp) and "rlx.entry" in fn.attributes:
            for op in fn.walk():
                if isinstance(op, func.CallOp):
                    yield op


def measure(spec, target, rows: int, repeats: int, threads: int = 0,
            choices: list[tuple[str, Any]] | None = None) -> Measured:
    """Time every candidate of ``spec`` (or ``choices``: (text, spec), the built-in one
    first) in ``repeats`` interleaved rounds on one set of inputs, after checking each
    one's output against the built-in choice's.

    Why interleaved: a shared machine's speed drifts within seconds (another tenant, the
    memory's phases), and timing one candidate after another credits the drift to
    whichever ran in a fast stretch. A candidate's speed-up is the median over rounds of
    the built-in choice's time over its own in the same round, as ``python -m bench``
    compares engines."""
    choices = choices or candidates(spec, target)
    inputs = kernel_inputs(spec, rows)
    fns = [_jit(candidate, target, threads) for _, candidate in choices]
    calls = [lambda fn=fn: fn(*inputs.args) for fn in fns]
    wrong: list[str] = []
    want = None
    for (text, _), call in zip(choices, calls):
        for out in inputs.outputs:  # what a candidate leaves unwritten is NaN, not the last one's
            out.fill(np.nan)
        call()  # first touch of the buffers, the OpenMP team; then the output check
        got = inputs.output()
        if want is None:
            want = got
        elif not np.allclose(got, want, rtol=RTOL, atol=ATOL, equal_nan=True):  # NaN: padding both skip
            wrong.append(text)
    seconds = [np.array(s) for s in interleaved_seconds(calls, repeats)]
    texts = [text for text, _ in choices]
    return Measured(spec.name, texts[0],
                    {t: inputs.flops / float(np.median(s)) / 1e9 for t, s in zip(texts, seconds)},
                    tuple(wrong), {t: float(np.median(seconds[0] / s)) for t, s in zip(texts, seconds)})
