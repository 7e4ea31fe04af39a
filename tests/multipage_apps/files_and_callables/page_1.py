import streamlit as st

st.title("Page 1")
st.checkbox("Page 1 box")
st.text_input("Name", key="name")
