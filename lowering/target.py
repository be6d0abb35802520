"""The target CPU, described for the kernel choices: vector width and registers, FMA
units, caches, ISA extensions.

A target is named as LLVM names CPUs, with feature overrides: ``host`` (the default: this
machine, every feature it reports), ``znver2``, ``x86-64-v3``, ``skylake-avx512``,
``sapphirerapids,-avx512f``. LLVM generates code for that CPU name and those overrides;
:func:`describe` tells the kernel selection (:mod:`rlx.lowering.kernels.select`) what the
code may use. Named CPUs are described from the table below (LLVM's own feature lists
are not reachable through llvmlite); the host from what LLVM and sysfs report.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from pathlib import Path

from rlx.runtime.errors import CompileError

_V2 = frozenset({"sse3", "ssse3", "sse4.1", "sse4.2", "popcnt", "cx16"})
_V3 = _V2 | {"avx", "avx2", "fma", "f16c", "bmi", "bmi2", "lzcnt", "movbe"}
_V4 = _V3 | {"avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl"}
_ICX = _V4 | {"avx512vnni", "avx512ifma", "avx512vbmi", "avx512vbmi2", "avx512bitalg", "avx512vpopcntdq"}

#: CPU name -> (ISA features, FMA units, (L1d, L2, L3) bytes per core / shared, typical part)
KNOWN_CPUS: dict[str, tuple[frozenset[str], int, tuple[int, int, int]]] = {
    "x86-64": (frozenset(), 2, (32 << 10, 256 << 10, 8 << 20)),
    "x86-64-v2": (_V2, 2, (32 << 10, 256 << 10, 8 << 20)),
    "x86-64-v3": (_V3, 2, (32 << 10, 512 << 10, 16 << 20)),
    "x86-64-v4": (_V4, 2, (32 << 10, 1 << 20, 32 << 20)),
    "haswell": (_V3, 2, (32 << 10, 256 << 10, 8 << 20)),
    "skylake": (_V3, 2, (32 << 10, 256 << 10, 8 << 20)),
    "alderlake": (_V3 | {"avxvnni"}, 2, (48 << 10, 1280 << 10, 30 << 20)),
    "znver2": (_V3, 2, (32 << 10, 512 << 10, 16 << 20)),
    "znver3": (_V3, 2, (32 << 10, 512 << 10, 32 << 20)),
    "skylake-avx512": (_V4, 2, (32 << 10, 1 << 20, 32 << 20)),
    "cascadelake": (_V4 | {"avx512vnni"}, 2, (32 << 10, 1 << 20, 32 << 20)),
    "icelake-server": (_ICX, 2, (48 << 10, 1280 << 10, 48 << 20)),
    "sapphirerapids": (_ICX | {"avx512bf16", "avx512fp16", "amx-tile", "amx-int8", "amx-bf16"}, 2,
                       (48 << 10, 2 << 20, 96 << 20)),
    "znver4": (_ICX | {"avx512bf16"}, 2, (32 << 10, 1 << 20, 32 << 20)),
}

#: CPUs whose FMA units are 512 bits wide (two zmm FMAs per cycle: Intel's server cores);
#: every other AVX-512 CPU here runs a zmm FMA as two 256-bit halves (Zen 4), as
#: ``x86-64-v4`` assumes
FULL_WIDTH_ZMM_CPUS = frozenset({"skylake-avx512", "cascadelake", "icelake-server", "sapphirerapids"})

#: disabling a feature disables the ones built on it (as LLVM does)
_BUILT_ON = {"avx": ("avx2", "fma", "f16c", "avx512f"), "avx2": ("avx512f", "avxvnni"),
             "avx512f": tuple(f for f in _ICX | {"avx512bf16", "avx512fp16"} if f.startswith("avx512"))}


@dataclass(frozen=True)
class Target:
    """What the kernels may assume of the CPU they run on."""

    cpu: str  # LLVM's CPU name
    llvm_features: str  # what LLVM is given: the host's full list, or a named CPU's overrides
    features: frozenset[str]  # the ISA extensions the code may use
    fma_units: int
    l1d_bytes: int
    l2_bytes: int
    l3_bytes: int
    arch: str = "x86_64"
    #: the width of the FMA units' datapath: 512 where a zmm FMA issues whole, else 256
    fma_bits: int = 256

    @property
    def vector_bits(self) -> int:
        """The widest float vector: 512 with AVX-512, 256 with AVX, else 128."""
        return 512 if "avx512f" in self.features else 256 if "avx" in self.features else 128

    @property
    def vector_registers(self) -> int:
        return 32 if "avx512f" in self.features else 16

    def has(self, feature: str) -> bool:
        return feature in self.features

    def summary(self) -> str:
        """One line for the dumps: ``znver2 (256-bit vectors x 16 registers, 2 FMA, ...)``."""
        isa = [f for f in ("avx2", "fma", "avx512f", "avx512vnni", "avxvnni", "avx512bf16", "amx-tile")
               if f in self.features]
        return (f"{self.cpu} ({self.vector_bits}-bit vectors x {self.vector_registers} registers, "
                f"{self.fma_units} x {min(self.fma_bits, self.vector_bits)}-bit FMA units, L1d {self.l1d_bytes >> 10} KiB, L2 {self.l2_bytes >> 10} KiB, "
                f"L3 {self.l3_bytes >> 20} MiB; {' '.join(isa) or 'no AVX'})")


def parse_target(text: str | None) -> Target:
    """``CPU[,+feature,-feature...]`` -> a :class:`Target` (``None`` / ``host``: this machine)."""
    parts = [p.strip() for p in (text or "host").split(",")]
    cpu, overrides = parts[0], parts[1:]
    for o in overrides:
        if len(o) < 2 or o[0] not in "+-":
            raise CompileError(f"target '{text}': '{o}' is not a feature override (write +feature or -feature)")
        if o[1:] not in _KNOWN_FEATURES:
            raise CompileError(f"target '{text}': unknown CPU feature '{o[1:]}' "
                               f"(known: {', '.join(sorted(_KNOWN_FEATURES))})")
    if cpu == "host":
        return _with_overrides(host_target(), overrides)
    if cpu not in KNOWN_CPUS:
        raise CompileError(f"target '{text}': unknown CPU '{cpu}' (known: host, {', '.join(KNOWN_CPUS)})")
    features, fma, (l1, l2, l3) = KNOWN_CPUS[cpu]
    base = Target(cpu, "", features, fma, l1, l2, l3, fma_bits=_named_fma_bits(cpu))
    return _with_overrides(base, overrides)


def _with_overrides(target: Target, overrides: list[str]) -> Target:
    features = set(target.features)
    for o in overrides:
        name = o[1:]
        if o[0] == "+":
            features.add(name)
        else:
            features -= _disabled_by(name)
    llvm = _merge_llvm_features(target.llvm_features, overrides)
    return Target(target.cpu, llvm, frozenset(features), target.fma_units, target.l1d_bytes,
                  target.l2_bytes, target.l3_bytes, target.arch, target.fma_bits)


def _disabled_by(name: str) -> set[str]:
    out, todo = set(), [name]
    while todo:
        f = todo.pop()
        if f not in out:
            out.add(f)
            todo += _BUILT_ON.get(f, ())
    return out


def _merge_llvm_features(base: str, overrides: list[str]) -> str:
    """The host's full ``+a,-b`` list with the overrides applied (later entries win), or
    a named CPU's overrides alone."""
    entries = {f[1:]: f[0] for f in base.split(",") if f}
    for o in overrides:
        for name in (_disabled_by(o[1:]) if o[0] == "-" else {o[1:]}):
            if o[0] == "+" or name in entries or name == o[1:]:
                entries[name] = o[0]
    return ",".join(sign + name for name, sign in entries.items())


def host_target() -> Target:
    """This machine, as LLVM reports it, with its cache sizes from sysfs."""
    from rlx.lowering.llvm_target import host_cpu

    name, features = host_cpu()
    enabled = frozenset(f[1:] for f in features.split(",") if f.startswith("+"))
    known = KNOWN_CPUS.get(name)
    l1, l2, l3 = _host_caches() or (known[2] if known else KNOWN_CPUS["x86-64-v3"][2])
    return Target(name, features, enabled, known[1] if known else 2, l1, l2, l3, platform.machine(),
                  _host_fma_bits(name, enabled))


def _named_fma_bits(cpu: str) -> int:
    return 512 if cpu in FULL_WIDTH_ZMM_CPUS else 256


def _host_fma_bits(name: str, features: frozenset[str]) -> int:
    """512 on an AVX-512 host whose FMAs are 512 bits wide: a CPU of ``FULL_WIDTH_ZMM_CPUS``,
    or, where LLVM's name for the host is not one (a VM may report a client part's name),
    an Intel CPU or an AMD one from Zen 5 (family 0x1a) on; else 256."""
    if "avx512f" not in features:
        return 256
    if name in KNOWN_CPUS:
        return _named_fma_bits(name)
    vendor, family = _cpu_vendor_family()
    return 512 if vendor == "GenuineIntel" or (vendor == "AuthenticAMD" and family >= 0x1A) else 256


def _cpu_vendor_family() -> tuple[str, int]:
    """(vendor id, CPU family) of the first CPU in /proc/cpuinfo, or ("", 0)."""
    vendor, family = "", 0
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return vendor, family
    for line in text.splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "vendor_id" and not vendor:
            vendor = value.strip()
        elif key.strip() == "cpu family" and not family and value.strip().isdigit():
            family = int(value.strip())
        if not line.strip() and vendor:
            break
    return vendor, family


def _host_caches() -> tuple[int, int, int] | None:
    """(L1d, L2, L3) bytes from /sys (Linux), or None."""
    sizes = {}
    for index in sorted(Path("/sys/devices/system/cpu/cpu0/cache").glob("index*")):
        try:
            level = int((index / "level").read_text())
            kind = (index / "type").read_text().strip()
            size = (index / "size").read_text().strip()
        except (OSError, ValueError):
            continue
        if kind in ("Data", "Unified") and size[:-1].isdigit():
            sizes[level] = int(size[:-1]) << {"K": 10, "M": 20, "G": 30}.get(size[-1], 0)
    return (sizes[1], sizes[2], sizes[3]) if {1, 2, 3} <= sizes.keys() else None


_KNOWN_FEATURES = frozenset().union(*(f for f, _, _ in KNOWN_CPUS.values()), {"avx512bf16", "avx512fp16"})
