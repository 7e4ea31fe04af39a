import streamlit as st

st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
quiet = st.checkbox("Quiet", on_change="ignore")
loud = st.checkbox("Loud")
st.text(f"runs={st.session_state.runs} quiet={quiet} loud={loud}")
