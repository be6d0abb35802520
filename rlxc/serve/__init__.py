"""``rlxc serve``: an OpenAI-compatible HTTP server over the continuous-batching
scheduler (:mod:`rlx.runtime.scheduler`). Needs the ``serve`` extra (fastapi, uvicorn,
jinja2, tokenizers); nothing here is imported until a server is started. See
docs/serving.md."""

