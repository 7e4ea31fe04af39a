"""Spec section 2.D: what reruns on an interaction (B16-B21)."""

from __future__ import annotations

from helpers import app, texts


COUNTING_APP = """
    import streamlit as st
    for name in ("main", "f", "g"):
        st.session_state.setdefault(name, 0)
    st.session_state.main += 1
    st.write(f"main {st.session_state.main}")

    @st.fragment
    def f():
        st.session_state.f += 1
        st.button("in f")
        st.write(f"f {st.session_state.f}")

    @st.fragment
    def g():
        st.session_state.g += 1
        st.button("in g")
        st.write(f"g {st.session_state.g}")

    f()
    g()
    st.button("outside")
    st.write(f"after {st.session_state.main}")
"""


def test_b16_widget_in_fragment_reruns_only_that_fragment() -> None:
    at = app(COUNTING_APP)
    at.button[0].click().run()
    assert at.last_run.fragment_ids == [at.markdown[1].fragment_id]
    assert texts(at) == ["main 1", "f 2", "g 1", "after 1"]
    assert at.status == "ok"
    ops = at.ops_of_last_run()
    assert [op["op"] for op in ops] == ["put"]
    assert ops[0]["node"]["props"]["body"] == "f 2"


def test_b17_widget_outside_reruns_everything() -> None:
    at = app(COUNTING_APP)
    at.button[2].click().run()
    assert at.last_run.fragment_ids == []
    assert texts(at) == ["main 2", "f 2", "g 2", "after 2"]


def test_b19_callback_runs_before_the_fragment_body() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("n", 0)

        def bump():
            st.session_state.n += 10

        @st.fragment
        def f():
            st.button("add", on_click=bump)
            st.write(f"n is {st.session_state.n}")

        f()
    """)
    at.button[0].click().run()
    assert texts(at) == ["n is 10"]
    assert at.last_run.fragment_ids


def test_b19_rerun_inside_a_callback_is_a_no_op_with_a_warning() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("calls", 0)

        def cb():
            st.session_state.calls += 1
            st.rerun()

        st.button("go", on_click=cb)
        st.write(f"calls {st.session_state.calls}")
    """)
    at.button[0].click().run()
    assert at.status == "ok" and texts(at) == ["calls 1"]
    warnings = [op for op in at.ops_of_last_run() if op["op"] == "put"
                and op["node"]["kind"] == "alert"]
    assert warnings and warnings[0]["node"]["props"]["body"] == \
        "Calling st.rerun() within a callback is a no-op."


def test_b19_callback_args_and_kwargs() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("log", [])

        def record(a, b=None):
            st.session_state.log.append((a, b))

        st.checkbox("c", on_change=record, args=(1,), kwargs={"b": 2})
    """)
    at.checkbox[0].check().run()
    assert at.session_state.log == [(1, 2)]


def test_b20_only_the_changed_widget_fires_its_callback() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("fired", [])
        st.text_input("outside", key="o", on_change=lambda: st.session_state.fired.append("o"))

        @st.fragment
        def f():
            st.text_input("inside", key="i",
                          on_change=lambda: st.session_state.fired.append("i"))

        f()
    """)
    at.text_input[1].input("x").run()
    assert at.session_state.fired == ["i"]
    assert at.session_state.o == ""


def test_b21_form_in_fragment_submits_a_fragment_run() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("full", 0)
        st.session_state.full += 1

        @st.fragment
        def f():
            with st.form("survey"):
                name = st.text_input("name")
                sent = st.form_submit_button("Send")
            st.write(f"name={name} sent={sent}")

        f()
        st.write(f"full {st.session_state.full}")
    """)
    at.text_input[0].input("Ada")
    at.run()  # a form widget alone sends nothing
    assert texts(at) == ["name= sent=False", "full 1"]
    at.form_submit_button[0].click().run()
    assert texts(at) == ["name=Ada sent=True", "full 1"]
    assert at.last_run.fragment_ids
