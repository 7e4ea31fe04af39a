"""Element families are imported on first use: ``wasmlit.elements.FAMILIES`` names every
command up front, and must name exactly what the modules attach to DeltaGenerator."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import textwrap

import pytest

import wasmlit as st
from wasmlit import delta_generator as dgm
from wasmlit.delta_generator import DeltaGenerator
from wasmlit.elements import FAMILIES, MODULE_OF
from wasmlit.unavailable import UNAVAILABLE, StreamlitNotAvailableError

PY = os.path.join(os.path.dirname(__file__), "..", "..", "py")


def _every_module() -> list[str]:
    """Every module of the wasmlit package that can define element commands (not _web)."""
    root = os.path.join(PY, "wasmlit")
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(("_web", "__pycache__"))]
        for name in files:
            if name.endswith(".py") and name != "__main__.py":
                rel = os.path.relpath(os.path.join(folder, name), PY)
                found.append(rel[:-3].replace(os.sep, ".").removesuffix(".__init__"))
    return sorted(found)


def _imports_dg_method(module: str) -> bool:
    path = os.path.join(PY, *module.split(".")) + ".py"
    if not os.path.exists(path):
        path = os.path.join(PY, *module.split("."), "__init__.py")
    with open(path, encoding="utf-8") as f:
        return "dg_method" in f.read()


def test_the_table_names_exactly_the_commands_the_modules_attach() -> None:
    users = [m for m in _every_module() if _imports_dg_method(m) and m != "wasmlit.delta_generator"]
    for module in users:
        importlib.import_module(module)
    assert set(users) == set(FAMILIES), "a module attaches commands but is not in FAMILIES"
    assert dgm.ATTACHED == MODULE_OF
    import wasmlit.elements as package
    assert sorted(package.__all__) == sorted(m.rsplit(".", 1)[1] for m in FAMILIES
                                             if m.startswith("wasmlit.elements."))
    assert len(MODULE_OF) == sum(len(names) for names in FAMILIES.values()), "a name twice"


@pytest.mark.parametrize("name", sorted(MODULE_OF))
def test_every_command_is_known_up_front_and_is_the_families_function(name: str) -> None:
    assert name in dir(st) and name in st.__all__ and name in dir(DeltaGenerator)
    importlib.import_module(MODULE_OF[name])
    fn = DeltaGenerator.__dict__[name]
    assert fn.__module__ == MODULE_OF[name] and fn.__name__ == name
    assert getattr(DeltaGenerator, name) is fn
    assert getattr(st, name).__wrapped__ is fn
    assert getattr(st.sidebar, name).__func__ is fn


def test_names_that_are_not_commands_still_fail_as_before() -> None:
    assert not hasattr(st, "no_such_command")
    assert not hasattr(DeltaGenerator, "no_such_command")
    assert not hasattr(st.sidebar, "no_such_command")
    with pytest.raises(AttributeError, match="'DeltaGenerator' object has no attribute 'nope'"):
        st.sidebar.nope
    with pytest.raises(AttributeError, match="module 'streamlit' has no attribute 'nope'"):
        st.nope
    name = sorted(UNAVAILABLE)[0]
    with pytest.raises(StreamlitNotAvailableError, match=f"st.{name}` is not available"):
        getattr(st, name)


FRESH = """
import sys
def loaded():
    return sorted(m for m in sys.modules if m.startswith("wasmlit.elements.")
                  and m != "wasmlit.elements.widget_options")
import wasmlit as st
import wasmlit.runtime.session
print("boot", loaded(), [m for m in ("wasmlit.column_config", "wasmlit.components",
                                      "wasmlit.connections") if m in sys.modules])
st.button
print("button", loaded())
st.sidebar.markdown
print("markdown", loaded())
from wasmlit import metric, dataframe
print("from", loaded())
print("cc", st.column_config.NumberColumn.__name__, "wasmlit.column_config" in sys.modules)
print("v1", st.components.v1.html.__name__)
import wasmlit.elements
print("pkg", wasmlit.elements.charts.__name__)
from wasmlit.testing import AppTest
at = AppTest.from_string('''
import sys
import streamlit as st
import streamlit.components.v1 as v1
import streamlit.connections
st.toggle("T")
st.success(str(v1 is sys.modules["wasmlit.components.v1"]))
st.success(str(streamlit.connections is sys.modules["wasmlit.connections"]))
st.logo
''').run()
print("run", [t.label for t in at.toggle], [s.value for s in at.success], loaded())
print("after", [m for m in sys.modules if m.startswith("streamlit")])
"""


@pytest.mark.skipif(sys.platform == "emscripten", reason="needs a fresh interpreter (subprocess)")
def test_a_fresh_import_loads_no_family_until_a_command_is_looked_up() -> None:
    env = {**os.environ, "PYTHONPATH": os.path.abspath(PY), "PYTHONDONTWRITEBYTECODE": "1"}
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(FRESH)], env=env, check=True,
                         capture_output=True, text=True).stdout.splitlines()
    got = dict(line.split(" ", 1) for line in out)
    assert got["boot"] == "[] []"
    assert got["button"] == "['wasmlit.elements.widgets']"
    assert got["markdown"] == "['wasmlit.elements.text', 'wasmlit.elements.widgets']"
    assert "'wasmlit.elements.metric'" in got["from"] and "'wasmlit.elements.data'" in got["from"]
    assert got["cc"] == "NumberColumn True"
    assert got["v1"] == "html"
    assert got["pkg"] == "wasmlit.elements.charts"
    assert got["run"].startswith("['T'] ['True', 'True'] [")
    assert got["after"] == "[]", "the run's streamlit modules outlive it"
    for family in ("feedback", "widgets", "diagrams"):
        assert f"'wasmlit.elements.{family}'" in got["run"]
