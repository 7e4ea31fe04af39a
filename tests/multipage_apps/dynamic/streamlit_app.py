# Dynamic navigation: the menu depends on session state (the docs' login example).
import streamlit as st

if "logged_in" not in st.session_state:
    st.session_state.logged_in = False


def login():
    st.title("Log in")
    if st.button("Log in"):
        st.session_state.logged_in = True
        st.rerun()


def logout():
    st.title("Log out")
    if st.button("Log out"):
        st.session_state.logged_in = False
        st.rerun()


def dashboard():
    st.title("Dashboard")


def alerts():
    st.title("Alerts")


login_page = st.Page(login, title="Log in", icon=":material/login:")
logout_page = st.Page(logout, title="Log out", icon=":material/logout:")
if st.session_state.logged_in:
    pg = st.navigation({"Account": [logout_page],
                        "Reports": [st.Page(dashboard, default=True), st.Page(alerts)]})
else:
    pg = st.navigation([login_page])
pg.run()
