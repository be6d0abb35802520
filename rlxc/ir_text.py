"""Reading IR text of any rlx level (rlx dialect, buffers, loops) with clear errors."""

from __future__ import annotations

import sys
from pathlib import Path

from runtime.errors import IRError, RlxError


def context():
    """An xDSL context with every dialect that rlx IR may use at L1–L3."""
    from xdsl.context import Context
    from xdsl.dialects import arith, builtin, func, memref, scf, vector
    from xdsl.dialects import math as xmath

    from dialects.rlx import RLX

    ctx = Context()
    for dialect in (builtin.Builtin, func.Func, scf.Scf, arith.Arith, xmath.Math, memref.MemRef,
                    vector.Vector, RLX):
        ctx.load_dialect(dialect)
    return ctx


def read_ir(path: str) -> tuple[str, str]:
    if path == "-":
        return sys.stdin.read(), "<stdin>"
    try:
        return Path(path).read_text(), path
    except FileNotFoundError:
        raise RlxError(f"file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as err:
        raise RlxError(f"cannot read {path}: {err}") from None


def parse_module_text(text: str, where: str = "<input>"):
    """Parse and verify; syntax errors name file:line:column and the offending text."""
    from xdsl.parser import Parser
    from xdsl.utils.exceptions import ParseError, VerifyException

    try:
        module = Parser(context(), text, where).parse_module()
    except ParseError as err:
        raise IRError(_one_line_parse_error(err, where)) from None
    except RlxError:
        raise
    except Exception as err:
        raise IRError(f"{where}: cannot parse IR: {str(err).splitlines()[0] if str(err) else type(err).__name__}") from None
    try:
        module.verify()
    except VerifyException as err:
        raise IRError(f"{where}: IR does not verify: {str(err).strip().splitlines()[0]}") from None
    return module


def _one_line_parse_error(err, where: str) -> str:
    msg = " ".join(str(getattr(err, "msg", "") or err).split())
    span = getattr(err, "span", None)
    if span is None:
        return f"{where}: {msg}"
    loc = span.get_location()
    text = " ".join(span.text.split()) or "end of input"
    return f"{where}:{loc.line}:{loc.col}: {msg} (at '{text[:40]}')"
