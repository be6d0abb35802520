"""Lowering of ``rlx_cpu.parallel_dispatch`` to the team call (and of a
``rlx_cpu.parallel_if`` left in place, to its loop on the calling thread).

At the dispatch: a stack context struct ``{lb, ub, step, counter = 0, captured...}``
and ``rlx.parallel(<runner>, ctx)`` (``team.py``): the call's team runs the runner on
every thread, or (outside an entry's call) ``GOMP_parallel(<runner>, ctx, <team>, 0)``.

The runner ``<body>(ptr ctx)`` (named after the outlined body, without its ``.loop``)
unpacks the context, then grabs chunks of iterations from the shared counter
(compare-and-swap) and calls the body on each ``[lo, hi)``, until none are left.
A dispatch with ``if(%threaded)`` branches on it first: false calls the body once over
the whole range on this thread, waking no thread. Guided chunks: a grab takes
``max(1, unassigned / (nthreads * share))`` (the op's ``share``, else
``GUIDED_SHARE_PER_THREAD``), so chunks shrink towards the end and the threads finish
together (a thread woken late, or slowed down by a busy core, leaves its share to the
others; with fixed chunks the last one idled a thread for up to an eighth of the call).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from llvmlite import ir
from xdsl.dialects.builtin import ModuleOp

from rlx.dialects.rlx_cpu import ParallelDispatchOp, ParallelIfOp
from rlx.lowering.llvm.team import stack_struct, struct_field, struct_fields
from rlx.lowering.llvm.types import I32, I64, PTR, VOID
from rlx.runtime.errors import CompileError

if TYPE_CHECKING:
    from rlx.lowering.llvm.translate import Translator

#: Each grab of a dispatch takes the unassigned iterations divided by this many per
#: thread (at least one), unless the dispatch gives its own ``share``.
GUIDED_SHARE_PER_THREAD = 2


def team_size(module: ModuleOp) -> int | None:
    """The ``threads`` of the module's dispatches (None if it has none); one team a module."""
    sizes = {op.threads.value.data for op in module.walk() if isinstance(op, ParallelDispatchOp)}
    if len(sizes) > 1:
        raise CompileError(f"llvm emitter: parallel dispatches ask for different team sizes "
                           f"{sorted(sizes)}; one module runs one team")
    return sizes.pop() if sizes else None


def parallel_dispatch(t: Translator, op: ParallelDispatchOp) -> None:
    """The context struct and ``rlx.parallel(runner, ctx)``; with ``if(%threaded)``, only
    when it holds (else one call of the body over the range)."""
    callee = op.callee.root_reference.data
    body_fn = t.funcs.get(callee)
    if body_fn is None:
        raise t.error(op, f"dispatch of unknown function @{callee}")
    lb, ub, step = (t.value(v) for v in (op.lower_bound, op.upper_bound, op.step))
    captured = [t.value(v) for v in op.captured]
    tag = t.module.get_unique_name(callee.removesuffix(".loop"))
    b = t.b
    merge_bb = None
    if op.threaded is not None:
        team_bb, serial_bb = (t.scope.fn.append_basic_block(f"{tag}.{part}") for part in ("team", "serial"))
        merge_bb = t.scope.fn.append_basic_block(f"{tag}.end")
        b.cbranch(t.value(op.threaded), team_bb, serial_bb)
        b.position_at_end(serial_bb)
        b.call(body_fn, captured + [lb, ub, step])
        b.branch(merge_bb)
        b.position_at_end(team_bb)
    fields = [lb, ub, step, ir.Constant(I64, 0)] + captured  # 0: the chunk counter
    share = GUIDED_SHARE_PER_THREAD if op.share is None else op.share.value.data
    runner = _chunk_runner(t, tag, ir.LiteralStructType([v.type for v in fields]), body_fn, share)
    ctx = stack_struct(t.scope.alloca_builder, b, fields, name=f"{tag}.ctx")
    b.call(t.team().parallel, [runner, ctx])
    if merge_bb is not None:
        b.branch(merge_bb)
        b.position_at_end(merge_bb)


def parallel_if(t: Translator, op: ParallelIfOp) -> None:
    """A ``rlx_cpu.parallel_if`` that was not outlined (``threads = 1``, or inside a
    parallel body): its loop, serially, whatever the condition."""
    t.emit_ops(op.body.block, terminator=None)


def _smin(b: ir.IRBuilder, x: ir.Value, y: ir.Value) -> ir.Value:
    return b.select(b.icmp_signed("<", x, y), x, y)


def _chunk_runner(t: Translator, tag: str, ctx_ty: ir.LiteralStructType,
                  body_fn: ir.Function, share_per_thread: int) -> ir.Function:
    """``void <tag>(ptr ctx)``: take guided chunks of the range and run the body on each."""
    fn = ir.Function(t.module, ir.FunctionType(VOID, [PTR]), tag)
    fn.linkage = "internal"
    fn.attributes.add("nounwind")
    ctx = fn.args[0]
    ctx.name = "ctx"
    b = ir.IRBuilder(fn.append_basic_block("entry"))
    fields = struct_fields(b, ctx, ctx_ty)
    lb, ub, step = fields[:3]
    counter = struct_field(b, ctx, ctx_ty, 3)
    ty = lb.type
    one, zero = ir.Constant(ty, 1), ir.Constant(ty, 0)
    span = b.sub(ub, lb)
    niters = b.sdiv(b.add(span, b.sub(step, one)), step)
    niters = b.select(b.icmp_signed(">", span, zero), niters, zero)
    nth = b.sext(b.call(t.external("omp_get_num_threads", I32, []), []), ty)
    share = b.mul(nth, ir.Constant(ty, share_per_thread))
    loop_bb = fn.append_basic_block("grab")
    take_bb = fn.append_basic_block("take")
    run_bb = fn.append_basic_block("run")
    done_bb = fn.append_basic_block("done")
    b.branch(loop_bb)
    b.position_at_end(loop_bb)
    k0 = b.load_atomic(counter, "monotonic", 8, typ=ty)
    b.cbranch(b.icmp_signed("<", k0, niters), take_bb, done_bb)
    b.position_at_end(take_bb)
    chunk = b.sdiv(b.sub(niters, k0), share)
    chunk = b.select(b.icmp_signed("<", chunk, one), one, chunk)
    k1 = b.add(k0, chunk)
    swapped = b.extract_value(b.cmpxchg(counter, k0, k1, "monotonic", "monotonic"), 1)
    b.cbranch(swapped, run_bb, loop_bb)
    b.position_at_end(run_bb)
    lo = b.add(lb, b.mul(k0, step))
    hi = _smin(b, b.add(lb, b.mul(k1, step)), ub)
    b.call(body_fn, fields[4:] + [lo, hi, step])
    b.branch(loop_bb)
    b.position_at_end(done_bb)
    b.ret_void()
    return fn


HANDLERS = {ParallelDispatchOp: parallel_dispatch, ParallelIfOp: parallel_if}
