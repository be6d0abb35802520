"""``#rlx.abi``: the calling convention of an entry function, as one attribute.

Every entry function carries ``rlx.abi = #rlx.abi<...>`` from L1 (built by the flow) to
L3 (where ``rlxc.compiler`` turns it into the manifest's :class:`rlx.runtime.abi.Entry`)::

    rlx.abi = #rlx.abi<args = [input "input_ids", kv_cache "past_k_0",
                               param "model.norm.weight" packed16 : "64", arena "arena",
                               symbol "SEQ"],
                       outputs = ["logits", "k_0"], kv_outputs = {k_0 = "past_k_0"},
                       symbols = ["MAX_SEQ", "SEQ"], constraints = ["PAST_SEQ+SEQ <= MAX_SEQ"],
                       arena_bytes = 4096>

* ``args``: one ``role "name" [layout] [: "shape"]`` per function argument, in order
  (roles: :data:`runtime.abi.ROLES`). At L1 every argument is an ``input``;
  ``rlx-bufferize`` makes past K/V ``kv_cache`` and appends the ``output``s;
  ``rlx-to-loops`` appends params, the arena, the checks record and the symbols and
  records each shape (the L3 types are flat memrefs);
* ``outputs``: the flow's results in order; ``kv_outputs``: the cache each KV output is
  written into; ``symbols``: the symbolic dims the caller binds (L2); ``constraints``:
  ``a <= b`` the caller guarantees; ``arena_bytes``: the scratch the entry needs
  (``rlx-plan-memory``); ``check_kernels``: a debug build's checked kernels by id.

Empty fields are not printed. The attribute checks itself (known roles, names, shapes,
constraints); :func:`verify_entries` checks it against its function (one ``args`` per
argument, symbols of type ``index``), which xDSL's op verifier cannot reach.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from xdsl.dialects import func
from xdsl.dialects.builtin import ArrayAttr, DictionaryAttr, IndexType, IntegerAttr, NoneAttr, StringAttr, i64
from xdsl.ir import Attribute, ParametrizedAttribute
from xdsl.irdl import irdl_attr_definition
from xdsl.parser import AttrParser
from xdsl.printer import Printer
from xdsl.utils.exceptions import VerifyException

from rlx.dialects.symbolic import parse_shape
from rlx.runtime.abi import ROLES
from rlx.runtime.errors import ShapeError

ABI_ATTR = "rlx.abi"


@irdl_attr_definition
class ArgAttr(ParametrizedAttribute):
    """``#rlx.arg<role "name" [layout] [: "shape"]>``: one argument of an entry."""

    name = "rlx.arg"

    arg_name: StringAttr
    role: StringAttr
    layout: StringAttr
    shape: StringAttr

    def __init__(self, arg_name: str, role: str, layout: str = "", shape: str = ""):
        super().__init__(StringAttr(arg_name), StringAttr(role), StringAttr(layout), StringAttr(shape))

    @classmethod
    def parse_parameters(cls, parser: AttrParser) -> list[Attribute]:
        with parser.in_angle_brackets():
            return cls.parse_body(parser)

    @staticmethod
    def parse_body(parser: AttrParser) -> list[Attribute]:
        role = parser.parse_identifier(context_msg=" (an argument's role)")
        arg_name = parser.parse_str_literal(" (an argument's name)")
        layout = parser.parse_optional_identifier() or ""
        shape = parser.parse_str_literal(" (a shape)") if parser.parse_optional_punctuation(":") else ""
        return [StringAttr(arg_name), StringAttr(role), StringAttr(layout), StringAttr(shape)]

    def print_parameters(self, printer: Printer) -> None:
        with printer.in_angle_brackets():
            self.print_body(printer)

    def print_body(self, printer: Printer) -> None:
        printer.print_string(f"{self.role.data} ")
        printer.print_string_literal(self.arg_name.data)
        if self.layout.data:
            printer.print_string(f" {self.layout.data}")
        if self.shape.data:
            printer.print_string(" : ")
            printer.print_string_literal(self.shape.data)

    def verify(self) -> None:
        if self.role.data not in ROLES:
            raise VerifyException(f"rlx.abi: argument '{self.arg_name.data}' has unknown role "
                                  f"'{self.role.data}' (roles: {', '.join(ROLES)})")
        if self.layout.data and not self.layout.data.isidentifier():
            raise VerifyException(f"rlx.abi: argument '{self.arg_name.data}' has layout '{self.layout.data}'")
        try:
            parse_shape(self.shape.data) if self.shape.data else ()
        except ShapeError as err:
            raise VerifyException(f"rlx.abi: argument '{self.arg_name.data}': {err}") from None


def _constraint(text: str) -> tuple[str, str]:
    low, sep, high = text.partition("<=")
    if not sep:
        raise VerifyException(f"rlx.abi: constraint '{text}' is not 'a <= b'")
    try:
        one_dim = all(len(parse_shape(side.strip())) == 1 for side in (low, high))
    except ShapeError:
        one_dim = False
    if not one_dim:
        raise VerifyException(f"rlx.abi: constraint '{text}' is not 'a <= b' of two dims")
    return low.strip(), high.strip()


_STRING_LISTS = ("outputs", "symbols", "constraints", "check_kernels")
#: the fields in printing order
_FIELDS = ("args", "outputs", "kv_outputs", "symbols", "constraints", "arena_bytes", "check_kernels")


@irdl_attr_definition
class AbiAttr(ParametrizedAttribute):
    """``#rlx.abi<args = [...], outputs = [...], ...>``: an entry's calling convention."""

    name = "rlx.abi"

    args: ArrayAttr[ArgAttr]
    outputs: ArrayAttr[StringAttr]
    kv_outputs: DictionaryAttr
    symbols: ArrayAttr[StringAttr]
    constraints: ArrayAttr[StringAttr]
    arena_bytes: IntegerAttr | NoneAttr
    check_kernels: ArrayAttr[StringAttr]

    def __init__(self, args: Sequence[ArgAttr] = (), outputs: Sequence[str] = (),
                 kv_outputs: Mapping[str, str] | None = None, symbols: Sequence[str] = (),
                 constraints: Sequence[tuple[str, str]] = (), arena_bytes: int | None = None,
                 check_kernels: Sequence[str] = ()):
        strings = lambda items: ArrayAttr([StringAttr(s) for s in items])  # noqa: E731
        super().__init__(
            ArrayAttr(list(args)), strings(outputs),
            DictionaryAttr({k: StringAttr(v) for k, v in (kv_outputs or {}).items()}), strings(symbols),
            strings(f"{lo} <= {hi}" for lo, hi in constraints),
            NoneAttr() if arena_bytes is None else IntegerAttr(arena_bytes, i64), strings(check_kernels))

    # -- reading
    @property
    def names(self) -> list[str]:
        return [a.arg_name.data for a in self.args.data]

    @property
    def roles(self) -> list[str]:
        return [a.role.data for a in self.args.data]

    def fields(self) -> dict:
        """The constructor's keyword arguments that rebuild this attribute."""
        arena = self.arena_bytes.value.data if isinstance(self.arena_bytes, IntegerAttr) else None
        return {"args": list(self.args.data), "outputs": [s.data for s in self.outputs.data],
                "kv_outputs": {k: v.data for k, v in self.kv_outputs.data.items()},
                "symbols": [s.data for s in self.symbols.data],
                "constraints": [_constraint(c.data) for c in self.constraints.data],
                "arena_bytes": arena, "check_kernels": [s.data for s in self.check_kernels.data]}

    def replace(self, **changes) -> "AbiAttr":
        """This attribute with some fields changed (keywords as for the constructor)."""
        return AbiAttr(**{**self.fields(), **changes})

    # -- text
    @classmethod
    def parse_parameters(cls, parser: AttrParser) -> list[Attribute]:
        found: dict = {}

        def field() -> None:
            key = parser.parse_identifier(context_msg=" (an rlx.abi field)")
            if key in found or key not in _FIELDS:
                parser.raise_error(f"rlx.abi: unknown or repeated field '{key}'")
            parser.parse_punctuation("=")
            if key == "args":
                found[key] = [ArgAttr(*(a.data for a in body)) for body in parser.parse_comma_separated_list(
                    parser.Delimiter.SQUARE, lambda: ArgAttr.parse_body(parser))]
            elif key == "kv_outputs":
                found[key] = {k: v.data for k, v in parser.parse_optional_dictionary_attr_dict().items()}
            elif key == "arena_bytes":
                found[key] = parser.parse_integer(allow_boolean=False)
            else:
                found[key] = parser.parse_comma_separated_list(parser.Delimiter.SQUARE, parser.parse_str_literal)

        parser.parse_comma_separated_list(parser.Delimiter.ANGLE, field)
        pos = parser.pos
        try:
            found["constraints"] = [_constraint(c) for c in found.get("constraints", [])]
        except VerifyException as err:
            parser.raise_error(str(err), pos, parser.pos)
        return list(AbiAttr(**found).parameters)

    def print_parameters(self, printer: Printer) -> None:
        with printer.in_angle_brackets():
            first = True
            for key in _FIELDS:
                value = getattr(self, key)
                if isinstance(value, NoneAttr) or (not isinstance(value, IntegerAttr) and not value.data):
                    continue
                printer.print_string(f"{'' if first else ', '}{key} = ")
                first = False
                if key == "args":
                    printer.print_string("[")
                    printer.print_list(value.data, lambda a: a.print_body(printer))
                    printer.print_string("]")
                elif key in _STRING_LISTS:
                    printer.print_string("[")
                    printer.print_list([v.data for v in value.data], printer.print_string_literal)
                    printer.print_string("]")
                elif key == "arena_bytes":
                    printer.print_string(str(value.value.data))
                else:
                    printer.print_attribute(value)

    def verify(self) -> None:
        named = [a.arg_name.data for a in self.args.data if a.role.data != "param"]
        twice = sorted({n for n in named if named.count(n) > 1})
        if twice:
            raise VerifyException(f"rlx.abi: argument '{twice[0]}' is named twice")
        caches = {a.arg_name.data for a in self.args.data if a.role.data == "kv_cache"}
        for out, cache in self.kv_outputs.data.items():
            if not (isinstance(cache, StringAttr) and cache.data in caches):
                raise VerifyException(f"rlx.abi: KV output '{out}' does not name a kv_cache argument")
        for c in self.constraints.data:
            _constraint(c.data)
        if isinstance(self.arena_bytes, IntegerAttr) and self.arena_bytes.value.data < 0:
            raise VerifyException("rlx.abi: arena_bytes is negative")


def abi_of(fn: func.FuncOp) -> AbiAttr | None:
    """The ``rlx.abi`` of ``fn`` (None: not an entry function)."""
    abi = fn.attributes.get(ABI_ATTR)
    return abi if isinstance(abi, AbiAttr) else None


def is_buffer_entry(fn: func.FuncOp) -> bool:
    """An entry function in buffer form (L2, L3): its results became ``output`` arguments."""
    return abi_of(fn) is not None and not fn.function_type.outputs.data


def verify_entry(fn: func.FuncOp) -> None:
    """``fn``'s ``rlx.abi`` describes its arguments: one each, symbols of type ``index``."""
    abi = abi_of(fn)
    if abi is None:
        if ABI_ATTR in fn.attributes:
            raise VerifyException(f"@{fn.sym_name.data}: rlx.abi must be an #rlx.abi attribute")
        return
    inputs = fn.function_type.inputs.data
    if len(abi.args.data) != len(inputs):
        raise VerifyException(f"@{fn.sym_name.data}: rlx.abi describes {len(abi.args.data)} arguments, "
                              f"the function has {len(inputs)}")
    for arg, t in zip(abi.args.data, inputs):
        if (arg.role.data == "symbol") != isinstance(t, IndexType):
            raise VerifyException(f"@{fn.sym_name.data}: argument '{arg.arg_name.data}' of role "
                                  f"{arg.role.data} has type {t}")


def verify_entries(module) -> None:
    """:func:`verify_entry` for every function of ``module``."""
    for op in module.walk():
        if isinstance(op, func.FuncOp):
            verify_entry(op)


__all__ = ["ABI_ATTR", "AbiAttr", "ArgAttr", "abi_of", "is_buffer_entry", "verify_entries", "verify_entry"]
