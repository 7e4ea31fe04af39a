import streamlit as st

if "outside" not in st.session_state:
    st.session_state.outside = 0
    st.session_state.ticks = 0
st.session_state.outside += 1
st.write(f"Outside runs: {st.session_state.outside}")


@st.fragment(run_every=0.5)
def ticker():
    st.session_state.ticks += 1
    st.write(f"Ticks: {st.session_state.ticks}")


if st.checkbox("Run the ticker", value=True):
    ticker()
