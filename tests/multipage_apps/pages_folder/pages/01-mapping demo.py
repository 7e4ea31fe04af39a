import streamlit as st

st.title("Mapping")
