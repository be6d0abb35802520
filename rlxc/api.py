"""The Python API: ``rlxc.load(model)`` and ``rlxc.jit(built_model)``.

``rlxc.load`` takes a Hugging Face ``config.json`` (or its folder), a serialized flow,
or a ``.so`` from ``rlxc compile``. A model file is compiled through the compile cache
(:mod:`rlxc.cache`): the first load compiles and links a ``.so`` into the cache, later
loads of the same model only ``dlopen`` it. ``cache=False`` JIT-compiles in process.
Both give the same native code, and a :class:`~runtime.session.Session` (or, for a
flow, a :class:`~runtime.session.FlowFunction`) with the same behaviour.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rlx.runtime.session import FlowFunction, Session
from rlx.runtime.slots import SlotEngine, open_slots

SHARED_OBJECT_SUFFIXES = (".so", ".dylib")


def is_shared_object(path: str | Path) -> bool:
    """A ``.so`` path, or any file starting with the ELF magic."""
    p = Path(path)
    if p.suffix in SHARED_OBJECT_SUFFIXES:
        return True
    try:
        with open(p, "rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def load(path: str | Path, *, batch: int | None = None, max_seq: int | None = None,
         options: Any = None, cache: bool = True, weights: Any = None, progress: Any = None,
         slots: int | None = None, **option_fields: Any) -> Session | FlowFunction | SlotEngine:
    """Compile (or load) the model at ``path`` and bind its weights.

    ``path``: a config.json or its folder, or a GGUF file (an LLM: returns a Session with
    ``prefill``/``decode``/``reset``/``generate``), a serialized flow (returns a
    FlowFunction), or a ``.so`` built by ``rlxc compile``. ``weights``: a checkpoint
    directory overriding the one beside the model. ``max_seq``: KV capacity. A session
    stops generating at the ``eos_token_id`` of generation_config.json, else of config.json
    (read at every load: the compiled code does not depend on it).
    ``options`` (a :class:`~rlxc.compiler.CompileOptions`) or its fields as keywords
    (e.g. ``threads=1``: serial code; ``opt_level=2``): each replaces that field of every
    entry's compile profile (:mod:`rlxc.profile`).
    ``cache=False`` skips the compile cache and JIT-compiles in process. With the cache,
    the checkpoint's packed weights are cached too and mapped by later loads
    (:mod:`rlx.runtime.weight_cache`; ``RLX_WEIGHT_CACHE=0`` turns that part off).
    ``slots=N``: a :class:`~rlx.runtime.slots.SlotEngine` of ``N`` independent sequences
    (what ``rlxc serve`` drives), compiled with the slotted decode ``decode_slots``."""
    from rlx.runtime.loader import load as load_shared_object

    if is_shared_object(path):
        return load_shared_object(path, weights=weights, max_seq=max_seq, batch=batch, slots=slots)

    from rlxc.model_file import read_model_spec

    spec = read_model_spec(path)
    if slots is not None:
        spec = check_slotted(spec, batch, slots)
    return load_spec(spec, batch=batch, max_seq=max_seq, options=options, cache=cache, weights=weights,
                     progress=progress, slots=slots, **option_fields)


def load_spec(spec, *, batch: int | None = None, max_seq: int | None = None, options: Any = None,
              cache: bool = True, weights: Any = None, progress: Any = None, slots: int | None = None,
              **option_fields: Any) -> Session | FlowFunction | SlotEngine:
    """:func:`load` of a :class:`~rlxc.model_file.ModelSpec` (a model file read, or one
    made in memory: ``rlxc compare``'s flow with debug outputs)."""
    from rlxc.aot import code_request, limit_options, linked_shared_object
    from rlxc.model_file import choose_max_seq, note_weight_conversions, open_model_weights
    from rlxc.progress import Progress
    from rlxc.cache import CompileCache
    from rlxc.compiler import CompileOptions
    from rlx.runtime.loader import load as load_shared_object

    batch = spec.batch(batch)
    max_seq = choose_max_seq(spec.config, max_seq)
    spec = spec.with_capacity(max_seq)
    options = limit_options(options or CompileOptions(**option_fields), max_seq)
    spec.check_memory(batch, options.prefill_tokens(), options.changes.get("precision"))
    source = open_model_weights(spec, weights)
    options = options.for_checkpoint(source)
    note_weight_conversions(spec, source, options)
    progress = progress or Progress(enabled=False)
    store = CompileCache(enabled=cache)
    if store.usable():
        with linked_shared_object(code_request(spec, source, options, batch), store, progress) as so:
            if so is not None:
                return load_shared_object(so, weights=source, max_seq=max_seq, eos_token_ids=spec.eos_token_ids,
                                          slots=slots)
    return jit_load(spec, source, options, batch, max_seq, progress, slots)  # no cache, or no disk at all


#: the slotted attention is the split-K decode kernel, which reads head_dim in vectors of 8
SLOTTED_HEAD_DIM_MULTIPLE = 8


def check_slotted(spec, batch: int | None, slots: Any, required: bool = False):
    """``spec`` with the slotted decode, for ``slots`` sequences (an integer >= 1) of an LLM.
    A ``head_dim`` the slotted attention does not take leaves ``spec`` as it is (the slots
    are then served by one session each), or with ``required`` is a ConfigError."""
    from rlx.runtime.errors import ConfigError

    if spec.kind != "session":
        raise ConfigError(f"{spec.source} is a single flow: slots serve an LLM (a config.json)")
    if batch not in (None, 1):
        raise ConfigError(f"slots run batch-1 entries, not batch {batch}: drop batch=")
    if not isinstance(slots, int) or isinstance(slots, bool) or slots < 1:
        raise ConfigError(f"slots must be an integer >= 1, got {slots!r}")
    if spec.config.head_dim % SLOTTED_HEAD_DIM_MULTIPLE:
        if required:
            raise ConfigError(f"{spec.source}: the slotted decode needs head_dim a multiple of "
                              f"{SLOTTED_HEAD_DIM_MULTIPLE}, got {spec.config.head_dim}")
        return spec
    return spec.with_slot_decode()


def jit_load(spec, weights: Any, options, batch: int, max_seq: int, progress,
             slots: int | None = None) -> Session | FlowFunction | SlotEngine:
    """Compile ``spec`` in process (MCJIT) into a Session or FlowFunction."""
    from rlxc.aot import code_manifest_extras
    from rlxc.model_file import build_flows
    from rlxc.target import check_runs_here, target_cpu
    from rlxc.compiler import jit_engine, lower
    from rlx.runtime.loader import prefer_sleeping_openmp_workers

    prefer_sleeping_openmp_workers()
    cpu = target_cpu(options.profile.target)
    check_runs_here(cpu)
    extras = code_manifest_extras(spec, batch, cpu)
    with progress.phase("lowering"):
        lowered = lower(build_flows(spec, weights, batch, options.prefill_tokens()), options, extras)
    with progress.phase("LLVM (JIT)"):
        engine = jit_engine(lowered)
    if spec.kind == "flow":
        return FlowFunction(lowered.manifest, engine.address_of, weights, keepalive=engine)
    if slots is not None:
        return open_slots(lowered.manifest, engine.address_of, weights, max_seq, slots, keepalive=engine,
                          eos_token_ids=spec.eos_token_ids)
    return Session(lowered.manifest, engine.address_of, weights, max_seq, keepalive=engine,
                   eos_token_ids=spec.eos_token_ids)


class JitFunction(FlowFunction):
    """A BuiltModel JIT-compiled in process and called like a function over numpy arrays
    (see :class:`~runtime.session.FlowFunction`)."""

    def __init__(self, built, weights: Any = None, options: Any = None):
        from rlxc.compiler import CompileOptions, jit_engine, lower
        from rlx.runtime.loader import prefer_sleeping_openmp_workers

        prefer_sleeping_openmp_workers()
        self.options = options or CompileOptions()
        self.lowered = lower([built], self.options)
        self.engine = jit_engine(self.lowered)
        super().__init__(self.lowered.manifest, self.engine.address_of, weights, keepalive=self.engine)


def jit(built, weights: Any = None, **option_fields: Any) -> JitFunction:
    """JIT-compile one BuiltModel; ``weights`` (checkpoint or dict) supplies its params."""
    from rlxc.compiler import CompileOptions

    return JitFunction(built, weights, CompileOptions(**option_fields))
