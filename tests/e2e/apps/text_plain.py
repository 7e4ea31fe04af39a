import streamlit as st

st.title("No math here")
st.markdown("Just **markdown**, costs $5 and $10, :smile: and :red[colour].")
st.code("print('hi')")
st.json({"a": 1})
if st.button("Add math"):
    st.markdown("Now $x^2$ and :material/home:")
