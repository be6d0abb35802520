"""No lost output: ``rlxc compile -o out.so`` (and ``rlxc opt -o``) replace ``out``
atomically. A failed, interrupted or killed compile leaves the old file as it was; its
temporary file is removed (or, after SIGKILL, by the next compile); the new file's
mode follows the umask like a C compiler's output."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT
from rlxc.aot import compile_model
from rlxc.atomic import atomic_output, remove_stale_temporaries
from rlxc.interrupts import noted_signals
from test_aot import cache_dir, cli  # noqa: F401  (fixtures)
from test_runtime_errors import assert_one_line_error

MODEL = FIXTURES["tiny-qwen3"]
OLD = b"\x7fELF an older, good model"


@pytest.fixture
def old_output(tmp_path) -> Path:
    out = tmp_path / "out.so"
    out.write_bytes(OLD)
    return out


def temporaries(out: Path) -> list[Path]:
    return sorted(out.parent.glob(f".{out.name}.*.tmp"))


def test_a_failed_compile_keeps_the_old_output(old_output):
    result = cli("compile", str(MODEL), "-o", str(old_output), "--no-cache", "--pipeline", "rlx-fuse,rlx-to-lops")
    assert_one_line_error(result, "unknown pass 'rlx-to-lops'")
    assert old_output.read_bytes() == OLD and not temporaries(old_output)


def test_a_compile_failing_in_a_pass_keeps_the_old_output(old_output):
    # rlx-to-loops before rlx-plan-memory: fails in the middle of the pipeline
    result = cli("compile", str(MODEL), "-o", str(old_output), "--no-cache", "--pipeline",
                 "rlx-fuse,rlx-bufferize,rlx-to-loops,cse")
    assert_one_line_error(result, "rlx-plan-memory")
    assert old_output.read_bytes() == OLD and not temporaries(old_output)


def start_compile(out: Path) -> subprocess.Popen:
    """``rlxc compile --no-cache`` in the background, once its temporary file exists."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "rlxc.cli", "compile", str(MODEL), "-o", str(out),
                             "--no-cache"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    deadline = time.monotonic() + 60
    while not temporaries(out):
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        time.sleep(0.01)
    return proc


@pytest.mark.parametrize("sig, status, message", [(signal.SIGTERM, 143, "error: terminated"),
                                                  (signal.SIGINT, 130, "error: interrupted")])
def test_an_interrupted_compile_keeps_the_old_output_and_cleans_up(old_output, sig, status, message):
    proc = start_compile(old_output)
    proc.send_signal(sig)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == status and stderr.strip().splitlines() == [message], stderr
    assert old_output.read_bytes() == OLD and not temporaries(old_output)


class DropsAnInterrupt:
    """Receives SIGINT in ``__del__``, where Python prints the exception and drops it
    (as importlib's module-lock callback did to a CI run's Ctrl-C)."""

    def __del__(self):
        signal.raise_signal(signal.SIGINT)


def test_an_interrupt_dropped_by_a_callback_still_keeps_the_old_output(old_output, capsys):
    with pytest.raises(KeyboardInterrupt), noted_signals(), atomic_output(old_output) as tmp:
        tmp.write_bytes(b"new")
        DropsAnInterrupt()  # collected at once: its exception never reaches this block
    assert old_output.read_bytes() == OLD and not temporaries(old_output)
    assert "Exception ignored" not in capsys.readouterr().err  # raised again, so not printed


CUT_SHORT = """
import os, signal
from rlxc.interrupts import Terminated, noted_signals, quiet_until_exit

class CutShort:  # as llvmlite's OutputString when a signal lands in its __init__
    def __del__(self):
        self._ptr

with noted_signals():
    try:
        os.kill(os.getpid(), signal.SIGTERM)
        while True:
            pass
    except Terminated:
        CutShort()  # collected inside the block
print("error: terminated")
quiet_until_exit()
kept = CutShort()  # collected while the interpreter shuts down
"""


def test_after_a_signal_a_cut_short_object_adds_no_traceback():
    """An object whose ``__init__`` a signal cut short fails in its ``__del__``, inside the
    command or at exit: the one line stays the only output (a CI run's SIGTERM once
    landed in llvmlite's OutputString and printed a traceback after it)."""
    run = subprocess.run([sys.executable, "-c", CUT_SHORT], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert run.returncode == 0 and run.stdout.strip() == "error: terminated" and run.stderr == "", run.stderr


def test_a_killed_compile_keeps_the_old_output_and_the_next_one_cleans_up(old_output, cache_dir):  # noqa: F811
    proc = start_compile(old_output)
    proc.kill()
    proc.wait(timeout=60)
    assert old_output.read_bytes() == OLD
    assert len(temporaries(old_output)) == 1  # SIGKILL leaves no chance to clean up
    compile_model(MODEL / "config.json", old_output, max_seq=32)
    assert old_output.read_bytes()[:4] == b"\x7fELF" and old_output.read_bytes() != OLD
    assert not temporaries(old_output)


def test_only_temporaries_of_dead_processes_are_removed(tmp_path):
    out = tmp_path / "m.so"
    mine = tmp_path / f".m.so.{os.getpid()}.abc.tmp"
    dead = tmp_path / ".m.so.999999999.abc.tmp"
    other = tmp_path / ".other.so.999999999.abc.tmp"
    for path in (mine, dead, other):
        path.write_text("")
    remove_stale_temporaries(out)
    assert mine.exists() and not dead.exists() and other.exists()


@pytest.mark.parametrize("umask, mode", [(0o022, 0o755), (0o077, 0o700), (0o002, 0o775)])
def test_the_so_mode_follows_the_umask(tmp_path, cache_dir, umask, mode):  # noqa: F811
    old = os.umask(umask)
    try:
        out = compile_model(MODEL / "config.json", tmp_path / "m.so", max_seq=32)
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == mode


def test_opt_writes_its_output_atomically(tmp_path):
    (source,) = (ROOT / "tests" / "golden" / "tiny-qwen3").glob("[0-9][0-9]-rlx-bufferize.mlir")  # L2, not yet planned
    out = tmp_path / "out.mlir"
    out.write_text("old")
    assert_one_line_error(cli("opt", str(source), "-p", "rlx-to-loops", "-o", str(out)), "rlx-plan-memory")
    assert out.read_text() == "old" and not temporaries(out)
    done = cli("opt", str(source), "-p", "rlx-plan-memory", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "offset = " in out.read_text() and out.stat().st_mode & 0o777 == 0o666 & ~current_umask()
    assert not temporaries(out)


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
