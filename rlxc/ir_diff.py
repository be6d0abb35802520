"""A structural IR diff keyed by stable op names: what a pass added, removed, rewrote.

Printing two modules and diffing the text shows every op of a lowered model as
changed, because SSA numbers shift. Instead each op gets a *key* that survives
passes and renumbering:

* the layer scope, ``L3/`` (ops from the first op that reads a ``layers.3.`` weight
  up to the next layer; ops outside the layers have no scope);
* for an op that reads weights: its name and the weights, without the
  ``model.layers.N.`` prefix and ``.weight`` suffix: ``linear[self_attn.q_proj]``;
* for a pure op (no side effect, no region): its value, ``arith.addi(%const[0 : index], %SEQ)``
  (so CSE shows up as removed duplicates, not as rewired users);
* for a buffer (``rlx.alloc``): the op that writes it, ``alloc>linear[mlp.up_proj]``;
* otherwise the op name; then ``#k`` for the k-th op with the same key in its scope.

Nested ops are keyed by the path of their parents. An op's *text* is its name,
operands (named by the keys of their producers, weights as ``@name``), attributes
and types; a key present on both sides with a different text is *rewritten*.

Layers repeat: changes that are equal up to the layer index are printed once, with
the layers they occur in (``x28``).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from xdsl.dialects import func
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Attribute, Block, Operation, SSAValue
from xdsl.traits import Pure

from rlx.dialects.abi import abi_of

_LAYER = re.compile(r"(?:^|\.)layers\.(\d+)\.")
#: Ops that only provide a buffer: keyed after the op that writes it.
DESTINATIONS = ("rlx.alloc",)
#: Attributes left out of value keys (they rarely tell two values apart).
_KEY_NOISE = ("overflowFlags", "fastmath", "operandSegmentSizes")
_MAX_VALUE_KEY = 48


@dataclass(frozen=True)
class OpRecord:
    key: str
    layer: int | None
    text: str


@dataclass
class FuncSummary:
    """One function: its signature/attributes and its ops by key, in op order."""

    name: str
    header: dict[str, str]
    ops: dict[str, OpRecord] = field(default_factory=dict)

    @property
    def layers(self) -> set[int]:
        return {r.layer for r in self.ops.values() if r.layer is not None}


def layer_of(name: str) -> int | None:
    m = _LAYER.search(name)
    return int(m.group(1)) if m else None


def short_param(name: str) -> str:
    """``model.layers.3.mlp.up_proj.weight:packed16`` -> ``mlp.up_proj:packed16``."""
    name, colon, layout = name.partition(":")
    m = _LAYER.search(name)
    if m:
        name = name[m.end():]
    return name.removesuffix(".weight") + colon + layout


def _op_name(op: Operation) -> str:
    return {"func.call": "call"}.get(op.name, op.name.removeprefix("rlx."))


# ------------------------------------------------------------------- keys


class _AttrText:
    """``str(attr)`` is slow in xDSL: print each distinct attribute once."""

    def __init__(self) -> None:
        self.cache: dict[Attribute, str] = {}

    def __call__(self, attr: Attribute) -> str:
        try:
            return self.cache[attr]
        except KeyError:
            text = self.cache[attr] = str(attr)
            return text
        except TypeError:  # unhashable attribute
            return str(attr)


def _is_value(op: Operation) -> bool:
    """Pure ops without regions are named by what they compute."""
    return bool(op.results) and not op.regions and op.has_trait(Pure) and op.name != "rlx.param"


class _FuncKeys:
    """Names every op and value of one function (see the module docstring)."""

    def __init__(self, fn: func.FuncOp, attr_text: _AttrText):
        self.fn = fn
        self.attr_text = attr_text
        self.values: dict[SSAValue, str] = {}  # value -> how operands refer to it
        self.params: dict[SSAValue, str] = {}  # value -> weight name
        self.order: dict[SSAValue, int] = {}  # weight -> position of its definition
        self.keys: dict[Operation, str] = {}
        self.locals: dict[Operation, str] = {}  # key without the scope
        self.layers: dict[Operation, int | None] = {}
        self.scope: int | None = None
        self.first_layer: int | None = None
        if fn.body.blocks:
            self.index_args(fn.body.block)
            self.index_params(fn.body.block)

    def index_args(self, block: Block) -> None:
        """Entry arguments: named by the ``rlx.abi``; weights by their role there (L3)."""
        args = block.args
        abi = abi_of(self.fn)
        described = abi.args.data if abi is not None and len(abi.args.data) == len(args) else None
        for i, arg in enumerate(args):
            name = described[i].arg_name.data if described else (arg.name_hint or f"arg{i}")
            self.values[arg] = "%" + name
            if described and described[i].role.data == "param":
                layout = described[i].layout.data
                self.add_param(arg, name + (f":{layout}" if layout else ""), i)

    def index_params(self, block: Block) -> None:
        """Weights defined by ``rlx.param`` ops (L1/L2)."""
        for i, op in enumerate(block.ops):
            if op.name == "rlx.param":
                layout = op.properties.get("layout")
                self.add_param(op.results[0], op.properties["param_name"].data
                               + (f":{layout.data}" if layout else ""), i)

    def add_param(self, value: SSAValue, name: str, position: int) -> None:
        self.params[value] = name
        self.order[value] = position
        if layer_of(name) is not None and (self.first_layer is None or position < self.first_layer):
            self.first_layer = position

    def run(self) -> dict[str, OpRecord]:
        records: dict[str, OpRecord] = {}
        if self.fn.body.blocks:
            self.assign(self.fn.body.block, "", top=True)
            for op in self.fn.body.block.walk():
                key = self.keys[op]
                records[key] = OpRecord(key, self.layers[op], self.text(op))
        return records

    # -- keys
    def assign(self, block: Block, prefix: str, top: bool = False) -> None:
        """Key every op of ``block`` and, recursively, of its regions."""
        counts: Counter[str] = Counter()
        for i, arg in enumerate(block.args):
            self.values.setdefault(arg, f"%{prefix}arg{i}")
        position = {op: i for i, op in enumerate(block.ops)}
        deferred = []
        for op in block.ops:
            self.layers[op] = self.layer(op) if top else self.scope
            if op.name in DESTINATIONS and op.results and op.results[0].uses:
                deferred.append(op)
            else:
                self.name(op, self.local_key(op), prefix, counts, top)
        for op in deferred:
            user = min((u.operation for u in op.results[0].uses),
                       key=lambda u: position.get(u, len(position)))
            self.name(op, f"{_op_name(op)}>{self.locals.get(user, _op_name(user))}", prefix, counts, top)

    def name(self, op: Operation, local: str, prefix: str, counts: Counter[str], top: bool) -> None:
        layer = self.layers[op]
        scope = f"L{layer}/" if top and layer is not None else prefix
        counts[scope + local] += 1
        if counts[scope + local] > 1 or not (_is_value(op) or any(c in local for c in "[>")):
            local += f"#{counts[scope + local] - 1}"
        self.locals[op] = local
        key = self.keys[op] = scope + local
        if not _is_value(op):
            for r, result in enumerate(op.results):
                self.values[result] = "%" + key + (f":{r}" if len(op.results) > 1 else "")
        for region in op.regions:
            for b, inner in enumerate(region.blocks):
                self.assign(inner, f"{key}/" + (f"^{b}/" if len(region.blocks) > 1 else ""))

    def layer(self, op: Operation) -> int | None:
        """The layer scope of a top-level op; updates the running scope."""
        weights = self.weights(op)
        layers = [layer_of(self.params[v]) for v in weights if layer_of(self.params[v]) is not None]
        if layers:
            self.scope = layers[0]
        elif weights and self.first_layer is not None and min(self.order[v] for v in weights) > self.first_layer:
            self.scope = None  # a weight of the model's tail (final norm, LM head)
        return self.scope

    def weights(self, op: Operation) -> list[SSAValue]:
        if op.name == "rlx.param":
            return [op.results[0]]
        return [v for v in op.operands if v in self.params]

    def local_key(self, op: Operation) -> str:
        if op.name == "rlx.param":
            return f"param[{self.params[op.results[0]]}]"
        # not the layout: a linear reading a packed weight is still the same linear
        anchors = [short_param(self.params[v].partition(":")[0]) for v in self.weights(op)]
        if anchors:
            return f"{_op_name(op)}[{','.join(dict.fromkeys(anchors))}]"
        if _is_value(op):
            return self.value_key(op)
        if op.name == "func.call":
            return f"call[@{op.properties['callee'].root_reference.data}]"
        return _op_name(op)

    def value_key(self, op: Operation) -> str:
        """``arith.muli(%SEQ, %const[128 : index])``, hashed when long; also names its results."""
        if op.name == "arith.constant" and "value" in op.properties:
            text = f"const[{self.attr_text(op.properties['value'])}]"
        else:
            attrs = [f"{k}={self.attr_text(v)}" for k, v in {**op.properties, **op.attributes}.items()
                     if k not in _KEY_NOISE]
            text = f"{_op_name(op)}(" + ", ".join(self.ref(v) for v in op.operands) + ")" \
                + (f"{{{', '.join(attrs)}}}" if attrs else "")
        if len(text) > _MAX_VALUE_KEY:
            text = f"{_op_name(op)}~{hashlib.sha1(text.encode()).hexdigest()[:8]}"
        for r, result in enumerate(op.results):
            self.values[result] = "%" + text + (f":{r}" if len(op.results) > 1 else "")
        return text

    # -- text
    def text(self, op: Operation) -> str:
        operands = ", ".join(self.ref(v) for v in op.operands)
        attrs = {k: v for k, v in {**op.properties, **op.attributes}.items() if k != "operandSegmentSizes"}
        attr_text = ", ".join(f"{k} = {self.attr_text(v)}" for k, v in attrs.items())
        types = ", ".join(self.attr_text(v.type) for v in op.operands)
        results = ", ".join(self.attr_text(r.type) for r in op.results)
        text = op.name + (f" {operands}" if operands else "") + (f" {{{attr_text}}}" if attr_text else "")
        if types or results:
            text += f" : ({types}) -> ({results})"
        return text

    def ref(self, value: SSAValue) -> str:
        if value in self.params:
            return "@" + self.params[value]
        return self.values.get(value, "%?")


def summarize(module: ModuleOp) -> dict[str, FuncSummary]:
    """Every function of ``module`` by name, with its ops keyed."""
    attr_text = _AttrText()
    out: dict[str, FuncSummary] = {}
    loose: list[Operation] = []
    for op in module.ops:
        if isinstance(op, func.FuncOp):
            header = {"type": attr_text(op.function_type)}
            if op.sym_visibility:
                header["visibility"] = op.sym_visibility.data
            header.update({k: attr_text(v) for k, v in op.attributes.items()})
            out[op.sym_name.data] = FuncSummary(op.sym_name.data, header, _FuncKeys(op, attr_text).run())
        else:
            loose.append(op)
    if loose:  # ops outside functions: keyed by name and position
        counts: Counter[str] = Counter()
        ops = {}
        for op in loose:
            key = f"{op.name}#{counts[op.name]}"
            counts[op.name] += 1
            ops[key] = OpRecord(key, None, op.name)
        out[""] = FuncSummary("", {}, ops)
    return out


def op_key(target: Operation) -> str:
    """Where ``target`` is, for error messages: ``@prefill L0/linear[self_attn.q_proj]``."""
    fn = target
    while fn is not None and not isinstance(fn, func.FuncOp):
        fn = fn.parent_op()
    if fn is None:
        return target.name
    keys = _FuncKeys(fn, _AttrText())
    if fn.body.blocks:
        keys.assign(fn.body.block, "", top=True)
    return f"@{fn.sym_name.data} {keys.keys.get(target, target.name)}"


# ------------------------------------------------------------------- diff


@dataclass(frozen=True)
class Change:
    """One op (or function header entry) added ``+``, removed ``-`` or rewritten ``~``."""

    func: str
    sign: str
    key: str
    layer: int | None
    before: str = ""
    after: str = ""

    def normalized(self) -> tuple:
        n = self.layer
        return (self.func, self.sign, _unlayer(self.key, n), _unlayer(self.before, n), _unlayer(self.after, n))


def _unlayer(text: str, n: int | None) -> str:
    """Replace layer ``n`` by ``{i}`` so that equal changes of all layers compare equal."""
    if n is None:
        return text
    text = re.sub(rf"(?<![\w.])L{n}/", "L{i}/", text)
    if n > 0:  # the output of the layer before
        text = re.sub(rf"(?<![\w.])L{n - 1}/", "L{i-1}/", text)
    text = text.replace(f"layers.{n}.", "layers.{i}.")
    return re.sub(rf"(?<=[A-Za-z])_{n}\b", "_{i}", text)


def diff_summaries(before: dict[str, FuncSummary], after: dict[str, FuncSummary]) -> list[Change]:
    """Functions added or removed whole; header and op changes of the others."""
    changes: list[Change] = []
    for name in _union(before, after):
        a, b = before.get(name), after.get(name)
        if b is None:
            changes.append(Change(name, "-", "func", None, _func_line(a)))
        elif a is None:
            changes.append(Change(name, "+", "func", None, after=_func_line(b)))
        else:
            changes += _header_changes(name, a.header, b.header)
            changes += _op_changes(name, a, b)
    return changes


def _func_line(f: FuncSummary) -> str:
    return f"@{f.name} : {f.header.get('type', '')}  ({len(f.ops)} ops)"


def _union(a: dict, b: dict) -> list:
    return list(dict.fromkeys([*b, *a]))


def _header_changes(fn: str, a: dict[str, str], b: dict[str, str]) -> Iterator[Change]:
    for key in _union(a, b):
        if a.get(key) != b.get(key):
            sign = "+" if key not in a else "-" if key not in b else "~"
            yield Change(fn, sign, f"func.{key}" if key in ("type", "visibility") else key, None,
                         a.get(key, ""), b.get(key, ""))


def _op_changes(fn: str, a: FuncSummary, b: FuncSummary) -> list[Change]:
    """Removed, added and rewritten ops in an order that follows both functions."""
    changes = []
    old = list(a.ops)
    pending = 0  # next op of ``a`` not yet emitted
    position = {k: i for i, k in enumerate(old)}
    for key, rec in b.ops.items():
        if key in a.ops:
            stop = position[key]
            for k in old[pending:stop]:
                if k not in b.ops:
                    changes.append(Change(fn, "-", k, a.ops[k].layer, a.ops[k].text))
            pending = max(pending, stop + 1)
            if a.ops[key].text != rec.text:
                changes.append(Change(fn, "~", key, rec.layer, a.ops[key].text, rec.text))
        else:
            changes.append(Change(fn, "+", key, rec.layer, after=rec.text))
    for k in old[pending:]:
        if k not in b.ops:
            changes.append(Change(fn, "-", k, a.ops[k].layer, a.ops[k].text))
    return changes


@dataclass
class _Group:
    first: Change
    layers: list[int] = field(default_factory=list)


def group_changes(changes: Iterable[Change]) -> list[_Group]:
    """Merge changes that are equal up to the layer index, keeping first-seen order."""
    groups: dict[tuple, _Group] = {}
    for change in changes:
        group = groups.setdefault(change.normalized(), _Group(change))
        if change.layer is not None:
            group.layers.append(change.layer)
    return list(groups.values())


def _layer_label(layers: list[int]) -> str:
    """``layer 3``, ``layers 0-27 (x28)``, ``layers 1-5,7 (x6)``."""
    if not layers:
        return ""
    if len(layers) == 1:
        return f"layer {layers[0]}"
    runs: list[list[int]] = []
    for n in sorted(layers):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    text = ",".join(f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)
    return f"layers {text} (x{len(layers)})"


def format_diff(before: dict[str, FuncSummary], after: dict[str, FuncSummary],
                before_label: str = "a", after_label: str = "b") -> str:
    """The diff as text: ``---``/``+++`` labels, one ``@@`` hunk per function and layer set."""
    changes = diff_summaries(before, after)
    if not changes:
        return ""
    counts = Counter(c.sign for c in changes)
    lines = [f"--- {before_label}", f"+++ {after_label}",
             f"# {counts['-']} removed, {counts['+']} added, {counts['~']} rewritten"]
    hunks: dict[str, list[str]] = {}
    for group in group_changes(changes):
        c = group.first
        label = _layer_label(group.layers)
        body = hunks.setdefault(f"@@ @{c.func}" + (f" {label}" if label else "") + " @@", [])
        norm = (lambda t: _unlayer(t, c.layer)) if len(group.layers) > 1 else (lambda t: t)
        if c.sign in "-~":
            body.append(f"-{norm(c.key)}: {norm(c.before)}")
        if c.sign in "+~":
            body.append(f"+{norm(c.key)}: {norm(c.after)}")
    for header, body in hunks.items():
        lines += [header, *body]
    return "\n".join(lines) + "\n"


def diff_modules(before: ModuleOp, after: ModuleOp, before_label: str = "a", after_label: str = "b") -> str:
    return format_diff(summarize(before), summarize(after), before_label, after_label)


# ------------------------------------------------------------- LLVM IR / asm

_DEFINE = re.compile(r'^define [^@]*@"?([^"(]+)"?\(')


def llvm_functions(text: str) -> dict[str, int]:
    """``define``d functions of LLVM IR text -> their number of instructions."""
    funcs: dict[str, int] = {}
    current = None
    for line in text.splitlines():
        m = _DEFINE.match(line)
        if m:
            current = m.group(1)
            funcs[current] = 0
        elif line.startswith("}"):
            current = None
        elif current is not None and line.startswith("  ") and not line.lstrip().startswith(";"):
            funcs[current] += 1
    return funcs


def format_text_diff(before: str, after: str, before_label: str = "a", after_label: str = "b") -> str:
    """LLVM IR: functions added, removed, or with another instruction count."""
    a, b = llvm_functions(before), llvm_functions(after)
    lines = []
    for name in _union(a, b):
        if name not in b:
            lines.append(f"-@{name}: {a[name]} instructions")
        elif name not in a:
            lines.append(f"+@{name}: {b[name]} instructions")
        elif a[name] != b[name]:
            lines.append(f"~@{name}: {a[name]} -> {b[name]} instructions")
    if not lines:
        return ""
    total = f"# {sum(a.values())} -> {sum(b.values())} instructions in {len(a)} -> {len(b)} functions"
    return "\n".join([f"--- {before_label}", f"+++ {after_label}", total, *lines]) + "\n"
