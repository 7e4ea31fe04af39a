# st.navigation's Example 4: widgets in the entry script are shared by every page.
import streamlit as st


def page1():
    st.title("Page one")
    st.write("foo is", st.session_state.foo)
    st.checkbox("Same label")


def page2():
    st.title("Page two")
    st.write("bar is", st.session_state.bar)
    st.checkbox("Same label")


st.sidebar.selectbox("Foo", ["A", "B", "C"], key="foo")
st.sidebar.checkbox("Bar", key="bar")
pg = st.navigation([page1, page2])
pg.run()
