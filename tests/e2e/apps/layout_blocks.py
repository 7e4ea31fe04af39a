import streamlit as st

st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.write(f"runs={st.session_state.runs}")
st.button("Rerun")

left, right = st.columns([2, 1], gap="large", vertical_alignment="bottom", border=True)
left.write("left column")
with right:
    inner_a, inner_b = st.columns(2)
    inner_a.write("nested A")
    inner_b.write("nested B")

with st.container(height=120, key="scroller"):
    for i in range(20):
        st.write(f"line {i}")

slot = st.empty()
slot.write("first")
slot.write("replaced")

with st.expander("Details", icon="🔎"):
    st.write("inside the expander")

one, two = st.tabs(["Tab one", "Tab two"])
one.write("content one")
two.write("content two")

with st.popover("Settings", help="Popover help"):
    st.write("popover body")
    st.checkbox("Enable")

st.space("large")

with st.sidebar:
    st.write("sidebar text")

with st.form("signup", enter_to_submit=True):
    name = st.text_input("Name")
    st.form_submit_button("Join")
st.write(f"name={name}")


@st.fragment
def frag():
    st.session_state.setdefault("frag_runs", 0)
    st.session_state.frag_runs += 1
    with st.expander("Fragment expander"):
        st.write(f"frag_runs={st.session_state.frag_runs}")
        st.button("Fragment button")


frag()

tracked = st.expander("Tracked expander", key="tracked", on_change="rerun")
tracked.write("tracked body")
t1, t2 = st.tabs(["First", "Second"], key="tracked_tabs", on_change="rerun")
st.write(f"tracked={tracked.open} tab={st.session_state.tracked_tabs}")
