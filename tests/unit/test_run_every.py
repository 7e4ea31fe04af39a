"""Spec section 2.C: run_every formats, parsing and timers (B11-B15), with section 0's fixes."""

from __future__ import annotations

from datetime import timedelta

import pytest

from helpers import app, texts
from wasmlit.errors import StreamlitAPIException, StreamlitBadTimeStringError
from wasmlit.runtime.intervals import interval_seconds, parse_timedelta_string


@pytest.mark.parametrize("value", [None, 0, 0.0, "", timedelta(0)])
def test_b11_falsy_run_every_sets_no_timer(value: object) -> None:
    assert interval_seconds(value) is None


@pytest.mark.parametrize(("value", "seconds"), [
    (2, 2.0), (1.5, 1.5), (True, 1.0), (timedelta(minutes=2), 120.0),
    ("5s", 5.0), ("1m", 60.0), ("1.5 days", 129600.0), ("1h23s", 3623.0), ("500ms", 0.5),
    ("P0DT0H0M5S", 5.0), ("1d", 86400.0), ("2 minutes", 120.0), ("1 minute", 60.0),
    ("1d2h34m", 95640.0), ("1 days 02:03:04", 93784.0), ("3 seconds", 3.0), ("PT1H", 3600.0),
])
def test_b11_accepted_formats_give_seconds(value: object, seconds: float) -> None:
    assert interval_seconds(value) == pytest.approx(seconds)


def test_b11_bad_time_strings_raise_the_streamlit_error() -> None:
    for text in ("abc", "NaT", "nan", "5 parsecs"):
        with pytest.raises(StreamlitBadTimeStringError) as info:
            interval_seconds(text)
        assert str(info.value) == (
            "Time string doesn't look right. It should be formatted as`'1d2h34m'` or "
            f"`2 days`, for example. Got: {text}")


def test_b11_other_types_raise_type_error() -> None:
    with pytest.raises(TypeError, match="^must be real number, not list$"):
        interval_seconds([1])


def test_b11_bare_number_string_is_refused_instead_of_looping() -> None:
    assert parse_timedelta_string("5") == pytest.approx(5e-9)  # what pandas reads
    with pytest.raises(StreamlitAPIException, match='"5s"'):
        interval_seconds("5")


@pytest.mark.parametrize("value", [-3, "-5s", -0.5])
def test_b11_negative_intervals_are_refused(value: object) -> None:
    with pytest.raises(StreamlitAPIException, match="positive interval"):
        interval_seconds(value)


def test_b11_bad_run_every_fails_at_the_call_site_before_the_body() -> None:
    at = app("""
        import streamlit as st

        @st.fragment(run_every="abc")
        def f():
            st.write("body")

        st.write("before")
        f()
        st.write("after")
    """)
    assert texts(at) == ["before"]
    assert at.exception[0].type == "StreamlitBadTimeStringError"
    assert at.exception[0].fragment_id is None and at.exception[0].path == (0, 1)
    assert at.status == "error"


def test_b12_b13_timer_fires_after_one_interval_and_reruns_only_the_fragment() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("ticks", 0)
        st.session_state.setdefault("full", 0)
        st.session_state.full += 1

        @st.fragment(run_every=2)
        def clock():
            st.session_state.ticks += 1
            st.write(f"tick {st.session_state.ticks}")

        clock()
        st.write(f"full {st.session_state.full}")
    """)
    assert list(at.timers.values()) == [2.0]
    at.tick(1.9)
    assert texts(at) == ["tick 1", "full 1"]
    at.tick(0.1)
    assert texts(at) == ["tick 2", "full 1"]
    at.tick(10)
    assert texts(at) == ["tick 7", "full 1"]


def test_b14_timer_of_a_fragment_no_longer_called_stops_at_once() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("ticks", 0)
        on = st.checkbox("timer on", value=True)

        @st.fragment(run_every=1)
        def clock():
            st.session_state.ticks += 1
            st.write("ticking")

        if on:
            clock()
    """)
    at.tick(3)
    assert at.session_state.ticks == 4
    at.checkbox[0].uncheck().run()
    assert at.timers == {}
    at.tick(10)
    assert at.session_state.ticks == 4
    assert texts(at) == []


def test_b14_b30_nested_timer_is_not_duplicated_by_parent_reruns() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("inner", 0)

        @st.fragment(run_every=1)
        def inner():
            st.session_state.inner += 1
            st.write(f"inner {st.session_state.inner}")

        @st.fragment
        def outer():
            st.button("outer")
            inner()

        outer()
    """)
    for _ in range(5):
        at.button[0].click().run()
    assert len(at.timers) == 1
    before = at.session_state.inner
    at.tick(3)
    assert at.session_state.inner == before + 3


def test_b14_stale_tick_for_a_gone_fragment_is_logged_not_drawn() -> None:
    at = app("""
        import streamlit as st
        st.write("app")
    """)
    at.rerun_fragment("0" * 32, auto=True)
    at.rerun_fragment("1" * 32, auto=False)
    assert texts(at) == ["app"] and len(at.exception) == 0
    assert at.logs == [
        f"The fragment with id {'0' * 32} does not exist anymore - it might have been removed "
        "during a preceding full-app rerun.",
        f"The fragment with id {'1' * 32} does not exist anymore - it might have been removed "
        "during a preceding full-app rerun.",
    ]


def test_timer_interval_change_replaces_the_timer() -> None:
    at = app("""
        import streamlit as st
        fast = st.checkbox("fast")

        @st.fragment(run_every=0.5 if fast else 5)
        def f():
            st.write("x")

        f()
    """)
    assert list(at.timers.values()) == [5.0]
    at.checkbox[0].check().run()
    assert list(at.timers.values()) == [0.5]
