"""``rlx-bufferize``: rlx ops on tensors (L1) -> rlx ops on buffers in
destination-passing style (L2).

* Every function result becomes a trailing ``outs`` argument written by the op that
  computes it, except KV side outputs: a ``rlx.kv_concat`` of a past-K/V *argument*
  and new rows becomes ``rlx.kv_write`` into that argument, which is then a KV cache
  of capacity ``MAX_SEQ`` rows (``[B, MAX_SEQ, D]``), updated in place. The
  attention reading it gets ``kv_len`` = past + new rows. A ``kv_concat`` with
  ``ring = C`` (a windowed layer) makes a ring-buffer cache of ``C`` rows (``[B, C, D]``)
  and records that a call adds at most ``C - window + 1`` rows (``SEQ <= ...``: the keys
  of its first query are still there when its last is written).
* Every other intermediate value gets a ``rlx.alloc`` (placed by ``rlx-plan-memory``).

The function's ``rlx.abi`` (``dialects/abi.py``) then lists every argument with its role
(``input``, ``kv_cache``, ``output``), the KV outputs (output name -> cache), the
symbolic dims whose values the caller binds, and the constraints ``a <= b`` that the
caller must check (KV rows written stay within the cache, RoPE positions within the
table).
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.builder import Builder, InsertPoint
from xdsl.context import Context
from xdsl.dialects import func
from xdsl.dialects.builtin import ModuleOp, StringAttr
from xdsl.ir import Block, Region, SSAValue
from xdsl.passes import ModulePass

from rlx.dialects import rlx
from rlx.dialects.abi import ABI_ATTR, ArgAttr, abi_of
from rlx.dialects.symbolic import SymDim
from rlx.runtime.abi import MAX_SEQ
from rlx.runtime.errors import PassError

CAPACITY = MAX_SEQ


def _buffer(t: rlx.TensorType) -> rlx.BufferType:
    return rlx.BufferType(t.shape, t.element_type)


def _ring_window(op: rlx.KVConcatOp) -> int:
    """The window of the attention that reads the ring-buffer cache ``op`` writes."""
    windows = {use.operation.window_size() for use in op.result.uses if isinstance(use.operation, rlx.AttentionOp)}
    if len(windows) != 1 or not 1 <= min(windows) <= op.ring_rows():
        raise PassError(f"rlx-bufferize: a rlx.kv_concat with ring {op.ring_rows()} needs one attention "
                        f"with a window of at most {op.ring_rows()} reading it")
    return windows.pop()


def _in_place_kv(fn: func.FuncOp) -> dict[int, int]:
    """result index -> arg index of returned ``kv_concat(past=arg, new)`` values."""
    ret = fn.body.block.last_op
    found = {}
    for index, value in enumerate(ret.operands):
        op = value.owner
        if isinstance(op, rlx.KVConcatOp) and isinstance(op.past, SSAValue) \
                and op.past in fn.body.block.args:
            found[index] = fn.body.block.args.index(op.past)
    return found


@dataclass
class _Converter:
    fn: func.FuncOp

    def run(self) -> func.FuncOp:
        fn = self.fn
        old = fn.body.block
        ret = old.last_op
        abi = abi_of(fn)
        in_names, out_names = abi.names, abi.fields()["outputs"]
        kv = _in_place_kv(fn)
        cache_args = set(kv.values())
        rings = {a: SymDim(ret.operands[r].owner.ring_rows()) for r, a in kv.items()
                 if ret.operands[r].owner.ring_rows()}
        arg_types = []
        for i, arg in enumerate(old.args):
            t = _buffer(arg.type)
            if i in cache_args:
                b, _, d = arg.type.shape
                t = rlx.BufferType((b, rings.get(i, SymDim.of(CAPACITY)), d), arg.type.element_type)
            arg_types.append(t)
        out_indices = [i for i in range(len(ret.operands)) if i not in kv]
        for i in out_indices:
            arg_types.append(_buffer(ret.operands[i].type))
        block = Block(arg_types=arg_types)
        names = in_names + [out_names[i] for i in out_indices]
        roles = ["kv_cache" if i in cache_args else "input" for i in range(len(old.args))]
        roles += ["output"] * len(out_indices)
        for arg, name in zip(block.args, names):
            arg.name_hint = name
        self.values: dict[SSAValue, SSAValue] = dict(zip(old.args, block.args))
        self.dest: dict[SSAValue, SSAValue] = {
            ret.operands[i]: block.args[len(old.args) + j] for j, i in enumerate(out_indices)
        }
        self.kv_len: dict[SSAValue, SymDim] = {}
        self.constraints: list[tuple[SymDim, SymDim]] = []
        self.builder = Builder(InsertPoint.at_end(block))
        for op in old.ops:
            if op is not ret:
                self.convert(op)
        self.builder.insert(func.ReturnOp())
        new = func.FuncOp(fn.sym_name.data, (arg_types, []), Region(block))
        for key, value in fn.attributes.items():
            if key not in ("function_type", "sym_name"):
                new.attributes[key] = value
        symbols = {name for a in old.args for d in a.type.shape for name in d.symbols}
        symbols |= {CAPACITY} if cache_args else set()
        new.attributes[ABI_ATTR] = abi.replace(
            args=[ArgAttr(n, r) for n, r in zip(names, roles)], symbols=sorted(symbols),
            constraints=[(str(lo), str(hi)) for lo, hi in self.constraints],
            kv_outputs={out_names[r]: in_names[a] for r, a in kv.items()})
        return new

    def destination(self, value: SSAValue) -> SSAValue:
        if value in self.dest:
            return self.dest[value]
        alloc = self.builder.insert(rlx.AllocOp(_buffer(value.type)))
        return alloc.result

    def convert(self, op) -> None:
        if isinstance(op, rlx.ParamOp):
            new = rlx.ParamOp(op.param_name.data, _buffer(op.result.type),
                              op.layout.data if op.layout else None)
            self.builder.insert(new)
            self.values[op.result] = new.result
        elif isinstance(op, rlx.KVConcatOp):
            self.convert_kv_concat(op)
        elif isinstance(op, rlx.RlxComputeOp):
            self.convert_compute(op)
        else:
            raise PassError(f"rlx-bufferize: cannot bufferize op '{op.name}'")

    def convert_kv_concat(self, op: rlx.KVConcatOp) -> None:
        cache = self.values[op.past]
        ring = op.ring_rows()
        rows = SymDim(ring) if ring else SymDim.of(CAPACITY)
        if not (isinstance(cache.owner, Block) and cache.type.shape[1] == rows):
            raise PassError("rlx-bufferize: rlx.kv_concat needs a past K/V function argument "
                            "whose concatenation is returned (a KV side output)")
        offset, new_rows = op.past.type.shape[1], op.new.type.shape[1]
        self.require(offset + new_rows, SymDim.of(CAPACITY))
        props = {"offset": StringAttr(str(offset))}
        if ring:  # the first query's window must not be overwritten by the call's last rows
            self.require(new_rows, SymDim(ring - _ring_window(op) + 1))
            props["ring"] = op.ring
        tables = [[self.values[t]] if t is not None else [] for t in (op.slot_ids, op.positions)]
        self.builder.insert(rlx.KVWriteOp.build(
            operands=[self.values[op.new], cache, *tables], properties=props))
        self.values[op.result] = cache
        self.kv_len[op.result] = op.result.type.shape[1]

    def require(self, low: SymDim, high: SymDim) -> None:
        """Record ``low <= high``, which the caller must guarantee (e.g. KV capacity)."""
        if not (low.is_static and high.is_static) and (low, high) not in self.constraints:
            self.constraints.append((low, high))

    def convert_compute(self, op: rlx.RlxComputeOp) -> None:
        if isinstance(op, rlx.RopeOp):
            self.require(SymDim.of(op.offset.data) + op.x.type.shape[1], op.cos.type.shape[0])
        operands = {name: self.values[v] for name, v in op.inputs().items()}
        props = dict(op.properties)
        props.pop("operandSegmentSizes", None)
        if isinstance(op, rlx.AttentionOp) and op.k in self.kv_len:
            props["kv_len"] = StringAttr(str(self.kv_len[op.k]))
        out = self.destination(op.results[0])
        self.builder.insert(rlx.make_compute(type(op), operands, out=out, properties=props))
        self.values[op.results[0]] = out


class RlxBufferizePass(ModulePass):
    """rlx tensors -> rlx buffers in destination-passing style, KV caches in place."""

    name = "rlx-bufferize"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for fn in list(op.ops):
            if isinstance(fn, func.FuncOp) and abi_of(fn) is not None and fn.function_type.outputs.data:
                new = _Converter(fn).run()
                op.body.block.insert_op_before(new, fn)
                op.body.block.erase_op(fn)
