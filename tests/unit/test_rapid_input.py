"""Nothing the user does is lost: every click on a trigger widget (button, form submit,
download button with callable data, chat message) yields exactly one run in which it is
True, however fast the clicks come, while a full-run request still preempts a running run
(spec section 0; docs/protocol.md, "No click is lost")."""

from __future__ import annotations

import textwrap
import time

import pytest

from wasmlit import protocol as p
from wasmlit.testing import AppTest
from test_queueing import click_during_sleep

COUNTER = """
    import streamlit as st
    st.session_state.setdefault("full", 0)
    st.session_state.setdefault("frag", 0)
    st.session_state.setdefault("true_runs", [])
    st.title("Clicks")
    if st.button("full +1"):
        st.session_state.true_runs.append(("full", st.session_state.full))
        st.session_state.full += 1
    st.write(f"full = {st.session_state.full}")

    @st.fragment
    def counter():
        st.caption("in the fragment")
        if st.button("frag +1"):
            st.session_state.frag += 1
        st.write(f"frag = {st.session_state.frag}")

    counter()
    st.slider("level", 0, 100, key="level")
    st.write(f"level = {st.session_state.level}")
"""


def counter_app(*, concurrent: bool = False) -> AppTest:
    return AppTest.from_string(textwrap.dedent(COUNTER), concurrent=concurrent).run()


def button(at: AppTest, label: str):
    return next(b for b in at.button if b.label == label)


# The first time the script sleeps, the page sends the given messages (mid-run).
during_sleep = click_during_sleep


def finished(at: AppTest) -> list[str]:
    return [m.status for m in at.messages if isinstance(m, p.RunFinished)]


@pytest.mark.parametrize("label, key", [("full +1", "full"), ("frag +1", "frag")])
def test_200_clicks_queued_before_any_run_finishes_count_200(label: str, key: str) -> None:
    at = counter_app()
    for _ in range(200):
        button(at, label).click().queue()
    at.settle()
    assert at.session_state[key] == 200
    assert f"{key} = 200" in [m.value for m in at.markdown]


def test_each_full_run_click_is_true_in_exactly_one_run() -> None:
    at = counter_app()
    for _ in range(20):
        button(at, "full +1").click().queue()
    at.settle()
    # the button returned True in 20 runs, each seeing the count the one before left
    assert at.session_state.true_runs == [("full", n) for n in range(20)]
    # a repeat click never preempts the run handling the click before it
    assert "rerun" not in finished(at)


def test_clicks_arriving_mid_run_count_and_are_not_merged(monkeypatch) -> None:
    """Requests that arrive while a run sleeps (as in the browser): three clicks on the
    running run's own button."""
    src = textwrap.dedent("""
        import streamlit as st, time
        st.session_state.setdefault("n", 0)
        if st.button("slow +1"):
            st.session_state.n += 1
            time.sleep(1)
            st.write("slept")
        st.write(f"n = {st.session_state.n}")
    """)
    at = AppTest.from_string(src, concurrent=True)
    at.run()
    click = p.WidgetChanged(values={at.button[0].id: True})
    during_sleep(at, monkeypatch, click, click, click)
    at.button[0].click().run()
    assert at.session_state.n == 4
    assert finished(at)[1:] == ["ok"] * 4


def test_a_full_request_still_preempts_a_running_run(monkeypatch) -> None:
    """A slider moved while a long run goes: the run ends early and a fresh one starts."""
    src = textwrap.dedent("""
        import streamlit as st, time
        st.session_state.setdefault("done", 0)
        v = st.slider("v", 0, 10)
        if st.session_state.get("slow"):
            for _ in range(50):
                time.sleep(0.1)
        st.session_state.done += 1
        st.write(f"v = {v}, done = {st.session_state.done}")
    """)
    at = AppTest.from_string(src, concurrent=True)
    at.run()
    at.session_state.slow = True
    sent = []

    def sleep(seconds: float) -> None:
        if not sent:
            sent.append(1)
            at.session_state.slow = False
            at.inject(p.WidgetChanged(values={at.slider[0].id: 7}))
        at.fake_sleep(seconds)

    monkeypatch.setattr(time, "sleep", sleep)
    at.run()
    assert finished(at)[1:] == ["rerun", "ok"]
    assert at.markdown[-1].value == "v = 7, done = 2"


def test_a_preempted_runs_unreached_click_is_delivered_once_later(monkeypatch) -> None:
    """The click that started the run had not reached its button when a slider change
    preempted the run: the run that follows delivers the click, exactly once."""
    src = textwrap.dedent("""
        import streamlit as st, time
        st.session_state.setdefault("clicks", 0)
        st.session_state.setdefault("runs", 0)
        st.session_state.runs += 1
        v = st.slider("v", 0, 10)
        if st.session_state.runs == 2:
            time.sleep(1)  # the run the click started: preempted here
        if st.button("count"):
            st.session_state.clicks += 1
        st.write(f"v = {v}, clicks = {st.session_state.clicks}")
    """)
    at = AppTest.from_string(src, concurrent=True)
    at.run()
    during_sleep(at, monkeypatch, p.WidgetChanged(values={at.slider[0].id: 3}))
    at.button[0].click().run()
    assert finished(at)[1:] == ["rerun", "ok"]
    assert at.session_state.clicks == 1
    assert at.markdown[-1].value == "v = 3, clicks = 1"
    at.run()  # a plain rerun: the click is not seen again
    assert at.session_state.clicks == 1


def test_a_preempted_click_is_not_merged_with_a_later_click_on_the_same_button(
        monkeypatch) -> None:
    """Run 1 (click A) is preempted before reaching A by a slider change; a second click on
    A arrives too. A must be True in two runs."""
    src = textwrap.dedent("""
        import streamlit as st, time
        st.session_state.setdefault("a", 0)
        st.session_state.setdefault("runs", 0)
        st.session_state.runs += 1
        v = st.slider("v", 0, 10)
        if st.session_state.runs == 2:
            time.sleep(1)
        if st.button("A"):
            st.session_state.a += 1
        st.write(f"a = {st.session_state.a}")
    """)
    at = AppTest.from_string(src, concurrent=True)
    at.run()
    a_id = at.button[0].id
    during_sleep(at, monkeypatch, p.WidgetChanged(values={at.slider[0].id: 5}),
                 p.WidgetChanged(values={a_id: True}))
    at.button[0].click().run()
    assert at.session_state.a == 2
    assert at.slider[0].value == 5


def test_callbacks_fire_once_per_click_even_across_preemption(monkeypatch) -> None:
    src = textwrap.dedent("""
        import streamlit as st, time
        st.session_state.setdefault("calls", 0)
        st.session_state.setdefault("runs", 0)
        st.session_state.runs += 1
        def bump():
            st.session_state.calls += 1
        v = st.slider("v", 0, 10)
        if st.session_state.runs == 2:
            time.sleep(1)
        st.button("cb", on_click=bump)
        st.write(f"calls = {st.session_state.calls}")
    """)
    at = AppTest.from_string(src, concurrent=True)
    at.run()
    during_sleep(at, monkeypatch, p.WidgetChanged(values={at.slider[0].id: 1}))
    at.button[0].click().run()
    assert at.session_state.calls == 1


def test_rapid_form_submits_each_see_their_own_values() -> None:
    at = AppTest.from_string(textwrap.dedent("""
        import streamlit as st
        st.session_state.setdefault("got", [])
        with st.form("f"):
            name = st.text_input("name")
            if st.form_submit_button("Send"):
                st.session_state.got.append(name)
    """)).run()
    for name in ("ada", "bob", "cy"):
        at.text_input[0].input(name)
        at.form_submit_button[0].click().queue()
    at.settle()
    assert at.session_state.got == ["ada", "bob", "cy"]


def test_rapid_chat_messages_each_arrive_once() -> None:
    at = AppTest.from_string(textwrap.dedent("""
        import streamlit as st
        st.session_state.setdefault("chat", [])
        msg = st.chat_input("Say")
        if msg:
            st.session_state.chat.append(msg)
        for m in st.session_state.chat:
            st.write(m)
    """)).run()
    for text in ("one", "two", "two", "three"):
        at.chat_input[0].set_value(text).queue()
    at.settle()
    assert [str(m) for m in at.session_state.chat] == ["one", "two", "two", "three"]
    assert [m.value for m in at.markdown] == ["one", "two", "two", "three"]


def test_rapid_download_clicks_make_the_data_each_time() -> None:
    at = AppTest.from_string(textwrap.dedent("""
        import streamlit as st
        st.session_state.setdefault("made", 0)
        def make():
            st.session_state.made += 1
            return f"report {st.session_state.made}"
        if st.download_button("Get", data=make, file_name="r.txt"):
            st.session_state.setdefault("true", 0)
            st.session_state["true"] += 1
    """)).run()
    for _ in range(5):
        at.download_button[0].click().queue()
    at.settle()
    assert at.session_state.made == 5
    assert at.session_state["true"] == 5


def test_clicks_on_two_buttons_interleaved_all_count() -> None:
    at = counter_app()
    for _ in range(30):
        button(at, "full +1").click().queue()
        button(at, "frag +1").click().queue()
    at.slider[0].set_value(40).queue()
    at.settle()
    assert at.session_state.full == 30 and at.session_state.frag == 30
    assert at.session_state.level == 40


def test_typed_value_queued_behind_clicks_wins_once_they_ran() -> None:
    at = counter_app()
    at.slider[0].set_value(10).queue()
    button(at, "full +1").click().queue()
    at.slider[0].set_value(20).queue()
    button(at, "full +1").click().queue()
    at.settle()
    assert at.session_state.full == 2 and at.session_state.level == 20
    assert at.markdown[-1].value == "level = 20"
