"""docs/dialect.md and docs/passes.md are generated from the definitions and current; docs/cli.md
lists every command."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from conftest import ROOT


def _gen_docs():
    spec = importlib.util.spec_from_file_location("gen_docs", ROOT / "scripts" / "gen_docs.py")
    module = sys.modules[spec.name] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


gen_docs = _gen_docs()


@pytest.mark.parametrize("path", [gen_docs.DIALECT_MD, gen_docs.PASSES_MD], ids=lambda p: p.name)
def test_generated_docs_are_current(path):
    want = gen_docs.generated()[path]
    assert path.is_file() and path.read_text() == want, \
        f"{path.relative_to(ROOT)} is stale: run `python scripts/gen_docs.py`"


def test_every_op_has_an_example_that_parses_and_verifies():
    from xdsl.parser import Parser

    from rlxc.ir_text import context

    for name, lines in gen_docs.examples().items():
        assert lines, f"{name} has no Example:: in its docstring"
        for line in lines:
            op = Parser(context(), line, name).parse_op()
            assert op.name == name, line
            op.verify()


def test_every_op_documents_its_verifier_rules():
    from rlx.dialects.rlx import RLX

    for op in RLX.operations:
        assert gen_docs.verifier_rules(op), f"{op.name} has no Verifies: section"


def test_the_docs_cover_every_op_and_pass():
    from rlx.dialects.rlx import RLX
    from rlxc.passes import option_infos, registry

    dialect, passes = gen_docs.DIALECT_MD.read_text(), gen_docs.PASSES_MD.read_text()
    for op in RLX.operations:
        assert f"### `{op.name}`" in dialect
    for name in registry():
        if not name.startswith("test-"):
            assert f"### `{name}`" in passes
            for option in option_infos(name):
                assert f"`{option.name}`" in passes


def test_every_command_is_in_the_command_list_of_the_cli_doc():
    from rlxc.commands import COMMANDS

    usage = (ROOT / "docs" / "cli.md").read_text().split("```")[1]
    listed = [line.split()[1] for line in usage.splitlines() if line.startswith("rlxc ")]
    assert sorted(listed) == sorted(COMMANDS)
