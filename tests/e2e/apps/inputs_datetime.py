import datetime as dt

import streamlit as st

st.session_state.full_runs = st.session_state.get("full_runs", 0) + 1

day = st.date_input("Day", dt.date(2024, 1, 31), min_value=dt.date(2024, 1, 1),
                    max_value=dt.date(2024, 12, 31), format="DD.MM.YYYY", key="day")
trip = st.date_input("Trip", (dt.date(2024, 3, 1), dt.date(2024, 3, 5)))
alarm = st.time_input("Alarm", dt.time(7, 30), step=dt.timedelta(minutes=15))
when = st.slider("When", value=dt.date(2024, 6, 15), format="MMM D, YYYY")
slot = st.slider("Slot", value=(dt.time(9), dt.time(17)))
st.write(f"day={day!r}")
st.write(f"trip={trip!r}")
st.write(f"alarm={alarm!r}")
st.write(f"when={when!r} slot={slot!r}")


@st.fragment
def part():
    st.session_state.frag_runs = st.session_state.get("frag_runs", 0) + 1
    d = st.date_input("Fragment day", None)
    st.write(f"fragment day={d!r} frag_runs={st.session_state.frag_runs}")


part()

with st.form("f"):
    t = st.time_input("Form time", dt.time(12, 0))
    sent = st.form_submit_button("Send")
st.write(f"form time={t!r}")

st.date_input("<img src=x onerror=\"window.__pwned=1\"> **Bold** day", None,
              help="<script>window.__pwned=2</script>")
st.time_input("<svg onload=\"window.__pwned=3\"></svg> time", None)
st.write(f"full_runs={st.session_state.full_runs}")
