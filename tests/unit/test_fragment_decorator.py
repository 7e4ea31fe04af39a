"""Spec section 2.A: decorator forms and calling (B1-B7)."""

from __future__ import annotations

import logging

import pytest

import wasmlit as st
from helpers import app, texts


def test_b1_every_decorator_form_makes_a_fragment() -> None:
    at = app("""
        import streamlit as st
        from datetime import timedelta

        @st.fragment
        def a(): st.write("a")

        @st.fragment()
        def b(): st.write("b")

        @st.fragment(run_every=60)
        def c(): st.write("c")

        def d_(): st.write("d")
        d = st.fragment(d_)

        def e_(): st.write("e")
        e = st.fragment(run_every=timedelta(minutes=1))(e_)

        for f in (a, b, c, d, e):
            f()
    """)
    assert texts(at) == ["a", "b", "c", "d", "e"]
    assert all(m.fragment_id for m in at.markdown)
    assert len({m.fragment_id for m in at.markdown}) == 5
    assert sorted(at.timers.values()) == [60.0, 60.0]


def test_b1_wrapper_keeps_name_doc_and_signature() -> None:
    import inspect

    def report(x: int, *, y: str = "z") -> int:
        """Docs."""
        return x

    report.custom = 1  # type: ignore[attr-defined]  # a function attribute, on purpose
    wrapped = st.fragment(report)
    assert wrapped.__name__ == "report" and wrapped.__doc__ == "Docs."
    assert wrapped.custom == 1
    assert inspect.signature(wrapped) == inspect.signature(report)
    assert list(inspect.signature(wrapped).parameters) == ["x", "y"]


def test_b1_run_every_is_keyword_only() -> None:
    with pytest.raises(TypeError):
        st.fragment(lambda: None, 5)  # type: ignore[misc]  # the misuse under test


def test_b2_args_are_forwarded_and_the_latest_call_wins_on_rerun() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("n", 0)
        st.session_state.n += 1

        @st.fragment
        def show(label, *, times):
            st.button("again")
            st.write(f"{label} x{times}")

        show("call", times=st.session_state.n)
        st.button("full")
    """)
    assert texts(at) == ["call x1"]
    at.button[1].click().run()
    assert texts(at) == ["call x2"]
    at.button[0].click().run()  # fragment rerun replays the latest call's arguments
    assert texts(at) == ["call x2"]
    assert at.last_run.fragment_ids


def test_b3_bare_mode_does_not_run_the_body(caplog: pytest.LogCaptureFixture) -> None:
    ran = []

    @st.fragment
    def f() -> int:
        ran.append(1)
        return 1

    with caplog.at_level(logging.WARNING, logger="wasmlit"):
        assert f() is None
    assert ran == []
    assert "missing ScriptRunContext" in caplog.text


def test_b4_decorating_a_non_function_fails_only_when_called() -> None:
    wrapped = st.fragment(5)  # type: ignore[arg-type]  # the misuse under test
    at = app("""
        import streamlit as st
        st.fragment(5)()
    """)
    assert callable(wrapped)
    assert at.exception[0].type == "TypeError"


def test_b5_experimental_fragment_bare_form_warns_on_every_call() -> None:
    at = app("""
        import streamlit as st

        @st.experimental_fragment
        def f():
            st.write("body")
            st.button("go")

        f()
    """)
    assert at.warning[0].value.startswith("Please replace `st.experimental_fragment`")
    assert at.warning[0].fragment_id is None  # written before the fragment's container
    assert at.warning[0].path == (0, 0) and at.markdown[0].path == (0, 1, 0)
    at.button[0].click().run()
    assert len(at.warning) == 1


def test_b5_experimental_fragment_with_parentheses_does_not_warn() -> None:
    at = app("""
        import streamlit as st

        @st.experimental_fragment()
        def f(): st.write("body")

        @st.experimental_fragment(run_every=5)
        def g(): st.write("timed")

        f(); g()
    """)
    assert len(at.warning) == 0
    assert texts(at) == ["body", "timed"]


def test_b6_defined_but_not_called_fragment_does_not_exist() -> None:
    at = app("""
        import streamlit as st

        @st.fragment(run_every=1)
        def never(): st.write("never")

        st.write("main")
    """)
    assert texts(at) == ["main"]
    assert at.session.fragments.entries == {}
    assert at.timers == {}


def test_b7_each_call_creates_its_own_container_and_id() -> None:
    at = app("""
        import streamlit as st

        @st.fragment
        def f(i):
            st.write(f"call {i}")

        for i in range(3):
            f(i)
    """)
    assert texts(at) == ["call 0", "call 1", "call 2"]
    assert [m.path for m in at.markdown] == [(0, 0, 0), (0, 1, 0), (0, 2, 0)]
    assert len({m.fragment_id for m in at.markdown}) == 3
    assert [c.props for c in at.main.container] == [{"border": False, "height": None}] * 3
