"""``rlxc serve MODEL``: an OpenAI-compatible HTTP server with continuous batching.

``--slots`` sequences are served at once, each up to ``--max-seq`` tokens; a request
waits in a queue of ``--queue`` for a free slot (beyond that: HTTP 429). Prompts are
prefilled ``--chunk`` tokens per step between the decode steps of the others. Needs
the ``serve`` extra (``pip install 'rlx[serve]'``). SIGTERM or Ctrl-C: stop
accepting, finish the requests in flight within ``--shutdown-timeout`` seconds,
cancel the rest, exit 0. See docs/serving.md.
"""

from __future__ import annotations

import importlib.util

from rlx.runtime.errors import RlxError

SERVE_PACKAGES = ("fastapi", "uvicorn", "jinja2")


def register(sub) -> None:
    from rlxc.profile import AUTO, KV_FORMATS, PRECISIONS

    p = sub.add_parser("serve", help="serve a model over HTTP with OpenAI's API (continuous batching)",
                       description="Serve a Hugging Face checkpoint (config.json or its folder) or a .so "
                                   "over HTTP: /v1/completions, /v1/chat/completions, /v1/models, /health, "
                                   "/metrics (docs/serving.md).")
    p.add_argument("model", help="config.json of a checkpoint (or its folder; tokenizer.json beside it for text), "
                                 "or a model.so from `rlxc compile`")
    p.add_argument("--host", default="127.0.0.1", help="the address to listen on (default 127.0.0.1: this machine "
                                                       "only; 0.0.0.0 for every interface)")
    p.add_argument("--port", type=int, default=8000, help="the TCP port (default 8000; 0: any free one)")
    p.add_argument("--slots", type=int, default=4, help="sequences served at once (default 4)")
    p.add_argument("--max-seq", type=int, default=None,
                   help="tokens per slot, prompt and completion (default: the model's context, at most 4096)")
    p.add_argument("--quant", dest="precision", choices=(AUTO, *PRECISIONS), default=None,
                   help="the format the matmul weights are stored in (as `rlxc compile --quant`)")
    p.add_argument("--kv", dest="kv_format", choices=KV_FORMATS, default=None,
                   help="the format the KV caches hold: f32 (default), bf16 or f16 (as `rlxc compile --kv`)")
    p.add_argument("--target", default=None, metavar="CPU",
                   help="the CPU to compile for (as `rlxc compile --target`; default: this host)")
    p.add_argument("--threads", type=int, default=None,
                   help="threads of the native code (as `rlxc compile --threads`; default: every CPU)")
    p.add_argument("--tuning", default=None, metavar="auto|none|FILE",
                   help="measured kernel choices (as `rlxc compile --tuning`; default auto: what `rlxc tune` "
                        "recorded for the target)")
    p.add_argument("--chunk", type=int, default=None,
                   help="the most prompt tokens prefilled per step (default 512, at most --max-seq): a smaller "
                        "chunk delays the other slots' tokens less, a larger one prefills faster")
    p.add_argument("--engine", choices=("compiled", "sessions"), default="compiled",
                   help="compiled (default): the slotted decode, one native call advances every slot; "
                        "sessions: one batch-1 session per slot, one call per slot and step")
    p.add_argument("--queue", type=int, default=64,
                   help="requests that may wait for a slot (default 64); beyond that: HTTP 429")
    p.add_argument("--model-name", default=None,
                   help="the name clients give as 'model' (default: the model's folder name)")
    p.add_argument("--shutdown-timeout", type=float, default=30.0, metavar="SECONDS",
                   help="on SIGTERM, how long requests in flight may take to finish (default 30)")
    p.set_defaults(func=run)


def run(args) -> int:
    check_args(args)
    missing = [name for name in SERVE_PACKAGES if importlib.util.find_spec(name) is None]
    if missing:
        raise RlxError(f"rlxc serve needs {', '.join(missing)}: pip install 'rlx[serve]'")
    from rlxc.progress import Progress
    from rlxc.serve.server import serve

    serve(args.model, args.host, args.port, args.slots, max_seq=args.max_seq,
          quant=None if args.precision in (None, "auto") else args.precision, queue=args.queue,
          name=args.model_name, chunk=args.chunk, shutdown_timeout=args.shutdown_timeout, engine=args.engine,
          progress=Progress(), kv=args.kv_format, target=args.target, threads=args.threads, tuning=args.tuning)
    return 0


def check_args(args) -> None:
    """The counts in range, before anything is loaded."""
    from rlxc.commands.common import check_counts

    check_counts(args)
    for flag, value, low in (("--slots", args.slots, 1), ("--queue", args.queue, 0), ("--chunk", args.chunk, 1),
                             ("--threads", args.threads, 1)):
        if value is not None and value < low:
            raise RlxError(f"{flag} must be at least {low}, got {value}")
    if not 0 <= args.port <= 65535:
        raise RlxError(f"--port must be in [0, 65535], got {args.port}")
    if not args.shutdown_timeout >= 0:
        raise RlxError(f"--shutdown-timeout must be a number of seconds >= 0, got {args.shutdown_timeout}")
