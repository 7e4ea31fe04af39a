import streamlit as st

st.session_state.full_runs = st.session_state.get("full_runs", 0) + 1
st.session_state.history = st.session_state.get("history", [])

for role, text in st.session_state.history:
    with st.chat_message(role):
        st.markdown(text)

prompt = st.chat_input("Say something", max_chars=200)
if prompt:
    st.session_state.history += [("user", prompt), ("assistant", f"echo: {prompt}")]
    with st.chat_message("user"):
        st.markdown(prompt)
    with st.chat_message("assistant"):
        st.markdown(f"echo: {prompt}")
st.write(f"prompt={prompt!r} full_runs={st.session_state.full_runs}")


@st.fragment
def side_chat():
    st.session_state.frag_runs = st.session_state.get("frag_runs", 0) + 1
    with st.container(border=True):
        note = st.chat_input("Inline note")
        if note:
            st.chat_message("bob", avatar="🦜").write(note)
        st.write(f"note={note!r} frag_runs={st.session_state.frag_runs}")


side_chat()
st.chat_message("<img src=x onerror=\"window.__pwned=1\">",
                avatar="javascript:window.__pwned=2").write("<script>window.__pwned=3</script>")
