"""st.write_stream in the browser: the text grows in place while the generator sleeps."""

import asyncio
import time

import streamlit as st


def words():
    for word in ["alpha ", "beta ", "gamma ", "delta"]:
        time.sleep(0.35)
        yield word


async def async_words():
    for word in ["one ", "two ", "three"]:
        await asyncio.sleep(0.3)
        yield word


if st.button("Stream"):
    result = st.write_stream(words())
    st.text(f"Returned: {result!r}")
elif st.button("Stream async"):
    result = st.write_stream(async_words())
    st.text(f"Returned: {result!r}")
else:
    st.text("Ready")
