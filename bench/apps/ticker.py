# Timers: a 100 ms run_every fragment, and a button whose full run keeps Python busy for 1 s.
import time

import streamlit as st

if "ticks" not in st.session_state:
    st.session_state.ticks = 0
    st.session_state.busy = 0


@st.fragment(run_every=0.1)
def ticker():
    st.session_state.ticks += 1
    st.write(f"Ticks: {st.session_state.ticks}")


ticker()
if st.button("Busy"):
    st.session_state.busy += 1
    time.sleep(1.0)
    st.write(f"Busy run {st.session_state.busy} done")
