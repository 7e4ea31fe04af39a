"""A third-party custom component from PyPI (streamlit-option-menu, its wheel from
requirements.txt): its frontend is shipped out of the wheel by `wasmlit build`."""

import streamlit as st
from streamlit_option_menu import option_menu

choice = option_menu("Main menu", ["Home", "Settings", "About"], default_index=0, key="menu")
st.write(f"chosen: {choice}")
