"""``rlx-outline-parallel``: each ``scf.parallel`` of a kernel -> a private function
for its body plus a ``rlx_cpu.parallel_dispatch`` that runs it on the team (L3).

For ``scf.parallel (%i) = (%lb) to (%ub) step (%s)`` in ``@f`` the pass makes

* ``@f.parN.loop(captured..., %lo, %hi, %step)`` (``N`` counts the module's loops in
  order), private and marked ``rlx_cpu.parallel_body``: the same ``scf.parallel``
  over ``[lo, hi)``, which the translator runs as a plain loop on the calling thread.
  Captured ``arith.constant`` values are re-materialised instead of passed (so is
  a constant step), so the body still sees constant strides;
* in place of the loop, ``rlx_cpu.parallel_dispatch @f.parN.loop(captured...)
  range(%lb to %ub step %s) {threads = T}``: the translator hands guided chunks of
  the range to the threads of the team (``lowering/llvm/dispatch.py``). A loop that
  carries ``rlx_cpu.grab_share = S`` (a kernel's choice, made in ``select``) gets
  ``share = S``: each grab takes the unassigned iterations / (S x threads). A loop
  in a ``rlx_cpu.parallel_if %c`` replaces it, with ``if(%c)``: the calling thread
  runs the body over the whole range when ``%c`` is false.

``threads``: 0 = a team of the OpenMP default size (all cores), 1 = serial (nothing
is outlined: every ``scf.parallel`` stays a plain loop and the module needs no
team), N = a team of N threads. Only 1-D loops without reductions are supported.
A ``scf.parallel`` nested in another one stays inside the outlined body (serial).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from xdsl.context import Context
from xdsl.dialects import arith, func, scf
from xdsl.dialects.builtin import FunctionType, IndexType, ModuleOp, UnitAttr
from xdsl.ir import Block, Operation, Region, SSAValue
from xdsl.passes import ModulePass
from xdsl.rewriter import InsertPoint, Rewriter

from rlx.dialects.rlx_cpu import GRAB_SHARE_ATTR, PARALLEL_BODY_ATTR, ParallelDispatchOp, ParallelIfOp
from rlx.lowering.llvm.scf import parallel_error
from rlx.runtime.errors import CompileError


def captured_values(op: Operation) -> list[SSAValue]:
    """SSA values used inside ``op``'s regions but defined outside ``op`` (in first-use order)."""
    inner: set[SSAValue] = set()
    for nested in op.walk():
        if nested is not op:
            inner.update(nested.results)
        for region in nested.regions:
            for block in region.blocks:
                inner.update(block.args)
    seen: dict[SSAValue, None] = {}
    for nested in op.walk():
        if nested is op:
            continue
        for operand in nested.operands:
            if operand not in inner:
                seen.setdefault(operand, None)
    return list(seen)


def _replace_inside(region: Region, mapping: dict[SSAValue, SSAValue]) -> None:
    """Uses of each key inside ``region`` -> its value."""
    inside = {id(op) for op in region.walk()}
    for old, new in mapping.items():
        old.replace_uses_with_if(new, lambda use: id(use.operation) in inside)


def outline_body(par: scf.ParallelOp, name: str) -> tuple[func.FuncOp, list[SSAValue]]:
    """Move ``par``'s body into a new private ``@name``; return it and the values to pass."""
    captured = captured_values(par)
    passed = [v for v in captured if not isinstance(v.owner, arith.ConstantOp)]
    block = Block(arg_types=[v.type for v in passed] + [IndexType()] * 3)
    mapping: dict[SSAValue, SSAValue] = dict(zip(passed, block.args))
    step = par.step[0]
    for value in [v for v in captured if v not in mapping] + [step]:
        if isinstance(value.owner, arith.ConstantOp) and value not in mapping:
            clone = value.owner.clone()
            block.add_op(clone)
            mapping[value] = clone.result
    lo, hi, step_arg = block.args[-3:]
    body = par.detach_region(par.body)
    _replace_inside(body, mapping)
    for arg in block.args:  # replacing gave them the captured values' names; the
        arg.name_hint = None  # translator names LLVM arguments after hints
    inner_step = mapping[step] if isinstance(step.owner, arith.ConstantOp) else step_arg
    block.add_op(scf.ParallelOp([lo], [hi], [inner_step], body))
    block.add_op(func.ReturnOp())
    fn = func.FuncOp(name, FunctionType.from_lists(block.arg_types, []), Region(block), "private")
    fn.attributes[PARALLEL_BODY_ATTR] = UnitAttr()
    return fn, passed


def _parent_func(op: Operation) -> func.FuncOp | None:
    parent = op.parent_op()
    while parent is not None and not isinstance(parent, func.FuncOp):
        parent = parent.parent_op()
    return parent


@dataclass
class OutlineParallel:
    """scf.parallel -> a parallel body function + rlx_cpu.parallel_dispatch."""

    threads: int
    names: set[str]
    count: int = 0
    #: the function after which the next body of each kernel goes
    last: dict[str, Operation] = field(default_factory=dict)

    def _unique(self, name: str) -> str:
        unique, k = name, 0
        while unique in self.names:
            k += 1
            unique = f"{name}.{k}"
        self.names.add(unique)
        return unique

    def outline(self, op: scf.ParallelOp) -> None:
        kernel = _parent_func(op)
        if kernel is None or PARALLEL_BODY_ATTR in kernel.attributes:
            return  # nested in a loop outlined before it: serial inside that body
        problem = parallel_error(op)
        if problem:
            raise CompileError(f"rlx-outline-parallel: {problem} (in @{kernel.sym_name.data})")
        name = self._unique(f"{kernel.sym_name.data}.par{self.count}.loop")
        self.count += 1
        lb, ub, step = op.lowerBound[0], op.upperBound[0], op.step[0]
        body, passed = outline_body(op, name)
        after = self.last.get(kernel.sym_name.data, kernel)
        Rewriter.insert_op(body, InsertPoint.after(after))
        self.last[kernel.sym_name.data] = body
        share = op.attributes.get(GRAB_SHARE_ATTR)
        wrapper = op.parent_op()
        threaded = wrapper.threaded if isinstance(wrapper, ParallelIfOp) else None
        dispatch = ParallelDispatchOp(name, passed, lb, ub, step, self.threads,
                                      None if share is None else share.value.data, threaded)
        Rewriter.replace_op(wrapper if threaded is not None else op, dispatch)


@dataclass(frozen=True)
class RlxOutlineParallelPass(ModulePass):
    """Outline scf.parallel bodies and dispatch them to the thread team."""

    name = "rlx-outline-parallel"
    threads: int = 0

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        if self.threads < 0:
            raise CompileError(f"threads must be >= 0, got {self.threads}")
        if self.threads == 1:
            return
        names = {f.sym_name.data for f in op.body.block.ops if isinstance(f, func.FuncOp)}
        outliner = OutlineParallel(self.threads, names)
        for loop in [o for o in op.walk() if isinstance(o, scf.ParallelOp)]:  # outer loops first
            outliner.outline(loop)
