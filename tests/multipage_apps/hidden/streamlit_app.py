# Hidden pages: out of the menu, still reachable by st.page_link, st.switch_page and the URL.
import streamlit as st


def start():
    st.title("Start")
    st.page_link(secret, label="Open the secret page")
    if st.button("Switch to the secret page"):
        st.switch_page(secret)


def visible():
    st.title("Visible")


def hidden_page():
    st.title("Secret")


secret = st.Page(hidden_page, title="Secret", url_path="secret", visibility="hidden")
pg = st.navigation([st.Page(start), st.Page(visible), secret])
pg.run()
