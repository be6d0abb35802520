"""Thread safety: sessions are independent; one session refuses a second thread.

Two sessions of the same ``.so`` (and two JIT-compiled functions) used from two threads
at once give bitwise the results of sequential use. One session (or flow function)
used from a second thread while a call runs raises ``RlxError("session is in use by
another thread ...")`` and is unharmed (docs/api.md, "Threads").
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from conftest import FIXTURES, expected
from rlx.runtime.errors import RlxError
from rlx.runtime.loader import load
from rlx.runtime.session import FlowFunction
from test_aot import cache_dir, compiled, so_dir  # noqa: F401  (fixtures)

NAME = "llama"
ROUNDS = 6


def workload(session, seed: int) -> list:
    """Prefill a prompt of its own, decode some steps, generate: every result."""
    rng = np.random.default_rng(seed)
    prompt = rng.integers(0, session.vocab, size=(1, 40 + seed % 50))
    session.reset()
    out = [session.prefill(prompt)]
    out += [session.decode([[int(t)]]) for t in rng.integers(0, session.vocab, size=6)]
    out.append(np.array(session.generate(prompt[0, :12], 10)))
    return out


def run_concurrently(sessions, seeds) -> list:
    start = threading.Barrier(len(sessions))

    def job(session, seed):
        start.wait()
        return [workload(session, seed + r) for r in range(ROUNDS)]

    with ThreadPoolExecutor(len(sessions)) as pool:
        return list(pool.map(job, sessions, seeds))


def assert_same(a, b) -> None:
    assert len(a) == len(b)
    for x, y in zip(a, b):
        if isinstance(x, list):
            assert_same(x, y)
        else:
            np.testing.assert_array_equal(x, y)


def test_two_sessions_of_one_so_in_two_threads_match_sequential_use(so_dir):  # noqa: F811
    so = compiled(so_dir, NAME)
    sessions = [load(so, max_seq=128), load(so, max_seq=128)]
    together = run_concurrently(sessions, [0, 100])
    alone = [[workload(sessions[0], 0 + r) for r in range(ROUNDS)],
             [workload(sessions[0], 100 + r) for r in range(ROUNDS)]]
    assert_same(together, alone)


def test_loading_one_so_from_two_threads_at_once(so_dir):  # noqa: F811
    so = compiled(so_dir, NAME)
    start = threading.Barrier(2)

    def job(_):
        start.wait()
        return load(so, max_seq=64).prefill(expected(NAME)["prompt_ids"][:1])

    with ThreadPoolExecutor(2) as pool:
        first, second = pool.map(job, range(2))
    np.testing.assert_array_equal(first, second)


def test_two_flow_functions_of_one_jit_code_in_two_threads_match_sequential_use():
    import rlxc
    from rlxc.models.config import Qwen3Config
    from rlxc.models.qwen3 import Qwen3Flow
    from rlx.runtime.weights import open_checkpoint

    source = open_checkpoint(FIXTURES[NAME])
    cfg = Qwen3Config.from_json(FIXTURES[NAME] / "config.json")
    built = Qwen3Flow.for_prefill(cfg, 1, "SEQ").lm_head().build(source)
    first = rlxc.jit(built, source)
    # a second function over the same machine code, with its own arena and arguments
    fns = [first, FlowFunction(first.manifest, first.engine.address_of, source, keepalive=first)]
    prompts = [np.arange(1, 50)[None] % cfg.vocab_size, np.arange(7, 70)[None] % cfg.vocab_size]
    start = threading.Barrier(2)

    def job(i):
        start.wait()
        return [fns[i](input_ids=prompts[i])["logits"] for _ in range(ROUNDS)]

    with ThreadPoolExecutor(2) as pool:
        together = list(pool.map(job, range(2)))
    for i in range(2):
        alone = fns[0](input_ids=prompts[i])["logits"]
        for got in together[i]:
            np.testing.assert_array_equal(got, alone)


def hold_and_try(hold, attempts) -> list[str]:
    """Run ``hold(wait)`` in a thread (``wait`` blocks it mid-call), then each attempt."""
    inside, release, errors = threading.Event(), threading.Event(), []

    def wait():
        inside.set()
        release.wait(10)

    holder = threading.Thread(target=hold, args=(wait,))
    holder.start()
    assert inside.wait(10)
    try:
        for attempt in attempts:
            try:
                attempt()
            except RlxError as err:
                errors.append(str(err))
    finally:
        release.set()
        holder.join()
    return errors


def test_one_session_from_two_threads_is_refused(so_dir):  # noqa: F811
    session = load(compiled(so_dir, NAME), max_seq=64)
    ref = expected(NAME)

    def hold(wait):  # inside generate, in the sampler callback
        session.generate([1, 2], 2, sampler=lambda logits: (wait(), np.argmax(logits, axis=-1))[1])

    errors = hold_and_try(hold, [lambda: session.prefill([[1]]), lambda: session.decode([[1]]),
                                 session.reset, lambda: session.generate([1], 1)])
    assert errors == ["session is in use by another thread (use one session per thread)"] * 4
    session.reset()  # the holder is done: the session is whole and free again
    np.testing.assert_allclose(session.prefill(ref["prompt_ids"][:1]), ref["prefill_logits"][:1],
                               rtol=0, atol=1e-4 * np.abs(ref["prefill_logits"]).max())


def test_the_same_thread_may_reenter_its_session(so_dir):  # noqa: F811
    """generate() holds the session and calls prefill() and decode(), which take it again."""
    session = load(compiled(so_dir, NAME), max_seq=64)
    steps = []
    assert len(session.generate([1, 2], 3, on_token=lambda t: steps.append(session.past))) == 3
    assert steps == [2, 3, 4]


def test_one_flow_function_from_two_threads_is_refused():
    import rlxc
    from rlxc.models.config import Qwen3Config
    from rlxc.models.qwen3 import Qwen3Flow
    from rlx.runtime.weights import open_checkpoint

    source = open_checkpoint(FIXTURES[NAME])
    cfg = Qwen3Config.from_json(FIXTURES[NAME] / "config.json")
    fn = rlxc.jit(Qwen3Flow.for_prefill(cfg, 1, "SEQ").lm_head().build(source), source)

    class SlowIds:  # np.asarray() on it, inside the call, blocks the holder
        def __init__(self, wait):
            self.wait = wait

        def __array__(self, dtype=None, copy=None):
            self.wait()
            return np.ones((1, 2), np.int32)

    errors = hold_and_try(lambda wait: fn(input_ids=SlowIds(wait)), [lambda: fn(input_ids=[[1, 2]])])
    assert errors == ["flow function is in use by another thread (use one session per thread)"]
    assert fn(input_ids=[[1, 2]])["logits"].shape == (1, 2, cfg.vocab_size)


@pytest.mark.slow
def test_many_threads_many_sessions(so_dir):  # noqa: F811
    so = compiled(so_dir, NAME)
    sessions = [load(so, max_seq=128) for _ in range(6)]
    together = run_concurrently(sessions, list(range(0, 600, 100)))
    for i, seed in enumerate(range(0, 600, 100)):
        assert_same(together[i], [workload(sessions[0], seed + r) for r in range(ROUNDS)])


JIT_KERNEL_THEN_EXIT = """
import numpy as np
from rlx.lowering import kernels as K
from rlx.lowering.kernels import select
fn = K.jit_alone(K.build(select.linear(1024, 3072, False)), None, 2)
x, w, out = np.ones(1024, np.float32), np.ones(3072 * 1024, np.float32), np.zeros(3072, np.float32)
fn(x.ctypes.data, w.ctypes.data, out.ctypes.data, 1)
assert out[0] == 1024.0
"""


def test_a_process_of_jit_kernels_alone_exits_cleanly_with_spinning_openmp_workers():
    """No model ``.so`` holds libgomp (``rlxc tune``, the bench probes): at exit LLVM
    closed it under its spinning workers (SIGSEGV, exit 139) until it was opened
    ``RTLD_NODELETE``."""
    env = dict(os.environ, OMP_WAIT_POLICY="active")
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", JIT_KERNEL_THEN_EXIT], env=env, capture_output=True, text=True,
                              timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
