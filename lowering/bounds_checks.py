"""Index bounds checks for the kernels of a debug build (``rlx-to-loops{checks=true}``).

A checked kernel takes, after its own arguments, the length (in elements) of each of
its memref arguments, in order, and the entry's violation record ``memref<?xi64>``:
``[violations, kernel id, argument, index, length]``. Every ``memref.load/store`` and
``vector.load/store`` runs only when ``0 <= i && i + width <= length``; otherwise the
access is skipped (a load yields zero) and ``@rlx_bounds_violation`` (one private
function per module, :func:`violation_function`) counts the violation. The first one
is described in the record by the thread whose ``atomic_rmw`` saw a count of 0, so the
fields of one record always belong to one violation. The runtime reads the record
after the call and raises :class:`rlx.runtime.errors.KernelCheckError`.

Accesses to a stack buffer (``memref.alloca``) are checked against its static size
and recorded with argument ``-1``; a buffer picked by ``arith.select`` among buffers is
checked against the length of the one picked.
"""

from __future__ import annotations

from xdsl.dialects import arith, func, memref, scf, vector
from xdsl.dialects.builtin import (
    DYNAMIC_INDEX,
    DenseIntOrFPElementsAttr,
    FloatAttr,
    FunctionType,
    IndexType,
    IntegerAttr,
    IntegerType,
    MemRefType,
    VectorType,
    i64,
)
from xdsl.ir import Attribute, Block, Operation, Region, SSAValue

from rlx.runtime.errors import PassError

RECORD_TYPE = MemRefType(i64, [DYNAMIC_INDEX])
VIOLATION = "rlx_bounds_violation"
#: MLIR's ``arith::AtomicRMWKind::addi``.
ATOMIC_ADDI = 1
_INDEX = IndexType()
_ACCESSES = (memref.LoadOp, memref.StoreOp, vector.LoadOp, vector.StoreOp)


def checked_signature(kernel: func.FuncOp) -> list[Attribute]:
    """The argument types of ``kernel`` once checked: its own, a length per memref, the record."""
    inputs = list(kernel.function_type.inputs.data)
    return inputs + [_INDEX for t in inputs if isinstance(t, MemRefType)] + [RECORD_TYPE]


def add_bounds_checks(kernel: func.FuncOp, kernel_id: int) -> func.FuncOp:
    """Guard every memory access of ``kernel`` (in place); see the module doc."""
    block = kernel.body.block
    memrefs = [a for a in block.args if isinstance(a.type, MemRefType)]
    lengths = {a: block.insert_arg(_INDEX, len(block.args)) for a in memrefs}
    record = block.insert_arg(RECORD_TYPE, len(block.args))
    kernel.properties["function_type"] = FunctionType.from_lists(
        checked_signature(kernel), list(kernel.function_type.outputs.data))
    for op in [op for op in kernel.walk() if isinstance(op, _ACCESSES)]:
        found, arg, length = _extent(op, _base(op), lengths)
        op.parent_block().insert_ops_before(found, op)
        kernel_const = _const(kernel_id, i64)
        op.parent_block().insert_op_before(kernel_const, op)
        _guard(op, op.indices[0], _width(op), length, [record, kernel_const.result, arg])
    return kernel


def _base(op: Operation) -> SSAValue:
    return op.memref if isinstance(op, memref.LoadOp | memref.StoreOp) else op.base


def _width(op: Operation) -> int:
    if isinstance(op, vector.LoadOp):
        return op.result.type.get_shape()[0]
    if isinstance(op, vector.StoreOp):
        return op.vector.type.get_shape()[0]
    return 1


def _extent(op: Operation, base: SSAValue, lengths: dict[SSAValue, SSAValue]
            ) -> tuple[list[Operation], SSAValue, SSAValue]:
    """Ops computing the argument number (i64, -1: the stack) and the length (index) of
    the buffer ``base`` that ``op`` accesses, and those two values."""
    if base in lengths:
        arg = _const(base.index, i64)
        return [arg], arg.result, lengths[base]
    if isinstance(base.owner, memref.AllocaOp) and not base.owner.dynamic_sizes:
        arg, length = _const(-1, i64), _const(base.type.get_shape()[0])
        return [arg, length], arg.result, length.result
    if isinstance(base.owner, arith.SelectOp):
        pick = base.owner
        ops_t, arg_t, len_t = _extent(op, pick.lhs, lengths)
        ops_f, arg_f, len_f = _extent(op, pick.rhs, lengths)
        arg, length = arith.SelectOp(pick.cond, arg_t, arg_f), arith.SelectOp(pick.cond, len_t, len_f)
        return [*ops_t, *ops_f, arg, length], arg.result, length.result
    raise PassError(f"bounds checks: cannot bound the {op.name} of a buffer that is neither an "
                    f"argument, a static memref.alloca nor a select of those")


def violation_function() -> func.FuncOp:
    """``@rlx_bounds_violation(record, kernel, arg, index, length)``: count a violation;
    the first one also writes its description into the record."""
    block = Block(arg_types=[RECORD_TYPE, i64, i64, _INDEX, _INDEX])
    record, kernel, arg, index, length = block.args
    one, zero, slot0 = _const(1, i64), _const(0, i64), _const(0)
    count = memref.AtomicRMWOp.create(operands=[one.result, record, slot0.result], result_types=[i64],
                                      properties={"kind": IntegerAttr(ATOMIC_ADDI, i64)})
    first = arith.CmpiOp(count, zero, "eq")
    casts = [arith.IndexCastOp(v, i64) for v in (index, length)]
    slots = [_const(k) for k in range(1, 5)]
    fields = [kernel, arg, *(c.result for c in casts)]
    describe = [*casts, *slots, *(memref.StoreOp.get(f, record, [s]) for f, s in zip(fields, slots)),
                scf.YieldOp()]
    block.add_ops([one, zero, slot0, count, first, scf.IfOp(first, [], describe), func.ReturnOp()])
    return func.FuncOp(VIOLATION, (block.arg_types, []), Region(block), visibility="private")


def _guard(op: Operation, index: SSAValue, width: int, length: SSAValue, who: list[SSAValue]) -> None:
    """Replace ``op`` by ``if (0 <= index && index + width <= length) op else
    rlx_bounds_violation(*who, index, length)`` (``who``: record, kernel id, argument)."""
    block = op.parent_block()
    zero, w = _const(0), _const(width)
    end = arith.AddiOp(index, w)
    low, high = arith.CmpiOp(index, zero, "sge"), arith.CmpiOp(end, length, "sle")
    ok = arith.AndIOp(low, high)
    block.insert_ops_before([zero, w, end, low, high, ok], op)
    results = [r.type for r in op.results]
    zeros = [_zero(t) for t in results]
    otherwise = [func.CallOp(VIOLATION, [*who, index, length], []), *zeros,
                 scf.YieldOp(*(z.result for z in zeros))]
    branch = scf.IfOp(ok, results, [Block()], otherwise)
    block.insert_op_before(branch, op)
    for old, new in zip(op.results, branch.results):
        old.replace_all_uses_with(new)
    op.detach()
    branch.true_region.block.add_ops([op, scf.YieldOp(*op.results)])


def _const(value: int, typ: Attribute = _INDEX) -> arith.ConstantOp:
    return arith.ConstantOp(IntegerAttr(value, typ))


def _zero(typ: Attribute) -> arith.ConstantOp:
    """The value a skipped load yields."""
    if isinstance(typ, VectorType):
        scalar = 0.0 if not isinstance(typ.element_type, IntegerType) else 0
        return arith.ConstantOp(DenseIntOrFPElementsAttr.from_list(typ, [scalar]))
    if isinstance(typ, IntegerType | IndexType):
        return arith.ConstantOp(IntegerAttr(0, typ))
    return arith.ConstantOp(FloatAttr(0.0, typ))

