"""The write family: st.write, magic, st.write_stream, st.echo, st.help, st.metric, st.badge."""

import dataclasses
import math
import time

import streamlit as st

st.title("Write and magic")

st.header("st.write", divider="gray")
st.write("Text is **Markdown**; other values are shown as their type suits:", 42, "and", None)
st.write({"a dict": [1, 2, 3], "shows as": "JSON"})
st.write(ValueError("an exception shows as st.exception"))


@dataclasses.dataclass
class Point:
    """A point in the plane."""

    x: float = 0.0
    y: float = 0.0

    def norm(self) -> float:
        """Distance from the origin."""
        return math.hypot(self.x, self.y)


st.write(Point(3, 4))

st.header("Magic", divider="gray")
"A bare string on its own line is shown, like `st.write`."
answer = 6 * 7
answer
"Several values on one line:", answer, [answer]

st.header("st.write_stream", divider="gray")


def words():
    for word in "Streamed text grows in place while the generator runs.".split():
        time.sleep(0.08)
        yield word + " "


if st.button("Stream a sentence"):
    result = st.write_stream(words())
    st.caption(f"write_stream returned {len(result)} characters.")

st.header("st.echo", divider="gray")
with st.echo():
    squares = [n * n for n in range(6)]
    st.write("Squares:", squares)

with st.echo(code_location="below"):
    st.write("This time the code comes **after** its output.")

st.header("st.help", divider="gray")
st.help(Point)

st.header("st.metric", divider="gray")
a, b, c = st.columns(3)
a.metric("Temperature", "70 °F", "1.2 °F", border=True)
b.metric("Wind", "9 mph", "-8%", border=True)
c.metric("Humidity", "86%", "4%", delta_color="inverse", border=True)
d, e, f = st.columns(3)
d.metric("Revenue", 1234.5, 210, format="dollar", help="Formatted in the browser.",
         delta_description="vs last month")
e.metric("Visitors", 5120, -120, chart_data=[40, 45, 43, 50, 58, 52, 49], chart_type="area")
f.metric("Latency", "120 ms", "0", chart_data=[3, 5, 2, 6, 4], chart_type="bar")

st.header("st.badge", divider="gray")
row = st.columns(5)
row[0].badge("New")
row[1].badge("Success", icon="✅", color="green")
row[2].badge("Warning", color="orange")
row[3].badge("Error", color="red")
row[4].badge("Muted", color="gray")
