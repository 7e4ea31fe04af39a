import streamlit as st

st.session_state.full_runs = st.session_state.get("full_runs", 0) + 1


def make_report():
    return "made on click"


got = st.download_button("Download notes", "héllo wörld", file_name="notes.txt")
st.download_button("Download report", make_report, file_name="report.txt", on_click="ignore")
st.link_button("Docs", "https://docs.streamlit.io")
st.link_button("Evil", "javascript:window.__pwned=1")
st.write(f"got={got}")

csv = st.file_uploader("CSV file", type="csv")
st.write("csv=" + ("none" if csv is None else f"{csv.name}:{csv.getvalue().decode()}"))


@st.fragment
def part():
    st.session_state.frag_runs = st.session_state.get("frag_runs", 0) + 1
    files = st.file_uploader("Many files", accept_multiple_files=True)
    st.write(f"many={[f.name for f in files]} frag_runs={st.session_state.frag_runs}")


part()
st.write(f"full_runs={st.session_state.full_runs}")
