"""Host target plumbing on top of llvmlite.binding: optimisation, codegen, JIT
(linking is :mod:`rlxc.link`).

Everything here works on LLVM IR *text* (what ``str(emit_llvm(...))`` returns), so
the emitter and the backend stay decoupled. All failures surface as a one-line
:class:`rlx.runtime.errors.CompileError`.

llvmlite 0.50 notes: ``llvm.initialize()`` is gone (it raises), the legacy pass
manager is gone (we use the new ``PassBuilder``), and pointers are opaque.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import re
import threading

import llvmlite.binding as llvm

from rlx.runtime.errors import CompileError, first_line

__all__ = [
    "host_cpu",
    "target_machine",
    "optimize",
    "emit_assembly",
    "emit_object",
    "JITEngine",
    "load_openmp_runtime",
    "check_llvm_ir",
]

_init_lock = threading.Lock()
_initialized = False
_gomp_loaded = False


def _ensure_init() -> None:
    global _initialized
    with _init_lock:
        if not _initialized:
            llvm.initialize_native_target()
            llvm.initialize_native_asmprinter()
            try:
                llvm.initialize_native_asmparser()
            except Exception:  # pragma: no cover - not needed on every build
                pass
            _initialized = True


def host_cpu() -> tuple[str, str]:
    """Return ``(cpu_name, feature_string)`` of the host as LLVM sees it."""
    _ensure_init()
    name = llvm.get_host_cpu_name()
    try:
        features = llvm.get_host_cpu_features().flatten()
    except RuntimeError:  # some hosts cannot report features
        features = ""
    return name, features


def target_machine(opt_level: int = 3, reloc: str = "pic", *, jit: bool = False, target=None):
    """A TargetMachine for ``target`` (a :class:`rlx.lowering.target.Target`; ``None``:
    the host CPU with all its features), PIC by default."""
    _ensure_init()
    if not 0 <= int(opt_level) <= 3:
        raise CompileError(f"invalid optimisation level {opt_level!r} (expected 0..3)")
    name, features = host_cpu() if target is None else (target.cpu, target.llvm_features)
    try:
        return llvm.Target.from_default_triple().create_target_machine(
            cpu=name,
            features=features,
            opt=int(opt_level),
            reloc=reloc,
            codemodel="default",
            jit=jit,
        )
    except Exception as exc:  # llvmlite raises RuntimeError/AssertionError here
        raise CompileError(f"cannot create a target machine for {name}: {first_line(exc)}") from None


def check_llvm_ir(ll_text: str) -> None:
    """Parse + verify LLVM IR text (a ``.ll`` input), or a CompileError naming its line."""
    _parse(ll_text)


def _parse(ll_text: str, tm=None):
    """Parse + verify LLVM IR text, stamping the host triple / data layout."""
    _ensure_init()
    try:
        mod = llvm.parse_assembly(str(ll_text))
    except RuntimeError as exc:
        raise CompileError(f"invalid LLVM IR{parse_diagnostic(str(exc), str(ll_text))}") from None
    if tm is not None:
        mod.triple = llvm.get_process_triple()
        mod.data_layout = str(tm.target_data)
    try:
        mod.verify()
    except RuntimeError as exc:
        raise CompileError(f"LLVM IR verification failed: {verifier_diagnostic(str(exc))}") from None
    return mod


_DIAGNOSTIC = re.compile(r"<string>:(\d+):(\d+): error: (.*)")


def parse_diagnostic(message: str, ll_text: str) -> str:
    """LLVM's ``<string>:4:8: error: expected instruction opcode`` (after a first line
    "LLVM IR parsing error") as `` at line 4, column 8: expected ... (at '<that line>')``."""
    found = _DIAGNOSTIC.search(message)
    if found is None:
        return f": {first_line(message)}"
    line, col = int(found.group(1)), int(found.group(2))
    lines = ll_text.splitlines()
    source = " ".join(lines[line - 1].split()) if 0 < line <= len(lines) else ""
    return f" at line {line}, column {col}: {found.group(3).strip()} (at '{source[:80]}')"


def verifier_diagnostic(message: str) -> str:
    """The verifier's complaint and the first instruction it names, on one line."""
    lines = [" ".join(ln.split()) for ln in message.splitlines() if ln.strip()]
    return first_line(message) + (f" (at '{lines[1][:80]}')" if len(lines) > 1 else "")


def _run_pipeline(mod, tm, opt_level: int) -> None:
    pto = llvm.create_pipeline_tuning_options(speed_level=int(opt_level))
    pto.loop_vectorization = opt_level >= 2
    pto.slp_vectorization = opt_level >= 2
    pto.loop_unrolling = opt_level >= 2
    pb = llvm.create_pass_builder(tm, pto)
    pm = pb.getModulePassManager()
    pm.run(mod, pb)


def optimize(llvm_ir_text: str, opt_level: int = 3, target=None) -> str:
    """Run the default ``O<opt_level>`` pipeline tuned for ``target`` (default: the host);
    return new .ll text."""
    tm = target_machine(opt_level, target=target)
    mod = _parse(llvm_ir_text, tm)
    if opt_level > 0:
        try:
            _run_pipeline(mod, tm, opt_level)
        except Exception as exc:
            raise CompileError(f"LLVM optimisation failed: {first_line(exc)}") from None
    return str(mod)


def emit_assembly(ll_text: str, opt_level: int = 3, target=None) -> str:
    """Assembly for ``target`` (default: the host) of already-built (ideally already
    optimised) IR text: code for any target can be inspected on any host."""
    tm = target_machine(opt_level, target=target)
    mod = _parse(ll_text, tm)
    try:
        return tm.emit_assembly(mod)
    except Exception as exc:
        raise CompileError(f"assembly emission failed: {first_line(exc)}") from None


def emit_object(ll_text: str, opt_level: int = 3, target=None) -> bytes:
    """A relocatable (PIC) ELF object for IR text, ready for :func:`rlxc.link.link_shared_object`."""
    tm = target_machine(opt_level, reloc="pic", target=target)
    mod = _parse(ll_text, tm)
    try:
        return bytes(tm.emit_object(mod))
    except Exception as exc:
        raise CompileError(f"object emission failed: {first_line(exc)}") from None


def load_openmp_runtime() -> None:
    """Make libgomp's symbols (GOMP_parallel, omp_get_*) visible to the JIT.

    libgomp is first opened ``RTLD_NODELETE``: LLVM closes the libraries it loaded
    "permanently" when the process exits (a static destructor of llvmlite's library),
    and with nothing else holding libgomp (JIT-compiled kernels alone, no model
    ``.so``) that unmapped it under its worker threads, which spin in its code under
    ``OMP_WAIT_POLICY=active``: ``rlxc tune`` crashed on exit with SIGSEGV."""
    global _gomp_loaded
    if _gomp_loaded:
        return
    path = ctypes.util.find_library("gomp") or "libgomp.so.1"
    try:
        ctypes.CDLL(path, mode=os.RTLD_GLOBAL | os.RTLD_NODELETE)
        llvm.load_library_permanently(path)
    except (OSError, RuntimeError) as exc:
        raise CompileError(f"cannot load OpenMP runtime {path}: {first_line(exc)}") from None
    _gomp_loaded = True


def _needs_gomp(ll_text: str) -> bool:
    # llvmlite prints names quoted (@"GOMP_parallel"), LLVM unquoted: match both.
    return "GOMP_parallel" in ll_text or "omp_get_" in ll_text


class JITEngine:
    """MCJIT engine over one LLVM module (IR text); keeps the machine code alive.

    The IR-level ``O<opt_level>`` pipeline (inlining, vectorisation, ...) is run on the
    module first unless ``run_passes=False`` — MCJIT itself only does codegen-level
    optimisation, so raw emitter output would otherwise stay unvectorised. Passing
    text that :func:`optimize` already produced is fine (the pipeline is idempotent
    in effect; use ``run_passes=False`` to save the compile time).

    ``address_of(name)`` returns the native address of a defined function, to be
    wrapped with ``ctypes.CFUNCTYPE``. Keep the engine referenced for as long as
    any such pointer may be called.
    """

    def __init__(self, ll_text: str, opt_level: int = 3, *, run_passes: bool = True, target=None):
        _ensure_init()
        if _needs_gomp(ll_text):
            load_openmp_runtime()
        self._tm = target_machine(opt_level, jit=True, target=target)
        self._module = _parse(ll_text, self._tm)
        if run_passes and opt_level > 0:
            try:
                _run_pipeline(self._module, self._tm, opt_level)
            except Exception as exc:
                raise CompileError(f"LLVM optimisation failed: {first_line(exc)}") from None
        self._check_externals()
        try:
            self._engine = llvm.create_mcjit_compiler(self._module, self._tm)
            self._engine.finalize_object()
            self._engine.run_static_constructors()
        except Exception as exc:
            raise CompileError(f"JIT compilation failed: {first_line(exc)}") from None

    def _check_externals(self) -> None:
        """MCJIT binds unresolved symbols to address 0 (a later segfault): fail early."""
        for fn in self._module.functions:
            if fn.is_declaration and not fn.name.startswith("llvm.") and \
                    not llvm.address_of_symbol(fn.name):
                raise CompileError(f"JIT: unresolved external function '{fn.name}'")

    def address_of(self, name: str) -> int:
        addr = self._engine.get_function_address(name)
        if not addr:
            raise CompileError(f"JIT: no function named '{name}'")
        return int(addr)

    def function(self, name: str, restype, *argtypes):
        """Convenience: a ctypes callable for ``name`` (keeps ``self`` alive)."""
        proto = ctypes.CFUNCTYPE(restype, *argtypes)
        fn = proto(self.address_of(name))
        fn._rlx_engine = self  # type: ignore[attr-defined]
        return fn
