"""st.components.v2.component: the node it writes, state and trigger values, callbacks."""

from __future__ import annotations

import textwrap

from wasmlit.testing import AppTest

APP = """
    import streamlit as st

    st.session_state.setdefault("calls", [])
    counter = st.components.v2.component(
        "counter", html="<button>+</button>", css="button { color: red; }",
        js="export default function({ setStateValue }) {}")
    result = counter(
        key="c", data={"label": "Count"}, default={"count": 5},
        on_count_change=lambda: st.session_state.calls.append("count"),
        on_clicked_change=lambda: st.session_state.calls.append("clicked"))
    st.write(f"count={result.count} clicked={result.clicked} calls={st.session_state.calls}")
"""


def run(src: str) -> AppTest:
    return AppTest.from_string(textwrap.dedent(src)).run()


def texts(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


def test_the_mount_writes_the_component_and_returns_its_defaults() -> None:
    at = run(APP)
    assert at.exception.values == []
    (node,) = [n["props"] for n in at.page.walk() if n["kind"] == "bidi_component"]
    assert node["name"] == "counter" and node["html"] == "<button>+</button>"
    assert node["css"].startswith("button") and node["isolate_styles"] is True
    assert node["data"] == {"label": "Count"}
    assert node["value"] == {"count": 5}
    assert node["events_id"] == node["id"] + "__events"
    assert texts(at) == ["count=5 clicked=None calls=[]"]


def test_state_persists_and_triggers_last_one_run() -> None:
    at = run(APP)
    node = at.bidi_component[0]
    node.set_value({"count": 6}).run()
    assert texts(at) == ["count=6 clicked=None calls=['count']"]
    at._pending[node.node["props"]["events_id"]] = [{"event": "clicked", "value": "yes"}]
    at.run()
    assert texts(at) == ["count=6 clicked=yes calls=['count', 'clicked']"]
    at.run()
    assert texts(at) == ["count=6 clicked=None calls=['count', 'clicked']"], \
        "a trigger is gone on the next run, the state stays"
    assert at.session_state["c"] == {"count": 6}


def test_session_state_of_the_key_is_the_state_dict() -> None:
    at = run("""
        import streamlit as st
        c = st.components.v2.component("t", js="export default function() {}")
        if st.button("Hello"):
            st.session_state["inst"]["value"] = "Hello World"
        r = c(key="inst", default={"value": "start"}, on_value_change=lambda: None)
        st.write(f"value={r.value}")
    """)
    assert texts(at) == ["value=start"]
    at.button[0].click().run()
    assert texts(at) == ["value=Hello World"]
    assert at.bidi_component[0].node["props"]["value"] == {"value": "Hello World"}


def test_bad_mounts_say_what_is_wrong() -> None:
    at = run("""
        import streamlit as st
        c = st.components.v2.component("t", js="export default function() {}")
        c(default={"value": 1})
    """)
    assert "The default key 'value' has no callback" in at.exception[0].message
    at = run("""
        import streamlit as st
        st.components.v2.component("t", js="index-*.js")
    """)
    assert "asset_dir" in at.exception[0].message
    at = run("""
        import streamlit as st
        st.components.v2.component("t", js="export default () => {}")(width="wide")
    """)
    assert "Invalid width value" in at.exception[0].message


def test_the_result_reads_as_a_mapping_and_by_attribute() -> None:
    from wasmlit.components.v2 import ComponentResult

    r = ComponentResult({"a": {"b": 1}}, {"t": None})
    assert r == {"a": {"b": 1}, "t": None} and r.a.b == 1 and r.t is None
    try:
        r.missing
    except AttributeError as exc:
        assert "no attribute 'missing'" in str(exc)
    else:
        raise AssertionError("a missing key is an AttributeError")


def _installed_component(root, asset_dir: str = "frontend") -> None:
    """An installed package (dist-info with a RECORD) whose package folder holds a
    pyproject.toml declaring component `slider` with an asset_dir, as component packages do."""
    pkg, info = root / "my_comp", root / "my_comp-1.0.dist-info"
    (pkg / "frontend" / "nested").mkdir(parents=True)
    info.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "pyproject.toml").write_text(textwrap.dedent(f"""
        [project]
        name = "my-comp"
        [[tool.streamlit.component.components]]
        name = "slider"
        asset_dir = "{asset_dir}"
    """))
    (pkg / "frontend" / "index-3f2a.js").write_text("export default function() {}\n")
    (pkg / "frontend" / "nested" / "style.css").write_text("div { color: red; }\n")
    (pkg / "frontend" / "a.js").write_text("")
    (pkg / "frontend" / "b.js").write_text("")
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: my-comp\nVersion: 1.0\n")
    files = ["my_comp/__init__.py", "my_comp/pyproject.toml", "my_comp/frontend/index-3f2a.js",
             "my_comp/frontend/nested/style.css", "my_comp-1.0.dist-info/METADATA"]
    (info / "RECORD").write_text("".join(f"{f},,\n" for f in files))


def test_js_and_css_from_a_packaged_components_asset_dir(tmp_path, monkeypatch) -> None:
    from wasmlit.components import v2

    _installed_component(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    v2._asset_root.cache_clear()
    at = run("""
        import streamlit as st
        slider = st.components.v2.component("my-comp.slider", js="index-*.js",
                                            css="nested/style.css")
        slider(key="s")
    """)
    assert not at.exception
    node = at.bidi_component[0].node
    assert node["props"]["js"] == "export default function() {}\n"
    assert node["props"]["css"] == "div { color: red; }\n"
    for js, message in [("*.js", "exactly one file"), ("../pyproject.toml", "no absolute path"),
                        ("missing.js", "no js file")]:
        at = run(f"""
            import streamlit as st
            st.components.v2.component("my-comp.slider", js={js!r})
        """)
        assert message in at.exception[0].message, js
    at = run("""
        import streamlit as st
        st.components.v2.component("other.slider", js="index.js")
    """)
    assert "must be declared in pyproject.toml with asset_dir" in at.exception[0].message
    v2._asset_root.cache_clear()
