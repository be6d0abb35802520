"""``docs/errors.md`` documents every error a user can meet.

The doc has a section per error class (``## `ShapeError` ``) with a table whose first
column is a short phrase of the message in backticks. This test finds every ``raise``
of an ``RlxError`` (or of a helper returning one) in the source with ``ast``, and
requires that one of its class's phrases occurs in the literal text of the message
(placeholders are ``{}``), that every class has a section, and that every documented
phrase still occurs in some message (or, for messages built by a helper function, in
the source). A message built entirely at run time needs only its class's section.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGES = ("rlxc", "runtime", "lowering", "dialects")
DOC = ROOT / "docs" / "errors.md"
MIN_LITERAL = 8  # messages with less literal text than this are built at run time


@dataclass(frozen=True)
class Site:
    cls: str
    text: str  # the message with "{}" for every placeholder
    where: str

    @property
    def literal(self) -> str:
        return self.text.replace("{}", "")


def _trees() -> dict[Path, ast.Module]:
    return {p: ast.parse(p.read_text()) for d in PACKAGES for p in sorted((ROOT / d).rglob("*.py"))}


def _error_classes(trees) -> set[str]:
    """RlxError and every class deriving from it (by name, transitively)."""
    found = {"RlxError"}
    while True:
        more = {n.name for t in trees.values() for n in ast.walk(t) if isinstance(n, ast.ClassDef)
                and any(isinstance(b, ast.Name) and b.id in found for b in n.bases)} - found
        if not more:
            return found
        found |= more


def _error_factories(trees, classes: set[str]) -> dict[str, str]:
    """Functions annotated to return an error class (``def _fail(...) -> ConfigError``)."""
    return {n.name: n.returns.id for t in trees.values() for n in ast.walk(t)
            if isinstance(n, ast.FunctionDef) and isinstance(n.returns, ast.Name) and n.returns.id in classes}


def _text(node) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    if isinstance(node, ast.Subscript):  # f"..."[:300]
        return _text(node.value)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _text(node.left), _text(node.right)
        return None if left is None or right is None else left + right
    return None


def _callee(call: ast.Call) -> str | None:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None


@cache
def raise_sites() -> tuple[Site, ...]:
    trees = _trees()
    classes = _error_classes(trees)
    makers = {c: c for c in classes} | _error_factories(trees, classes)
    sites = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and _callee(node.exc) in makers:
                texts = [t for t in map(_text, node.exc.args) if t is not None]
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                sites.append(Site(makers[_callee(node.exc)], texts[0] if texts else "{}", where))
    return tuple(sites)


@cache
def documented() -> dict[str, list[str]]:
    """Class -> the phrases of its table in docs/errors.md."""
    out: dict[str, list[str]] = {}
    current = None
    for line in DOC.read_text().splitlines():
        heading = re.match(r"^## `(\w+)`", line)
        if heading:
            current = out.setdefault(heading.group(1), [])
        row = re.match(r"^\| `([^`]+)` \|", line)
        if row and current is not None:
            current.append(row.group(1))
    return out


def test_the_scan_finds_the_raises():
    classes = {s.cls for s in raise_sites()}
    assert {"ShapeError", "WeightError", "ConfigError", "ModelLoadError", "KernelCheckError"} <= classes
    assert len(raise_sites()) > 150


def test_every_error_class_has_a_section():
    missing = sorted({s.cls for s in raise_sites()} - set(documented()))
    assert not missing, f"docs/errors.md has no section for {missing}"


@pytest.mark.parametrize("cls", sorted({s.cls for s in raise_sites()}))
def test_every_message_is_documented(cls):
    phrases = documented().get(cls, [])
    undocumented = [f"{s.where}: {s.text}" for s in raise_sites() if s.cls == cls
                    and len(s.literal) >= MIN_LITERAL and not any(p in s.text for p in phrases)]
    assert not undocumented, (f"add a row with a phrase of each message to the `{cls}` table of "
                              f"docs/errors.md:\n" + "\n".join(undocumented))


@cache
def source_text() -> str:
    return "\n".join(p.read_text() for d in PACKAGES for p in sorted((ROOT / d).rglob("*.py")))


def test_every_documented_phrase_is_still_raised():
    """A phrase matches a raise of its class, or (messages built by a helper) the source."""
    stale = [f"{cls}: {p}" for cls, phrases in documented().items() for p in phrases
             if not any(p in s.text for s in raise_sites() if s.cls == cls) and p not in source_text()]
    assert not stale, "docs/errors.md documents messages nothing raises:\n" + "\n".join(stale)
