# st.page_link and st.switch_page with query parameters (their docs' Example 2).
import streamlit as st


def page_1():
    st.title("Page 1")
    ctx = st.context
    st.caption(f"theme {ctx.theme.type}, embedded {ctx.is_embedded}, "
               f"browser header {'Chrome' in ctx.headers.get('User-Agent', '')}, "
               f"url {ctx.url}")
    st.page_link("page_2.py", query_params={"utm_source": "page_1"})
    st.page_link("https://docs.streamlit.io", label="Streamlit docs", icon="📖")
    if st.button("Switch to Page 2"):
        st.switch_page("page_2.py", query_params={"utm_source": "button", "tag": ["a", "b"]})
    if st.button("Write the URL"):
        st.query_params["written"] = "yes"


pg = st.navigation([page_1, "page_2.py"])
st.sidebar.page_link(pg, label="This page")
pg.run()
