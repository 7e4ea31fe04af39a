"""wasmlit gallery: input widgets (text, numbers, dates and times, files, chat)."""

import datetime as dt
import io

import streamlit as st

st.title("Input widgets")

st.header("Text")
name = st.text_input("Your name", placeholder="Ada Lovelace", max_chars=40)
password = st.text_input("Password", type="password")
email = st.text_input("Email", type="email")
bio = st.text_area("About you", height=120, placeholder="A few words…")
st.write(f"Hello **{name or 'stranger'}**" + (f" ({email})" if email else "") +
         (" — password set" if password else ""))

st.header("Numbers")
qty = st.number_input("Quantity", min_value=0, max_value=100, value=3)
price = st.number_input("Unit price", min_value=0.0, value=9.99, step=0.5, format="%.2f")
st.write(f"Total: {qty * price:.2f}")
level = st.slider("Level", 0, 10, 5)
span = st.slider("Range", 0.0, 1.0, (0.25, 0.75))

st.header("Dates and times")
day = st.date_input("Day", dt.date.today())
trip = st.date_input("Trip", (dt.date.today(), dt.date.today() + dt.timedelta(days=7)),
                     format="DD.MM.YYYY")
alarm = st.time_input("Alarm", dt.time(7, 30))
when = st.slider("Appointment", value=dt.datetime(2025, 1, 1, 9, 30),
                 step=dt.timedelta(minutes=15), format="MMM D, HH:mm")
hours = st.slider("Opening hours", value=(dt.time(9), dt.time(17)))
st.write(f"{day} · trip {trip} · alarm {alarm} · {when} · open {hours[0]}–{hours[1]}")

st.header("Files")
up = st.file_uploader("Upload a CSV", type="csv")
if up is not None:
    st.write(f"**{up.name}** ({up.size} bytes)")
    st.code(up.getvalue().decode("utf-8", "replace")[:500])
many = st.file_uploader("Upload images", type="image", accept_multiple_files=True)
st.write(f"{len(many)} image(s)")
st.download_button("Download a greeting", f"Hello {name or 'world'}!\n", file_name="hello.txt")
st.download_button("Download bytes", io.BytesIO(b"\x00\x01\x02"), file_name="data.bin",
                   type="primary")
st.link_button("Streamlit docs", "https://docs.streamlit.io")

st.header("Chat")
st.session_state.setdefault("messages", [("assistant", "Hi! Say something below.")])
for role, text in st.session_state.messages:
    with st.chat_message(role):
        st.markdown(text)
if prompt := st.chat_input("Message the echo bot"):
    st.session_state.messages += [("user", prompt), ("assistant", f"You said: {prompt}")]
    st.rerun()
