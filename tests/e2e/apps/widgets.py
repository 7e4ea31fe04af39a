import streamlit as st

st.title("Widgets")
with st.sidebar:
    st.write("In the sidebar")

flag = st.checkbox("Shout")
on = st.toggle("Switch")
name = st.text_input("Name", value="world")
age = st.number_input("Age", min_value=0, max_value=130, value=30)
color = st.selectbox("Color", ["red", "green", "blue"], index=1)
size = st.radio("Size", ["S", "M", "L"], index=0, horizontal=True)
level = st.slider("Level", 0, 10, 3)
notes = st.text_area("Notes", value="")
greeting = f"Hello {name}" + ("!" if flag else ".")
st.write(greeting)
st.write(f"age={age} color={color} size={size} level={level} switch={on} notes={notes!r}")

with st.form("signup"):
    email = st.text_input("Email")
    agree = st.checkbox("I agree")
    sent = st.form_submit_button("Sign up")
if sent:
    st.success(f"Signed up {email} agree={agree}")

col1, col2 = st.columns(2)
col1.write("left column")
col2.write("right column")
with st.expander("More"):
    st.write("Hidden details")
tab_a, tab_b = st.tabs(["Tab A", "Tab B"])
tab_a.write("Content A")
tab_b.write("Content B")
st.code("print('hi')")
st.json({"a": 1})
st.caption("a caption")
st.markdown("<b>not bold</b> and **bold**")
st.info("Some info")
