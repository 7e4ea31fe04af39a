"""The write family in the browser: st.write of many types, magic, echo, help, metric, badge
(and XSS payloads in every text they show)."""

import dataclasses

import streamlit as st

XSS = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>"


@dataclasses.dataclass
class Point:
    """A point in the plane."""

    x: int = 1
    y: int = 2


st.write("Hello **write**", 42)
st.write({"answer": 42})
"Magic says hi"
Point

with st.echo():
    shown = 6 * 7
    st.write(f"Echoed result {shown}")

st.metric("Revenue", 1234.567, -12, format="dollar", help="Money in", border=True)
st.metric("Users", 99, "5%", delta_color="inverse", chart_data=[1, 3, 2, 5], chart_type="area",
          delta_description="vs last week")
st.badge("Fresh", color="green", icon="🌱")

st.session_state.setdefault("clicks", 0)
st.session_state.setdefault("outside", 0)
st.session_state.outside += 1
st.metric("Full runs", st.session_state.outside)
st.button("Full rerun")


def bump():
    st.session_state.clicks += 1


@st.fragment
def counter():
    st.metric("Clicks", st.session_state.clicks, st.session_state.clicks)
    st.button("Click", on_click=bump)


counter()

st.header("XSS")
st.metric(XSS + " label", XSS, "-" + XSS)
st.badge(XSS + " badge")
st.write("[click me](javascript:window.__pwned=3)")


class Evil:
    """<svg onload="window.__pwned=4"></svg> evil doc"""

    def __repr__(self):
        return XSS


st.help(Evil())
