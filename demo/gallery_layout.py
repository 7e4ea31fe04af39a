"""wasmlit gallery: layout. Every layout command of Streamlit 1.67 that wasmlit renders."""

import streamlit as st

st.title("Layout")
st.caption("Containers, columns, expanders, tabs, popovers, forms and dialogs.")

st.header("st.columns", divider="gray")
gap = st.radio("gap", ["xxsmall", "small", "medium", "large", "xxlarge"], index=1,
               horizontal=True)
align = st.radio("vertical_alignment", ["top", "center", "bottom"], horizontal=True)
a, b, c = st.columns([2, 1, 1], gap=gap, vertical_alignment=align, border=True)
a.write("A wide first column, twice as wide as the others, with a longer text that wraps.")
b.write("**21 °C** in the middle column.")
with c:
    st.write("Nested:")
    x, y = st.columns(2)
    x.button("X")
    y.button("Y")

st.header("st.container", divider="gray")
with st.container(border=True):
    st.write("A bordered container.")
with st.container(height=150):
    for i in range(12):
        st.write(f"Scrolling line {i + 1}")
with st.container(horizontal=True, horizontal_alignment="right"):
    st.button("Cancel")
    st.button("Save", type="primary")

st.header("st.empty", divider="gray")
slot = st.empty()
if st.button("Fill the slot"):
    slot.success("The slot now holds this alert.")
else:
    slot.info("This text is replaced when you press the button.")

st.header("st.expander", divider="gray")
with st.expander("See explanation", icon=":material/info:"):
    st.write("Expanders keep their open state across reruns.")
with st.expander("Open by default", expanded=True):
    st.write("`expanded=True` opens it the first time.")

st.header("st.tabs", divider="gray")
cat, dog, owl = st.tabs(["🐱 Cat", "🐶 Dog", "🦉 Owl"])
cat.write("A cat. The selected tab survives reruns.")
dog.write("A dog.")
owl.write("An owl.")

st.header("st.popover", divider="gray")
with st.popover("Open popover", icon=":material/settings:", help="A floating panel"):
    st.write("Hello from the popover")
    name = st.text_input("What's your name?")
st.write(f"Your name: {name or '...'}")

st.header("st.space", divider="gray")
left, right = st.columns(2, vertical_alignment="bottom")
left.text_input("Labelled input")
with right:
    st.button("Aligned by the column")

st.space("medium")

st.header("st.form", divider="gray")
with st.form("profile", clear_on_submit=False):
    first = st.text_input("First name")
    age = st.slider("Age", 0, 100, 30)
    sent = st.form_submit_button("Submit", type="primary")
if sent:
    st.success(f"Submitted: {first}, {age}")
else:
    st.caption("Nothing is sent until you press Submit (or Enter in the text box).")

st.header("st.dialog", divider="gray")


@st.dialog("Cast your vote", width="medium")
def vote(item):
    st.write(f"Why is {item} your favorite?")
    reason = st.text_input("Because...")
    if st.button("Submit vote"):
        st.session_state.vote = {"item": item, "reason": reason}
        st.rerun()


if "vote" in st.session_state:
    st.write(f"You voted for {st.session_state.vote['item']}: {st.session_state.vote['reason']}")
v1, v2 = st.columns(2)
if v1.button("Vote A"):
    vote("A")
if v2.button("Vote B"):
    vote("B")

with st.sidebar:
    st.header("Sidebar")
    st.write("Use the « control to collapse it.")
    st.selectbox("A sidebar widget", ["one", "two", "three"])
