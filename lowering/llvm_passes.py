"""The LLVM end of the pipeline as named passes: ``convert-to-llvm``, ``llvm-opt``,
``llvm-codegen``.

They are not ``ModulePass``es (after ``convert-to-llvm`` the IR is LLVM IR text, not an
xDSL module) but take options the same way, so one pipeline string reaches from the
rlx dialect down to assembly::

    rlx-fuse,...,cse,convert-to-llvm{threads=0},llvm-opt{level=3},llvm-codegen{level=3}

``convert-to-llvm`` is the L3 emitter (``lowering/llvm_emitter.py``); ``llvm-opt`` runs
LLVM's ``O<level>`` pipeline for the host CPU and ``llvm-codegen`` prints the host
assembly (``lowering/llvm_target.py``). The JIT and the ``.so`` builder run the last two
themselves, so the compiler only runs them here when their output is dumped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from xdsl.dialects.builtin import ModuleOp
from xdsl.utils.arg_spec import ArgSpecConvertible

from runtime.errors import CompileError, first_line


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
    threads: int = 0

    def run(self, ir: ModuleOp) -> str:
        from lowering.llvm_emitter import emit_llvm

        if self.threads < 0:
            raise CompileError(f"threads must be >= 0, got {self.threads}")
        try:
            return str(emit_llvm(ir, threads=self.threads))
        except CompileError:
            raise
        except Exception as err:
            raise CompileError(f"LLVM emission failed: {first_line(err)}") from None


@dataclass(frozen=True)
class LLVMOptPass(BackendPass):
    """LLVM IR -> optimized LLVM IR."""

    name = "llvm-opt"
    consumes = "llvm"
    produces = "llvm"
    level: int = 3

    def run(self, ir: str) -> str:
        from lowering.llvm_target import optimize

        _check_level(self.level)
        return optimize(ir, self.level)


@dataclass(frozen=True)
class LLVMCodegenPass(BackendPass):
    """LLVM IR -> host assembly."""

    name = "llvm-codegen"
    consumes = "llvm"
    produces = "asm"
    level: int = 3

    def run(self, ir: str) -> str:
        from lowering.llvm_target import emit_assembly

        _check_level(self.level)
        return emit_assembly(ir, self.level)
