# Scale: a fragment rerun with N static elements outside the fragment. The benchmark writes
# one copy per N (scale_10.py, scale_1000.py, ...) with this line changed.
import streamlit as st

N = 10

if "runs" not in st.session_state:
    st.session_state.runs = 0

for i in range(N):
    st.text(f"Static element {i}")


@st.fragment
def fragment():
    st.session_state.runs += 1
    st.button("Rerun fragment")
    st.write(f"Fragment says it ran {st.session_state.runs} times.")


fragment()
