"""st.echarts_chart with selections and a ```mermaid fence in st.markdown (test_diagrams.py)."""
import streamlit as st

event = st.echarts_chart(
    {
        "xAxis": {"type": "category", "data": ["Mon", "Tue", "Wed"]},
        "yAxis": {"type": "value"},
        "series": [{"type": "bar", "id": "sales", "name": "Sales", "selectedMode": "multiple",
                    "data": [120, 200, 150]}],
    },
    key="sales", on_select="rerun", renderer="svg", height=300,
)
st.write(f"picked: {[g['data_indices'] for g in event.selection.selected]}")
st.write(f"series: {[g['series_id'] for g in event.selection.selected]}")

st.markdown("A flow:\n\n```mermaid\ngraph LR\n  Fence --> Drawn\n```\n\n```python\nx = 1\n```")
st.write("end of selections")
