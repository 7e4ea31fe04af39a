import streamlit as st

SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="30"><rect width="120" '
       'height="30" fill="#ff4b4b"/></svg>')
ICON = ('<svg xmlns="http://www.w3.org/2000/svg" width="30" height="30"><circle cx="15" cy="15" '
        'r="15" fill="#0068c9"/></svg>')

if st.checkbox("Show a logo", value=True):
    st.logo(SVG, size="large", link="https://example.org", icon_image=ICON)
if st.checkbox("Use the sidebar"):
    st.sidebar.write("In the sidebar")
st.write("logo app")
