import streamlit as st

st.set_page_config(page_title="Sales board", page_icon="📈", layout="wide",
                   initial_sidebar_state="collapsed",
                   menu_items={"Get help": "https://help.example.com/sales",
                               "report a bug": "mailto:bugs@example.com",
                               "About": "# Sales board\nBuilt by **the sales team**."})
st.sidebar.write("Filters")
st.write("Wide content")
st.button("Rerun")
