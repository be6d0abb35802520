"""One OpenMP team per entry call: the kernels of a step reuse it instead of each
opening (and closing) a ``GOMP_parallel`` region of its own.

Under ``OMP_WAIT_POLICY=passive`` a region costs two futex wake-ups: the worker's at
the start, the caller's at the closing barrier (58-62 µs for an empty region in a VM,
see ``docs/performance.md``), and a decode step runs 4-5 regions per layer. So the
entry's packed wrapper opens one region for the whole call:

* thread 0 (the *lead*) runs the entry. Each threaded kernel calls
  ``rlx.parallel(body, ctx)``: it publishes the job (``fn``, ``ctx``, ``pending`` =
  the number of workers), bumps ``seq`` (release), runs ``body(ctx)`` itself and
  spins until ``pending`` is 0. ``body`` is the guided-chunk runner of a
  ``rlx_cpu.parallel_dispatch`` (``dispatch.py``), the same function
  ``GOMP_parallel`` would run;
* the other threads spin on ``seq`` (acquire), run each job, decrement ``pending``;
  a job with ``fn == null`` ends the call and they return to libgomp, which lets
  them sleep between calls as the wait policy says.

Spinning is bounded by the call (tens of µs to a few seconds of compute); every
``YIELD_EVERY`` spins a waiting thread calls ``sched_yield`` so an oversubscribed
machine still makes progress. The state lives in module-internal globals; a call
becomes the lead only by compare-and-swap of ``lead`` from 0 to its
``pthread_self()``, so a second thread calling into the same module at the same time
(two sessions of one ``.so``) runs its kernels with their own ``GOMP_parallel``
regions, as before. ``rlx.parallel`` outside a lead's call (a kernel called on its
own) also falls back to ``GOMP_parallel``.
"""

from __future__ import annotations

from dataclasses import dataclass

from llvmlite import ir

from rlx.lowering.llvm.types import I32, I64, PTR, VOID
#: Spins between two ``sched_yield`` calls of a waiting thread.
YIELD_EVERY = 4096


@dataclass
class TeamRuntime:
    """The functions of :func:`emit_team_runtime` that generated code calls."""

    parallel: ir.Function  #: ``void rlx.parallel(ptr body, ptr ctx)``
    run_entry: ir.Function  #: ``void rlx.team.run(ptr team_body, ptr ctx)``


def _global(module: ir.Module, name: str, ty: ir.Type) -> ir.GlobalVariable:
    g = ir.GlobalVariable(module, ty, name)
    g.linkage = "internal"
    g.initializer = ir.Constant(ty, None)
    g.align = 64  # each on its own cache line: the worker spins on seq
    return g


def _external(module: ir.Module, name: str, ret: ir.Type, args: list[ir.Type]) -> ir.Function:
    fn = module.globals.get(name)
    return fn if fn is not None else ir.Function(module, ir.FunctionType(ret, args), name)


def struct_field(b: ir.IRBuilder, ptr: ir.Value, ty: ir.LiteralStructType, i: int) -> ir.Value:
    """Address of field ``i`` of the ``ty`` struct at ``ptr``."""
    return b.gep(ptr, [ir.Constant(I32, 0), ir.Constant(I32, i)], source_etype=ty)


def stack_struct(alloca_b: ir.IRBuilder, b: ir.IRBuilder, values: list[ir.Value], name: str = "") -> ir.Value:
    """A stack struct (allocated with ``alloca_b``) holding ``values``, stored with ``b``."""
    ty = ir.LiteralStructType([v.type for v in values])
    ptr = alloca_b.alloca(ty, name=name)
    ptr.type = PTR  # llvmlite types allocas as typed pointers; we use opaque `ptr`
    for i, v in enumerate(values):
        b.store(v, struct_field(b, ptr, ty, i))
    return ptr


def struct_fields(b: ir.IRBuilder, ptr: ir.Value, ty: ir.LiteralStructType) -> list[ir.Value]:
    """Every field of the ``ty`` struct at ``ptr``, loaded."""
    return [b.load(struct_field(b, ptr, ty, i), typ=t) for i, t in enumerate(ty.elements)]


class _FunctionPointer:
    """A ``ptr`` value called as a ``void (ptr)`` function: llvmlite takes a callee's
    signature from its ``function_type``, which an opaque pointer does not have."""

    function_type = ir.FunctionType(VOID, [PTR])

    def __init__(self, value: ir.Value):
        self.value, self.type = value, value.type

    def get_reference(self) -> str:
        return self.value.get_reference()


def _call_body(b: ir.IRBuilder, fn: ir.Value, ctx: ir.Value) -> None:
    """Call the ``void (ptr)`` function that the pointer ``fn`` points to."""
    b.call(_FunctionPointer(fn), [ctx])


def _function(module: ir.Module, name: str, args: list[ir.Type]) -> tuple[ir.Function, ir.IRBuilder]:
    fn = ir.Function(module, ir.FunctionType(VOID, args), name)
    fn.linkage = "internal"
    fn.attributes.add("nounwind")
    return fn, ir.IRBuilder(fn.append_basic_block("entry"))


class _Spin:
    """``while (!done()) relax();`` with a ``sched_yield`` every ``YIELD_EVERY`` spins."""

    def __init__(self, module: ir.Module, x86: bool):
        self.pause = _external(module, "llvm.x86.sse2.pause", VOID, []) if x86 else None
        self.sched_yield = _external(module, "sched_yield", I32, [])

    def relax(self, b: ir.IRBuilder, spins: ir.Value) -> ir.Value:
        """Emit one wait step; return ``spins + 1``."""
        if self.pause is not None:
            b.call(self.pause, [])
        spins = b.add(spins, ir.Constant(I64, 1))
        due = b.icmp_unsigned("==", b.and_(spins, ir.Constant(I64, YIELD_EVERY - 1)), ir.Constant(I64, 0))
        with b.if_then(due, likely=False):
            b.call(self.sched_yield, [])
        return spins


def _spin_until(b: ir.IRBuilder, spin: _Spin, load, ready) -> ir.Value:
    """``v = load(); while (!ready(v)) { relax; v = load(); }``; return the last ``v``
    (the builder is left in the block after the loop)."""
    head = b.append_basic_block("wait")
    relax = b.append_basic_block("relax")
    done = b.append_basic_block("ready")
    start = b.block
    b.branch(head)
    b.position_at_end(head)
    spins = b.phi(I64)
    spins.add_incoming(ir.Constant(I64, 0), start)
    value = load()
    b.cbranch(ready(value), done, relax)
    b.position_at_end(relax)
    more = spin.relax(b, spins)
    spins.add_incoming(more, b.block)
    b.branch(head)
    b.position_at_end(done)
    return value


def emit_team_runtime(module: ir.Module, team_size: int, x86: bool) -> TeamRuntime:
    """Add the team state and the functions that use it to ``module`` (once per module)."""
    lead = _global(module, "rlx.team.lead", I64)
    seq = _global(module, "rlx.team.seq", I64)
    pending = _global(module, "rlx.team.pending", I64)
    job_fn = _global(module, "rlx.team.fn", PTR)
    job_ctx = _global(module, "rlx.team.ctx", PTR)
    gomp = _external(module, "GOMP_parallel", VOID, [PTR, PTR, I32, I32])
    num_threads = _external(module, "omp_get_num_threads", I32, [])
    thread_num = _external(module, "omp_get_thread_num", I32, [])
    self_id = _external(module, "pthread_self", I64, [])
    spin = _Spin(module, x86)
    team = ir.Constant(I32, team_size)

    def publish(b: ir.IRBuilder, fn: ir.Value, ctx: ir.Value, workers: ir.Value) -> None:
        b.store(fn, job_fn)
        b.store(ctx, job_ctx)
        b.store_atomic(workers, pending, "monotonic", 8)
        b.atomic_rmw("add", seq, ir.Constant(I64, 1), "release")

    def wait_for_workers(b: ir.IRBuilder) -> None:
        _spin_until(b, spin, lambda: b.load_atomic(pending, "acquire", 8, typ=I64),
                    lambda left: b.icmp_unsigned("==", left, ir.Constant(I64, 0)))

    # rlx.parallel(body, ctx): the lead's job, or a region of its own
    parallel, b = _function(module, "rlx.parallel", [PTR, PTR])
    fn, ctx = parallel.args
    is_lead = b.icmp_unsigned("==", b.load_atomic(lead, "monotonic", 8, typ=I64), b.call(self_id, []))
    with b.if_else(is_lead) as (then, otherwise):
        with then:
            workers = b.sext(b.sub(b.call(num_threads, []), ir.Constant(I32, 1)), I64)
            publish(b, fn, ctx, workers)
            _call_body(b, fn, ctx)
            wait_for_workers(b)
        with otherwise:
            b.call(gomp, [fn, ctx, team, ir.Constant(I32, 0)])
    b.ret_void()

    # rlx.team.work(seq0): a worker's loop until the lead ends the call
    work, b = _function(module, "rlx.team.work", [I64])
    loop = b.append_basic_block("next")
    run = b.append_basic_block("run")
    end = b.append_basic_block("end")
    start = b.block
    b.branch(loop)
    b.position_at_end(loop)
    seen = b.phi(I64)
    seen.add_incoming(work.args[0], start)
    now = _spin_until(b, spin, lambda: b.load_atomic(seq, "acquire", 8, typ=I64),
                      lambda v: b.icmp_unsigned("!=", v, seen))
    fn = b.load(job_fn, typ=PTR)
    b.cbranch(b.icmp_unsigned("==", fn, ir.Constant(PTR, None)), end, run)
    b.position_at_end(run)
    _call_body(b, fn, b.load(job_ctx, typ=PTR))
    b.atomic_rmw("sub", pending, ir.Constant(I64, 1), "release")
    seen.add_incoming(now, run)
    b.branch(loop)
    b.position_at_end(end)
    b.ret_void()

    # rlx.team.body(ctx = {team_body, its ctx, seq0}): thread 0 leads, the others work
    team_ctx_ty = ir.LiteralStructType([PTR, PTR, I64])
    body, b = _function(module, "rlx.team.body", [PTR])
    tctx = body.args[0]

    entry_fn, entry_ctx, seq0 = struct_fields(b, tctx, team_ctx_ty)
    with b.if_else(b.icmp_unsigned("==", b.call(thread_num, []), ir.Constant(I32, 0))) as (then, otherwise):
        with then:
            _call_body(b, entry_fn, entry_ctx)
            publish(b, ir.Constant(PTR, None), ir.Constant(PTR, None), ir.Constant(I64, 0))
        with otherwise:
            b.call(work, [seq0])
    b.ret_void()

    # rlx.team.run(team_body, ctx): the entry under one team if this thread may lead
    run_entry, b = _function(module, "rlx.team.run", [PTR, PTR])
    entry_fn, entry_ctx = run_entry.args
    me = b.call(self_id, [])
    won = b.extract_value(b.cmpxchg(lead, ir.Constant(I64, 0), me, "acquire", "monotonic"), 1)
    with b.if_else(won) as (then, otherwise):
        with then:
            tctx = stack_struct(b, b, [entry_fn, entry_ctx, b.load_atomic(seq, "monotonic", 8, typ=I64)])
            b.call(gomp, [body, tctx, team, ir.Constant(I32, 0)])
            b.store_atomic(ir.Constant(I64, 0), lead, "release", 8)
        with otherwise:
            _call_body(b, entry_fn, entry_ctx)
    b.ret_void()
    return TeamRuntime(parallel=parallel, run_entry=run_entry)
