"""Text around the token ids: the checkpoint's tokenizer and chat template, the pieces of
text a stream sends, and stop strings.

The chat template is rendered the way transformers' ``apply_chat_template`` does: a
sandboxed jinja2 environment with ``trim_blocks`` and ``lstrip_blocks``, the
``raise_exception`` and ``strftime_now`` globals and a ``tojson`` filter, the messages,
``add_generation_prompt=True`` and the special tokens of ``tokenizer_config.json``
(``bos_token``, ``eos_token``, ...). Its text is encoded without adding special tokens
(the template writes them).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from rlxc.detokenize import Detokenizer
from rlx.runtime.errors import RlxError, first_line

TOKENIZER_FILE = "tokenizer.json"
TOKENIZER_CONFIG = "tokenizer_config.json"
CHAT_TEMPLATE_FILE = "chat_template.jinja"
SPECIAL_TOKENS = ("bos_token", "eos_token", "unk_token", "pad_token", "sep_token", "cls_token", "mask_token")


class TemplateError(Exception):
    """The chat template refused the messages (``raise_exception``) or failed to render."""


@dataclass
class TextModel:
    """What the server knows of text: the ``tokenizers`` tokenizer (None: token ids
    only), the chat template (None: no chat) and the special tokens it may use."""

    tokenizer: Any = None
    chat_template: Any = None
    special_tokens: dict[str, str] | None = None

    def encode(self, text: str, special: bool = True) -> list[int]:
        return self.tokenizer.encode(text, add_special_tokens=special).ids

    def decode(self, ids: list[int]) -> str:
        return self.tokenizer.decode(ids, skip_special_tokens=True)

    def render_chat(self, messages: list[dict[str, Any]]) -> str:
        try:
            return self.chat_template.render(messages=messages, add_generation_prompt=True, tools=None,
                                             documents=None, **(self.special_tokens or {}))
        except TemplateError:
            raise
        except Exception as err:  # jinja2's errors: a template that does not fit these messages
            raise TemplateError(f"the chat template failed: {first_line(err)}") from None


def model_folder(model: str | Path) -> Path:
    path = Path(model)
    return path if path.is_dir() else path.parent


def load_text_model(model: str | Path) -> TextModel:
    """The tokenizer and chat template beside ``model`` (each optional: without
    ``tokenizer.json`` prompts are token ids and chat is refused)."""
    folder = model_folder(model)
    if not (folder / TOKENIZER_FILE).is_file():
        return TextModel()
    try:
        from tokenizers import Tokenizer
    except ImportError:
        raise RlxError(f"{folder / TOKENIZER_FILE} needs the 'tokenizers' package: pip install 'rlx[serve]'") from None
    try:
        tokenizer = Tokenizer.from_file(str(folder / TOKENIZER_FILE))
    except Exception as err:  # tokenizers raises its own exception types
        raise RlxError(f"cannot read {folder / TOKENIZER_FILE}: {first_line(err)}") from None
    config = read_tokenizer_config(folder)
    source = chat_template_source(folder, config)
    return TextModel(tokenizer, compile_template(source, folder) if source else None, special_tokens(config))


def read_tokenizer_config(folder: Path) -> dict[str, Any]:
    path = folder / TOKENIZER_CONFIG
    if not path.is_file():
        return {}
    try:
        config = json.loads(path.read_text())
    except (OSError, UnicodeDecodeError, ValueError) as err:
        raise RlxError(f"cannot read {path}: {first_line(err)}") from None
    if not isinstance(config, dict):
        raise RlxError(f"cannot read {path}: it is not a JSON object")
    return config


def chat_template_source(folder: Path, config: dict[str, Any]) -> str | None:
    """The template text: ``chat_template.jinja`` beside the model (what transformers
    writes since 4.43), else ``chat_template`` of tokenizer_config.json (a string, or a
    list of named templates: the one named ``default``)."""
    if (folder / CHAT_TEMPLATE_FILE).is_file():
        return (folder / CHAT_TEMPLATE_FILE).read_text()
    template = config.get("chat_template")
    if isinstance(template, list):
        named = {t.get("name"): t.get("template") for t in template if isinstance(t, dict)}
        template = named.get("default")
    return template if isinstance(template, str) and template else None


def special_tokens(config: dict[str, Any]) -> dict[str, str]:
    """``bos_token`` etc. as text (tokenizer_config.json writes some as ``{"content": ...}``)."""
    out = {}
    for name in SPECIAL_TOKENS:
        value = config.get(name)
        if isinstance(value, dict):
            value = value.get("content")
        if isinstance(value, str):
            out[name] = value
    return out


def compile_template(source: str, folder: Path):
    try:
        from jinja2.exceptions import TemplateError as JinjaTemplateError
        from jinja2.sandbox import ImmutableSandboxedEnvironment
    except ImportError:
        raise RlxError("the chat template needs the 'jinja2' package: pip install 'rlx[serve]'") from None

    def raise_exception(message):
        raise TemplateError(f"the chat template refused the messages: {message}")

    def tojson(value, ensure_ascii=False, indent=None, separators=None, sort_keys=False):
        return json.dumps(value, ensure_ascii=ensure_ascii, indent=indent, separators=separators,
                          sort_keys=sort_keys)

    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True, extensions=["jinja2.ext.loopcontrols"])
    env.filters["tojson"] = tojson
    env.globals["raise_exception"] = raise_exception
    env.globals["strftime_now"] = lambda fmt: datetime.now().strftime(fmt)
    try:
        return env.from_string(source)
    except JinjaTemplateError as err:
        raise RlxError(f"the chat template of {folder} does not parse: {first_line(err)}") from None


class TextPieces:
    """The text a request's tokens add, piece by piece, up to the first stop string.

    ``push(token)`` returns ``(text, stopped)``: the text that is certain now (a piece
    that may be the start of a stop string is held back until it is not), and whether a
    stop string is complete (the text ends before it, and nothing more comes). Without a
    tokenizer the text is the token ids, space separated (as ``rlxc run --prompt-ids``
    prints them)."""

    def __init__(self, text: TextModel, stop: list[str]):
        self.detokenizer = Detokenizer(text.decode) if text.tokenizer is not None else None
        self.stop = stop
        self.pending = ""
        self.count = 0

    def push(self, token: int) -> tuple[str, bool]:
        if self.detokenizer is None:
            self.count += 1
            return (str(token) if self.count == 1 else f" {token}"), False
        return self._add(self.detokenizer.push(token))

    def end(self) -> tuple[str, bool]:
        """What is held back, at the end of the request, and whether a stop string
        completes in it (the text ends before it)."""
        text, stopped = self._add(self.detokenizer.flush() if self.detokenizer else "")
        rest, self.pending = self.pending, ""
        return text + rest, stopped

    def _add(self, piece: str) -> tuple[str, bool]:
        if not self.stop:
            return piece, False
        self.pending += piece
        found = [i for i in (self.pending.find(s) for s in self.stop) if i >= 0]
        if found:
            text, self.pending = self.pending[:min(found)], ""
            return text, True
        keep = held_back(self.pending, self.stop)
        text = self.pending[:len(self.pending) - keep]
        self.pending = self.pending[len(text):]
        return text, False


def held_back(text: str, stops: list[str]) -> int:
    """The length of the longest end of ``text`` that begins one of ``stops``."""
    for n in range(min(len(text), max(len(s) for s in stops) - 1), 0, -1):
        if any(s.startswith(text[-n:]) for s in stops):
            return n
    return 0
