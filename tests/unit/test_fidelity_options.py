"""Streamlit 1.67 parameters that wasmlit honours: button width/icon_position/wrap/shortcut,
checkbox and toggle width/wrap/bind/persist_state, fragment key/parallel, st.rerun with a
fragment key, and the cache options max_size/show_spinner/show_time/validate/on_release/scope."""

from __future__ import annotations

import re

import pytest

import wasmlit as st
from helpers import app
from wasmlit.caching import max_size_bytes
from wasmlit.elements.widget_options import normalize_shortcut
from wasmlit.errors import StreamlitAPIException


# ---- shortcuts --------------------------------------------------------------------------

@pytest.mark.parametrize("given, normalized", [
    ("K", "k"), ("4", "4"), ("F11", "f11"), ("Esc", "escape"), ("Return", "enter"),
    ("Ctrl+S", "ctrl+s"), ("Shift+Cmd+D", "cmd+shift+d"), ("Mod+Alt+Shift+F", "ctrl+alt+shift+f"),
    ("option + arrowup", "alt+up"), ("Meta+Control+K", "ctrl+cmd+k"),
])
def test_a_shortcut_is_normalised_as_streamlit_does(given: str, normalized: str) -> None:
    assert normalize_shortcut(given) == normalized


@pytest.mark.parametrize("given, message", [
    ("", "must contain at least one key or modifier"),
    ("Ctrl+Shift", "must include a non-modifier key"),
    ("A+B", "may only specify a single non-modifier key"),
    ("Ctrl+C", "cannot use the keys 'C' or 'R'"),
    ("r", "cannot use the keys 'C' or 'R'"),
    ("Ctrl+.", "must include a single character or one of the supported keys"),
    (5, "Invalid `shortcut` type. Expected one of: str. Provided type: int."),
])
def test_a_bad_shortcut_is_the_error_streamlit_gives(given: object, message: str) -> None:
    with pytest.raises(StreamlitAPIException, match=re.escape(message)):
        normalize_shortcut(given)


def test_a_bad_shortcut_is_shown_where_the_script_used_it() -> None:
    at = app("""
        import streamlit as st
        st.write("before")
        st.button("Go", shortcut="Ctrl+R")
    """)
    assert "cannot use the keys 'C' or 'R'" in at.exception[0].value
    assert len(at.button) == 0
    assert [m.value for m in at.markdown] == ["before"]


# ---- button -----------------------------------------------------------------------------

def test_button_props_carry_width_icon_position_wrap_and_the_normalised_shortcut() -> None:
    at = app("""
        import streamlit as st
        st.button("A")
        st.button("B", width="stretch", icon=":material/add:", icon_position="right",
                  shortcut="Cmd+Shift+B", wrap=False)
        st.button("C", width=240)
        st.button("D", use_container_width=True)
        st.button("E", use_container_width=False, width="stretch")
    """)
    a, b, c, d, e = (w.props for w in at.button)
    assert (a["width"], a["icon_position"], a["shortcut"], a["wrap"]) == ("content", "left", None, None)
    assert (b["width"], b["icon_position"], b["shortcut"], b["wrap"]) == (
        "stretch", "right", "cmd+shift+b", False)
    assert c["width"] == 240
    assert d["width"] == "stretch"
    assert e["width"] == "content", "use_container_width, when given, decides (as in 1.67)"


@pytest.mark.parametrize("call, message", [
    ('st.button("x", icon_position="top")', "Invalid `icon_position` value. Supported values: 'left', 'right'."),
    ('st.button("x", width="wide")', "Invalid width value"),
    ('st.button("x", width=0)', "Invalid width value"),
    ('st.checkbox("x", width="auto")', "Invalid width value"),
    ('st.checkbox("x", bind="url")', "Invalid `bind` value. Supported values: 'query-params', None."),
    ('st.checkbox("x", bind="query-params")', "The `key` parameter is required."),
    ('st.toggle("x", persist_state="tab", key="k")', "Invalid `persist_state` value"),
    ('st.toggle("x", persist_state="page")', "The `key` parameter is required."),
])
def test_bad_values_are_streamlits_errors(call: str, message: str) -> None:
    at = app(f"import streamlit as st\n{call}\n")
    assert at.exception[0].value.startswith(message)


def test_a_form_submit_button_honours_the_same_options() -> None:
    at = app("""
        import streamlit as st
        with st.form("f"):
            st.text_input("name")
            st.form_submit_button("Send", icon=":material/send:", icon_position="right",
                                  shortcut="ctrl+enter", width=300, wrap=True)
    """)
    props = at.form_submit_button[0].props
    assert (props["icon_position"], props["shortcut"], props["width"], props["wrap"]) == (
        "right", "ctrl+enter", 300, True)


# ---- checkbox / toggle ------------------------------------------------------------------

def test_checkbox_and_toggle_carry_width_and_wrap_and_rerun_by_default() -> None:
    at = app("""
        import streamlit as st
        st.checkbox("a")
        st.toggle("b", width="stretch", wrap=False)
        st.checkbox("c", width=120, on_change="ignore")
    """)
    a, c = at.checkbox[0].props, at.checkbox[1].props
    b = at.toggle[0].props
    assert (a["width"], a["wrap"], a["on_change"]) == ("content", None, "rerun")
    assert (b["width"], b["wrap"]) == ("stretch", False)
    assert (c["width"], c["on_change"]) == (120, "ignore")


def test_persist_state_keeps_the_value_while_the_widget_is_not_drawn() -> None:
    script = """
        import streamlit as st
        show = st.toggle("show", key="show", value=True)
        if show:
            st.checkbox("kept", key="kept", persist_state="page")
            st.checkbox("lost", key="lost")
        st.write(f"kept={st.session_state.get('kept')} lost={st.session_state.get('lost')}")
    """
    at = app(script)
    at.checkbox(key="kept").check().run()
    at.checkbox(key="lost").check().run()
    at.toggle(key="show").set_value(False).run()
    at.run()  # (as in Streamlit, a widget's state goes at the end of the first run without it)
    assert at.markdown[-1].value == "kept=True lost=None"
    at.toggle(key="show").set_value(True).run()
    assert at.checkbox(key="kept").value is True
    assert at.checkbox(key="lost").value is False


def test_bind_query_params_is_accepted_with_a_key() -> None:
    at = app("""
        import streamlit as st
        st.checkbox("x", key="x", bind="query-params", value=True)
    """)
    assert not at.exception and at.checkbox[0].value is True


# ---- fragment, rerun, pyplot, dialog ------------------------------------------------------

def test_fragment_key_must_be_a_string_or_an_int_and_parallel_is_accepted() -> None:
    at = app("""
        import streamlit as st
        @st.fragment(key="charts", parallel=True)
        def part():
            st.write("in the fragment")
        part()
        @st.fragment(key=3)
        def other():
            st.write("numbered")
        other()
    """)
    assert [m.value for m in at.markdown] == ["in the fragment", "numbered"]
    with pytest.raises(StreamlitAPIException, match="Invalid `key` type"):
        st.fragment(key=1.5)


def test_rerun_takes_its_scope_by_position_and_names_what_is_missing() -> None:
    at = app("""
        import streamlit as st
        st.rerun("charts")
    """)
    assert "rerunning fragments by their key is not available in wasmlit" in at.exception[0].value


def test_pyplot_needs_a_figure() -> None:
    at = app("import streamlit as st\nst.pyplot(None)\n")
    assert at.exception[0].value.startswith("The `fig` parameter is required.")


# ---- caches -----------------------------------------------------------------------------

@pytest.mark.parametrize("given, size", [
    (1000, 1000), ("1KB", 1024), ("1.1KB", 1126), ("2 MiB", 2 * 1024 ** 2), ("1gb", 1024 ** 3),
    ("10b", 10), (None, None),
])
def test_max_size_is_bytes_or_a_size_with_a_unit(given: object, size: int | None) -> None:
    assert max_size_bytes(given) == size


@pytest.mark.parametrize("given", [0, -5, "500", "5 apples", True, 1.5])
def test_a_bad_max_size_is_an_error(given: object) -> None:
    with pytest.raises(StreamlitAPIException, match="max_size"):
        max_size_bytes(given)


def test_max_size_drops_the_least_recently_used_values() -> None:
    calls: list[int] = []

    @st.cache_data(max_size=2500)
    def blob(n: int) -> bytes:
        calls.append(n)
        return bytes(1000)

    blob(1), blob(2), blob(1)  # 1 is now the most recently used
    blob(3)  # 3000 bytes > 2500: 2 goes
    calls.clear()
    blob(1), blob(3)
    assert calls == []
    blob(2)
    assert calls == [2]
    blob.clear()


def test_validate_and_on_release() -> None:
    released: list[str] = []
    made: list[int] = []

    class Conn:
        def __init__(self, n: int) -> None:
            self.n, self.open = n, True

    @st.cache_resource(validate=lambda c: c.open, on_release=lambda c: released.append(f"c{c.n}"),
                       max_entries=2)
    def connect(n: int) -> Conn:
        made.append(n)
        return Conn(n)

    first = connect(1)
    assert connect(1) is first and made == [1]
    first.open = False
    second = connect(1)
    assert second is not first and made == [1, 1] and released == ["c1"]
    connect(2), connect(3)  # max_entries=2: the least recently used (1) leaves
    assert released == ["c1", "c1"]
    connect.clear()
    assert sorted(released) == ["c1", "c1", "c2", "c3"]


def test_a_cache_miss_shows_streamlits_spinner_text_and_a_hit_none() -> None:
    at = app("""
        import streamlit as st
        @st.cache_data(show_time=True)
        def load(n):
            return f"v{n * 2}"
        @st.cache_data(show_spinner="Fetching")
        def fetch():
            return load(5)  # nested: only the outer call shows a spinner
        st.write(load(2))
        st.write(fetch())
    """)

    def spinners() -> list[dict[str, object]]:
        return [op["node"]["props"] for op in at.ops_of_last_run()
                if isinstance(op.get("node"), dict) and op["node"].get("kind") == "spinner"]

    assert [m.value for m in at.markdown] == ["v4", "v10"]
    assert spinners() == [{"text": "Running `load(...)`.", "show_time": True},
                          {"text": "Fetching", "show_time": False}]
    at.run()  # both are hits now
    assert spinners() == []
    assert [m.value for m in at.markdown] == ["v4", "v10"]


@pytest.mark.parametrize("options, message", [
    ({"scope": "tab"}, "Invalid `scope` value"),
    ({"refresh_mode": "later"}, "Invalid `refresh_mode` value"),
    ({"refresh_mode": "background"}, "The `ttl` parameter is required."),
    ({"persist": "cloud"}, "Invalid `persist` value"),
])
def test_cache_options_are_checked(options: dict[str, object], message: str) -> None:
    with pytest.raises(StreamlitAPIException, match=re.escape(message)):
        st.cache_data(lambda: 1, **options)  # type: ignore[arg-type]


def test_session_scope_and_persist_are_accepted() -> None:
    f = st.cache_data(lambda: [1], scope="session", persist="disk")
    assert f() == [1]
    g = st.cache_resource(lambda: object(), scope="session", ttl=60, refresh_mode="background")
    assert g() is g()
