"""The CPU the code is generated for, and what a CPU must have to run it.

The target is the compiling host with all its features by default, or the CPU a
profile names (``--target znver2``, :mod:`rlx.lowering.target`). The manifest records
it; the loader refuses a CPU that lacks any of :func:`required_cpu_flags`
(``docs/abi.md``), and so does an in-process (JIT) compile.
"""

from __future__ import annotations

import platform

from rlx.runtime.abi import CpuTarget
from rlx.runtime.errors import CompileError

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


def target_cpu(target: str = "host") -> CpuTarget:
    """The CPU the code is generated for, as the manifest records it: its LLVM name and
    features, and the /proc/cpuinfo flags a CPU must have to run the code."""
    from rlx.lowering.target import parse_target

    t = parse_target(target)
    enabled = ",".join(sorted(f"+{f}" for f in t.features))
    return CpuTarget(arch=platform.machine(), name=t.cpu, llvm_features=t.llvm_features,
                     required_flags=tuple(required_cpu_flags(enabled)))


def check_runs_here(cpu: CpuTarget) -> None:
    """Refuse to JIT code for a CPU with features this one lacks (it would die of SIGILL)."""
    from rlx.runtime.loader import host_cpu_flags, missing_cpu_flags

    missing = missing_cpu_flags(list(cpu.required_flags), host_cpu_flags())
    if missing:
        raise CompileError(f"target {cpu.name} needs {', '.join(missing)}, which this CPU lacks: "
                           f"code for it can be compiled here (rlxc compile --target) but not run")
