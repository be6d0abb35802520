"""Slots: several sequences over one compiled model, each at its own position.

The slotted decode (``decode_slots``) advances any set of slots in one native call; each
row reads and writes its own slot of the KV caches at its own position. Every check here
holds it to the batch-1 :class:`Session` running each sequence alone.
"""

from __future__ import annotations

import numpy as np
import pytest

from conftest import FIXTURES, WINDOW_FIXTURES, expected, rel_err, session_for
from test_aot import cache_dir, cli, compiled, so_dir  # noqa: F401  (fixtures)
from rlx.runtime.errors import RuntimeLimitError, ShapeError
from rlx.runtime.slots import CompiledSlots, SessionSlots

SLOTS = 4
PROMPTS = [[1, 2, 3], [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14], [15], [16, 17, 18, 19, 20]]
#: decode logits of one sequence in a batch of rows against the same sequence alone: the
#: matmuls sum in another order for another row count
TOLERANCE = 2e-4


@pytest.fixture(scope="module")
def engine() -> CompiledSlots:
    import rlxc

    # 4-token prompt chunks: the longer prompts take several prefill calls
    return rlxc.load(FIXTURES["tiny-qwen3"], max_seq=64, slots=SLOTS, max_tokens=4)


def alone(prompt: list[int], steps: int) -> tuple[list[int], list[np.ndarray]]:
    """Greedy tokens and the logits of every step of ``prompt`` run alone in a Session."""
    session = session_for("tiny-qwen3")
    logits = session.prefill(np.array([prompt]), last_only=True)[0, -1]
    tokens, seen = [], []
    for _ in range(steps):
        seen.append(logits)
        tokens.append(int(logits.argmax()))
        logits = session.decode(np.array([[tokens[-1]]]))[0, 0]
    return tokens, seen


def prefill(engine, slot: int, prompt: list[int]) -> np.ndarray:
    logits = None
    for start in range(0, len(prompt), engine.chunk):
        logits = engine.prefill(slot, prompt[start:start + engine.chunk])
    return logits


def test_a_model_with_the_slotted_decode_gets_the_batched_engine(engine):
    assert isinstance(engine, CompiledSlots)
    assert (engine.slots, engine.max_seq, engine.chunk) == (SLOTS, 64, 4)
    spec = engine.manifest.entries["decode_slots"]
    assert spec.id_bounds == {"input_ids": 1024, "slot_ids": "SLOTS", "positions": "PAST_SEQ+1"}
    assert spec.distinct_ids == ("slot_ids",)


def test_slots_at_different_positions_match_each_sequence_alone(engine):
    """Slots join at different steps, run in a shuffled row order, and one is reused after a
    reset: every step's logits are those of its sequence alone."""
    steps = 6
    want = [alone(p, steps) for p in PROMPTS]
    for slot in range(SLOTS):
        engine.reset(slot)
    got = {s: [] for s in range(SLOTS)}
    last = {}
    joins = {0: [0, 1], 2: [2], 3: [3]}  # step -> slots whose prompt arrives then
    rng = np.random.default_rng(0)
    for step in range(steps + 3):
        for slot in joins.get(step, []):
            logits = prefill(engine, slot, PROMPTS[slot])
            got[slot].append(logits)
            last[slot] = int(logits.argmax())
        live = [s for s in last if len(got[s]) < steps]
        if not live:
            break
        order = list(rng.permutation(live))
        logits = engine.decode(order, [last[s] for s in order])
        for row, slot in enumerate(order):
            got[slot].append(logits[row])
            last[slot] = int(logits[row].argmax())
    for slot, (tokens, logits) in enumerate(want):
        assert [int(x.argmax()) for x in got[slot]] == tokens, f"slot {slot}"
        np.testing.assert_allclose(np.array(got[slot]), np.array(logits), atol=TOLERANCE, rtol=0)
    # a reset slot starts over without touching the others
    engine.reset(1)
    assert engine.lengths()[1] == 0 and engine.lengths()[0] == len(PROMPTS[0]) + steps - 1
    np.testing.assert_allclose(prefill(engine, 1, PROMPTS[1]), want[1][1][0], atol=TOLERANCE, rtol=0)


#: one windowed fixture in the fast set (CI time): the slotted kernel is the same for both
@pytest.mark.parametrize("name", [pytest.param(n, marks=[] if n == "mistral-swa" else [pytest.mark.slow])
                                  for n in WINDOW_FIXTURES])
def test_windowed_slots_match_transformers(name):
    """Sliding windows in the slotted decode: two slots at different positions, each
    step's window starting at its own row's position, against transformers -- one slot
    teacher-forced through the long prompt, the other continuing a prompt greedily."""
    import rlxc

    ref = expected(name)
    long_ids, want = ref["long_ids"][0].tolist(), ref["long_logits"][0]
    engine = rlxc.load(FIXTURES[name], max_seq=64, slots=2, max_tokens=16)
    assert isinstance(engine, CompiledSlots)
    prefill(engine, 0, long_ids[:12])
    tokens = [int(prefill(engine, 1, ref["prompt_ids"][0].tolist()).argmax())]
    steps = []
    for i in range(12, len(long_ids)):
        logits = engine.decode([0, 1], [long_ids[i], tokens[-1]])
        steps.append(logits[0])
        tokens.append(int(logits[1].argmax()))
    assert rel_err(np.array(steps), want[12:]) <= 1e-4
    assert tokens == ref["greedy_ids"][0][:len(tokens)].tolist()


def test_one_row_decode_equals_the_session(engine):
    engine.reset(3)
    tokens, logits = alone(PROMPTS[0], 3)
    first = prefill(engine, 3, PROMPTS[0])
    step = engine.decode([3], [tokens[0]])[0]
    np.testing.assert_allclose(first, logits[0], atol=TOLERANCE, rtol=0)
    np.testing.assert_allclose(step, logits[1], atol=TOLERANCE, rtol=0)


@pytest.mark.parametrize("slots, tokens, error, fragment", [
    ([0, 0], [1, 2], ShapeError, "a slot appears twice"),
    ([4], [1], ShapeError, "slot 4 is not one of the 4 slots"),
    ([-1], [1], ShapeError, "slot -1 is not one of the 4 slots"),
    ([0, 1], [1], ShapeError, "must be 1-D of one length"),
    ([0], [1024], RuntimeLimitError, "token id 1024 is outside the vocabulary"),
    ([0.5], [1], ShapeError, "must be integers"),
])
def test_bad_steps_are_refused_before_native_code(engine, slots, tokens, error, fragment):
    engine.reset(0)
    engine.prefill(0, [1, 2])
    with pytest.raises(error, match=fragment):
        engine.decode(slots, tokens)
    assert engine.lengths()[0] == 2  # nothing was appended


def test_native_entry_checks_the_row_tables(engine):
    """Called directly, the slotted entry refuses slots and positions the runtime must
    never pass: a position past PAST_SEQ, a slot twice, a slot past SLOTS."""
    entry = engine.entries["decode_slots"]
    symbols = {"ROWS": 2, "SLOTS": SLOTS, "PAST_SEQ": 3, "MAX_SEQ": 64}

    def call(slot_ids, positions):
        buffers = {"input_ids": np.ones((2, 1), np.int32), "slot_ids": np.array(slot_ids, np.int32),
                   "positions": np.array(positions, np.int32),
                   "logits": np.empty((2, 1, 1024), np.float32), **engine.caches}
        entry.call(buffers, symbols)

    with pytest.raises(RuntimeLimitError, match=r"positions: value 4 is outside \[0, 4\) \(PAST_SEQ\+1\)"):
        call([0, 1], [4, 0])
    with pytest.raises(ShapeError, match="slot_ids holds a value twice"):
        call([1, 1], [0, 0])
    with pytest.raises(RuntimeLimitError, match=r"slot_ids: value 4 is outside \[0, 4\) \(SLOTS\)"):
        call([4, 1], [0, 0])


def test_a_full_slot_and_a_bad_chunk_are_refused(engine):
    engine.reset(2)
    with pytest.raises(ShapeError, match="a chunk is 1-D with 1 to 4 integer token ids"):
        engine.prefill(2, [1, 2, 3, 4, 5])
    with pytest.raises(ShapeError, match="a chunk is 1-D"):
        engine.prefill(2, [])
    for _ in range(16):
        engine.prefill(2, [1, 2, 3, 4])
    with pytest.raises(RuntimeLimitError, match="slot 2 is full"):
        engine.decode([2], [1])
    with pytest.raises(RuntimeLimitError, match="slot 2 holds 64 tokens; 1 more exceed"):
        engine.prefill(2, [1])


@pytest.mark.slow  # the fallback also runs under rlxc serve --engine sessions (tests/test_serve_scheduler.py)
def test_a_shared_object_without_the_slotted_decode_serves_slots_through_sessions(so_dir):  # noqa: F811
    import rlxc

    engine = rlxc.load(compiled(so_dir, "tiny-qwen3"), slots=2)  # the .so test_aot compiles anyway
    assert isinstance(engine, SessionSlots) and engine.slots == 2
    tokens, _ = alone(PROMPTS[2], 2)
    assert int(engine.prefill(1, PROMPTS[2]).argmax()) == tokens[0]
    assert int(engine.decode([1], [tokens[0]])[0].argmax()) == tokens[1]


def test_compile_slot_decode_gives_a_shared_object_with_the_batched_engine(tmp_path):
    import rlxc

    so = tmp_path / "tiny.so"
    done = cli("compile", str(FIXTURES["tiny-qwen3"]), "-o", str(so), "--max-seq", "64", "--slot-decode")
    assert done.returncode == 0, done.stderr
    engine = rlxc.load(so, slots=2)
    assert isinstance(engine, CompiledSlots) and engine.max_seq == 64
    tokens, logits = alone(PROMPTS[3], 2)
    np.testing.assert_allclose(engine.prefill(0, PROMPTS[3]), logits[0], atol=TOLERANCE, rtol=0)
    np.testing.assert_allclose(engine.decode([0], [tokens[0]])[0], logits[1], atol=TOLERANCE, rtol=0)


def test_the_prompt_chunk_does_not_bound_the_slots(engine):
    """max_tokens=4 (the chunk) leaves the slotted decode its own bound on rows."""
    assert engine.chunk == 4 and engine.manifest.entries["decode_slots"].bound("ROWS") == 64


def test_too_many_slots_for_the_compiled_rows(engine):
    with pytest.raises(RuntimeLimitError, match="65 slots exceed the 64 rows per decode step"):
        CompiledSlots(engine.manifest, engine.keepalive.address, None, 64, 65)


def test_a_head_dim_the_slotted_attention_cannot_take_falls_back_to_sessions():
    """rlxc.load(slots=) of such a model serves the slots through sessions; rlxc compile
    --slot-decode of it is a one-line error."""
    import dataclasses

    from rlx.runtime.errors import ConfigError
    from rlxc.api import check_slotted
    from rlxc.model_file import read_model_spec

    spec = read_model_spec(FIXTURES["tiny-qwen3"])
    odd = dataclasses.replace(spec, config=dataclasses.replace(spec.config, head_dim=12))
    assert check_slotted(spec, None, 2).slot_decode
    assert not check_slotted(odd, None, 2).slot_decode
    with pytest.raises(ConfigError, match="the slotted decode needs head_dim a multiple of 8, got 12"):
        check_slotted(odd, None, 1, required=True)
