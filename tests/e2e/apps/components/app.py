"""A custom component of the app's own (components.v1.declare_component with a folder beside
the app): its frontend speaks Streamlit's component messages by hand, sets its frame height,
shows the theme it was sent and loads a chunk of its own lazily by relative URL."""

import os

import streamlit as st
import streamlit.components.v1 as components

counter = components.declare_component(
    "counter", path=os.path.join(os.path.dirname(__file__), "counter_frontend"))

st.title("Components")
height = st.number_input("frame height", value=120, step=10)
value = counter(label="Clicks", height=int(height), default=0, key="clicks",
                on_change=lambda: st.session_state.__setitem__("changes",
                                                               st.session_state.get("changes", 0) + 1))
st.write(f"value: {value}")
st.write(f"changes: {st.session_state.get('changes', 0)}")
