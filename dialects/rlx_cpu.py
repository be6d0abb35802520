"""The ``rlx_cpu`` dialect: the few low-level ops of L3 that xDSL's dialects lack and
that the LLVM translator (``lowering/llvm/``) lowers for the host CPU.

* ``rlx_cpu.parallel_dispatch`` runs an outlined ``scf.parallel`` body on the threads
  of the team (made by ``rlx-outline-parallel``);
* ``rlx_cpu.rint`` rounds to the nearest integer in the current rounding mode (LLVM's
  ``llvm.rint``; ``math.roundeven`` would pin ties-to-even and be a different
  intrinsic), used by the polynomial ``exp`` of ``expand-math-to-polynomials``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from xdsl.dialects import func
from xdsl.dialects.math import floatingPointLike
from xdsl.dialects.builtin import I64, FlatSymbolRefAttr, IndexType, IntegerAttr, SymbolRefAttr, i64
from xdsl.ir import Dialect, Operation, SSAValue
from xdsl.irdl import (
    IRDLOperation,
    ParsePropInAttrDict,
    VarConstraint,
    irdl_op_definition,
    operand_def,
    prop_def,
    result_def,
    traits_def,
    var_operand_def,
)
from xdsl.traits import Pure, SameOperandsAndResultType, SymbolTable
from xdsl.utils.exceptions import VerifyException

#: Unit attribute of a ``func.func`` outlined from an ``scf.parallel`` body: the
#: translator keeps it inlinable into its chunk runner (other private funcs are
#: ``noinline`` kernels), and ``rlx-outline-parallel`` does not outline it again.
PARALLEL_BODY_ATTR = "rlx_cpu.parallel_body"


@irdl_op_definition
class ParallelDispatchOp(IRDLOperation):
    """Run ``callee(captured..., lo, hi, step)`` over sub-ranges of
    ``[lower_bound, upper_bound)`` on the threads of a team, and return when all are done.

    The iterations are handed out in guided chunks (each grab takes the unassigned
    iterations divided by ``2 * nthreads``, at least one). ``threads`` is the team
    size: 0 = the OpenMP default (all cores), N = N threads; every dispatch of a
    module has the same one.

    Verifies:
    - ``callee`` is a ``func.func`` of type ``(captured types..., index, index, index) -> ()``;
    - ``threads`` >= 0.

    Example::

        rlx_cpu.parallel_dispatch @scale.par0.loop(%a) range(%c0 to %n step %c1) {threads = 0 : i64} : (memref<?xf32>)
    """

    name = "rlx_cpu.parallel_dispatch"
    callee = prop_def(FlatSymbolRefAttr)
    threads = prop_def(IntegerAttr[I64])
    lower_bound = operand_def(IndexType)
    upper_bound = operand_def(IndexType)
    step = operand_def(IndexType)
    captured = var_operand_def()
    irdl_options = (ParsePropInAttrDict(),)
    assembly_format = ("$callee `(` $captured `)` `range` `(` $lower_bound `to` $upper_bound "
                       "`step` $step `)` attr-dict `:` `(` type($captured) `)`")

    def __init__(self, callee: str, captured: Sequence[SSAValue], lower_bound: SSAValue,
                 upper_bound: SSAValue, step: SSAValue, threads: int = 0):
        super().__init__(operands=[lower_bound, upper_bound, step, list(captured)],
                         properties={"callee": SymbolRefAttr(callee), "threads": IntegerAttr(threads, i64)})

    def verify_(self) -> None:
        if self.threads.value.data < 0:
            raise VerifyException(f"threads must be >= 0, got {self.threads.value.data}")
        if self.get_toplevel_object() is self:
            return  # a lone op (no module to look the callee up in)
        callee = SymbolTable.lookup_symbol(self, self.callee)
        if callee is None:
            return  # the module is being built; checked again once it is whole
        if not isinstance(callee, func.FuncOp):
            raise VerifyException(f"'{self.callee}' is not a func.func")
        want = [v.type for v in self.captured] + [IndexType()] * 3
        got = callee.function_type
        if list(got.inputs.data) != want or got.outputs.data:
            raise VerifyException(f"'{self.callee}' has type {got}; a parallel body takes "
                                  "the captured values, then lo, hi, step : index, and returns nothing")


@irdl_op_definition
class RintOp(IRDLOperation):
    """Round to the nearest integer (ties to even in the default rounding mode) -
    LLVM's ``llvm.rint``.

    Verifies:
    - the operand is a float or a vector of floats, and the result has its type.

    Example::

        %n = rlx_cpu.rint %x : vector<8xf32>
    """

    T: ClassVar = VarConstraint("T", floatingPointLike)

    name = "rlx_cpu.rint"
    operand = operand_def(T)
    result = result_def(T)
    traits = traits_def(Pure(), SameOperandsAndResultType())
    assembly_format = "$operand attr-dict `:` type($result)"

    def __init__(self, operand: SSAValue | Operation):
        super().__init__(operands=[operand], result_types=[SSAValue.get(operand).type])


RLX_CPU = Dialect("rlx_cpu", [ParallelDispatchOp, RintOp], [])
