import streamlit as st

SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="30"><rect width="120" '
       'height="30" fill="#ff4b4b"/></svg>')


def home():
    st.write("home page")


def other():
    st.write("other page")


st.logo(SVG)
position = "top" if st.query_params.get("menu") == "top" else "sidebar"
st.navigation([st.Page(home, title="Home"), st.Page(other, title="Other")], position=position).run()
