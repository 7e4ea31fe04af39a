import streamlit as st

XSS = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><svg onload="window.__pwned=3">'

st.header("Data")
st.dataframe(
    [{"name": "Bob", "score": 7.5, "n": 2}, {"name": "alice", "score": 12.25, "n": 10},
     {"name": "Carol", "score": None, "n": 1}],
    key="people")
st.dataframe({"k": ["a", "b"], "v": [1, 2]}, hide_index=False, height=150, width=300,
             column_order=["v", "k"])
st.table({"city": ["Oslo", "Lima"], "pop": [709000, 10000000]})
st.table({XSS: [XSS]}, alt="xss table")
st.dataframe({XSS: [XSS, "plain"]})
st.dataframe({"i": list(range(5000)), "sq": [i * i for i in range(5000)]})
st.table([])

if st.button("Rerun"):
    st.session_state.clicks = st.session_state.get("clicks", 0) + 1
st.write(f"clicks={st.session_state.get('clicks', 0)}")


@st.fragment
def part():
    n = st.number_input("Rows", value=2, min_value=0, max_value=5)
    st.dataframe({"x": list(range(n))}, key="frag")


part()

event = st.dataframe({"animal": ["cat", "dog", "emu"], "legs": [4, 4, 2]},
                     on_select="rerun", selection_mode="multi-row", key="pick")
st.write(f"selected={event.selection.rows}")

cols = st.dataframe({"a": [1, 2], "b": [3, 4], "c": [5, 6]}, on_select="rerun",
                    selection_mode="multi-column", key="cols")
st.write(f"cols={cols.selection.columns}")
cells = st.dataframe({"a": [1, 2, 3], "b": [4, 5, 6], "c": [7, 8, 9]}, on_select="rerun",
                     selection_mode=["multi-cell", "single-row"], key="cells")
st.write(f"cells={cells.selection.cells} rows={cells.selection.rows}")
st.dataframe({"text": ["a,b", 'say "hi"'], "n": [1, 2]}, key="csv")
