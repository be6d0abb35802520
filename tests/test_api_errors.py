"""Bad input to the Python API: a one-line RlxError, never a crash."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

import rlxc
from conftest import FIXTURES, session_for
from rlx.runtime.errors import ConfigError, RlxError, RuntimeLimitError, ShapeError, WeightError


def copy_fixture(tmp_path, name="llama"):
    target = tmp_path / name
    shutil.copytree(FIXTURES[name], target)
    return target


def one_line(err: pytest.ExceptionInfo) -> str:
    text = str(err.value)
    assert "\n" not in text and text
    return text


def test_missing_config(tmp_path):
    with pytest.raises(ConfigError) as err:
        rlxc.load(tmp_path / "nope" / "config.json")
    assert "not found" in one_line(err)


def test_config_not_json(tmp_path):
    model = copy_fixture(tmp_path)
    (model / "config.json").write_text("{ not json")
    with pytest.raises(ConfigError) as err:
        rlxc.load(model)
    assert "not valid JSON" in one_line(err)


def test_unknown_model_type(tmp_path):
    model = copy_fixture(tmp_path)
    cfg = json.loads((model / "config.json").read_text())
    cfg["model_type"] = "mamba"
    (model / "config.json").write_text(json.dumps(cfg))
    with pytest.raises(ConfigError) as err:
        rlxc.load(model)
    assert "unknown model_type 'mamba'" in one_line(err)


def test_missing_weights_file(tmp_path):
    model = copy_fixture(tmp_path)
    (model / "model.safetensors").unlink()
    with pytest.raises(WeightError) as err:
        rlxc.load(model)
    one_line(err)


def test_truncated_weights(tmp_path):
    model = copy_fixture(tmp_path)
    path = model / "model.safetensors"
    path.write_bytes(path.read_bytes()[:-1000])
    with pytest.raises(WeightError) as err:
        rlxc.load(model)
    assert "truncated" in one_line(err)


def test_max_seq_beyond_positions():
    with pytest.raises(RuntimeLimitError) as err:
        rlxc.load(FIXTURES["llama"], max_seq=10**6)
    assert "max_position_embeddings" in one_line(err)


@pytest.mark.parametrize("ids, error, text", [
    ([[1, 2, 5000]], RuntimeLimitError, "outside the vocabulary"),
    ([[-1]], RuntimeLimitError, "outside the vocabulary"),
    ([[]], ShapeError, "must have shape"),
    ([1, 2, 3], ShapeError, "must have shape"),
    ([[1.5, 2.0]], ShapeError, "must be integers"),
    ("abc", ShapeError, "must be integers"),
    ([[1, 2], [3, 4]], ShapeError, "must have shape"),
])
def test_bad_prefill_ids(ids, error, text):
    session = session_for("llama")
    with pytest.raises(error) as err:
        session.prefill(ids)
    assert text in one_line(err)


def test_decode_takes_one_token():
    session = session_for("llama")
    session.prefill([[1, 2]])
    with pytest.raises(ShapeError, match=r"decode: input_ids must have shape \[1, 1\]"):
        session.decode([[1, 2]])


def test_kv_capacity_is_checked_before_native_code():
    session = session_for("llama", max_seq=64)
    session.prefill(np.ones((1, 60), dtype=np.int64))
    with pytest.raises(RuntimeLimitError, match="exceed the KV capacity of 64"):
        session.prefill(np.ones((1, 5), dtype=np.int64))
    session.decode([[1]])  # 61 still fits
    with pytest.raises(RuntimeLimitError, match="exceeds the KV capacity"):
        session.generate([1] * 60, max_new_tokens=10)


def test_every_error_is_an_rlx_error():
    assert issubclass(RuntimeLimitError, RlxError) and issubclass(ShapeError, RlxError)
