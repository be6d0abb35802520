"""Translation of control flow: ``scf.for`` / ``scf.if`` / ``scf.parallel`` (serial)
and ``func.call`` / ``func.return``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from llvmlite import ir
from xdsl.dialects import func, scf
from xdsl.ir import Block, Operation

if TYPE_CHECKING:
    from rlx.lowering.llvm.translate import Translator


def func_return(t: Translator, op: func.ReturnOp) -> None:
    vals = [t.value(v) for v in op.arguments]
    if not vals:
        t.b.ret_void()
    elif len(vals) == 1:
        t.b.ret(vals[0])
    else:
        agg = ir.Constant(t.scope.fn.function_type.return_type, ir.Undefined)
        for i, v in enumerate(vals):
            agg = t.b.insert_value(agg, v, i)
        t.b.ret(agg)


def func_call(t: Translator, op: func.CallOp) -> None:
    name = op.callee.root_reference.data
    callee = t.funcs.get(name)
    if callee is None:
        raise t.error(op, f"call to unknown function @{name}")
    res = t.b.call(callee, [t.value(a) for a in op.arguments])
    if len(op.res) == 1:
        t.set(op.res[0], res)
    elif len(op.res) > 1:
        for i, r in enumerate(op.res):
            t.set(r, t.b.extract_value(res, i))


def counted_loop(t: Translator, lb: ir.Value, ub: ir.Value, step: ir.Value, body: Block,
                 inits: Sequence[ir.Value], term: tuple[type[Operation], ...],
                 tag: str = "for") -> list[ir.Value]:
    """``for (iv = lb; iv < ub; iv += step)`` with loop-carried ``inits``.

    Header phis carry the IV and iter_args; the yielded values feed the back edge.
    Returns the header phis of the iter_args (= the loop results on exit).
    """
    b, fn = t.b, t.scope.fn
    pre = b.block
    header = fn.append_basic_block(f"{tag}.header")
    body_bb = fn.append_basic_block(f"{tag}.body")
    exit_bb = fn.append_basic_block(f"{tag}.exit")
    b.branch(header)
    b.position_at_end(header)
    iv = b.phi(lb.type, name=f"{tag}.iv")
    iv.add_incoming(lb, pre)
    phis = []
    for v in inits:
        phi = b.phi(v.type)
        phi.add_incoming(v, pre)
        phis.append(phi)
    b.cbranch(b.icmp_signed("<", iv, ub), body_bb, exit_bb)
    b.position_at_end(body_bb)
    t.set(body.args[0], iv)
    for arg, phi in zip(body.args[1:], phis):
        t.set(arg, phi)
    yield_op = t.emit_ops(body, term)
    yielded = [t.value(v) for v in yield_op.operands]
    nxt = b.add(iv, step, name=f"{tag}.next", flags=("nsw",))
    latch = b.block
    b.branch(header)
    iv.add_incoming(nxt, latch)
    for phi, v in zip(phis, yielded):
        phi.add_incoming(v, latch)
    b.position_at_end(exit_bb)
    return phis


def for_loop(t: Translator, op: scf.ForOp) -> None:
    results = counted_loop(t, t.value(op.lb), t.value(op.ub), t.value(op.step), op.body.block,
                           [t.value(v) for v in op.iter_args], (scf.YieldOp,))
    for res, val in zip(op.res, results):
        t.set(res, val)


def if_op(t: Translator, op: scf.IfOp) -> None:
    b, fn = t.b, t.scope.fn
    cond = t.value(op.cond)
    has_else = bool(op.false_region.blocks)
    if op.output and not has_else:
        raise t.error(op, "scf.if with results needs an else region")
    then_bb = fn.append_basic_block("if.then")
    else_bb = fn.append_basic_block("if.else") if has_else else None
    merge_bb = fn.append_basic_block("if.end")
    b.cbranch(cond, then_bb, else_bb or merge_bb)
    incoming = []
    for bb, region in ((then_bb, op.true_region), (else_bb, op.false_region)):
        if bb is None:
            continue
        b.position_at_end(bb)
        yield_op = t.emit_ops(region.block, (scf.YieldOp,))
        incoming.append(([t.value(v) for v in yield_op.operands], b.block))
        b.branch(merge_bb)
    b.position_at_end(merge_bb)
    for i, res in enumerate(op.output):
        phi = b.phi(incoming[0][0][i].type)
        for vals, pred in incoming:
            phi.add_incoming(vals[i], pred)
        t.set(res, phi)


def parallel_error(op: scf.ParallelOp) -> str | None:
    """Why ``op`` is outside the supported ``scf.parallel`` subset (None: it is inside)."""
    if len(op.lowerBound) != 1 or op.initVals or op.res:
        return "only 1-D scf.parallel without reductions is supported"
    term = op.body.block.last_op
    if not isinstance(term, scf.ReduceOp) or term.args:
        return "scf.parallel body must end with an empty scf.reduce"
    return None


def parallel_serial(t: Translator, op: scf.ParallelOp) -> None:
    """A 1-D ``scf.parallel`` as a plain loop: its iterations in order, on this thread."""
    problem = parallel_error(op)
    if problem:
        raise t.error(op, problem)
    lb, ub, step = (t.value(v[0]) for v in (op.lowerBound, op.upperBound, op.step))
    counted_loop(t, lb, ub, step, op.body.block, [], (scf.ReduceOp,), tag="par")


HANDLERS = {
    func.ReturnOp: func_return,
    func.CallOp: func_call,
    scf.ForOp: for_loop,
    scf.IfOp: if_op,
    scf.ParallelOp: parallel_serial,
}
