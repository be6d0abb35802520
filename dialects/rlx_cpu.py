"""The ``rlx_cpu`` dialect: the few low-level ops of L3 that xDSL's dialects lack and
that the LLVM translator (``lowering/llvm/``) lowers for the host CPU.

* ``rlx_cpu.parallel_if`` holds an ``scf.parallel`` that goes to the thread team only
  when its condition holds (OpenMP's ``parallel if(...)``): a kernel's small calls run
  the same loop on the calling thread, from one copy of its body;
* ``rlx_cpu.parallel_dispatch`` runs an outlined ``scf.parallel`` body on the threads
  of the team (made by ``rlx-outline-parallel``), or on the calling thread when its
  ``if`` operand is false;
* ``rlx_cpu.rint`` rounds to the nearest integer in the current rounding mode (LLVM's
  ``llvm.rint``; ``math.roundeven`` would pin ties-to-even and be a different
  intrinsic), used by the polynomial ``exp`` of ``expand-math-to-polynomials``;
* ``rlx_cpu.vpdpbusd``, ``rlx_cpu.pmaddubsw``, ``rlx_cpu.pmaddwd`` and ``rlx_cpu.psignb``:
  the x86 integer dot-product instructions of the quantized (Q8_0, Q4_0) matmuls, one op
  per instruction as MLIR's ``x86vector`` dialect has them (the kernel selection picks
  the ones the target has: AVX-512 VNNI's ``vpdpbusd``, else AVX2's / AVX-512BW's
  ``vpmaddubsw`` + ``vpmaddwd``), each lowered to its LLVM intrinsic;
* ``rlx_cpu.prefetch``: a read prefetch of a memref element into L2 (LLVM's
  ``llvm.prefetch``, locality 2: ``prefetcht1`` on x86) or L1 (``{cache = "l1"}``:
  locality 3, ``prefetcht0``), with which the quantized decode matvecs start reading
  their next tiles early and the f32 register blocks keep their tile's lines ahead.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from xdsl.dialects import func, scf
from xdsl.dialects.math import floatingPointLike
from xdsl.dialects.builtin import (I64, FlatSymbolRefAttr, IndexType, IntegerAttr, IntegerType, MemRefType,
                                   StringAttr, SymbolRefAttr, VectorType, i1, i64)
from xdsl.ir import Block, Dialect, Operation, Region, SSAValue
from xdsl.irdl import (
    AttrSizedOperandSegments,
    IRDLOperation,
    ParsePropInAttrDict,
    VarConstraint,
    base,
    irdl_op_definition,
    operand_def,
    opt_operand_def,
    opt_prop_def,
    prop_def,
    region_def,
    result_def,
    traits_def,
    var_operand_def,
)
from xdsl.traits import NoTerminator, Pure, SameOperandsAndResultType, SymbolTable
from xdsl.utils.exceptions import VerifyException

#: Unit attribute of a ``func.func`` outlined from an ``scf.parallel`` body: the
#: translator keeps it inlinable into its chunk runner (other private funcs are
#: ``noinline`` kernels), and ``rlx-outline-parallel`` does not outline it again.
PARALLEL_BODY_ATTR = "rlx_cpu.parallel_body"
#: on an ``scf.parallel``: the ``share`` its ``rlx_cpu.parallel_dispatch`` gets
GRAB_SHARE_ATTR = "rlx_cpu.grab_share"


@irdl_op_definition
class ParallelIfOp(IRDLOperation):
    """Run the ``scf.parallel`` inside on the threads of the team only if ``threaded``
    holds; otherwise all of its iterations run on the calling thread (OpenMP's
    ``parallel if(...)`` clause).

    Why: waking the team costs more than a small call's work, so a kernel picks at run
    time (its work against its spec's ``parallel_min_work``). Before this op, kernels
    built their loop twice, a serial ``scf.for`` copy and the ``scf.parallel``: every
    pass and LLVM saw each body twice. ``rlx-outline-parallel`` turns it into the
    ``if`` of a ``rlx_cpu.parallel_dispatch``; where nothing is outlined (``threads =
    1``, or inside another parallel body) its loop runs serially either way.

    Verifies: the region holds exactly one op, an ``scf.parallel``.

    ``%big`` is ``arith.cmpi uge, %work, %min``; the loop's body here is empty.

    Example::

        rlx_cpu.parallel_if %big {"scf.parallel"(%c0, %n, %c1) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({^bb0(%i: index): scf.reduce}) : (index, index, index) -> ()}
    """

    name = "rlx_cpu.parallel_if"
    threaded = operand_def(i1)
    body = region_def("single_block")
    traits = traits_def(NoTerminator())
    assembly_format = "$threaded $body attr-dict"

    def __init__(self, threaded: SSAValue | Operation, loop: scf.ParallelOp):
        super().__init__(operands=[threaded], regions=[Region(Block([loop]))])

    def verify_(self) -> None:
        ops = list(self.body.block.ops)
        if len(ops) != 1 or not isinstance(ops[0], scf.ParallelOp):
            raise VerifyException(f"rlx_cpu.parallel_if holds one scf.parallel, got "
                                  f"{', '.join(op.name for op in ops) or 'nothing'}")


@irdl_op_definition
class ParallelDispatchOp(IRDLOperation):
    """Run ``callee(captured..., lo, hi, step)`` over sub-ranges of
    ``[lower_bound, upper_bound)`` on the threads of a team, and return when all are done.

    The iterations are handed out in guided chunks (each grab takes the unassigned
    iterations divided by ``share * nthreads``, at least one; ``share`` 2 unless given:
    a kernel whose items each start new memory streams takes fewer, larger grabs).
    ``threads`` is the team size: 0 = the OpenMP default (all cores), N = N threads;
    every dispatch of a module has the same one. With ``if(%threaded)`` (from a
    ``rlx_cpu.parallel_if``) the team runs it only when ``%threaded`` holds; otherwise
    the calling thread runs ``callee`` over the whole range, waking no thread.

    Verifies:
    - ``callee`` is a ``func.func`` of type ``(captured types..., index, index, index) -> ()``;
    - ``threads`` >= 0, ``share`` >= 1.

    Example::

        rlx_cpu.parallel_dispatch @scale.par0.loop(%a) range(%c0 to %n step %c1) {threads = 0 : i64} : (memref<?xf32>)
        rlx_cpu.parallel_dispatch @scale.par1.loop(%a) range(%c0 to %n step %c1) if(%big) {threads = 0 : i64} : (memref<?xf32>)
    """

    name = "rlx_cpu.parallel_dispatch"
    callee = prop_def(FlatSymbolRefAttr)
    threads = prop_def(IntegerAttr[I64])
    share = opt_prop_def(IntegerAttr[I64])
    lower_bound = operand_def(IndexType)
    upper_bound = operand_def(IndexType)
    step = operand_def(IndexType)
    captured = var_operand_def()
    threaded = opt_operand_def(i1)
    irdl_options = (ParsePropInAttrDict(), AttrSizedOperandSegments(as_property=True))
    assembly_format = ("$callee `(` $captured `)` `range` `(` $lower_bound `to` $upper_bound "
                       "`step` $step `)` (`if` `(` $threaded^ `)`)? attr-dict `:` `(` type($captured) `)`")

    def __init__(self, callee: str, captured: Sequence[SSAValue], lower_bound: SSAValue,
                 upper_bound: SSAValue, step: SSAValue, threads: int = 0, share: int | None = None,
                 threaded: SSAValue | None = None):
        properties = {"callee": SymbolRefAttr(callee), "threads": IntegerAttr(threads, i64)}
        if share is not None:
            properties["share"] = IntegerAttr(share, i64)
        super().__init__(operands=[lower_bound, upper_bound, step, list(captured),
                                   [] if threaded is None else [threaded]], properties=properties)

    def verify_(self) -> None:
        if self.threads.value.data < 0:
            raise VerifyException(f"threads must be >= 0, got {self.threads.value.data}")
        if self.share is not None and self.share.value.data < 1:
            raise VerifyException(f"share must be >= 1, got {self.share.value.data}")
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


def _int_vector(value: SSAValue, width: int) -> int:
    """The lane count of ``value``, a 1-D vector of ``width``-bit integers (else raise)."""
    t = value.type
    if not (isinstance(t, VectorType) and len(t.get_shape()) == 1 and getattr(t.element_type, "width", None)
            and t.element_type.width.data == width):
        raise VerifyException(f"expected a 1-D vector of i{width}, got {t}")
    return t.get_shape()[0]


class _IntegerDotOp(IRDLOperation):
    """Products of adjacent integer lanes of ``lhs`` and ``rhs`` summed in wider lanes:
    ``IN`` bits in, ``OUT`` bits out, ``GROUP`` products per result lane, on the vector
    widths ``WIDTHS`` (result lanes) that x86 has the instruction for."""

    IN: ClassVar[int]
    OUT: ClassVar[int]
    GROUP: ClassVar[int]
    WIDTHS: ClassVar[tuple[int, ...]]
    T: ClassVar = VarConstraint("T", base(VectorType))
    lhs = operand_def(T)
    rhs = operand_def(T)
    result = result_def(VectorType)
    traits = traits_def(Pure())
    assembly_format = "$lhs `,` $rhs attr-dict `:` type($lhs) `->` type($result)"

    def __init__(self, lhs: SSAValue | Operation, rhs: SSAValue | Operation):
        lanes = SSAValue.get(lhs).type.get_shape()[0] // self.GROUP
        super().__init__(operands=[lhs, rhs], result_types=[VectorType(IntegerType(self.OUT), [lanes])])

    def verify_(self) -> None:
        n = _int_vector(self.lhs, self.IN)
        if _int_vector(self.result, self.OUT) * self.GROUP != n or n // self.GROUP not in self.WIDTHS:
            raise VerifyException(f"{self.name}: {n} lanes of i{self.IN} give {n // self.GROUP} of i{self.OUT} "
                                  f"(one of {self.WIDTHS}), got {self.result.type}")


@irdl_op_definition
class PmaddubswOp(_IntegerDotOp):
    """``vpmaddubsw`` (AVX2 on 32 bytes, AVX-512BW on 64): lane i of the result is
    ``lhs[2i] * rhs[2i] + lhs[2i+1] * rhs[2i+1]`` with ``lhs`` unsigned and ``rhs``
    signed bytes, saturated to i16 (exact while each |sum| <= 32767: an unsigned
    operand below 128, as the quantized kernels give it).

    Verifies: two vectors of 32 or 64 i8, the result half as many i16.

    Example::

        %p = rlx_cpu.pmaddubsw %a, %b : vector<32xi8> -> vector<16xi16>
    """

    name = "rlx_cpu.pmaddubsw"
    IN: ClassVar[int] = 8
    OUT: ClassVar[int] = 16
    GROUP: ClassVar[int] = 2
    WIDTHS: ClassVar[tuple[int, ...]] = (16, 32)


@irdl_op_definition
class PmaddwdOp(_IntegerDotOp):
    """``vpmaddwd``: lane i of the result is ``lhs[2i] * rhs[2i] + lhs[2i+1] * rhs[2i+1]``
    of signed i16 lanes, in i32 (with ``rhs`` all ones: the pairwise sums of
    ``vpmaddubsw``'s results).

    Verifies: two vectors of 16 or 32 i16, the result half as many i32.

    Example::

        %s = rlx_cpu.pmaddwd %p, %ones : vector<16xi16> -> vector<8xi32>
    """

    name = "rlx_cpu.pmaddwd"
    IN: ClassVar[int] = 16
    OUT: ClassVar[int] = 32
    GROUP: ClassVar[int] = 2
    WIDTHS: ClassVar[tuple[int, ...]] = (8, 16)


@irdl_op_definition
class VpdpbusdOp(IRDLOperation):
    """``vpdpbusd`` (AVX-512 VNNI; AVX-VNNI on 256 bits): ``acc`` plus, in each i32 lane
    i, the four products ``lhs[4i+j] * rhs[4i+j]`` of unsigned ``lhs`` and signed ``rhs``
    bytes (exact: no saturation).

    Verifies: ``acc`` and the result are one vector of 8 or 16 i32, ``lhs`` and ``rhs``
    vectors of four times as many i8.

    Example::

        %r = rlx_cpu.vpdpbusd %acc, %a, %b : vector<16xi32>, vector<64xi8>
    """

    name = "rlx_cpu.vpdpbusd"
    ACC: ClassVar = VarConstraint("ACC", base(VectorType))
    BYTES: ClassVar = VarConstraint("BYTES", base(VectorType))
    acc = operand_def(ACC)
    lhs = operand_def(BYTES)
    rhs = operand_def(BYTES)
    result = result_def(ACC)
    traits = traits_def(Pure())
    assembly_format = "$acc `,` $lhs `,` $rhs attr-dict `:` type($acc) `,` type($lhs)"

    def __init__(self, acc: SSAValue | Operation, lhs: SSAValue | Operation, rhs: SSAValue | Operation):
        super().__init__(operands=[acc, lhs, rhs], result_types=[SSAValue.get(acc).type])

    def verify_(self) -> None:
        lanes = _int_vector(self.acc, 32)
        if lanes not in (8, 16):
            raise VerifyException(f"rlx_cpu.vpdpbusd: acc and result of vector<8xi32> or vector<16xi32>, "
                                  f"got {self.acc.type}")
        if _int_vector(self.lhs, 8) != 4 * lanes:
            raise VerifyException(f"rlx_cpu.vpdpbusd: byte operands of vector<{4 * lanes}xi8>, got {self.lhs.type}")


@irdl_op_definition
class PsignbOp(IRDLOperation):
    """``vpsignb`` (AVX2): ``lhs`` negated where ``rhs`` is negative, zero where it is zero
    (the sign of the activations moved onto the weights, so that ``vpmaddubsw`` can take
    the activations' magnitudes as its unsigned operand).

    Verifies: two vectors of 32 i8 (AVX-512 has no ``vpsignb`` on 64 bytes).

    Example::

        %s = rlx_cpu.psignb %w, %x : vector<32xi8>
    """

    name = "rlx_cpu.psignb"
    T: ClassVar = VarConstraint("T", base(VectorType))
    lhs = operand_def(T)
    rhs = operand_def(T)
    result = result_def(T)
    traits = traits_def(Pure())
    assembly_format = "$lhs `,` $rhs attr-dict `:` type($result)"

    def __init__(self, lhs: SSAValue | Operation, rhs: SSAValue | Operation):
        super().__init__(operands=[lhs, rhs], result_types=[SSAValue.get(lhs).type])

    def verify_(self) -> None:
        if _int_vector(self.lhs, 8) != 32:
            raise VerifyException(f"rlx_cpu.psignb: vector<32xi8> operands, got {self.lhs.type}")


@irdl_op_definition
class PrefetchOp(IRDLOperation):
    """A hint to bring ``memref[index]`` into L2 soon (``prefetcht1``), or into L1 with
    ``cache = "l1"`` (``prefetcht0``). It has no value and never faults: the address is
    computed without ``inbounds``, so a loop may prefetch past the end of its buffer.

    Why: a decode matvec of block-quantized weights reads its tiles a group at a time,
    and each new group starts streams the hardware prefetcher has not yet seen; asking
    for the next group's lines while the current one computes keeps the DRAM busy. A
    zmm register block re-reads its tile from L2 faster than the hardware brings the
    lines into L1 (``select.BLOCK_PREFETCH_AHEAD``).

    Verifies: a 1-D memref; ``cache`` is ``l1`` or ``l2``.

    Example::

        rlx_cpu.prefetch %w[%i] : memref<?xi8>
        rlx_cpu.prefetch %w[%j] {cache = "l1"} : memref<?xf32>
    """

    name = "rlx_cpu.prefetch"
    CACHES: ClassVar[tuple[str, ...]] = ("l1", "l2")
    memref = operand_def(MemRefType)
    index = operand_def(IndexType)
    cache = opt_prop_def(StringAttr)
    irdl_options = (ParsePropInAttrDict(),)
    assembly_format = "$memref `[` $index `]` attr-dict `:` type($memref)"

    def __init__(self, mem: SSAValue | Operation, index: SSAValue | Operation, cache: str = "l2"):
        props = {} if cache == "l2" else {"cache": StringAttr(cache)}
        super().__init__(operands=[mem, index], properties=props)

    @property
    def cache_level(self) -> str:
        return "l2" if self.cache is None else self.cache.data

    def verify_(self) -> None:
        if self.memref.type.get_num_dims() != 1:
            raise VerifyException(f"rlx_cpu.prefetch: a 1-D memref, got {self.memref.type}")
        if self.cache_level not in self.CACHES:
            raise VerifyException(f"rlx_cpu.prefetch: cache must be l1 or l2, got {self.cache_level!r}")


RLX_CPU = Dialect("rlx_cpu", [ParallelIfOp, ParallelDispatchOp, RintOp, VpdpbusdOp, PmaddubswOp, PmaddwdOp,
                              PsignbOp, PrefetchOp], [])
