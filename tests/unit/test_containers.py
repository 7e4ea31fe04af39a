"""Spec section 2.E: what is cleared and kept; outside containers; the sidebar (B22-B27)."""

from __future__ import annotations

from helpers import app, texts
from wasmlit.errors import M1_SIDEBAR, M2_WIDGETS_OUTSIDE


def test_b22_fragment_rerun_clears_its_own_stale_elements_only() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("n", 0)
        st.write("outside")

        @st.fragment
        def f():
            st.session_state.n += 1
            st.button("go")
            if st.session_state.n % 2:
                st.write("odd")
            st.write(f"n {st.session_state.n}")

        f()
    """)
    assert texts(at) == ["outside", "odd", "n 1"]
    at.button[0].click().run()
    assert texts(at) == ["outside", "n 2"]
    assert all(op["path"][:2] == [0, 1] for op in at.ops_of_last_run())
    at.button[0].click().run()
    assert texts(at) == ["outside", "odd", "n 3"]


def test_b23_outside_container_writes_accumulate() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("n", 0)
        box = st.container()

        @st.fragment
        def f():
            st.session_state.n += 1
            st.button("go")
            box.write(f"write {st.session_state.n}")

        f()
        st.button("full")
    """)
    assert texts(at) == ["write 1"]
    at.button[0].click().run()
    at.button[0].click().run()
    assert texts(at) == ["write 1", "write 2", "write 3"]
    assert [m.path for m in at.markdown] == [(0, 0, 0), (0, 0, 1), (0, 0, 2)]
    assert {m.fragment_id for m in at.markdown} == {at.button[0].fragment_id}
    at.button[1].click().run()  # the next full run starts the container afresh
    assert texts(at) == ["write 4"]


def test_b24_outside_empty_is_replaced_each_run() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("n", 0)
        slot = st.empty()

        @st.fragment
        def f():
            st.session_state.n += 1
            st.button("go")
            slot.write(f"write {st.session_state.n}")

        f()
    """)
    at.button[0].click().run()
    at.button[0].click().run()
    assert texts(at) == ["write 3"]
    assert at.markdown[0].path == (0, 0)


def test_b25_sidebar_inside_a_fragment_raises_inside_the_fragment() -> None:
    for body in ("st.sidebar.write('x')", "with st.sidebar:\n                st.write('x')"):
        at = app(f"""
        import streamlit as st

        @st.fragment
        def f():
            st.write("start")
            {body}

        f()
        st.write("after")
        """)
        assert at.exception[0].type == "StreamlitAPIException"
        assert at.exception[0].value == M1_SIDEBAR
        assert at.exception[0].path[:2] == (0, 0)  # inside the fragment's container
        assert texts(at) == ["start"]  # the full run stops (B46)


def test_b25_fragment_called_inside_with_sidebar_works() -> None:
    at = app("""
        import streamlit as st

        @st.fragment
        def f():
            st.button("go")
            st.write("in sidebar")

        st.write("main")
        with st.sidebar:
            f()
    """)
    assert [m.value for m in at.sidebar.markdown] == ["in sidebar"]
    assert at.sidebar.markdown[0].path == (1, 0, 1)
    at.button[0].click().run()
    assert at.status == "ok" and len(at.exception) == 0


def test_b25_sidebar_container_inside_a_fragment_is_allowed() -> None:
    at = app("""
        import streamlit as st

        @st.fragment
        def f():
            st.sidebar.container().write("x")

        f()
    """)
    assert len(at.exception) == 0
    assert [m.value for m in at.sidebar.markdown] == ["x"]


def test_b26_widgets_in_outside_containers_raise() -> None:
    for target in ("box.button('b')", "st.sidebar.expander('e').button('b')"):
        at = app(f"""
        import streamlit as st
        box = st.container()

        @st.fragment
        def f():
            {target}

        f()
        """)
        assert at.exception[0].type == "StreamlitFragmentWidgetsNotAllowedOutsideError"
        assert at.exception[0].value == M2_WIDGETS_OUTSIDE


def test_b26_widgets_in_containers_made_inside_the_fragment_are_fine() -> None:
    at = app("""
        import streamlit as st

        @st.fragment
        def f():
            left, right = st.columns(2)
            left.button("l")
            with right:
                st.checkbox("r")
            with st.container(border=True):
                st.button("in")

        f()
    """)
    assert len(at.exception) == 0
    assert len(at.button) == 2 and len(at.checkbox) == 1


def test_b26_check_is_restored_after_a_nested_fragment_returns() -> None:
    # Streamlit 1.39 turns the check off here (a quirk); wasmlit keeps it on.
    at = app("""
        import streamlit as st
        box = st.container()

        @st.fragment
        def inner():
            st.write("inner")

        @st.fragment
        def outer():
            inner()
            box.button("b")

        outer()
    """)
    assert at.exception[0].type == "StreamlitFragmentWidgetsNotAllowedOutsideError"


def test_b59_documented_limitations_hold_together() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("n", 0)
        box = st.container()

        @st.fragment
        def f():
            st.session_state.n += 1
            st.button("go")
            box.write(f"note {st.session_state.n}")
            return "value"

        result = f()
        st.write(f"result {result}")
    """)
    at.button[0].click().run()
    assert texts(at) == ["note 1", "note 2", "result value"]  # accumulate; value kept from run 1
