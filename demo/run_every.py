import datetime

import streamlit as st

st.title("A fragment that reruns every second")

if "page_runs" not in st.session_state:
    st.session_state.page_runs = 0
    st.session_state.ticks = 0
st.session_state.page_runs += 1


@st.fragment(run_every="1s")
def clock():
    st.session_state.ticks += 1
    st.subheader(datetime.datetime.now().strftime("%H:%M:%S"))
    st.write(f"The fragment ran {st.session_state.ticks} times.")


if st.toggle("Show the clock", value=True):
    clock()
else:
    st.info("The clock is hidden, so its timer is gone: nothing reruns now.")

st.write(f"The whole app ran {st.session_state.page_runs} times.")
st.button("Rerun the whole app")
