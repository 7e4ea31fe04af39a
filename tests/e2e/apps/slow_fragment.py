import time

import streamlit as st

st.write("outside the fragment")


@st.fragment
def slow():
    if st.button("Slow rerun"):
        time.sleep(2)
    st.write("inside, after the sleep")


slow()
st.write("after the fragment")
