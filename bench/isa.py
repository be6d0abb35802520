"""Holding every engine of a benchmark run to one target's instruction sets.

``python -m bench --target x86-64-v3`` times AVX2 code on an AVX-512 host: rlx compiles
for the target (``rlxc.load(..., target=...)``), the probes are generated for it, and the
peers are held to the same instruction sets where they let themselves be:

* torch: ``ATEN_CPU_CAPABILITY`` (its own kernels), ``MKL_ENABLE_INSTRUCTIONS`` (MKL's
  sgemm) and ``ONEDNN_MAX_CPU_ISA`` (oneDNN);
* llama.cpp: ggml picks its kernels when it is built (``GGML_NATIVE``), so a build for
  the target is imported instead (``--llama-cpp DIR``; ``scripts/build_llama_cpp.sh``
  makes one);
* onnxruntime: MLAS dispatches on what ``cpuid`` reports and has no switch: on a CPU
  with CPUID faulting its worker traps ``cpuid`` and clears the bits the target lacks
  (:mod:`bench.cpuid_mask`); elsewhere it runs with the host's instruction sets, and
  the report says so.

Each worker reports the instruction sets it ran with (``isa`` in its ``READY`` line),
and the report prints them: a ratio against a peer that used wider vectors is named
as such, never hidden.
"""

from __future__ import annotations

import os
from pathlib import Path


def target_features(target: str) -> set[str]:
    from rlx.lowering.target import parse_target

    return set(parse_target(target).features)


def peer_env(engine: str, target: str, llama_cpp: Path | None) -> dict[str, str]:
    """The environment variables that hold ``engine`` to ``target`` (none for the host),
    and that make llama.cpp the ``llama_cpp`` build given (for any target)."""
    if engine == "llama.cpp" and llama_cpp is not None:
        return {"PYTHONPATH": str(llama_cpp)}
    if target == "host":
        return {}
    feats = target_features(target)
    wide = "avx512f" in feats
    if engine == "torch":
        return {"ATEN_CPU_CAPABILITY": "avx512" if wide else ("avx2" if "avx2" in feats else "default"),
                "MKL_ENABLE_INSTRUCTIONS": "AVX512" if wide else ("AVX2" if "avx2" in feats else "SSE4_2"),
                "ONEDNN_MAX_CPU_ISA": "AVX512_CORE" if wide else ("AVX2" if "avx2" in feats else "SSE41")}
    if engine == "onnxruntime" and not wide:
        from .cpuid_mask import ENV

        return {ENV: target}
    return {}


def with_env(env: dict[str, str], extra: dict[str, str]) -> dict[str, str]:
    """``env`` with ``extra`` set; a ``PYTHONPATH`` in ``extra`` goes first."""
    out = dict(env)
    for k, v in extra.items():
        out[k] = v + os.pathsep + out[k] if k == "PYTHONPATH" and out.get(k) else v
    return out


def describe_features(feats: set[str]) -> str:
    """The widest vector and FMA instruction sets of a feature set (``AVX-512 FMA``)."""
    vec = "AVX-512" if "avx512f" in feats else "AVX2" if "avx2" in feats else "AVX" if "avx" in feats else "SSE"
    return vec + (" FMA" if "fma" in feats else "")


def llama_cpp_isa() -> str:
    """The instruction sets the imported llama.cpp build uses (its system info line)."""
    import llama_cpp

    info = llama_cpp.llama_print_system_info().decode()
    on = {part.split("=")[0].strip() for part in info.replace("|", "\n").splitlines()
          if part.strip().endswith("= 1")}
    vec = "AVX-512" if "AVX512" in on else "AVX2" if "AVX2" in on else "AVX" if "AVX" in on else "SSE"
    return vec + (" FMA" if "FMA" in on else "") + f" ({Path(llama_cpp.__file__).parent.parent})"


def torch_isa() -> str:
    import torch

    cap = torch.backends.cpu.get_cpu_capability()
    mkl = os.environ.get("MKL_ENABLE_INSTRUCTIONS")
    return cap.upper().replace("AVX512", "AVX-512") + (f", MKL {mkl}" if mkl else "")
