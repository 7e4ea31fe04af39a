"""Gallery: the choice widgets (multiselect, select_slider, pills, segmented_control,
feedback, color_picker, selectbox, radio)."""

import streamlit as st

st.title("Choice widgets")
st.caption("Every option can be any Python object: the page shows its label and sends back "
           "its index.")

st.header("multiselect")
fruit = st.multiselect(
    "Fruit", ["apple", "banana", "cherry", "date", "elderberry"], default=["banana"],
    max_selections=3, help="At most three; type to filter")
st.write("You picked:", ", ".join(fruit) or "nothing")
tags = st.multiselect("Tags (add your own)", ["python", "wasm"], accept_new_options=True)
st.write("Tags:", tags)

st.header("select_slider")
size = st.select_slider("T-shirt size", options=["XS", "S", "M", "L", "XL"], value="M")
low, high = st.select_slider(
    "Opening hours", options=list(range(6, 23)), value=(9, 17), format_func=lambda h: f"{h}:00")
st.write(f"Size {size}; open from {low}:00 to {high}:00")

st.header("pills and segmented_control")
mood = st.pills("Mood", ["😀 Happy", "😐 Fine", "😞 Sad"])
days = st.segmented_control(
    "Days", ["Mon", "Tue", "Wed", "Thu", "Fri"], selection_mode="multi", default=["Mon", "Fri"])
view = st.segmented_control(
    "View", ["list", "grid"], default="list", format_func=lambda v: f":material/{v}: {v.title()}",
    required=True)
st.write(f"mood={mood!r} days={days} view={view!r}")

st.header("feedback")
c1, c2, c3 = st.columns(3)
with c1:
    thumbs = st.feedback("thumbs")
with c2:
    faces = st.feedback("faces")
with c3:
    stars = st.feedback("stars", default=3)
st.write(f"thumbs={thumbs} faces={faces} stars={stars}")

st.header("color_picker")
color = st.color_picker("Pick a colour", "#ff4b4b")
st.markdown(f"The colour is `{color}`")

st.header("selectbox and radio")
city = st.selectbox("City", ["Paris", "Rome", "Oslo"], index=None, placeholder="Pick a city")
town = st.selectbox("Town (or type a new one)", ["Bergen", "Tromsø"], accept_new_options=True)
plan = st.radio("Plan", ["Free", "Pro", "Team"], captions=["No cost", "*Best* value", None],
                horizontal=True)
st.write(f"city={city!r} town={town!r} plan={plan!r}")

st.header("In a form")
with st.form("order"):
    toppings = st.multiselect("Toppings", ["cheese", "ham", "olives"])
    heat = st.select_slider("Heat", ["mild", "hot", "fire"])
    submitted = st.form_submit_button("Order")
if submitted:
    st.success(f"Ordered {', '.join(toppings) or 'plain'} ({heat})")

with st.sidebar:
    st.pills("Sidebar pills", ["a", "b", "c"], selection_mode="multi")
