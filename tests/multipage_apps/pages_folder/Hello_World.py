# The pages/ folder layout: the entry script is the home page, pages/*.py the others.
import streamlit as st

st.title("Main")
st.checkbox("Home box")
st.session_state.setdefault("visits", 0)
st.session_state.visits += 1
st.write("visits:", st.session_state.visits)
if st.button("Go plotting"):
    st.switch_page("pages/2_📈_Plotting_Demo.py")
