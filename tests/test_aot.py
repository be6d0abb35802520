"""Ahead-of-time compilation: ``rlxc compile`` -> model.so -> ``rlx.runtime.loader`` / ``rlxc run``.

The .so and the JIT must give bitwise-identical logits; the .so must run without the
compiler; the compile cache must make a second load fast.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

import rlxc
from conftest import FIXTURES, ROOT, expected, rel_err
from rlxc.aot import code_request, compile_model
from rlxc.model_file import read_model_spec
from rlxc.progress import Progress
from rlxc.target import required_cpu_flags
from rlx.runtime.abi import ABI_VERSION
from rlx.runtime.loader import host_cpu_flags, load, read_manifest, SharedObject
from rlx.runtime.sampling import Sampler
from rlx.runtime.session import FlowFunction, Session

MAX_SEQ = 128


@pytest.fixture(scope="session")
def cache_dir() -> Path:
    """The test run's compile cache (conftest.py's; the subprocesses inherit it through the env)."""
    return Path(os.environ["RLX_CACHE_DIR"])


@pytest.fixture(scope="session")
def so_dir(tmp_path_factory, cache_dir) -> Path:
    return tmp_path_factory.mktemp("so")


_compiled: dict = {}


def compiled(so_dir: Path, name: str, **kwargs) -> Path:
    """``rlxc compile`` of a fixture (batch 1, max_seq 128), once per test session."""
    key = (name, tuple(sorted(kwargs.items())))
    if key not in _compiled:
        tag = "-".join(f"{k}" for k, v in sorted(kwargs.items()) if v)
        out = so_dir / f"{name}{'-' + tag if tag else ''}.so"
        _compiled[key] = compile_model(FIXTURES[name] / "config.json", out, max_seq=MAX_SEQ, **kwargs)
    return _compiled[key]


def cli(*args: str, cwd: Path = ROOT, timeout: float = 300) -> subprocess.CompletedProcess:
    """``python -m rlxc.cli ARGS`` with this checkout first on the path."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "rlxc.cli", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=timeout)


def prompt_rows(name: str) -> list[np.ndarray]:
    ids = expected(name)["prompt_ids"]
    return [ids[i:i + 1] for i in range(ids.shape[0])]


# ------------------------------------------------------------------ AOT == JIT


@pytest.mark.parametrize("fixture_name", [pytest.param(n, marks=[] if n == "tiny-qwen3" else [pytest.mark.slow])
                                          for n in FIXTURES])  # the same code paths: one in the fast set
def test_aot_and_jit_logits_are_bitwise_identical(fixture_name, so_dir):
    aot = load(compiled(so_dir, fixture_name))
    jit = rlxc.load(FIXTURES[fixture_name], max_seq=MAX_SEQ, cache=False)
    assert isinstance(aot, Session) and isinstance(aot.keepalive, SharedObject)
    ref = expected(fixture_name)
    for row, ids in enumerate(prompt_rows(fixture_name)):
        aot.reset()
        jit.reset()
        a, j = aot.prefill(ids), jit.prefill(ids)
        np.testing.assert_array_equal(a, j)
        assert rel_err(a, ref["prefill_logits"][row:row + 1]) <= 1e-4
        np.testing.assert_array_equal(aot.decode([[7]]), jit.decode([[7]]))
        assert aot.generate(ids[0], 32) == ref["greedy_ids"][row].tolist()


def test_hundred_step_decode_matches_prefill(so_dir):
    session = load(compiled(so_dir, "tiny-qwen3"))
    ids = np.random.default_rng(0).integers(0, session.vocab, size=(1, 100))
    full = session.prefill(ids)
    session.reset()
    steps = [session.prefill(ids[:, :1])]
    steps += [session.decode(ids[:, i:i + 1]) for i in range(1, 100)]
    for pos, step in enumerate(steps):
        assert rel_err(step[:, 0], full[:, pos]) <= 1e-4, f"position {pos}"
    assert session.past == 100


def test_decode_serves_every_past_length_up_to_capacity(so_dir):
    session = load(compiled(so_dir, "llama"), max_seq=40)
    session.prefill([[1]])
    for _ in range(39):
        session.decode([[2]])
    assert session.past == 40


# ------------------------------------------------------------------ weights


def test_embedded_weights_make_one_file(so_dir, tmp_path):
    plain = load(compiled(so_dir, "qwen2-bias"))
    lone = tmp_path / "lone.so"
    shutil.copy(compiled(so_dir, "qwen2-bias", embed_weights=True), lone)
    session = load(lone)
    table = session.manifest.weights.embedded
    assert table.bytes > 0 and all(t.offset % 64 == 0 for t in table.tensors)
    ids = prompt_rows("qwen2-bias")[0]
    np.testing.assert_array_equal(session.prefill(ids), plain.prefill(ids))
    start = session.keepalive.address("rlx_weights")
    inside = [a for a in session.entries["decode"].param_arrays
              if start <= a.ctypes.data < start + table.bytes]
    constants = session.manifest.constants
    params = [a for a in session.manifest.entries["decode"].by_role("param") if a.name not in constants]
    assert len(inside) == len(params)  # every weight is bound in place, in the .so
    assert not any(a.flags.writeable for a in inside)


def test_weights_path_is_recorded_and_can_be_overridden(so_dir, tmp_path):
    so = compiled(so_dir, "llama")
    manifest = load(so).manifest
    assert Path(manifest.weights.path) == FIXTURES["llama"].resolve()
    assert {t.name for t in manifest.weights.tensors} >= {"model.embed_tokens.weight"}
    moved = tmp_path / "weights"
    shutil.copytree(FIXTURES["llama"], moved)
    session = load(so, weights=moved)
    assert session.generate(prompt_rows("llama")[0][0], 8) == expected("llama")["greedy_ids"][0][:8].tolist()


# ------------------------------------------------------------------ manifest and ABI


def test_manifest_describes_the_abi(so_dir):
    manifest = read_manifest(SharedObject(compiled(so_dir, "tiny-qwen3")))
    assert manifest["rlx_abi"] == ABI_VERSION and manifest["rlx_version"] == rlxc.__version__
    assert manifest["kind"] == "session" and set(manifest["entries"]) == {"prefill", "prefill_last", "decode"}
    decode = manifest["entries"]["decode"]
    roles = [a["role"] for a in decode["args"]]
    assert roles[0] == "input" and "kv_cache" in roles and roles[-1] == "symbol"
    assert {"name": "input_ids", "shape": "1x1", "dtype": "i32"} in decode["inputs"]
    assert manifest["config"]["model_type"] == "qwen3" and len(manifest["config_fingerprint"]) == 64
    assert manifest["max_seq"] == MAX_SEQ and manifest["vocab_size"] == 1024
    cpu = manifest["cpu"]
    assert cpu["name"] and cpu["required_flags"] == required_cpu_flags(cpu["llvm_features"])
    flags = host_cpu_flags()
    if flags is not None:
        assert set(cpu["required_flags"]) <= flags


def test_required_cpu_flags_map_llvm_features_to_cpuinfo():
    assert required_cpu_flags("+avx2,+fma,-avx512f,+sse4.2,+avx512vnni,+cx16") == \
        ["avx2", "avx512_vnni", "fma", "sse4_2"]


def test_runtime_imports_no_compiler():
    code = ("import sys, rlx.runtime.abi, rlx.runtime.loader, rlx.runtime.sampling; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('xdsl', 'llvmlite', 'rlxc') "
            "or m.startswith(('rlx.dialects', 'rlx.lowering'))]; print(bad)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_recompiling_to_the_same_path_loads_the_new_model(so_dir, tmp_path):
    out = tmp_path / "model.so"
    shutil.copy(compiled(so_dir, "llama"), out)
    assert load(out).manifest.config["model_type"] == "llama"
    shutil.copy(compiled(so_dir, "qwen2-bias"), tmp_path / "next.so")
    os.replace(tmp_path / "next.so", out)  # what rlxc compile does
    assert load(out).manifest.config["model_type"] == "qwen2"


# ------------------------------------------------------------------ the compile cache


def test_second_load_comes_from_the_cache(cache_dir, monkeypatch):
    rlxc.load(FIXTURES["llama"], max_seq=MAX_SEQ)

    def no_lowering(*args, **kwargs):
        raise AssertionError("lowered again despite the cache")

    monkeypatch.setattr("rlxc.compiler.lower", no_lowering)
    start = time.perf_counter()
    session = rlxc.load(FIXTURES["llama"], max_seq=MAX_SEQ)
    assert time.perf_counter() - start < 1.0
    assert isinstance(session.keepalive, SharedObject)
    assert Path(session.keepalive.path).is_relative_to(cache_dir)


def test_cache_key_depends_on_what_the_code_depends_on():
    from rlxc.compiler import CompileOptions
    from rlx.runtime.weights import open_checkpoint

    spec = read_model_spec(FIXTURES["llama"])
    weights = open_checkpoint(FIXTURES["llama"])
    key = lambda **kw: code_request(spec, weights, CompileOptions(**kw), 1).key  # noqa: E731
    assert key() == key()
    assert len({key(), key(opt_level=2), key(max_tokens=64), key(threads=False)}) == 4
    other = read_model_spec(FIXTURES["qwen2-bias"])
    assert code_request(other, weights, CompileOptions(), 1).key != key()


def test_compile_reports_phases_and_reuses_the_cache(so_dir, tmp_path):
    compiled(so_dir, "llama")
    lines = []

    class Capture:
        def write(self, text):
            lines.append(text)

        def flush(self):
            pass

        def isatty(self):
            return False

    compile_model(FIXTURES["llama"] / "config.json", tmp_path / "again.so", max_seq=MAX_SEQ,
                  progress=Progress(stream=Capture()))
    text = "".join(lines)
    assert "code from the cache" in text and "rlxc: link ..." in text and "lowering" not in text
    assert "\r" not in text and not list(tmp_path.glob(".*tmp"))


def test_no_cache_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("RLX_CACHE_DIR", str(tmp_path / "cache"))
    compile_model(FIXTURES["llama"] / "config.json", tmp_path / "m.so", max_seq=16, cache=False)
    assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").iterdir())


# ------------------------------------------------------------------ flows


def test_serialized_flow_compiles_from_the_cli(tmp_path, cache_dir):
    from rlxc.models.config import Qwen3Config
    from rlxc.models.qwen3 import Qwen3Flow
    from rlx.runtime.weights import open_checkpoint

    cfg = Qwen3Config.from_json(FIXTURES["llama"] / "config.json")
    weights = open_checkpoint(FIXTURES["llama"])
    built = Qwen3Flow.for_prefill(cfg, 2, "SEQ").lm_head().export_kv().build(weights)
    (tmp_path / "flow.json").write_text(built.to_json())
    out = cli("compile", str(tmp_path / "flow.json"), "-o", str(tmp_path / "flow.so"),
              "--weights", str(FIXTURES["llama"]))
    assert out.returncode == 0, out.stderr
    fn = load(tmp_path / "flow.so")
    assert isinstance(fn, FlowFunction)
    ids = expected("llama")["prompt_ids"]
    got, want = fn(input_ids=ids), rlxc.jit(built, weights)(input_ids=ids)
    assert set(got) == {"logits", "k_0", "v_0", "k_1", "v_1"}
    for name in got:
        np.testing.assert_array_equal(got[name], want[name])
    out = cli("run", str(tmp_path / "flow.so"), "--prompt-ids", "1,2")
    assert out.returncode == 1 and out.stderr.startswith("error: ") and "single flow" in out.stderr


# ------------------------------------------------------------------ rlxc run


def test_cli_run_streams_greedy_ids(so_dir):
    ref = expected("tiny-qwen3")
    prompt = ",".join(str(t) for t in ref["prompt_ids"][0])
    out = cli("run", str(compiled(so_dir, "tiny-qwen3")), "--prompt-ids", prompt, "--max-new-tokens", "32")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == " ".join(str(t) for t in ref["greedy_ids"][0])
    assert "prefill:" in out.stderr and "decode:" in out.stderr and "tok/s" in out.stderr


def test_cli_run_batch_runs_parallel_sequences_and_prints_each(so_dir):
    """``--batch N``: the prompt as N sequences in every call, one line each (greedy: equal)."""
    ref = expected("tiny-qwen3")
    prompt = ",".join(str(t) for t in ref["prompt_ids"][0])
    want = " ".join(str(t) for t in ref["greedy_ids"][0][:8])
    so = compiled(so_dir, "tiny-qwen3", batch=2)
    for flags in ([], ["--batch", "2"]):
        out = cli("run", str(so), "--prompt-ids", prompt, "--max-new-tokens", "8", *flags)
        assert out.returncode == 0, out.stderr
        assert out.stdout.splitlines() == [want, want]
        assert "x 2 sequences" in out.stderr
    sampled = cli("run", str(so), "--prompt-ids", prompt, "--max-new-tokens", "8", "--seed", "3")
    rows = sampled.stdout.splitlines()
    assert len(rows) == 2 and rows[0] != rows[1]  # each sequence draws its own tokens


def test_cli_run_of_a_model_file_uses_the_cache(so_dir):
    compiled(so_dir, "llama")  # fills the cache for these options
    ref = expected("llama")
    prompt = ",".join(str(t) for t in ref["prompt_ids"][0])
    out = cli("run", str(FIXTURES["llama"] / "config.json"), "--prompt-ids", prompt,
              "--max-new-tokens", "8", "--max-seq", str(MAX_SEQ))
    assert out.returncode == 0, out.stderr
    assert "lowering" not in out.stderr  # nothing compiled
    assert out.stdout.split() == [str(t) for t in ref["greedy_ids"][0][:8]]


def test_seeded_sampling_is_reproducible(so_dir):
    session = load(compiled(so_dir, "tiny-qwen3"))
    run = lambda seed, **kw: session.generate([1, 2, 3], 24, sampler=Sampler(seed=seed, **kw))  # noqa: E731
    assert run(7) == run(7)
    assert run(7) != run(8)
    assert run(7, top_k=1) == session.generate([1, 2, 3], 24)
    args = ["run", str(compiled(so_dir, "tiny-qwen3")), "--prompt-ids", "1,2,3", "--max-new-tokens", "12",
            "--temperature", "0.9", "--top-k", "50", "--top-p", "0.95", "--seed", "11"]
    first, second = cli(*args), cli(*args)
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout and len(first.stdout.split()) == 12


def test_sampler_filters_and_draws():
    logits = np.log(np.array([[0.5, 0.3, 0.15, 0.05]]))
    np.testing.assert_allclose(Sampler(top_k=2).probabilities(logits), [[0.625, 0.375, 0, 0]])
    np.testing.assert_allclose(Sampler(top_p=0.75).probabilities(logits), [[0.625, 0.375, 0, 0]])
    np.testing.assert_allclose(Sampler(top_p=0.85).probabilities(logits), [[0.5, 0.3, 0.15, 0]] / np.float64(0.95))
    np.testing.assert_allclose(Sampler(temperature=0.5).probabilities(logits)[0, :2], [0.25, 0.09] / np.float64(0.365))
    assert Sampler(temperature=0)(logits).tolist() == [0]
    draws = np.concatenate([Sampler(seed=3)(np.repeat(logits, 4000, axis=0))])
    np.testing.assert_allclose(np.bincount(draws, minlength=4) / 4000, [0.5, 0.3, 0.15, 0.05], atol=0.03)


def test_prompt_text_uses_the_tokenizer_beside_the_model(so_dir, tmp_path):
    tokenizers = pytest.importorskip("tokenizers")
    vocab = {f"w{i}": i for i in range(1024)}
    tok = tokenizers.Tokenizer(tokenizers.models.WordLevel(vocab, "w0"))
    tok.pre_tokenizer = tokenizers.pre_tokenizers.Whitespace()
    tok.decoder = tokenizers.decoders.WordPiece()  # joins words with spaces
    tok.save(str(tmp_path / "tokenizer.json"))
    shutil.copy(compiled(so_dir, "tiny-qwen3"), tmp_path / "model.so")
    out = cli("run", str(tmp_path / "model.so"), "--prompt", "w1 w2 w3", "--max-new-tokens", "6")
    assert out.returncode == 0, out.stderr
    session = load(tmp_path / "model.so")
    want = tok.decode(session.generate([1, 2, 3], 6))
    assert out.stdout.strip() == want and want.startswith("w")


@pytest.mark.slow  # CI time (17 s): the fast set checks the flag reaches CompileOptions.dump_dir
# (test_pipeline.py::test_compile_flags_reach_compile_options) and the dumps a compile with it writes
def test_dump_ir_reaches_the_pipeline(tmp_path, cache_dir):
    out = cli("compile", str(FIXTURES["llama"]), "-o", str(tmp_path / "m.so"), "--max-seq", "32",
              "--dump-ir", str(tmp_path / "ir"))
    assert out.returncode == 0, out.stderr
    dumps = sorted(p.name for p in (tmp_path / "ir").iterdir())
    assert dumps[0].startswith("00-input") and any("llvm" in d for d in dumps)
