"""Holding a peer that dispatches on ``cpuid`` (onnxruntime's MLAS) to a narrower target.

MLAS has no switch for its instruction sets: it runs ``cpuid`` and takes the widest
kernels the CPU reports. On a CPU with CPUID faulting (``cpuid_fault`` in
``/proc/cpuinfo``: Intel since Ivy Bridge, under KVM too), Linux makes a thread's
``cpuid`` raise SIGSEGV (``arch_prctl(ARCH_SET_CPUID, 0)``, inherited by the threads
it starts). :func:`mask_cpuid` installs a generated SIGSEGV handler that runs the
instruction with faulting briefly off, clears the feature bits the target lacks
(AVX-512, AMX, AVX-VNNI for an AVX2 target) and resumes after it; any other fault
restores the default action and re-runs the instruction, so a real crash stays one.

Used by the benchmark's onnxruntime worker before it imports onnxruntime
(``RLX_BENCH_CPUID_MASK``, set by :func:`bench.isa.peer_env`).
"""

from __future__ import annotations

import ctypes
import os

ENV = "RLX_BENCH_CPUID_MASK"
ARCH_SET_CPUID = 0x1012
SYS_ARCH_PRCTL = 158
SIGSEGV = 11
SA_SIGINFO = 4

#: (leaf, subleaf, register) -> the bits an AVX2 (x86-64-v3) target lacks: AVX-512
#: F/DQ/IFMA/PF/ER/CD/BW/VL; VBMI, VBMI2, VNNI, BITALG, VPOPCNTDQ; 4VNNIW, 4FMAPS,
#: VP2INTERSECT, AMX-BF16, FP16, AMX-TILE, AMX-INT8; AVX-VNNI, AVX512-BF16
AVX512_BITS = {
    (7, 0, "ebx"): (1 << 16) | (1 << 17) | (1 << 21) | (1 << 26) | (1 << 27) | (1 << 28) | (1 << 30) | (1 << 31),
    (7, 0, "ecx"): (1 << 1) | (1 << 6) | (1 << 11) | (1 << 12) | (1 << 14),
    (7, 0, "edx"): (1 << 2) | (1 << 3) | (1 << 8) | (1 << 22) | (1 << 23) | (1 << 24) | (1 << 25),
    (7, 1, "eax"): (1 << 4) | (1 << 5),
}
_REGS = ("eax", "ebx", "ecx", "edx")
#: x86-64 glibc ``ucontext_t``: ``uc_mcontext.gregs`` at byte 40, indices of ``REG_*``
_GREG = {"rax": 13, "rbx": 11, "rcx": 14, "rdx": 12, "rip": 16}
_GREGS_AT = 40

_installed: list = []  # the JIT engine and the sigaction, kept alive


def supported() -> bool:
    """Linux on x86-64 with CPUID faulting."""
    try:
        with open("/proc/cpuinfo") as f:
            return any(line.startswith("flags") and " cpuid_fault" in line for line in f)
    except OSError:
        return False


def _handler_ir(masks: dict) -> str:
    """The SIGSEGV handler ``rlx_cpuid_trap(sig, info, ucontext)`` and a trap counter."""
    def slot(reg: str) -> str:
        return str(_GREGS_AT + 8 * _GREG[reg])

    clears = []
    for i, ((leaf, sub, reg), bits) in enumerate(sorted(masks.items())):
        r = _REGS.index(reg)
        clears.append(f"""
  %m{i}.old = extractvalue {{ i32, i32, i32, i32 }} %v{i}, {r}
  %m{i}.new = and i32 %m{i}.old, {~bits & 0xFFFFFFFF}
  %m{i}.sel = select i1 %is{leaf}_{sub}, i32 %m{i}.new, i32 %m{i}.old
  %v{i + 1} = insertvalue {{ i32, i32, i32, i32 }} %v{i}, i32 %m{i}.sel, {r}""")
    leaves = sorted({(leaf, sub) for leaf, sub, _ in masks})
    tests = "".join(f"""
  %l{leaf}_{sub} = icmp eq i32 %leaf, {leaf}
  %s{leaf}_{sub} = icmp eq i32 %sub, {sub}
  %is{leaf}_{sub} = and i1 %l{leaf}_{sub}, %s{leaf}_{sub}""" for leaf, sub in leaves)
    n = len(masks)
    stores = "".join(f"""
  %o{r} = extractvalue {{ i32, i32, i32, i32 }} %v{n}, {i}
  %z{r} = zext i32 %o{r} to i64
  %p{r} = getelementptr i8, ptr %ctx, i64 {slot('r' + r[1:])}
  store i64 %z{r}, ptr %p{r}""" for i, r in enumerate(_REGS))
    return f"""
@rlx_cpuid_traps = global i64 0

define void @rlx_cpuid_trap(i32 %sig, ptr %info, ptr %ctx) {{
entry:
  %rip.p = getelementptr i8, ptr %ctx, i64 {slot('rip')}
  %rip = load i64, ptr %rip.p
  %code = inttoptr i64 %rip to ptr
  %op = load volatile i16, ptr %code
  %is_cpuid = icmp eq i16 %op, -24049
  br i1 %is_cpuid, label %emulate, label %crash

crash:
  %act = alloca [4 x i64]
  call void @llvm.memset.p0.i64(ptr %act, i8 0, i64 32, i1 false)
  %act.i = ptrtoint ptr %act to i64
  %r0 = call i64 asm sideeffect "syscall", "={{ax}},{{ax}},{{di}},{{si}},{{dx}},{{r10}},~{{rcx}},~{{r11}},~{{memory}}"(i64 13, i64 {SIGSEGV}, i64 %act.i, i64 0, i64 8)
  ret void

emulate:
  %rax.p = getelementptr i8, ptr %ctx, i64 {slot('rax')}
  %rax = load i64, ptr %rax.p
  %leaf = trunc i64 %rax to i32
  %rcx.p = getelementptr i8, ptr %ctx, i64 {slot('rcx')}
  %rcx = load i64, ptr %rcx.p
  %sub = trunc i64 %rcx to i32
  %on = call i64 asm sideeffect "syscall", "={{ax}},{{ax}},{{di}},{{si}},~{{rcx}},~{{r11}},~{{memory}}"(i64 {SYS_ARCH_PRCTL}, i64 {ARCH_SET_CPUID}, i64 1)
  %v0 = call {{ i32, i32, i32, i32 }} asm sideeffect "cpuid", "={{ax}},={{bx}},={{cx}},={{dx}},{{ax}},{{cx}}"(i32 %leaf, i32 %sub)
  %off = call i64 asm sideeffect "syscall", "={{ax}},{{ax}},{{di}},{{si}},~{{rcx}},~{{r11}},~{{memory}}"(i64 {SYS_ARCH_PRCTL}, i64 {ARCH_SET_CPUID}, i64 0){tests}{''.join(clears)}{stores}
  %next = add i64 %rip, 2
  store i64 %next, ptr %rip.p
  %t = load i64, ptr @rlx_cpuid_traps
  %t1 = add i64 %t, 1
  store i64 %t1, ptr @rlx_cpuid_traps
  ret void
}}

declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
"""


class _SigAction(ctypes.Structure):
    """glibc's x86-64 ``struct sigaction``."""
    _fields_ = [("sa_sigaction", ctypes.c_void_p), ("sa_mask", ctypes.c_uint64 * 16),
                ("sa_flags", ctypes.c_int), ("sa_restorer", ctypes.c_void_p)]


def masks_for(target: str) -> dict:
    """The cpuid bits to clear so that a dispatcher sees ``target``'s vector sets (none
    when the target has AVX-512)."""
    from rlx.lowering.target import parse_target

    return {} if "avx512f" in parse_target(target).features else dict(AVX512_BITS)


def mask_cpuid(target: str) -> tuple[bool, str]:
    """Make this process (and the threads it starts from now on) see ``target``'s vector
    instruction sets through ``cpuid``: (whether it does, a line saying what was done or
    why not)."""
    masks = masks_for(target)
    if not masks:
        return False, f"cpuid unmasked ({target} has AVX-512)"
    if not supported():
        return False, "cpuid unmasked (this CPU or kernel has no CPUID faulting)"
    from rlx.lowering.llvm_target import JITEngine

    engine = JITEngine(_handler_ir(masks))
    act = _SigAction(sa_sigaction=engine.address_of("rlx_cpuid_trap"), sa_flags=SA_SIGINFO)
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.sigaction(SIGSEGV, ctypes.byref(act), None) != 0:
        return False, f"cpuid unmasked (sigaction failed: {os.strerror(ctypes.get_errno())})"
    _installed.extend([engine, act])
    if libc.syscall(SYS_ARCH_PRCTL, ARCH_SET_CPUID, 0) != 0:
        return False, f"cpuid unmasked (arch_prctl failed: {os.strerror(ctypes.get_errno())})"
    return True, f"cpuid masked to {target} (no AVX-512, AMX or AVX-VNNI reported)"


def traps() -> int:
    """How many cpuid instructions the handler has emulated in this process."""
    if not _installed:
        return 0
    return ctypes.c_int64.from_address(_installed[0]._engine.get_global_value_address("rlx_cpuid_traps")).value
