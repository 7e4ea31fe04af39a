"""Spec section 2.B: fragment identity (B8-B10)."""

from __future__ import annotations

from helpers import app, md5, texts


def test_b8_fragment_id_is_md5_of_module_qualname_and_call_position() -> None:
    at = app("""
        import streamlit as st
        st.write("first")

        @st.fragment
        def f():
            st.write("inside")

        f()
        with st.sidebar:
            f()
    """)
    assert at.markdown[1].fragment_id == md5("__main__.f[0, 1]")
    assert at.sidebar.markdown[0].fragment_id == md5("__main__.f[1, 0]")


def test_b8_nested_container_position_is_part_of_the_id() -> None:
    at = app("""
        import streamlit as st

        @st.fragment
        def f():
            st.write("x")

        box = st.container()
        box.write("before")
        with box:
            f()
    """)
    assert at.markdown[1].fragment_id == md5("__main__.f[0, 0, 1]")


def test_b9_id_follows_position_but_widget_state_survives_the_move() -> None:
    at = app("""
        import streamlit as st

        if st.checkbox("show banner"):
            st.write("banner")

        @st.fragment
        def f():
            st.text_input("name", key="name")
            st.write(f"hello {st.session_state.name}")

        f()
    """)
    first_id = at.markdown[0].fragment_id
    at.text_input[0].input("Ada").run()
    assert texts(at) == ["hello Ada"]
    at.checkbox[0].check().run()
    assert texts(at) == ["banner", "hello Ada"]
    assert at.markdown[1].fragment_id != first_id
    assert at.text_input[0].value == "Ada"


def test_b10_newest_closure_wins_in_storage() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("label", "old")

        @st.fragment
        def f(label):
            if st.button("frag"):
                pass
            st.write(label)

        f(st.session_state.label)
        if st.button("change"):
            st.session_state.label = "new"
            st.rerun()
    """)
    at.button[1].click().run()
    at.button[0].click().run()
    assert texts(at) == ["new"]
    assert len(at.session.fragments.entries) == 1
