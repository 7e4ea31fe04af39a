import streamlit as st

st.title("manage_account")
