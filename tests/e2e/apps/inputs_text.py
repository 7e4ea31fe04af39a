import streamlit as st

st.session_state.full_runs = st.session_state.get("full_runs", 0) + 1
secret = st.text_input("Secret", type="password", max_chars=8)
price = st.number_input("Price", min_value=0.0, max_value=10.0, value=1.25, step=0.5,
                        format="%.2f")
count = st.number_input("Count", min_value=0, max_value=3, value=2)
bio = st.text_area("Bio", height=150, placeholder="<img src=x onerror=\"window.__pwned=1\">")
st.write(f"secret={secret!r} price={price!r} count={count!r} bio={bio!r}")


@st.fragment
def part():
    st.session_state.frag_runs = st.session_state.get("frag_runs", 0) + 1
    q = st.text_input("Search", type="search", placeholder="<script>window.__pwned=2</script>")
    st.write(f"q={q!r} frag_runs={st.session_state.frag_runs}")


part()
st.text_input("<img src=x onerror=\"window.__pwned=3\">Name", help="<b onmouseover=x>h</b>")
st.write(f"full_runs={st.session_state.full_runs}")
