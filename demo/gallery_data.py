"""Data, charts and media: every element of these families, in one app."""

import io
import math
import struct
import wave
import zlib

import streamlit as st

st.title("Data, charts and media")

# ---- data ----------------------------------------------------------------------------------
st.header("Data", divider=True)
people = [
    {"name": "Ada", "born": 1815, "field": "mathematics", "score": 9.5},
    {"name": "Grace", "born": 1906, "field": "computing", "score": 9.75},
    {"name": "Alan", "born": 1912, "field": "logic", "score": 9.25},
    {"name": "Edsger", "born": 1930, "field": "algorithms", "score": None},
]
st.subheader("st.dataframe")
st.caption("Click a column header to sort (ascending, descending, original order).")
st.dataframe(people)
hide = st.toggle("Hide the index", value=False)
st.dataframe({"x": list(range(300)), "x²": [i * i for i in range(300)],
              "even": [i % 2 == 0 for i in range(300)]},
             hide_index=hide, height=250, column_order=["x²", "x", "even"])

st.caption("With `on_select`, rows can be selected; the app reruns and gets their positions.")
event = st.dataframe(people, on_select="rerun", selection_mode="multi-row", key="picked")
chosen = [people[i]["name"] for i in event.selection.rows]
st.write("Selected:", ", ".join(chosen) if chosen else "nobody")

st.subheader("st.table")
st.table({"planet": ["Mercury", "Venus", "Earth"], "moons": [0, 0, 1],
          "radius (km)": [2439.7, 6051.8, 6371.0]})
st.table({"alpha": 1, "beta": 2}, border="horizontal")

# ---- charts --------------------------------------------------------------------------------
st.header("Charts", divider=True)
n = st.slider("Points", 5, 60, 30)
waves = {"sin": [math.sin(i / 5) for i in range(n)], "cos": [math.cos(i / 5) for i in range(n)]}
st.subheader("st.line_chart")
st.line_chart(waves, x_label="t")
st.subheader("st.area_chart")
st.area_chart({"a": [abs(v) for v in waves["sin"]], "b": [abs(v) for v in waves["cos"]]},
              stack="normalize")
st.subheader("st.bar_chart")
col1, col2 = st.columns(2)
with col1:
    st.bar_chart({"fruit": ["apple", "pear", "plum"], "sold": [12, 7, 9]}, x="fruit", y="sold",
                 height=250)
with col2:
    st.bar_chart({"fruit": ["apple", "pear", "plum"], "sold": [12, 7, 9]}, x="fruit", y="sold",
                 horizontal=True, sort="-sold", height=250, color="#29b09d")
st.subheader("st.scatter_chart")
st.scatter_chart({"x": [i % 7 for i in range(n)], "y": [(i * 37) % 11 for i in range(n)],
                  "size": [i for i in range(n)], "group": ["a", "b", "c"] * (n // 3) + ["a"] * (n % 3)},
                 x="x", y="y", size="size", color="group")
st.subheader("st.vega_lite_chart")
st.vega_lite_chart(
    {"k": list("ABCDE"), "v": [3, 1, 4, 1, 5]},
    {"title": "A Vega-Lite spec", "mark": {"type": "arc", "innerRadius": 40},
     "encoding": {"theta": {"field": "v", "type": "quantitative"},
                  "color": {"field": "k", "type": "nominal"}}})


# ---- media ---------------------------------------------------------------------------------
def png(width, height, pixel):
    def chunk(tag, body):
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body))
    raw = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width))
                   for y in range(height))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def tone(freq=440, seconds=1.5, rate=16000):
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"".join(
            struct.pack("<h", int(9000 * math.sin(2 * math.pi * freq * i / rate)))
            for i in range(int(seconds * rate))))
    return buf.getvalue()


st.header("Media", divider=True)
st.subheader("st.image")
gradient = png(96, 64, lambda x, y: (x * 2 % 256, y * 4 % 256, 160))
st.image(gradient, caption="A gradient made in Python (bytes)", width=192)
st.image([png(48, 48, lambda x, y: (255, 75, 75)), png(48, 48, lambda x, y: (0, 104, 201)),
          png(48, 48, lambda x, y: (41, 176, 157))], caption=["red", "blue", "green"])
st.subheader("st.audio")
st.audio(tone(), format="audio/wav")
st.subheader("st.video")
st.caption("From bytes, a file of the app or a URL (YouTube links use YouTube's player). "
           "Here: the tone above, with subtitles.")
st.video(tone(330, 3), format="audio/wav", subtitles="WEBVTT\n\n00:00:00.000 --> 00:00:03.000\nA tone\n")
