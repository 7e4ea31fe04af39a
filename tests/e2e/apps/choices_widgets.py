import streamlit as st

st.title("Choices")
fruit = st.multiselect("Fruit", ["apple", "banana", "cherry", "date"], default=["banana"],
                       max_selections=2)
size = st.select_slider("Size", options=["XS", "S", "M", "L", "XL"], value="M")
span = st.select_slider("Span", options=[1, 2, 3, 4, 5], value=(2, 4),
                        format_func=lambda n: f"{n}h")
mood = st.pills("Mood", ["happy", "sad", ":material/star: star"])
days = st.segmented_control("Days", ["Mon", "Tue", "Wed"], selection_mode="multi",
                            default=["Mon"])
rating = st.feedback("stars")
thumbs = st.feedback("thumbs")
color = st.color_picker("Color", "#ff0000")
city = st.selectbox("City", ["Paris", "Rome"], index=None, placeholder="Pick a city")
town = st.selectbox("Town", ["Oslo", "Bergen"], accept_new_options=True)
plan = st.radio("Plan", ["Free", "Pro"], captions=["No cost", "*Best* value"], index=None)
st.text(f"fruit={fruit} size={size} span={span} mood={mood} days={days}")
st.text(f"rating={rating} thumbs={thumbs} color={color} city={city} town={town} plan={plan}")
