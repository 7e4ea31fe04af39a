"""wasmlit gallery: status. Alerts, exceptions, progress, spinners, status containers,
toasts, balloons and snow."""

import time

import streamlit as st

st.title("Status")
st.caption("Messages, progress and celebrations.")

st.header("Alerts", divider="gray")
st.success("Data saved.", icon="✅")
st.info("A leading emoji becomes the icon: 👉 (this one is in the middle).")
st.warning("⚠️ Low disk space.")
st.error("Could not connect.", icon=":material/error:", title="Connection failed")

st.header("st.exception", divider="gray")
try:
    1 / 0
except ZeroDivisionError as e:
    st.exception(e)

st.header("st.progress", divider="gray")
if st.button("Run a job"):
    bar = st.progress(0, text="Starting...")
    for pct in range(0, 101, 10):
        time.sleep(0.1)
        bar.progress(pct, text=f"Working... {pct}%")
    bar.progress(1.0, text="Done")
else:
    st.progress(0.3, text="30% (a float from 0.0 to 1.0 or an int from 0 to 100)")

st.header("st.spinner", divider="gray")
if st.button("Think hard"):
    with st.spinner("Thinking...", show_time=True):
        time.sleep(2)
    st.write("Thought about it.")

st.header("st.status", divider="gray")
if st.button("Download data"):
    with st.status("Downloading data...", expanded=True) as status:
        st.write("Searching for data...")
        time.sleep(0.6)
        st.write("Found URL.")
        time.sleep(0.6)
        st.write("Downloading data...")
        time.sleep(0.6)
        status.update(label="Download complete!", state="complete", expanded=False)
st.status("A failed step", state="error").write("What went wrong.")

st.header("st.toast", divider="gray")
if st.button("Toast"):
    msg = st.toast("Gathering ingredients...", icon="🥞")
    time.sleep(1)
    msg.toast("Ready!", icon="🥞")
if st.button("Sticky toast"):
    st.toast("This one stays until you close it.", duration="infinite")

st.header("Celebrations", divider="gray")
c1, c2 = st.columns(2)
if c1.button("Balloons", icon="🎈"):
    st.balloons()
if c2.button("Snow", icon="❄️"):
    st.snow()
