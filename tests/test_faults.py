"""Fault injection: a kill, a full disk or a damaged byte never leaves damage behind, a
crash, or plausible tokens with exit status 0.

* SIGKILL (the whole process group, at once) at seeded random times and at the moments
  a cache file or the ``-o`` output is being written, of ``rlxc compile`` and of a first
  ``rlxc run config.json`` (which fills the compile cache and the packed-weight cache):
  the next run succeeds with the tokens of an undisturbed one, and no temporary is left
  in the cache, beside ``-o`` or in ``$TMPDIR``;
* a full disk under the cache (a small tmpfs in a user namespace; where that is not
  allowed, RLIMIT_FSIZE): the run succeeds uncached with one notice, nothing partial is
  left, and a later run with room fills the cache;
* damaged bytes in a ``.so``'s code, in its embedded weights, in the packed-weight cache
  and in compile-cache entries: a one-line error naming the file (and the tensor), or a
  repack / relink -- never a crash or other tokens.

``FIGURES`` collects what was done (kills, points, temporaries the kills left, orphans
after recovery); ``-s`` prints it at the end.
"""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from conftest import ROOT
from rlx.runtime.errors import ModelLoadError, RlxError
from rlx.runtime.seal import FOOTER, exported_symbols

MODEL = ROOT / "examples" / "tiny-qwen3"
PROMPT = ("--prompt-ids", "1,2,3", "--max-new-tokens", "2")
SEED = 14
FIGURES: Counter = Counter()
POINTS: set[str] = set()


@pytest.fixture(scope="module", autouse=True)
def report():
    yield
    print(f"\nfault injection: {FIGURES['kills']} kills at {len(POINTS)} points "
          f"({FIGURES['kills during writes']} while a file was being written), {FIGURES['left by kills']} "
          f"temporaries left by the kills, {FIGURES['orphans']} orphans after the next run; "
          f"{FIGURES['damaged files']} damaged files refused or repaired, {FIGURES['full disks']} full disks")


# ------------------------------------------------------------------ running rlxc


def environment(cache: Path, tmp: Path) -> dict[str, str]:
    tmp.mkdir(parents=True, exist_ok=True)
    return {**os.environ, "PYTHONPATH": str(ROOT), "RLX_CACHE_DIR": str(cache), "TMPDIR": str(tmp),
            "OMP_WAIT_POLICY": "passive"}


def rlxc(cache: Path, tmp: Path, *args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rlxc.cli", *args], cwd=ROOT, env=environment(cache, tmp),
                          capture_output=True, text=True, timeout=300, **kwargs)


def start(cache: Path, tmp: Path, *args: str) -> subprocess.Popen:
    """rlxc in its own process group, so that a kill takes its C compiler along."""
    return subprocess.Popen([sys.executable, "-m", "rlxc.cli", *args], cwd=ROOT, env=environment(cache, tmp),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def kill(proc: subprocess.Popen) -> bool:
    """SIGKILL the process group; False when it had already finished."""
    if proc.poll() is not None:
        return False
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    return True


def kill_at(proc: subprocess.Popen, point: str, condition, timeout: float = 120) -> None:
    """Kill ``proc`` as soon as ``condition()`` holds (polled every 0.5 ms)."""
    deadline = time.monotonic() + timeout
    while proc.poll() is None and time.monotonic() < deadline:
        if condition():
            break
        time.sleep(0.0005)
    if kill(proc):
        FIGURES["kills"] += 1
        FIGURES["kills during writes"] += not point.startswith("t=")
        POINTS.add(point)


def after(seconds: float):
    start_time = time.monotonic()
    return lambda: time.monotonic() - start_time >= seconds


def being_written(folder: Path, pattern: str, nonempty: bool = False):
    """A condition: a temporary matching ``pattern`` exists under ``folder`` (with bytes)."""
    def check() -> bool:
        for tmp in folder.glob(pattern):
            try:
                if not nonempty or tmp.stat().st_size > 0:
                    return True
            except OSError:
                continue
        return False
    return check


def leftovers(*folders: Path, tmp: Path) -> list[Path]:
    """Every writer's temporary under ``folders`` and every rlx scratch directory in ``tmp``."""
    found = [p for folder in folders if folder.exists() for p in folder.rglob(".*.tmp")]
    return sorted(found + list(tmp.glob("rlx-*")))


def tokens(result: subprocess.CompletedProcess) -> list[str]:
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> dict:
    """An undisturbed compile (how long it takes, its .so, its warm cache) and its tokens."""
    root = tmp_path_factory.mktemp("reference")
    so = root / "tiny.so"
    began = time.monotonic()
    done = rlxc(root / "cache", root / "tmp", "compile", str(MODEL), "-o", str(so))
    assert done.returncode == 0, done.stderr
    seconds = time.monotonic() - began
    return {"seconds": seconds, "so": so, "cache": root / "cache", "tmp": root / "tmp",
            "tokens": tokens(rlxc(root / "cache", root / "tmp", "run", str(so), *PROMPT))}


# ------------------------------------------------------------------ SIGKILL


@pytest.mark.parametrize("timed_kills", [
    1, pytest.param(4, marks=pytest.mark.slow)])  # CI time: the fast set kills at each named point and once by time
def test_killed_compiles_leave_nothing_behind(reference, tmp_path, timed_kills):
    cache, tmp, out = tmp_path / "cache", tmp_path / "tmp", tmp_path / "out" / "tiny.so"
    out.parent.mkdir()
    rng = random.Random(SEED)
    compile_args = ("compile", str(MODEL), "-o", str(out))
    points = [(f"t={rng.uniform(0.2, 0.9) * reference['seconds']:.2f}s", None),
              ("compile: code.o being cached", being_written(cache, "*/.code.o.*.tmp")),
              ("compile: -o being linked", being_written(out.parent, f".{out.name}.*.tmp", nonempty=True)),
              *[(f"t={rng.uniform(0.15, 0.8):.2f}s", None) for _ in range(timed_kills - 1)]]  # code cached: the link, the write
    left: set[Path] = set()
    for point, condition in points:
        proc = start(cache, tmp, *compile_args)
        kill_at(proc, point, condition or after(float(point[2:-1])))
        left.update(leftovers(cache, out.parent, tmp=tmp))
    FIGURES["left by kills"] += len(left)
    assert tokens(rlxc(cache, tmp, *compile_args)) == []
    assert tokens(rlxc(cache, tmp, "run", str(out), *PROMPT)) == reference["tokens"]
    orphans = leftovers(cache, out.parent, tmp=tmp)
    FIGURES["orphans"] += len(orphans)
    assert orphans == []


@pytest.mark.slow  # the killed-compiles test covers the same temporaries in the fast set (CI time)
def test_killed_first_loads_leave_nothing_behind(reference, tmp_path):
    cache, tmp = tmp_path / "cache", tmp_path / "tmp"
    rng = random.Random(SEED + 1)
    run_args = ("run", str(MODEL / "config.json"), *PROMPT)
    points = [(f"t={rng.uniform(0.1, 0.6) * reference['seconds']:.2f}s", None),  # (code.o: the compile's)
              ("run: model.so being linked into the cache", being_written(cache, "*/.model.so.*.tmp", nonempty=True)),
              ("run: packed weights being written", being_written(cache / "weights", ".*.tmp")),
              *[(f"t={rng.uniform(0.15, 0.8):.2f}s", None) for _ in range(3)]]
    left: set[Path] = set()
    for point, condition in points:
        proc = start(cache, tmp, *run_args)
        kill_at(proc, point, condition or after(float(point[2:-1])))
        left.update(leftovers(cache, tmp=tmp))
    FIGURES["left by kills"] += len(left)
    assert tokens(rlxc(cache, tmp, *run_args)) == reference["tokens"]
    orphans = leftovers(cache, tmp=tmp)
    FIGURES["orphans"] += len(orphans)
    assert orphans == []
    assert list((cache / "weights").glob("*.bin")) and list(cache.glob("*/model.so"))


# ------------------------------------------------------------------ a full disk

# Runs as root of a new user and mount namespace: mounts a tmpfs of each size in turn
# over the cache directory and runs `rlxc run` on it; prints what each run saw.
FULL_DISK_DRIVER = """
import json, subprocess, sys
from pathlib import Path
disk, args, env = Path(sys.argv[1]), json.loads(sys.argv[2]), json.loads(sys.argv[3])
steps = []
for i, size in enumerate(json.loads(sys.argv[4])):
    subprocess.run(["mount", "-t", "tmpfs", "-o", ("remount," if i else "") + "size=" + size, "tmpfs", str(disk)],
                   check=True)
    run = subprocess.run(args, env=env, capture_output=True, text=True)
    steps.append({"rc": run.returncode, "out": run.stdout, "err": run.stderr,
                  "files": sorted(str(p.relative_to(disk)) for p in disk.rglob("*") if p.is_file())})
print(json.dumps(steps))
"""
#: nothing fits; the code fits but not the packed weights (nor their 1 GiB margin); all fits
SIZES = ("64k", "512k", "2g")


def full_disk_in_a_namespace(disk: Path, args: list[str], env: dict) -> list[dict] | None:
    """The runs on a real full file system (ENOSPC), or None where namespaces are not allowed."""
    if shutil.which("unshare") is None or shutil.which("mount") is None:
        return None
    probe = subprocess.run(["unshare", "-rm", "mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(disk)],
                           capture_output=True)
    if probe.returncode != 0:
        return None
    done = subprocess.run(["unshare", "-rm", sys.executable, "-c", FULL_DISK_DRIVER, str(disk), json.dumps(args),
                           json.dumps(env), json.dumps(SIZES)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def full_disk_by_file_size_limit(disk: Path, args: list[str], env: dict) -> list[dict]:
    """The same runs with RLIMIT_FSIZE (writes past it fail with EFBIG: Python ignores SIGXFSZ)."""
    steps = []
    for limit in (64 << 10, 1 << 20, resource.RLIM_INFINITY):
        def limited(limit=limit):
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))

        run = subprocess.run(args, env=env, capture_output=True, text=True, preexec_fn=limited, timeout=300)
        steps.append({"rc": run.returncode, "out": run.stdout, "err": run.stderr,
                      "files": sorted(str(p.relative_to(disk)) for p in disk.rglob("*") if p.is_file())})
    return steps


def test_a_full_disk_runs_uncached_and_a_later_run_fills_the_cache(reference, tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    args = [sys.executable, "-m", "rlxc.cli", "run", str(MODEL / "config.json"), *PROMPT]
    env = environment(disk, tmp_path / "tmp")
    steps = full_disk_in_a_namespace(disk, args, env)
    reason = "No space left on device"
    if steps is None:
        steps, reason = full_disk_by_file_size_limit(disk, args, env), "File too large"
    FIGURES["full disks"] += 2
    nothing, code_only, room = steps
    for step in steps:
        assert step["rc"] == 0 and step["out"].split() == reference["tokens"], step["err"]
        assert not [f for f in step["files"] if f.endswith(".tmp")]
    # nothing fits: one notice, nothing partial left, the model compiled in process
    notices = [line for line in nothing["err"].splitlines() if line.startswith("rlx")]
    assert len([n for n in notices if n.startswith("rlxc: compile cache: cannot write ")]) == 1, nothing["err"]
    assert f": {reason}; continuing without it" in nothing["err"] and nothing["files"] == []
    # the code fits, the packed weights do not: packed in memory, with a notice
    assert "rlx: packed-weight cache: cannot write" in code_only["err"], code_only["err"]
    assert "compile cache" not in code_only["err"]
    assert sorted(Path(f).name for f in code_only["files"]) == ["code.o", "manifest.json", "model.so"]
    # room again: both caches filled, no notice
    assert "cannot write" not in room["err"]
    assert len([f for f in room["files"] if f.startswith("weights/") and f.endswith(".bin")]) == 1


def test_a_failed_cache_write_removes_what_it_wrote(tmp_path, monkeypatch, capsys):
    """In process: the fsync of a cache file fails (as on NFS or a failing disk)."""
    import errno

    from rlx.runtime import durable
    from rlxc.cache import CODE, MANIFEST, CompileCache

    real = durable.fsync_path

    def failing(path):
        if Path(path).name.startswith(f".{MANIFEST}."):
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        real(path)

    monkeypatch.setattr(durable, "fsync_path", failing)
    cache = CompileCache(tmp_path)
    key = "a" * 64
    assert cache.write(key, CODE, b"code") is not None
    assert cache.write(key, MANIFEST, b"{}") is None and cache.write(key, "other", b"x") is None
    err = capsys.readouterr().err
    assert err == f"rlxc: compile cache: cannot write {tmp_path / key}: Input/output error; continuing without it\n"
    assert list(tmp_path.iterdir()) == []  # code.o went too: an entry is useless in part
    FIGURES["full disks"] += 1


# ------------------------------------------------------------------ damaged bytes


def flipped(source: Path, target: Path, positions) -> Path:
    """``source`` with the bytes at ``positions`` changed, as the new file ``target`` (a
    new inode: rewriting a loaded ``.so`` in place would change the process's mapping)."""
    data = bytearray(source.read_bytes())
    for pos in positions:
        data[pos] ^= 0x5A
    target.unlink(missing_ok=True)
    target.write_bytes(bytes(data))
    return target


def test_a_flipped_byte_in_the_code_is_refused_before_it_runs(reference, tmp_path):
    from rlx.runtime.loader import load

    offset, size = exported_symbols(reference["so"])["decode"]
    bad = flipped(reference["so"], tmp_path / "bad.so", [offset + size // 2])
    message = f"{bad} is damaged: its code does not match the digest recorded when it was compiled; recompile it"
    with pytest.raises(ModelLoadError) as err:
        load(bad)
    assert str(err.value) == message
    run = rlxc(reference["cache"], reference["tmp"], "run", str(bad), *PROMPT)
    assert run.returncode == 1 and run.stderr.splitlines() == [f"error: {message}"] and run.stdout == ""
    FIGURES["damaged files"] += 1


def test_every_damaged_byte_of_a_so_is_refused(reference, tmp_path):
    """Seeded bytes all over the file (headers, code, data, manifest, the seal itself)."""
    from rlx.runtime.loader import load

    size = reference["so"].stat().st_size
    rng = random.Random(SEED)
    positions = sorted(rng.sample(range(size - FOOTER.size), 24) + [size - 1, size - FOOTER.size])
    for pos in positions:
        with pytest.raises(RlxError):
            load(flipped(reference["so"], tmp_path / f"bad{pos}.so", [pos]))
        FIGURES["damaged files"] += 1


@pytest.fixture(scope="module")
def embedded(reference, tmp_path_factory) -> Path:
    """The tiny model with embedded weights (code from the reference's cache)."""
    out = tmp_path_factory.mktemp("embedded") / "tiny-all.so"
    done = rlxc(reference["cache"], reference["tmp"], "compile", str(MODEL), "-o", str(out), "--embed-weights")
    assert done.returncode == 0, done.stderr
    return out


def test_damaged_embedded_weights_are_refused_by_name(reference, embedded, tmp_path, monkeypatch):
    from rlx.runtime.loader import load

    monkeypatch.setenv("RLX_CACHE_DIR", str(reference["cache"]))
    session = load(embedded)
    assert [str(t) for t in session.generate([1, 2, 3], 2)] == reference["tokens"]
    start, _ = exported_symbols(embedded)["rlx_weights"]
    tensors = session.manifest.weights.embedded.tensors
    for t in random.Random(SEED).sample(tensors, 3):
        bad = flipped(embedded, tmp_path / f"bad-{t.name}.so", [start + t.offset + t.nbytes // 3])
        with pytest.raises(ModelLoadError) as err:
            load(bad)
        assert str(err.value) == (f"{bad} is damaged: packed weights of '{t.name}' do not match their digest; "
                                  f"recompile it")
        FIGURES["damaged files"] += 1


def test_embedded_weights_are_hashed_only_when_the_file_changed(reference, embedded, tmp_path, monkeypatch):
    from rlx.runtime import loader

    monkeypatch.setenv("RLX_CACHE_DIR", str(tmp_path / "cache"))
    copy = tmp_path / "copy.so"
    shutil.copy(embedded, copy)
    loader.load(copy)  # a new file: hashed once, then recorded
    real = loader.damaged_tensor
    monkeypatch.setattr(loader, "damaged_tensor", lambda *a: pytest.fail("hashed an unchanged file"))
    loader.load(copy)
    monkeypatch.setattr(loader, "damaged_tensor", real)
    start, _ = exported_symbols(copy)["rlx_weights"]
    with open(copy, "r+b") as f:  # damaged in place: its mtime and ctime move
        f.seek(start + 100)
        f.write(b"\x55")
    with pytest.raises(ModelLoadError, match="do not match their digest"):
        loader.load(copy)
    FIGURES["damaged files"] += 1


def test_a_damaged_packed_weight_cache_file_is_packed_again(reference, tmp_path):
    cache, tmp = tmp_path / "cache", tmp_path / "tmp"
    first = rlxc(cache, tmp, "run", str(reference["so"]), *PROMPT)
    [blob] = (cache / "weights").glob("*.bin")
    size = blob.stat().st_size
    blob.write_bytes(np.random.default_rng(SEED).integers(0, 256, size, dtype=np.uint8).tobytes())
    again = rlxc(cache, tmp, "run", str(reference["so"]), *PROMPT)
    assert tokens(first) == tokens(again) == reference["tokens"]
    assert f"rlx: packed-weight cache: {blob} is damaged" in again.stderr
    assert blob.stat().st_size == size and leftovers(cache, tmp=tmp) == []
    FIGURES["damaged files"] += 1


def test_damaged_compile_cache_entries_are_misses(reference, tmp_path):
    """A damaged code.o or manifest is read as missing (and removed); a damaged cached
    model.so is linked again; either way the run gives the reference tokens."""
    from rlxc.cache import CODE, CompileCache

    store = CompileCache(tmp_path / "unit")
    key = "b" * 64
    path = store.write(key, CODE, b"object bytes")
    assert store.read(key, CODE) == b"object bytes"
    flipped(path, path, [3])
    assert store.read(key, CODE) is None and not path.exists()
    FIGURES["damaged files"] += 1

    cache = tmp_path / "cache"
    shutil.copytree(reference["cache"], cache)
    run_args = ("run", str(MODEL / "config.json"), *PROMPT)
    assert tokens(rlxc(cache, tmp_path / "tmp", *run_args)) == reference["tokens"]
    [so] = cache.glob("*/model.so")
    flipped(so, so, [so.stat().st_size // 2])
    run = rlxc(cache, tmp_path / "tmp", *run_args)
    assert tokens(run) == reference["tokens"] and "link" in run.stderr and "lowering" not in run.stderr
    FIGURES["damaged files"] += 1


def test_rlxc_cache_lists_measures_and_clears(reference, tmp_path):
    """``rlxc cache``: entries and stale temporaries listed with totals, then removed;
    nothing but the caches' own files is touched."""
    cache, tmp = tmp_path / "cache", tmp_path / "tmp"
    shutil.copytree(reference["cache"], cache)
    assert tokens(rlxc(cache, tmp, "run", str(reference["so"]), *PROMPT)) == reference["tokens"]  # packs weights
    dead = subprocess.Popen(["true"])
    dead.wait()
    stale = cache / "weights" / f".{'c' * 64}.bin.{dead.pid}.abcd1234.tmp"
    stale.write_bytes(b"\0" * 1000)
    (cache / "notes.txt").write_text("not the cache's")
    listing = rlxc(cache, tmp, "cache")
    *lines, total = listing.stdout.splitlines()
    kinds = {line.split()[0]: line for line in lines}
    assert listing.returncode == 0 and list(kinds) == ["compiled", "weights", "temporary"]
    assert "qwen3, 2 layers" in kinds["compiled"] and str(MODEL) in kinds["weights"] and "stale" in kinds["temporary"]
    assert total.startswith(f"{len(lines)} entries, ") and f" in {cache} (compiled: " in total
    lines.append(total)
    assert rlxc(cache, tmp, "cache", "size").stdout == lines[-1] + "\n"
    weights_only = rlxc(cache, tmp, "cache", "clear", "--weights")
    assert weights_only.stdout.startswith("removed ") and not stale.exists()
    assert rlxc(cache, tmp, "cache", "list", "--weights").stdout.startswith("0 entries, 0 B")
    assert rlxc(cache, tmp, "cache", "clear").returncode == 0
    assert rlxc(cache, tmp, "cache").stdout.startswith("0 entries, 0 B")
    assert sorted(p.name for p in cache.rglob("*") if p.is_file()) == ["notes.txt"]
