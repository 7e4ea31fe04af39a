import time

import streamlit as st

# Depends on the clock: the build cannot prerender it, so the page shows its loading view.
st.markdown(f"Built at {time.time()}")
st.markdown("Clock app")
