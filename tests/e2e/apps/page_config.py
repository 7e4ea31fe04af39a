import streamlit as st

st.set_page_config(page_title="Sales board", page_icon="📈", layout="wide",
                   initial_sidebar_state="collapsed")
st.sidebar.write("Filters")
st.write("Wide content")
st.button("Rerun")
