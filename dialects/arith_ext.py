"""MLIR's ``arith`` dialect as L3 uses it: xDSL 0.75's, plus what it lacks.

* ``arith.index_castui`` (zero-extending index cast) is missing;
* ``arith.fptosi`` takes only scalars in xDSL; MLIR (and the polynomial ``exp`` of
  ``expand-math-to-polynomials``) also casts vectors element-wise;
* ``arith.extui`` likewise (the bf16 weight loads widen ``vector<8xi16>`` to
  ``vector<8xi32>``), and ``arith.extsi`` and ``arith.sitofp`` (the Q8_0 weight loads
  widen ``vector<8xi8>`` to ``vector<8xi32>`` to ``vector<8xf32>``), and ``arith.trunci``
  (the quantized activation rows of the integer matmuls narrow ``vector<8xi32>`` to
  ``vector<8xi8>``).

Contexts that read L3 load :data:`ARITH` instead of ``xdsl.dialects.arith.Arith``.
"""

from __future__ import annotations

from typing import ClassVar

from xdsl.dialects import arith
from xdsl.dialects.builtin import AnyFloat, IndexType, IntegerType, VectorType
from xdsl.ir import Attribute, Dialect, Operation, SSAValue
from xdsl.irdl import (
    IRDLOperation,
    base,
    irdl_op_definition,
    operand_def,
    result_def,
    traits_def,
)
from xdsl.traits import Pure
from xdsl.utils.exceptions import VerifyException


@irdl_op_definition
class IndexCastUIOp(IRDLOperation):
    """``arith.index_castui``: index <-> integer cast that zero-extends (``index_cast``
    sign-extends).

    Example::

        %w = arith.index_castui %i : index to i64
    """

    name = "arith.index_castui"
    input = operand_def(base(IntegerType) | base(IndexType))
    result = result_def(base(IntegerType) | base(IndexType))
    traits = traits_def(Pure())
    assembly_format = "$input attr-dict `:` type($input) `to` type($result)"

    def __init__(self, input_arg: SSAValue | Operation, target_type: Attribute):
        super().__init__(operands=[input_arg], result_types=[target_type])


class _ElementwiseCast(IRDLOperation):
    """A cast of a scalar or of each element of a vector, ``SOURCE`` to ``RESULT``
    elements of the same shape (``verify_elements`` adds what the op needs of them)."""

    SOURCE: ClassVar[type] = IntegerType
    RESULT: ClassVar[type] = IntegerType
    WHAT: ClassVar[str] = ""
    traits = traits_def(Pure())
    assembly_format = "$input attr-dict `:` type($input) `to` type($result)"

    def __init__(self, op: SSAValue | Operation, target_type: Attribute):
        super().__init__(operands=[op], result_types=[target_type])

    def verify_elements(self, src: Attribute, dst: Attribute) -> bool:
        return True

    def verify_(self) -> None:
        src, dst = self.input.type, self.result.type
        shapes = [t.get_shape() if isinstance(t, VectorType) else None for t in (src, dst)]
        elems = [t.element_type if isinstance(t, VectorType) else t for t in (src, dst)]
        if (shapes[0] != shapes[1] or not isinstance(elems[0], self.SOURCE) or not isinstance(elems[1], self.RESULT)
                or not self.verify_elements(*elems)):
            raise VerifyException(f"{self.name} {self.WHAT} of the same shape, got {src} to {dst}")


@irdl_op_definition
class FPToSIOp(_ElementwiseCast):
    """``arith.fptosi`` on a float or a vector of floats (element-wise, round toward zero).

    Verifies: the input is float-like, the result integer-like of the same shape.

    Example::

        %k = arith.fptosi %n : vector<8xf32> to vector<8xi32>
    """

    name = "arith.fptosi"
    input = operand_def(base(AnyFloat) | base(VectorType))
    result = result_def(base(IntegerType) | base(VectorType))
    SOURCE: ClassVar[type] = AnyFloat
    WHAT: ClassVar[str] = "casts floats to integers"


class _IntegerExtension(_ElementwiseCast):
    """An element-wise widening of integers (scalar or vector): same shape, wider elements."""

    input = operand_def(base(IntegerType) | base(VectorType))
    result = result_def(base(IntegerType) | base(VectorType))
    WHAT: ClassVar[str] = "widens integers to wider integers"

    def verify_elements(self, src: Attribute, dst: Attribute) -> bool:
        return dst.width.data > src.width.data


@irdl_op_definition
class ExtUIOp(_IntegerExtension):
    """``arith.extui`` on an integer or a vector of integers (element-wise zero-extension).

    Verifies: integers of the same shape, the result's elements wider.

    Example::

        %w = arith.extui %h : vector<8xi16> to vector<8xi32>
    """

    name = "arith.extui"


@irdl_op_definition
class ExtSIOp(_IntegerExtension):
    """``arith.extsi`` on an integer or a vector of integers (element-wise sign extension).

    Verifies: integers of the same shape, the result's elements wider.

    Example::

        %w = arith.extsi %q : vector<8xi8> to vector<8xi32>
    """

    name = "arith.extsi"


@irdl_op_definition
class TruncIOp(_ElementwiseCast):
    """``arith.trunci`` on an integer or a vector of integers (element-wise, keeps the low bits).

    Verifies: integers of the same shape, the result's elements narrower.

    Example::

        %q = arith.trunci %w : vector<8xi32> to vector<8xi8>
    """

    name = "arith.trunci"
    input = operand_def(base(IntegerType) | base(VectorType))
    result = result_def(base(IntegerType) | base(VectorType))
    WHAT: ClassVar[str] = "narrows integers to narrower integers"

    def verify_elements(self, src: Attribute, dst: Attribute) -> bool:
        return dst.width.data < src.width.data


@irdl_op_definition
class SIToFPOp(_ElementwiseCast):
    """``arith.sitofp`` on an integer or a vector of integers (element-wise, signed).

    Verifies: the input is integer-like, the result float-like of the same shape.

    Example::

        %f = arith.sitofp %w : vector<8xi32> to vector<8xf32>
    """

    name = "arith.sitofp"
    input = operand_def(base(IntegerType) | base(VectorType))
    result = result_def(base(AnyFloat) | base(VectorType))
    RESULT: ClassVar[type] = AnyFloat
    WHAT: ClassVar[str] = "casts integers to floats"


_REPLACED = (FPToSIOp.name, ExtUIOp.name, ExtSIOp.name, TruncIOp.name, SIToFPOp.name)
ARITH = Dialect(
    "arith",
    [op for op in arith.Arith.operations if op.name not in _REPLACED] + [FPToSIOp, ExtUIOp, ExtSIOp, TruncIOp, SIToFPOp, IndexCastUIOp],
    list(arith.Arith.attributes),
)
