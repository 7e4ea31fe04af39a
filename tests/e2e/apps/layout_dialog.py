import streamlit as st

st.session_state.setdefault("runs", 0)
st.session_state.setdefault("dismissed", 0)
st.session_state.runs += 1


def note_dismiss():
    st.session_state.dismissed += 1


@st.dialog("Locked", dismissible=False, width="large")
def locked():
    st.write("You must choose")
    if st.button("Close it"):
        st.rerun()


@st.dialog("Tracked", on_dismiss=note_dismiss, icon="💬")
def tracked():
    st.write("Dismiss me")


@st.dialog("Plain", width=500, position="left")
def plain():
    st.write("Nothing to do")


if st.button("Open plain"):
    plain()
if st.button("Open locked"):
    locked()
if st.button("Open tracked"):
    tracked()
st.write(f"runs={st.session_state.runs} dismissed={st.session_state.dismissed}")
