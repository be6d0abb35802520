"""``--timing``: the compile's time per pass, the verifier and LLVM, in the layout of
``mlir-opt --mlir-timing``."""

from __future__ import annotations

import re

from conftest import ROOT
from rlxc.cli import main
from rlxc.timing import VERIFY_ROW, Timer

ROW = re.compile(r"^\s+(\d+\.\d{4}) \(\s*(\d+\.\d)%\)  (.+)$")


def rows(report: str) -> dict[str, float]:
    """name -> seconds of every row of a report."""
    return {m.group(3): float(m.group(1)) for m in map(ROW.match, report.splitlines()) if m}


def test_a_report_has_each_step_then_the_rest_and_the_total():
    timer = Timer()
    timer.add("a", 1.0)
    timer.add("b", 2.0)
    timer.add("a", 0.5)  # a step seen again adds to its row
    report = timer.report(total=4.0)
    assert "Execution time report" in report and "Total Execution Time: 4.0000 seconds" in report
    assert list(rows(report).items()) == [("a", 1.5), ("b", 2.0), ("Rest", 0.5), ("Total", 4.0)]
    assert "  1.5000 ( 37.5%)  a" in report


def test_opt_prints_each_pass_and_the_verifier_after_the_ir(capsys):
    ir = str(ROOT / "tests" / "ir" / "rlx-fastmath.mlir")
    assert main(["opt", ir, "-p", "rlx-fastmath,cse", "--timing"]) == 0
    out, err = capsys.readouterr()
    assert "arith.addf %x, %x fastmath<nsz,arcp,afn>" in out  # the IR on stdout as without the flag
    assert list(rows(err)) == ["rlx-fastmath", "cse", VERIFY_ROW, "Rest", "Total"]


def test_compile_times_a_cached_model_again(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("RLX_CACHE_DIR", str(tmp_path / "cache"))
    model = str(ROOT / "examples" / "tiny-qwen3")
    assert main(["compile", model, "-o", str(tmp_path / "a.so")]) == 0
    assert "Execution time report" not in capsys.readouterr().err
    assert main(["compile", model, "-o", str(tmp_path / "b.so"), "--timing"]) == 0  # cached, but timed
    timed = rows(capsys.readouterr().err)
    names = list(timed)
    assert names[0] == "build the flows" and names[-5:] == [VERIFY_ROW, "llvm-opt", "llvm-codegen", "Rest", "Total"]
    for step in ("rlx-to-loops", "rlx-outline-parallel", "convert-to-llvm", "llvm-opt", "llvm-codegen"):
        assert timed[step] > 0
    assert abs(sum(s for n, s in timed.items() if n != "Total") - timed["Total"]) < 1e-3
