import time

import streamlit as st

st.session_state.setdefault("full", 0)
st.session_state.setdefault("frag", 0)
if st.button("Full +1"):
    st.session_state.full += 1
time.sleep(0.01)  # a script that takes about 10 ms
st.write(f"full = {st.session_state.full}")


@st.fragment
def counter():
    if st.button("Fragment +1"):
        st.session_state.frag += 1
    time.sleep(0.01)
    st.write(f"frag = {st.session_state.frag}")


counter()

note = st.text_input("Slow note")
if note:
    time.sleep(3)  # a long run that starts when the note is committed
st.write(f"note = {note}")
