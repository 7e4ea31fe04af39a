import time

import streamlit as st

if "n" not in st.session_state:
    st.session_state.n = 0
if st.button("Add one"):
    st.session_state.n += 1
st.write(f"n = {st.session_state.n}")
name = st.text_input("Name")
st.write(f"Hello {name}")

if st.button("Spin forever"):
    while True:
        pass

if st.button("Sleep long"):
    for _ in range(600):
        time.sleep(0.1)
