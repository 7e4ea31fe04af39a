import sys

import streamlit as st

st.title("First view")
if "clicks" not in st.session_state:
    st.session_state.clicks = 0
if st.button("Count"):
    st.session_state.clicks += 1
st.markdown(f"Clicks: {st.session_state.clicks}")
name = st.text_input("Name")
st.markdown(f"Name is {name or 'empty'}")
# CPython says linux at build time, Pyodide says emscripten: the live run updates this line.
st.markdown(f"Platform: {sys.platform}")
