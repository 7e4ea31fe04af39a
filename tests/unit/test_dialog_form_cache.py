"""Spec sections 2.L-2.N: st.dialog (B49-B54), st.form (B55-B56), caching (B57)."""

from __future__ import annotations

import pytest

import wasmlit as st
from helpers import app, texts
from wasmlit.caching import CACHED_WIDGET_WARNING
from wasmlit.errors import (
    M9_DIALOG_TITLE,
    M10_ONE_DIALOG,
    M11_NESTED_DIALOG,
    M14_EXPERIMENTAL_DIALOG,
    M15_NESTED_FORM,
    M16_FORM_CALLBACK,
    StreamlitAPIException,
)

DIALOG = """
    import streamlit as st
    st.session_state.setdefault("full", 0)
    st.session_state.full += 1

    @st.dialog("Cast your vote")
    def vote(item):
        st.write(f"Why is {item} your favorite?")
        reason = st.text_input("Because...")
        if st.button("Submit"):
            st.session_state.vote = {"item": item, "reason": reason}
            st.rerun()

    if "vote" not in st.session_state:
        if st.button("A"):
            vote("A")
    else:
        st.write(f"You voted for {st.session_state.vote['item']}")
    st.write(f"full {st.session_state.full}")
"""


def test_b49_dialog_needs_a_title() -> None:
    with pytest.raises(StreamlitAPIException) as info:
        st.dialog("")
    assert str(info.value) == M9_DIALOG_TITLE
    with pytest.raises(TypeError):  # the title is a required parameter in Streamlit 1.67
        st.dialog()  # type: ignore[call-arg]
    with pytest.raises(StreamlitAPIException):
        st.dialog(lambda: None)  # type: ignore[arg-type]  # bare @st.dialog


def test_b50_b51_dialog_opens_in_the_event_root_reruns_alone_and_closes_on_rerun() -> None:
    at = app(DIALOG)
    at.button[0].click().run()
    assert len(at.dialog) == 1 and at.dialog[0].path == (2, 0)
    assert at.dialog[0].props["title"] == "Cast your vote"
    assert [m.value for m in at.dialog[0].markdown] == ["Why is A your favorite?"]
    at.text_input[0].input("tasty").run()
    assert at.last_run.fragment_ids and len(at.dialog) == 1
    at.button[1].click().run()  # Submit inside the dialog: st.rerun() closes it
    assert len(at.dialog) == 0
    assert texts(at) == ["You voted for A", f"full {at.session_state.full}"]
    assert at.session_state.vote == {"item": "A", "reason": "tasty"}


def test_b53_only_one_dialog_per_run_and_no_nesting() -> None:
    at = app("""
        import streamlit as st

        @st.dialog("One")
        def one(): st.write("one")

        @st.dialog("Two")
        def two(): st.write("two")

        one(); two()
    """)
    assert at.exception[0].value == M10_ONE_DIALOG
    at = app("""
        import streamlit as st

        @st.dialog("Inner")
        def inner(): st.write("inner")

        @st.dialog("Outer")
        def outer(): inner()

        outer()
    """)
    assert at.exception[0].value == M11_NESTED_DIALOG
    assert at.exception[0].path[:2] == (2, 0)  # shown inside the outer dialog


def test_b50_different_dialogs_get_different_fragment_ids_and_return_none() -> None:
    at = app("""
        import streamlit as st

        @st.dialog("D")
        def d():
            st.write("in d")
            return 5

        st.write(str(d()))
    """)
    assert [m.value for m in at.main.markdown] == ["None"]
    assert at.dialog[0].markdown[0].fragment_id is not None


def test_experimental_dialog_warns_inside_the_dialog() -> None:
    at = app("""
        import streamlit as st

        @st.experimental_dialog("Old")
        def d(): st.write("body")

        d()
    """)
    assert at.dialog[0].warning[0].value == M14_EXPERIMENTAL_DIALOG


def test_b55_form_rules() -> None:
    at = app("""
        import streamlit as st
        with st.form("outer"):
            with st.form("inner"):
                pass
    """)
    assert at.exception[0].value == M15_NESTED_FORM
    at = app("""
        import streamlit as st
        with st.form("f"):
            st.checkbox("c", on_change=lambda: None)
    """)
    assert at.exception[0].value == M16_FORM_CALLBACK
    at = app("""
        import streamlit as st
        st.form_submit_button("x")
    """)
    assert "must be used inside an `st.form()`" in at.exception[0].value


def test_b55_form_values_change_only_on_submit_and_submit_callbacks_fire() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("submitted", 0)
        with st.form("f"):
            n = st.number_input("n", value=1)
            st.form_submit_button("go", on_click=lambda: st.session_state.update(
                submitted=st.session_state.submitted + 1))
        st.write(f"n={n} submitted={st.session_state.submitted}")
    """)
    at.number_input[0].set_value(5)
    at.run()
    assert texts(at) == ["n=1 submitted=0"]
    at.form_submit_button[0].click().run()
    assert texts(at) == ["n=5 submitted=1"]


def test_b56_fragment_inside_a_form_is_submitted_by_the_forms_button() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("full", 0)
        st.session_state.full += 1

        @st.fragment
        def part():
            return st.text_input("name")

        with st.form("f"):
            name = part()
            st.form_submit_button("send")
        st.write(f"{name} {st.session_state.full}")
    """)
    at.text_input[0].input("Ada")
    at.form_submit_button[0].click().run()
    assert texts(at) == ["Ada 2"]
    assert at.last_run.fragment_ids == []


def test_b57_caches_survive_reruns_and_warn_about_widgets() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("calls", 0)

        @st.cache_data
        def load(n):
            st.session_state.calls += 1
            return [n] * 3

        @st.fragment
        def f():
            st.button("go")
            st.write(str(load(2)))

        f()
    """)
    at.button[0].click().run()
    at.run()
    assert texts(at) == ["[2, 2, 2]"]
    assert at.session_state.calls == 1
    at = app("""
        import streamlit as st

        @st.cache_resource
        def make():
            st.checkbox("inside cache")
            return object()

        make()
    """)
    assert at.exception[0].type == "CachedWidgetWarning"
    assert at.exception[0].value == CACHED_WIDGET_WARNING


def test_b52_other_fragment_runs_never_touch_a_dismissed_dialog() -> None:
    at = app("""
        import streamlit as st

        @st.dialog("Hello")
        def hello():
            st.write("in dialog")

        @st.fragment
        def other():
            st.button("other fragment")

        if st.button("open"):
            hello()
        other()
    """)
    at.button[0].click().run()
    assert len(at.dialog) == 1
    # the user dismisses it in the page (nothing is sent); another fragment reruns:
    at.button[1].click().run()
    assert all(op["path"][0] != 2 for op in at.ops_of_last_run())


def test_cache_key_ignores_underscore_parameters_and_uses_hash_funcs() -> None:
    from wasmlit.caching import cache_data

    calls: list[tuple[int, object]] = []

    class Conn:
        def __init__(self, name: str) -> None:
            self.name = name

    @cache_data
    def load(n: int, _conn: object) -> int:
        calls.append((n, _conn))
        return n * 2

    assert load(1, object()) == load(1, object()) == 2
    assert len(calls) == 1, "a parameter starting with _ is not part of the key"

    @cache_data(hash_funcs={Conn: lambda c: c.name})
    def query(conn: Conn) -> str:
        calls.append((0, conn))
        return conn.name.upper()

    assert query(Conn("a")) == query(Conn("a")) == "A"
    assert query(Conn("b")) == "B"
    assert len(calls) == 3
    cache_data.clear()
    load(1, object())
    assert len(calls) == 4, "st.cache_data.clear() empties every data cache"


def test_clear_on_submit_hands_the_values_to_the_run_then_shows_the_defaults() -> None:
    at = app("""
        import streamlit as st
        with st.form("f", clear_on_submit=True):
            name = st.text_input("Name", value="nobody")
            agree = st.checkbox("Agree")
            sent = st.form_submit_button("Send")
        st.write(f"sent={sent} name={name} agree={agree}")
    """)
    at.text_input[0].input("Ada")
    at.checkbox[0].check()
    at.form_submit_button[0].click().run()
    assert texts(at) == ["sent=True name=Ada agree=True"]  # the run saw what was submitted
    assert at.text_input[0].value == "nobody"  # ...and the form shows its defaults again
    assert at.checkbox[0].value is False
    at.run()
    assert texts(at) == ["sent=False name=nobody agree=False"]


def test_a_form_without_clear_on_submit_keeps_its_values() -> None:
    at = app("""
        import streamlit as st
        with st.form("f"):
            name = st.text_input("Name")
            st.form_submit_button("Send")
        st.write(f"name={name}")
    """)
    at.text_input[0].input("Ada")
    at.form_submit_button[0].click().run()
    assert at.text_input[0].value == "Ada"
    at.run()
    assert texts(at) == ["name=Ada"]
