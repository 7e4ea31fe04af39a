"""st.slider over numbers: Streamlit 1.67's lenient bounds and its errors."""

import datetime as dt
import textwrap

import pytest

from wasmlit.testing import AppTest


def app(source: str) -> AppTest:
    return AppTest.from_string(textwrap.dedent(source)).run()


def test_slider_range_grows_to_hold_a_default_outside_it():
    at = app("""
        import streamlit as st, datetime as dt
        st.write(repr(st.slider("A", 0, 10, 20)))
        st.write(repr(st.slider("B", 0, 10, -5)))
        st.write(repr(st.slider("C", 10, 0)))
        st.write(repr(st.slider("D", dt.date(2024, 1, 1), dt.date(2024, 2, 1),
                                dt.date(2025, 1, 1))))
    """)
    assert [m.value for m in at.markdown] == ["20", "-5", "10", "datetime.date(2025, 1, 1)"]
    a, b, c, d = (s.props for s in at.slider)
    assert (a["min_value"], a["max_value"]) == (0, 20)
    assert (b["min_value"], b["max_value"]) == (-5, 10)
    assert (c["min_value"], c["max_value"]) == (0, 10)
    assert d["max_value"] == 1735689600000  # 2025-01-01


def test_range_slider_returns_a_tuple_and_round_trips():
    at = app("""
        import streamlit as st
        r = st.slider("R", 0, 10, [2, 8])
        st.write(repr(r))
    """)
    assert at.markdown[0].value == "(2, 8)"
    at.slider[0].set_range(3, 4).run()
    assert at.markdown[0].value == "(3, 4)"
    assert at.slider[0].value == (3, 4)


@pytest.mark.parametrize("call, message", [
    ("st.slider('S', 0, 10.0, 5)", "Invalid `value` type. Expected one of: matching numeric "
     "types, matching date/time types. Provided type: min_value=int, max_value=float, "
     "step=int."),
    ("st.slider('S', 0, 10, 5, 0)",
     "Invalid `step` value. Supported values: a number. Zero is not allowed."),
    ("st.slider('S', dt.time(1), dt.time(2), step=dt.timedelta(0))",
     "Invalid `step` value. Supported values: a number. Zero is not allowed."),
    ("st.slider('S', on_change='x')",
     "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function."),
])
def test_slider_misuse(call, message):
    at = AppTest.from_string("import streamlit as st, datetime as dt\n" + call).run()
    assert at.exception[0].value == message


def test_time_slider_in_a_form_sends_on_submit():
    at = app("""
        import streamlit as st, datetime as dt
        with st.form("f"):
            t = st.slider("T", value=dt.time(8))
            st.form_submit_button("Go")
        st.write(repr(t))
    """)
    at.slider[0].set_value(dt.time(9, 15)).run()
    assert at.markdown[0].value == "datetime.time(8, 0)"
    at.form_submit_button[0].click().run()
    assert at.markdown[0].value == "datetime.time(9, 15)"
