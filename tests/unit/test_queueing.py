"""Spec section 2.J: fragment reruns vs full reruns arriving while a run is in progress
(B42-B45), with section 0's rule that no click is ever lost."""

from __future__ import annotations

import base64
import textwrap
import time

import pytest

from helpers import texts
from wasmlit import protocol as p
from wasmlit.runtime.requests import RequestQueue, RerunRequest
from wasmlit.testing import AppTest

THREE = """
    import streamlit as st, time
    st.session_state.setdefault("log", [])
    st.session_state.setdefault("full", 0)
    st.session_state.full += 1

    def make(i):
        @st.fragment
        def frag():
            if st.button(f"button {i}"):
                st.session_state.log.append(i)
                st.write(f"ran fragment {i}")
            if i == 1 and st.session_state.get("slow"):
                time.sleep(3)
                st.write("slept")
        return frag

    for i in (1, 2, 3):
        make(i)()
    st.button("full rerun")
    st.write(f"full {st.session_state.full}")
"""


@pytest.fixture
def three(monkeypatch: pytest.MonkeyPatch) -> AppTest:
    at = AppTest.from_string(textwrap.dedent(THREE), concurrent=True)
    monkeypatch.setattr(time, "sleep", at.fake_sleep)
    return at.run()


def click_during_sleep(at: AppTest, monkeypatch: pytest.MonkeyPatch, *msgs: p.Message) -> None:
    """The first time the script sleeps, the page sends ``msgs``."""
    pending = list(msgs)

    def sleep(seconds: float) -> None:
        while pending:
            at.inject(pending.pop(0))
        at.fake_sleep(seconds)

    monkeypatch.setattr(time, "sleep", sleep)


def click(at: AppTest, label: str) -> p.WidgetChanged:
    return p.WidgetChanged(values={next(b.id for b in at.button if b.label == label): True})


def test_b42_fragment_requests_queue_behind_a_running_fragment_and_keep_every_click(
        three: AppTest, monkeypatch: pytest.MonkeyPatch) -> None:
    at = three
    at.session_state.slow = True
    c2, c3 = click(at, "button 2"), click(at, "button 3")
    click_during_sleep(at, monkeypatch, c2, c3)
    at.button[0].click().run()
    assert at.session_state.log == [1, 2, 3]
    fragment_runs = [r.fragment_ids for r in at.runs[1:]]
    assert len(fragment_runs) == 2 and len(fragment_runs[1]) == 2  # f2 and f3 in one run
    assert texts(at) == ["ran fragment 1", "slept", "ran fragment 2", "ran fragment 3",
                         "full 1"]


def test_b42_fragment_request_does_not_interrupt_a_full_run(
        three: AppTest, monkeypatch: pytest.MonkeyPatch) -> None:
    at = three
    at.session_state.slow = True
    click_during_sleep(at, monkeypatch, click(at, "button 2"))
    at.button[3].click().run()  # full rerun, sleeping inside fragment 1
    finished = [m.status for m in at.messages if m.TYPE == "run-finished"]
    assert finished[-2:] == ["ok", "ok"]  # the full run finished, then the fragment ran
    assert at.session_state.log == [2]
    assert "slept" in texts(at)


def test_b43_full_request_preempts_a_fragment_run_and_drops_queued_fragments(
        three: AppTest, monkeypatch: pytest.MonkeyPatch) -> None:
    at = three
    at.session_state.slow = True
    click_during_sleep(at, monkeypatch, click(at, "button 2"), click(at, "full rerun"))
    at.button[0].click().run()
    statuses = [m.status for m in at.messages if m.TYPE == "run-finished"]
    assert statuses[1] == "rerun"  # the fragment run ended early
    # the queued fragment click was folded into the full run, and still counted
    assert 2 in at.session_state.log
    assert at.session_state.full >= 2


def test_no_click_is_lost_when_the_same_button_is_clicked_twice_while_busy(
        three: AppTest, monkeypatch: pytest.MonkeyPatch) -> None:
    at = three
    at.session_state.slow = True
    c2 = click(at, "button 2")
    click_during_sleep(at, monkeypatch, c2, c2, c2)
    at.button[0].click().run()
    assert at.session_state.log.count(2) == 3


def test_b44_request_for_a_gone_fragment_is_logged_and_dropped(three: AppTest) -> None:
    at = three
    before = list(texts(at))
    at.rerun_fragment("f" * 32)
    assert texts(at) == before and len(at.exception) == 0
    assert any("does not exist anymore" in line for line in at.logs)


def test_timer_ticks_while_busy_are_coalesced() -> None:
    queue = RequestQueue()
    running = RerunRequest(fragment_ids=["a"], auto=True)
    for _ in range(5):
        queue.add(RerunRequest(fragment_ids=["a"], auto=True))
    assert len(queue) == 1
    queue.add(RerunRequest(fragment_ids=["b"], auto=True))
    assert len(queue) == 1 and queue.items[0].fragment_ids == ["a", "b"]
    assert running.fragment_ids == ["a"]


def test_queue_merges_values_latest_wins_and_keeps_triggers() -> None:
    queue = RequestQueue()
    queue.add(RerunRequest(fragment_ids=["a"], values={"w": 1}, triggers={"btn"}))
    queue.add(RerunRequest(fragment_ids=["b"], values={"w": 2}))
    assert len(queue) == 1
    assert queue.items[0].values == {"w": 2} and queue.items[0].triggers == {"btn"}
    queue.add(RerunRequest(values={"x": 0}))
    assert queue.items[0].is_full and queue.items[0].triggers == {"btn"}


def test_malformed_messages_change_nothing() -> None:
    at = AppTest.from_string("import streamlit as st\nst.write('hi')").run()
    runs = len(at.runs)
    for text in ("not json", "[]", '{"v": 99, "type": "run-script"}',
                 '{"v": 1, "type": "explode"}', '{"v": 1, "type": "run-script", "x": 1}',
                 '{"v": 1, "type": "widget-changed", "values": 5}',
                 '{"v": 1, "type": "ready"}'):
        at.session.receive(text)
        at.session.pump()
    assert len(at.runs) == runs
    assert texts(at) == ["hi"]
    assert len([line for line in at.logs if line.startswith("wasmlit rejected")]) == 7


def test_b45_fragment_runs_leave_media_elsewhere_alone() -> None:
    """A download button outside a fragment keeps its bytes on the page through fragment
    runs: the fragment run sends nothing for it (Streamlit keeps its media file refs)."""
    at = AppTest.from_string(textwrap.dedent("""
        import streamlit as st
        st.download_button("Get the report", data=b"report bytes", file_name="r.txt")

        @st.fragment
        def counter():
            st.session_state.n = st.session_state.get("n", 0) + 1
            st.button("Again")
            st.write(f"fragment ran {st.session_state.n} times")

        counter()
    """)).run()
    at.button[0].click().run()
    assert at.markdown[0].value == "fragment ran 2 times"
    assert at.last_run.fragment_ids  # it was a fragment run...
    touched = {tuple(op["path"][:2]) for op in at.ops_of_last_run()}
    assert (0, 0) not in touched  # ...that sent nothing for the download button
    props = at.download_button[0].props
    assert base64.b64decode(props["data"]) == b"report bytes"
