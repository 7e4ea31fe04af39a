"""Smoke tests for tests/pyodide/run.mjs: prove that the run really is inside Pyodide and
sees this checkout's sources. Skipped on CPython."""

import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    sys.platform != "emscripten", reason="runs inside Pyodide: node tests/pyodide/run.mjs"
)

REPO = Path(__file__).resolve().parents[2]


def test_runs_on_pyodide_python_3_14():
    assert sys.platform == "emscripten"
    assert sys.version_info[:2] == (3, 14)


def test_imports_wasmlit_from_this_checkout():
    import wasmlit

    assert any(Path(p).resolve() == REPO / "py" / "wasmlit" for p in wasmlit.__path__)
