import streamlit as st

st.title("Plotting")
st.checkbox("Plot box")
