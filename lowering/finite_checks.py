"""Debug builds name the first kernel whose output is not finite (``rlx-to-loops{checks=true}``).

The runtime checks the logits of every call; when they hold a NaN with every weight
finite, the question is which kernel overflowed first. In a debug build the entry
calls ``@rlx_finite_check(out, rows, cols, stride, record, kernel id)`` after each kernel
call on the float buffer the kernel wrote (a dense one as one row of its length): a serial scan that reports the first NaN or
infinity through the bounds checks' violation record (``lowering/bounds_checks.py``)
with argument ``NON_FINITE`` instead of an argument number. The record keeps its
first violation, so it names the first kernel in program order that produced one;
the runtime raises :class:`rlx.runtime.errors.NumericError` with it.
"""

from __future__ import annotations

from xdsl.dialects import arith, func, math, memref, scf
from xdsl.dialects.builtin import DYNAMIC_INDEX, FloatAttr, IndexType, IntegerAttr, MemRefType, f32, i64
from xdsl.ir import Block, Region

from rlx.lowering.bounds_checks import RECORD_TYPE, VIOLATION

FINITE_CHECK = "rlx_finite_check"
#: the "argument" a non-finite output is recorded with (-1 is a stack buffer)
NON_FINITE = -2
F32_BUFFER = MemRefType(f32, [DYNAMIC_INDEX])
_INDEX = IndexType()


def finite_check_function() -> func.FuncOp:
    """``@rlx_finite_check(buf, rows, cols, stride, record, kernel)``: report every
    ``buf[r * stride + c]`` (``r < rows``, ``c < cols``) that is a NaN or an infinity
    (``|v| >= inf``, or unordered); the record describes the first, by its index and the
    buffer's extent ``rows * stride``, and counts them all. A dense buffer of ``n`` values
    is one row of ``n``; padded rows (``rlx-pad-rows``) leave their padding unread."""
    block = Block(arg_types=[F32_BUFFER, _INDEX, _INDEX, _INDEX, RECORD_TYPE, i64])
    buf, rows, cols, stride, record, kernel = block.args
    zero, one = arith.ConstantOp(IntegerAttr(0, _INDEX)), arith.ConstantOp(IntegerAttr(1, _INDEX))
    inf = arith.ConstantOp(FloatAttr(float("inf"), f32))
    code = arith.ConstantOp(IntegerAttr(NON_FINITE, i64))
    extent = arith.MuliOp(rows, stride)
    row_body = Block(arg_types=[_INDEX])
    start = arith.MuliOp(row_body.args[0], stride)
    end = arith.AddiOp(start, cols)
    body = Block(arg_types=[_INDEX])
    i = body.args[0]
    value = memref.LoadOp.get(buf, [i])
    magnitude = math.AbsFOp(value.res)
    bad = arith.CmpfOp(magnitude, inf, "uge")
    report = [func.CallOp(VIOLATION, [record, kernel, code, i, extent], []), scf.YieldOp()]
    body.add_ops([value, magnitude, bad, scf.IfOp(bad, [], report), scf.YieldOp()])
    row_body.add_ops([start, end, scf.ForOp(start, end, one, [], Region(body)), scf.YieldOp()])
    loop = scf.ForOp(zero, rows, one, [], Region(row_body))
    block.add_ops([zero, one, inf, code, extent, loop, func.ReturnOp()])
    return func.FuncOp(FINITE_CHECK, (block.arg_types, []), Region(block), visibility="private")
