# st.navigation's Example 2: sections, and pages customised with st.Page.
import streamlit as st

pages = {
    "Your account": [
        st.Page("create_account.py", title="Create your account"),
        st.Page("manage_account.py", title="Manage your account"),
    ],
    "Resources": [
        st.Page("learn.py", title="Learn about us"),
        st.Page("trial.py", title="Try it out", icon=":material/science:"),
    ],
}
pg = st.navigation(pages)
pg.run()
