"""Generation that stops: ``eos_token_id`` ends ``generate`` and ``rlxc run`` (``--ignore-eos``
goes on), each sequence of a batch on its own; ``rlxc run --prompt`` streams text that never
splits a UTF-8 character.

The stop token of each test is the third token of a fixture's known greedy continuation
(``expected.npz``: ``greedy_ids``; qwen2-bias's first three are distinct and the second
row never produces the first row's third).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

import rlxc
from conftest import FIXTURES, expected, session_for
from rlxc.aot import compile_model
from rlxc.commands.run import TextStream
from rlxc.detokenize import Detokenizer
from rlxc.model_file import read_model_spec
from rlx.runtime.abi import ABI_VERSION, Manifest
from rlx.runtime.errors import ConfigError, ModelLoadError, RuntimeLimitError, ShapeError
from rlx.runtime.loader import load
from test_aot import cli, so_dir, cache_dir  # noqa: F401  (fixtures)
from test_runtime_errors import assert_one_line_error

NAME = "qwen2-bias"
REF = expected(NAME)
PROMPTS = REF["prompt_ids"]  # [2, 8]
GREEDY = REF["greedy_ids"].tolist()  # [2, 32]
EOS = GREEDY[0][2]  # the third greedy token of row 0
VOCAB = 384


def model_copy(tmp_path: Path, config: dict | None = None, generation: dict | str | None = None) -> Path:
    """The fixture in ``tmp_path/model`` with fields of config.json replaced and, if given,
    a generation_config.json (a dict, or raw text)."""
    folder = tmp_path / "model"
    folder.mkdir()
    shutil.copy(FIXTURES[NAME] / "model.safetensors", folder)
    cfg = json.loads((FIXTURES[NAME] / "config.json").read_text())
    (folder / "config.json").write_text(json.dumps({**cfg, **(config or {})}))
    if generation is not None:
        text = generation if isinstance(generation, str) else json.dumps(generation)
        (folder / "generation_config.json").write_text(text)
    return folder


def ids_arg(row: int = 0) -> str:
    return ",".join(str(t) for t in PROMPTS[row])


# ------------------------------------------------------------------ Session.generate


def test_generate_stops_at_an_eos_id():
    session = session_for(NAME)
    assert session.eos_token_ids == ()  # the fixture's config.json has eos_token_id: null
    assert session.generate(PROMPTS[0], 32) == GREEDY[0]
    assert session.generate(PROMPTS[0], 32, eos_token_ids=EOS) == GREEDY[0][:3]  # the eos is the last id


def test_generate_stops_at_any_id_of_a_list():
    session = session_for(NAME)
    assert session.generate(PROMPTS[0], 32, eos_token_ids=[GREEDY[0][5], EOS]) == GREEDY[0][:3]
    assert session.generate(PROMPTS[0], 32, eos_token_ids=np.array([GREEDY[0][5]])) == GREEDY[0][:6]
    assert session.generate(PROMPTS[0], 2, eos_token_ids=[EOS]) == GREEDY[0][:2]  # max_new_tokens first


def test_batch_rows_stop_independently():
    session = session_for(NAME, batch=2)
    steps: list = []
    rows = session.generate(PROMPTS, 12, eos_token_ids=[EOS], on_token=steps.append)
    assert rows == [GREEDY[0][:3], GREEDY[1][:12]]  # row 1 is unaffected by row 0 ending
    assert len(steps) == 12
    assert steps[2] == [EOS, GREEDY[1][2]] and steps[3] == [None, GREEDY[1][3]]  # None: finished before
    both = [EOS, GREEDY[1][4]]
    steps.clear()
    assert session.generate(PROMPTS, 12, eos_token_ids=both, on_token=steps.append) == \
        [GREEDY[0][:3], GREEDY[1][:5]]
    assert len(steps) == 5  # the call ends once every row has finished


@pytest.mark.parametrize("value, error, fragment", [
    ("2", ShapeError, "token id or a list"),
    ([1, 2.5], ShapeError, "2.5"),
    ([True], ShapeError, "True"),
    (VOCAB, RuntimeLimitError, "outside the vocabulary"),
    ([-1], RuntimeLimitError, "-1"),
])
def test_generate_refuses_bad_eos_ids(value, error, fragment):
    session = session_for(NAME)
    with pytest.raises(error, match=fragment) as err:
        session.generate(PROMPTS[0], 4, eos_token_ids=value)
    assert "\n" not in str(err.value) and "eos_token_ids" in str(err.value)
    assert session.past == 0  # refused before running


# ------------------------------------------------------------------ config.json / generation_config.json


def test_eos_from_config_json_ends_generation(tmp_path):
    session = rlxc.load(model_copy(tmp_path, {"eos_token_id": EOS}), max_seq=64)
    assert session.eos_token_ids == (EOS,)
    assert session.generate(PROMPTS[0], 32) == GREEDY[0][:3]
    assert session.generate(PROMPTS[0], 32, eos_token_ids=[]) == GREEDY[0]  # [] ignores it


@pytest.mark.parametrize("config, generation, want", [
    ({"eos_token_id": EOS}, None, (EOS,)),
    ({"eos_token_id": [GREEDY[0][1], EOS]}, None, (GREEDY[0][1], EOS)),
    ({"eos_token_id": GREEDY[0][1]}, {"eos_token_id": [EOS, 7]}, (EOS, 7)),  # generation_config.json wins
    ({"eos_token_id": EOS}, {"eos_token_id": None, "max_length": 20}, (EOS,)),  # ... when it has the field
    ({"eos_token_id": EOS}, {"do_sample": False}, (EOS,)),
    ({"eos_token_id": None}, {"eos_token_id": 5}, (5,)),
    ({"eos_token_id": []}, None, ()),
    ({}, None, ()),
])
def test_eos_precedence(tmp_path, config, generation, want):
    cfg = json.loads((FIXTURES[NAME] / "config.json").read_text())
    cfg.pop("eos_token_id")
    folder = model_copy(tmp_path, generation=generation)
    (folder / "config.json").write_text(json.dumps({**cfg, **config}))
    assert read_model_spec(folder).eos_token_ids == want


BAD_EOS = [
    ("2", "must be a token id or a list of token ids, got string '2'"),
    (-1, "has token id -1, outside the vocabulary [0, 384)"),
    (VOCAB, f"has token id {VOCAB}, outside the vocabulary"),
    ([2, "x"], "entry 1 must be an integer token id, got string 'x'"),
    ([2, 1.0], "entry 1 must be an integer token id, got number 1.0"),
    (True, "must be a token id or a list of token ids, got boolean True"),
    ({"id": 2}, "must be a token id or a list of token ids, got object"),
]


@pytest.mark.parametrize("value, fragment", BAD_EOS)
@pytest.mark.parametrize("where", ["config.json", "generation_config.json"])
def test_malformed_eos_is_a_one_line_error_naming_file_and_field(tmp_path, value, fragment, where):
    folder = model_copy(tmp_path, {"eos_token_id": value} if where == "config.json" else None,
                        {"eos_token_id": value} if where != "config.json" else None)
    with pytest.raises(ConfigError) as err:
        rlxc.load(folder)
    message = str(err.value)
    assert "\n" not in message and fragment in message
    assert message.startswith(f"{folder / where}: field 'eos_token_id'")


def test_generation_config_that_is_not_json(tmp_path):
    with pytest.raises(ConfigError, match="generation_config.json is not valid JSON"):
        read_model_spec(model_copy(tmp_path, generation="{ nope"))


@pytest.mark.parametrize("command", ["run", "compile"])
@pytest.mark.parametrize("value, fragment", [BAD_EOS[0], BAD_EOS[1], BAD_EOS[3]])
def test_cli_malformed_eos(tmp_path, command, value, fragment):
    folder = model_copy(tmp_path, generation={"eos_token_id": value})
    args = ["--prompt-ids", "1,2"] if command == "run" else ["-o", str(tmp_path / "m.so")]
    out = cli(command, str(folder), *args)
    assert_one_line_error(out, "generation_config.json: field 'eos_token_id'", fragment)
    assert out.returncode == 1 and not (tmp_path / "m.so").exists()


# ------------------------------------------------------------------ the manifest, rlxc run


@pytest.fixture(scope="module")
def eos_model(tmp_path_factory, so_dir) -> tuple[Path, Path]:  # noqa: F811
    """The fixture with eos_token_id set, and its .so (which records the eos ids)."""
    folder = model_copy(tmp_path_factory.mktemp("eos"), {"eos_token_id": [EOS, VOCAB - 1]})
    return folder, compile_model(folder, so_dir / "eos.so", max_seq=64)


def test_compile_records_eos_ids_in_the_manifest(eos_model):
    session = load(eos_model[1])
    assert session.manifest.eos_token_ids == (EOS, VOCAB - 1) == session.eos_token_ids
    assert session.generate(PROMPTS[0], 32) == GREEDY[0][:3]
    assert load(eos_model[1], eos_token_ids=[]).generate(PROMPTS[0], 8) == GREEDY[0][:8]


def test_manifest_eos_ids_are_checked():
    good = {"rlx_abi": ABI_VERSION, "kind": "flow", "vocab_size": VOCAB, "entries": {}}
    assert Manifest.from_json(good).eos_token_ids is None
    assert Manifest.from_json({**good, "eos_token_ids": [1, 2]}).eos_token_ids == (1, 2)
    for bad in ("2", [VOCAB], [-1], [True], [1.5]):
        with pytest.raises(ModelLoadError, match="malformed manifest: 'eos_token_ids'"):
            Manifest.from_json({**good, "eos_token_ids": bad})


@pytest.mark.parametrize("which", ["so", "model file"])
def test_cli_run_stops_at_eos_and_ignore_eos_goes_on(eos_model, which):
    model = str(eos_model[1] if which == "so" else eos_model[0])
    out = cli("run", model, "--prompt-ids", ids_arg(), "--max-new-tokens", "10", "--max-seq", "64")
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == [str(t) for t in GREEDY[0][:3]]
    out = cli("run", model, "--prompt-ids", ids_arg(), "--max-new-tokens", "10", "--max-seq", "64",
              "--ignore-eos")
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == [str(t) for t in GREEDY[0][:10]]


# ------------------------------------------------------------------ streaming text


def byte_tokenizer(size: int = 1024):
    """A byte-level BPE tokenizer: ids 0-255 are the bytes (a non-ASCII character is
    several tokens), the rest two-byte merges; decoding joins the bytes as UTF-8."""
    tokenizers = pytest.importorskip("tokenizers")
    alphabet = sorted(tokenizers.pre_tokenizers.ByteLevel.alphabet())
    vocab = {c: i for i, c in enumerate(alphabet)}
    merges = []
    for i in range(size - len(alphabet)):
        a, b = alphabet[i % 256], alphabet[(i // 256 * 97 + i * 13 + 1) % 256]
        if a + b not in vocab:
            vocab[a + b] = len(vocab)
            merges.append((a, b))
    tok = tokenizers.Tokenizer(tokenizers.models.BPE(vocab=vocab, merges=merges))
    tok.pre_tokenizer = tokenizers.pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False)
    tok.decoder = tokenizers.decoders.ByteLevel()
    return tok


TEXT = "héllo, 世界 🙂 ok"


def test_detokenizer_never_splits_a_character():
    tok = byte_tokenizer()
    ids = [i for ch in TEXT for i in tok.encode(ch).ids]
    assert len(ids) == len(TEXT.encode())  # one token per byte: é is 2 tokens, 世 3, 🙂 4
    stream = Detokenizer(tok.decode)
    pieces = [stream.push(i) for i in ids]
    shown = [p for p in pieces if p]
    assert shown == list(TEXT)  # each character once whole, as soon as its last byte arrives
    assert pieces[:3] == ["h", "", "é"]
    assert stream.flush() == "" and "".join(shown) == tok.decode(ids)


def test_detokenizer_keeps_the_spaces_a_window_decode_would_drop():
    tokenizers = pytest.importorskip("tokenizers")
    vocab = {"<unk>": 0, "▁Hello": 1, "▁wor": 2, "ld": 3, "!": 4}
    tok = tokenizers.Tokenizer(tokenizers.models.WordLevel(vocab, "<unk>"))
    tok.decoder = tokenizers.decoders.Metaspace()  # drops the leading space of what it decodes
    stream = Detokenizer(tok.decode)
    pieces = [stream.push(i) for i in (1, 2, 3, 4)] + [stream.flush()]
    assert pieces == ["Hello", " wor", "ld", "!", ""]
    assert "".join(pieces) == tok.decode([1, 2, 3, 4]) == "Hello world!"


def test_detokenizer_flushes_an_incomplete_tail():
    tok = byte_tokenizer()
    ids = tok.encode("a世").ids[:-1]  # the last byte of 世 never comes
    stream = Detokenizer(tok.decode)
    assert [stream.push(i) for i in ids] == ["a", "", ""]
    assert stream.flush() == tok.decode(ids)[1:] == "\ufffd"


def test_text_stream_prints_as_tokens_arrive(capsys):
    tok = byte_tokenizer()
    out = TextStream(tok)
    seen = []
    for i in tok.encode(TEXT).ids:
        out.push(i)
        seen.append(capsys.readouterr().out)
    out.end()
    assert capsys.readouterr().out == "\n"
    assert "".join(seen) == TEXT and seen.count("") == len(TEXT.encode()) - len(TEXT)
    assert all("\ufffd" not in piece for piece in seen)


def test_cli_prompt_streams_the_decoded_continuation(eos_model, tmp_path):
    tok = byte_tokenizer()
    folder = tmp_path / "m"
    shutil.copytree(eos_model[0], folder)
    tok.save(str(folder / "tokenizer.json"))
    prompt = "héllo 世"
    out = cli("run", str(folder), "--prompt", prompt, "--max-new-tokens", "24", "--max-seq", "64",
              "--ignore-eos")
    assert out.returncode == 0, out.stderr
    session = rlxc.load(folder, max_seq=64)
    want = tok.decode(session.generate(tok.encode(prompt).ids, 24, eos_token_ids=[]))
    assert out.stdout == want + "\n"
