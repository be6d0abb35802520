"""One request in flight, between the scheduler's thread and the server's event loop.

The scheduler calls ``on_token`` / ``on_finish`` on its thread; they only hand the event
to the loop (``loop.call_soon_threadsafe``), where :meth:`Generation.deltas` turns the
tokens into text pieces and applies the stop strings. When a stop string completes,
or the consumer goes away (the client disconnected), the request is cancelled: the
scheduler frees its slot within one step.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from rlxc.serve.protocol import ApiError, Params
from rlxc.serve.text import TextModel, TextPieces
from rlx.runtime.errors import RlxError
from rlx.runtime.sampling import Sampler
from rlx.runtime.scheduler import (CANCELLED, ERROR, QueueFullError, Request, Scheduler,
                                   SchedulerClosedError)


@dataclass
class Delta:
    """What one step adds to a response: text, the token ids behind it, and the finish
    reason on the last one (``stop`` or ``length``)."""

    text: str
    token_ids: list[int] = field(default_factory=list)
    finish_reason: str | None = None


@dataclass
class _End:
    reason: str
    message: str | None


def make_sampler(params: Params) -> Sampler | None:
    """None (greedy) at temperature 0, as OpenAI's servers do, else the request's own sampler."""
    if params.temperature == 0:
        return None
    return Sampler(params.temperature, params.top_k, params.top_p, params.seed)


class Generation:
    """Submits ``params`` to ``scheduler`` (raising :class:`ApiError` 429 when it is
    full, 503 when it is shutting down, 400 for what it refuses) and gives the response
    as :class:`Delta` s."""

    def __init__(self, scheduler: Scheduler, params: Params, text: TextModel):
        self.loop = asyncio.get_running_loop()
        self.events: asyncio.Queue = asyncio.Queue()
        self.scheduler = scheduler
        self.pieces = TextPieces(text, params.stop)
        self.prompt_tokens = len(params.prompt_ids)
        self.completion_tokens = 0
        self.finished = False
        request = Request(params.prompt_ids, params.max_tokens, make_sampler(params), params.stop_token_ids,
                          params.ignore_eos, on_token=self._on_token, on_finish=self._on_finish)
        try:
            self.ticket = scheduler.submit(request)
        except QueueFullError as err:
            raise ApiError(429, str(err), code="rate_limit_exceeded", kind="rate_limit_error") from None
        except SchedulerClosedError as err:
            raise ApiError(503, str(err), code="shutting_down", kind="service_unavailable") from None
        except RlxError as err:
            raise ApiError(400, str(err), code="invalid_value") from None

    # the scheduler's thread
    def _on_token(self, token: int) -> None:
        self._hand_over(token)

    def _on_finish(self, reason: str, message: str | None) -> None:
        self._hand_over(_End(reason, message))

    def _hand_over(self, event) -> None:
        try:
            self.loop.call_soon_threadsafe(self.events.put_nowait, event)
        except RuntimeError:  # the event loop has closed (the server stopped): nobody is listening
            ticket = getattr(self, "ticket", None)  # (a token may come before submit() has returned)
            if ticket is not None:
                self.scheduler.cancel(ticket)

    # the event loop
    def cancel(self) -> None:
        """Free the slot (the client went away, or a stop string ended the text)."""
        if not self.finished:
            self.finished = True
            self.scheduler.cancel(self.ticket)

    async def close(self) -> None:
        """:meth:`cancel`, as a coroutine (a response's background task, on the event loop)."""
        self.cancel()

    async def deltas(self) -> AsyncIterator[Delta]:
        """The response piece by piece; a piece held back (part of a UTF-8 character or
        maybe of a stop string) comes with a later one. Cancels the request if the
        consumer stops early."""
        ids: list[int] = []
        try:
            while True:
                event = await self.events.get()
                if isinstance(event, _End):
                    self.finished = True
                    yield self._last(event, ids)
                    return
                self.completion_tokens += 1
                ids.append(event)
                text, stopped = self.pieces.push(event)
                if stopped:
                    self.cancel()
                    yield Delta(text, ids, "stop")
                    return
                if text:
                    yield Delta(text, ids)
                    ids = []
        finally:
            self.cancel()

    def _last(self, end: _End, ids: list[int]) -> Delta:
        if end.reason == CANCELLED:
            raise ApiError(503, end.message or "the request was cancelled", code="cancelled",
                           kind="service_unavailable")
        if end.reason == ERROR:
            raise ApiError(500, f"the model failed: {end.message}", code="engine_error", kind="server_error")
        text, stopped = self.pieces.end()
        return Delta(text, ids, "stop" if stopped else end.reason)

    async def whole(self) -> Delta:
        """The whole response as one delta."""
        text, ids, reason = [], [], None
        async for delta in self.deltas():
            text.append(delta.text)
            ids += delta.token_ids
            reason = delta.finish_reason
        return Delta("".join(text), ids, reason)

    def usage(self) -> dict[str, int]:
        return {"prompt_tokens": self.prompt_tokens, "completion_tokens": self.completion_tokens,
                "total_tokens": self.prompt_tokens + self.completion_tokens}
