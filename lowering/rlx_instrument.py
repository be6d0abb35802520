"""``rlx-instrument``: time every kernel call of the entry functions (L3).

Each ``func.call`` of a kernel in an entry function (``rlx.entry``) is wrapped in calls
of two external hooks, ``rlx_prof_begin(site)`` and ``rlx_prof_end(site)``, where
``site`` is the call's index in the module-wide table ``rlx.prof_sites``: one entry per
call site with the entry name, the kernel (callee) name, the kernel's spec (its
``rlx.kernel`` attribute) and the symbolic sizes of the call's ``index`` operands
(``SEQ``, ``PAST_SEQ+SEQ`` ...), read back from how the entry computes them from its
symbol arguments. Whoever runs the module provides the hooks (``bench/report.py``
JIT-compiles a pair that accumulates ``rdtsc`` cycles per site); with the spec and the
sizes, ``lowering.kernels.kernel_cost`` gives each call's bytes and FLOPs, so the
timings become a roofline per kernel.

Not part of the default pipeline: ``python -m bench --report`` inserts it after
``rlx-to-loops``/``cse``.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import arith, func
from xdsl.dialects.builtin import (
    ArrayAttr,
    DictionaryAttr,
    IndexType,
    IntegerAttr,
    ModuleOp,
    StringAttr,
)
from xdsl.ir import Block, SSAValue
from xdsl.passes import ModulePass

from rlx.lowering.kernels.spec import KERNEL_ATTR, spec_from_attr
from rlx.dialects.abi import abi_of
from rlx.runtime.errors import PassError

BEGIN = "rlx_prof_begin"
END = "rlx_prof_end"
#: the external functions an instrumented module calls: its runner provides them
HOOKS = (BEGIN, END)
SITES_ATTR = "rlx.prof_sites"


def symbolic(value: SSAValue, names: dict[SSAValue, str]) -> str:
    """The size an ``index`` operand stands for, as text (``2*SEQ+PAST_SEQ``, ``128``)."""
    owner = value.owner
    if isinstance(owner, Block):
        return names.get(value, "?")
    if isinstance(owner, arith.ConstantOp) and isinstance(owner.value, IntegerAttr):
        return str(owner.value.value.data)
    if isinstance(owner, arith.AddiOp | arith.MuliOp):
        lhs, rhs = symbolic(owner.lhs, names), symbolic(owner.rhs, names)
        if isinstance(owner, arith.AddiOp):
            if lhs == "0":
                return rhs
            if rhs == "0":
                return lhs
            return f"{lhs}+{rhs}"
        return f"({lhs})*({rhs})" if "+" in lhs + rhs else f"{lhs}*{rhs}"
    return "?"


def _declare(module: ModuleOp, name: str) -> None:
    if any(isinstance(op, func.FuncOp) and op.sym_name.data == name for op in module.ops):
        return
    module.body.block.add_op(func.FuncOp.external(name, [IndexType()], []))


@dataclass(frozen=True)
class RlxInstrumentPass(ModulePass):
    """Wrap each kernel call of the entries in ``rlx_prof_begin/end(site)`` hook calls."""

    name = "rlx-instrument"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        if SITES_ATTR in op.attributes:
            raise PassError("rlx-instrument: the module is already instrumented")
        kernels = {f.sym_name.data: f for f in op.ops if isinstance(f, func.FuncOp) and f.body.blocks}
        sites = []
        for fn in list(op.ops):
            if not (isinstance(fn, func.FuncOp) and "rlx.entry" in fn.attributes):
                continue
            block = fn.body.block
            arg_names = abi_of(fn).names
            names = dict(zip(block.args, arg_names))
            for call in [c for c in block.ops if isinstance(c, func.CallOp)]:
                callee = call.callee.root_reference.data
                if callee not in kernels:
                    continue
                sizes = [symbolic(a, names) for a in call.arguments if isinstance(a.type, IndexType)]
                site = arith.ConstantOp(IntegerAttr(len(sites), IndexType()))
                block.insert_op_before(site, call)
                block.insert_op_before(func.CallOp(BEGIN, [site.result], []), call)
                block.insert_op_after(func.CallOp(END, [site.result], []), call)
                row = {"entry": fn.sym_name, "kernel": StringAttr(callee),
                       "sizes": ArrayAttr([StringAttr(s) for s in sizes])}
                if KERNEL_ATTR in kernels[callee].attributes:
                    row["spec"] = kernels[callee].attributes[KERNEL_ATTR]
                sites.append(DictionaryAttr(row))
        _declare(op, BEGIN)
        _declare(op, END)
        op.attributes[SITES_ATTR] = ArrayAttr(sites)


def sites_of(module: ModuleOp) -> list[dict]:
    """The site table of an instrumented module as plain dicts (``spec``: the kernel's
    spec, None for a function without one)."""
    return [{"entry": d.data["entry"].data, "kernel": d.data["kernel"].data,
             "spec": spec_from_attr(d.data["spec"]) if "spec" in d.data else None,
             "sizes": [s.data for s in d.data["sizes"].data]}
            for d in module.attributes[SITES_ATTR].data]
