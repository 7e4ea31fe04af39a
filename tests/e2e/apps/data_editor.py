import streamlit as st

st.header("editor")
people = [{"name": "Ann", "age": 31, "ok": True}, {"name": "Bo", "age": 25, "ok": False},
          {"name": "Cy", "age": 40, "ok": True}]
out = st.data_editor(people, key="people", num_rows="dynamic",
                     column_config={"age": st.column_config.NumberColumn("Age", min_value=0,
                                                                         default=18)})
st.write(f"ages={[r['age'] for r in out]}")
st.write(f"names={[r['name'] for r in out]}")
st.write(f"state={st.session_state.people}")

big = {f"c{j}": [i * 10 + j for i in range(2000)] for j in range(10)}
st.data_editor(big, key="big", disabled=True, height=300)

st.data_editor(
    {"p": [0.25, 0.8], "spark": [[1, 3, 2], [4, 1, 5]], "url": ["https://example.com/a", "javascript:alert(1)"]},
    column_config={"p": st.column_config.ProgressColumn("Share", min_value=0, max_value=1, format="percent"),
                   "spark": st.column_config.LineChartColumn("Trend"),
                   "url": st.column_config.LinkColumn("Link", display_text="open")},
    key="types")
