"""Spec section 2.K: exceptions (B46-B48) and the script runner's error handling."""

from __future__ import annotations

from helpers import app, texts

MULTI = """
    import streamlit as st
    raise_it = st.checkbox("raise in full run")

    @st.fragment
    def first():
        st.button("first")
        st.write("first uuid")

    @st.fragment
    def middle():
        if st.checkbox("Raise Exception", value=raise_it):
            raise RuntimeError("fragment failed")
        st.write("middle fine")

    @st.fragment
    def last():
        st.write("last uuid")

    first(); middle(); last()
    st.write("end of script")
"""


def test_b46_exception_is_shown_inside_the_fragment_and_stops_the_full_run() -> None:
    at = app(MULTI)
    at.checkbox[0].check().run()
    assert len(at.exception) == 1
    assert at.exception[0].value == "fragment failed" and at.exception[0].type == "RuntimeError"
    assert at.exception[0].path[:2] == (0, 2)  # inside middle()'s container
    assert texts(at) == ["first uuid"]
    assert at.status == "error"


def test_b46_in_a_fragment_run_the_error_is_shown_and_cleared_by_the_next_good_run() -> None:
    at = app(MULTI)
    at.checkbox[1].check().run()
    assert [e.value for e in at.exception] == ["fragment failed"]
    assert texts(at) == ["first uuid", "last uuid", "end of script"]
    at.checkbox[1].uncheck().run()
    assert len(at.exception) == 0
    assert texts(at) == ["first uuid", "middle fine", "last uuid", "end of script"]


def test_b47_nested_exception_is_shown_once() -> None:
    at = app("""
        import streamlit as st

        @st.fragment
        def inner():
            raise ValueError("inner broke")

        @st.fragment
        def outer():
            st.write("outer")
            inner()

        outer()
    """)
    assert [(e.type, e.value) for e in at.exception] == [("ValueError", "inner broke")]


def test_uncaught_exception_shows_trimmed_traceback_and_session_survives() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("n", 0)
        st.session_state.n += 1
        st.write("before")
        if st.session_state.n == 1:
            {}["missing"]
        st.write("after")
    """)
    assert at.exception[0].type == "KeyError"
    assert at.exception[0].value == "'missing'"
    tb = "\n".join(at.exception[0].traceback)
    assert "streamlit_app.py" in tb and "wasmlit" not in tb
    assert texts(at) == ["before"]
    at.run()
    assert texts(at) == ["before", "after"] and len(at.exception) == 0
    assert at.session_state.n == 2


def test_syntax_error_is_shown_as_an_exception() -> None:
    at = app("""
        import streamlit as st
        st.write("x"
    """)
    assert at.exception[0].type == "SyntaxError"
    assert at.status == "error"


def test_exception_in_a_callback_is_shown() -> None:
    at = app("""
        import streamlit as st
        st.button("b", on_click=lambda: 1 / 0)
        st.write("ok")
    """)
    at.button[0].click().run()
    assert at.exception[0].type == "ZeroDivisionError"
