# st.navigation's Example 1: a file and a callable, titles and paths inferred.
import streamlit as st


def page_2():
    st.title("Page 2")
    st.checkbox("Page 2 box")
    if st.button("Back to page 1"):
        st.switch_page("page_1.py")


pg = st.navigation(["page_1.py", page_2])
pg.run()
