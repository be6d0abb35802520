"""Incremental detokenization: the text of a growing list of token ids, piece by piece.

Decoding each new token on its own is wrong: a byte-level BPE token may hold part of
a UTF-8 character (its text decodes to U+FFFD until the rest arrives), and a
SentencePiece-style decoder drops the leading space of the first token it sees.
:class:`Detokenizer` does what vLLM's detokenizer and ``tokenizers``'
``DecodeStream`` do: it decodes a short window of the ids (the tokens after the last
piece it emitted, plus the ones of that piece for context) and emits the text that
window adds beyond its context -- only once that text does not end in U+FFFD, i.e. in
an incomplete UTF-8 sequence. Each step decodes a few tokens, not the whole list, and
the pieces join to the decode of all the ids.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

REPLACEMENT = "\ufffd"


class Detokenizer:
    """``push(id)`` returns the new text (``""`` while it is held back); ``flush()`` the
    rest at the end. ``decode`` maps a list of ids to text (``tokenizer.decode``)."""

    def __init__(self, decode: Callable[[Sequence[int]], str]) -> None:
        self.decode = decode
        self.ids: list[int] = []
        self.prefix = 0  # start of the window: the ids of the last piece emitted
        self.read = 0  # end of the text emitted: ids[:read] are shown
        self.shown: list[str] = []

    def push(self, token: int) -> str:
        self.ids.append(int(token))
        context = self.decode(self.ids[self.prefix:self.read]) if self.read > self.prefix else ""
        text = self.decode(self.ids[self.prefix:])
        if len(text) <= len(context) or text.endswith(REPLACEMENT) or not text.startswith(context):
            return ""  # nothing yet, a character cut in the middle, or a window that re-reads its context
        self.prefix, self.read = self.read, len(self.ids)
        return self._emit(text[len(context):])

    def flush(self) -> str:
        """What the pieces so far lack of the decode of every id (a held-back tail)."""
        whole, shown = self.decode(self.ids), "".join(self.shown)
        self.prefix = self.read = len(self.ids)
        return self._emit(whole[len(shown):]) if whole.startswith(shown) else ""

    def _emit(self, piece: str) -> str:
        self.shown.append(piece)
        return piece
