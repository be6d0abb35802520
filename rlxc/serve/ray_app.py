"""Scale-out on Ray Serve: N replicas of the rlx server behind Ray's HTTP proxy.

Each replica is a Ray actor that loads the model, runs its own scheduler thread and
serves the same FastAPI app as ``rlxc serve`` (:func:`rlxc.serve.app.build_app`); Ray's
proxy spreads the requests over the replicas. A replica asks Ray for ``cpus_per_replica``
CPUs and its native code runs that many OpenMP threads, so replicas on one node do not
fight over cores. Needs the ``ray`` extra (``pip install 'rlx[ray]'``).

From Python::

    from ray import serve
    from rlxc.serve.ray_app import rlx_app
    serve.run(rlx_app("examples/tiny-qwen3", replicas=2), route_prefix="/")

or from a Serve config file (``serve run config.yaml``; docs/serving.md) with
``import_path: rlxc.serve.ray_app:app_builder`` and the same keywords under ``args``.
"""

from __future__ import annotations

from typing import Any

from ray import serve

from rlx.runtime.errors import RlxError

#: the keywords of :func:`rlx_app` (and the ``args`` of a Serve config)
OPTIONS = ("replicas", "cpus_per_replica", "slots", "max_seq", "quant", "chunk", "queue", "model_name", "engine")


@serve.deployment
@serve.ingress()
class RlxServer:
    """One replica: the engine, its scheduler thread, and the app (built by Ray at
    replica start, from :meth:`__serve_build_asgi_app__`)."""

    def __init__(self, model: str, slots: int = 4, max_seq: int | None = None, quant: str | None = None,
                 chunk: int | None = None, queue: int = 64, model_name: str | None = None,
                 engine: str = "compiled"):
        from rlxc.serve.engine import open_engine
        from rlxc.serve.server import make_state

        engine = open_engine(model, slots, max_seq=max_seq, quant=quant, chunk=chunk, kind=engine)
        self.state = make_state(engine, model, model_name, queue)
        self.state.scheduler.start()

    def __serve_build_asgi_app__(self):
        from rlxc.serve.app import build_app

        return build_app(self.state)

    def check_health(self) -> None:
        """Ray Serve calls this periodically: a replica whose scheduler stopped is replaced."""
        if self.state.scheduler.closed:
            raise RuntimeError("the scheduler has stopped")

    def __del__(self) -> None:
        state = getattr(self, "state", None)
        if state is not None:
            state.scheduler.stop(timeout=0.0)


def rlx_app(model: str, replicas: int = 1, cpus_per_replica: float = 1, slots: int = 4,
            max_seq: int | None = None, quant: str | None = None, chunk: int | None = None, queue: int = 64,
            model_name: str | None = None, engine: str = "compiled"):
    """The Serve application: ``replicas`` copies of the server of ``model``, each with
    ``cpus_per_replica`` CPUs (and as many OpenMP threads) and ``slots`` slots."""
    if replicas < 1 or slots < 1 or cpus_per_replica <= 0:
        raise RlxError(f"replicas and slots must be at least 1 and cpus_per_replica above 0, got {replicas}, "
                       f"{slots} and {cpus_per_replica}")
    threads = max(1, int(cpus_per_replica))
    deployment = RlxServer.options(
        num_replicas=replicas,
        max_ongoing_requests=slots + queue,  # beyond that Ray queues (or the replica answers 429)
        ray_actor_options={"num_cpus": cpus_per_replica,
                           "runtime_env": {"env_vars": {"OMP_NUM_THREADS": str(threads)}}},
    )
    return deployment.bind(model, slots=slots, max_seq=max_seq, quant=quant, chunk=chunk, queue=queue,
                           model_name=model_name, engine=engine)


def app_builder(args: dict[str, Any]):
    """``import_path: rlxc.serve.ray_app:app_builder`` of a Serve config: ``args`` holds
    ``model`` and any of :data:`OPTIONS` (strings from the command line are converted)."""
    args = dict(args)
    if "model" not in args:
        raise RlxError("the rlx Serve application needs 'model' in its args (a config.json or its folder)")
    unknown = sorted(set(args) - {"model", *OPTIONS})
    if unknown:
        raise RlxError(f"unknown args {', '.join(unknown)} (known: model, {', '.join(OPTIONS)})")
    numbers = {"replicas": int, "slots": int, "max_seq": int, "chunk": int, "queue": int, "cpus_per_replica": float}
    for key, kind in numbers.items():
        if args.get(key) is not None:
            args[key] = kind(args[key])
    return rlx_app(**args)
