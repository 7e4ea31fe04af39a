import streamlit as st

fruit = st.selectbox("Fruit", ["apple", "banana", "cherry", "blueberry"], index=1)
st.write(f"fruit={fruit}")
