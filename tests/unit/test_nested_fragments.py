"""Spec section 2.F: nested fragments (B28-B30)."""

from __future__ import annotations

from helpers import app, texts

NESTED = """
    import streamlit as st
    for k in ("main", "outer", "inner"):
        st.session_state.setdefault(k, 0)
    st.session_state.main += 1
    st.write(f"main {st.session_state.main}")

    @st.fragment
    def inner():
        st.session_state.inner += 1
        st.button("inner")
        st.write(f"inner {st.session_state.inner}")

    @st.fragment
    def outer():
        st.session_state.outer += 1
        st.button("outer")
        inner()
        st.write(f"outer {st.session_state.outer}")
        if 1 <= st.session_state.outer < 3:
            st.write("Counter in range")

    outer()
"""


def test_b18_inner_widget_reruns_only_the_inner_fragment() -> None:
    at = app(NESTED)
    at.button[1].click().run()
    assert texts(at) == ["main 1", "inner 2", "outer 1", "Counter in range"]
    assert all(op["path"][:3] == [0, 1, 1] for op in at.ops_of_last_run())


def test_b18_outer_widget_reruns_outer_and_inner_inline() -> None:
    at = app(NESTED)
    at.button[0].click().run()
    assert texts(at) == ["main 1", "inner 2", "outer 2", "Counter in range"]
    at.button[0].click().run()
    assert texts(at) == ["main 1", "inner 3", "outer 3"]  # stale text cleared in the outer


def test_b28_inner_has_its_own_id_and_outer_id_is_restored_after() -> None:
    at = app(NESTED)
    outer_id = at.button[0].fragment_id
    inner_id = at.button[1].fragment_id
    assert outer_id != inner_id
    assert at.markdown[2].fragment_id == outer_id  # written by outer after inner returned
    assert at.markdown[1].path[:3] == (0, 1, 1)  # inner container inside outer container


def test_b29_sibling_fragments_in_a_shared_container_never_collide() -> None:
    at = app("""
        import streamlit as st

        @st.fragment
        def child(i):
            st.write(f"child {i}")

        @st.fragment
        def parent():
            st.button("parent")
            box = st.container()
            with box:
                child(1)
            with box:
                child(2)

        parent()
    """)
    assert texts(at) == ["child 1", "child 2"]
    at.button[0].click().run()
    assert texts(at) == ["child 1", "child 2"]
    assert len({m.fragment_id for m in at.markdown}) == 2


def test_nested_fragment_dropped_by_its_parent_loses_its_timer_and_registry_entry() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("show", True)

        @st.fragment(run_every=1)
        def inner():
            st.write("inner")

        @st.fragment
        def outer():
            if st.button("toggle"):
                st.session_state.show = not st.session_state.show
            if st.session_state.show:
                inner()

        outer()
    """)
    assert len(at.timers) == 1
    at.button[0].click().run()
    assert at.timers == {}
    assert len(at.session.fragments.entries) == 1
    assert texts(at) == []
