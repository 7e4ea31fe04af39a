import streamlit as st

st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.text(f"full runs: {st.session_state.runs}")

with st.sidebar:
    side = st.multiselect("Side pick", ["north", "south"], key="side")
st.text(f"side={side}")

left, right = st.columns(2)
with left:
    col_mode = st.segmented_control("Column mode", ["list", "grid"], default="list")
with right:
    col_color = st.color_picker("Column color", "#00f")
st.text(f"col_mode={col_mode} col_color={col_color}")

with st.form("order"):
    toppings = st.multiselect("Toppings", ["cheese", "ham", "olives"])
    heat = st.select_slider("Heat", ["mild", "hot", "fire"])
    shade = st.color_picker("Shade", "#000000")
    sent = st.form_submit_button("Order")
st.text(f"order toppings={toppings} heat={heat} shade={shade} sent={sent}")


@st.fragment
def frag():
    st.session_state.setdefault("fruns", 0)
    st.session_state.fruns += 1
    v = st.pills("Frag pills", ["one", "two"])
    st.text(f"frag value={v} fruns={st.session_state.fruns}")


frag()

X = ['<img src=x onerror="window.__pwned=1">', "<script>window.__pwned=2</script>",
     "[click me](javascript:window.__pwned=3)", '<svg onload="window.__pwned=4"></svg>']
st.multiselect("Evil <img src=x onerror=\"window.__pwned=5\">", X, default=X[:2],
               help='<img src=x onerror="window.__pwned=6">')
st.pills("Evil pills", X, default=X[0])
st.radio("Evil radio", X, captions=X)
st.select_slider("Evil slider", X)
st.selectbox("Evil select", X)
st.text("xss rendered")
