import traceback

import streamlit as st


@st.cache_data
def divide(x):
    return 1 / x


try:
    divide(0)  # fails inside wasmlit's caching: its frames are in the traceback
except ZeroDivisionError:
    st.text(traceback.format_exc())
