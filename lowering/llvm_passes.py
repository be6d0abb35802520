"""The LLVM end of the pipeline as named passes: ``convert-to-llvm``, ``llvm-opt``,
``llvm-codegen``.

They are not ``ModulePass``es (after ``convert-to-llvm`` the IR is LLVM IR text, not an
xDSL module) but take options the same way, so one pipeline string reaches from the
rlx dialect down to assembly::

    rlx-fuse,...,cse,rlx-fastmath,expand-math-to-polynomials,rlx-outline-parallel{threads=0},
    convert-to-llvm,llvm-opt{level=3},llvm-codegen{level=3}

``convert-to-llvm`` is the L3 -> LLVM IR translator (``lowering/llvm/``); it only
translates, so the passes before it decide fast-math flags, polynomial math and which
loops run on the thread team (:func:`to_llvm_ir` runs them all). ``llvm-opt`` runs
LLVM's ``O<level>`` pipeline for the host CPU and ``llvm-codegen`` prints the host
assembly (``lowering/llvm_target.py``). The JIT and the ``.so`` builder run the last two
themselves, so the compiler only runs them here when their output is dumped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.utils.arg_spec import ArgSpecConvertible

from rlx.runtime.errors import CompileError, first_line


@dataclass(frozen=True)
class BackendPass(ArgSpecConvertible):
    """A pass from one IR kind (``mlir``, ``llvm``, ``asm``) to another."""

    name: ClassVar[str]
    consumes: ClassVar[str]
    produces: ClassVar[str]

    def run(self, ir):
        raise NotImplementedError


def _check_level(level: int) -> None:
    if not 0 <= level <= 3:
        raise CompileError(f"optimization level must be 0-3, got {level}")


@dataclass(frozen=True)
class ConvertToLLVMPass(BackendPass):
    """L3 module -> LLVM IR text."""

    name = "convert-to-llvm"
    consumes = "mlir"
    produces = "llvm"

    def run(self, ir: ModuleOp) -> str:
        from rlx.lowering.llvm.translate import emit_llvm

        check_loop_level(ir)
        try:
            return str(emit_llvm(ir))
        except CompileError:
            raise
        except Exception as err:
            raise CompileError(f"LLVM emission failed: {first_line(err)}") from None


#: The one rlx op of the loop level (L3): a temporary's view of the arena.
L3_RLX_OPS = ("rlx.view",)


def check_loop_level(module: ModuleOp) -> None:
    """``convert-to-llvm`` translates loops (L3): an rlx op of L1/L2 left in the module
    means ``rlx-to-loops`` did not run (before, the error named an unsupported type)."""
    from xdsl.dialects import func

    for fn in module.ops:
        for op in fn.walk() if isinstance(fn, func.FuncOp) else ():
            if op.name.startswith("rlx.") and op.name not in L3_RLX_OPS:
                raise CompileError(f"convert-to-llvm translates loops (L3), but @{fn.sym_name.data} still "
                                   f"holds '{op.name}' (L1/L2): run rlx-to-loops before convert-to-llvm")


@dataclass(frozen=True)
class LLVMOptPass(BackendPass):
    """LLVM IR -> optimized LLVM IR."""

    name = "llvm-opt"
    consumes = "llvm"
    produces = "llvm"
    level: int = 3
    #: the CPU (``rlx.lowering.target.parse_target``: ``host``, ``znver2,-avx512f``, ...)
    target: str = "host"

    def run(self, ir: str) -> str:
        from rlx.lowering.llvm_target import optimize
        from rlx.lowering.target import parse_target

        _check_level(self.level)
        return optimize(ir, self.level, parse_target(self.target))


@dataclass(frozen=True)
class LLVMCodegenPass(BackendPass):
    """LLVM IR -> assembly for the target CPU."""

    name = "llvm-codegen"
    consumes = "llvm"
    produces = "asm"
    level: int = 3
    target: str = "host"

    def run(self, ir: str) -> str:
        from rlx.lowering.llvm_target import emit_assembly
        from rlx.lowering.target import parse_target

        _check_level(self.level)
        return emit_assembly(ir, self.level, parse_target(self.target))


def prepare_for_llvm(module: ModuleOp, threads: int = 0) -> None:
    """Run the L3 passes of the default pipeline that come before ``convert-to-llvm``
    (``rlx-fastmath``, ``expand-math-to-polynomials``, ``rlx-outline-parallel``) on
    ``module`` in place."""
    from rlx.lowering.expand_math_to_polynomials import ExpandMathToPolynomialsPass
    from rlx.lowering.rlx_fastmath import RlxFastmathPass
    from rlx.lowering.rlx_outline_parallel import RlxOutlineParallelPass

    for p in (RlxFastmathPass(), ExpandMathToPolynomialsPass(), RlxOutlineParallelPass(threads=threads)):
        p.apply(Context(), module)


def to_llvm_ir(module: ModuleOp, threads: int = 0) -> str:
    """A kernel or entry module (L3) -> LLVM IR text as the default pipeline makes it
    (``module`` is changed in place). ``threads``: as ``rlx-outline-parallel``'s."""
    prepare_for_llvm(module, threads)
    return ConvertToLLVMPass().run(module)
