import streamlit as st

if "count" not in st.session_state:
    st.session_state.count = 0
if st.button("Increment"):
    st.session_state.count += 1
st.markdown(f"Count: {st.session_state.count}")
st.checkbox("Show details", key="details")
if st.session_state.details:
    st.write("Details are shown")
with st.container(key="box"):
    st.write("Inside the keyed container")
st.session_state.runs = st.session_state.get("runs", 0) + 1
st.markdown(f"Runs: {st.session_state.runs}")
st.markdown(f"Hello, {st.query_params.get('name', 'nobody')}")
