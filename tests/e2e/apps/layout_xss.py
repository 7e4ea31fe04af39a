import streamlit as st

P = '<img src=x onerror="window.__pwned=1">'
S = '<script>window.__pwned=2</script>'
V = '<svg onload="window.__pwned=3"></svg>'
J = '[click](javascript:window.__pwned=4)'

st.success(f"alert {P} {S} {V} {J}")
st.error("err", title=f"title {P}")
with st.expander(f"expander {P} {J}"):
    st.write("x")
st.tabs([f"tab {P}", f"tab2 {V}"])
with st.popover(f"popover {P}"):
    st.write("y")
with st.status(f"status {V}"):
    st.write("z")
st.progress(10, text=f"progress {P}")
st.toast(f"toast {P} {S} {J}", duration="infinite")


@st.dialog(f"dialog {P} {S}")
def d():
    st.write("inside")


d()
