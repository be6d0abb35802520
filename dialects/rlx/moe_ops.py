"""The ``rlx`` ops of a mixture-of-experts layer: the routing (``rlx.moe_gate``) and the
experts (``rlx.moe_swiglu``, ``rlx.moe_down``), in tensor form (L1) and buffer form (L2).

The routing is a tensor of its own, ``gates [..., E]``: each token's weight for each of
the ``E`` experts, zero for every expert but the token's ``top_k`` (an expert is selected
exactly when its gate is not zero). The experts' weights are stacked, ``[E, N, K]``, and
each token's ``top_k`` rows of expert activations are kept in expert order:
``act[..., j * I : (j + 1) * I]`` is the token's ``j``-th selected expert (lowest index
first). A kernel reads only the experts some token selected.
"""

from __future__ import annotations

from xdsl.dialects.builtin import I64, IntegerAttr, UnitAttr, f32
from xdsl.irdl import irdl_op_definition, operand_def, opt_operand_def, opt_prop_def, opt_result_def, prop_def
from xdsl.utils.exceptions import VerifyException

from rlx.dialects.rlx.base import (
    OPTIONAL_SEGMENTS,
    RlxComputeOp,
    compute_format,
    expect_dim,
    expect_f32,
    expect_rank,
    expect_weights,
    int_prop,
)
from rlx.dialects.rlx.types import fmt
from rlx.dialects.symbolic import SymDim


def _experts(op: RlxComputeOp, shapes, field: str) -> tuple[SymDim, SymDim, SymDim]:
    """``[E, N, K]`` of the stacked expert weight ``field``."""
    expect_rank(op.name, field, shapes[field], 3)
    return shapes[field]


def _gates(op: RlxComputeOp, shapes, x: str, experts: SymDim) -> None:
    """``gates`` has the leading dims of ``x`` and ``experts`` gates per token."""
    if shapes["gates"][:-1] != shapes[x][:-1]:
        raise VerifyException(f"{op.name}: operand 'gates' has shape {fmt(shapes['gates'])}, expected "
                              f"{fmt((*shapes[x][:-1], experts))}")
    expect_dim(op.name, "last dim of 'gates' (experts)", shapes["gates"][-1], experts)


def _top_k(op: RlxComputeOp, experts: SymDim) -> int:
    k = int_prop(op, "top_k")
    if k < 1 or (experts.is_static and k > experts.const):
        raise VerifyException(f"{op.name}: top_k {k} must be in [1, {experts}] (the experts)")
    return k


@irdl_op_definition
class MoEGateOp(RlxComputeOp):
    """The routing of a mixture-of-experts layer: per token, the router's logits
    ``x @ router.T`` (f32), their softmax over all ``E`` experts, and the ``top_k``
    largest probabilities (equal ones: the lowest expert index first), divided by their
    sum with ``normalize``; the result holds them at their experts and zeros elsewhere.

    Verifies:
    - ``x`` is ``f32 [..., H]``, ``router`` ``f32 [E, H]`` (``rlx-weight-format`` keeps the
      router f32, as llama.cpp keeps ``ffn_gate_inp``: ``E * H`` weights, read by every token);
    - ``top_k`` is in ``[1, E]``;
    - the output is ``f32 [..., E]``.

    Example::

        %g = rlx.moe_gate %h, %router {top_k = 2 : i64, normalize} : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"8x64", f32> -> !rlx.tensor<"1xSEQx8", f32>
    """

    name = "rlx.moe_gate"
    x = operand_def()
    router = operand_def()
    out = opt_operand_def()
    result = opt_result_def()
    top_k = prop_def(IntegerAttr[I64])
    normalize = opt_prop_def(UnitAttr)
    irdl_options = OPTIONAL_SEGMENTS
    assembly_format = compute_format("x", "router")

    def infer(self, shapes, dtypes):
        expect_f32(self.name, dtypes, "x", "router")
        expect_rank(self.name, "router", shapes["router"], 2)
        experts, hidden = shapes["router"]
        expect_dim(self.name, "last dim of 'x' (hidden)", shapes["x"][-1], hidden)
        _top_k(self, experts)
        return (*shapes["x"][:-1], experts), f32


@irdl_op_definition
class MoESwigluOp(RlxComputeOp):
    """The gate and up projections of the experts each token selected, and their SwiGLU:
    for the ``j``-th nonzero gate of a token (expert ``e``, in expert order),
    ``out[..., j*I:(j+1)*I] = silu(x @ w_gate[e].T) * (x @ w_up[e].T)``. Only the first
    ``top_k`` nonzero gates of a token count.

    Verifies:
    - ``x`` and ``gates`` are ``f32``, ``x`` ``[..., H]``, ``gates`` ``[..., E]`` with the
      leading dims of ``x``; ``w_gate`` and ``w_up`` are both ``[E, I, H]``, of one weight
      type (f32, bf16, f16, ``!rlx.q8_0`` or ``!rlx.q4_0``: ``rlx-weight-format``);
    - ``top_k`` is in ``[1, E]``; the output is ``[..., top_k * I]``.

    Example::

        %a = rlx.moe_swiglu %h, %g, %wg, %wu {top_k = 2 : i64} : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"1xSEQx8", f32>, !rlx.tensor<"8x32x64", f32>, !rlx.tensor<"8x32x64", f32> -> !rlx.tensor<"1xSEQx64", f32>
    """

    name = "rlx.moe_swiglu"
    x = operand_def()
    gates = operand_def()
    w_gate = operand_def()
    w_up = operand_def()
    out = opt_operand_def()
    result = opt_result_def()
    top_k = prop_def(IntegerAttr[I64])
    irdl_options = OPTIONAL_SEGMENTS
    assembly_format = compute_format("x", "gates", "w_gate", "w_up")

    def infer(self, shapes, dtypes):
        expect_f32(self.name, dtypes, "x", "gates")
        expect_weights(self.name, dtypes, "w_gate", "w_up")
        experts, inter, hidden = _experts(self, shapes, "w_gate")
        if shapes["w_up"] != shapes["w_gate"]:
            raise VerifyException(f"{self.name}: operand 'w_up' has shape {fmt(shapes['w_up'])}, expected "
                                  f"{fmt(shapes['w_gate'])}")
        expect_dim(self.name, "last dim of 'x' (hidden)", shapes["x"][-1], hidden)
        _gates(self, shapes, "x", experts)
        return (*shapes["x"][:-1], inter * _top_k(self, experts)), f32


@irdl_op_definition
class MoEDownOp(RlxComputeOp):
    """The down projections of the experts each token selected, weighted by their gates
    and summed: ``out = sum_j gates[..., e_j] * (act[..., j*I:(j+1)*I] @ w_down[e_j].T)``
    over the token's nonzero gates ``e_0 < e_1 < ...`` (the first ``top_k``).

    Verifies:
    - ``act`` and ``gates`` are ``f32``; ``w_down`` is ``[E, H, I]`` of a weight type (f32,
      bf16, f16, ``!rlx.q8_0`` or ``!rlx.q4_0``); ``act`` is ``[..., top_k * I]``,
      ``gates`` ``[..., E]`` with the leading dims of ``act``;
    - ``top_k`` is in ``[1, E]``; the output is ``[..., H]``.

    Example::

        %y = rlx.moe_down %a, %g, %wd {top_k = 2 : i64} : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"1xSEQx8", f32>, !rlx.tensor<"8x64x32", f32> -> !rlx.tensor<"1xSEQx64", f32>
    """

    name = "rlx.moe_down"
    act = operand_def()
    gates = operand_def()
    w_down = operand_def()
    out = opt_operand_def()
    result = opt_result_def()
    top_k = prop_def(IntegerAttr[I64])
    irdl_options = OPTIONAL_SEGMENTS
    assembly_format = compute_format("act", "gates", "w_down")

    def infer(self, shapes, dtypes):
        expect_f32(self.name, dtypes, "act", "gates")
        expect_weights(self.name, dtypes, "w_down")
        experts, hidden, inter = _experts(self, shapes, "w_down")
        k = _top_k(self, experts)
        expect_dim(self.name, "last dim of 'act' (top_k x intermediate)", shapes["act"][-1], inter * k)
        _gates(self, shapes, "act", experts)
        return (*shapes["act"][:-1], hidden), f32

