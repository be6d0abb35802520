"""Translation of ``vector`` register ops: broadcast, fma, reduction, extract, insert,
shuffle (1-D vectors)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from llvmlite import ir
from xdsl.dialects import vector
from xdsl.dialects.builtin import DYNAMIC_INDEX
from xdsl.ir import Operation

from rlx.lowering.llvm.types import I32, I64, is_float, llvm_type

if TYPE_CHECKING:
    from rlx.lowering.llvm.translate import Translator

_FLOAT_REDUCE = {  # kind -> (intrinsic, combine-with-acc intrinsic)
    "maxnumf": ("llvm.vector.reduce.fmax", "llvm.maxnum"),
    "minnumf": ("llvm.vector.reduce.fmin", "llvm.minnum"),
    "maximumf": ("llvm.vector.reduce.fmaximum", "llvm.maximum"),
    "minimumf": ("llvm.vector.reduce.fminimum", "llvm.minimum"),
}
_INT_REDUCE = {  # kind -> (intrinsic, combine-with-acc)
    "add": ("llvm.vector.reduce.add", "add"), "mul": ("llvm.vector.reduce.mul", "mul"),
    "and": ("llvm.vector.reduce.and", "and_"), "or": ("llvm.vector.reduce.or", "or_"),
    "xor": ("llvm.vector.reduce.xor", "xor"),
    "minsi": ("llvm.vector.reduce.smin", "llvm.smin"),
    "maxsi": ("llvm.vector.reduce.smax", "llvm.smax"),
    "minui": ("llvm.vector.reduce.umin", "llvm.umin"),
    "maxui": ("llvm.vector.reduce.umax", "llvm.umax"),
}


def splat(t: Translator, value: ir.Value, vty: ir.VectorType) -> ir.Value:
    """``value`` in every lane: insertelement + zero-mask shufflevector."""
    b = t.b
    one = b.insert_element(ir.Constant(vty, ir.Undefined), value, ir.Constant(I32, 0))
    mask = ir.Constant(ir.VectorType(I32, vty.count), [ir.Constant(I32, 0)] * vty.count)
    return b.shuffle_vector(one, ir.Constant(vty, ir.Undefined), mask)


def broadcast(t: Translator, op: vector.BroadcastOp) -> None:
    src = t.value(op.source)
    vty = llvm_type(op.vector.type)
    if src.type == vty:
        t.set(op.vector, src)
    elif isinstance(src.type, ir.VectorType):
        raise t.error(op, "only scalar -> vector broadcasts are supported")
    else:
        t.set(op.vector, splat(t, src, vty))


def fma(t: Translator, op: vector.FMAOp) -> None:
    args = [t.value(v) for v in op.operands]
    t.set(op.results[0], t.call_intrinsic("llvm.fma", args, t.fastmath(op)))


def reduction(t: Translator, op: vector.ReductionOp) -> None:
    vec = t.value(op.vector)
    acc = t.value(op.acc) if op.acc is not None else None
    kind = str(op.kind.data.value)
    if is_float(vec.type):
        res = _reduce_float(t, op, kind, vec, acc)
    else:
        res = _reduce_int(t, op, kind, vec, acc)
    t.set(op.dest, res)


def _reduce_float(t: Translator, op: Operation, kind: str, vec: ir.Value, acc: ir.Value | None
                  ) -> ir.Value:
    """fadd/fmul take the accumulator (or their identity) as the start value."""
    fm = t.fastmath(op)
    ety = vec.type.element
    if kind in ("add", "mul"):
        start = acc if acc is not None else ir.Constant(ety, -0.0 if kind == "add" else 1.0)
        base = "llvm.vector.reduce.fadd" if kind == "add" else "llvm.vector.reduce.fmul"
        fn = t.intrinsic(base, ety, [ety, vec.type], [vec.type])
        return t.b.call(fn, [start, vec], fastmath=fm)
    if kind not in _FLOAT_REDUCE:
        raise t.error(op, f"unsupported float reduction kind '{kind}'")
    base, combine = _FLOAT_REDUCE[kind]
    fn = t.intrinsic(base, ety, [vec.type], [vec.type])
    res = t.b.call(fn, [vec], fastmath=fm)
    if acc is not None:
        res = t.call_intrinsic(combine, [res, acc], fm)
    return res


def _reduce_int(t: Translator, op: Operation, kind: str, vec: ir.Value, acc: ir.Value | None
                ) -> ir.Value:
    if kind not in _INT_REDUCE:
        raise t.error(op, f"unsupported integer reduction kind '{kind}'")
    base, combine = _INT_REDUCE[kind]
    ety = vec.type.element
    res = t.b.call(t.intrinsic(base, ety, [vec.type], [vec.type]), [vec])
    if acc is None:
        return res
    if combine.startswith("llvm."):
        return t.call_intrinsic(combine, [res, acc])
    return getattr(t.b, combine)(res, acc)


def _position(t: Translator, op: Operation) -> ir.Value:
    pos = list(op.static_position.get_values())
    if len(pos) != 1:
        raise t.error(op, "only 1-D vector positions are supported")
    if pos[0] == DYNAMIC_INDEX:
        return t.value(op.dynamic_position[0])
    return ir.Constant(I64, pos[0])


def extract(t: Translator, op: vector.ExtractOp) -> None:
    t.set(op.result, t.b.extract_element(t.value(op.vector), _position(t, op)))


def insert(t: Translator, op: vector.InsertOp) -> None:
    t.set(op.result, t.b.insert_element(t.value(op.dest), t.value(op.source), _position(t, op)))


def shuffle(t: Translator, op: vector.ShuffleOp) -> None:
    """``vector.shuffle`` of two 1-D vectors with a constant mask (-1: undefined lane)."""
    mask = [int(m) for m in op.mask.get_values()]
    undef = ir.Constant(I32, ir.Undefined)
    consts = ir.Constant(ir.VectorType(I32, len(mask)),
                         [undef if m < 0 else ir.Constant(I32, m) for m in mask])
    t.set(op.result, t.b.shuffle_vector(t.value(op.v1), t.value(op.v2), consts))


def bitcast(t: Translator, op: vector.BitcastOp) -> None:
    """``vector.bitcast``: the same bits as a vector of another element type (e.g. 16
    bytes of a Q8_0 tile as 8 f16 scales)."""
    t.set(op.result, t.b.bitcast(t.value(op.source), llvm_type(op.result.type)))


HANDLERS = {
    vector.BroadcastOp: broadcast,
    vector.BitcastOp: bitcast,
    vector.FMAOp: fma,
    vector.ReductionOp: reduction,
    vector.ExtractOp: extract,
    vector.InsertOp: insert,
    vector.ShuffleOp: shuffle,
}
