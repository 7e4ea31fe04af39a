import streamlit as st

st.title("Page 2")
st.write("utm_source:", st.query_params.get("utm_source", "none"))
st.write("tags:", ", ".join(st.query_params.get_all("tag")) or "none")
