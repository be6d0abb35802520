"""Tests for runtime.weights: safetensors parsing, sharding, dtypes, validation and fuzzing."""

from __future__ import annotations

import json
import struct
import tempfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from safetensors import safe_open
from safetensors.numpy import save_file

from rlxc.models.config import Qwen3Config, expected_weights
from rlx.runtime.errors import WeightError
from rlx.runtime.weights import check_weights, open_checkpoint

RNG = np.random.default_rng(0)


def raw_safetensors(entries: dict[str, tuple[str, list[int], bytes]], metadata=None,
                    header_pad: int = 0) -> bytes:
    """Serialise tensors by hand: name -> (dtype string, shape, raw little-endian bytes)."""
    header: dict = {}
    if metadata is not None:
        header["__metadata__"] = metadata
    offset, blobs = 0, []
    for name, (dtype, shape, data) in entries.items():
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [offset, offset + len(data)]}
        offset += len(data)
        blobs.append(data)
    text = json.dumps(header).encode() + b" " * header_pad
    return struct.pack("<Q", len(text)) + text + b"".join(blobs)


def header_blob(header: dict, data: bytes = b"") -> bytes:
    text = json.dumps(header).encode()
    return struct.pack("<Q", len(text)) + text + data


def to_bf16_bits(x: np.ndarray) -> np.ndarray:
    """Top 16 bits of float32 (exact for values representable in bf16)."""
    return (np.asarray(x, dtype=np.float32).view(np.uint32) >> 16).astype(np.uint16)


def assert_weight_error(fn, *substrings: str) -> str:
    with pytest.raises(WeightError) as info:
        fn()
    message = str(info.value)
    assert "\n" not in message
    for s in substrings:
        assert s in message, message
    return message


# -- reading -------------------------------------------------------------------------------

def test_single_file_f32_roundtrip_and_zero_copy(tmp_path):
    a = RNG.standard_normal((3, 5)).astype(np.float32)
    b = RNG.standard_normal((7,)).astype(np.float32)
    save_file({"a": a, "b": b}, str(tmp_path / "model.safetensors"), metadata={"format": "np"})
    src = open_checkpoint(tmp_path)
    assert src.names() == ["a", "b"]
    assert src.shape("a") == (3, 5) and src.dtype("a") == "F32"
    got = src.get_f32("a")
    np.testing.assert_array_equal(got, a)
    assert got.dtype == np.float32 and got.flags.c_contiguous
    assert not got.flags.owndata and not got.flags.writeable  # a view into the read-only mmap
    np.testing.assert_array_equal(src.get_f32("b"), b)


def test_matches_safetensors_library(tmp_path):
    tensors = {f"t{i}": RNG.standard_normal((i + 1, 3)).astype(np.float16) for i in range(4)}
    tensors["x"] = RNG.standard_normal((2, 2, 2)).astype(np.float32)
    path = tmp_path / "model.safetensors"
    save_file(tensors, str(path))
    src = open_checkpoint(tmp_path)
    with safe_open(str(path), framework="numpy") as ref:
        assert sorted(ref.keys()) == src.names()
        for name in ref.keys():
            np.testing.assert_array_equal(src.get_f32(name), ref.get_tensor(name).astype(np.float32))


def test_f16(tmp_path):
    x = RNG.standard_normal((4, 6)).astype(np.float16)
    save_file({"x": x}, str(tmp_path / "model.safetensors"))
    src = open_checkpoint(tmp_path)
    assert src.dtype("x") == "F16"
    got = src.get_f32("x")
    assert got.dtype == np.float32 and got.flags.c_contiguous
    np.testing.assert_array_equal(got, x.astype(np.float32))


def test_bf16_written_by_hand(tmp_path):
    values = np.array([[0.0, 1.0, -2.0, 3.140625], [2.0**-126, -65280.0, np.inf, 2.0**-133]], np.float32)
    bits = to_bf16_bits(values)
    np.testing.assert_array_equal((bits.astype(np.uint32) << 16).view(np.float32), values)
    (tmp_path / "model.safetensors").write_bytes(
        raw_safetensors({"w": ("BF16", [2, 4], bits.astype("<u2").tobytes())}))
    src = open_checkpoint(tmp_path)
    assert src.dtype("w") == "BF16" and src.shape("w") == (2, 4)
    got = src.get_f32("w")
    assert got.dtype == np.float32 and got.flags.c_contiguous
    np.testing.assert_array_equal(got, values)
    np.testing.assert_array_equal(src.get_raw("w"), bits)


def test_bf16_random_bits_exact(tmp_path):
    bits = RNG.integers(0, 2**16, size=(16, 8), dtype=np.uint16)
    (tmp_path / "w.safetensors").write_bytes(
        raw_safetensors({"w": ("BF16", [16, 8], bits.tobytes())}))
    got = open_checkpoint(tmp_path).get_f32("w")
    np.testing.assert_array_equal(got.view(np.uint32) >> 16, bits.astype(np.uint32))
    assert not np.any(got.view(np.uint32) & 0xFFFF)


def test_unaligned_f32_is_copied(tmp_path):
    x = np.arange(6, dtype=np.float32)
    blob = raw_safetensors({"x": ("F32", [2, 3], x.tobytes())}, header_pad=1)
    if (len(blob) - x.nbytes) % 4 == 0:  # keep the data start unaligned
        blob = raw_safetensors({"x": ("F32", [2, 3], x.tobytes())}, header_pad=2)
    (tmp_path / "model.safetensors").write_bytes(blob)
    src = open_checkpoint(tmp_path)
    assert not src.get_raw("x").flags.aligned
    got = src.get_f32("x")
    assert got.flags.c_contiguous and got.flags.aligned and got.flags.owndata
    np.testing.assert_array_equal(got, x.reshape(2, 3))


def test_metadata_skipped_and_scalar_and_empty(tmp_path):
    blob = raw_safetensors({"s": ("F32", [], struct.pack("<f", 2.5)),
                            "e": ("F32", [0, 4], b"")}, metadata={"format": "pt"})
    (tmp_path / "model.safetensors").write_bytes(blob)
    src = open_checkpoint(tmp_path)
    assert src.names() == ["e", "s"]
    assert src.get_f32("s").shape == () and float(src.get_f32("s")) == 2.5
    assert src.get_f32("e").shape == (0, 4)


def test_unsupported_dtype_names_tensor(tmp_path):
    save_file({"ids": np.arange(4, dtype=np.int32)}, str(tmp_path / "model.safetensors"))
    src = open_checkpoint(tmp_path)
    assert src.dtype("ids") == "I32"
    np.testing.assert_array_equal(src.get_raw("ids"), np.arange(4))
    assert_weight_error(lambda: src.get_f32("ids"), "'ids'", "unsupported dtype I32")


def test_unknown_tensor_name(tmp_path):
    save_file({"a": np.zeros(2, np.float32)}, str(tmp_path / "model.safetensors"))
    src = open_checkpoint(tmp_path)
    assert "a" in src and "b" not in src
    assert_weight_error(lambda: src.get_f32("b"), "no tensor named 'b'", str(tmp_path))


def test_context_manager_closes(tmp_path):
    save_file({"a": np.ones(2, np.float32)}, str(tmp_path / "model.safetensors"))
    with open_checkpoint(tmp_path) as src:
        kept = src.get_f32("a")
    np.testing.assert_array_equal(kept, [1.0, 1.0])  # a live view keeps its mapping alive
    assert_weight_error(lambda: src.get_f32("a"), "closed")


# -- finding files -------------------------------------------------------------------------

def write_sharded(tmp_path: Path) -> dict[str, np.ndarray]:
    t = {"a": RNG.standard_normal((2, 3)).astype(np.float32),
         "b": RNG.standard_normal((4,)).astype(np.float16),
         "c": RNG.standard_normal((3, 3)).astype(np.float32)}
    save_file({"a": t["a"], "b": t["b"]}, str(tmp_path / "model-00001-of-00002.safetensors"))
    save_file({"c": t["c"]}, str(tmp_path / "model-00002-of-00002.safetensors"))
    index = {"metadata": {"total_size": 0}, "weight_map": {
        "a": "model-00001-of-00002.safetensors", "b": "model-00001-of-00002.safetensors",
        "c": "model-00002-of-00002.safetensors"}}
    (tmp_path / "model.safetensors.index.json").write_text(json.dumps(index))
    return t


def test_sharded_checkpoint(tmp_path):
    t = write_sharded(tmp_path)
    src = open_checkpoint(tmp_path)
    assert src.names() == ["a", "b", "c"]
    for name, value in t.items():
        np.testing.assert_array_equal(src.get_f32(name), value.astype(np.float32))


def test_sharded_missing_shard(tmp_path):
    write_sharded(tmp_path)
    (tmp_path / "model-00002-of-00002.safetensors").unlink()
    assert_weight_error(lambda: open_checkpoint(tmp_path), "model-00002-of-00002.safetensors",
                        "is missing")


def test_sharded_index_names_absent_tensor(tmp_path):
    write_sharded(tmp_path)
    index_path = tmp_path / "model.safetensors.index.json"
    index = json.loads(index_path.read_text())
    index["weight_map"]["d"] = "model-00002-of-00002.safetensors"
    index_path.write_text(json.dumps(index))
    assert_weight_error(lambda: open_checkpoint(tmp_path), "'d'", "does not contain it")


@pytest.mark.parametrize("text,needle", [("{not json", "is not valid JSON"),
                                         ('{"weight_map": [1]}', "'weight_map' must be"),
                                         ("[]", "'weight_map' must be")])
def test_sharded_bad_index(tmp_path, text, needle):
    write_sharded(tmp_path)
    (tmp_path / "model.safetensors.index.json").write_text(text)
    assert_weight_error(lambda: open_checkpoint(tmp_path), needle)


def test_duplicate_tensor_across_shards(tmp_path):
    write_sharded(tmp_path)
    save_file({"a": np.zeros(1, np.float32), "c": np.zeros((3, 3), np.float32)},
              str(tmp_path / "model-00002-of-00002.safetensors"))
    assert_weight_error(lambda: open_checkpoint(tmp_path), "'a' appears in both")


def test_lone_safetensors_file_and_direct_path(tmp_path):
    save_file({"a": np.ones(3, np.float32)}, str(tmp_path / "weights.safetensors"))
    assert open_checkpoint(tmp_path).names() == ["a"]
    assert open_checkpoint(tmp_path / "weights.safetensors").names() == ["a"]


def test_multiple_files_without_index(tmp_path):
    save_file({"a": np.ones(3, np.float32)}, str(tmp_path / "x.safetensors"))
    save_file({"b": np.ones(3, np.float32)}, str(tmp_path / "y.safetensors"))
    assert_weight_error(lambda: open_checkpoint(tmp_path), "2 .safetensors files", "index")


def test_no_weights(tmp_path):
    assert_weight_error(lambda: open_checkpoint(tmp_path), "no safetensors weights in", str(tmp_path))
    assert_weight_error(lambda: open_checkpoint(tmp_path / "nope"), "model directory not found")


# -- damaged files -------------------------------------------------------------------------

def write_model(tmp_path: Path, blob: bytes) -> Path:
    path = tmp_path / "model.safetensors"
    path.write_bytes(blob)
    return path


def test_truncated_file(tmp_path):
    save_file({"a": np.ones((4, 4), np.float32)}, str(tmp_path / "model.safetensors"))
    path = tmp_path / "model.safetensors"
    path.write_bytes(path.read_bytes()[:-10])
    assert_weight_error(lambda: open_checkpoint(tmp_path), str(path),
                        "truncated safetensors file (header says 64 bytes of data, file has 54)")


def test_header_length_too_large(tmp_path):
    blob = raw_safetensors({"a": ("F32", [2], b"\0" * 8)})
    write_model(tmp_path, struct.pack("<Q", 10**12) + blob[8:])
    assert_weight_error(lambda: open_checkpoint(tmp_path), "header size 1000000000000 exceeds file size")


def test_file_too_small(tmp_path):
    write_model(tmp_path, b"\1\2\3")
    assert_weight_error(lambda: open_checkpoint(tmp_path), "too small", "3 bytes")


def test_header_not_json(tmp_path):
    write_model(tmp_path, struct.pack("<Q", 5) + b"hello" + b"\0" * 4)
    assert_weight_error(lambda: open_checkpoint(tmp_path), "header is not valid JSON")


def test_header_not_utf8(tmp_path):
    write_model(tmp_path, struct.pack("<Q", 2) + b"\xff\xfe")
    assert_weight_error(lambda: open_checkpoint(tmp_path), "header is not valid JSON")


def test_header_not_object(tmp_path):
    write_model(tmp_path, header_blob([1, 2]))  # type: ignore[arg-type]
    assert_weight_error(lambda: open_checkpoint(tmp_path), "header must be a JSON object")


@pytest.mark.parametrize("entry,needle", [
    ([1], "header entry must be an object"),
    ({"dtype": "Q7", "shape": [1], "data_offsets": [0, 4]}, "unknown dtype 'Q7'"),
    ({"dtype": "F32", "shape": [-1], "data_offsets": [0, 4]}, "shape must be"),
    ({"dtype": "F32", "shape": [True], "data_offsets": [0, 4]}, "shape must be"),
    ({"dtype": "F32", "shape": [1], "data_offsets": [4, 0]}, "data_offsets must be"),
    ({"dtype": "F32", "shape": [1], "data_offsets": [0]}, "data_offsets must be"),
    ({"dtype": "F32", "shape": [2], "data_offsets": [0, 4]}, "span 4 bytes but F32 [2] needs 8"),
])
def test_bad_header_entries(tmp_path, entry, needle):
    write_model(tmp_path, header_blob({"t": entry}, b"\0" * 8))
    assert_weight_error(lambda: open_checkpoint(tmp_path), "tensor 't'", needle)


def test_overlapping_tensors(tmp_path):
    header = {"a": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]},
              "b": {"dtype": "F32", "shape": [2], "data_offsets": [4, 12]}}
    write_model(tmp_path, header_blob(header, b"\0" * 12))
    assert_weight_error(lambda: open_checkpoint(tmp_path), "'a' and 'b' overlap")


def test_offsets_beyond_file(tmp_path):
    header = {"a": {"dtype": "F32", "shape": [2], "data_offsets": [100, 108]}}
    write_model(tmp_path, header_blob(header, b"\0" * 8))
    assert_weight_error(lambda: open_checkpoint(tmp_path), "header says 108 bytes of data, file has 8")


# -- check_weights -------------------------------------------------------------------------

def test_check_weights_missing(tmp_path):
    save_file({"a": np.zeros((2, 3), np.float32)}, str(tmp_path / "model.safetensors"))
    src = open_checkpoint(tmp_path)
    expected = {"a": (2, 3), "model.layers.0.mlp.up_proj.weight": (384, 128)}
    msg = assert_weight_error(lambda: check_weights(src, expected, tied_embeddings=False),
                              "missing weight 'model.layers.0.mlp.up_proj.weight' "
                              f"(expected shape [384, 128]) in {tmp_path}")
    assert msg.startswith("missing weight")


def test_check_weights_misshaped(tmp_path):
    save_file({"a": np.zeros((2, 3), np.float32)}, str(tmp_path / "model.safetensors"))
    src = open_checkpoint(tmp_path)
    assert_weight_error(lambda: check_weights(src, {"a": (3, 2)}, tied_embeddings=False),
                        "weight 'a' has shape [2, 3], expected [3, 2]")


def test_check_weights_integer_dtype(tmp_path):
    save_file({"a": np.zeros((2,), np.int64)}, str(tmp_path / "model.safetensors"))
    src = open_checkpoint(tmp_path)
    assert_weight_error(lambda: check_weights(src, {"a": (2,)}, tied_embeddings=False),
                        "weight 'a' has unsupported dtype I64")


def test_check_weights_ignores_extras_and_tied_lm_head(tmp_path):
    save_file({"a": np.zeros((2,), np.float32), "extra": np.zeros(1, np.float32),
               "lm_head.weight": np.zeros((5, 5), np.float32)}, str(tmp_path / "model.safetensors"))
    src = open_checkpoint(tmp_path)
    check_weights(src, {"a": (2,)}, tied_embeddings=True)
    check_weights(src, {"a": (2,), "lm_head.weight": (9, 9)}, tied_embeddings=True)


@pytest.mark.parametrize("model_type,tied", [("qwen3", False), ("qwen2", True), ("llama", False)])
def test_check_weights_against_config(tmp_path, model_type, tied):
    cfg = Qwen3Config.from_dict({
        "model_type": model_type, "vocab_size": 32, "hidden_size": 16, "intermediate_size": 24,
        "num_hidden_layers": 2, "num_attention_heads": 4, "num_key_value_heads": 2,
        "head_dim": 4, "tie_word_embeddings": tied})
    expected = expected_weights(cfg)
    save_file({n: np.zeros(s, np.float16) for n, s in expected.items()},
              str(tmp_path / "model.safetensors"))
    check_weights(open_checkpoint(tmp_path), expected, tied_embeddings=tied)


# -- fuzz ----------------------------------------------------------------------------------

def _valid_blob() -> bytes:
    bits = to_bf16_bits(np.linspace(-2, 2, 6, dtype=np.float32))
    return raw_safetensors({
        "a": ("F32", [2, 3], np.arange(6, dtype="<f4").tobytes()),
        "b": ("F16", [4], np.ones(4, "<f2").tobytes()),
        "c": ("BF16", [3, 2], bits.tobytes()),
        "d": ("I32", [1], b"\1\0\0\0"),
    }, metadata={"format": "pt"})


VALID = _valid_blob()


def load_everything(blob: bytes) -> None:
    """Open ``blob`` as a checkpoint and read every tensor; only WeightError may escape."""
    with tempfile.TemporaryDirectory() as d:
        Path(d, "model.safetensors").write_bytes(blob)
        try:
            with open_checkpoint(d) as src:
                for name in src.names():
                    src.shape(name), src.dtype(name)
                    try:
                        src.get_f32(name)
                    except WeightError as e:
                        assert "\n" not in str(e) and src.dtype(name) not in ("F32", "F16", "BF16")
        except WeightError as e:
            assert "\n" not in str(e)


def test_valid_blob_loads():
    load_everything(VALID)


_fuzz = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_fuzz
@given(st.binary(max_size=200))
def test_fuzz_random_bytes(blob):
    load_everything(blob)


@_fuzz
@given(st.lists(st.tuples(st.integers(0, len(VALID) - 1), st.integers(0, 255)), min_size=1,
                max_size=6))
def test_fuzz_byte_mutations(mutations):
    blob = bytearray(VALID)
    for position, value in mutations:
        blob[position] = value
    load_everything(bytes(blob))


@_fuzz
@given(st.integers(0, len(VALID)), st.binary(max_size=16))
def test_fuzz_truncate_and_append(cut, tail):
    load_everything(VALID[:cut] + tail)


_json_leaf = st.one_of(st.none(), st.booleans(), st.integers(-5, 2**66), st.text(max_size=5),
                       st.sampled_from(["F32", "F16", "BF16", "I8", "dtype", "shape",
                                        "data_offsets"]))
_json = st.recursive(_json_leaf, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=12), inner, max_size=3)),
    max_leaves=10)


@_fuzz
@given(st.dictionaries(st.text(max_size=4), _json, max_size=3), st.binary(max_size=40))
def test_fuzz_json_headers(header, data):
    load_everything(header_blob(header, data))


@_fuzz
@given(st.sampled_from(["F32", "F16", "BF16", "U8", "F64"]),
       st.lists(st.integers(0, 4), max_size=3), st.integers(0, 70), st.integers(0, 70),
       st.integers(0, 64))
def test_fuzz_structured_entries(dtype, shape, begin, end, data_len):
    header = {"t": {"dtype": dtype, "shape": shape, "data_offsets": [begin, end]}}
    load_everything(header_blob(header, bytes(data_len)))
