"""The package's layers, read from the imports in its source (nothing is run)."""

from __future__ import annotations

import ast
import os

import pytest

PKG = os.path.join(os.path.dirname(__file__), "..", "..", "py", "wasmlit")


def _modules() -> dict[str, str]:
    """dotted module name -> file, for every module of the wasmlit package (not _web)."""
    found = {}
    for folder, dirs, files in os.walk(PKG):
        dirs[:] = [d for d in dirs if not d.startswith(("_web", "__pycache__"))]
        for name in files:
            if name.endswith(".py"):
                rel = os.path.relpath(os.path.join(folder, name), os.path.join(PKG, ".."))
                dotted = rel[:-3].replace(os.sep, ".").removesuffix(".__init__")
                found[dotted] = os.path.join(folder, name)
    return found


def _imports(path: str) -> set[str]:
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read(), path)
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


MODULES = _modules()
LOWER = sorted(m for m in MODULES if m.startswith(("wasmlit.runtime", "wasmlit.state"))
               or m in ("wasmlit.tree", "wasmlit.protocol", "wasmlit.kinds"))


@pytest.mark.parametrize("module", LOWER)
def test_the_runtime_state_and_protocol_never_import_element_commands(module: str) -> None:
    bad = {n for n in _imports(MODULES[module]) if n.startswith("wasmlit.elements")}
    assert not bad, f"{module} imports {sorted(bad)}; show things through RunContext.show"


def test_only_the_bridge_touches_pyodide() -> None:
    users = {m for m, path in MODULES.items()
             if any(n == "pyodide" or n.startswith(("pyodide.", "wasmlit_host"))
                    for n in _imports(path))}
    assert users == {"wasmlit._pyodide_bridge"}
