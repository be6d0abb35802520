"""The HTTP API (FastAPI): OpenAI's ``/v1/models``, ``/v1/completions`` and
``/v1/chat/completions`` (``stream: true`` as server-sent events), ``/health`` and
``/metrics``. :func:`build_app` makes the app over a :class:`ServerState`; the
scheduler runs on its own thread (started by whoever builds the state).
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from starlette.background import BackgroundTask
from starlette.exceptions import HTTPException

from rlxc.serve.generation import Delta, Generation
from rlxc.serve.metrics import CONTENT_TYPE, prometheus_text
from rlxc.serve.protocol import ApiError, Limits, Params, chat_params, completion_params, parse_body
from rlxc.serve.text import TextModel
from rlx.runtime.errors import first_line
from rlx.runtime.scheduler import Scheduler


@dataclass
class ServerState:
    """What the routes share: the scheduler, the model's limits and its text side."""

    scheduler: Scheduler
    limits: Limits
    text: TextModel
    created: int = field(default_factory=lambda: int(time.time()))


class Disconnected(Exception):
    """The client went away before its response was ready."""


@dataclass
class Reply:
    """How one kind of response is written (a completion or a chat completion)."""

    kind: str  # "text_completion" or "chat.completion"
    prefix: str  # "cmpl" or "chatcmpl"

    def choice(self, delta: Delta, chunk: bool, first: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"index": 0}
        if self.kind == "text_completion":
            out["text"] = delta.text
        elif chunk:
            out["delta"] = ({"role": "assistant", "content": delta.text} if first else {"content": delta.text})
        else:
            out["message"] = {"role": "assistant", "content": delta.text}
        out.update(logprobs=None, finish_reason=delta.finish_reason, token_ids=delta.token_ids)
        return out

    def envelope(self, ident: str, state: ServerState, chunk: bool) -> dict[str, Any]:
        kind = self.kind + (".chunk" if chunk and self.kind != "text_completion" else "")
        return {"id": ident, "object": kind, "created": int(time.time()), "model": state.limits.model}


COMPLETION = Reply("text_completion", "cmpl")
CHAT = Reply("chat.completion", "chatcmpl")


def build_app(state: ServerState) -> FastAPI:
    app = FastAPI(title="rlx", summary="an OpenAI-compatible server of a model compiled by rlx")

    @app.exception_handler(ApiError)
    async def api_error(request: Request, err: ApiError) -> JSONResponse:
        return JSONResponse(err.body(), status_code=err.status)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, err: HTTPException) -> JSONResponse:
        return JSONResponse(ApiError(err.status_code, str(err.detail), code=None).body(), status_code=err.status_code,
                            headers=getattr(err, "headers", None))

    @app.exception_handler(Exception)
    async def internal_error(request: Request, err: Exception) -> JSONResponse:
        message = f"internal error: {type(err).__name__}: {first_line(err, '')}"
        return JSONResponse(ApiError(500, message, kind="server_error").body(), status_code=500)

    @app.get("/health")
    async def health() -> JSONResponse:
        stats = state.scheduler.snapshot()
        closing = state.scheduler.closed
        return JSONResponse({"status": "shutting down" if closing else "ok", "slots": stats["slots"],
                             "busy_slots": stats["busy"], "queue": stats["queue"]}, status_code=503 if closing else 200)

    @app.get("/metrics")
    async def metrics() -> Response:
        return Response(prometheus_text(state.scheduler.snapshot(), state.limits.model), media_type=CONTENT_TYPE)

    @app.get("/v1/models")
    async def models() -> dict[str, Any]:
        return {"object": "list", "data": [model_card(state)]}

    @app.get("/v1/models/{name:path}")
    async def model(name: str) -> dict[str, Any]:
        if name != state.limits.model:
            raise ApiError(404, f"the model '{name}' does not exist: this server serves '{state.limits.model}'",
                           "model", "model_not_found")
        return model_card(state)

    @app.post("/v1/completions")
    async def completions(request: Request) -> Response:
        body = parse_body(await request.body())
        return await respond(request, state, completion_params(body, state.limits, state.text), COMPLETION)

    @app.post("/v1/chat/completions")
    async def chat_completions(request: Request) -> Response:
        body = parse_body(await request.body())
        return await respond(request, state, chat_params(body, state.limits, state.text), CHAT)

    return app


def model_card(state: ServerState) -> dict[str, Any]:
    return {"id": state.limits.model, "object": "model", "created": state.created, "owned_by": "rlx",
            "max_model_len": state.limits.max_seq}


async def respond(request: Request, state: ServerState, params: Params, reply: Reply) -> Response:
    generation = Generation(state.scheduler, params, state.text)
    ident = f"{reply.prefix}-{uuid.uuid4().hex}"
    if params.stream:
        # the background task frees the slot also when the client leaves before the first event
        return StreamingResponse(events(generation, ident, state, params, reply), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
                                 background=BackgroundTask(generation.close))
    try:
        whole = await until_disconnect(request, generation.whole)
    except Disconnected:
        return Response(status_code=499)  # nobody reads it
    return JSONResponse({**reply.envelope(ident, state, chunk=False), "choices": [reply.choice(whole, chunk=False)],
                         "usage": generation.usage()})


async def events(generation: Generation, ident: str, state: ServerState, params: Params,
                 reply: Reply) -> AsyncIterator[str]:
    """The server-sent events of a streamed response: a chunk per piece of text, the
    usage chunk if asked for, ``[DONE]``; an error that happens mid-stream is sent as
    ``{"error": ...}`` (OpenAI's clients raise it). If the client disconnects, the
    response task is cancelled here and the generation frees its slot."""
    usage = {"usage": None} if params.include_usage else {}
    first = True
    try:
        async for delta in generation.deltas():
            chunk = {**reply.envelope(ident, state, chunk=True),
                     "choices": [reply.choice(delta, chunk=True, first=first)], **usage}
            first = False
            yield sse(chunk)
        if params.include_usage:
            yield sse({**reply.envelope(ident, state, chunk=True), "choices": [], "usage": generation.usage()})
    except ApiError as err:
        yield sse(err.body())
    yield "data: [DONE]\n\n"


def sse(payload: dict[str, Any]) -> str:
    return f"data: {json.dumps(payload, ensure_ascii=False)}\n\n"


async def until_disconnect(request: Request, work: Callable[[], Awaitable[Any]]) -> Any:
    """``await work()``, unless the client disconnects first: then the work is cancelled
    (which cancels its generation) and :class:`Disconnected` is raised."""
    task = asyncio.ensure_future(work())
    watcher = asyncio.ensure_future(wait_for_disconnect(request))
    try:
        done, _ = await asyncio.wait({task, watcher}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        watcher.cancel()
        if not task.done():
            task.cancel()
    if task in done:
        return task.result()
    raise Disconnected()


async def wait_for_disconnect(request: Request) -> None:
    while (await request.receive())["type"] != "http.disconnect":
        pass
