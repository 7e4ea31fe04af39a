"""st.chat_input and st.chat_message through AppTest."""

import textwrap

from wasmlit.testing import AppTest


def app(source: str) -> AppTest:
    return AppTest.from_string(textwrap.dedent(source)).run()


def texts(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


CHAT = """
    import streamlit as st
    v = st.chat_input("Say", key="c")
    st.write(repr(v))
    st.write(repr(st.session_state.c))
    st.button("b")
"""


def test_chat_input_returns_the_text_once_then_none():
    at = app(CHAT)
    assert texts(at) == ["None", "None"]
    at.chat_input[0].set_value({"text": "hello", "n": 1}).run()
    assert texts(at) == ["'hello'", "'hello'"]
    at.button[0].click().run()
    assert texts(at) == ["None", "None"]


def test_the_same_text_sent_twice_is_two_submissions():
    at = app("""
        import streamlit as st
        st.session_state.seen = st.session_state.get("seen", [])
        if (v := st.chat_input()) is not None:
            st.session_state.seen.append(v)
        st.write(repr(st.session_state.seen))
    """)
    at.chat_input[0].set_value({"text": "hi", "n": 1}).run()
    at.chat_input[0].set_value({"text": "hi", "n": 2}).run()
    assert texts(at) == ["['hi', 'hi']"]


def test_chat_input_is_pinned_to_the_bottom_at_top_level_and_inline_in_containers():
    at = app("""
        import streamlit as st
        st.chat_input("top")
        with st.container():
            st.chat_input("inside")
    """)
    assert [c.props["placeholder"] for c in at.chat_input] == ["inside", "top"]
    top = [c for c in at.chat_input if c.props["placeholder"] == "top"][0]
    assert top.path[0] == 3 and top.props["pinned"] is True
    inside = [c for c in at.chat_input if c.props["placeholder"] == "inside"][0]
    assert inside.path[0] == 0 and inside.props["pinned"] is False


def test_on_submit_callback_sees_the_value_before_the_script():
    at = app("""
        import streamlit as st
        def got(tag):
            st.session_state.log = f"{tag}:{st.session_state.msg}"
        st.chat_input(key="msg", on_submit=got, args=("cb",), max_chars=20)
        st.write(st.session_state.get("log", "-"))
    """)
    assert at.chat_input[0].props["max_chars"] == 20
    at.chat_input[0].set_value({"text": "yo", "n": 1}).run()
    assert texts(at) == ["cb:yo"]


def test_chat_input_misuse():
    at = app("""
        import streamlit as st
        with st.form("f"):
            st.chat_input()
            st.form_submit_button()
    """)
    assert at.exception[0].value == "`st.chat_input()` can't be used in a `st.form()`."
    at = app("""
        import streamlit as st
        st.chat_input()
        st.chat_input()
    """)
    assert "multiple `chat_input` elements with the same auto-generated ID" in \
        at.exception[0].value


def test_chat_message_is_a_container_with_role_avatars():
    at = app("""
        import streamlit as st
        with st.chat_message("user"):
            st.write("hi")
        with st.chat_message("ai"):
            st.write("yo")
        m = st.chat_message("bob", avatar="🦜")
        m.write("squawk")
        st.chat_message("human").write("x")
        st.chat_message("eve", avatar="https://example.com/a.png").write("y")
    """)
    msgs = at.chat_message
    assert [(m.props["name"], m.props["avatar_type"], m.props["avatar"]) for m in msgs] == [
        ("user", "icon", "user"), ("ai", "icon", "assistant"), ("bob", "emoji", "🦜"),
        ("human", "icon", "user"), ("eve", "image", "https://example.com/a.png")]
    assert [m.markdown[0].value for m in msgs] == ["hi", "yo", "squawk", "x", "y"]


def test_chat_in_a_fragment_reruns_only_the_fragment():
    at = app("""
        import streamlit as st
        st.session_state.full = st.session_state.get("full", 0) + 1
        @st.fragment
        def chat():
            with st.container():
                v = st.chat_input("Talk")
            if v:
                with st.chat_message("user"):
                    st.write(v)
        chat()
        st.write(f"full={st.session_state.full}")
    """)
    at.chat_input[0].set_value({"text": "yo", "n": 1}).run()
    assert texts(at) == ["yo", "full=1"]
