"""Bad input to ``rlxc compile`` / ``rlxc run`` and to a loaded session.

Every CLI case must end with exactly one line ``error: ...`` on stderr, a positive
exit code (not a signal) and no traceback; in Python, an ``RlxError`` before any
native code runs.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import numpy as np
import pytest

from conftest import FIXTURES
from rlx.runtime.abi import ABI_VERSION
from rlx.runtime.errors import RlxError, RuntimeLimitError, ShapeError
from rlx.runtime.loader import ModelLoadError, check_manifest, load, missing_cpu_flags
from test_aot import cli, compiled, so_dir, cache_dir  # noqa: F401  (fixtures)

TINY = FIXTURES["tiny-qwen3"]


def assert_one_line_error(out: subprocess.CompletedProcess, *fragments: str) -> None:
    assert out.returncode > 0, (out.returncode, out.stderr)
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), out.stderr
    assert "Traceback" not in out.stderr + out.stdout
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


@pytest.fixture(scope="module")
def tiny_so(so_dir) -> Path:  # noqa: F811
    return compiled(so_dir, "tiny-qwen3")


def fake_model(tmp_path: Path, c_source: str, name: str = "fake.so") -> Path:
    """A shared object built from ``c_source`` with the system cc."""
    (tmp_path / "fake.c").write_text(c_source)
    out = tmp_path / name
    subprocess.run(["cc", "-shared", "-fPIC", "-o", str(out), str(tmp_path / "fake.c")], check=True)
    return out


def manifest_source(manifest: dict) -> str:
    text = json.dumps(json.dumps(manifest))  # a C string literal of the JSON text
    return (f"const char rlx_manifest[] = {text};\n"
            "const unsigned long long rlx_manifest_size = sizeof(rlx_manifest) - 1;\n")


def model_dir(tmp_path: Path, config: dict | None = None, weights: bytes | None = None) -> Path:
    """A copy of the tiny model with its config and/or weights replaced."""
    folder = tmp_path / "model"
    folder.mkdir()
    cfg = json.loads((TINY / "config.json").read_text())
    (folder / "config.json").write_text(json.dumps({**cfg, **(config or {})}))
    if weights is not None:
        (folder / "model.safetensors").write_bytes(weights)
    return folder


# ------------------------------------------------------------------ rlxc compile


def test_compile_missing_path(tmp_path):
    assert_one_line_error(cli("compile", str(tmp_path / "nope.json"), "-o", str(tmp_path / "m.so")),
                          "not found")


def test_compile_not_json(tmp_path):
    (tmp_path / "config.json").write_text("this is not json")
    assert_one_line_error(cli("compile", str(tmp_path / "config.json"), "-o", str(tmp_path / "m.so")),
                          "not valid JSON")


def test_compile_json_that_is_no_model(tmp_path):
    (tmp_path / "x.json").write_text('{"hello": 1}')
    assert_one_line_error(cli("compile", str(tmp_path / "x.json"), "-o", str(tmp_path / "m.so")),
                          "model_type", "format")


def test_compile_unknown_model_type(tmp_path):
    folder = model_dir(tmp_path, {"model_type": "gpt2"})
    assert_one_line_error(cli("compile", str(folder), "-o", str(tmp_path / "m.so")), "gpt2")


def test_compile_unknown_flow_format(tmp_path):
    (tmp_path / "flow.json").write_text('{"format": "rlx-flow/99", "family": "qwen3"}')
    assert_one_line_error(cli("compile", str(tmp_path / "flow.json"), "-o", str(tmp_path / "m.so")),
                          "rlx-flow/99")


def test_compile_weights_missing(tmp_path):
    folder = model_dir(tmp_path)
    assert_one_line_error(cli("compile", str(folder), "-o", str(tmp_path / "m.so")), "safetensors")


def test_compile_weights_truncated(tmp_path):
    data = (TINY / "model.safetensors").read_bytes()
    folder = model_dir(tmp_path, weights=data[: len(data) // 2])
    assert_one_line_error(cli("compile", str(folder), "-o", str(tmp_path / "m.so")), "truncated")


def test_compile_weights_misshaped(tmp_path):
    folder = model_dir(tmp_path, {"intermediate_size": 256}, (TINY / "model.safetensors").read_bytes())
    assert_one_line_error(cli("compile", str(folder), "-o", str(tmp_path / "m.so")), "shape")


@pytest.mark.parametrize("where", ["parent-is-a-file", "is-a-directory", "no-such-directory"])
def test_compile_unwritable_output(tmp_path, where):
    (tmp_path / "file").write_text("")
    out = {"parent-is-a-file": tmp_path / "file" / "m.so", "is-a-directory": tmp_path,
           "no-such-directory": tmp_path / "missing" / "m.so"}[where]
    assert_one_line_error(cli("compile", str(TINY), "-o", str(out)), "cannot write")


# ------------------------------------------------------------------ rlxc run: the model


def test_run_missing_model(tmp_path):
    assert_one_line_error(cli("run", str(tmp_path / "m.so"), "--prompt-ids", "1"), "not found")


def test_run_file_that_is_not_a_shared_object(tmp_path):
    (tmp_path / "m.so").write_text("not an ELF file")
    assert_one_line_error(cli("run", str(tmp_path / "m.so"), "--prompt-ids", "1"), "shared object")


def test_run_shared_object_that_is_not_an_rlx_model(tmp_path):
    so = fake_model(tmp_path, "int answer(void) { return 42; }\n")
    assert_one_line_error(cli("run", str(so), "--prompt-ids", "1"), "not an rlx model")


def test_run_manifest_of_another_abi_version(tmp_path):
    so = fake_model(tmp_path, manifest_source({"rlx_abi": 999, "rlx_version": "9.9", "entries": {}}))
    assert_one_line_error(cli("run", str(so), "--prompt-ids", "1"), "ABI version 999")


def test_a_model_of_the_previous_abi_version_asks_to_be_recompiled(tmp_path):
    old = {"rlx_abi": ABI_VERSION - 1, "rlx_version": "0.1.0", "kind": "session", "entries": {}}
    so = fake_model(tmp_path, manifest_source(old))
    assert_one_line_error(cli("run", str(so), "--prompt-ids", "1"),
                          f"ABI version {ABI_VERSION - 1}", f"speaks ABI version {ABI_VERSION}", "recompile")
    with pytest.raises(ModelLoadError, match="recompile it with `rlxc compile`"):
        check_manifest(old, "old.so")


def test_run_manifest_that_is_not_json(tmp_path):
    so = fake_model(tmp_path, 'const char rlx_manifest[] = "{oops";\n'
                              "const unsigned long long rlx_manifest_size = 5;\n")
    assert_one_line_error(cli("run", str(so), "--prompt-ids", "1"), "manifest")


def test_run_on_a_cpu_without_a_needed_feature(tmp_path):
    manifest = {"rlx_abi": ABI_VERSION, "entries": {}, "cpu": {"name": "future-cpu",
                                                     "required_flags": ["avx2", "rlx_test_flag"]}}
    so = fake_model(tmp_path, manifest_source(manifest))
    assert_one_line_error(cli("run", str(so), "--prompt-ids", "1"), "rlx_test_flag", "lacks")


def test_cpu_check_compares_with_cpuinfo_flags():
    manifest = {"rlx_abi": ABI_VERSION, "kind": "flow", "entries": {}, "cpu": {"required_flags": ["avx2", "avx512f"]}}
    check_manifest(manifest, "m.so", cpu_flags={"avx2", "avx512f", "fma"})
    with pytest.raises(ModelLoadError, match="avx512f"):
        check_manifest(manifest, "m.so", cpu_flags={"avx2", "fma"})
    assert missing_cpu_flags(["avx2"], None) == []  # unknown CPU (no /proc/cpuinfo): no claim


def test_run_weights_missing(tiny_so, tmp_path):
    assert_one_line_error(cli("run", str(tiny_so), "--weights", str(tmp_path), "--prompt-ids", "1"),
                          "safetensors")


def test_run_weights_misshaped(tiny_so):
    out = cli("run", str(tiny_so), "--weights", str(FIXTURES["llama"]), "--prompt-ids", "1")
    assert_one_line_error(out, "shape")


def test_run_malformed_manifest(tmp_path):
    manifest = {"rlx_abi": ABI_VERSION, "kind": "session", "entries": {"prefill": {"args": [{"name": "x"}]}}}
    so = fake_model(tmp_path, manifest_source(manifest))
    assert_one_line_error(cli("run", str(so), "--prompt-ids", "1"), "malformed manifest")


# ------------------------------------------------------------------ rlxc run: the prompt


@pytest.mark.parametrize("ids, fragment", [
    ("1,2,5000", "5000"),
    ("1,-3", "-3"),
    ("", "at least one"),
    ("1,x,3", "token ids"),
])
def test_run_bad_prompt_ids(tiny_so, ids, fragment):
    assert_one_line_error(cli("run", str(tiny_so), "--prompt-ids", ids), fragment)


def test_run_max_new_tokens_past_max_seq(tiny_so):
    out = cli("run", str(tiny_so), "--prompt-ids", "1,2,3", "--max-new-tokens", "40", "--max-seq", "16")
    assert_one_line_error(out, "max_seq")


def test_run_max_seq_beyond_the_model(tiny_so):
    out = cli("run", str(tiny_so), "--prompt-ids", "1", "--max-seq", "100000")
    assert_one_line_error(out, "max_position_embeddings")


@pytest.mark.parametrize("flags, fragment", [
    (["--prompt-ids", "1,1024"], "1024"),
    (["--prompt-ids", "1,2", "--max-new-tokens", "20", "--max-seq", "8"], "max_seq"),
])
def test_run_model_file_checks_the_prompt_before_compiling(flags, fragment):
    assert_one_line_error(cli("run", str(TINY), *flags), fragment)


def test_run_prompt_text_without_tokenizer(tiny_so):
    assert_one_line_error(cli("run", str(tiny_so), "--prompt", "hello"), "tokenizer.json")


@pytest.mark.parametrize("flags, fragment", [
    (["--top-p", "0"], "top-p"),
    (["--temperature", "-1"], "temperature"),
    (["--top-k", "-2"], "top-k"),
])
def test_run_bad_sampling_options(tiny_so, flags, fragment):
    assert_one_line_error(cli("run", str(tiny_so), "--prompt-ids", "1", *flags), fragment)


# ------------------------------------------------------------------ Session argument checks


@pytest.fixture(scope="module")
def session(tiny_so):
    return load(tiny_so, max_seq=16)


@pytest.mark.parametrize("ids, error, fragment", [
    (np.array([[1.5, 2.0]]), ShapeError, "integers"),
    (np.zeros((1, 2, 3), dtype=np.int64), ShapeError, "shape"),
    (np.zeros((2, 3), dtype=np.int64), ShapeError, "shape"),
    (np.zeros((1, 0), dtype=np.int64), ShapeError, "S >= 1"),
    ([[1, 1024]], RuntimeLimitError, "1024"),
    ([[-1]], RuntimeLimitError, "-1"),
    ([[1] * 17], RuntimeLimitError, "capacity"),
    ("abc", ShapeError, "integers"),
])
def test_prefill_checks_its_arguments(session, ids, error, fragment):
    session.reset()
    with pytest.raises(error, match=fragment):
        session.prefill(ids)
    assert session.past == 0  # nothing ran


def test_decode_checks_its_arguments(session):
    session.reset()
    session.prefill([[1] * 16])
    with pytest.raises(RuntimeLimitError, match="capacity"):
        session.decode([[1]])
    session.reset()
    with pytest.raises(ShapeError, match=r"\[1, 1\]"):
        session.decode([[1, 2]])


def test_generate_checks_its_arguments(session):
    with pytest.raises(RuntimeLimitError, match="max_seq"):
        session.generate([1, 2, 3], 15)
    with pytest.raises(RuntimeLimitError, match=">= 0"):
        session.generate([1], -1)


def test_load_checks_batch_and_capacity(tiny_so):
    with pytest.raises(RlxError, match="batch 1"):
        load(tiny_so, batch=2)
    with pytest.raises(RuntimeLimitError, match="max_position_embeddings"):
        load(tiny_so, max_seq=513)


def test_python_api_errors_are_rlx_errors(tmp_path):
    import rlxc

    with pytest.raises(RlxError, match="not found"):
        rlxc.load(tmp_path / "missing")
    (tmp_path / "m.so").write_bytes(b"\x7fELF garbage")
    with pytest.raises(RlxError, match="shared object"):
        rlxc.load(tmp_path / "m.so")


@pytest.mark.parametrize("flags, fragment", [
    (["-O", "1"], "-O: compile-only option"),
    (["--pipeline", "cse"], "--pipeline"),
    (["--checks"], "--checks"),
    (["--dump-ir", "d", "--no-cache"], "--dump-ir, --no-cache: compile-only options"),
    (["--threads", "0"], "--threads"),
    (["--target", "host"], "--target: compile-only option"),
    (["--quant", "q4_0", "--quant-head", "q8_0"], "--quant, --quant-head: compile-only options"),
    (["--verify-each", "--print-ir-diff"], "--print-ir-diff, --verify-each: compile-only options"),
])
def test_run_so_refuses_compile_only_flags(tiny_so, flags, fragment):
    assert_one_line_error(cli("run", str(tiny_so), "--prompt-ids", "1", *flags), fragment, "already compiled")


@pytest.mark.parametrize("batch, fragment", [("0", "at least 1"), ("-2", "at least 1"),
                                             ("2", "compiled for --batch 1, not 2")])
def test_run_so_refuses_a_batch_it_cannot_honour(tiny_so, batch, fragment):
    assert_one_line_error(cli("run", str(tiny_so), "--prompt-ids", "1", "--batch", batch), fragment)


@pytest.mark.parametrize("batch, fragment", [("0", "at least 1"), ("1000000", "KV cache"),
                                             ("1000000000000", "is too large")])
def test_run_model_file_refuses_a_batch_before_compiling(batch, fragment):
    assert_one_line_error(cli("run", str(TINY), "--prompt-ids", "1", "--batch", batch), fragment)


def test_threads_must_be_a_count():
    out = cli("compile", str(TINY), "-o", "x.so", "--threads", "-1")
    assert out.returncode == 2 and "--threads" in out.stderr
