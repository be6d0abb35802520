"""``rlx-to-loops``: rlx ops on buffers (L2) -> calls of outlined loop kernels (L3).

Each buffer-form rlx op becomes a ``func.call`` of a private kernel function: the op's
static parameters go to ``lowering.kernels.select``, which returns the kernel's typed
spec, and ``lowering.kernels.build`` generates the spec's function (the spec attached
as ``rlx.kernel``). Kernels are deduplicated by spec across the module, so all layers
share them. The entry function then takes flat 1-D memrefs and ``index`` symbol values
in this order (its C ABI, recorded in its ``rlx.abi`` with each argument's role, layout
and shape):

    inputs / KV caches / outputs (as at L2), weights (one per name and layout),
    the arena (``memref<?xi8>``), then the symbols (``MAX_SEQ``, ``PAST_SEQ``, ``SEQ`` …)
    in sorted order.

Temporaries become ``rlx.view`` of the arena at their planned offset.

With ``checks=true`` (a debug build) the entry also takes ``checks``, a violation record
(``memref<?xi64>``, role ``checks``, after the arena), and every kernel is built with
index bounds checks (``lowering/bounds_checks.py``): each call passes the length of
every buffer it hands over, and the record. After each call the float buffer the
kernel wrote is scanned for NaN and infinity (``lowering/finite_checks.py``), so the
record names the first kernel that produced one. ``check_kernels`` in the entries'
``rlx.abi`` names the kernels by the ids the record uses.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from math import prod

from xdsl.builder import Builder, InsertPoint
from xdsl.context import Context
from xdsl.dialects import arith, func
from xdsl.dialects.builtin import (
    DYNAMIC_INDEX,
    IndexType,
    IntegerAttr,
    MemRefType,
    ModuleOp,
    UnitAttr,
    bf16,
    f16,
    f32,
    i8,
    i16,
    i64,
)
from xdsl.ir import Block, Region, SSAValue
from xdsl.passes import ModulePass

from rlx.dialects import rlx
from rlx.dialects.abi import ABI_ATTR, ArgAttr, abi_of, is_buffer_entry
from rlx.dialects.rlx.types import BLOCK_TYPES, Q4_0Type, Q8_0Type
from rlx.dialects.symbolic import SymDim
from rlx.lowering import kernels
from rlx.lowering.kernels import KernelSpec, select
from rlx.lowering.kernels.tuning import apply_tuning, parse_tuning
from rlx.lowering.rlx_pack_weights import packed_layout, weight_operands
from rlx.lowering.finite_checks import F32_BUFFER, FINITE_CHECK, finite_check_function
from rlx.lowering.bounds_checks import RECORD_TYPE, add_bounds_checks, violation_function
from rlx.runtime.errors import PassError
from rlx.lowering.target import Target, parse_target
from rlx.runtime.native_entry import layout_elements

_INDEX = IndexType()


def _memref(element_type) -> MemRefType:
    return MemRefType(element_type, [DYNAMIC_INDEX])


def _stored(element_type) -> MemRefType:
    """The buffer that holds elements of ``element_type``: bf16 as the i16 of its bits (no
    bfloat type reaches LLVM; the kernels widen them in registers), a block format as its
    bytes (i8), any other type as itself."""
    if element_type == bf16:
        return _memref(i16)
    return _memref(i8 if isinstance(element_type, BLOCK_TYPES) else element_type)


def _value_name(text: str) -> str:
    """An SSA name for an ABI name, so that the printed entry reads ``%model.norm.weight``."""
    name = re.sub(r"[^A-Za-z0-9_$.-]", "_", text)
    return "_" + name if name[:1].isdigit() else name


def _numel(shape) -> SymDim:
    total = SymDim(1)
    for dim in shape:
        if dim.is_static:
            total = total * dim.const
        elif total.is_static:
            total = dim * total.const
        else:
            raise PassError(f"rlx-to-loops: shape {rlx.fmt(shape)} has more than one symbolic dim")
    return total


@dataclass
class KernelChecks:
    """Debug builds: the checked kernels of a module, by the id their violations record."""

    names: list[str] = field(default_factory=list)

    def checked(self, kernel: func.FuncOp) -> func.FuncOp:
        self.names.append(kernel.sym_name.data)
        return add_bounds_checks(kernel, len(self.names) - 1)


@dataclass
class _EntryLowering:
    module_kernels: dict[KernelSpec, func.FuncOp]
    fn: func.FuncOp
    checks: KernelChecks | None = None
    target: Target | None = None  # what the kernel choices read (None: the untargeted defaults)
    tuning: dict[str, str] = field(default_factory=dict)  # measured choices by kernel name (``rlxc tune``)
    values: dict[SSAValue, SSAValue] = field(default_factory=dict)
    dims: dict[SymDim, SSAValue] = field(default_factory=dict)
    #: debug builds: each buffer's element count (a shape, or a number) and its length value
    extents: dict[SSAValue, tuple | int] = field(default_factory=dict)
    lengths: dict[SSAValue, SSAValue] = field(default_factory=dict)
    #: buffers of padded rows (``rlx-pad-rows``): (rows, columns, row stride)
    padded: dict[SSAValue, tuple[SymDim, int, int]] = field(default_factory=dict)

    def run(self) -> func.FuncOp:
        fn = self.fn
        old = fn.body.block
        abi = abi_of(fn).fields()
        names, roles = abi_of(fn).names, abi_of(fn).roles
        params = self.collect_params(old)
        symbols = abi["symbols"]
        record = ["checks"] if self.checks is not None else []
        arg_types = [_stored(a.type.element_type) for a in old.args]
        arg_types += self.param_types(old, params) + [_memref(i8)] + [RECORD_TYPE] * len(record)
        arg_types += [_INDEX] * len(symbols)
        block = Block(arg_types=arg_types)
        names += [name for name, _ in params] + ["arena"] + record + symbols
        layouts = [""] * len(old.args) + [layout for _, layout in params] + [""] * (1 + len(record) + len(symbols))
        roles += ["param"] * len(params) + ["arena"] + record + ["symbol"] * len(symbols)
        for arg, name, layout in zip(block.args, names, layouts):
            arg.name_hint = _value_name(name + (f".{layout}" if layout else ""))
        self.values.update(zip(old.args, block.args))
        self.param_args = dict(zip(params, block.args[len(old.args):]))
        self.arena = block.args[len(old.args) + len(params)]
        self.record = block.args[len(old.args) + len(params) + 1] if record else None
        self.extents.update({new: a.type.shape for a, new in zip(old.args, block.args)})
        if record:
            self.extents[self.arena] = abi["arena_bytes"]
        self.symbol_args = dict(zip(symbols, block.args[-len(symbols):] if symbols else []))
        self.builder = Builder(InsertPoint.at_end(block))
        for op in old.ops:
            self.lower(op)
        new = func.FuncOp(fn.sym_name.data, (arg_types, []), Region(block))
        shapes = [t.shape_text.data for t in fn.function_type.inputs.data] + self.param_shapes(old, params)
        shapes += [""] * (len(names) - len(shapes))
        new.attributes[ABI_ATTR] = abi_of(fn).replace(
            args=[ArgAttr(*arg) for arg in zip(names, roles, layouts, shapes)], symbols=())
        new.attributes["rlx.entry"] = UnitAttr()
        return new

    # -- signature
    @staticmethod
    def collect_params(block: Block) -> list[tuple[str, str]]:
        seen: dict[tuple[str, str], None] = {}
        for op in block.ops:
            if isinstance(op, rlx.ParamOp):
                seen[(op.param_name.data, op.layout.data if op.layout else "")] = None
        return list(seen)

    @staticmethod
    def param_types(block: Block, params: list[tuple[str, str]]) -> list[MemRefType]:
        """The buffer of each param: f32, for a bf16 weight i16 holding its bits (no
        bfloat type reaches LLVM; the kernels widen them in registers), for a Q8_0
        weight the bytes of its ``packed16_q8_0`` tiles (i8), an f16 weight f16."""
        types = {}
        for op in block.ops:
            if isinstance(op, rlx.ParamOp):
                types[(op.param_name.data, op.layout.data if op.layout else "")] = op.result.type.element_type
        return [_stored(types[p]) for p in params]

    @staticmethod
    def param_shapes(block: Block, params: list[tuple[str, str]]) -> list[str]:
        shapes = {}
        for op in block.ops:
            if isinstance(op, rlx.ParamOp):
                shapes[(op.param_name.data, op.layout.data if op.layout else "")] = \
                    op.result.type.shape_text.data
        return [shapes[p] for p in params]

    # -- values
    def index(self, dim: SymDim | int) -> SSAValue:
        dim = SymDim.of(dim)
        if dim not in self.dims:
            value = self.const(dim.const)
            for name, coef in dim.terms:
                if name not in self.symbol_args:
                    raise PassError(f"rlx-to-loops: symbol {name} is not bound by the entry (its rlx.abi symbols)")
                term = self.symbol_args[name]
                if coef != 1:
                    term = self.builder.insert(arith.MuliOp(term, self.const(coef))).result
                value = self.builder.insert(arith.AddiOp(value, term)).result
            self.dims[dim] = value
        return self.dims[dim]

    def const(self, value: int) -> SSAValue:
        return self.builder.insert(arith.ConstantOp(IntegerAttr(value, _INDEX))).result

    def call(self, spec: KernelSpec, args: list[SSAValue], writes: list[SSAValue] = ()) -> None:
        """Call the kernel of ``spec``, building each distinct kernel once (checked in a
        debug build, which passes each buffer's length and the record too, and then
        checks that the float buffers ``writes`` the kernel wrote are finite). A kernel the
        tuning names gets its measured block."""
        try:
            spec = apply_tuning(spec, self.tuning, self.target)
        except ValueError as err:
            raise PassError(f"rlx-to-loops: tuning: {err}") from None
        if spec not in self.module_kernels:
            made = kernels.build(spec)
            self.module_kernels[spec] = self.checks.checked(made) if self.checks is not None else made
        name = self.module_kernels[spec].sym_name.data
        if self.checks is not None:
            args = args + [self.length(a) for a in args if isinstance(a.type, MemRefType)] + [self.record]
        self.builder.insert(func.CallOp(name, args, []))
        if self.checks is not None:
            kernel_id = arith.ConstantOp(IntegerAttr(self.checks.names.index(name), i64))
            self.builder.insert(kernel_id)
            for out in writes:
                if out.type == F32_BUFFER:
                    self.builder.insert(func.CallOp(FINITE_CHECK, [out, *self.checked_rows(out), self.record,
                                                                   kernel_id.result], []))

    def checked_rows(self, buffer: SSAValue) -> list[SSAValue]:
        """(rows, columns, row stride) of the values the finite check of ``buffer`` scans:
        a padded buffer's rows without their padding, any other one row of its length."""
        if buffer in self.padded:
            rows, cols, stride = self.padded[buffer]
            return [self.index(rows), self.const(cols), self.const(stride)]
        length = self.length(buffer)
        return [self.const(1), length, length]

    def length(self, buffer: SSAValue) -> SSAValue:
        """The element count of ``buffer`` as an ``index`` value."""
        if buffer not in self.lengths:
            extent = self.extents[buffer]
            if isinstance(extent, int):
                self.lengths[buffer] = self.const(extent)
            else:
                dynamic = [d for d in extent if not d.is_static]
                static = prod(d.const for d in extent if d.is_static)
                value = self.index(dynamic[0] * static if dynamic else SymDim(static))
                for dim in dynamic[1:]:
                    value = self.builder.insert(arith.MuliOp(value, self.index(dim))).result
                self.lengths[buffer] = value
        return self.lengths[buffer]

    # -- ops
    def lower(self, op) -> None:
        if isinstance(op, rlx.ParamOp):
            key = (op.param_name.data, op.layout.data if op.layout else "")
            self.values[op.result] = self.param_args[key]
            self.extents[self.param_args[key]] = layout_elements(
                tuple(d.const for d in op.result.type.shape), key[1])
        elif isinstance(op, rlx.AllocOp):
            if op.offset is None:
                raise PassError("rlx-to-loops: rlx.alloc without an offset (run rlx-plan-memory first)")
            view = rlx.ViewOp(self.arena, op.offset.value.data, _memref(op.result.type.element_type))
            self.values[op.result] = self.builder.insert(view).result
            shape = op.result.type.shape
            self.extents[self.values[op.result]] = shape if op.row_stride is None else \
                (*shape[:-1], SymDim(op.row_elements()))
            if op.row_stride is not None:
                self.padded[self.values[op.result]] = (_rows(shape), shape[-1].const, op.row_elements())
        elif isinstance(op, rlx.KVWriteOp):
            b, s, d = op.new.type.shape
            cap = op.cache.type.shape[1]
            tables = [self.values[t] for t in (op.slot_ids, op.positions) if t is not None]
            slots = [self.index(op.cache.type.shape[0])] if tables else []
            self.call(with_row_strides(select.kv_write(d.const, self.target, slotted=bool(tables),
                                                       kv_format=_kv_format(op.cache.type.element_type),
                                                       ring=op.ring.value.data if op.ring is not None else 0), op),
                      [self.values[op.new], self.values[op.cache], *tables, self.index(b), self.index(s),
                       self.index(SymDim.of(op.offset.data)), self.index(cap), *slots])
        elif isinstance(op, rlx.MultiLinearOp):
            _packed_weights(op)
            spec = with_row_strides(matmul_spec(op, self.target), op)
            args = [op.x, *op.weights, *op.biases, *op.outs]
            self.call(spec, [self.values[v] for v in args] + [self.index(_rows(op.x.type.shape))],
                      [self.values[v] for v in op.outs])
        elif isinstance(op, func.ReturnOp):
            self.builder.insert(func.ReturnOp())
        elif type(op) in LOWERINGS:
            spec, sizes = LOWERINGS[type(op)](op, self.target)
            spec = with_row_strides(spec, op)
            operands = [self.values[v] for v in op.inputs().values()]
            self.call(spec, operands + [self.values[op.out]] + [self.index(s) for s in sizes], [self.values[op.out]])
        else:
            raise PassError(f"rlx-to-loops: no lowering for '{op.name}'")


# -- padded rows (``rlx-pad-rows``)

#: the operands of each op that may be a buffer of padded rows, and the spec field its
#: kernel reads their stride from
STRIDED_OPERANDS: dict[type, tuple[str, ...]] = {
    rlx.LinearOp: ("x",),
    rlx.MultiLinearOp: ("x",),
    rlx.LinearSwigluOp: ("x", "out"),
    rlx.RMSNormOp: ("out",),
    rlx.AttentionOp: ("out",),
}
_STRIDE_FIELDS = {"x": "x_stride", "out": "out_stride"}


def _row_stride(value: SSAValue) -> int:
    """The row stride of a temporary whose rows ``rlx-pad-rows`` padded (0: dense rows)."""
    owner = value.owner
    return owner.row_elements() if isinstance(owner, rlx.AllocOp) and owner.row_stride is not None else 0


def strided_operand(op, value: SSAValue) -> str | None:
    """The name of the operand ``value`` is to ``op`` if its kernel can read or write it at
    a row stride (``STRIDED_OPERANDS``), else None."""
    return next((n for n in STRIDED_OPERANDS.get(type(op), ()) if getattr(op, n) is value), None)


def with_row_strides(spec: KernelSpec, op) -> KernelSpec:
    """``spec`` reading and writing ``op``'s buffers of padded rows at their stride."""
    strides = {}
    for value in op.operands:
        stride = _row_stride(value)
        name = strided_operand(op, value)
        if stride and name is None:
            raise PassError(f"rlx-to-loops: {op.name} cannot read or write a buffer of padded rows (row_stride)")
        if stride:
            strides[_STRIDE_FIELDS[name]] = stride
    try:
        return dataclasses.replace(spec, **strides) if strides else spec
    except ValueError as err:
        raise PassError(f"rlx-to-loops: {op.name}: {err}") from None


# -- per op: (the kernel's spec, from ``select``; its symbolic size arguments)

def _rows(shape) -> SymDim:
    return _numel(shape[:-1])


def _lower_embed(op, target):
    v, h = (d.const for d in op.table.type.shape)
    table = op.table.owner
    packed = isinstance(table, rlx.ParamOp) and table.layout is not None and table.layout.data.startswith("packed")
    stored = element_format(op.table.type.element_type)
    if stored != "f32" and not packed:
        raise PassError(f"rlx-to-loops: rlx.embed reads a {stored} table in the checkpoint's row-major layout; "
                        f"a table in another format than f32 is read as a tied LM head's packed copy "
                        f"(run rlx-pack-weights before rlx-to-loops)")
    return select.embed(h, v, packed, target, stored), [_numel(op.ids.type.shape)]


def _lower_rms_norm(op, target):
    x = op.x.type.shape
    return select.rms_norm(x[-1].const, op.w.type.shape[0].const, op.eps.value.data, target), [_rows(x)]


def is_tensor_entry(fn: func.FuncOp) -> bool:
    """An entry function still in tensor form (L1): it returns its results."""
    return abi_of(fn) is not None and bool(fn.function_type.outputs.data)


def _packed_weights(op) -> None:
    """The matmul kernels read their weights in the ``packed16`` layout that the runtime
    packs at load time: a weight in any other layout would be read as garbage."""
    for index in weight_operands(op):
        param = op.operands[index].owner
        if not isinstance(param, rlx.ParamOp):
            raise PassError(f"rlx-to-loops: {op.name} reads a weight that is not an rlx.param "
                            f"(the matmul kernels read params packed at load time)")
        want = packed_layout(param.result.type.element_type)
        if param.layout is None or param.layout.data != want:
            layout = f"layout '{param.layout.data}'" if param.layout else "the checkpoint's row-major layout"
            raise PassError(f"rlx-to-loops: {op.name} reads weight '{param.param_name.data}' in {layout}, "
                            f"but the matmul kernels read '{want}': run rlx-pack-weights before rlx-to-loops")


def weight_format(op) -> str:
    """How a matmul's weights are stored (its verifier makes them share one type)."""
    return element_format(op.operands[weight_operands(op)[0]].type.element_type)


def element_format(element_type) -> str:
    """The kernels' name of a weight's element type."""
    if isinstance(element_type, Q8_0Type):
        return "q8_0"
    if isinstance(element_type, Q4_0Type):
        return "q4_0"
    return {bf16: "bf16", f16: "f16"}.get(element_type, "f32")


def matmul_spec(op, target) -> KernelSpec:
    """The dense kernel of an ``rlx.linear``, ``rlx.multi_linear`` or ``rlx.linear_swiglu``
    (its weights' layout unchecked: ``rlx-pad-rows`` asks before they are packed)."""
    fmt = weight_format(op)
    if isinstance(op, rlx.MultiLinearOp):
        ns = tuple(w.type.shape[0].const for w in op.weights)
        return select.multi_linear(op.x.type.shape[-1].const, ns, bool(op.biases), target, fmt)
    if isinstance(op, rlx.LinearSwigluOp):
        n, k = (d.const for d in op.w_gate.type.shape)
        return select.linear_swiglu(k, n, target, fmt)
    n, k = (d.const for d in op.w.type.shape)
    return select.linear(k, n, op.bias is not None, target, fmt, residual=op.residual is not None)


def _lower_matmul(op, target):
    _packed_weights(op)
    return matmul_spec(op, target), [_rows(op.x.type.shape)]


def _lower_rope(op, target):
    b, s, width = op.x.type.shape
    hd = op.head_dim.value.data
    return (select.rope(width.const // hd, hd, target, per_row=op.positions is not None),
            [b, s, SymDim.of(op.offset.data)])


def _kv_format(element_type) -> str:
    """The format name of a KV cache's element type (f32, bf16 or f16)."""
    return {bf16: "bf16", f16: "f16"}.get(element_type, "f32")


def attention_spec(op, target) -> KernelSpec:
    """The kernel of an ``rlx.attention`` (buffer form)."""
    s = op.q.type.shape[1]
    heads = (op.num_heads.value.data, op.num_kv_heads.value.data, op.head_dim.value.data)
    queries = s.const if s.is_static else None  # static query positions per sequence (1: decode)
    return select.attention(*heads, op.causal is not None, op.mask is not None, queries, target,
                            slotted=op.slot_ids is not None, kv_format=_kv_format(op.k.type.element_type),
                            window=op.window_size(), ring=op.ring_rows())


def _lower_attention(op, target):
    b, s, _ = op.q.type.shape
    slots = [op.k.type.shape[0]] if op.slot_ids is not None else []
    return attention_spec(op, target), [b, s, op.kv_length(), op.k.type.shape[1], *slots]


def _elementwise(family: str):
    return lambda op, target: (select.elementwise(family, target), [_numel(op.out.type.shape)])


def _lower_gather_last(op, target):
    b, s, h = op.x.type.shape
    return select.gather_last(h.const, target), [b, s]


def _stacked_packed(op, *weights) -> str:
    """The expert kernels read stacked weights packed expert by expert in the tiles of
    their format (``packed16``, ``packed16_q8_0`` ...); returns that format."""
    for w in weights:
        param = w.owner
        want = packed_layout(w.type.element_type)
        if not (isinstance(param, rlx.ParamOp) and param.layout is not None and param.layout.data == want):
            raise PassError(f"rlx-to-loops: {op.name} reads its experts' weights packed ('{want}'): run "
                            f"rlx-pack-weights before rlx-to-loops")
    return element_format(weights[0].type.element_type)


def _lower_moe_gate(op, target):
    experts, hidden = (d.const for d in op.router.type.shape)
    return (select.moe_gate(hidden, experts, op.top_k.value.data, op.normalize is not None, target),
            [_rows(op.x.type.shape)])


def _lower_moe_swiglu(op, target):
    fmt = _stacked_packed(op, op.w_gate, op.w_up)
    experts, inter, hidden = (d.const for d in op.w_gate.type.shape)
    return (select.moe_matmul("moe_swiglu", hidden, inter, experts, op.top_k.value.data, target, fmt),
            [_rows(op.x.type.shape)])


def _lower_moe_down(op, target):
    fmt = _stacked_packed(op, op.w_down)
    experts, hidden, inter = (d.const for d in op.w_down.type.shape)
    return (select.moe_matmul("moe_down", hidden, inter, experts, op.top_k.value.data, target, fmt),
            [_rows(op.act.type.shape)])


LOWERINGS: dict[type, Callable] = {
    rlx.EmbedOp: _lower_embed,
    rlx.RMSNormOp: _lower_rms_norm,
    rlx.LinearOp: _lower_matmul,
    rlx.LinearSwigluOp: _lower_matmul,
    rlx.RopeOp: _lower_rope,
    rlx.AttentionOp: _lower_attention,
    rlx.SwigluOp: _elementwise("swiglu"),
    rlx.SiluOp: _elementwise("silu"),
    rlx.AddOp: _elementwise("add"),
    rlx.MulOp: _elementwise("mul"),
    rlx.GatherLastOp: _lower_gather_last,
    rlx.MoEGateOp: _lower_moe_gate,
    rlx.MoESwigluOp: _lower_moe_swiglu,
    rlx.MoEDownOp: _lower_moe_down,
}


@dataclass(frozen=True)
class RlxToLoopsPass(ModulePass):
    """Outline one loop kernel per (op, static shape) and call it from the entry."""

    name = "rlx-to-loops"
    checks: bool = False
    #: the CPU the kernels are chosen for (``host``, ``znver2``, ``x86-64-v3,+avx512f``, ...)
    target: str = "host"
    #: measured choices that replace the selected ones, ``kernel=choice;...``
    #: (:mod:`rlx.lowering.kernels.tuning`; written by ``rlxc tune``)
    tuning: str = ""

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        found: dict[KernelSpec, func.FuncOp] = {}
        checks = KernelChecks() if self.checks else None
        target = parse_target(self.target)
        try:
            tuning = parse_tuning(self.tuning)
        except ValueError as err:
            raise PassError(f"rlx-to-loops: {err}") from None
        entries = []
        for fn in list(op.ops):
            if isinstance(fn, func.FuncOp) and is_tensor_entry(fn):
                raise PassError(f"rlx-to-loops reads buffers (L2), but @{fn.sym_name.data} is still on "
                                f"tensors (L1): run rlx-bufferize before rlx-to-loops")
            if isinstance(fn, func.FuncOp) and is_buffer_entry(fn) and "rlx.entry" not in fn.attributes:
                new = _EntryLowering(found, fn, checks, target, tuning=tuning).run()
                op.body.block.insert_op_before(new, fn)
                op.body.block.erase_op(fn)
                entries.append(new)
        if checks is not None:
            for new in entries:
                new.attributes[ABI_ATTR] = abi_of(new).replace(check_kernels=checks.names)
            op.body.block.add_op(violation_function())
            op.body.block.add_op(finite_check_function())
        existing = {f.sym_name.data for f in op.ops if isinstance(f, func.FuncOp)}
        for kernel in sorted(found.values(), key=lambda k: k.sym_name.data):
            if kernel.sym_name.data not in existing:
                existing.add(kernel.sym_name.data)
                op.body.block.add_op(kernel)
