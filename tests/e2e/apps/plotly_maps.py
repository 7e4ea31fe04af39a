"""st.plotly_chart with selections, st.map and st.pydeck_chart (tests/e2e/test_plotly_maps.py).
Dict figures and a dict deck spec: no plotly or pydeck package is needed in the browser."""

import streamlit as st

xs = list(range(10))
fig = {"data": [{"type": "scatter", "mode": "markers", "x": xs, "y": [x * x for x in xs],
                 "name": "squares", "marker": {"size": 12}}],
       "layout": {"title": {"text": "Squares"}, "height": 360, "margin": {"t": 40},
                  "xaxis": {"range": [-1, 10]}, "yaxis": {"range": [-5, 90]}}}
st.plotly_chart({"data": [{"type": "bar", "x": ["a", "b", "c"], "y": [3, 1, 2]},
                          {"type": "bar", "x": ["a", "b", "c"], "y": [1, 2, 3]}]},
                key="bars")

box = st.plotly_chart(fig, key="box", on_select="rerun", selection_mode=("box", "points"))
st.write(f"box points={box.selection.point_indices} boxes={len(box.selection.box)}")
if box.selection.box:
    b = box.selection.box[0]
    st.write(f"box xref={b['xref']} x0<x1={b['x'][0] < b['x'][1]}")
if box.selection.points:
    p = box.selection.points[0]
    st.write(f"first point curve={p['curve_number']} index={p['point_index']} x={p['x']} y={p['y']}")
st.write(f"state={st.session_state.box['selection']['point_indices']}")

lasso = st.plotly_chart(fig, key="lasso", on_select="rerun", selection_mode="lasso")
st.write(f"lasso points={lasso.selection.point_indices} lassos={len(lasso.selection.lasso)}")

st.map({"lat": [37.76, 37.77, 37.78], "lon": [-122.40, -122.41, -122.42]}, height=300)
deck = st.pydeck_chart({
    "initialViewState": {"latitude": 37.77, "longitude": -122.41, "zoom": 12},
    "layers": [{"@@type": "ScatterplotLayer", "id": "stops", "data": [
        {"name": "north", "pos": [-122.41, 37.78]}, {"name": "south", "pos": [-122.41, 37.76]}],
        "getPosition": "@@=pos", "getRadius": 400, "getFillColor": [200, 30, 0, 200],
        "pickable": True}],
    "tooltip": {"text": "{name}"}}, height=300, on_select="rerun", key="deck")
st.write(f"deck={deck.selection.indices}")
