"""The CPU the code is generated for, and what a CPU must have to run it.

Today the target is always the compiling host with all its features (LLVM's host CPU
name and feature string). The manifest records it; the loader refuses a CPU that
lacks any of :func:`required_cpu_flags` (``docs/abi.md``).
"""

from __future__ import annotations

import platform

from rlx.runtime.abi import CpuTarget

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


def required_cpu_flags(llvm_features: str) -> list[str]:
    """The /proc/cpuinfo flags of the features enabled in an LLVM feature string."""
    enabled = [f[1:] for f in llvm_features.split(",") if f.startswith("+")]
    return sorted({CPUINFO_FLAG_OF_FEATURE[f] for f in enabled if f in CPUINFO_FLAG_OF_FEATURE})


def target_cpu() -> CpuTarget:
    """The CPU the code is generated for (the host, with all its features)."""
    from rlx.lowering.llvm_target import host_cpu

    name, features = host_cpu()
    return CpuTarget(arch=platform.machine(), name=name, llvm_features=features,
                     required_flags=tuple(required_cpu_flags(features)))
