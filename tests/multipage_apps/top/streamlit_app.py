# st.navigation's Example 3: top navigation; a "" section comes first, outside any menu.
import streamlit as st


def home():
    st.title("Home")


def reports():
    st.title("Reports")


def settings():
    st.title("Settings")


def about():
    st.title("About")


pg = st.navigation({
    "": [st.Page(home, icon="🏠")],
    "Work": [st.Page(reports), st.Page(settings)],
    "More": [st.Page(about), st.Page("https://example.com", title="Docs")],
}, position="top")
pg.run()
