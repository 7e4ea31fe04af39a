"""A third-party st.components.v2 component from PyPI (streamlit-keyup 1.0.0): a text input
that reports every keystroke, drawn in the app's page in a shadow root."""

import streamlit as st
from st_keyup import st_keyup

value = st_keyup("Search", key="search")
st.write(f"typed: {value}")
