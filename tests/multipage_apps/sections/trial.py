import streamlit as st

st.title("trial")
