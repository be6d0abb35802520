"""Determinism: bitwise-identical logits run to run and for any thread count; a
reproducible ``rlxc compile`` (the same inputs give a byte-identical ``.so``).

Why it holds (docs/api.md, "Determinism"): every parallel loop splits independent
outputs over threads (no cross-thread reduction), each output is computed by the same
instructions in the same order whatever thread runs it, and a serial build
(``threads=False``) runs the same kernels. The linker's build id is a hash of the
contents (``--build-id=sha1``) and no temporary path reaches the ``.so``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from conftest import FIXTURES, ROOT, expected
from rlxc.aot import compile_model
from rlxc.compiler import CompileOptions
from rlx.runtime.loader import SharedObject, load, read_manifest
from test_aot import cache_dir, compiled, so_dir  # noqa: F401  (fixtures)

NAME = "llama"
# A prompt long enough that every linear and the attention run on the OpenMP team
# (above lowering.kernels.PARALLEL_MIN_WORK), then decode steps.
LOGITS_DIGEST = """
import hashlib, sys
import numpy as np
from rlx.runtime.loader import load
s = load(sys.argv[1])
rng = np.random.default_rng(7)
h = hashlib.sha256(s.prefill(rng.integers(0, s.vocab, size=(1, 100))).tobytes())
for t in rng.integers(0, s.vocab, size=8):
    h.update(s.decode([[int(t)]]).tobytes())
print(h.hexdigest())
"""


def logits_digest(so: Path, threads: int) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": str(threads)}
    out = subprocess.run([sys.executable, "-c", LOGITS_DIGEST, str(so)], env=env, capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


@pytest.fixture(scope="module")
def serial_so(so_dir):  # noqa: F811
    return compile_model(FIXTURES[NAME] / "config.json", so_dir / "serial.so", max_seq=128,
                         options=CompileOptions(threads=False))


def test_logits_are_bitwise_identical_for_any_thread_count_and_a_serial_build(so_dir, serial_so):  # noqa: F811
    parallel = compiled(so_dir, NAME)
    digests = {f"OMP_NUM_THREADS={n}": logits_digest(parallel, n) for n in (1, 2, 3)}
    digests["threads=0 build"] = logits_digest(serial_so, 1)
    assert len(set(digests.values())) == 1, digests


def test_logits_are_bitwise_identical_run_to_run(so_dir):  # noqa: F811
    session = load(compiled(so_dir, NAME), max_seq=128)
    ids = expected(NAME)["prompt_ids"][:1]
    runs = []
    for _ in range(3):
        session.reset()
        runs.append(np.concatenate([session.prefill(ids), session.decode([[5]]), session.decode([[9]])], axis=1))
    for run in runs[1:]:
        np.testing.assert_array_equal(run, runs[0])


# ------------------------------------------------------------------ reproducible builds


def test_the_same_compile_twice_gives_a_byte_identical_so(tmp_path, cache_dir):  # noqa: F811
    """A full compile, and one through the compile cache (a full compile too when the
    cache has no entry yet, else code from the cache), to other names and folders."""
    model = FIXTURES["tiny-qwen3"] / "config.json"
    (tmp_path / "a").mkdir()
    first = compile_model(model, tmp_path / "a" / "one.so", max_seq=32, cache=False)
    second = compile_model(model, tmp_path / "two.so", max_seq=32)
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.slow
def test_three_full_compiles_give_byte_identical_sos(tmp_path):
    model = FIXTURES["qwen2-bias"] / "config.json"
    outs = [compile_model(model, tmp_path / f"{i}.so", max_seq=16, cache=False, embed_weights=i == 2)
            for i in range(3)]
    assert outs[0].read_bytes() == outs[1].read_bytes()
    assert compile_model(model, tmp_path / "again.so", max_seq=16, cache=False,
                         embed_weights=True).read_bytes() == outs[2].read_bytes()


def test_embedded_weights_are_packed_reproducibly(tmp_path, cache_dir):  # noqa: F811
    model = FIXTURES["tiny-qwen3"] / "config.json"
    one = compile_model(model, tmp_path / "one.so", max_seq=32, embed_weights=True)
    two = compile_model(model, tmp_path / "two.so", max_seq=32, embed_weights=True)
    assert one.read_bytes() == two.read_bytes()


def test_no_temporary_path_reaches_the_so(so_dir):  # noqa: F811
    so = compiled(so_dir, NAME)
    manifest = read_manifest(SharedObject(so))
    assert manifest["weights"]["path"] == str(FIXTURES[NAME].resolve())
    text = json.dumps(manifest)
    data = so.read_bytes()
    for temporary in ("rlx-link-", "rlx-weights-", str(so_dir)):
        assert temporary not in text and temporary.encode() not in data, temporary
