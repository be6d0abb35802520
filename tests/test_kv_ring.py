"""Ring-buffer KV caches of sliding-window layers: memory of the window, not of MAX_SEQ.

A windowed layer's K/V cache holds ``C = select.ring_rows(window, chunk, capacity)`` rows
(the window plus the prefill chunk but one, rounded up to the blocked attention's key
block) and the key at position ``j`` lives in row ``j mod C``; full layers keep
``MAX_SEQ`` rows. Checked for the kernels alone (a ring that has wrapped, every row
outside the window NaN), the IR verifiers, then end to end against transformers (the
fixtures' 40-token prompt) and ``numpy_ref`` (decode far past ``C``: the ring wraps
several times), with a batch of two, the slotted decode and a bf16 cache.
"""

from __future__ import annotations

import json
import os
import sys

import numpy as np
import pytest

import rlxc
from conftest import FIXTURES, WINDOW_FIXTURES, expected, rel_err
from rlx.lowering import kernels as K
from rlx.lowering.kernels import select
from rlx.runtime.errors import RuntimeLimitError

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numpy_ref as ref  # noqa: E402
from test_kernels import kernel  # noqa: E402
from test_kv_format import rounded, stored, widened  # noqa: E402

F32 = np.float32
WINDOW, CHUNK, MAX_SEQ = 6, 16, 160
#: the fixtures' ring: 6 + 16 - 1 rows, rounded up to the key block of 32
RING = 32
#: positions a decode runs to: the ring wraps four times
LONG = 150


def test_ring_rows_is_the_window_plus_a_chunk_rounded_to_the_key_block():
    assert select.ring_rows(WINDOW, CHUNK, MAX_SEQ) == RING
    assert select.ring_rows(4096, 512, 32768) == 4608  # mistral's window, llama.cpp's n_swa + n_ubatch
    assert select.ring_rows(4096, 512, 4608) == 0  # no fewer rows than the capacity: no ring
    assert select.ring_rows(0, 512, 32768) == 0  # a full layer


# ---------------------------------------------------------------- kernels


def ring_of(x: np.ndarray, ring: int, keep: range) -> np.ndarray:
    """The logical rows ``keep`` of ``x [B, T, D]`` at rows ``j mod ring`` of a NaN ring
    (bf16: the bits of a NaN)."""
    nan = 0x7FC0 if x.dtype == np.uint16 else np.nan
    cache = np.full((x.shape[0], ring, x.shape[2]), nan, x.dtype)
    for j in keep:
        cache[:, j % ring] = x[:, j]
    return cache


@pytest.mark.parametrize("fmt", ["f32", "bf16"])
def test_kv_write_wraps_around_the_ring(fmt):
    rng = np.random.default_rng(3)
    b, s, ring, dim, offset = 2, 6, 16, 20, 13  # rows 13, 14, 15, 0, 1, 2
    new = rng.standard_normal((b, s, dim)).astype(F32)
    cache = np.zeros((b, ring, dim), dtype=stored(new, fmt).dtype)
    fn = K.build(select.kv_write(dim, kv_format=fmt, ring=ring))
    assert fn.sym_name.data.endswith("_r16")
    kernel(lambda: fn)(new, cache, b, s, offset, ring)
    rows = [(offset + i) % ring for i in range(s)]
    assert cache[:, rows].tolist() == stored(new, fmt).tolist()
    assert not cache[:, [r for r in range(ring) if r not in rows]].any()


@pytest.mark.parametrize("fmt", ["f32", "bf16"])
@pytest.mark.parametrize("b,s,t,hd", [
    (2, 1, 77, 16),  # split-K decode
    (1, 21, 90, 16),  # blocked prefill: query blocks of 16, key blocks across the wrap
    (1, 5, 70, 12),  # any head_dim: the per-key kernel
])
def test_attention_reads_a_wrapped_ring_only_inside_the_window(fmt, b, s, t, hd):
    """Keys t-s-W+1 .. t-1 at rows j mod C of a ring that has wrapped twice, every other
    row NaN: the window's keys are all a query reads."""
    nh, nkv, window = 4, 2, 7
    ring = select.ring_rows(window, s, 10 ** 6)
    assert ring < t - s
    rng = np.random.default_rng(t + s)
    q = rng.standard_normal((b, s, nh * hd)).astype(F32)
    k, v = (stored(rng.standard_normal((b, t, nkv * hd)).astype(F32), fmt) for _ in range(2))
    keep = range(t - s - window + 1, t)
    kc, vc = ring_of(k, ring, keep), ring_of(v, ring, keep)
    out = np.full((b, s, nh * hd), np.nan, F32)
    spec = select.attention(nh, nkv, hd, True, False, s if s == 1 else None, kv_format=fmt, window=window,
                            ring=ring)
    fn = K.build(spec)
    assert fn.sym_name.data.endswith(f"_w{window}_r{ring}")
    kernel(lambda: fn)(q, kc, vc, out, b, s, t, ring)
    want = ref.attention(q, widened(k, fmt), widened(v, fmt), nh, nkv, hd, True, window=window)
    assert rel_err(out, want) < 1e-5


def test_the_slotted_decode_reads_each_rows_window_in_its_wrapped_ring():
    """Three rows, each its slot's ring wrapped at its own position, every other row NaN."""
    nh, nkv, hd, window, slots = 4, 2, 16, 7, 4
    ring = select.ring_rows(window, 1, 10 ** 6)
    slot_ids, positions = np.array([2, 0, 3], np.int32), np.array([40, 75, 6], np.int32)
    rng = np.random.default_rng(5)
    t = int(positions.max()) + 1
    q = rng.standard_normal((3, 1, nh * hd)).astype(F32)
    k, v = (rng.standard_normal((slots, t, nkv * hd)).astype(F32) for _ in range(2))
    kc, vc = (np.full((slots, ring, nkv * hd), np.nan, F32) for _ in range(2))
    for slot, pos in zip(slot_ids, positions):
        for cache, x in ((kc, k), (vc, v)):
            cache[slot] = ring_of(x[slot:slot + 1], ring, range(max(0, pos - window + 1), pos + 1))[0]
    out = np.full((3, 1, nh * hd), np.nan, F32)
    fn = K.build(select.attention(nh, nkv, hd, True, False, 1, slotted=True, window=window, ring=ring))
    kernel(lambda: fn)(q, kc, vc, slot_ids, positions, out, 3, 1, t, ring, slots)
    want = np.concatenate([ref.attention(q[b:b + 1], k[s:s + 1, :p + 1], v[s:s + 1, :p + 1], nh, nkv, hd, True,
                                         window=window) for b, (s, p) in enumerate(zip(slot_ids, positions))])
    assert rel_err(out, want) < 1e-5


def test_a_ring_smaller_than_the_window_is_refused():
    with pytest.raises(ValueError, match="a ring of 4 rows needs a window of at most as many"):
        select.attention(4, 2, 16, True, False, 1, window=6, ring=4)


# ---------------------------------------------------------------- the IR


@pytest.mark.parametrize("props, message", [
    ("causal, window = 6 : i64, ring = 4 : i64", "ring 4 needs a window of at most 4 rows"),
    ("causal, ring = 32 : i64", "ring 32 needs a window of at most 32 rows"),
])
def test_the_attention_verifier_checks_the_ring(props, message):
    from xdsl.parser import Parser
    from xdsl.utils.exceptions import VerifyException

    from rlxc.ir_text import context

    t = '!rlx.tensor<"1xSEQx16", f32>'
    kv = '!rlx.tensor<"1xSEQx8", f32>'
    text = (f"%a = rlx.attention %q, %k, %v {{num_heads = 2 : i64, num_kv_heads = 1 : i64, head_dim = 8 : i64, "
            f"{props}}} : {t}, {kv}, {kv} -> {t}")
    module = Parser(context(), f"""builtin.module {{
      func.func @f(%q: {t}, %k: {kv}, %v: {kv}) -> {t} {{
        {text}
        func.return %a : {t}
      }}
    }}""").parse_module()
    with pytest.raises(VerifyException, match=message):
        module.verify()


def test_the_kv_write_verifier_checks_the_ring_is_the_cache():
    from xdsl.parser import Parser
    from xdsl.utils.exceptions import VerifyException

    from rlxc.ir_text import context

    module = Parser(context(), """builtin.module {
      func.func @f(%k: !rlx.buffer<"1xSEQx8", f32>, %c: !rlx.buffer<"1x64x8", f32>) {
        rlx.kv_write %k, %c {offset = "PAST_SEQ", ring = 32 : i64} : !rlx.buffer<"1xSEQx8", f32>, !rlx.buffer<"1x64x8", f32>
        func.return
      }
    }""").parse_module()
    with pytest.raises(VerifyException, match="ring 32 is not the cache's 64 rows"):
        module.verify()


# ---------------------------------------------------------------- end to end

_sessions: dict = {}


def ring_session(name: str, **options):
    """A session of fixture ``name`` whose windowed layers have rings of :data:`RING` rows
    (prompt chunks of 16, capacity 160), cached for the module."""
    key = (name, tuple(sorted(options.items())))
    if key not in _sessions:
        _sessions[key] = rlxc.load(FIXTURES[name], max_seq=MAX_SEQ, max_tokens=CHUNK, **options)
    session = _sessions[key]
    session.reset()
    return session


def windowed_layers(name: str) -> list[bool]:
    cfg = json.loads((FIXTURES[name] / "config.json").read_text())
    return [True] * cfg["num_hidden_layers"] if cfg["model_type"] == "mistral" else \
        [t == "sliding_attention" for t in cfg["layer_types"]]


def long_ids(name: str) -> np.ndarray:
    """The fixture's 40-token prompt, then random tokens up to :data:`LONG`."""
    ids = expected(name)["long_ids"]
    more = np.random.default_rng(7).integers(0, 384, (1, LONG - ids.shape[1]))
    return np.concatenate([ids, more], axis=1)


def reference_logits(name: str, ids: np.ndarray, kv_store=None) -> np.ndarray:
    cfg = json.loads((FIXTURES[name] / "config.json").read_text())
    weights = ref.load_safetensors(FIXTURES[name] / "model.safetensors")
    return ref.forward(cfg, weights, ids, kv_store=kv_store)[0]


#: CI time: qwen2-swa (a full and a windowed layer) runs these in the slow set; the kernels
#: are mistral-swa's
FAST_FIXTURE = [pytest.param(n, marks=[] if n == "mistral-swa" else [pytest.mark.slow]) for n in WINDOW_FIXTURES]


@pytest.mark.parametrize("name", FAST_FIXTURE)
def test_windowed_layers_have_ring_caches_of_c_rows_full_layers_max_seq(name):
    session = ring_session(name)
    kv = 32  # 2 KV heads x head_dim 16
    for entry in ("prefill", "decode"):
        shapes = {a.name: a.shape for a in session.manifest.entries[entry].by_role("kv_cache")}
        for layer, windowed in enumerate(windowed_layers(name)):
            want = f"1x{RING}x{kv}" if windowed else f"1xMAX_SEQx{kv}"
            assert shapes[f"past_k_{layer}"] == shapes[f"past_v_{layer}"] == want
    for layer, windowed in enumerate(windowed_layers(name)):
        assert session.caches[f"past_k_{layer}"].shape == (1, RING if windowed else MAX_SEQ, kv)
    assert ("SEQ", str(RING - WINDOW + 1)) in [(c.low, c.high) for c in session.manifest.entries["prefill"].constraints]
    assert session.max_tokens == CHUNK


@pytest.mark.parametrize("name", FAST_FIXTURE)
def test_ring_prefill_and_decode_far_past_the_wrap_match_the_references(name):
    """The 40-token prompt in chunks of 16 against transformers; then teacher-forced decode
    steps to position 150 (the 32-row ring wraps four times) against numpy_ref."""
    ids, want = long_ids(name), expected(name)["long_logits"]
    session = ring_session(name)
    assert rel_err(session.prefill(ids[:, :40]), want) <= 1e-4
    session.reset()
    first = session.prefill(ids[:, :10])
    steps = np.concatenate([first] + [session.decode(ids[:, i:i + 1]) for i in range(10, LONG)], axis=1)
    assert rel_err(steps[:, :40], want) <= 1e-4
    assert rel_err(steps, reference_logits(name, ids)) <= 1e-4


def test_rows_outside_the_window_are_never_read():
    """After 100 tokens, NaN in every ring row but those of the window's keys 95..99
    changes nothing of the next step."""
    ids = long_ids("mistral-swa")
    session = ring_session("mistral-swa")
    session.prefill(ids[:, :100])
    want = reference_logits("mistral-swa", ids[:, :101])[:, 100:]
    keep = {j % RING for j in range(100 - WINDOW + 1, 100)}
    for cache in session.caches.values():
        cache[:, [r for r in range(RING) if r not in keep]] = np.nan
    assert rel_err(session.decode(ids[:, 100:101]), want) <= 1e-4


def test_a_direct_call_beyond_the_chunk_is_refused_before_native_code_runs():
    session = ring_session("mistral-swa")
    with pytest.raises(RuntimeLimitError, match="prefill: SEQ = 30 exceeds 27$"):  # the ring's bound, C - W + 1
        session._run("prefill", np.zeros((1, 30), np.int32))
    assert session.past == 0


@pytest.mark.slow  # CI time (13 s, a batch-2 compile): the batch code is the same as batch 1's, whose rings run in the fast set
def test_a_batch_of_two_with_rings_matches_transformers():
    ref_ = expected("mistral-swa")
    session = ring_session("mistral-swa", batch=2)
    assert rel_err(session.prefill(ref_["prompt_ids"]), ref_["prefill_logits"]) <= 1e-4
    assert session.generate(ref_["prompt_ids"], 32) == ref_["greedy_ids"].tolist()  # to position 39: wraps


@pytest.mark.slow  # CI time (17 s, a compile with the slotted decode): its kernel's ring is checked alone in the fast set
def test_slotted_decode_past_the_wrap_equals_the_session():
    """Two slots at different positions through the ring's wraps, each step against the
    same sequence alone in a Session (2e-4: another row count sums the matmuls in
    another order)."""
    ids = long_ids("mistral-swa")[0].tolist()
    engine = rlxc.load(FIXTURES["mistral-swa"], max_seq=MAX_SEQ, max_tokens=CHUNK, slots=2)
    assert engine.caches["past_k_0"].shape == (2, RING, 32)
    session = ring_session("mistral-swa")
    starts = (10, 37)
    alone = []
    for start in starts:
        session.reset()
        session.prefill(np.array([ids[:start]]))
        alone.append([session.decode(np.array([[ids[i]]]))[0, 0] for i in range(start, LONG - 40 + start)])
    for slot, start in enumerate(starts):
        for c in range(0, start, engine.chunk):
            engine.prefill(slot, ids[c:min(start, c + engine.chunk)])
    for step in range(LONG - 40):
        logits = engine.decode([0, 1], [ids[starts[0] + step], ids[starts[1] + step]])
        for slot in range(2):
            np.testing.assert_allclose(logits[slot], alone[slot][step], atol=2e-4, rtol=0)


@pytest.mark.slow  # CI time (~7 s): the bf16 ring's kernels are checked over a wrapped ring in the fast set
def test_a_bf16_ring_matches_the_rounded_reference():
    """A bf16 ring cache: decode steps to position 150 against numpy_ref with K/V rounded
    to bf16: the first chunk within 1e-4; 1e-3 after it, whose K/V (computed in chunks and
    steps, in another order than the reference's one forward) may round a tie the other
    way (2.3e-4 for the 40 tokens in chunks of 16, as with a MAX_SEQ-row cache: test_kv_format)."""
    ids = long_ids("mistral-swa")
    session = ring_session("mistral-swa", kv_format="bf16", precision="f32")
    assert session.caches["past_k_0"].shape == (1, RING, 32) and session.caches["past_k_0"].dtype == np.uint16
    got = np.concatenate([session.prefill(ids[:, :40])] + [session.decode(ids[:, i:i + 1]) for i in range(40, LONG)],
                         axis=1)
    want = reference_logits("mistral-swa", ids, kv_store=lambda x: rounded(x, "bf16"))
    assert rel_err(got[:, :CHUNK], want[:, :CHUNK]) < 1e-4 and rel_err(got, want) < 1e-3


def test_the_memory_check_and_the_roofline_count_a_windowed_layers_ring():
    """qwen2-swa (a full layer, a windowed one) at capacity 160, chunks of 16: 160 + 32 rows."""
    from rlx.bench.roofline import kv_cache_bytes
    from rlxc.model_file import read_model_spec
    from rlxc.models.memory import kv_cache_part

    want = (MAX_SEQ + RING) * 2 * 32 * 4
    part = kv_cache_part(read_model_spec(FIXTURES["qwen2-swa"]).config, 1, MAX_SEQ, CHUNK)
    assert part.nbytes == want and "1 windowed layers of 32 rows" in part.factors
    assert kv_cache_bytes(json.loads((FIXTURES["qwen2-swa"] / "config.json").read_text()), MAX_SEQ, CHUNK) == want
    assert kv_cache_part(read_model_spec(FIXTURES["qwen2-swa"]).config, 1, MAX_SEQ).nbytes == 2 * want - 2 * RING * 256


def test_only_a_sessions_windowed_layers_get_rings():
    """session_flows with a chunk rings every windowed layer's kv_concat and attention; a
    flow rebuilt from a session entry's options (a flow file) has none, nor has a session
    whose ring would not be smaller than its capacity."""
    from rlx.dialects import rlx
    from rlxc.model_file import qwen3_flow, read_model_spec, session_flows

    def rings(built) -> set[int]:
        return {op.ring_rows() for op in built.entry.walk() if isinstance(op, (rlx.KVConcatOp, rlx.AttentionOp))}

    cfg = read_model_spec(FIXTURES["mistral-swa"]).config
    builts = session_flows(cfg, None, 1, 512, slot_decode=True, chunk=CHUNK, capacity=MAX_SEQ)
    assert [rings(b) for b in builts] == [{RING}] * 4
    assert rings(qwen3_flow(cfg, builts[0].spec["options"], 512).build(None)) == {0}
    assert rings(session_flows(cfg, None, 1, 512, chunk=CHUNK, capacity=RING)[0]) == {0}
    qwen2 = session_flows(read_model_spec(FIXTURES["qwen2-swa"]).config, None, 1, 512, chunk=CHUNK, capacity=MAX_SEQ)
    # its full layer 0's K and V have no ring, its windowed layer 1's have one
    assert [op.ring_rows() for op in qwen2[0].entry.walk() if isinstance(op, rlx.KVConcatOp)] == [0, 0, RING, RING]
