"""Reading IR text of any rlx level (rlx dialect, buffers, loops, LLVM IR) with clear errors."""

from __future__ import annotations

import difflib
import re
import sys
from pathlib import Path

from rlx.runtime.errors import IRError, RlxError, first_line


def context():
    """An xDSL context with every dialect that rlx IR may use at L1–L3."""
    from rlx.dialects.rlx import RLX
    from rlx.lowering.llvm.translate import l3_context

    ctx = l3_context()
    ctx.load_dialect(RLX)
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


def input_kind(text: str, where: str) -> str:
    """``llvm`` for LLVM IR (a ``.ll`` file, or text that starts like one), else ``mlir``."""
    if where.endswith(".ll"):
        return "llvm"
    head = text.lstrip()
    return "llvm" if head.startswith(("; ModuleID", "target triple", "target datalayout", "define ")) else "mlir"


def check_llvm_ir(text: str, where: str) -> None:
    """LLVM IR input parses and verifies, as ``.mlir`` input does (the error names the line)."""
    from rlx.lowering.llvm_target import check_llvm_ir as check

    try:
        check(text)
    except RlxError as err:
        raise IRError(f"{where}: {err}") from None


def parse_module_text(text: str, where: str = "<input>"):
    """Parse and verify; syntax errors name file:line:column and the offending text."""
    from xdsl.parser import Parser
    from xdsl.utils.exceptions import ParseError, VerifyException

    check_string_literals(text, where)
    if not text.strip():
        raise IRError(f"{where}: the input is empty (expected an MLIR module)")
    ctx = context()
    try:
        module = Parser(ctx, hex_splats_as_bytes(text), where).parse_module()
    except ParseError as err:
        raise IRError(_one_line_parse_error(err, where, text, ctx)) from None
    except RlxError:
        raise
    except Exception as err:
        raise IRError(f"{where}: cannot parse IR: {first_line(err)}") from None
    from rlx.dialects.verify import verify_module

    try:
        verify_module(module)
    except VerifyException as err:
        raise IRError(f"{where}: IR does not verify: {first_line(err)}") from None
    except Exception as err:  # xDSL's verifiers trip over some malformed IR themselves
        raise IRError(f"{where}: IR does not verify: {_verifier_failure(err)}") from None
    return module


_HEX_SPLAT = re.compile(r"dense<0x([0-9A-Fa-f]{4}|[0-9A-Fa-f]{8}|[0-9A-Fa-f]{16})>(\s*:\s*vector<\d+xf(16|32|64)>)")


def hex_splats_as_bytes(text: str) -> str:
    """``dense<0x7f800000> : vector<8xf32>`` -> ``dense<"0x0000807F"> : ...``.

    xDSL 0.75 prints a float splat that has no decimal form (inf, nan) as its bit
    pattern, but reads that literal back as an integer value (2.1e9): the hex-string
    form (little-endian bytes of one element) reads back as the same bits.
    """
    def as_bytes(m: re.Match) -> str:
        bits, width = m.group(1), int(m.group(3))
        if len(bits) * 4 != width:
            return m.group(0)
        return f'dense<"0x{bytes.fromhex(bits)[::-1].hex().upper()}">{m.group(2)}'

    return _HEX_SPLAT.sub(as_bytes, text)


def _verifier_failure(err: Exception) -> str:
    text = first_line(err)
    if "Forward declared" in text:  # the parser accepted a use that no definition dominates
        return "a value is used where its definition does not reach (defined later, or in another region)"
    return text


_ESCAPE = re.compile(r'["nt\\]|[0-9A-Fa-f]{2}')


def check_string_literals(text: str, where: str) -> None:
    """Every string literal is closed on its line and uses only MLIR's escapes.

    xDSL's lexer matches string literals with a regex that backtracks exponentially on
    an unterminated or badly escaped string: a missing quote in a long line would hang
    the parser, so such a string is reported here first (comments are skipped)."""
    for number, line in enumerate(text.split("\n"), 1):
        col, start = 0, None
        while col < len(line) and '"' in line:
            char = line[col]
            if start is None:
                if line.startswith("//", col):
                    break
                if char == '"':
                    start = col
            elif char == "\\":
                escape = _ESCAPE.match(line, col + 1)
                if escape is None:
                    raise IRError(f"{where}:{number}:{col + 1}: invalid escape in a string literal "
                                  f"(at '{_printable(line[col:col + 2])}')")
                col = escape.end() - 1
            elif char == '"':
                start = None
            elif char in "\v\f":
                break
            col += 1
        if start is not None:
            raise IRError(f"{where}:{number}:{start + 1}: string literal is not closed on its line "
                          f"(at '{_printable(line[start:start + 20])}')")


def _printable(text: str) -> str:
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


_UNKNOWN_OP = re.compile(r"Operation (\S+) is not registered")
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _clean_message(msg: str, found: str) -> str:
    """An xDSL parse message made readable: control characters escaped; a placeholder
    whose f-string prefix xDSL forgot (``after {first_char}``) replaced by the offending
    text; a message that only says what was being parsed (``in block definition``)
    prefixed by what was met there."""
    msg = _PLACEHOLDER.sub(lambda _: f"'{found[:1] if found != 'end of input' else found}'", _printable(msg))
    if msg.startswith("in ") or not msg:
        met = "unexpected end of input" if found == "end of input" else f"unexpected {found[:40]!r}"
        msg = f"{met} {msg}".rstrip()
    return msg


def _one_line_parse_error(err, where: str, text: str, ctx) -> str:
    msg = " ".join(str(getattr(err, "msg", "") or err).split())
    span = getattr(err, "span", None)
    if span is None:
        return f"{where}: {msg}"
    loc = span.get_location()
    line, col, found = loc.line, loc.col, _printable(" ".join(span.text.split())) or "end of input"
    msg = _clean_message(msg, found)
    unknown = _UNKNOWN_OP.search(msg)
    if unknown:  # xDSL points after the op name: point at the name itself
        name = unknown.group(1)
        source = text.splitlines()[line - 1] if line <= len(text.splitlines()) else ""
        col = source.find(name) + 1 if name in source else col
        found = name
        close = difflib.get_close_matches(name, [op.name for op in ctx.loaded_ops], n=3, cutoff=0.6)
        hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
        msg = f"unknown operation '{name}'{hint}"
    return f"{where}:{line}:{col}: {msg} (at '{found[:40]}')"
