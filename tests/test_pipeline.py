"""The inspectable pipeline: pass registry, pipeline strings, dumps, resuming from any
dump, verification and symbol checks after every pass, golden dumps, bad input."""

from __future__ import annotations

import contextlib
import difflib
import importlib.util
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from rlxc.ir_text import parse_module_text
from rlxc.passes import option_infos, registry
from rlxc.pipeline import DumpOptions, compile_passes, complete, parse_passes, pipeline_text, run_pipeline
from rlx.runtime.errors import IRError, PassError

PLUGIN = "tests.ir.broken_passes"


def _script():
    spec = importlib.util.spec_from_file_location("regen_golden", ROOT / "scripts" / "regen_golden.py")
    module = sys.modules[spec.name] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


regen_golden = _script()


@pytest.fixture(scope="module")
def dumps(tmp_path_factory) -> Path:
    """The bundled model compiled once with ``CompileOptions(dump_dir=...)``."""
    out = tmp_path_factory.mktemp("dumps")
    regen_golden.compile_with_dumps(out)
    return out


def mlir_dumps(d: Path) -> list[Path]:
    return sorted(d.glob("*.mlir"))


# ------------------------------------------------------------------ registry


def test_every_pass_has_a_summary_and_documented_options():
    for name, info in registry().items():
        assert info.summary, name
        for option in option_infos(name):
            assert option.help, f"option '{option.name}' of '{name}' has no help in the registry"
            assert option.type in ("int", "bool", "str", "float"), (name, option)


def test_pipeline_text_is_parsed_by_xdsl_into_pass_objects():
    passes = parse_passes("rlx-fuse,rlx-plan-memory{max-tokens=7},rlx-outline-parallel{threads=1},llvm-opt{level=2}")
    assert [p.name for p in passes] == ["rlx-fuse", "rlx-plan-memory", "rlx-outline-parallel", "llvm-opt"]
    assert passes[1].max_tokens == 7 and passes[2].threads == 1 and passes[3].level == 2
    fastmath = parse_passes('rlx-fastmath{flags="nnan afn"}')[0]
    assert fastmath.flags == "nnan afn" and parse_passes(pipeline_text([fastmath]))[0] == fastmath


@pytest.mark.parametrize("spec, message", [
    ("rlx-fusee", "unknown pass 'rlx-fusee'; did you mean 'rlx-fuse'"),
    ("rlx-plan-memory{max-token=3}", "has no option 'max-token'; did you mean 'max-tokens'?"),
    ("rlx-plan-memory{max-tokens=many}", "option 'max-tokens' of pass 'rlx-plan-memory' takes int, got 'many'"),
    ("rlx-fuse,,cse", "bad pipeline 'rlx-fuse,,cse': Expected pass name here at column 10"),
])
def test_bad_pipelines_say_what_is_wrong(spec, message):
    with pytest.raises(PassError, match=None) as err:
        parse_passes(spec)
    assert message in str(err.value)


def test_passes_must_fit_the_kind_of_ir():
    with pytest.raises(PassError, match="pass 'llvm-opt' reads LLVM IR"):
        run_pipeline(parse_module_text("builtin.module {}"), "llvm-opt")


def test_emit_completes_the_pipeline():
    names = lambda passes: [p.name for p in passes]  # noqa: E731
    prep = ["rlx-fastmath", "expand-math-to-polynomials", "rlx-outline-parallel"]
    assert names(complete(parse_passes("cse"), "llvm")) == ["cse", *prep, "convert-to-llvm"]
    assert names(complete(parse_passes("cse"), "asm")) == ["cse", *prep, "convert-to-llvm", "llvm-opt", "llvm-codegen"]
    assert names(complete(parse_passes("rlx-outline-parallel{threads=1}"), "llvm")) == [
        "rlx-outline-parallel", "convert-to-llvm"]
    assert names(complete(parse_passes("convert-to-llvm,llvm-opt{level=1}"), "asm"))[-1] == "llvm-codegen"
    with pytest.raises(PassError, match="cannot be turned into"):
        complete(parse_passes("convert-to-llvm"), "mlir")


def test_compiler_leaves_llvm_opt_and_codegen_to_the_backend_unless_observed():
    spec = "rlx-fuse,convert-to-llvm,llvm-opt,llvm-codegen"
    assert [p.name for p in compile_passes(spec, backend=False)] == ["rlx-fuse", "convert-to-llvm"]
    assert [p.name for p in compile_passes("rlx-fuse", backend=True)][-1] == "llvm-codegen"


def test_profiles_map_to_default_pipelines():
    from rlxc.passes import profile_pipeline, profiles

    assert "rlx-plan-memory{max-tokens=1}" in profile_pipeline(profiles()["decode"])
    assert profile_pipeline(profiles()["prefill"].with_(pipeline="cse")) == "cse"


def test_compile_flags_reach_compile_options():
    from rlxc.cli import build_parser
    from rlxc.commands.common import compile_options

    args = build_parser().parse_args(["compile", "m.json", "-o", "m.so", "--pipeline", "rlx-fuse,cse",
                                      "--print-ir-diff", "--print-ir-after-change", "--dump-ir", "d"])
    options = compile_options(args)
    assert options.profile.pipeline == "rlx-fuse,cse" and options.print_ir_diff and options.print_ir_after_change
    assert str(options.dump_dir) == "d" and options.verify


def test_rlxc_passes_lists_every_pass_and_option():
    from rlxc.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["passes"]) == 0
    text = out.getvalue()
    for name in registry():
        assert name in text
    assert "max-tokens: int = 512" in text and "default pipeline (decode):" in text


# ------------------------------------------------------------------ dumps


def expected_dumps() -> list[str]:
    """``00-input.mlir``, the entries' profiles and pipeline (``00-pipeline.txt``), then
    one file per pass of the default pipeline, in order."""
    from rlxc.compiler import CompileOptions
    from rlxc.pipeline import SUFFIX, produces

    # the bundled model's checkpoint is bf16: --quant auto stores its matmul weights in bf16
    passes = compile_passes(CompileOptions(precision="bf16").pipeline_text(), backend=True)
    return ["00-input.mlir", "00-pipeline.txt"] + [f"{i:02d}-{p.name}{SUFFIX[produces(p)]}"
                                                   for i, p in enumerate(passes, 1)]


def dump(d: Path, pass_name: str) -> Path:
    (path,) = d.glob(f"[0-9][0-9]-{pass_name}.*")
    return path


def test_dump_directory_has_every_pass_then_llvm(dumps):
    names = [p.name for p in sorted(dumps.iterdir())]
    assert names == expected_dumps()
    assert names[-3:] == [f"{len(names) - 4 + i:02d}-{n}" for i, n in
                          enumerate(["convert-to-llvm.ll", "llvm-opt.ll", "llvm-codegen.s"])]


def resume_command(path: Path) -> tuple[str, str]:
    """The pipeline a dump says resumes from it, and the IR text after that line."""
    first, _, text = path.read_text().partition("\n")
    match = re.fullmatch(rf"// rlxc opt {re.escape(path.name)} -p '(.*)'", first)
    assert match, f"{path.name} does not start with its resume command: {first}"
    return match.group(1), text


def test_the_mlir_dumps_are_the_pipelines_passes(dumps):
    assert [p.name for p in mlir_dumps(dumps)] == [n for n in expected_dumps() if n.endswith(".mlir")]


#: the dumps resumed in the fast set: the input and the first L3 one (CI time; a resume from
#: each of the others runs the same passes: they are in the slow set)
FAST_RESUMES = ("input", "rlx-to-loops")


@pytest.mark.parametrize("name", [pytest.param(n, marks=[] if n.split("-", 1)[1][:-5] in FAST_RESUMES
                                               else [pytest.mark.slow]) for n in expected_dumps()
                                  if n.endswith(".mlir")])
def test_every_dump_prints_back_and_resumes_to_the_same_llvm_ir(dumps, name):
    """Each .mlir dump parses, prints back identically, and running the rest of the
    pipeline from it (the command on its first line) gives the same LLVM IR."""
    final = dump(dumps, "convert-to-llvm").read_text()
    path = dumps / name
    rest, text = resume_command(path)
    module = parse_module_text(text, str(path))
    assert str(module) + "\n" == text, f"{path.name} does not print back identically"
    result = run_pipeline(module, compile_passes(rest, backend=False), DumpOptions(verify=False))
    assert result.text() == final, f"resuming from {path.name} changes the LLVM IR"


def test_resuming_the_llvm_phases(dumps):
    # the dumps are for the goldens' target: LLVM's cost models differ per CPU (znver4 unrolls
    # other loops than x86-64-v4), so the resumed phase is run for that target too
    optimized = run_pipeline(dump(dumps, "convert-to-llvm").read_text(),
                             f'llvm-opt{{target="{regen_golden.TARGET}"}}', kind="llvm")
    assert optimized.text() == dump(dumps, "llvm-opt").read_text()


def test_golden_dumps(dumps):
    """Fails when a pass's output on the bundled model changed: run scripts/regen_golden.py."""
    golden_dir = regen_golden.GOLDEN
    fresh = regen_golden.golden_files(dumps)
    golden = {p.name: p.read_text() for p in sorted(golden_dir.iterdir())} if golden_dir.is_dir() else {}
    problems = []
    for name in sorted(fresh.keys() | golden.keys()):
        if fresh.get(name) != golden.get(name):
            old, new = (files.get(name, "").splitlines() for files in (golden, fresh))
            diff = difflib.unified_diff(old, new, f"golden/{name}", f"now/{name}", lineterm="", n=1)
            problems.append("\n".join(list(diff)[:12]))
    assert not problems, ("the IR of the bundled model changed; review it and run "
                          "`python scripts/regen_golden.py`:\n" + "\n".join(problems))


def test_print_ir_after_all_and_after_change(tmp_path):
    module = parse_module_text((ROOT / "tests" / "ir" / "rlx-fuse.mlir").read_text())
    out = io.StringIO()
    run_pipeline(module, "cse,rlx-fuse,rlx-fuse", DumpOptions(print_ir_after_change=True, stream=out))
    headers = [ln for ln in out.getvalue().splitlines() if ln.startswith("// -----// IR Dump")]
    assert headers == ["// -----// IR Dump After rlx-fuse //----- //"]  # cse and the 2nd fuse change nothing
    out = io.StringIO()
    run_pipeline(module, "cse,rlx-fuse", DumpOptions(print_ir_after_all=True, stream=out))
    assert out.getvalue().count("// -----// IR Dump After") == 2


def test_print_ir_diff_shows_each_pass(tmp_path):
    module = parse_module_text((ROOT / "tests" / "ir" / "rlx-fuse.mlir").read_text())
    out = io.StringIO()
    run_pipeline(module, "rlx-fuse,cse", DumpOptions(print_ir_diff=True, stream=out))
    text = out.getvalue()
    assert "// -----// IR Diff After rlx-fuse //----- //" in text and "+swiglu#0: rlx.swiglu %g, %u" in text
    assert "// -----// IR Diff After cse //----- //\n# no change" in text


# ------------------------------------------------------------------ checks


def test_verification_failure_names_the_pass_and_the_op(tmp_path, monkeypatch):
    monkeypatch.setenv("RLX_PASS_PLUGINS", PLUGIN)
    module = parse_module_text((ROOT / "tests" / "ir" / "rlx-bufferize.mlir").read_text())
    with pytest.raises(IRError) as err:
        run_pipeline(module, "rlx-fuse,test-break-types", DumpOptions(dump_dir=tmp_path))
    message = str(err.value)
    assert ("IR after pass 'test-break-types' does not verify: "
            "op 'rlx.linear' (@layer L0/linear[q,q.bias])") in message
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "00-input.mlir", "01-rlx-fuse.mlir", "02-test-break-types.failed.mlir"]


def test_a_group_of_l3_rewrites_is_verified_once_and_blamed_together(monkeypatch):
    """cse and the LLVM-preparation passes are verified after the last of a run of them;
    --verify-each (DumpOptions.verify_each) verifies after each."""
    monkeypatch.setenv("RLX_PASS_PLUGINS", PLUGIN)
    monkeypatch.setattr("rlxc.passes.VERIFIED_AS_A_GROUP", ("test-break-types", "cse"))
    text = (ROOT / "tests" / "ir" / "rlx-bufferize.mlir").read_text()
    with pytest.raises(IRError, match=r"IR after pass 'test-break-types \.\. cse' does not verify"):
        run_pipeline(parse_module_text(text), "rlx-fuse,test-break-types,cse")
    with pytest.raises(IRError, match=r"IR after pass 'test-break-types' does not verify"):
        run_pipeline(parse_module_text(text), "rlx-fuse,test-break-types,cse", DumpOptions(verify_each=True))


def test_a_pass_that_makes_a_symbol_constant_is_named(monkeypatch):
    monkeypatch.setenv("RLX_PASS_PLUGINS", PLUGIN)
    module = parse_module_text((ROOT / "tests" / "ir" / "rlx-bufferize.mlir").read_text())
    with pytest.raises(IRError, match="pass 'test-fold-symbol' replaced the symbolic dim PAST_SEQ of @layer"):
        run_pipeline(module, "rlx-bufferize,test-fold-symbol{symbol=PAST_SEQ value=3}")


def test_no_verify_skips_the_checks(monkeypatch):
    monkeypatch.setenv("RLX_PASS_PLUGINS", PLUGIN)
    module = parse_module_text((ROOT / "tests" / "ir" / "rlx-bufferize.mlir").read_text())
    run_pipeline(module, "test-fold-symbol", DumpOptions(verify=False))


# ------------------------------------------------------------------ bad input, end to end


def rlxc(*args: str, stdin: str | None = None, plugins: bool = False) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("RLX_TRACEBACK", None)
    if plugins:
        env["RLX_PASS_PLUGINS"] = PLUGIN
    return subprocess.run([sys.executable, "-m", "rlxc.cli", *args], input=stdin, capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=120)


def assert_one_error(proc: subprocess.CompletedProcess, *fragments: str) -> str:
    assert proc.returncode > 0
    assert "Traceback" not in proc.stderr
    errors = [ln for ln in proc.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) == 1, proc.stderr
    for fragment in fragments:
        assert fragment in errors[0]
    return errors[0]


BROKEN = """builtin.module {
  func.func @f(%x: !rlx.tensor<"4", f32>) -> !rlx.tensor<"4", f32> {
    %y = rlx.silu %x : !rlx.tensor<"4", f32> -> !rlx.tensor<"4", f32>
    %z = rlx.silu %y : !rlx.tensor<"4", f32> -> !rlx.tensor<"4" f32>
    func.return %z : !rlx.tensor<"4", f32>
  }
}
"""


def test_cli_syntax_error_shows_file_line_column_and_text(tmp_path):
    path = tmp_path / "broken.mlir"
    path.write_text(BROKEN)
    assert_one_error(rlxc("opt", str(path)), f"{path}:4:65: Expected ','", "(at 'f32')")


def test_cli_unknown_op_from_stdin():
    proc = rlxc("opt", "-", stdin=BROKEN.replace("rlx.silu %x", "rlx.frob %x"))
    assert_one_error(proc, "<stdin>:3:10: unknown operation 'rlx.frob'", "(at 'rlx.frob')")


def test_cli_unknown_pass_and_option_list_close_matches(tmp_path):
    path = tmp_path / "ok.mlir"
    path.write_text("builtin.module {}\n")
    assert_one_error(rlxc("opt", str(path), "-p", "rlx-bufferise"), "did you mean 'rlx-bufferize'")
    assert_one_error(rlxc("opt", str(path), "-p", "rlx-outline-parallel{thread=1}"), "did you mean 'threads'")


def test_cli_verification_failure_keeps_the_dumps(tmp_path):
    proc = rlxc("opt", str(ROOT / "tests" / "ir" / "rlx-bufferize.mlir"), "-p", "rlx-fuse,test-break-types",
                "--dump-ir", str(tmp_path / "d"), plugins=True)
    assert_one_error(proc, "pass 'test-break-types'", "op 'rlx.linear'")
    assert (tmp_path / "d" / "01-rlx-fuse.mlir").is_file()


def test_cli_symbol_made_constant_names_the_pass():
    proc = rlxc("opt", str(ROOT / "tests" / "ir" / "rlx-bufferize.mlir"), "-p", "test-fold-symbol{symbol=SEQ}",
                plugins=True)
    assert_one_error(proc, "pass 'test-fold-symbol' replaced the symbolic dim SEQ")


def test_cli_opt_resumes_from_a_dump_and_emits_llvm(dumps, tmp_path):
    out = tmp_path / "out.ll"
    path = dump(dumps, "rlx-to-loops")
    rest = resume_command(path)[0].split(",convert-to-llvm")[0]  # the xDSL passes left
    proc = rlxc("opt", str(path), "-p", rest, "--emit", "llvm", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert out.read_text() == dump(dumps, "convert-to-llvm").read_text()


@pytest.mark.slow  # the CLI's --dump-ir end to end (with tests/test_aot.py::test_dump_ir_reaches_the_pipeline)
def test_cli_run_dumps_the_ir(tmp_path):
    from rlxc.cli import main

    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        code = main(["run", str(ROOT / "examples" / "tiny-qwen3"), "--prompt-ids", "1,2", "--max-new-tokens", "1",
                     "--dump-ir", str(tmp_path), "--no-cache"])
    assert code == 0
    assert [p.name for p in sorted(tmp_path.iterdir())] == expected_dumps()


def test_inf_splats_read_back_as_the_same_bits():
    """xDSL prints them as bit patterns (the polynomial exp has a +inf splat)."""
    from rlxc.ir_text import parse_module_text

    text = """builtin.module {
  func.func @f() {
    %0 = arith.constant dense<0x7f800000> : vector<8xf32>
    %1 = arith.constant dense<0xff800000> : vector<8xf32>
    func.return
  }
}
"""
    module = parse_module_text(text)
    assert str(module) + "\n" == text
    values = [list(op.value.get_values()) for op in list(module.body.block.first_op.body.block.ops)[:2]]
    assert values == [[float("inf")] * 8, [float("-inf")] * 8]


INSTRUMENTED = ("rlx-fuse,rlx-fuse-gate-up,rlx-bufferize,rlx-fuse-linears,rlx-plan-memory{max-tokens=64},"
                "rlx-pack-weights,rlx-to-loops,cse,rlx-instrument")


@pytest.mark.parametrize("command", ["compile", pytest.param("run", marks=pytest.mark.slow)])
def test_a_pipeline_calling_hooks_nobody_provides_is_refused_before_anything_is_written(command, tmp_path,
                                                                                       monkeypatch):
    """rlx-instrument's timing hooks exist only under ``python -m bench --report``: a
    ``.so`` calling them used to be written (and cached) and then fail to load, and the
    JIT would abort the process on the unresolved symbol."""
    model = str(ROOT / "examples" / "tiny-qwen3")
    out = tmp_path / "tiny.so"
    args = ["-o", str(out)] if command == "compile" else ["--prompt-ids", "1,2", "--max-new-tokens", "2"]
    env_cache = tmp_path / "cache"
    monkeypatch.setenv("RLX_CACHE_DIR", str(env_cache))
    proc = rlxc(command, model, "--pipeline", INSTRUMENTED, *args)
    assert_one_error(proc, "rlx_prof_begin, rlx_prof_end", "nothing provides")
    assert not out.exists()
    assert not any(p.suffix == ".so" for p in env_cache.rglob("*")), "nothing may be cached"
