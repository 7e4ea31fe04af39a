import streamlit as st

if st.button("Save", shortcut="Ctrl+S", icon=":material/save:", icon_position="right"):
    st.write("saved")
if st.button("Next", shortcut="N"):
    st.write("next")
st.button("Wide", width="stretch")
st.button("Fixed", width=200)
st.button("A very long label that will not fit in the narrow button at all", width=120,
          wrap=False)
st.text_input("Field")
st.checkbox("Agree", width="stretch")
st.toggle("Switch", width=180)
