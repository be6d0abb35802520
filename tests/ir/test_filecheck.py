"""The ``tests/ir/*.mlir`` tests, run the way LLVM's lit runs its tests.

Each ``// RUN:`` line of a file (``; RUN:`` in a ``.ll`` file) is one command of the form

    [not] rlxc ARGS [2>&1] | filecheck %s [FILECHECK ARGS]

``%s`` is the file itself. ``rlxc`` runs in process (``rlxc.cli.main``), its stdout
(and with ``2>&1`` its stderr) is checked by the ``filecheck`` package (the Python
port of LLVM's FileCheck) against the ``CHECK:`` lines of the file. ``not`` expects
a non-zero exit.
"""

from __future__ import annotations

import contextlib
import io
import shlex
from dataclasses import dataclass
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
#: ``.mlir`` files, and ``.ll`` files (LLVM IR: their RUN and CHECK lines are ``;`` comments)
FILES = sorted([*HERE.glob("*.mlir"), *HERE.glob("*.ll")])
RUN_PREFIXES = ("// RUN:", "; RUN:")


@dataclass(frozen=True)
class RunLine:
    rlxc: list[str]
    filecheck: list[str]
    expect_failure: bool = False
    merge_stderr: bool = False


def parse_run_line(text: str, path: Path) -> RunLine:
    words = shlex.split(text.replace("%s", shlex.quote(str(path))))
    if "|" not in words:
        raise ValueError(f"RUN line without '| filecheck': {text}")
    bar = words.index("|")
    command, check = words[:bar], words[bar + 1:]
    expect_failure = command[:1] == ["not"]
    command = command[1:] if expect_failure else command
    merge = "2>&1" in command
    command = [w for w in command if w != "2>&1"]
    if command[:1] != ["rlxc"] or check[:1] != ["filecheck"]:
        raise ValueError(f"RUN line must be '[not] rlxc ... | filecheck ...': {text}")
    return RunLine(command[1:], check[1:], expect_failure, merge)


def run_lines(path: Path) -> list[RunLine]:
    lines = [ln.split("RUN:", 1)[1].strip() for ln in path.read_text().splitlines()
             if ln.lstrip().startswith(RUN_PREFIXES)]
    return [parse_run_line(ln, path) for ln in lines]


def run_rlxc(args: list[str], merge_stderr: bool = False) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``rlxc ARGS`` (stderr into stdout with ``merge_stderr``)."""
    from rlxc.cli import main

    out = io.StringIO()
    err = out if merge_stderr else io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(args)
        except SystemExit as exit_:  # argparse
            code = exit_.code if isinstance(exit_.code, int) else 1
    return code, out.getvalue(), err.getvalue()


def run_filecheck(args: list[str], text: str, tmp_path: Path) -> tuple[int, str]:
    from filecheck.matcher import Matcher
    from filecheck.options import parse_argv_options

    output = tmp_path / "output.txt"
    output.write_text(text)
    opts = parse_argv_options(["filecheck", *args, "--input-file", str(output)])
    log = io.StringIO()
    with contextlib.redirect_stdout(log), contextlib.redirect_stderr(log):
        code = Matcher.from_opts(opts).run()
    return code, log.getvalue()


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_ir_file(path: Path, tmp_path: Path):
    runs = run_lines(path)
    assert runs, f"{path.name} has no '// RUN:' line"
    for run in runs:
        code, out, err = run_rlxc(run.rlxc, run.merge_stderr)
        shown = f"rlxc {shlex.join(run.rlxc)}"
        if run.expect_failure:
            assert code != 0, f"{shown} succeeded, expected a failure"
        else:
            assert code == 0, f"{shown} failed ({code}):\n{err}"
        fc_code, log = run_filecheck(run.filecheck, out, tmp_path)
        assert fc_code == 0, f"{shown} | filecheck {shlex.join(run.filecheck)}:\n{log}"


def test_every_registered_pass_has_an_ir_test():
    from rlxc.passes import registry

    tested = {p.stem for p in FILES}
    missing = [name for name in registry() if not name.startswith("test-") and name not in tested]
    assert not missing, f"passes without a tests/ir/<pass>.mlir file: {missing}"
