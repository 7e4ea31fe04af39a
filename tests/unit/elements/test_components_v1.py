"""components.v1.declare_component: custom components, their arguments and their values."""

from __future__ import annotations

import base64
import io
import textwrap
import zipfile
from pathlib import Path

import pytest

from wasmlit.component_assets import frontend_folders, ship_component_frontends
from wasmlit.components.v1 import value_from_wire
from wasmlit.testing import AppTest


def frontend(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "index.html").write_text("<!doctype html><script src='main.js'></script>")
    return folder


def run_in(folder: Path, src: str) -> AppTest:
    script = folder / "app.py"
    script.write_text(textwrap.dedent(src))
    return AppTest.from_file(str(script)).run()


def components_of(at: AppTest) -> list[dict]:
    return [n["props"] for n in at.page.walk() if n["kind"] == "component_instance"]


APP = """
    import os
    import streamlit as st
    import streamlit.components.v1 as components

    counter = components.declare_component(
        "counter", path=os.path.join(os.path.dirname(__file__), "frontend", "build"))

    def changed():
        st.session_state.changes = st.session_state.get("changes", 0) + 1

    value = counter(label="Clicks", step=2, default=10, key="clicks", on_change=changed)
    st.write(f"value: {value!r}")
    st.write(f"changes: {st.session_state.get('changes', 0)}")
"""


def test_a_frontend_beside_the_app_is_served_from_the_apps_folder(tmp_path: Path) -> None:
    frontend(tmp_path / "frontend" / "build")
    at = run_in(tmp_path, APP)
    assert at.exception.values == []
    (props,) = components_of(at)
    assert props["src"] == "app/frontend/build/index.html"
    assert props["name"] == "app.counter", "the module (the script's file name) and the name"
    assert props["args"] == {"label": "Clicks", "step": 2, "default": 10, "key": "clicks"}
    assert [m.value for m in at.markdown] == ["value: 10", "changes: 0"], "default until set"


def test_the_value_the_frontend_sets_comes_back_and_calls_on_change(tmp_path: Path) -> None:
    frontend(tmp_path / "frontend" / "build")
    at = run_in(tmp_path, APP)
    at.component_instance[0].set_value({"clicks": 3}).run()
    assert [m.value for m in at.markdown] == ["value: {'clicks': 3}", "changes: 1"]
    assert at.session_state["clicks"] == {"clicks": 3}
    at.run()
    assert [m.value for m in at.markdown] == ["value: {'clicks': 3}", "changes: 1"]


def test_with_a_key_the_identity_survives_new_arguments(tmp_path: Path) -> None:
    frontend(tmp_path / "fe")
    src = """
        import os
        import streamlit as st
        import streamlit.components.v1 as components
        c = components.declare_component("c", path=os.path.join(os.path.dirname(__file__), "fe"))
        n = st.number_input("n", value=1)
        st.write(c(n=n, key="k"), c(n=n))
    """
    at = run_in(tmp_path, src)
    keyed, unkeyed = (w.id for w in at.component_instance)
    at.number_input[0].set_value(5).run()
    assert at.component_instance[0].id == keyed
    assert at.component_instance[1].id != unkeyed, "without a key, the arguments are its identity"


def test_url_bytes_and_dataframe_arguments(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pa = pytest.importorskip("pyarrow")
    at = run_in(tmp_path, """
        import pandas as pd
        import streamlit.components.v1 as components
        c = components.declare_component("remote", url="https://example.org/component/")
        c(blob=b"\\x00\\x01", table=pd.DataFrame({"a": [1, 2]}, index=["x", "y"]), n=3)
    """)
    assert at.exception.values == []
    (props,) = components_of(at)
    assert props["src"] == "https://example.org/component/"
    assert props["args"] == {"n": 3, "default": None, "key": None}
    blob, table = props["special"]
    assert (blob["key"], blob["type"], base64.b64decode(blob["value"])) == ("blob", "bytes",
                                                                           b"\x00\x01")
    assert (table["key"], table["type"]) == ("table", "dataframe")
    parts = {k: pa.ipc.open_stream(base64.b64decode(v)).read_all().to_pandas()
             for k, v in table["value"].items()}
    assert parts["data"]["a"].tolist() == [1, 2]
    assert parts["index"][0].tolist() == ["x", "y"]
    assert parts["columns"][0].tolist() == ["a"]
    assert isinstance(parts["data"], pd.DataFrame)


def test_values_in_bytes_and_arrow_come_back_as_python_objects() -> None:
    assert value_from_wire({"$bytes": base64.b64encode(b"hi").decode()}) == b"hi"
    assert value_from_wire([1, {"a": None}]) == [1, {"a": None}]
    pa = pytest.importorskip("pyarrow")
    pytest.importorskip("pandas")
    sink = pa.BufferOutputStream()
    table = pa.table({"v": [1.5, 2.5]})
    with pa.ipc.new_stream(sink, table.schema) as w:
        w.write_table(table)
    got = value_from_wire({"$arrow": {"data": base64.b64encode(sink.getvalue().to_pybytes())
                                      .decode()}})
    assert got["v"].tolist() == [1.5, 2.5]


@pytest.mark.parametrize("call, message", [
    ("c('positional')", "Argument 'positional' needs a label"),
    ("c(tab_index=-3)", "`tab_index` must be None, -1 or a non-negative integer"),
    ("c(when=object())", "Could not convert component args to JSON"),
])
def test_bad_calls_say_what_is_wrong(tmp_path: Path, call: str, message: str) -> None:
    frontend(tmp_path / "fe")
    at = run_in(tmp_path, f"""
        import os
        import streamlit as st
        import streamlit.components.v1 as components
        c = components.declare_component("c", path=os.path.join(os.path.dirname(__file__), "fe"))
        {call}
        st.write("after")
    """)
    assert message in at.exception[0].message


def test_a_folder_without_index_html_or_outside_the_site_is_refused(tmp_path: Path) -> None:
    app = tmp_path / "app"
    app.mkdir()
    (app / "empty").mkdir()
    at = run_in(app, """
        import os
        import streamlit.components.v1 as components
        components.declare_component("a", path=os.path.join(os.path.dirname(__file__), "empty"))()
    """)
    assert "has no index.html" in at.exception[0].message
    outside = frontend(tmp_path / "elsewhere")
    at = run_in(app, f"""
        import streamlit.components.v1 as components
        components.declare_component("b", path={str(outside)!r})()
    """)
    assert "neither in the app's folder nor in an installed package" in at.exception[0].message
    at = run_in(app, """
        import streamlit.components.v1 as components
        components.declare_component("c")
    """)
    assert "Either 'path' or 'url' must be set." in at.exception[0].message


def test_a_frontend_inside_an_installed_package_maps_to_the_sites_components(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site_packages = tmp_path / "site-packages"
    frontend(site_packages / "my_pkg" / "frontend" / "dist")
    (site_packages / "my_pkg" / "__init__.py").write_text(textwrap.dedent("""
        import os
        import streamlit.components.v1 as components
        menu = components.declare_component(
            "menu", path=os.path.join(os.path.dirname(__file__), "frontend", "dist"))
    """))
    monkeypatch.syspath_prepend(str(site_packages))
    app = tmp_path / "app"
    app.mkdir()
    at = run_in(app, "import my_pkg\nmy_pkg.menu(options=['a'])\n")
    assert at.exception.values == []
    (props,) = components_of(at)
    assert props["name"] == "my_pkg.menu"
    assert props["src"] == "components/my_pkg/frontend/dist/index.html"


def _wheel(path: Path, files: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, text in files.items():
            zf.writestr(name, text)
    return path


def test_the_build_ships_the_frontend_folders_of_wheels(tmp_path: Path) -> None:
    wheel = _wheel(tmp_path / "comp-1.0-py3-none-any.whl", {
        "comp/__init__.py": "",
        "comp/frontend/build/index.html": "<html></html>",
        "comp/frontend/build/static/js/main.js": "import('./chunk.js')",
        "comp/frontend/build/static/js/chunk.js": "export {}",
        "comp/frontend/build/nested/index.html": "inner page",
        "comp/notes.txt": "not shipped",
        "comp-1.0.dist-info/index.html": "metadata, not a frontend",
    })
    site = tmp_path / "site"
    assert ship_component_frontends(site, [wheel]) == ["components/comp/frontend/build/"]
    shipped = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    assert shipped == ["components/comp/frontend/build/index.html",
                       "components/comp/frontend/build/nested/index.html",
                       "components/comp/frontend/build/static/js/chunk.js",
                       "components/comp/frontend/build/static/js/main.js"]
    assert frontend_folders(["index.html", "a/b/index.html", "a/b/c/index.html"]) == ["a/b"]


def test_real_component_wheels_hold_a_frontend_folder() -> None:
    wheels = Path(__file__).resolve().parents[3] / ".cache" / "component-wheels"
    menu = sorted(wheels.glob("streamlit_option_menu-*.whl"))
    if not menu:
        pytest.skip("make install downloads the component wheels into .cache/component-wheels")
    with zipfile.ZipFile(io.BytesIO(menu[0].read_bytes())) as zf:
        names = zf.namelist()
    assert frontend_folders(names) == ["streamlit_option_menu/frontend/dist"]
