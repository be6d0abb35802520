"""The OpenAI request bodies, read and checked: :func:`completion_params`, :func:`chat_params`.

Every problem is an :class:`ApiError` with the HTTP status and the body OpenAI sends
(``{"error": {"message", "type", "param", "code"}}``): 400 for a malformed body or a
value out of range (where FastAPI's own validation would say 422), 404 for an unknown
model. Fields rlx does not know are ignored, as OpenAI-compatible servers do; besides
OpenAI's, a request may give ``top_k``, ``stop_token_ids`` and ``ignore_eos`` (vLLM's
names).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any

#: most stop strings a request may give (OpenAI allows 4)
MAX_STOP = 16
#: OpenAI's default ``max_tokens`` of a completion (a chat gets the rest of the context)
COMPLETION_MAX_TOKENS = 16


class ApiError(Exception):
    """An HTTP error with OpenAI's error body."""

    def __init__(self, status: int, message: str, param: str | None = None, code: str | None = None,
                 kind: str = "invalid_request_error"):
        super().__init__(message)
        self.status, self.message, self.param, self.code, self.kind = status, message, param, code, kind

    def body(self) -> dict[str, Any]:
        return {"error": {"message": self.message, "type": self.kind, "param": self.param, "code": self.code}}


@dataclass
class Params:
    """One generation as the server runs it."""

    prompt_ids: list[int]
    max_tokens: int
    temperature: float = 1.0
    top_p: float = 1.0
    top_k: int = 0
    seed: int | None = None
    stop: list[str] = field(default_factory=list)
    stop_token_ids: list[int] = field(default_factory=list)
    ignore_eos: bool = False
    stream: bool = False
    include_usage: bool = False


@dataclass
class Limits:
    """What the served model allows: its name, the tokens per slot, the vocabulary."""

    model: str
    max_seq: int
    vocab: int


def parse_body(raw: bytes) -> dict[str, Any]:
    """The JSON object of a request body."""
    try:
        body = json.loads(raw)
    except (ValueError, RecursionError) as err:  # UnicodeDecodeError is a ValueError; RecursionError: nested too deep
        raise ApiError(400, f"the body is not valid JSON: {err}", code="invalid_json") from None
    if not isinstance(body, dict):
        raise ApiError(400, "the body must be a JSON object", code="invalid_json")
    return body


def check_model(body: dict[str, Any], limits: Limits) -> None:
    name = body.get("model")
    if not isinstance(name, str) or not name:
        raise ApiError(400, "you must give 'model' (a string): the served model is "
                            f"'{limits.model}'", "model", "missing_required_parameter")
    if name != limits.model:
        raise ApiError(404, f"the model '{name}' does not exist: this server serves '{limits.model}'", "model",
                       "model_not_found")


def token_list(value: Any, name: str, vocab: int) -> list[int] | None:
    """``value`` as token ids within the vocabulary, or None if it is not a list of ints."""
    if not isinstance(value, list) or not all(isinstance(t, int) and not isinstance(t, bool) for t in value):
        return None
    bad = [t for t in value if not 0 <= t < vocab]
    if bad:
        raise ApiError(400, f"'{name}': token id {bad[0]} is outside the vocabulary [0, {vocab})", name,
                       "invalid_value")
    return value


def prompt_ids(body: dict[str, Any], text, vocab: int) -> list[int]:
    """The prompt of a completion: a string (tokenized), or a list of token ids; a list
    of one of those is taken as that one (OpenAI's batch form, with one prompt)."""
    if "prompt" not in body:
        raise ApiError(400, "you must give 'prompt' (a string or a list of token ids)", "prompt",
                       "missing_required_parameter")
    prompt = body["prompt"]
    if isinstance(prompt, list) and len(prompt) == 1 and isinstance(prompt[0], (str, list)):
        prompt = prompt[0]
    if isinstance(prompt, str):
        if text.tokenizer is None:
            raise ApiError(400, "this model has no tokenizer.json: give 'prompt' as a list of token ids", "prompt")
        ids = text.encode(prompt)
    else:
        ids = token_list(prompt, "prompt", vocab)
        if ids is None:
            raise ApiError(400, "'prompt' must be a string or a list of token ids (one prompt per request)",
                           "prompt", "invalid_type")
    if not ids:
        raise ApiError(400, "the prompt is empty (it encodes to no tokens)", "prompt", "invalid_value")
    return ids


def number(body: dict[str, Any], name: str, default: float, low: float, high: float,
           low_open: bool = False) -> float:
    """A finite number in ``[low, high]`` (``(low, high]`` with ``low_open``)."""
    value = body.get(name)
    if value is None:
        return default
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        raise ApiError(400, f"'{name}' must be a number, got {json.dumps(value)}", name, "invalid_type")
    value = float(value) if isinstance(value, float) or abs(value) < 2**53 else (math.inf if value > 0 else -math.inf)
    if not math.isfinite(value) or value < low or value > high or (low_open and value == low):
        span = f"{'(' if low_open else '['}{low:g}, {high:g}]"
        raise ApiError(400, f"'{name}' must be in {span}, got {value}", name, "invalid_value")
    return float(value)


def integer(body: dict[str, Any], name: str, default: int | None, low: int) -> int | None:
    value = body.get(name)
    if value is None:
        return default
    if not isinstance(value, int) or isinstance(value, bool):
        raise ApiError(400, f"'{name}' must be an integer, got {json.dumps(value)}", name, "invalid_type")
    if value < low:
        raise ApiError(400, f"'{name}' must be at least {low}, got {value}", name, "invalid_value")
    return value


def flag(body: dict[str, Any], name: str) -> bool:
    value = body.get(name, False)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise ApiError(400, f"'{name}' must be true or false, got {json.dumps(value)}", name, "invalid_type")
    return value


def stop_strings(body: dict[str, Any], text) -> list[str]:
    stop = body.get("stop")
    if stop is None:
        return []
    stop = [stop] if isinstance(stop, str) else stop
    if not isinstance(stop, list) or not all(isinstance(s, str) and s for s in stop) or len(stop) > MAX_STOP:
        raise ApiError(400, f"'stop' must be a non-empty string or a list of at most {MAX_STOP} of them",
                       "stop", "invalid_type")
    if stop and text.tokenizer is None:
        raise ApiError(400, "'stop' strings need a tokenizer.json beside the model: use 'stop_token_ids'", "stop")
    return stop


def sampling_fields(body: dict[str, Any], limits: Limits, text, prompt: list[int], default_tokens: int,
                    max_tokens_names: tuple[str, ...]) -> Params:
    """The fields of a completion and a chat alike, checked against the model's limits."""
    if integer(body, "n", 1, 1) != 1:
        raise ApiError(400, "'n' must be 1: one completion per request", "n", "invalid_value")
    room = limits.max_seq - len(prompt) + 1  # the last new token is never fed back
    if room < 1:
        raise ApiError(400, f"the prompt has {len(prompt)} tokens: more than the {limits.max_seq} of the "
                            f"context (max_seq)", "prompt", "context_length_exceeded")
    name = next((n for n in max_tokens_names if body.get(n) is not None), max_tokens_names[0])
    max_tokens = integer(body, name, min(default_tokens, room), 1)
    if max_tokens > room:
        raise ApiError(400, f"'{name}' {max_tokens} + the prompt's {len(prompt)} tokens exceed the context of "
                            f"{limits.max_seq} tokens: at most {room} new tokens fit", name,
                       "context_length_exceeded")
    top_k = integer(body, "top_k", 0, -1)
    stop_ids = token_list(body.get("stop_token_ids") or [], "stop_token_ids", limits.vocab)
    if stop_ids is None:
        raise ApiError(400, "'stop_token_ids' must be a list of token ids", "stop_token_ids", "invalid_type")
    options = body.get("stream_options") or {}
    if not isinstance(options, dict):
        raise ApiError(400, "'stream_options' must be an object", "stream_options", "invalid_type")
    return Params(prompt, max_tokens,
                  temperature=number(body, "temperature", 1.0, 0.0, math.inf),
                  top_p=number(body, "top_p", 1.0, 0.0, 1.0, low_open=True),
                  top_k=max(top_k, 0), seed=integer(body, "seed", None, 0),
                  stop=stop_strings(body, text), stop_token_ids=stop_ids, ignore_eos=flag(body, "ignore_eos"),
                  stream=flag(body, "stream"), include_usage=flag(options, "include_usage"))


def completion_params(body: dict[str, Any], limits: Limits, text) -> Params:
    """``POST /v1/completions``."""
    check_model(body, limits)
    if flag(body, "echo"):
        raise ApiError(400, "'echo' is not supported", "echo", "unsupported_value")
    prompt = prompt_ids(body, text, limits.vocab)
    return sampling_fields(body, limits, text, prompt, COMPLETION_MAX_TOKENS, ("max_tokens",))


def chat_params(body: dict[str, Any], limits: Limits, text) -> Params:
    """``POST /v1/chat/completions``: the messages rendered with the chat template."""
    from rlxc.serve.text import TemplateError

    check_model(body, limits)
    if text.tokenizer is None or text.chat_template is None:
        raise ApiError(400, "this model has no chat template (tokenizer.json and a chat_template in "
                            "tokenizer_config.json): use /v1/completions", "messages")
    try:
        rendered = text.render_chat(chat_messages(body))
    except TemplateError as err:
        raise ApiError(400, str(err), "messages", "invalid_value") from None
    prompt = text.encode(rendered, special=False)
    if not prompt:
        raise ApiError(400, "the messages render to no tokens", "messages", "invalid_value")
    return sampling_fields(body, limits, text, prompt, limits.max_seq,
                           ("max_completion_tokens", "max_tokens"))


def chat_messages(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The messages, each ``{"role", "content"}`` with text content (a list of text
    parts is joined)."""
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise ApiError(400, "you must give 'messages': a non-empty list of {role, content}", "messages",
                       "missing_required_parameter" if messages is None else "invalid_type")
    out = []
    for i, message in enumerate(messages):
        where = f"messages[{i}]"
        if not isinstance(message, dict) or not isinstance(message.get("role"), str):
            raise ApiError(400, f"'{where}' must be an object with a 'role' string", where, "invalid_type")
        out.append({**message, "content": message_text(message.get("content"), where)})
    return out


def message_text(content: Any, where: str) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list) and all(isinstance(p, dict) and p.get("type") == "text"
                                         and isinstance(p.get("text"), str) for p in content):
        return "".join(p["text"] for p in content)
    raise ApiError(400, f"'{where}.content' must be a string or a list of text parts", f"{where}.content",
                   "invalid_type")
