"""The packed-weight cache: the first load of a checkpoint packs it to disk, later loads
map it (no packing, no copy, no hashing) and compute the same logits; a changed
checkpoint is repacked and its old copy dropped; a damaged cache file is repacked with
a notice; a cache that cannot serve falls back to packing in memory, leaving no
temporary behind."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

import rlxc
from conftest import FIXTURES, expected, rel_err
from rlx.runtime.loader import load
from rlx.runtime.weight_cache import ChunkedWriter, PackedWeightCache

MAX_SEQ = 32


@pytest.fixture(scope="module")
def compiled_code(tmp_path_factory) -> Path:
    """A cache root holding the llama fixture's compiled code and no packed weights: each
    test's private root starts as a copy of it, so that a test loads without a compile of
    its own (CI time) and still packs its weights into an empty weight cache. The code is
    compiled into the run's shared cache (conftest.py), where every worker and
    ``llama_so`` below find it."""
    with pytest.MonkeyPatch.context() as env:
        env.setenv("RLX_WEIGHT_CACHE", "0")
        entry = Path(rlxc.load(FIXTURES["llama"], max_seq=MAX_SEQ).keepalive.path).parent
    assert entry.parent == Path(os.environ["RLX_CACHE_DIR"]), f"{entry} is not a compile cache entry"
    root = tmp_path_factory.mktemp("compiled")
    shutil.copytree(entry, root / entry.name)
    return root


@pytest.fixture
def model(tmp_path, monkeypatch, compiled_code) -> Path:
    """A private copy of the llama fixture and a private cache root (holding its code)."""
    shutil.copytree(compiled_code, tmp_path / "cache")
    monkeypatch.setenv("RLX_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("RLX_WEIGHT_CACHE", raising=False)
    target = tmp_path / "llama"
    shutil.copytree(FIXTURES["llama"], target)
    return target


def blobs(model: Path) -> list[Path]:
    return sorted((model.parent / "cache" / "weights").glob("*.bin"))


def prefill_logits(session) -> np.ndarray:
    session.reset()
    return np.array(session.prefill(expected("llama")["prompt_ids"][:1]))


def matches_transformers(logits: np.ndarray) -> bool:
    return rel_err(logits.reshape(-1), expected("llama")["prefill_logits"][:1].reshape(-1)) < 1e-4


def mapped(session) -> bool:
    """Whether every checkpoint weight is bound as a read-only view (of the mapped cache
    file); generated constants (RoPE tables) are not in the cache."""
    constants = session.manifest.constants
    arrays = [array for entry in session.entries.values()
              for arg, array in zip([a for a in entry.buffer_args if a.role == "param"], entry.param_arrays)
              if arg.name not in constants]
    return bool(arrays) and all(not a.flags.writeable for a in arrays)


def no_packing(monkeypatch):
    def fail(*args, **kwargs):
        raise AssertionError("packed again despite the weight cache")

    monkeypatch.setattr("rlx.runtime.native_entry.pack_linear_weight", fail)


def test_second_load_maps_the_packed_weights(model, monkeypatch):
    first = prefill_logits(rlxc.load(model, max_seq=MAX_SEQ))
    assert len(blobs(model)) == 1
    no_packing(monkeypatch)
    session = rlxc.load(model, max_seq=MAX_SEQ)
    assert mapped(session)
    np.testing.assert_array_equal(prefill_logits(session), first)
    assert matches_transformers(first)


def test_a_changed_checkpoint_is_repacked_and_its_old_copy_dropped(model):
    rlxc.load(model, max_seq=MAX_SEQ)
    [old] = blobs(model)
    weights = model / "model.safetensors"
    st = os.stat(weights)
    os.utime(weights, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    rlxc.load(model, max_seq=MAX_SEQ)
    [new] = blobs(model)
    assert new != old


def test_only_copies_of_other_files_are_dropped(tmp_path):
    """The rule itself, on tables alone: a copy of the same checkpoint directory is dropped
    when its files differ (an older version), kept when they are the same (another format)."""
    cache = PackedWeightCache(tmp_path)
    cache.dir.mkdir(parents=True)
    files = [["/m/model.safetensors", 10, 1]]
    tables = {"a" * 64: {"checkpoint": "/m", "files": files},  # another format: kept
              "b" * 64: {"checkpoint": "/m", "files": [["/m/model.safetensors", 10, 0]]},  # older: dropped
              "c" * 64: {"checkpoint": "/other", "files": []},  # another checkpoint: kept
              "d" * 64: {"checkpoint": "/m", "files": files}}  # the one just written
    for key, table in tables.items():
        (cache.dir / f"{key}.json").write_text(__import__("json").dumps(table))
        (cache.dir / f"{key}.bin").write_bytes(b"x")
    cache._remove_older_copies("/m", files, keep="d" * 64)
    assert sorted(p.stem[0] for p in cache.dir.glob("*.bin")) == ["a", "c", "d"]


@pytest.mark.slow  # CI time (20 s, two compiles of llama): test_only_copies_of_other_files_are_dropped checks the rule
def test_each_format_keeps_its_own_copy(model, monkeypatch):
    """Loading the checkpoint in another format adds a copy and drops none: going back
    to the first format maps its copy instead of packing again."""
    f32 = prefill_logits(rlxc.load(model, max_seq=MAX_SEQ, precision="f32"))
    rlxc.load(model, max_seq=MAX_SEQ, precision="q8_0")
    assert len(blobs(model)) == 2
    no_packing(monkeypatch)
    session = rlxc.load(model, max_seq=MAX_SEQ, precision="f32")
    assert mapped(session)
    np.testing.assert_array_equal(prefill_logits(session), f32)


def test_a_truncated_cache_file_is_repacked(model):
    reference = prefill_logits(rlxc.load(model, max_seq=MAX_SEQ))
    [blob] = blobs(model)
    full_size = blob.stat().st_size
    with open(blob, "r+b") as f:
        f.truncate(full_size // 2)
    np.testing.assert_array_equal(prefill_logits(rlxc.load(model, max_seq=MAX_SEQ)), reference)
    assert blobs(model)[0].stat().st_size == full_size


def test_env_switch_keeps_weights_in_memory(model, monkeypatch):
    monkeypatch.setenv("RLX_WEIGHT_CACHE", "0")
    session = rlxc.load(model, max_seq=MAX_SEQ)
    assert not blobs(model) and not mapped(session)


def test_an_unusable_cache_falls_back_to_packing_in_memory(model, monkeypatch):
    def full(*args, **kwargs):
        raise OSError("No space left on device")

    monkeypatch.setattr(PackedWeightCache, "_write", full)
    session = rlxc.load(model, max_seq=MAX_SEQ)
    assert not blobs(model) and not mapped(session)
    assert matches_transformers(prefill_logits(session))


@pytest.fixture(scope="module")
def llama_so(tmp_path_factory) -> Path:
    """The llama fixture compiled once; each test loads it with its own copy of the weights."""
    from rlxc.aot import compile_model

    return compile_model(FIXTURES["llama"] / "config.json", tmp_path_factory.mktemp("so") / "llama.so",
                         max_seq=MAX_SEQ)


def fail(*args, **kwargs):
    raise AssertionError("hashed an unchanged cache file")


def dead_pid() -> int:
    """The id of a process that has exited."""
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid


def test_an_unchanged_cache_file_is_mapped_without_hashing(model, llama_so, monkeypatch):
    load(llama_so, weights=model)
    monkeypatch.setattr("rlx.runtime.weight_cache.damaged_tensor", fail)
    assert mapped(load(llama_so, weights=model))


def test_a_cache_file_overwritten_with_bytes_of_its_size_is_repacked(model, llama_so, capfd):
    reference = prefill_logits(load(llama_so, weights=model))
    [blob] = blobs(model)
    size = blob.stat().st_size
    with open(blob, "r+b") as f:  # what a stray writer or a bad copy does: same size, other bytes
        f.write(np.random.default_rng(0).integers(0, 256, size, dtype=np.uint8).tobytes())
    capfd.readouterr()
    session = load(llama_so, weights=model)
    [notice] = capfd.readouterr().err.splitlines()
    assert notice.startswith(f"rlx: packed-weight cache: {blob} is damaged (packed weights of '")
    assert notice.endswith("do not match their digest); packing them again")
    np.testing.assert_array_equal(prefill_logits(session), reference)
    assert mapped(session) and blobs(model) == [blob] and blob.stat().st_size == size


def test_a_full_disk_leaves_no_temporary_and_says_so(model, llama_so, monkeypatch, capfd):
    cache = model.parent / "cache" / "weights"
    cache.mkdir(parents=True)
    killed = cache / f".{'0' * 64}.bin.{dead_pid()}.abcd1234.tmp"  # what a killed writer leaves
    killed.write_bytes(b"\0" * 4096)

    def full(manifest, weights, out):
        out.write(b"\0" * 4096)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("rlx.runtime.weight_cache.write_packed_blob", full)
    session = load(llama_so, weights=model)
    assert capfd.readouterr().err.splitlines() == [
        f"rlx: packed-weight cache: cannot write {cache}: No space left on device; packing the weights in memory"]
    assert not mapped(session) and list(cache.iterdir()) == []
    assert matches_transformers(prefill_logits(session))


class RecordsWrites:
    def __init__(self):
        self.writes, self.data = [], bytearray()

    def write(self, data):
        self.writes.append((len(self.data), len(data)))
        self.data += data


def test_the_chunked_writer_writes_only_whole_aligned_chunks_and_a_tail():
    # whole chunks at chunk-aligned offsets: the page cache can hold them as huge folios
    rng = np.random.default_rng(0)
    pieces = [rng.integers(0, 256, size=int(n), dtype=np.uint8) for n in rng.integers(0, 300, size=40)]
    out = RecordsWrites()
    writer = ChunkedWriter(out, chunk=64)
    for piece in pieces:
        writer.write(piece)
    writer.flush()
    assert bytes(out.data) == b"".join(p.tobytes() for p in pieces)
    *body, (tail_start, tail_len) = out.writes
    assert all(start % 64 == 0 and size % 64 == 0 and size for start, size in body)
    assert tail_start % 64 == 0 and tail_len < 64


def test_the_mapped_cache_file_is_advised_to_use_huge_pages(model, monkeypatch):
    # decode streams the weights every token: the cache's mapping asks for 2 MiB pages
    rlxc.load(model, max_seq=MAX_SEQ)
    [blob] = blobs(model)
    advised = []
    monkeypatch.setattr("rlx.runtime.weight_cache.advise_huge_pages",
                        lambda address, nbytes: advised.append(nbytes) or True)
    rlxc.load(model, max_seq=MAX_SEQ)
    assert advised == [blob.stat().st_size]


def huge_page_advice(address: int) -> bool:
    """Whether the mapping holding ``address`` carries MADV_HUGEPAGE ("hg" in smaps)."""
    region = None
    for line in Path("/proc/self/smaps").read_text().splitlines():
        head = line.split(" ", 1)[0]
        if "-" in head and ":" not in head:
            start, end = (int(x, 16) for x in head.split("-"))
            region = start <= address < end
        elif region and line.startswith("VmFlags:"):
            return "hg" in line.split()
    return False


@pytest.mark.skipif(not Path("/sys/kernel/mm/transparent_hugepage").is_dir(), reason="no transparent huge pages")
def test_advise_huge_pages_marks_the_whole_huge_pages_of_a_range(tmp_path):
    import mmap

    from rlx.runtime.memory import HUGE_PAGE_BYTES, advise_huge_pages

    path = tmp_path / "blob.bin"
    path.write_bytes(bytes(3 * HUGE_PAGE_BYTES))
    with open(path, "rb") as f:
        view = np.frombuffer(mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ), dtype=np.uint8)
    address = view.ctypes.data
    assert not advise_huge_pages(address, HUGE_PAGE_BYTES // 2)  # no whole huge page inside
    assert advise_huge_pages(address, view.nbytes)
    first_whole = -(-address // HUGE_PAGE_BYTES) * HUGE_PAGE_BYTES
    assert huge_page_advice(first_whole) and huge_page_advice(first_whole + HUGE_PAGE_BYTES - 1)
