"""Compiled models against Hugging Face transformers (fixtures from make_fixtures.py).

Every test here runs on every fixture it applies to in the fast set (CI): each fixture is
one compile, cached for the run (``session_for``), so all of them cost CI about a minute.
"""

from __future__ import annotations

import numpy as np
import pytest

from conftest import FIXTURES, ROPE_FIXTURES, SECOND_OF_A_FAMILY, WINDOW_FIXTURES, expected, rel_err, session_for

TOL = 1e-4


@pytest.fixture(params=list(FIXTURES))
def fixture_name(request) -> str:
    """Every fixture (conftest's own puts the RoPE kinds and the second of a family in the
    slow set, for the tests of other modules that take it)."""
    return request.param


def test_prefill_logits_match_transformers(fixture_name):
    ref = expected(fixture_name)
    session = session_for(fixture_name)
    logits = session.prefill(ref["prompt_ids"][:1])
    assert logits.shape == ref["prefill_logits"][:1].shape
    assert logits.dtype == np.float32
    assert rel_err(logits, ref["prefill_logits"][:1]) <= TOL


@pytest.mark.parametrize("name", ROPE_FIXTURES)
def test_rope_scaled_prefill_matches_transformers(name):
    """The RoPE scaling kinds: llama3 and yarn with a table of their own, linear and
    dynamic (a scaled and the unscaled table)."""
    ref = expected(name)
    logits = session_for(name).prefill(ref["prompt_ids"][:1])
    assert rel_err(logits, ref["prefill_logits"][:1]) <= TOL


@pytest.mark.parametrize("name", SECOND_OF_A_FAMILY)  # qwen2-swa: its layer types are test_config's
def test_the_second_fixture_of_a_family_prefills_as_transformers(name):
    """mixtral (bf16, every layer sparse) and qwen2-swa (a full and a windowed layer)."""
    ref = expected(name)
    logits = session_for(name).prefill(ref["prompt_ids"][:1])
    assert rel_err(logits, ref["prefill_logits"][:1]) <= TOL


def test_greedy_continuation_matches_transformers(fixture_name):
    ref = expected(fixture_name)
    session = session_for(fixture_name)
    tokens = session.generate(list(ref["prompt_ids"][0]), 32)
    assert tokens == [int(t) for t in ref["greedy_ids"][0]]


def test_step_by_step_decode_equals_prefill(fixture_name):
    ref = expected(fixture_name)
    ids = ref["prompt_ids"][:1]
    session = session_for(fixture_name)
    full = session.prefill(ids)
    session.reset()
    session.prefill(ids[:, :1])
    steps = [session.decode(ids[:, i:i + 1]) for i in range(1, ids.shape[1])]
    assert rel_err(np.concatenate(steps, axis=1), full[:, 1:]) <= TOL


def test_batch_of_two(fixture_name):
    ref = expected(fixture_name)
    session = session_for(fixture_name, batch=2)
    logits = session.prefill(ref["prompt_ids"])
    assert rel_err(logits, ref["prefill_logits"]) <= TOL
    tokens = session.generate(ref["prompt_ids"], 32)
    assert tokens == ref["greedy_ids"].tolist()


def test_chunked_prefill_equals_one_prefill():
    ref = expected("qwen2-bias")
    ids = ref["prompt_ids"][:1]
    session = session_for("qwen2-bias")
    session.prefill(ids[:, :3])
    rest = session.prefill(ids[:, 3:])
    assert rel_err(rest, ref["prefill_logits"][:1, 3:]) <= TOL


#: the sliding-window fixtures' prompt chunk: 40 tokens run as 16 + 16 + 8
CHUNK = 16


@pytest.mark.parametrize("name", WINDOW_FIXTURES)
def test_sliding_window_long_prompt_matches_transformers(name):
    """A 40-token prompt (window 6): in one prefill call (several query blocks, whose
    windows start mid-cache) and in chunks of 16 (each chunk's window reaching back into
    the one before), against transformers' logits."""
    ref = expected(name)
    ids, want = ref["long_ids"], ref["long_logits"]
    assert ids.shape[1] > CHUNK > 6
    assert rel_err(session_for(name).prefill(ids), want) <= TOL
    import rlxc

    chunked = rlxc.load(FIXTURES[name], max_seq=64, max_tokens=CHUNK)
    assert chunked.max_tokens == CHUNK
    assert rel_err(chunked.prefill(ids), want) <= TOL


@pytest.mark.parametrize("name", WINDOW_FIXTURES)
def test_sliding_window_decode_past_the_window(name):
    """Teacher-forced decode steps from position 10 to 39, each reading only the window of
    its windowed layers, against transformers' logits of the whole prompt."""
    ref = expected(name)
    ids, want = ref["long_ids"], ref["long_logits"]
    session = session_for(name)
    first = session.prefill(ids[:, :10])
    steps = [session.decode(ids[:, i:i + 1]) for i in range(10, ids.shape[1])]
    assert rel_err(first, want[:, :10]) <= TOL
    assert rel_err(np.concatenate(steps, axis=1), want[:, 10:]) <= TOL


def test_sliding_window_decode_reads_only_the_window():
    """mistral-swa windows every layer: a decode step at position 30 reads keys 25..30
    only, so NaN in every cache row before them changes nothing."""
    ref = expected("mistral-swa")
    ids, want = ref["long_ids"], ref["long_logits"]
    session = session_for("mistral-swa")
    session.prefill(ids[:, :30])
    for cache in session.caches.values():
        cache[:, :30 - 6 + 1] = np.nan
    assert rel_err(session.decode(ids[:, 30:31]), want[:, 30:31]) <= TOL
    session.reset()


def test_reset_forgets_the_cache():
    ref = expected("llama")
    ids = ref["prompt_ids"][:1]
    session = session_for("llama")
    first = session.prefill(ids)
    session.reset()
    again = session.prefill(ids)
    np.testing.assert_array_equal(first, again)


def test_sharded_checkpoint_gives_the_same_logits(tmp_path):
    import json
    import shutil

    from safetensors.numpy import save_file

    import rlxc
    from conftest import FIXTURES
    from rlx.runtime.weights import open_checkpoint

    name = "qwen3-untied-gqa2"  # stored f32, so shards can be written with safetensors.numpy
    source = open_checkpoint(FIXTURES[name])
    names = source.names()
    shards = {"model-00001-of-00002.safetensors": names[: len(names) // 2],
              "model-00002-of-00002.safetensors": names[len(names) // 2:]}
    weight_map = {}
    for file, members in shards.items():
        save_file({n: np.array(source.get_f32(n)) for n in members}, str(tmp_path / file))
        weight_map.update({n: file for n in members})
    (tmp_path / "model.safetensors.index.json").write_text(json.dumps({"weight_map": weight_map}))
    shutil.copy(FIXTURES[name] / "config.json", tmp_path / "config.json")
    ref = expected(name)
    logits = rlxc.load(tmp_path, max_seq=16).prefill(ref["prompt_ids"][:1])
    assert rel_err(logits, ref["prefill_logits"][:1]) <= TOL
