import time

import streamlit as st

st.success("Saved", icon="✅")
st.info("Plain info")
st.warning("🔥 Leading icon")
st.error("Broken", icon=":material/error:", title="Failure")
try:
    raise ValueError("bad value")
except ValueError as e:
    st.exception(e)

bar = st.progress(0, text="Starting")
bar.progress(0.4, text="Loading 40%")

if st.button("Work"):
    with st.spinner("Crunching...", show_time=True):
        time.sleep(1.5)
    st.write("work done")

if st.button("Status"):
    with st.status("Downloading data...", expanded=True) as s:
        st.write("step 1")
        time.sleep(0.3)
    st.write("status done")

if st.button("Failing status"):
    with st.status("Risky"):
        raise RuntimeError("went wrong")

if st.button("Toast"):
    st.toast("Hello **toast**", icon="🎉", duration=2)

if st.button("Balloons"):
    st.balloons()

if st.button("Snow"):
    st.snow()

if st.button("Toast then rerun"):
    st.toast("Saved before the rerun")
    st.rerun()
st.button("Noop")
