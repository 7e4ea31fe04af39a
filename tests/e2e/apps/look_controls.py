import datetime as dt

import streamlit as st

st.checkbox("Unchecked box")
st.checkbox("Checked box", value=True)
st.toggle("On toggle", value=True)
st.radio("Pick one", ["Alpha", "Beta", "Gamma"])
st.slider("A range", 0, 100, (20, 80))
with st.expander("Plain expander"):
    st.write("inside the plain one")
with st.expander("Expander with icon", icon=":material/info:"):
    st.write("inside the other one")
left, right = st.columns(2)
left.text_input("Beside a box")
right.checkbox("In a column")
st.tabs(["First tab", "Second tab"])[0].write("tab one")
st.progress(40, text="Progress")
st.date_input("A date", dt.date(2024, 6, 15))
st.multiselect("Pick several", ["red", "green", "blue"], default=["red", "green"])
st.code("import math  # a comment\nx = math.pi * 42 if True else 'text'", language="python")
st.pills("Pills", ["one", "two", "three"], default="two")
st.segmented_control("Segments", ["left", "middle", "right"], default="left")
st.markdown("Some :blue-background[tinted] text")
