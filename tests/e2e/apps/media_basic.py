import io
import math
import struct
import wave
import zlib

import streamlit as st


def png(width, height, rgb):
    def chunk(tag, body):
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body))
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def wav(seconds=2, rate=8000):
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"".join(struct.pack("<h", int(8000 * math.sin(i / 10)))
                               for i in range(seconds * rate)))
    return buf.getvalue()


with open("red.png", "wb") as f:
    f.write(png(30, 20, (255, 0, 0)))

XSS = '<img src=x onerror="window.__pwned=1"> [click](javascript:window.__pwned=2)'

st.header("Media")
st.image(png(40, 30, (0, 128, 255)), caption="A *blue* box", width=80)
st.image(["red.png", png(10, 10, (0, 200, 0))], caption=["from a file", "green"])
st.image(png(5, 5, (0, 0, 0)), caption=XSS, link="javascript:window.__pwned=3")
st.audio(wav(), format="audio/wav", start_time=1, loop=True)
st.video(b"not really a video", format="video/mp4", muted=True, autoplay=True,
         subtitles="WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHello\n")

if st.button("Rerun"):
    st.session_state.clicks = st.session_state.get("clicks", 0) + 1
st.write(f"clicks={st.session_state.get('clicks', 0)}")
