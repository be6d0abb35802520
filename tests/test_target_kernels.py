"""Kernels chosen for a target: the choice follows the target's registers, and the
matmul micro-kernels do not spill in their inner loops, on AVX2 and on AVX-512 CPUs.

Code for any target is generated and inspected on any host (nothing here runs it)."""

import re

import pytest
from xdsl.dialects.builtin import ModuleOp, StringAttr

from rlx.lowering import kernels as K
from rlx.lowering.kernels import select
from rlx.lowering.llvm_passes import to_llvm_ir
from rlx.lowering.llvm_target import emit_assembly, optimize
from rlx.lowering.target import parse_target

TARGETS = ["znver2", "x86-64-v3", "haswell", "skylake-avx512", "sapphirerapids", "znver4"]
# small matrices of the 0.6B model's shapes: q/o projections, the fused q/k/v, the MLP
MATMULS = {
    "linear": lambda t: select.linear(1024, 2048, False, t),
    "linear_unpaired": lambda t: select.linear(1024, 1040, False, t),
    "multi_linear": lambda t: select.multi_linear(1024, (2048, 1024, 1024), False, t),
    "linear_swiglu": lambda t: select.linear_swiglu(1024, 3072, t),
}


def assembly(spec, target) -> str:
    fn = K.build(spec)
    fn.sym_visibility = StringAttr("public")
    return emit_assembly(optimize(to_llvm_ir(ModuleOp([fn])), 3, target), 3, target)


def inner_fma_loops(asm: str) -> list[list[str]]:
    """The innermost loops (a label .. a branch back to it) that hold packed FMAs."""
    lines = asm.splitlines()
    labels, loops = {}, []
    for i, line in enumerate(lines):
        if m := re.match(r"^(\.?L\w+):", line):
            labels[m.group(1)] = i
        if (m := re.match(r"^\s+j\w+\s+(\.?L\w+)", line)) and labels.get(m.group(1), i) < i:
            loops.append((labels[m.group(1)], i))
    inner = [(a, b) for a, b in loops if not any(a <= c and d <= b and (c, d) != (a, b) for c, d in loops)]
    return [lines[a:b + 1] for a, b in inner if any("vfmadd" in ln for ln in lines[a:b + 1])]


def stack_accesses(loop: list[str]) -> list[str]:
    """Loads and stores of the stack: in a matmul's k loop, only spills touch it."""
    return [ln.strip() for ln in loop if "(%rsp)" in ln or "(%rbp)" in ln]


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("kernel", MATMULS)
def test_matmul_inner_loops_do_not_spill(target, kernel):
    t = parse_target(target)
    spec = MATMULS[kernel](t)
    loops = inner_fma_loops(assembly(spec, t))
    assert loops, "no FMA loop found in the assembly"
    spills = [stack_accesses(loop) for loop in loops]
    assert not any(spills), f"{spec.name} for {t.summary()}: {spills}"


def test_the_register_block_follows_the_target():
    avx2, avx512 = parse_target("znver2"), parse_target("skylake-avx512")
    assert (select.linear(1024, 2048, False, avx512).rows, select.linear(1024, 2048, False, avx512).paired) == (4, True)
    assert (select.linear(1024, 2048, False, avx2).rows, select.linear(1024, 2048, False, avx2).paired) == (6, False)
    assert select.linear_swiglu(1024, 3072, avx512).rows == 4 and select.linear_swiglu(1024, 3072, avx2).rows == 2
    # untargeted (kernel unit tests): the AVX-512 choice, as before targets existed
    assert select.linear(1024, 2048, False) == select.linear(1024, 2048, False, avx512)


def test_avx2_code_uses_no_avx512_registers():
    asm = assembly(MATMULS["linear"](parse_target("znver2")), parse_target("znver2"))
    assert "ymm" in asm and "zmm" not in asm and not re.search(r"mm(1[6-9]|2\d|3[01])\b", asm)
