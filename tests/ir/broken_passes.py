"""Deliberately wrong passes, to test what the pipeline does with them.

Load them like a pass plugin: ``RLX_PASS_PLUGINS=tests.ir.broken_passes rlxc opt ...``.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import func
from xdsl.dialects.builtin import FunctionType, ModuleOp, StringAttr
from xdsl.passes import ModulePass
from xdsl.rewriter import Rewriter

from rlx.dialects import rlx
from rlx.dialects.symbolic import SymDim, format_shape, parse_shape
from rlxc.passes import PassInfo, register


@dataclass(frozen=True)
class BreakTypesPass(ModulePass):
    """Gives the first ``rlx.linear`` a result of the wrong shape."""

    name = "test-break-types"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for linear in op.walk():
            if isinstance(linear, rlx.LinearOp) and linear.results:
                Rewriter.replace_value_with_new_type(linear.results[0], rlx.TensorType("3x5"))
                return


def _fold(dim: SymDim, symbol: str, value: int) -> SymDim:
    coef = dict(dim.terms).get(symbol, 0)
    return SymDim(dim.const + coef * value, tuple((n, c) for n, c in dim.terms if n != symbol))


def _fold_type(t, symbol: str, value: int):
    if isinstance(t, rlx.TensorType | rlx.BufferType):
        return type(t)(tuple(_fold(d, symbol, value) for d in t.shape), t.element_type)
    return t


@dataclass(frozen=True)
class FoldSymbolPass(ModulePass):
    """Replaces a symbolic dim by a constant everywhere (types and properties)."""

    name = "test-fold-symbol"
    symbol: str = "PAST_SEQ"
    value: int = 0

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for fn in op.ops:
            if not isinstance(fn, func.FuncOp):
                continue
            for arg in fn.body.block.args:
                Rewriter.replace_value_with_new_type(arg, _fold_type(arg.type, self.symbol, self.value))
            for inner in fn.body.walk():
                for result in inner.results:
                    Rewriter.replace_value_with_new_type(result, _fold_type(result.type, self.symbol, self.value))
                for key in ("offset", "kv_len"):
                    if isinstance(inner.properties.get(key), StringAttr):
                        dims = parse_shape(inner.properties[key].data)
                        inner.properties[key] = StringAttr(format_shape(
                            tuple(_fold(d, self.symbol, self.value) for d in dims)))
            fn.function_type = FunctionType.from_lists(
                [a.type for a in fn.body.block.args],
                [_fold_type(t, self.symbol, self.value) for t in fn.function_type.outputs.data])


@dataclass(frozen=True)
class HoistPass(ModulePass):
    """Moves the last op of the first function whose operand an op above defines to the
    top of its block: its use then comes before the definition (IR that xDSL's own
    verifier accepts)."""

    name = "test-hoist-above-operand"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for fn in op.ops:
            if isinstance(fn, func.FuncOp):
                block = fn.body.block
                users = [o for o in block.ops if not isinstance(o, func.ReturnOp)
                         and any(getattr(v.owner, "parent", None) is block for v in o.operands)]
                if users:
                    user = users[-1]
                    user.detach()
                    block.insert_op_before(user, block.first_op)
                return


register(PassInfo("test-hoist-above-operand", "test: move an op above the definition of its operand",
                  lambda: HoistPass, module=__name__))
register(PassInfo("test-break-types", "test: break the result type of the first rlx.linear",
                  lambda: BreakTypesPass, module=__name__))
register(PassInfo("test-fold-symbol", "test: replace a symbolic dim by a constant",
                  lambda: FoldSymbolPass, {"symbol": "the symbol", "value": "its constant"}, __name__))
