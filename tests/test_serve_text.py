"""The text side of the server: stop strings across pieces, the chat template as
transformers renders it, and the example's tokenizer (its script is reproducible)."""

from __future__ import annotations

import json

import pytest

from conftest import FIXTURES, ROOT

pytest.importorskip("tokenizers")
pytest.importorskip("jinja2")

from rlxc.serve.text import TextModel, TextPieces, held_back, load_text_model  # noqa: E402


@pytest.fixture(scope="module")
def text() -> TextModel:
    return load_text_model(FIXTURES["tiny-qwen3"])


def run(pieces: TextPieces, ids: list[int]) -> tuple[str, bool]:
    out = []
    for token in ids:
        piece, stopped = pieces.push(token)
        out.append(piece)
        if stopped:
            return "".join(out), True
    tail, stopped = pieces.end()
    return "".join(out) + tail, stopped


def test_a_stop_string_split_across_tokens_ends_the_text_before_it(text):
    ids = text.encode("kato selven dorli queprast hamon")
    assert run(TextPieces(text, []), ids) == (text.decode(ids), False)
    assert run(TextPieces(text, ["dorli"]), ids) == ("kato selven ", True)
    assert run(TextPieces(text, ["n do", "zzz"]), ids) == ("kato selve", True)
    assert run(TextPieces(text, ["hamonX"]), ids) == (text.decode(ids), False)  # held back, then given at the end
    assert run(TextPieces(text, ["mon"]), ids) == ("kato selven dorli queprast ha", True)


def test_held_back_is_the_longest_end_that_starts_a_stop():
    assert held_back("abc", ["cde"]) == 1 and held_back("abcd", ["bcdx", "d"]) == 3
    assert held_back("abc", ["x"]) == 0 and held_back("", ["ab"]) == 0


def test_ids_without_a_tokenizer_are_the_text():
    pieces = TextPieces(TextModel(), [])
    assert run(pieces, [5, 17, 3]) == ("5 17 3", False)


def test_the_chat_template_gets_the_special_tokens_and_can_refuse(text, tmp_path):
    from rlxc.serve.text import TemplateError, compile_template

    template = compile_template("{{ bos_token }}{% for m in messages %}{% if m.role == 'tool' %}"
                                "{{ raise_exception('no tools') }}{% endif %}{{ m.content | tojson }}"
                                "{% endfor %}{% if add_generation_prompt %}>{% endif %}", tmp_path)
    model = TextModel(text.tokenizer, template, {"bos_token": "<s>"})
    assert model.render_chat([{"role": "user", "content": "é"}]) == '<s>"é">'
    with pytest.raises(TemplateError, match="no tools"):
        model.render_chat([{"role": "tool", "content": "x"}])


def test_the_example_tokenizer_is_what_its_script_makes(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_tokenizer", ROOT / "tests" / "fixtures" / "make_tokenizer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.write(tmp_path)
    for name in ("tokenizer.json", "tokenizer_config.json"):
        assert json.loads((tmp_path / name).read_text()) == json.loads((FIXTURES["tiny-qwen3"] / name).read_text())
