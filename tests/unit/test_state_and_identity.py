"""Spec section 2.G: return values, session state, widget identity and keys (B31-B36)."""

from __future__ import annotations

import pytest

from helpers import app, texts
from wasmlit.errors import M17_DUPLICATE_KEY, M18_DUPLICATE_ID
from wasmlit.state.session_state import element_id


def test_b31_return_value_in_full_run_discarded_on_rerun() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("seen", [])

        @st.fragment
        def f():
            st.button("go")
            return 42

        r = f()
        st.session_state.seen.append(r)
        st.write(f"got {r}")
    """)
    assert texts(at) == ["got 42"]
    at.button[0].click().run()
    assert at.session_state.seen == [42]  # code using the value did not run again


def test_b32_session_state_changes_in_a_fragment_reach_the_next_full_run() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("n", 0)
        st.write(f"outside {st.session_state.n}")

        @st.fragment
        def f():
            if st.button("inc"):
                st.session_state.n += 1
            st.write(f"inside {st.session_state.n}")

        f()
        st.button("full")
    """)
    at.button[0].click().run()
    assert texts(at) == ["outside 0", "inside 1"]
    at.button[1].click().run()
    assert texts(at) == ["outside 1", "inside 1"]


def test_b33_widget_id_ignores_the_fragment_and_includes_the_key() -> None:
    wid = element_id("checkbox", "k", label="x")
    assert wid.startswith("$$ID-") and wid.endswith("-k")
    assert element_id("checkbox", None, label="x") != element_id("checkbox", None, label="y")
    at = app("""
        import streamlit as st
        inside = st.checkbox("frag?")

        @st.fragment
        def f():
            st.text_input("t", key="t")

        if inside:
            f()
        else:
            st.text_input("t", key="t")
    """)
    outside_id = at.text_input[0].id
    at.text_input[0].input("kept").run()
    at.checkbox[0].check().run()
    assert at.text_input[0].id == outside_id
    assert at.text_input[0].value == "kept"
    assert at.session.state.widget(outside_id).fragment_id is not None


def test_b34_fragment_run_drops_only_its_own_unseen_widgets() -> None:
    at = app("""
        import streamlit as st
        st.text_input("main", key="main")

        @st.fragment
        def f():
            show = st.checkbox("show", value=True, key="show")
            if show:
                st.text_input("inner", key="inner")

        f()
    """)
    at.text_input[0].input("m").run()
    at.text_input[1].input("i").run()
    at.checkbox[0].uncheck().run()
    assert "inner" not in at.session_state
    assert at.session_state.main == "m"
    at.checkbox[0].check().run()
    assert at.text_input[1].value == ""


def test_b34_stop_and_exceptions_keep_widget_state() -> None:
    at = app("""
        import streamlit as st
        st.text_input("a", key="a")
        if st.session_state.a == "stop":
            st.stop()
        if st.session_state.a == "boom":
            raise ValueError("boom")
        st.text_input("b", key="b")
    """)
    at.text_input[1].input("kept").run()
    at.text_input[0].input("stop").run()
    assert at.session_state.b == "kept"
    at.text_input[0].input("boom").run()
    assert at.session_state.b == "kept"
    assert at.exception[0].value == "boom"


def test_b34_widget_not_reached_before_st_rerun_loses_its_state() -> None:
    # Streamlit issue #11266, kept as the spec's quirk: a fragment run ended by st.rerun()
    # counts as complete, so a fragment widget it had not reached yet is dropped.
    at = app("""
        import streamlit as st

        @st.fragment
        def f():
            if st.button("rerun"):
                st.rerun()
            st.text_input("later", key="later")

        f()
    """)
    at.text_input[0].input("typed").run()
    at.button[0].click().run()
    assert at.text_input[0].value == ""


def test_b35_duplicate_keys_and_ids_are_reported() -> None:
    at = app("""
        import streamlit as st
        st.text_input("a", key="same")
        st.checkbox("b", key="same")
    """)
    assert at.exception[0].type == "StreamlitDuplicateElementKey"
    assert at.exception[0].value == M17_DUPLICATE_KEY.format(user_key="same")
    at = app("""
        import streamlit as st
        st.button("twin")
        st.button("twin")
    """)
    assert at.exception[0].type == "StreamlitDuplicateElementId"
    assert at.exception[0].value == M18_DUPLICATE_ID.format(element_type="button")


def test_b35_duplicate_with_outside_key_only_shows_in_the_next_full_run() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("dup", False)

        @st.fragment
        def f():
            if st.button("make duplicate"):
                st.session_state.dup = True
            if st.session_state.dup:
                st.text_input("inner", key="k")

        st.text_input("outer", key="k")
        f()
        st.button("full")
    """)
    at.button[0].click().run()
    assert len(at.exception) == 0
    at.button[1].click().run()
    assert at.exception[0].type == "StreamlitDuplicateElementKey"


def test_session_state_api() -> None:
    at = app("""
        import streamlit as st
        ss = st.session_state
        ss["a"] = 1
        ss.b = 2
        assert "a" in ss and ss.get("zz", 9) == 9
        assert ss.setdefault("c", 3) == 3 and ss.setdefault("c", 4) == 3
        del ss["a"]
        del ss.b
        st.write(sorted(ss.keys()))
        st.write(str(list(iter(ss))))
        try:
            ss.missing
        except AttributeError as e:
            st.write(str(e))
        try:
            ss["missing"]
        except KeyError as e:
            st.write(str(e))
    """)
    assert at.json[0].value == '["c"]'
    assert texts(at)[0] == "['c']"
    assert texts(at)[1].startswith('st.session_state has no attribute "missing".')
    assert 'st.session_state has no key "missing"' in texts(at)[2]


def test_widget_value_by_key_and_set_before_creation() -> None:
    at = app("""
        import streamlit as st
        if "name" not in st.session_state:
            st.session_state.name = "preset"
        st.text_input("Name", key="name")
        st.write(st.session_state.name)
    """)
    assert at.text_input[0].value == "preset"
    assert texts(at) == ["preset"]


def test_setting_a_widget_key_after_the_widget_is_created_fails() -> None:
    at = app("""
        import streamlit as st
        st.text_input("Name", key="name")
        st.session_state.name = "late"
    """)
    assert at.exception[0].value == ("`st.session_state.name` cannot be modified after the "
                                     "widget with key `name` is instantiated.")


def test_button_value_cannot_be_set_through_session_state() -> None:
    at = app("""
        import streamlit as st
        st.button("b", key="btn")
        if st.checkbox("set it"):
            pass
    """)
    at.checkbox[0].check()
    at.run()
    at2 = app("""
        import streamlit as st
        st.session_state.setdefault("first", True)
        if not st.session_state.first:
            st.session_state.btn = True
        st.session_state.first = False
        st.button("b", key="btn")
    """)
    at2.run()
    assert at2.exception[0].value == (
        'Values for the widget with key "btn" cannot be set using st.session_state.')


def test_button_is_true_only_on_the_run_after_click() -> None:
    at = app("""
        import streamlit as st
        st.write(str(st.button("b")))
        st.checkbox("other")
    """)
    assert texts(at) == ["False"]
    at.button[0].click().run()
    assert texts(at) == ["True"]
    at.checkbox[0].check().run()
    assert texts(at) == ["False"]


@pytest.mark.parametrize("clicks", [1, 30])
def test_b58_rapid_clicks_in_a_fragment_all_count(clicks: int) -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("runs", 0)
        st.session_state.runs += 1

        @st.fragment
        def f():
            st.number_input("n", value=1, key="n")
            st.write(f"n={st.session_state.n}")

        f()
    """)
    for _ in range(clicks):
        at.number_input[0].increment().run()
    assert texts(at) == [f"n={clicks + 1}"]
    assert at.session_state.runs == 1
