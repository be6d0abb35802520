"""Ahead-of-time compilation: a model file -> one shared object that runs without rlxc.

Compiling a model file (:mod:`rlxc.model_file`) has two parts:

* the **code**: the flows lowered to LLVM IR, optimised and compiled to a relocatable
  object, plus the manifest :func:`rlxc.compiler.lower` records. It depends only on the
  config, the weights' names/shapes/dtypes, the pipeline, the options, the CPU
  (:mod:`rlxc.target`) and the compiler, so it is cached (:mod:`rlxc.cache`);
* the **data**: the final manifest (the code's, plus the KV capacity and where the
  weights are) and, with ``embed_weights``, every weight already packed for the kernels.

:mod:`rlxc.link` links both into the ``.so``, written atomically (:mod:`rlxc.atomic`),
and seals its code; a ``.so`` with embedded weights is read back and checked against
their digests before the compile succeeds. ``docs/abi.md`` describes the result;
:mod:`rlx.runtime.loader` loads it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rlxc import __version__
from rlxc.atomic import atomic_output
from rlxc.cache import CODE, MANIFEST, SHARED_OBJECT, CompileCache, compile_key, weights_layout
from rlxc.link import link_model
from rlxc.model_file import (FLOW_FORMAT, ModelSpec, build_flows, choose_max_seq, note_weight_conversions,
                             open_model_weights, read_model_spec)
from rlxc.progress import Progress
from rlxc.target import target_cpu
from rlxc.timing import Timer, timed
from rlx.runtime import durable
from rlx.runtime.abi import ABI_VERSION, CheckpointTensor, CpuTarget, Manifest, PackedBlob, WeightsTable
from rlx.runtime.errors import CompileError, RlxError
from rlx.runtime.loader import check_embedded_file
from rlx.runtime.native_entry import checkpoint_params
from rlx.runtime.weight_cache import write_packed_blob
from rlx.runtime.weights import WeightSource


def limit_options(options, max_seq: int):
    """Compile options with every entry's ``max_tokens`` (the prefill chunk) at most the KV capacity."""
    return options.limit_tokens(max_seq)


# ------------------------------------------------------------------------------- the code


@dataclass
class CompiledCode:
    """A relocatable object with the compiled entry points, and the manifest describing them."""

    object_bytes: bytes
    manifest: Manifest
    key: str
    from_cache: bool = False


def weights_fingerprint(weights: Any) -> list:
    if isinstance(weights, WeightSource):
        return weights_layout((n, weights.shape(n), weights.dtype(n)) for n in weights.names())
    if weights is None:
        return []
    return weights_layout((n, getattr(a, "shape", ()), str(getattr(a, "dtype", "")))
                          for n, a in dict(weights).items())


@dataclass(frozen=True)
class CodeRequest:
    """What to compile and for which CPU; ``key`` names its compile-cache entry."""

    spec: ModelSpec
    weights: Any
    options: Any
    batch: int
    cpu: CpuTarget
    key: str


def ring_key(spec: ModelSpec) -> dict[str, int]:
    """What else a windowed session's code depends on: the capacity below which its layers
    get ring-buffer KV caches (``session_flows``); nothing for other models (their keys stay)."""
    if spec.kind != "session" or spec.config.sliding_window is None:
        return {}
    return {"ring_capacity": choose_max_seq(spec.config, spec.capacity)}


def code_request(spec: ModelSpec, weights: Any, options, batch: int) -> CodeRequest:
    cpu = target_cpu(options.profile.target)
    key = compile_key(
        config=spec.fingerprint(), weights=weights_fingerprint(weights), pipeline=options.pipeline_text(),
        options={**options.cache_fields(), "batch": batch, **ring_key(spec)},
        cpu={"name": cpu.name, "features": cpu.llvm_features},
        rlx_version=__version__, abi_version=ABI_VERSION)
    return CodeRequest(spec, weights, options, batch, cpu, key)


def code_manifest_extras(spec: ModelSpec, batch: int, cpu: CpuTarget) -> dict[str, Any]:
    """The :class:`~runtime.abi.Manifest` fields beyond the entry points: sizes, the
    config, the target CPU."""
    cfg = spec.config
    extras = {"kind": spec.kind, "rlx_version": __version__, "config": cfg.to_dict(),
              "config_fingerprint": cfg.fingerprint(), "max_positions": spec.positions,
              "cpu": cpu}
    if spec.kind == "session":
        extras.update(vocab_size=cfg.vocab_size, batch=batch)
    else:
        extras["flow"] = {"format": FLOW_FORMAT, "family": "qwen3", **spec.flow}
    return extras


def native_object(llvm_ir: str, opt_level: int, target: str = "host", timer=None) -> bytes:
    """Optimise like the JIT does, then compile to a PIC object (same code as the JIT)."""
    from rlx.lowering.llvm_target import emit_object, optimize
    from rlx.lowering.target import parse_target

    t = parse_target(target)
    with timed(timer, "llvm-opt"):
        optimized = optimize(llvm_ir, opt_level, t)
    with timed(timer, "llvm-codegen"):
        return emit_object(optimized, opt_level, t)


def wants_ir(options) -> bool:
    """Whether the user asked to see IR (dumps or printing) or the passes' times: then
    the pipeline must run."""
    printing = ("print_ir_after_all", "print_ir_after_change", "print_ir_diff", "timing")
    return options.dump_dir is not None or any(getattr(options, f, False) for f in printing)


def compile_code(req: CodeRequest, cache: CompileCache, progress: Progress) -> CompiledCode:
    """The object and manifest for ``req``, from the cache when an earlier compile made them.

    With IR dumps or ``--timing`` requested the pipeline always runs (they are the point);
    ``--timing`` prints its report to stderr when the object is made."""
    options = req.options
    if not wants_ir(options) and cache.has(req.key, CODE, MANIFEST):
        cached = _read_cached_code(cache, req.key)
        if cached is not None:
            progress.note(f"code from the cache ({cache.root / req.key})")
            return cached
    from rlxc.compiler import lower

    extras = code_manifest_extras(req.spec, req.batch, req.cpu)
    timer = Timer() if options.timing else None
    with progress.phase("lowering"):
        with timed(timer, "build the flows"):
            flows = build_flows(req.spec, req.weights, req.batch, options.prefill_tokens())
        lowered = lower(flows, options, extras, timer=timer)
    with progress.phase("LLVM"):
        obj = native_object(lowered.llvm_ir, lowered.profile.opt_level, lowered.profile.target, timer)
    if timer is not None:
        sys.stderr.write(timer.report())
    cache.write(req.key, CODE, obj)
    cache.write(req.key, MANIFEST, json.dumps(lowered.manifest.to_json()).encode())
    return CompiledCode(obj, lowered.manifest, req.key)


def _read_cached_code(cache: CompileCache, key: str) -> CompiledCode | None:
    obj, text = cache.read(key, CODE), cache.read(key, MANIFEST)
    try:
        manifest = Manifest.from_json(json.loads(text)) if text is not None else None
    except (ValueError, RlxError):
        manifest = None
    if obj is None or manifest is None:
        return None  # damaged (or older) entry: compile again (and overwrite it)
    return CompiledCode(obj, manifest, key, from_cache=True)


# ------------------------------------------------------------------------------ the data


def model_manifest(code: CompiledCode, *, max_seq: int, weights: WeightsTable,
                   eos_token_ids: tuple[int, ...] | None = None) -> Manifest:
    """The manifest embedded in a ``.so``: the code's, plus the KV capacity, the weights
    and (``rlxc compile`` of an LLM) the end-of-sequence ids."""
    return code.manifest.replace(max_seq=max_seq, weights=weights, eos_token_ids=eos_token_ids)


def weights_info(manifest: Manifest, weights: Any, path: Path | None) -> WeightsTable:
    """Which checkpoint tensors the model reads (name, shape, stored dtype) and where they are."""
    tensors = tuple(CheckpointTensor(name, shape, weights.dtype(name) if isinstance(weights, WeightSource) else "F32")
                    for name, shape in checkpoint_params(manifest).items())
    return WeightsTable(str(path.resolve()) if path is not None else None, tensors)


def pack_weights(manifest: Manifest, weights: Any, blob: Path) -> PackedBlob:
    """Write every checkpoint param in its kernel layout to ``blob`` (see
    :func:`rlx.runtime.weight_cache.write_packed_blob`); return the loader's table."""
    with open(blob, "wb") as out:
        return write_packed_blob(manifest, weights, out)


# ---------------------------------------------------------------------------- the drivers


def compile_model(path: str | os.PathLike, out: str | os.PathLike, *, options=None,
                  max_seq: int | None = None, batch: int | None = None, embed_weights: bool = False,
                  weights: str | os.PathLike | None = None, cache: bool = True,
                  progress: Progress | None = None, slot_decode: bool = False) -> Path:
    """``rlxc compile``: compile the model file ``path`` into the shared object ``out``
    (with ``slot_decode``, the ``decode_slots`` entry too: what ``rlxc serve`` batches with)."""
    from rlxc.compiler import CompileOptions
    from rlxc.api import check_slotted

    progress = progress or Progress(enabled=False)
    out = Path(out)
    spec = read_model_spec(path)
    if slot_decode:
        spec = check_slotted(spec, batch, 1, required=True)
    with atomic_output(out) as tmp:
        source = open_model_weights(spec, weights)
        batch = spec.batch(batch)
        capacity = choose_max_seq(spec.config, max_seq)
        spec = spec.with_capacity(capacity)
        options = limit_options(options or CompileOptions(), capacity).for_checkpoint(source)
        note_weight_conversions(spec, source, options)
        code = compile_code(code_request(spec, source, options, batch), CompileCache(enabled=cache),
                            progress)
        info = weights_info(code.manifest, source, Path(weights) if weights else spec.weights_dir)
        with durable.scratch_directory("weights") as wdir:
            blob = None
            if embed_weights:
                blob = Path(wdir) / "weights.bin"
                with progress.phase("weight packing"):
                    info = dataclasses.replace(info, embedded=pack_weights(code.manifest, source, blob))
            with progress.phase("link"):
                eos = spec.eos_token_ids if spec.kind == "session" else None
                link_model(code.object_bytes, model_manifest(code, max_seq=capacity, weights=info,
                                                             eos_token_ids=eos), tmp,
                           blob=blob, blob_size=info.embedded.bytes if blob else 0)
    if embed_weights and cache:  # as written to the disk; then its first load need not hash them
        with progress.phase("weight check"):
            check_embedded_file(out, info.embedded)
    progress.note(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB)")
    return out


@contextlib.contextmanager
def linked_shared_object(req: CodeRequest, cache: CompileCache, progress: Progress) -> Iterator[Path | None]:
    """A ``.so`` for ``req`` (no embedded weights, no weights path: the loader is handed
    the weights), to ``dlopen`` inside the block: the cache's, linked on first use and
    again when damaged. When the cache cannot hold it (a full disk: it said so), one
    linked into a scratch directory that lives as long as the block -- the code is
    compiled already; None when even that cannot be written: compile in process."""
    if cache.has(req.key, SHARED_OBJECT) and cache.intact_shared_object(req.key):
        yield cache.path(req.key, SHARED_OBJECT)
        return
    code = compile_code(req, cache, progress)
    tmp = cache.temp_path(req.key, SHARED_OBJECT)
    if tmp is not None:
        try:
            link_cached(req, code, tmp, progress)
        except (OSError, CompileError) as err:
            if isinstance(err, CompileError) and not durable.write_failure(err):
                tmp.unlink(missing_ok=True)
                raise
            cache.give_up(tmp, err)  # the disk is full (cc says so): go on without the cache
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        else:
            so = cache.commit(tmp, req.key, SHARED_OBJECT)
            if so is not None:
                yield so
                return
    with durable.scratch_directory("model") as scratch:
        so = Path(scratch) / SHARED_OBJECT
        try:
            link_cached(req, code, so, progress)
        except (OSError, CompileError) as err:
            if isinstance(err, CompileError) and not durable.write_failure(err):
                raise
            so = None
        yield so


def link_cached(req: CodeRequest, code: CompiledCode, out: Path, progress: Progress) -> None:
    """Link ``code`` as the cache keeps it: the default KV capacity, no weights."""
    info = weights_info(code.manifest, req.weights, None)
    with progress.phase("link"):
        link_model(code.object_bytes, model_manifest(code, max_seq=choose_max_seq(req.spec.config, None),
                                                     weights=info), out)
