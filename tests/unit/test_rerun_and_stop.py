"""Spec sections 2.H and 2.I: st.rerun and st.stop (B37-B41)."""

from __future__ import annotations

from helpers import app, texts
from wasmlit.errors import M3_SCOPE_FRAGMENT


def test_b37_rerun_ends_the_run_early_and_a_full_run_follows() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("count", 0)
        st.session_state.count += 1
        st.write(f"count {st.session_state.count}")
        if st.session_state.count < 4:
            st.rerun()
        st.write("start")
    """)
    assert texts(at) == ["count 4", "start"]
    statuses = [m.status for m in at.messages if m.TYPE == "run-finished"]
    assert statuses == ["rerun", "rerun", "rerun", "ok"]


def test_b37_rerun_scope_app_from_a_fragment_run_gives_a_full_run() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("full", 0)
        st.session_state.full += 1
        choice = st.selectbox("pick", ["a", "b"])

        @st.fragment
        def f():
            if st.button("app"):
                st.rerun(scope="app")

        f()
        st.write(f"full {st.session_state.full} {choice}")
    """)
    at.selectbox[0].select("b").run()
    at.button[0].click().run()
    assert texts(at) == ["full 3 b"]
    assert [r.fragment_ids == [] for r in at.runs[-2:]] == [False, True]


def test_b38_scope_fragment_outside_a_fragment_run_raises() -> None:
    at = app("""
        import streamlit as st

        @st.fragment
        def f():
            st.rerun(scope="fragment")

        f()
    """)
    assert at.exception[0].value == M3_SCOPE_FRAGMENT
    assert at.exception[0].fragment_id is not None  # shown inside the fragment
    at = app("""
        import streamlit as st
        st.rerun(scope="fragment")
    """)
    assert at.exception[0].value == M3_SCOPE_FRAGMENT and at.exception[0].path == (0, 0)


def test_b38_self_rerunning_fragment_counts_to_five() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("app", 0)
        st.session_state.setdefault("frag", 0)
        st.session_state.app += 1

        @st.fragment
        def f():
            st.session_state.frag += 1
            st.button("rerun fragment")
            if st.session_state.frag % 5 != 0:
                st.rerun(scope="fragment")
            st.write(f"fragment count {st.session_state.frag}")

        f()
        st.write(f"app run count {st.session_state.app}")
    """)
    assert at.session_state.frag == 1  # scope="fragment" is refused in the full run
    assert at.exception[0].value == M3_SCOPE_FRAGMENT
    at2 = app("""
        import streamlit as st
        st.session_state.setdefault("app", 0)
        st.session_state.setdefault("frag", 0)
        st.session_state.app += 1

        @st.fragment
        def f():
            clicked = st.button("rerun fragment")
            if clicked or st.session_state.frag % 5 != 0:
                st.session_state.frag += 1
                if st.session_state.frag % 5 != 0:
                    st.rerun(scope="fragment")
            st.write(f"fragment count {st.session_state.frag}")

        f()
        st.write(f"app run count {st.session_state.app}")
    """)
    at2.button[0].click().run()
    assert texts(at2) == ["fragment count 5", "app run count 1"]
    at2.button[0].click().run()
    assert texts(at2) == ["fragment count 10", "app run count 1"]


def test_b39_nested_fragment_can_rerun_itself_during_its_parents_run() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("inner", 0)

        @st.fragment
        def inner():
            st.session_state.inner += 1
            st.write(f"inner {st.session_state.inner}")
            if st.session_state.get("go") and st.session_state.inner < 3:
                st.rerun(scope="fragment")

        @st.fragment
        def outer():
            if st.button("outer"):
                st.session_state.go = True
            inner()

        outer()
    """)
    at.button[0].click().run()
    assert len(at.exception) == 0
    assert texts(at) == ["inner 3"]


def test_b40_rerun_and_stop_pass_through_except_exception() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("n", 0)
        st.session_state.n += 1
        try:
            if st.session_state.n < 3:
                st.rerun()
            st.stop()
        except Exception:
            st.write("swallowed")
        st.write("after")
    """)
    assert texts(at) == []
    assert at.session_state.n == 3
    assert at.status == "stopped"


def test_b41_stop_ends_the_script() -> None:
    at = app("""
        import streamlit as st
        st.text("Text before stop")
        st.stop()
        st.text("Text after stop")
    """)
    assert [t.value for t in at.text] == ["Text before stop"]


def test_b41_stop_in_a_fragment_during_a_full_run_stops_everything() -> None:
    at = app("""
        import streamlit as st

        @st.fragment
        def f():
            st.write("in")
            st.stop()
            st.write("never")

        f()
        st.write("after")
    """)
    assert texts(at) == ["in"]


def test_b41_stop_in_a_fragment_run_stops_that_fragment_and_clears_its_stale_elements() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("n", 0)

        @st.fragment
        def f():
            st.session_state.n += 1
            st.button("go")
            st.write("top")
            if st.session_state.n > 1:
                st.stop()
            st.write("bottom")

        f()
        st.write("outside")
    """)
    at.button[0].click().run()
    assert texts(at) == ["top", "outside"]
    assert at.status == "stopped"


def test_stop_request_from_the_page_stops_a_sleeping_script() -> None:
    from wasmlit import protocol as p
    from wasmlit.testing import AppTest
    import textwrap

    at = AppTest.from_string(textwrap.dedent("""
        import streamlit as st, time
        st.write("before")
        for i in range(100):
            time.sleep(1)
        st.write("after")
    """), concurrent=True)
    import time as time_module
    real = time_module.sleep
    calls = []

    def fake(seconds: float) -> None:
        calls.append(seconds)
        at.fake_sleep(seconds)
        if len(calls) == 3:
            at.inject(p.Stop())

    time_module.sleep = fake
    try:
        at.run()
    finally:
        time_module.sleep = real
    assert at.status == "stopped"
    assert texts(at) == ["before"]
    assert len(calls) <= 4


def test_an_interrupted_script_ends_as_stopped_and_keeps_its_state() -> None:
    """Stop on a cross-origin isolated page raises KeyboardInterrupt inside a script that
    never yields (Pyodide's interrupt buffer): the run ends as stopped, like st.stop(), and
    the session, its state and the elements already shown survive."""
    at = app("""
        import streamlit as st
        st.session_state.setdefault("n", 0)
        st.write(f"n = {st.session_state.n}")
        if st.button("Add one"):
            st.session_state.n += 1
        if st.button("Spin"):
            raise KeyboardInterrupt  # what the interrupt buffer raises in the loop
    """)
    at.button[0].click().run()
    at.button[1].click().run()
    assert at.status == "stopped"
    assert at.exception.values == []
    assert at.session_state.n == 1
    at.run()
    assert at.status == "ok"
    assert texts(at) == ["n = 1"]
