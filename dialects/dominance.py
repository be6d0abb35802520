"""Values used where their definition does not reach: checked after xDSL's verifier.

xDSL's ``verify()`` checks each op on its own; it does not check that an operand is
defined before its use. The parser accepts ``%y = rlx.add %z, ...`` ahead of
``%z = ...`` (a forward reference it resolves later), and a pass can move an op above
the definition of its operand: either module then makes a later pass fail on an
unrelated object. :func:`verify_dominance` walks every block in order and refuses the
first such use, naming the value and the op.

Only single-block regions are checked (all rlx IR, ``func`` bodies and ``scf`` loops):
in a CFG region a definition may reach a use through other blocks. The body of
``builtin.module`` is a graph region, where order does not matter.
"""

from __future__ import annotations

from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Block, BlockArgument, Operation, SSAValue
from xdsl.utils.exceptions import VerifyException


def verify_dominance(module: Operation) -> None:
    """Raise a VerifyException at the first operand used before (or outside) its definition."""
    bad = first_undominated_use(module)
    if bad is not None:
        value, user = bad
        raise VerifyException(misplaced_use_message(value, user))


def first_undominated_use(op: Operation) -> tuple[SSAValue, Operation] | None:
    """The first (operand, user) in ``op``'s regions whose operand is not visible there."""
    visible: set[SSAValue] = set()
    for region in op.regions:
        for block in region.blocks:
            graph = isinstance(op, ModuleOp)
            found = _check_block(block, visible, graph) if graph or len(region.blocks) == 1 else None
            if found is not None:
                return found
    return None


def _check_block(block: Block, visible: set[SSAValue], graph: bool) -> tuple[SSAValue, Operation] | None:
    """Check ``block`` with ``visible`` holding the values of the enclosing blocks defined
    above it; what the block adds is removed again before returning."""
    added: list[SSAValue] = list(block.args)
    if graph:
        added += [r for o in block.ops for r in o.results]
    visible.update(added)
    try:
        for op in block.ops:
            for operand in op.operands:
                if operand not in visible:
                    return operand, op
            for region in op.regions:
                if len(region.blocks) == 1:
                    found = _check_block(region.block, visible, False)
                    if found is not None:
                        return found
            if not graph:
                visible.update(op.results)
                added += op.results
        return None
    finally:
        visible.difference_update(added)


def misplaced_use_message(value: SSAValue, user: Operation) -> str:
    """``%z is used by rlx.add before it is defined (in @f)``, or "... outside the region of
    its definition" when the definition is in another block or region."""
    name = f"%{value.name_hint}" if value.name_hint else _anonymous(value)
    where = _function_of(user)
    same_block = _block_of(value) is user.parent_block()
    how = "before it is defined" if same_block else "where its definition does not reach (another region)"
    return f"{name} is used by {user.name} {how}" + (f" (in @{where})" if where else "")


def _anonymous(value: SSAValue) -> str:
    if isinstance(value, BlockArgument):
        return f"block argument {value.index}"
    return f"result {value.index} of {value.owner.name}" if isinstance(value.owner, Operation) else "a value"


def _block_of(value: SSAValue) -> Block | None:
    if isinstance(value, BlockArgument):
        return value.block
    return value.owner.parent_block() if isinstance(value.owner, Operation) else None


def _function_of(op: Operation) -> str | None:
    """The ``sym_name`` of the function (any op with one) that holds ``op``."""
    parent = op.parent_op()
    while parent is not None:
        name = getattr(parent, "sym_name", None)
        if name is not None and hasattr(name, "data"):
            return name.data
        parent = parent.parent_op()
    return None
