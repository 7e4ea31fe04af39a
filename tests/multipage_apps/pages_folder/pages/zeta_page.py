import streamlit as st

st.set_page_config(page_title="Zeta!")
st.title("Zeta")
