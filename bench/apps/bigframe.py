# Big frames: a 100,000-row, 10-column table (plain Python: a dict of lists) shown by
# st.dataframe or st.data_editor after a click, and full reruns that leave it unchanged.
import streamlit as st

ROWS = 100_000


@st.cache_resource
def frame():
    data = {"name": ["first-row"] + [f"r{i}" for i in range(1, ROWS)]}
    for j in range(1, 10):
        data[f"c{j}"] = [i * 10 + j for i in range(ROWS)]
    return data


if "runs" not in st.session_state:
    st.session_state.runs = 0
st.session_state.runs += 1
frame()  # built once (cached), so a click times showing the frame, not building it
st.button("Rerun full app")
st.write(f"Full app says it ran {st.session_state.runs} times.")
if st.button("Show dataframe"):
    st.session_state.show = "dataframe"
if st.button("Show editor"):
    st.session_state.show = "editor"
if st.session_state.get("show") == "dataframe":
    st.dataframe(frame(), height=400)
elif st.session_state.get("show") == "editor":
    st.data_editor(frame(), height=400, key="ed")
