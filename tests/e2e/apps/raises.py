import streamlit as st

st.write("Before the error")
st.button("Calm down")
if st.button("Boom"):
    raise ValueError("kaboom")
st.write("After the error")
