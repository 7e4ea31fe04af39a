import streamlit as st

XSS = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'

st.header("Charts")
st.line_chart({"a": [1, 3, 2, 4], "b": [2, 1, 4, 3]}, x_label="step")
st.bar_chart({"fruit": ["apple", "pear"], "count": [3, 5]}, x="fruit", y="count", horizontal=True)
st.vega_lite_chart(
    {"cat": [XSS, "y"], "val": [1, 2]},
    {"title": XSS, "mark": {"type": "bar", "tooltip": True},
     "encoding": {"x": {"field": "cat", "type": "nominal", "title": XSS},
                  "y": {"field": "val", "type": "quantitative"}}})
st.scatter_chart({"x": [1, 2, 3], "y": [3, 1, 2], "s": [10, 40, 90]}, x="x", y="y", size="s")

if st.button("Rerun"):
    st.session_state.clicks = st.session_state.get("clicks", 0) + 1
st.write(f"clicks={st.session_state.get('clicks', 0)}")


@st.fragment
def part():
    n = st.number_input("Points", value=3, min_value=1, max_value=9)
    st.area_chart({"v": list(range(n))})
    st.write(f"points={n}")


part()
