"""Translation of the x86 integer dot-product ops of ``rlx_cpu`` to their LLVM intrinsics
(the intrinsic of each op and vector width: LLVM selects exactly that instruction)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from llvmlite import ir
from xdsl.ir import Operation

from rlx.dialects.rlx_cpu import PmaddubswOp, PmaddwdOp, PsignbOp, VpdpbusdOp
from rlx.lowering.llvm.types import llvm_type

if TYPE_CHECKING:
    from rlx.lowering.llvm.translate import Translator

#: (op, result lanes) -> the intrinsic's name
_INTRINSICS = {
    (VpdpbusdOp, 8): "llvm.x86.avx512.vpdpbusd.256",
    (VpdpbusdOp, 16): "llvm.x86.avx512.vpdpbusd.512",
    (PmaddubswOp, 16): "llvm.x86.avx2.pmadd.ub.sw",
    (PmaddubswOp, 32): "llvm.x86.avx512.pmaddubs.w.512",
    (PmaddwdOp, 8): "llvm.x86.avx2.pmadd.wd",
    (PmaddwdOp, 16): "llvm.x86.avx512.pmaddw.d.512",
    (PsignbOp, 32): "llvm.x86.avx2.psign.b",
}


def dot_intrinsic(t: Translator, op: Operation) -> None:
    """A call of the op's intrinsic on its operands (same order), typed as the op is."""
    ret = llvm_type(op.results[0].type)
    args = [t.value(v) for v in op.operands]
    fn = t.external(_INTRINSICS[(type(op), ret.count)], ret, [a.type for a in args])
    t.set(op.results[0], t.b.call(fn, args))


HANDLERS = {cls: dot_intrinsic for cls in (VpdpbusdOp, PmaddubswOp, PmaddwdOp, PsignbOp)}
