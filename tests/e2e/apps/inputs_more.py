import datetime as dt

import streamlit as st

rec = st.audio_input("Record a voice note", sample_rate=16000)
if rec is not None:
    data = rec.getvalue()
    st.markdown(f"audio={rec.name.endswith('_audio.wav')}|{rec.type}|{data[:4].decode()}|"
                f"{data[8:12].decode()}|rate={int.from_bytes(data[24:28], 'little')}|"
                f"bytes={len(data) > 1000}")
else:
    st.markdown("audio=none")

photo = st.camera_input("Take a picture")
if photo is not None:
    data = photo.getvalue()
    st.markdown(f"photo={photo.name.startswith('camera-input-')}|{photo.type}|"
                f"jpeg={data[:3] == bytes([0xFF, 0xD8, 0xFF])}|bytes={len(data) > 500}")
else:
    st.markdown("photo=none")

when = st.datetime_input("Meeting", dt.datetime(2024, 3, 5, 14, 30))
st.markdown(f"when={when:%Y-%m-%d %H:%M}" if when else "when=none")

st.session_state.setdefault("picks", [])
picked = st.menu_button("Actions", ["Copy", "Paste", "Delete"],
                        on_click=lambda: st.session_state.picks.append(st.session_state.menu),
                        key="menu")
st.markdown(f"picked={picked}|{st.session_state.picks}")

page = st.pagination(20, default=1, key="pages")
st.markdown(f"page={page}")

slot = st.skeleton(height=90)
st.markdown("after-skeleton")
if st.button("Load"):
    slot.markdown("loaded")

grid = st.grid(3, gap="small")
for i in range(4):
    grid.markdown(f"cell {i}")
with grid.cell(column_span="all"):
    st.markdown("wide cell")

msg = st.chat_input("Message", accept_file="multiple", accept_audio=True)
if msg:
    names = [f.name for f in msg.files]
    audio = msg.audio
    st.markdown(f"chat={msg.text}|files={names}|audio="
                f"{'none' if audio is None else audio.getvalue()[:4].decode()}")
