"""The package map of docs/architecture.md, checked: who may import whom, what is
installed under which name, and how long a module may grow."""

import ast
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from conftest import ROOT

# folder -> installed name (pyproject's package-dir mapping)
INSTALLED_AS = {"rlxc": "rlxc", "dialects": "rlx.dialects", "lowering": "rlx.lowering",
                "runtime": "rlx.runtime", "bench": "rlx.bench"}
THIRD_PARTY = {
    # gguf (the `gguf` extra) only when a GGUF file is opened (runtime/gguf_file.py)
    "runtime": {"numpy", "safetensors", "lark", "gguf"},
    "dialects": {"numpy", "xdsl"},
    "lowering": {"numpy", "xdsl", "llvmlite"},
}
# which of our packages a folder may import (besides itself)
OURS = {
    "runtime": set(),
    "dialects": {"rlx.runtime"},
    "lowering": {"rlx.runtime", "rlx.dialects"},
    "rlxc": {"rlx.runtime", "rlx.dialects", "rlx.lowering"},
}
MAX_LINES = 600
SOURCE_FOLDERS = ("rlxc", "dialects", "lowering", "runtime", "bench", "scripts")
OUR_TOP_LEVEL = {"rlx", "rlxc", "runtime", "dialects", "lowering", "bench"}


def sources(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """Absolute module names a file imports (relative imports resolved within bench/)."""
    names = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append((node.lineno, node.module))
    return names


def owner(module: str) -> str:
    """The package an import belongs to: 'rlx.runtime', 'rlxc', 'numpy', ..."""
    parts = module.split(".")
    return ".".join(parts[:2]) if parts[0] == "rlx" else parts[0]


def violations(folder: str) -> list[str]:
    allowed = THIRD_PARTY.get(folder, set()) | OURS[folder] | {INSTALLED_AS[folder]}
    bad = []
    for path in sources(folder):
        for line, module in imported_modules(path):
            pkg = owner(module)
            if pkg in sys.stdlib_module_names and pkg not in OUR_TOP_LEVEL:
                continue
            if folder == "rlxc" and pkg not in OUR_TOP_LEVEL:
                continue  # the driver may use any declared dependency
            if pkg not in allowed:
                bad.append(f"{path.relative_to(ROOT)}:{line}: imports {module}")
    return bad


@pytest.mark.parametrize("folder", ["runtime", "dialects", "lowering", "rlxc"])
def test_import_rules_of_the_package_map(folder):
    assert violations(folder) == []


@pytest.mark.parametrize("folder", SOURCE_FOLDERS + ("tests",))
def test_nothing_imports_our_folders_by_their_bare_names(folder):
    """`import runtime` would load a second copy of rlx.runtime (or someone else's)."""
    bare = {"runtime", "dialects", "lowering", "bench"}
    bad = [f"{p.relative_to(ROOT)}:{line}: {m}" for p in sources(folder)
           for line, m in imported_modules(p) if m.split(".")[0] in bare]
    assert bad == []


def test_bench_imports_itself_relatively():
    """bench runs both as `python -m bench` in a tree and installed as rlx.bench."""
    bad = [f"{p.relative_to(ROOT)}:{line}: {m}" for p in sources("bench")
           for line, m in imported_modules(p) if m.startswith("rlx.bench")]
    assert bad == []


def test_no_source_module_is_over_the_line_limit():
    long = {str(p.relative_to(ROOT)): n for folder in SOURCE_FOLDERS for p in sources(folder)
            if (n := len(p.read_text().splitlines())) > MAX_LINES}
    assert long == {}


def test_pyproject_installs_every_package_folder_under_its_name():
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert setuptools["package-dir"] == {name: folder for folder, name in INSTALLED_AS.items()}
    folders = sorted(str(p.parent.relative_to(ROOT)) for folder in INSTALLED_AS
                     for p in (ROOT / folder).rglob("__init__.py"))
    expected = sorted(INSTALLED_AS[f.split("/")[0]] + "".join("." + part for part in f.split("/")[1:])
                      for f in folders)
    assert sorted(setuptools["packages"]) == expected


def test_the_cli_imports_no_compiler_until_a_command_needs_it():
    code = ("import sys, rlxc.cli; "
            "print([m for m in sys.modules if m.split('.')[0] in ('xdsl', 'llvmlite') "
            "or m.startswith('rlx.lowering')])")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
