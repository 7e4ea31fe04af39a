import streamlit as st

st.title("No math here")
st.markdown("Just **markdown**, costs $5 and $10, at 12:30:45 and :red[colour].")
st.json({"a": 1})
if st.button("Add math"):
    st.markdown("Now $x^2$ and :material/home:")
if st.button("Add code"):
    st.code("print('hi')")
    st.markdown("Fenced:\n\n```sql\nSELECT 1\n```\n\nand :smile:")
