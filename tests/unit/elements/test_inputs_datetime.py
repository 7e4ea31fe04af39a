"""st.date_input, st.time_input and the date/time sliders, through AppTest."""

import datetime as dt
import textwrap

import pytest

from wasmlit.testing import AppTest


def app(source: str) -> AppTest:
    return AppTest.from_string(textwrap.dedent(source)).run()


def texts(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


def test_date_input_defaults_to_today_with_ten_years_either_side():
    at = app("""
        import streamlit as st
        st.write(repr(st.date_input("Day")))
    """)
    today = dt.date.today()
    assert at.date_input[0].value == today
    assert texts(at) == [repr(today)]
    props = at.date_input[0].props
    assert props["min_value"] == today.replace(year=today.year - 10).isoformat()
    assert props["max_value"] == today.replace(year=today.year + 10).isoformat()
    assert props["format"] == "YYYY/MM/DD"


def test_date_input_returns_the_date_the_user_picks_across_reruns():
    at = app("""
        import streamlit as st, datetime as dt
        d = st.date_input("Day", dt.date(2024, 1, 31), key="day")
        st.write(f"picked {d!r}")
        st.button("again")
    """)
    at.date_input[0].set_value(dt.date(2024, 2, 29)).run()
    assert texts(at) == ["picked datetime.date(2024, 2, 29)"]
    assert at.session_state["day"] == dt.date(2024, 2, 29)
    at.button[0].click().run()
    assert at.date_input[0].value == dt.date(2024, 2, 29)
    assert at.date_input[0].props["value"] == "2024-02-29"


def test_date_input_range_returns_tuples_including_a_half_picked_range():
    at = app("""
        import streamlit as st, datetime as dt
        r = st.date_input("Trip", (dt.date(2024, 1, 1), dt.datetime(2024, 1, 5, 10)))
        st.write(repr(r))
    """)
    assert texts(at) == ["(datetime.date(2024, 1, 1), datetime.date(2024, 1, 5))"]
    assert at.date_input[0].props["value"] == ["2024-01-01", "2024-01-05"]
    at.date_input[0].set_value((dt.date(2024, 3, 1),)).run()
    assert texts(at) == ["(datetime.date(2024, 3, 1),)"]
    at.date_input[0].set_value((dt.date(2024, 3, 1), dt.date(2024, 3, 9))).run()
    assert at.date_input[0].value == (dt.date(2024, 3, 1), dt.date(2024, 3, 9))


def test_date_input_none_and_empty_range_and_iso_strings():
    at = app("""
        import streamlit as st
        st.write(repr(st.date_input("A", None)))
        st.write(repr(st.date_input("B", [])))
        st.write(repr(st.date_input("C", "2024-03-04", format="DD.MM.YYYY")))
    """)
    assert texts(at) == ["None", "()", "datetime.date(2024, 3, 4)"]
    assert at.date_input[2].props["min_value"] == "2014-03-04"


@pytest.mark.parametrize("call, message", [
    ("st.date_input('D', format='YYYY-DD-MM')", "Invalid `format` value. Supported values: "
     "'YYYY/MM/DD', 'DD/MM/YYYY', 'MM/DD/YYYY', 'YYYY.MM.DD', 'DD.MM.YYYY', 'MM.DD.YYYY', "
     "'YYYY-MM-DD', 'DD-MM-YYYY', 'MM-DD-YYYY'. Provided value: 'YYYY-DD-MM'."),
    ("st.date_input('D', dt.date(2020,1,1), min_value=dt.date(2021,1,1))",
     "The `value` 2020-01-01 is less than the `min_value` 2021-01-01."),
    ("st.date_input('D', dt.date(2020,1,1), max_value=dt.date(2019,1,1))",
     "The `value` 2020-01-01 is greater than the `max_value` 2019-01-01."),
    ("st.date_input('D', None, min_value=dt.date(2021,1,1), max_value=dt.date(2019,1,1))",
     "The `min_value`, set to 2021-01-01, cannot be greater than the `max_value`, set to "
     "2019-01-01."),
    ("st.date_input('D', 5)", 'Invalid `value` type. Expected one of: date, datetime, ISO '
     'string, "today". Provided type: int.'),
    ("st.date_input('D', [dt.date(2020,1,1)] * 3)", "Invalid `value` type. Expected one of: "
     "date, datetime, sequence of 0 to 2 date or datetime values. Provided type: list."),
    ("st.time_input('T', step=dt.timedelta(days=2))", "The `step` parameter, set to 172800 "
     "seconds, is outside the required range [1 second, 23 hours]."),
    ("st.time_input('T', format='x')",
     "Invalid `format` value. Supported values: '12h', '24h', 'localized'."),
    ("st.date_input('D', on_change='x')",
     "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function."),
])
def test_misuse_shows_streamlits_error_in_place(call, message):
    at = app(f"""
        import streamlit as st, datetime as dt
        {call}
        st.write("after")
    """)
    assert at.exception[0].value == message
    assert texts(at) == []


def test_time_input_drops_seconds_unless_the_step_needs_them():
    at = app("""
        import streamlit as st, datetime as dt
        st.write(repr(st.time_input("A", dt.time(8, 45, 12))))
        st.write(repr(st.time_input("B", dt.time(8, 45, 12), step=30)))
        st.write(repr(st.time_input("C", None)))
        st.write(repr(st.time_input("D", "09:15")))
    """)
    assert texts(at) == ["datetime.time(8, 45)", "datetime.time(8, 45, 12)", "None",
                         "datetime.time(9, 15)"]
    assert [t.props["value"] for t in at.time_input] == ["08:45", "08:45:12", None, "09:15"]
    assert at.time_input[0].props["step"] == 900


def test_time_input_round_trips_and_steps():
    at = app("""
        import streamlit as st, datetime as dt
        t = st.time_input("Alarm", dt.time(7, 0), step=dt.timedelta(minutes=30))
        st.write(f"alarm {t}")
    """)
    at.time_input[0].set_value(dt.time(6, 30)).run()
    assert texts(at) == ["alarm 06:30:00"]
    at.time_input[0].increment().run()
    assert at.time_input[0].value == dt.time(7, 0)
    assert texts(at) == ["alarm 07:00:00"]


def test_time_input_callback_gets_args_and_sees_the_new_value():
    at = app("""
        import streamlit as st, datetime as dt
        def changed(who):
            st.session_state.log = f"{who}: {st.session_state.t}"
        st.time_input("T", dt.time(1, 0), key="t", on_change=changed, args=("me",))
        st.write(st.session_state.get("log", "-"))
    """)
    at.time_input[0].set_value(dt.time(2, 15)).run()
    assert texts(at) == ["me: 02:15:00"]


def test_date_slider_defaults_two_weeks_either_side_and_returns_dates():
    at = app("""
        import streamlit as st, datetime as dt
        d = st.slider("When", value=dt.date(2024, 1, 10))
        st.write(repr(d))
    """)
    s = at.slider[0]
    assert s.value == dt.date(2024, 1, 10)
    assert s.props["dtype"] == "date"
    assert s.props["format"] == "YYYY-MM-DD"
    assert s.props["step"] == 86_400_000
    assert s.props["min_value"] == 1703635200000  # 2023-12-27
    assert s.props["max_value"] == 1706054400000  # 2024-01-24
    s.set_value(dt.date(2024, 1, 20)).run()
    assert texts(at) == ["datetime.date(2024, 1, 20)"]


def test_datetime_and_time_range_sliders_round_trip():
    at = app("""
        import streamlit as st, datetime as dt
        r = st.slider("Slot", value=(dt.time(9), dt.time(17)))
        w = st.slider("Window", dt.datetime(2024, 1, 1), dt.datetime(2024, 1, 2),
                      (dt.datetime(2024, 1, 1, 6), dt.datetime(2024, 1, 1, 18)),
                      step=dt.timedelta(hours=1), format="HH:mm")
        st.write(repr(r))
        st.write(repr(w))
    """)
    assert texts(at)[0] == "(datetime.time(9, 0), datetime.time(17, 0))"
    assert at.slider[0].props["min_value"] == 0
    assert at.slider[0].props["step"] == 15 * 60_000
    at.slider[1].set_range(dt.datetime(2024, 1, 1, 8), dt.datetime(2024, 1, 1, 20)).run()
    assert texts(at)[1] == ("(datetime.datetime(2024, 1, 1, 8, 0), "
                            "datetime.datetime(2024, 1, 1, 20, 0))")
    at.slider[0].set_range(dt.time(10, 15), dt.time(11)).run()
    assert texts(at)[0] == "(datetime.time(10, 15), datetime.time(11, 0))"


def test_date_slider_rejects_a_numeric_step():
    at = app("""
        import streamlit as st, datetime as dt
        st.slider("S", dt.date(2024, 1, 1), dt.date(2024, 12, 31), step=2)
    """)
    assert at.exception[0].value == (
        "Invalid `value` type. Expected one of: matching numeric types, matching date/time "
        "types. Provided type: min_value=date, max_value=date, step=int.")


def test_date_input_in_a_form_sends_on_submit_only():
    at = app("""
        import streamlit as st, datetime as dt
        with st.form("f"):
            d = st.date_input("Day", dt.date(2024, 1, 1))
            st.form_submit_button("Go")
        st.write(repr(d))
    """)
    at.date_input[0].set_value(dt.date(2024, 5, 5)).run()
    assert texts(at) == ["datetime.date(2024, 1, 1)"]
    at.form_submit_button[0].click().run()
    assert texts(at) == ["datetime.date(2024, 5, 5)"]


def test_time_input_in_a_fragment_reruns_only_the_fragment():
    at = app("""
        import streamlit as st, datetime as dt
        st.session_state.full = st.session_state.get("full", 0) + 1
        @st.fragment
        def part():
            t = st.time_input("T", dt.time(1, 0))
            st.write(f"t={t}")
        part()
        st.write(f"full={st.session_state.full}")
    """)
    at.time_input[0].set_value(dt.time(3, 0)).run()
    assert texts(at) == ["t=03:00:00", "full=1"]
