# Churn: a full rerun that changes one text among 1,000 elements.
import streamlit as st

if "runs" not in st.session_state:
    st.session_state.runs = 0
st.session_state.runs += 1

st.button("Rerun full app")
st.write(f"Full app says it ran {st.session_state.runs} times.")
for i in range(998):
    st.text(f"Static element {i}")
