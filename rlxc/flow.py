"""``ModelFlow``: a builder that assembles a model from stages into the ``rlx`` dialect.

A flow is a list of stages applied in order to a :class:`FlowContext` that holds the
"current" hidden state. ``build(weights)`` checks every weight the stages reference
against the checkpoint (name and shape) and returns a :class:`BuiltModel` holding a
``builtin.module`` with one ``func.func`` in the rlx dialect (level L1).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from xdsl.builder import Builder, InsertPoint
from xdsl.dialects import func
from xdsl.dialects.builtin import (
    ArrayAttr,
    BoolAttr,
    DictionaryAttr,
    FloatAttr,
    IntegerAttr,
    ModuleOp,
    StringAttr,
    UnitAttr,
    f32,
    f64,
    i32,
)
from xdsl.ir import Block, Region, SSAValue

from rlx.dialects import rlx
from rlx.dialects.abi import ABI_ATTR, AbiAttr, ArgAttr, abi_of
from rlx.dialects.symbolic import SymDim
from rlxc.profile import CompileProfile
from rlx.runtime.errors import ConfigError, WeightError
from rlx.runtime.weights import expand_stacked, is_stacked

Stage = Callable[["FlowContext"], None]


@dataclass(frozen=True)
class RopeTablesStage:
    """RoPE cos/sin tables ``[max_pos, half]`` as generated constants.

    A scaled RoPE (``scaling`` names its type) carries the inverse frequencies computed
    at compile time and the factor cos/sin are multiplied by; the default RoPE's recipe
    is only ``theta`` and ``head_dim``."""

    max_positions: int
    half: int
    theta: float
    scaling: str | None = None
    inv_freq: tuple[float, ...] | None = None
    attention_scaling: float = 1.0

    @staticmethod
    def param(max_positions: int, half: int, theta: float) -> "RopeTablesStage":
        return RopeTablesStage(max_positions, half, theta)

    def recipe(self) -> dict[str, Any]:
        recipe: dict[str, Any] = {"theta": self.theta, "head_dim": 2 * self.half}
        if self.scaling is not None:
            recipe.update(scaling=self.scaling, inv_freq=list(self.inv_freq),
                          attention_scaling=self.attention_scaling)
        return recipe


class SideOutputs:
    """Extra outputs (KV) that stages register; they follow the primary output."""

    def __init__(self) -> None:
        self.items: list[tuple[str, SSAValue]] = []

    def add(self, name: str, value: SSAValue) -> None:
        self.items.append((name, value))


class FlowContext:
    """What a stage sees: the current hidden value, inputs, params, op helpers."""

    def __init__(self, builder: Builder, inputs: dict[str, SSAValue], weights: "WeightShapes"):
        self.builder = builder
        self.inputs = inputs
        self.weights = weights
        self.hidden: SSAValue | None = None
        self.side = SideOutputs()
        self.constants: dict[str, dict[str, Any]] = {}
        self.decode_bindings: dict[str, Any] = {}
        self._params: dict[str, SSAValue] = {}

    # -- values
    def input(self, name: str) -> SSAValue:
        if name not in self.inputs:
            raise ConfigError(f"flow has no input named '{name}'")
        return self.inputs[name]

    def param(self, name: str, shape: Sequence[int]) -> SSAValue:
        """A weight from the checkpoint (or a registered constant), checked by shape."""
        if name not in self._params:
            if name not in self.constants:
                self.weights.require(name, tuple(shape))
            op = rlx.ParamOp(name, rlx.TensorType(shape, f32))
            self.builder.insert(op)
            self._params[name] = op.result
        value = self._params[name]
        if tuple(d.const for d in value.type.shape) != tuple(shape):
            raise WeightError(f"param '{name}' used with shape {list(shape)} and {value.type.shape_text.data}")
        return value

    def constant(self, name: str, shape: Sequence[int], recipe: dict[str, Any]) -> SSAValue:
        """A param whose data the runtime generates from ``recipe`` (rope tables, zeros)."""
        self.constants[name] = {"shape": list(shape), **recipe}
        return self.param(name, shape)

    # -- ops
    def op(self, op_cls, operands: Mapping[str, SSAValue | None], shape, dtype=f32, **props) -> SSAValue:
        properties = {k: _prop(v) for k, v in props.items() if v is not None and v is not False}
        op = rlx.make_compute(
            op_cls, dict(operands), result_type=rlx.TensorType(shape, dtype), properties=properties
        )
        self.builder.insert(op)
        return op.results[0]

    def embed(self, ids: SSAValue, table: SSAValue) -> SSAValue:
        return self.op(rlx.EmbedOp, {"ids": ids, "table": table}, (*ids.type.shape, table.type.shape[1]))

    def rms_norm(self, x: SSAValue, w: SSAValue, eps: float) -> SSAValue:
        return self.op(rlx.RMSNormOp, {"x": x, "w": w}, x.type.shape, eps=FloatAttr(eps, f32))

    def linear(self, x: SSAValue, w: SSAValue, bias: SSAValue | None = None) -> SSAValue:
        shape = (*x.type.shape[:-1], w.type.shape[0])
        return self.op(rlx.LinearOp, {"x": x, "w": w, "bias": bias}, shape)

    def rope(self, x: SSAValue, cos: SSAValue, sin: SSAValue, head_dim: int, offset: SymDim,
             scaling: tuple[str, Mapping[str, Any]] | None = None, positions: SSAValue | None = None) -> SSAValue:
        """RoPE; ``scaling`` (type, parameters) records a scaled RoPE's tables in the IR;
        ``positions`` (a slotted decode) places each row on its own (``offset`` bounds them)."""
        kind, params = scaling if scaling is not None else (None, None)
        return self.op(rlx.RopeOp, {"x": x, "cos": cos, "sin": sin, "positions": positions}, x.type.shape,
                       head_dim=head_dim, offset=str(offset), scaling=kind,
                       scaling_params=None if params is None else _dict_attr(params))

    def attention(self, q, k, v, mask, num_heads: int, num_kv_heads: int, head_dim: int,
                  rows: RowTables | None = None, window: int = 0, ring: int = 0) -> SSAValue:
        """Causal attention; ``window`` > 0: a sliding window of that many keys (the op's
        ``window``, absent for 0); ``ring`` > 0: the keys are in a ring buffer of that many rows."""
        return self.op(rlx.AttentionOp, {"q": q, "k": k, "v": v, "mask": mask, **_row_operands(rows)},
                       q.type.shape,
                       num_heads=num_heads, num_kv_heads=num_kv_heads, head_dim=head_dim, causal=True,
                       window=window or None, ring=ring or None)

    def binary(self, op_cls, lhs: SSAValue, rhs: SSAValue) -> SSAValue:
        return self.op(op_cls, {"lhs": lhs, "rhs": rhs}, lhs.type.shape)

    def silu(self, x: SSAValue) -> SSAValue:
        return self.op(rlx.SiluOp, {"x": x}, x.type.shape)

    def gather_last(self, x: SSAValue) -> SSAValue:
        b, _, h = x.type.shape
        return self.op(rlx.GatherLastOp, {"x": x}, (b, 1, h))

    def kv_concat(self, past: SSAValue, new: SSAValue, rows: "RowTables | None" = None, ring: int = 0) -> SSAValue:
        """Past and new K (or V); with ``rows``, row r of ``new`` lands in its own slot;
        ``ring`` > 0: the cache is a ring buffer of that many rows."""
        (b, p, d), (_, s, _) = past.type.shape, new.type.shape
        return self.op(rlx.KVConcatOp, {"past": past, "new": new, **_row_operands(rows)}, (b, p + s, d),
                       ring=ring or None)


@dataclass(frozen=True)
class RowTables:
    """A slotted decode's per-row inputs: the KV slot and the position of each row."""

    slot_ids: SSAValue
    positions: SSAValue


def _row_operands(rows: RowTables | None) -> dict[str, SSAValue]:
    return {} if rows is None else {"slot_ids": rows.slot_ids, "positions": rows.positions}


def _dict_attr(values: Mapping[str, Any]) -> DictionaryAttr:
    """Numbers, booleans and tuples of them as a dictionary attribute (floats as f64, ints
    as i64, a tuple as an array)."""
    def attr(v):
        if isinstance(v, bool):
            return BoolAttr.from_bool(v)
        if isinstance(v, int):
            return IntegerAttr(v, 64)
        if isinstance(v, (tuple, list)):
            return ArrayAttr([attr(x) for x in v])
        return FloatAttr(float(v), f64)
    return DictionaryAttr({k: attr(v) for k, v in values.items()})


def _prop(value: Any):
    if isinstance(value, bool):
        return UnitAttr()
    if isinstance(value, int):
        return IntegerAttr(value, 64)
    if isinstance(value, str):
        return StringAttr(value)
    return value


class WeightShapes:
    """The weights a flow may use: name -> shape, from a checkpoint or a dict."""

    def __init__(self, shapes: Mapping[str, tuple[int, ...]] | None, where: str = "weights"):
        self.shapes = dict(shapes) if shapes is not None else None
        self.where = where
        self.used: dict[str, tuple[int, ...]] = {}

    @staticmethod
    def of(weights: Any) -> "WeightShapes":
        if weights is None or isinstance(weights, WeightShapes):
            return weights or WeightShapes(None)
        if hasattr(weights, "names") and hasattr(weights, "shape"):  # runtime.weights.WeightSource
            return WeightShapes({n: tuple(weights.shape(n)) for n in weights.names()},
                                str(getattr(weights, "where", "checkpoint")))
        return WeightShapes({n: tuple(getattr(a, "shape", a)) for n, a in dict(weights).items()})

    def require(self, name: str, shape: tuple[int, ...]) -> None:
        """``name`` is in the weights with ``shape``; a stacked weight (experts: see
        :data:`rlx.runtime.weights.STACK_MARK`) is checked member by member."""
        self.used[name] = shape
        if self.shapes is None:
            return
        if is_stacked(name) and name not in self.shapes:
            for member, member_shape in expand_stacked([(name, shape)]):
                self.require(member, member_shape)
                del self.used[member]
            return
        if name not in self.shapes:
            raise WeightError(f"missing weight '{name}' (expected shape {list(shape)}) in {self.where}")
        if tuple(self.shapes[name]) != shape:
            raise WeightError(
                f"weight '{name}' has shape {list(self.shapes[name])}, expected {list(shape)}"
            )


@dataclass
class BuiltModel:
    """A flow turned into rlx IR: the module, the weights it reads, generated constants."""

    name: str
    module: ModuleOp
    profile: CompileProfile
    params: dict[str, tuple[int, ...]]
    constants: dict[str, dict[str, Any]]
    spec: dict[str, Any] = field(default_factory=dict)

    @property
    def entry(self) -> func.FuncOp:
        return next(op for op in self.module.ops if isinstance(op, func.FuncOp))

    @property
    def output_names(self) -> list[str]:
        return abi_of(self.entry).fields()["outputs"]

    def to_json(self) -> str:
        """The flow spec this model was built from (recompile with ``rlxc compile``)."""
        return json.dumps(self.spec, indent=2, sort_keys=True)


class ModelFlow:
    """Builder for a model: ``ModelFlow(name).input(...).token_embed()...build(w)``."""

    def __init__(self, name: str):
        self.name = name
        self.profile = CompileProfile.prefill()
        self.inputs: list[tuple[str, tuple, Any]] = []
        self.stages: list[Stage] = []
        self.outputs: list[str] = []
        self.spec: dict[str, Any] = {}

    # -- configuration
    def with_profile(self, profile: CompileProfile) -> "ModelFlow":
        self.profile = profile
        return self

    def input(self, name: str, shape: Sequence[int | str], dtype: str = "f32") -> "ModelFlow":
        self.inputs.append((name, tuple(shape), i32 if dtype == "i32" else f32))
        return self

    def stage(self, stage: Stage) -> "ModelFlow":
        self.stages.append(stage)
        return self

    raw_stage = stage

    # -- stages
    def rope_tables(self, tables: RopeTablesStage) -> "ModelFlow":
        def register(ctx: FlowContext) -> None:
            shape = (tables.max_positions, tables.half)
            for kind in ("cos", "sin"):
                ctx.constant(f"rope.{kind}", shape, {"kind": f"rope_{kind}", **tables.recipe()})
        return self.stage(register)

    def zero_beta_named(self, name: str, size: int) -> "ModelFlow":
        """Register a zero vector param ``name`` of ``size`` (a norm's beta / a zero bias)."""
        def register(ctx: FlowContext) -> None:
            ctx.constants.setdefault(name, {"shape": [size], "kind": "zeros"})
        return self.stage(register)

    def token_embed(self, table: str = "model.embed_tokens.weight", vocab: int | None = None,
                    hidden: int | None = None) -> "ModelFlow":
        def embed(ctx: FlowContext) -> None:
            ids = ctx.input("input_ids")
            v = vocab if vocab is not None else ctx.decode_bindings["vocab"]
            h = hidden if hidden is not None else ctx.decode_bindings["hidden"]
            ctx.hidden = ctx.embed(ids, ctx.param(table, (v, h)))
        return self.stage(embed)

    def repeat_layers(self, count: int, layer: Callable[[int], Stage]) -> "ModelFlow":
        for index in range(count):
            self.stage(layer(index))
        return self

    def gather_last_token_at(self, batch: int, seq: int | str) -> "ModelFlow":
        """Keep the last of ``seq`` tokens of each of ``batch`` sequences: the hidden
        ``[batch, seq, H]`` becomes ``[batch, 1, H]`` (a hidden of another shape is an error)."""
        expected = (SymDim.of(batch), SymDim.of(seq))

        def gather(ctx: FlowContext) -> None:
            shape = tuple(ctx.hidden.type.shape)
            if len(shape) != 3 or shape[:2] != expected:
                raise ConfigError(f"gather_last_token_at({batch}, {seq}): the hidden state is "
                                  f"{ctx.hidden.type.shape_text.data}, not {batch}x{seq}xH")
            ctx.hidden = ctx.gather_last(ctx.hidden)
        return self.stage(gather)

    def final_norm(self, eps: float, weight: str = "model.norm.weight") -> "ModelFlow":
        def norm(ctx: FlowContext) -> None:
            h = ctx.hidden.type.shape[-1].const
            ctx.hidden = ctx.rms_norm(ctx.hidden, ctx.param(weight, (h,)), eps)
        return self.stage(norm)

    def bind_decode_inputs(self, num_layers: int, use_custom_mask: bool) -> "ModelFlow":
        """Layers read ``past_k_{i}``/``past_v_{i}`` (and ``mask``) from the flow inputs."""
        def bind(ctx: FlowContext) -> None:
            ctx.decode_bindings["past"] = [(ctx.input(f"past_k_{i}"), ctx.input(f"past_v_{i}"))
                                           for i in range(num_layers)]
            ctx.decode_bindings["mask"] = ctx.input("mask") if use_custom_mask else None
        return self.stage(bind)

    def bind_row_tables(self) -> "ModelFlow":
        """Layers read each row's slot and position from the inputs ``slot_ids`` and
        ``positions`` (a slotted decode)."""
        def bind(ctx: FlowContext) -> None:
            ctx.decode_bindings["rows"] = RowTables(ctx.input("slot_ids"), ctx.input("positions"))
        return self.stage(bind)

    def output(self, name: str) -> "ModelFlow":
        self.outputs.append(name)
        return self

    # -- build
    def build(self, weights: Any = None, bindings: Mapping[str, Any] | None = None) -> BuiltModel:
        """Apply the stages; ``weights`` (a checkpoint or ``{name: array}``) is checked."""
        shapes = WeightShapes.of(weights)
        block = Block(arg_types=[rlx.TensorType(shape, dt) for _, shape, dt in self.inputs])
        for arg, (name, _, _) in zip(block.args, self.inputs):
            arg.name_hint = name
        builder = Builder(InsertPoint.at_end(block))
        ctx = FlowContext(builder, {n: a for (n, _, _), a in zip(self.inputs, block.args)}, shapes)
        ctx.decode_bindings.update(bindings or {})
        for stage in self.stages:
            stage(ctx)
        if ctx.hidden is None:
            raise ConfigError(f"flow '{self.name}' produced no value")
        if len(self.outputs) != 1:
            raise ConfigError(f"flow '{self.name}' needs exactly one output(), got {len(self.outputs)}")
        results = [(self.outputs[0], ctx.hidden), *ctx.side.items]
        builder.insert(func.ReturnOp(*[v for _, v in results]))
        entry = func.FuncOp(self.name, ([a.type for a in block.args], [v.type for _, v in results]),
                            Region(block))
        entry.attributes[ABI_ATTR] = AbiAttr([ArgAttr(n, "input") for n, _, _ in self.inputs],
                                             outputs=[n for n, _ in results])
        module = ModuleOp([entry])
        module.verify()
        return BuiltModel(self.name, module, self.profile, dict(shapes.used),
                          dict(ctx.constants), dict(self.spec))
