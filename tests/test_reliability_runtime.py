"""The runtime checks everything before native code runs.

Every entry point (``prefill``, ``prefill_last``, ``decode`` of a session ``.so``,
called through ``Session`` and directly through ``NativeEntry.call``; a JIT-compiled
flow) is called with every kind of wrong argument. Each call must raise an
``RlxError`` naming the problem, and the model must still give the right answer
afterwards (nothing was written out of bounds).
"""

from __future__ import annotations

import numpy as np
import pytest

import rlxc
from conftest import FIXTURES, expected, rel_err
from rlxc.models.config import Qwen3Config
from rlxc.models.qwen3 import Qwen3Flow
from rlx.runtime.errors import RlxError, RuntimeLimitError, ShapeError
from rlx.runtime.loader import load
from rlx.runtime.arguments import MAX_SYMBOL
from rlx.runtime.weights import open_checkpoint
from test_aot import cache_dir, compiled, so_dir  # noqa: F401  (fixtures)

NAME = "llama"
VOCAB = Qwen3Config.from_json(FIXTURES[NAME] / "config.json").vocab_size


@pytest.fixture(scope="module")
def session(so_dir):  # noqa: F811
    return load(compiled(so_dir, NAME), max_seq=32)


def still_correct(session) -> None:
    """The session gives the reference logits: the refused call corrupted nothing."""
    ref = expected(NAME)
    session.reset()
    assert rel_err(session.prefill(ref["prompt_ids"][:1]), ref["prefill_logits"][:1]) <= 1e-4
    session.reset()


def misaligned(shape, dtype) -> np.ndarray:
    """A C-contiguous array whose data starts one byte off its element alignment."""
    dtype = np.dtype(dtype)
    raw = np.zeros(int(np.prod(shape)) * dtype.itemsize + 1, np.uint8)
    return raw[1:].view(dtype).reshape(shape)


def read_only(array: np.ndarray) -> np.ndarray:
    array.flags.writeable = False
    return array


# ------------------------------------------------------------------ NativeEntry.call


def valid_call(session, entry: str):
    """Buffers and symbols of a correct call of ``entry`` (3 new tokens, or 1 for decode)."""
    seq = 1 if entry == "decode" else 3
    rows = 3 if entry == "prefill" else 1
    buffers = {"input_ids": np.ones((1, seq), np.int32),
               "logits": np.empty((1, rows, VOCAB), np.float32), **session.caches}
    symbols = {"PAST_SEQ": 0, "MAX_SEQ": session.max_seq}
    if entry != "decode":
        symbols["SEQ"] = seq
    return buffers, symbols


def overlapping(buffers: dict, first: str, second: str) -> dict:
    """``first`` and ``second`` as views of one allocation that share a few elements."""
    a, b = buffers[first], buffers[second]
    pool = np.zeros(a.size + b.size - 4, np.float32)
    return {**buffers, first: pool[:a.size].reshape(a.shape), second: pool[a.size - 4:].reshape(b.shape)}


def _set(key, value):
    return lambda b, s: ({**b, key: value(b) if callable(value) else value}, s)


def _sym(key, value):
    return lambda b, s: (b, {**s, key: value})


def _drop(key, where="buffers"):
    if where == "buffers":
        return lambda b, s: ({k: v for k, v in b.items() if k != key}, s)
    return lambda b, s: (b, {k: v for k, v in s.items() if k != key})


BAD_CALLS = {
    # dtype, shape, rank
    "ids-int64": (_set("input_ids", lambda b: b["input_ids"].astype(np.int64)), ShapeError, "must be int32"),
    "ids-float": (_set("input_ids", lambda b: b["input_ids"].astype(np.float32)), ShapeError, "must be int32"),
    "ids-list": (_set("input_ids", [[1]]), ShapeError, "must be int32, got list"),
    "logits-float64": (_set("logits", lambda b: b["logits"].astype(np.float64)), ShapeError, "must be float32"),
    "logits-shape": (_set("logits", lambda b: np.empty((1, 7, VOCAB), np.float32)), ShapeError, "has shape"),
    "logits-rank": (_set("logits", lambda b: np.empty((VOCAB,), np.float32)), ShapeError, "has shape"),
    "cache-too-short": (_set("past_k_0", lambda b: np.zeros((1, 4, b["past_k_0"].shape[2]), np.float32)),
                        ShapeError, "has shape"),
    "ids-rank": (_set("input_ids", lambda b: b["input_ids"].reshape(-1)), ShapeError, "has shape"),
    # layout in memory
    "logits-non-contiguous": (_set("logits", lambda b: np.empty(b["logits"].shape[:2] + (2 * VOCAB,),
                                                               np.float32)[..., ::2]),
                              ShapeError, "C-contiguous"),
    "logits-misaligned": (_set("logits", lambda b: misaligned(b["logits"].shape, np.float32)),
                          ShapeError, "not aligned"),
    "ids-misaligned": (_set("input_ids", lambda b: misaligned(b["input_ids"].shape, np.int32)),
                       ShapeError, "not aligned"),
    "logits-read-only": (_set("logits", lambda b: read_only(np.empty_like(b["logits"]))), ShapeError, "read-only"),
    "cache-read-only": (_set("past_v_1", lambda b: read_only(np.zeros_like(b["past_v_1"]))), ShapeError,
                        "read-only"),
    "logits-aliases-cache": (lambda b, s: (overlapping(b, "past_k_0", "logits"), s), ShapeError, "overlap"),
    "two-caches-alias": (_set("past_v_0", lambda b: b["past_k_0"]), ShapeError, "overlap"),
    # token ids
    "id-negative": (_set("input_ids", lambda b: np.full_like(b["input_ids"], -1)), RuntimeLimitError, "-1"),
    "id-vocab": (_set("input_ids", lambda b: np.full_like(b["input_ids"], VOCAB)), RuntimeLimitError,
                 "outside the vocabulary"),
    "id-int32-max": (_set("input_ids", lambda b: np.full_like(b["input_ids"], 2**31 - 1)),
                     RuntimeLimitError, "outside the vocabulary"),
    # symbols
    "past-negative": (_sym("PAST_SEQ", -1), ShapeError, "non-negative"),
    "past-huge": (_sym("PAST_SEQ", 2**64 + 3), RuntimeLimitError, "exceeds the limit"),
    "max-seq-huge": (_sym("MAX_SEQ", MAX_SYMBOL + 1), RuntimeLimitError, "exceeds the limit"),
    "past-float": (_sym("PAST_SEQ", 1.0), ShapeError, "non-negative integer"),
    "past-bool": (_sym("PAST_SEQ", True), ShapeError, "non-negative integer"),
    "past-string": (_sym("PAST_SEQ", "0"), ShapeError, "non-negative integer"),
    "past-missing": (_drop("MAX_SEQ", "symbols"), ShapeError, "MAX_SEQ"),
    # capacity
    "capacity-overflow": (_sym("PAST_SEQ", 32), RuntimeLimitError, "exceeds MAX_SEQ"),
    "max-seq-beyond-cache": (_sym("MAX_SEQ", 64), ShapeError, "has shape"),
    # arguments
    "missing-logits": (_drop("logits"), ShapeError, "missing argument 'logits'"),
    "missing-cache": (_drop("past_v_1"), ShapeError, "missing argument 'past_v_1'"),
}
def _tokens(n: int, capacity: int | None = None):
    """``n`` new tokens (logits for all of them, or for the last one as the entry had)."""
    def mutate(b, s):
        rows = n if b["logits"].shape[1] == b["input_ids"].shape[1] else 1
        caches = {k: np.zeros((1, capacity) + v.shape[2:], np.float32)
                  for k, v in b.items() if k.startswith("past_")} if capacity else {}
        b = {**b, **caches, "input_ids": np.ones((1, n), np.int32),
             "logits": np.empty((1, rows, VOCAB), np.float32)}
        return b, {**s, "SEQ": n, **({"MAX_SEQ": capacity} if capacity else {})}
    return mutate


PREFILL_ONLY = {  # decode has no SEQ
    "seq-beyond-the-planned-arena": (_tokens(200, 256), RuntimeLimitError, "SEQ = 200 exceeds"),
    "seq-zero": (_tokens(0), ShapeError, "is empty"),
}


@pytest.mark.parametrize("entry", ["prefill", "prefill_last", "decode"])
@pytest.mark.parametrize("case", list(BAD_CALLS) + list(PREFILL_ONLY))
def test_native_entry_refuses(session, entry, case):
    if case in PREFILL_ONLY and entry == "decode":
        pytest.skip("decode has no SEQ")
    mutate, error, fragment = {**BAD_CALLS, **PREFILL_ONLY}[case]
    buffers, symbols = mutate(*valid_call(session, entry))
    with pytest.raises(error, match=fragment) as err:
        session.entries[entry].call(buffers, symbols)
    assert "\n" not in str(err.value) and str(err.value).startswith(entry)


def test_native_entries_still_work_after_every_refusal(session):
    still_correct(session)


# ------------------------------------------------------------------ Session methods


@pytest.mark.parametrize("ids, error, fragment", [
    ([[1, 2], [3]], ShapeError, "not a numeric array"),
    ([[object()]], ShapeError, "integers"),
    (np.array([[True]]), ShapeError, "integers"),
    (np.array([[2**40]]), RuntimeLimitError, "outside the vocabulary"),
    (np.array([[1]], dtype=np.uint64) * (2**63), RuntimeLimitError, "outside the vocabulary"),
    (np.ones((1, 3, 1), np.int32), ShapeError, "shape"),
    (np.ones((1, 40), np.int32), RuntimeLimitError, "capacity"),
    (None, ShapeError, "integers"),
])
@pytest.mark.parametrize("method", ["prefill", "prefill_last", "decode", "generate"])
def test_session_methods_refuse(session, method, ids, error, fragment):
    session.reset()
    call = {"prefill": session.prefill, "decode": session.decode,
            "prefill_last": lambda x: session.prefill(x, last_only=True),
            "generate": lambda x: session.generate(x, 2)}[method]
    with pytest.raises(error, match=fragment):
        call(ids)
    assert session.past == 0


@pytest.mark.parametrize("count", [-1, 2.5, "3", True, None])
def test_generate_refuses_a_bad_token_count(session, count):
    with pytest.raises(RuntimeLimitError, match="max_new_tokens"):
        session.generate([1, 2], count)


def test_generate_refuses_a_sampler_that_returns_no_token(session):
    with pytest.raises(RlxError):
        session.generate([1, 2], 3, sampler=lambda logits: np.full(logits.shape[0], VOCAB + 5))
    with pytest.raises(RlxError):
        session.generate([1, 2], 3, sampler=lambda logits: np.zeros(7, np.int64))
    still_correct(session)


@pytest.mark.parametrize("max_seq", [0, -4, 2.5, "16", True])
def test_load_refuses_a_bad_capacity(so_dir, max_seq):  # noqa: F811
    with pytest.raises(RlxError, match="max_seq"):
        load(compiled(so_dir, NAME), max_seq=max_seq)


# ------------------------------------------------------------------ flow functions (rlxc.jit)


@pytest.fixture(scope="module", params=["jit", "so"])
def decode_flow(request, tmp_path_factory, cache_dir):  # noqa: F811
    """A decode flow with a keep-mask: JIT-compiled, or a flow ``.so`` (``rlxc compile``)."""
    from rlxc.aot import compile_model

    source = open_checkpoint(FIXTURES[NAME])
    cfg = Qwen3Config.from_json(FIXTURES[NAME] / "config.json")
    built = Qwen3Flow.for_decode(cfg, 1, "PAST_SEQ").custom_mask().build(source)
    if request.param == "jit":
        return rlxc.jit(built, source), cfg
    spec = tmp_path_factory.mktemp("flow") / "decode.json"
    spec.write_text(built.to_json())
    return load(compile_model(spec, spec.with_suffix(".so"), weights=FIXTURES[NAME])), cfg


def flow_inputs(cfg, past: int = 3) -> dict:
    inputs = {"input_ids": np.ones((1, 1), np.int64), "mask": np.ones((1, past + 1), np.float32)}
    for i in range(cfg.num_hidden_layers):
        for kind in "kv":
            inputs[f"past_{kind}_{i}"] = np.zeros((1, past, cfg.kv_proj_dim), np.float32)
    return inputs


FLOW_CASES = {
    "float-ids": (lambda i, c: {**i, "input_ids": np.ones((1, 1), np.float32)}, ShapeError, "must be integers"),
    "bool-ids": (lambda i, c: {**i, "input_ids": np.ones((1, 1), bool)}, ShapeError, "must be integers"),
    "ragged": (lambda i, c: {**i, "input_ids": [[1], [2, 3]]}, ShapeError, "not a numeric array"),
    "string-mask": (lambda i, c: {**i, "mask": np.array([["a"] * 4])}, ShapeError, "must be numbers"),
    "unknown-input": (lambda i, c: {**i, "input_idz": 1}, ShapeError, "unknown input 'input_idz'"),
    "missing-input": (lambda i, c: {k: v for k, v in i.items() if k != "past_v_0"}, ShapeError,
                      "missing input 'past_v_0'"),
    "rank": (lambda i, c: {**i, "input_ids": np.ones((1,), np.int64)}, ShapeError, "rank"),
    "past-width": (lambda i, c: {**i, "past_k_1": np.zeros((1, 3, c.kv_proj_dim + 1), np.float32)},
                   ShapeError, "has shape"),
    "past-lengths-differ": (lambda i, c: {**i, "past_k_1": np.zeros((1, 2, c.kv_proj_dim), np.float32)},
                            ShapeError, "PAST_SEQ is 3 and 2"),
    "mask-length": (lambda i, c: {**i, "mask": np.ones((1, 9), np.float32)}, ShapeError, "has shape"),
    "id-vocab": (lambda i, c: {**i, "input_ids": np.full((1, 1), c.vocab_size)}, RuntimeLimitError,
                 "outside the vocabulary"),
    "id-beyond-int32": (lambda i, c: {**i, "input_ids": np.full((1, 1), 2**32 + 1)}, RuntimeLimitError,
                        "outside the vocabulary"),
    "id-negative": (lambda i, c: {**i, "input_ids": np.full((1, 1), -7)}, RuntimeLimitError, "-7"),
    "past-beyond-positions": (lambda i, c: flow_inputs(c, c.max_position_embeddings), RuntimeLimitError,
                              "exceeds"),
}


@pytest.mark.parametrize("case", list(FLOW_CASES))
def test_flow_function_refuses(decode_flow, case):
    fn, cfg = decode_flow
    mutate, error, fragment = FLOW_CASES[case]
    with pytest.raises(error, match=fragment) as err:
        fn(**mutate(flow_inputs(cfg), cfg))
    assert "\n" not in str(err.value)


def test_flow_function_still_works(decode_flow):
    fn, cfg = decode_flow
    out = fn(**flow_inputs(cfg))
    assert out["logits"].shape == (1, 1, cfg.vocab_size) and np.isfinite(out["logits"]).all()


def test_prefill_flow_refuses_an_empty_prompt_and_too_many_tokens():
    source = open_checkpoint(FIXTURES[NAME])
    cfg = Qwen3Config.from_json(FIXTURES[NAME] / "config.json")
    fn = rlxc.jit(Qwen3Flow.for_prefill(cfg, 1, "SEQ").last_token_logits().build(source), source,
                  max_tokens=8)
    with pytest.raises(ShapeError, match="is empty"):
        fn(input_ids=np.ones((1, 0), np.int32))
    with pytest.raises(RuntimeLimitError, match="max_tokens"):
        fn(input_ids=np.ones((1, 9), np.int32))
    assert fn(input_ids=np.ones((1, 8), np.int32))["logits"].shape == (1, 1, cfg.vocab_size)
