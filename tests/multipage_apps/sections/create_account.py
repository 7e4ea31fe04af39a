import streamlit as st

st.title("create_account")
