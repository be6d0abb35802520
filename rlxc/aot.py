"""Ahead-of-time compilation: a model file -> one shared object that runs without rlxc.

A model file is a Hugging Face ``config.json`` (an LLM: a ``prefill`` and a ``decode``
entry point, weights beside it) or a serialized flow (``BuiltModel.to_json()``, format
``rlx-flow/1``: one entry point). Compiling it has two parts:

* the **code**: the flows lowered to LLVM IR, optimised and compiled to a relocatable
  object, plus the manifest :func:`rlxc.compiler.lower` records. It depends only on the
  config, the weights' names/shapes/dtypes, the pipeline, the options, the CPU and the
  compiler, so it is cached (:mod:`rlxc.cache`);
* the **data**: the final manifest (the code's, plus the KV capacity and where the
  weights are) and, with ``embed_weights``, every weight already packed for the kernels. An
  assembler file includes them (``.incbin``) as read-only data under fixed symbols.

``cc -shared`` links both into the ``.so``, written atomically (temporary file +
rename). ``docs/abi.md`` describes the result; :mod:`runtime.loader` loads it.
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from rlxc import __version__
from rlxc.cache import CODE, MANIFEST, SHARED_OBJECT, CompileCache, compile_key, digest, weights_layout
from rlxc.interrupts import raise_if_received
from rlxc.models.config import Qwen3Config, _read_json_object, expected_weights
from runtime.errors import CompileError, ConfigError, RlxError, RuntimeLimitError, first_line
from runtime.loader import (MANIFEST_DIGEST_SYMBOL, MANIFEST_SIZE_SYMBOL, MANIFEST_SYMBOL,
                            WEIGHTS_SYMBOL, manifest_digest)
from runtime.session import ABI_VERSION, checkpoint_params
from runtime.weight_cache import WEIGHT_ALIGN, write_packed_blob
from runtime.weights import WeightSource, check_weights, open_checkpoint

FLOW_FORMAT = "rlx-flow/1"
DEFAULT_MAX_SEQ_CAP = 4096
_FLOW_OPTIONS = ("decode", "batch", "seq", "past_seq", "has_past", "lm_head", "export_kv",
                 "last_logits_only", "custom_mask")

# LLVM feature name -> the /proc/cpuinfo flag of the same instructions. A feature the
# code was compiled with must be present on the CPU that loads it.
CPUINFO_FLAG_OF_FEATURE = {
    # x86: SSE/AVX/FMA/AVX-512 and the bit-manipulation sets LLVM uses freely
    "sse3": "pni", "ssse3": "ssse3", "sse4.1": "sse4_1", "sse4.2": "sse4_2", "popcnt": "popcnt",
    "avx": "avx", "avx2": "avx2", "fma": "fma", "f16c": "f16c", "bmi": "bmi1", "bmi2": "bmi2",
    "lzcnt": "abm", "movbe": "movbe", "avxvnni": "avx_vnni",
    "avx512f": "avx512f", "avx512cd": "avx512cd", "avx512bw": "avx512bw", "avx512dq": "avx512dq",
    "avx512vl": "avx512vl", "avx512ifma": "avx512ifma", "avx512vbmi": "avx512vbmi",
    "avx512vbmi2": "avx512_vbmi2", "avx512vnni": "avx512_vnni", "avx512bitalg": "avx512_bitalg",
    "avx512vpopcntdq": "avx512_vpopcntdq", "avx512bf16": "avx512_bf16", "avx512fp16": "avx512_fp16",
    # AArch64
    "neon": "asimd", "fullfp16": "fphp", "dotprod": "asimddp", "sve": "sve", "sve2": "sve2",
    "bf16": "bf16", "i8mm": "i8mm",
}


# ----------------------------------------------------------------------------- progress


class Progress:
    """Short progress lines on stderr for the long phases (``rlxc: LLVM ... 0.41 s``).

    On a terminal the phase name shows while it runs; otherwise only finished lines are
    written. ``enabled=False`` is silent (the Python API)."""

    def __init__(self, enabled: bool = True, stream: TextIO | None = None):
        self.enabled = enabled
        self.stream = stream or sys.stderr

    @contextlib.contextmanager
    def phase(self, name: str) -> Iterator[None]:
        tty = self.enabled and self.stream.isatty()
        if tty:
            print(f"rlxc: {name} ...", end="", file=self.stream, flush=True)
        start = time.perf_counter()
        try:
            yield
        except BaseException:
            if tty:
                print(file=self.stream)
            raise
        seconds = time.perf_counter() - start
        if tty:
            print(f" {seconds:.2f} s", file=self.stream, flush=True)
        elif self.enabled:
            print(f"rlxc: {name} ... {seconds:.2f} s", file=self.stream, flush=True)

    def note(self, text: str) -> None:
        if self.enabled:
            print(f"rlxc: {text}", file=self.stream, flush=True)


# ------------------------------------------------------------------------ what to compile


@dataclass(frozen=True)
class ModelSpec:
    """A model file: ``kind`` "session" (an HF checkpoint) or "flow" (one serialized flow)."""

    kind: str
    source: Path
    config: Qwen3Config
    flow: Mapping[str, Any] | None = None

    @property
    def weights_dir(self) -> Path:
        """Where the weights are unless told otherwise: beside the model file."""
        return self.source.parent

    def fingerprint(self) -> str:
        return digest({"kind": self.kind, "config": self.config.to_dict(), "flow": self.flow})

    def batch(self, requested: int | None) -> int:
        """The batch the code is compiled for (a flow fixes its own)."""
        if self.kind == "flow":
            fixed = int(self.flow["options"]["batch"])
            if requested not in (None, fixed):
                raise ConfigError(f"{self.source} is a flow built for batch {fixed}, not {requested}")
            return fixed
        batch = 1 if requested is None else requested
        if batch < 1:
            raise ConfigError(f"batch must be at least 1, got {batch}")
        return batch


def resolve_model_path(path: str | os.PathLike) -> Path:
    """A model file, or the ``config.json`` of a model directory."""
    p = Path(path)
    if p.is_dir():
        p = p / "config.json"
    if not p.exists():
        raise ConfigError(f"model file not found: {p}")
    return p


def read_model_spec(path: str | os.PathLike) -> ModelSpec:
    """Read a config.json or a flow spec; every malformed file is a one-line ConfigError."""
    source = resolve_model_path(path)
    data = _read_json_object(source)
    if "format" in data:
        return flow_spec(data, source)
    if "model_type" not in data:
        raise ConfigError(f"{source} is neither a Hugging Face config.json (no 'model_type') "
                          f"nor an rlx flow (no 'format': '{FLOW_FORMAT}')")
    return ModelSpec("session", source, Qwen3Config.from_dict(data, source=str(source)))


def flow_spec(data: Mapping[str, Any], source: Path) -> ModelSpec:
    if data["format"] != FLOW_FORMAT:
        raise ConfigError(f"{source}: unknown flow format {data['format']!r}; supported: {FLOW_FORMAT}")
    if data.get("family") != "qwen3":
        raise ConfigError(f"{source}: unknown flow family {data.get('family')!r}; supported: qwen3")
    options = data.get("options")
    if not isinstance(options, dict) or any(k not in options for k in _FLOW_OPTIONS):
        missing = [k for k in _FLOW_OPTIONS if not isinstance(options, dict) or k not in options]
        raise ConfigError(f"{source}: flow 'options' lacks {', '.join(missing)}")
    for key, value in options.items():
        if key in _FLOW_OPTIONS and not _flow_option_ok(key, value):
            raise ConfigError(f"{source}: flow option '{key}' is {value!r}; expected "
                              f"{_FLOW_OPTION_KIND.get(key, 'true or false')}")
    config = Qwen3Config.from_dict(data.get("config"), source=f"{source} (config)")
    return ModelSpec("flow", source, config, {"options": dict(options)})


#: what each non-boolean flow option may be (the others are true or false)
_FLOW_OPTION_KIND = {"batch": "an integer >= 1", "seq": "an integer >= 1 or a symbol name such as \"SEQ\"",
                     "past_seq": "an integer >= 0 or a symbol name such as \"PAST_SEQ\""}


def _flow_option_ok(key: str, value: Any) -> bool:
    if key not in _FLOW_OPTION_KIND:
        return isinstance(value, bool)
    if isinstance(value, str):
        return key != "batch" and re.fullmatch(r"[A-Z_][A-Z0-9_]*", value) is not None
    low = 0 if key == "past_seq" else 1
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= 2**31 - 1


def qwen3_flow(cfg: Qwen3Config, options: Mapping[str, Any]):
    """The Qwen3Flow a serialized flow's options describe (what ``Qwen3Flow.options()`` wrote)."""
    from rlxc.models.qwen3 import Qwen3Flow

    return Qwen3Flow(cfg, decode_mode=bool(options["decode"]), batch=int(options["batch"]),
                     seq=options["seq"], past_seq=options["past_seq"], has_past=bool(options["has_past"]),
                     with_lm_head=bool(options["lm_head"]), with_kv_outputs=bool(options["export_kv"]),
                     last_logits_only=bool(options["last_logits_only"]),
                     use_custom_mask=bool(options["custom_mask"]))


def session_flows(cfg: Qwen3Config, weights: Any, batch: int) -> list:
    """The entry points every LLM session has: chunked prefill, decode, and
    ``prefill_last`` (prefill with the last token's logits only: the LM head runs on
    one row per sequence, what ``Session.generate`` and ``prefill(last_only=True)`` use)."""
    from xdsl.dialects.builtin import StringAttr

    from rlxc.models.qwen3 import Qwen3Flow

    prefill = Qwen3Flow.for_prefill(cfg, batch, "SEQ").dynamic_past().lm_head().build(weights)
    last = Qwen3Flow.for_prefill(cfg, batch, "SEQ").dynamic_past().last_token_logits().build(weights)
    last.name = "prefill_last"
    last.entry.sym_name = StringAttr("prefill_last")
    decode = Qwen3Flow.for_decode(cfg, batch, "PAST_SEQ").build(weights)
    return [prefill, last, decode]


def build_flows(spec: ModelSpec, weights: Any, batch: int) -> list:
    if spec.kind == "flow":
        return [qwen3_flow(spec.config, spec.flow["options"]).build(weights)]
    return session_flows(spec.config, weights, batch)


def choose_max_seq(cfg: Qwen3Config, max_seq: int | None) -> int:
    """The KV capacity: ``max_seq``, else the config's positions capped at 4096."""
    if max_seq is None:
        return min(cfg.max_position_embeddings, DEFAULT_MAX_SEQ_CAP)
    if not 1 <= max_seq <= cfg.max_position_embeddings:
        raise RuntimeLimitError(
            f"max_seq {max_seq} must be between 1 and max_position_embeddings ({cfg.max_position_embeddings})")
    return max_seq


def open_model_weights(spec: ModelSpec, weights: Any = None) -> Any:
    """The checkpoint (``weights``, else the directory beside the model file), checked
    against the config before anything is compiled."""
    if weights is None or isinstance(weights, (str, os.PathLike)):
        weights = open_checkpoint(weights if weights is not None else spec.weights_dir)
    if spec.kind == "session" and isinstance(weights, WeightSource):
        check_weights(weights, expected_weights(spec.config), spec.config.tie_word_embeddings)
    return weights


def limit_options(options, max_seq: int):
    """Compile options with every entry's ``max_tokens`` (the prefill chunk) at most the KV capacity."""
    return options.limit_tokens(max_seq)


# ------------------------------------------------------------------------------- the code


@dataclass
class CompiledCode:
    """A relocatable object with the compiled entry points, and the manifest describing them."""

    object_bytes: bytes
    manifest: dict[str, Any]
    key: str
    from_cache: bool = False


def required_cpu_flags(llvm_features: str) -> list[str]:
    """The /proc/cpuinfo flags of the features enabled in an LLVM feature string."""
    enabled = [f[1:] for f in llvm_features.split(",") if f.startswith("+")]
    return sorted({CPUINFO_FLAG_OF_FEATURE[f] for f in enabled if f in CPUINFO_FLAG_OF_FEATURE})


def target_cpu() -> dict[str, Any]:
    """The CPU the code is generated for (the host, with all its features)."""
    from lowering.llvm_target import host_cpu

    name, features = host_cpu()
    return {"arch": platform.machine(), "name": name, "llvm_features": features,
            "required_flags": required_cpu_flags(features)}


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
    cpu: Mapping[str, Any]
    key: str


def code_request(spec: ModelSpec, weights: Any, options, batch: int) -> CodeRequest:
    cpu = target_cpu()
    key = compile_key(
        config=spec.fingerprint(), weights=weights_fingerprint(weights), pipeline=options.pipeline_text(),
        options={**options.cache_fields(), "batch": batch},
        cpu={"name": cpu["name"], "features": cpu["llvm_features"]},
        rlx_version=__version__, abi_version=ABI_VERSION)
    return CodeRequest(spec, weights, options, batch, cpu, key)


def code_manifest_extras(spec: ModelSpec, batch: int, cpu: Mapping[str, Any]) -> dict[str, Any]:
    """What the runtime needs beyond the entry points: sizes, the config, the target CPU."""
    cfg = spec.config
    extras = {"kind": spec.kind, "rlx_version": __version__, "config": cfg.to_dict(),
              "config_fingerprint": cfg.fingerprint(), "max_positions": cfg.max_position_embeddings,
              "cpu": dict(cpu)}
    if spec.kind == "session":
        extras.update(vocab_size=cfg.vocab_size, batch=batch)
    else:
        extras["flow"] = {"format": FLOW_FORMAT, "family": "qwen3", **spec.flow}
    return extras


def native_object(llvm_ir: str, opt_level: int) -> bytes:
    """Optimise like the JIT does, then compile to a PIC object (same code as the JIT)."""
    from lowering.llvm_target import emit_object, optimize

    return emit_object(optimize(llvm_ir, opt_level), opt_level)


def wants_ir(options) -> bool:
    """Whether the user asked to see IR (dumps or printing): then the pipeline must run."""
    printing = ("print_ir_after_all", "print_ir_after_change", "print_ir_diff")
    return options.dump_dir is not None or any(getattr(options, f, False) for f in printing)


def compile_code(req: CodeRequest, cache: CompileCache, progress: Progress) -> CompiledCode:
    """The object and manifest for ``req``, from the cache when an earlier compile made them.

    With IR dumps requested the pipeline always runs (the dumps are the point)."""
    options = req.options
    if not wants_ir(options) and cache.has(req.key, CODE, MANIFEST):
        cached = _read_cached_code(cache, req.key)
        if cached is not None:
            progress.note(f"code from the cache ({cache.root / req.key})")
            return cached
    from rlxc.compiler import lower

    extras = code_manifest_extras(req.spec, req.batch, req.cpu)
    with progress.phase("lowering"):
        lowered = lower(build_flows(req.spec, req.weights, req.batch), options, extras)
    with progress.phase("LLVM"):
        obj = native_object(lowered.llvm_ir, lowered.profile.opt_level)
    cache.write(req.key, CODE, obj)
    cache.write(req.key, MANIFEST, json.dumps(lowered.manifest).encode())
    return CompiledCode(obj, lowered.manifest, req.key)


def _read_cached_code(cache: CompileCache, key: str) -> CompiledCode | None:
    obj, text = cache.read(key, CODE), cache.read(key, MANIFEST)
    try:
        manifest = json.loads(text) if text is not None else None
    except ValueError:
        manifest = None
    if obj is None or not isinstance(manifest, dict):
        return None  # damaged entry: compile again (and overwrite it)
    return CompiledCode(obj, manifest, key, from_cache=True)


# ------------------------------------------------------------------------------ the data


def model_manifest(code: CompiledCode, *, max_seq: int, weights_info: dict[str, Any]) -> dict[str, Any]:
    """The manifest embedded in a ``.so``: the code's, plus the KV capacity and the weights."""
    return {**code.manifest, "max_seq": max_seq, "weights": weights_info}


def weights_info(manifest: Mapping[str, Any], weights: Any, path: Path | None) -> dict[str, Any]:
    """Which checkpoint tensors the model reads (name, shape, stored dtype) and where they are."""
    tensors = []
    for name, shape in checkpoint_params(manifest).items():
        dtype = weights.dtype(name) if isinstance(weights, WeightSource) else "F32"
        tensors.append({"name": name, "shape": list(shape), "dtype": dtype})
    return {"path": str(path.resolve()) if path is not None else None, "tensors": tensors,
            "embedded": None}


def pack_weights(manifest: Mapping[str, Any], weights: Any, blob: Path) -> dict[str, Any]:
    """Write every checkpoint param in its kernel layout to ``blob`` (see
    :func:`runtime.weight_cache.write_packed_blob`); return the loader's table."""
    with open(blob, "wb") as out:
        table = write_packed_blob(manifest, weights, out)
    return {"symbol": WEIGHTS_SYMBOL, **table}


def _data_symbol(name: str, section: str, align: int, body: str, size: int) -> str:
    return (f'\t.section {section},"a"\n\t.globl {name}\n\t.type {name}, %object\n'
            f"\t.balign {align}\n{name}:\n{body}\t.size {name}, {size}\n")


def data_assembly(manifest_file: Path, manifest_size: int, blob: Path | None, blob_size: int,
                  digest: str) -> str:
    """Assembler text for the data object: the manifest (NUL-terminated), its size and
    sha256 (hex, NUL-terminated), the weights."""
    parts = [
        _data_symbol(MANIFEST_SYMBOL, ".rodata.rlx_manifest", 8,
                     f'\t.incbin "{manifest_file}"\n\t.byte 0\n', manifest_size + 1),
        _data_symbol(MANIFEST_SIZE_SYMBOL, ".rodata.rlx_manifest", 8, f"\t.quad {manifest_size}\n", 8),
        _data_symbol(MANIFEST_DIGEST_SYMBOL, ".rodata.rlx_manifest", 8, f'\t.asciz "{digest}"\n',
                     len(digest) + 1),
    ]
    if blob is not None:
        parts.append(_data_symbol(WEIGHTS_SYMBOL, ".rodata.rlx_weights", WEIGHT_ALIGN,
                                  f'\t.incbin "{blob}"\n', blob_size))
    parts.append('\t.section .note.GNU-stack,"",%progbits\n')
    return "".join(parts)


def run_cc(args: list[str], what: str) -> None:
    try:
        proc = subprocess.run(["cc", *args], capture_output=True, text=True)
    except FileNotFoundError:
        raise CompileError(f"{what} failed: the system C compiler 'cc' was not found") from None
    if proc.returncode != 0:
        raise CompileError(f"{what} failed: {first_line(proc.stderr or proc.stdout, f'cc exited with {proc.returncode}')}")


def link_model(code: CompiledCode, manifest: Mapping[str, Any], out: Path, *,
               blob: Path | None = None, blob_size: int = 0) -> None:
    """Assemble the data object and link it with the code into the shared object ``out``."""
    with tempfile.TemporaryDirectory(prefix="rlx-link-") as tmp:
        tmp = Path(tmp)
        (tmp / "code.o").write_bytes(code.object_bytes)
        text = json.dumps(manifest, separators=(",", ":")).encode("utf-8")
        (tmp / "manifest.json").write_bytes(text)
        (tmp / "data.s").write_text(data_assembly(tmp / "manifest.json", len(text), blob, blob_size,
                                                  manifest_digest(text)))
        run_cc(["-c", str(tmp / "data.s"), "-o", str(tmp / "data.o")], "assembling the model data")
        run_cc(["-shared", "-o", str(out), str(tmp / "code.o"), str(tmp / "data.o"),
                "-Wl,--as-needed", "-Wl,--build-id=sha1", "-lgomp", "-lm"], "linking")


# ---------------------------------------------------------------------------- the drivers


@contextlib.contextmanager
def atomic_output(out: Path, mode: int = 0o777) -> Iterator[Path]:
    """A temporary file beside ``out``, renamed onto it when the block succeeds: ``out``
    is the old file or the whole new one, never a part. The new file gets ``mode``
    less the umask, like a compiler's output.

    Created up front, so an unwritable destination fails before any compiling. Its name
    holds this process's id: temporaries that a killed compile left behind are removed
    by the next one (:func:`remove_stale_temporaries`)."""
    if out.is_dir():
        raise RlxError(f"cannot write {out}: it is a directory")
    remove_stale_temporaries(out)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.{os.getpid()}.", suffix=".tmp", dir=out.parent)
        os.close(fd)
    except OSError as err:
        raise RlxError(f"cannot write {out}: {err.strerror}") from None
    try:
        yield Path(tmp)
        raise_if_received()  # an interrupt that was swallowed must not replace ``out``
        os.chmod(tmp, mode & ~current_umask())
        os.replace(tmp, out)
    except OSError as err:
        raise RlxError(f"cannot write {out}: {err.strerror}") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def remove_stale_temporaries(out: Path) -> None:
    """Delete ``.<name>.<pid>.*.tmp`` files beside ``out`` whose process no longer runs."""
    for tmp in out.parent.glob(f".{glob.escape(out.name)}.*.tmp"):
        pid = tmp.name[len(out.name) + 2:].split(".", 1)[0]
        if pid.isdigit() and not process_alive(int(pid)):
            with contextlib.suppress(OSError):
                tmp.unlink()


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, but is not ours
    return True


def current_umask() -> int:
    """The process umask (Linux: read without changing it; elsewhere set and restore)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except OSError:
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def compile_model(path: str | os.PathLike, out: str | os.PathLike, *, options=None,
                  max_seq: int | None = None, batch: int | None = None, embed_weights: bool = False,
                  weights: str | os.PathLike | None = None, cache: bool = True,
                  progress: Progress | None = None) -> Path:
    """``rlxc compile``: compile the model file ``path`` into the shared object ``out``."""
    from rlxc.compiler import CompileOptions

    progress = progress or Progress(enabled=False)
    out = Path(out)
    spec = read_model_spec(path)
    with atomic_output(out) as tmp:
        source = open_model_weights(spec, weights)
        batch = spec.batch(batch)
        capacity = choose_max_seq(spec.config, max_seq)
        options = limit_options(options or CompileOptions(), capacity)
        code = compile_code(code_request(spec, source, options, batch), CompileCache(enabled=cache),
                            progress)
        info = weights_info(code.manifest, source, Path(weights) if weights else spec.weights_dir)
        with tempfile.TemporaryDirectory(prefix="rlx-weights-") as wdir:
            blob = None
            if embed_weights:
                blob = Path(wdir) / "weights.bin"
                with progress.phase("weight packing"):
                    info["embedded"] = pack_weights(code.manifest, source, blob)
            with progress.phase("link"):
                link_model(code, model_manifest(code, max_seq=capacity, weights_info=info), tmp,
                           blob=blob, blob_size=info["embedded"]["bytes"] if blob else 0)
    progress.note(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB)")
    return out


def cached_shared_object(req: CodeRequest, cache: CompileCache, progress: Progress) -> Path:
    """A ``.so`` for ``req`` inside the cache (no embedded weights, no weights path: the
    loader is handed the weights), compiled and linked on first use."""
    if cache.has(req.key, SHARED_OBJECT):
        return cache.path(req.key, SHARED_OBJECT)
    code = compile_code(req, cache, progress)
    tmp = cache.temp_path(req.key, SHARED_OBJECT)
    if tmp is None:
        raise CompileError(f"cannot write to the compile cache {cache.root}")
    capacity = choose_max_seq(req.spec.config, None)
    info = weights_info(code.manifest, req.weights, None)
    try:
        with progress.phase("link"):
            link_model(code, model_manifest(code, max_seq=capacity, weights_info=info), tmp)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    path = cache.commit(tmp, req.key, SHARED_OBJECT)
    if path is None:
        raise CompileError(f"cannot write to the compile cache {cache.root}")
    return path
