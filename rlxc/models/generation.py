"""Generation settings of a checkpoint: the tokens that end a sequence (``eos_token_id``).

As in transformers, ``eos_token_id`` is one token id or a list of them, and
``generation_config.json`` (beside ``config.json``) decides when it has the field
(not null); otherwise ``config.json``'s counts. Neither: no end-of-sequence token
(generation runs ``max_new_tokens``). A malformed value is a one-line
:class:`ConfigError` naming the file and the field.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rlx.runtime.errors import ConfigError
from rlxc.models.config import _describe, _read_json_object

GENERATION_CONFIG = "generation_config.json"
FIELD = "eos_token_id"


def eos_token_ids(config: dict[str, Any], source: Path, vocab_size: int) -> tuple[int, ...]:
    """The end-of-sequence ids of the model whose parsed ``config.json`` is ``config``
    (read from ``source``): generation_config.json's beside it when it sets them."""
    generation = source.parent / GENERATION_CONFIG
    if generation.is_file():
        value = _read_json_object(generation).get(FIELD)
        if value is not None:
            return parse_eos(value, generation, vocab_size)
    return parse_eos(config.get(FIELD), source, vocab_size)


def parse_eos(value: Any, where: Path | str, vocab_size: int) -> tuple[int, ...]:
    """``value`` (an ``eos_token_id`` field of ``where``) as a tuple of token ids."""
    if value is None:
        return ()
    if not isinstance(value, list):
        if not _is_int(value):
            raise ConfigError(f"{where}: field '{FIELD}' must be a token id or a list of token ids, "
                              f"got {_describe(value)}")
        value = [value]
    for i, token in enumerate(value):
        if not _is_int(token):
            raise ConfigError(f"{where}: field '{FIELD}' entry {i} must be an integer token id, "
                              f"got {_describe(token)}")
        if not 0 <= token < vocab_size:
            raise ConfigError(f"{where}: field '{FIELD}' has token id {token}, outside the vocabulary "
                              f"[0, {vocab_size}) (vocab_size)")
    return tuple(dict.fromkeys(value))


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
