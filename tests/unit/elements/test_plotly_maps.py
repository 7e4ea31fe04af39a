"""st.plotly_chart, st.map and st.pydeck_chart: the figure/spec the page draws, argument
errors, and the selection state each returns (Streamlit 1.67's shapes)."""

from __future__ import annotations

import textwrap

import pytest

from wasmlit.testing import AppTest


def run(src: str) -> AppTest:
    return AppTest.from_string("import streamlit as st\n" + textwrap.dedent(src)).run()


FIG = "{'data': [{'type': 'scatter', 'x': [1, 2, 3], 'y': [4, 5, 6]}], 'layout': {'title': {'text': 'T'}}}"


def test_a_dict_figure_needs_no_package_and_is_sent_as_is():
    at = run(f"st.plotly_chart({FIG})")
    chart = at.plotly_chart[0]
    assert chart.figure["data"] == [{"type": "scatter", "x": [1, 2, 3], "y": [4, 5, 6]}]
    assert chart.figure["layout"] == {"title": {"text": "T"}}
    props = chart.node["props"]
    assert props["theme"] == "streamlit" and props["width"] == "stretch"
    assert props["height"] == 450  # "content": the figure names no height, plotly's default
    assert "id" not in props and "selection_mode" not in props  # not a widget


def test_content_sizes_come_from_the_layout_and_use_container_width_maps_to_width():
    at = run("""
        fig = {'data': [], 'layout': {'width': 420, 'height': 300}}
        st.plotly_chart(fig, width='content', height='content')
        st.plotly_chart(fig, use_container_width=False)
        st.plotly_chart([{'type': 'bar', 'y': [1]}], height=222, width=333, theme=None,
                        config={'displayModeBar': False}, alt=' Bars ')
    """)
    a, b, c = (p.node["props"] for p in at.plotly_chart)
    assert (a["width"], a["height"]) == (420, 300)
    assert b["width"] == 420
    assert c["figure"]["data"] == [{"type": "bar", "y": [1]}]
    assert (c["width"], c["height"], c["theme"]) == (333, 222, None)
    assert c["config"] == {"displayModeBar": False} and c["alt"] == "Bars"


def test_a_plotly_figure_is_serialised_by_plotly():
    pytest.importorskip("plotly", reason="plotly is optional")
    at = run("""
        import plotly.graph_objects as go
        fig = go.Figure(go.Bar(x=['a', 'b'], y=[3, 1]))
        fig.update_layout(height=321)
        st.plotly_chart(fig)
    """)
    assert not at.exception
    fig = at.plotly_chart[0].figure
    assert fig["data"][0]["type"] == "bar" and fig["data"][0]["x"] == ["a", "b"]
    assert at.plotly_chart[0].node["props"]["height"] == 321


def test_numpy_arrays_in_a_dict_figure_become_lists_and_nan_null():
    pytest.importorskip("numpy", reason="numpy is optional")
    at = run("""
        import numpy as np
        st.plotly_chart({'data': [{'type': 'scatter', 'y': np.array([1.0, np.nan, 3.0])}]})
    """)
    assert at.plotly_chart[0].figure["data"][0]["y"] == [1.0, None, 3.0]


@pytest.mark.parametrize("call, message", [
    ("st.plotly_chart(42)", "expects a Plotly figure"),
    ("st.plotly_chart({'foo': 1})", "needs a 'data' list"),
    ("st.plotly_chart({'data': 'x'})", "'data' must be a list"),
    (f"st.plotly_chart({FIG}, theme='dark')", "theme='dark'"),
    (f"st.plotly_chart({FIG}, on_select='maybe')", "on_select"),
    (f"st.plotly_chart({FIG}, on_select='rerun', selection_mode='circle')", "selection_mode"),
    (f"st.plotly_chart({FIG}, on_select='rerun', selection_mode=[])", "selection_mode"),
    (f"st.plotly_chart({FIG}, width=-1)", "width"),
    (f"st.plotly_chart({FIG}, config='x')", "config must be a dict"),
])
def test_bad_arguments_raise_where_the_user_sees_them(call, message):
    at = run(f"st.write('before')\n{call}\nst.write('after')")
    assert message in at.exception[0].message
    assert at.markdown[0].value == "before"


def test_selection_state_is_returned_and_in_session_state():
    at = run(f"""
        ev = st.plotly_chart({FIG}, key='p', on_select='rerun', selection_mode=('box', 'points'))
        st.write(f"idx={{ev.selection.point_indices}} box={{ev['selection']['box']}}")
        st.write(f"state={{st.session_state.p.selection.points}}")
    """)
    chart = at.plotly_chart("p")
    assert chart.node["props"]["selection_mode"] == ["box", "points"]
    assert chart.node["props"]["value"] == {
        "selection": {"points": [], "point_indices": [], "box": [], "lasso": []}}
    assert at.markdown[0].value == "idx=[] box=[]"
    chart.select({"points": [{"curve_number": 0, "point_number": 1, "point_index": 1,
                              "x": 2, "y": 5}],
                  "point_indices": [1],
                  "box": [{"xref": "x", "yref": "y", "x": [1.5, 2.5], "y": [4.5, 5.5]}],
                  "lasso": []}).run()
    assert at.markdown[0].value == "idx=[1] box=[{'xref': 'x', 'yref': 'y', 'x': [1.5, 2.5], 'y': [4.5, 5.5]}]"
    assert "'point_index': 1" in at.markdown[1].value
    assert at.plotly_chart("p").selection["point_indices"] == [1]


def test_selection_callback_runs_and_the_state_cannot_be_set():
    at = run(f"""
        def picked():
            st.session_state.log = st.session_state.p.selection.point_indices
        st.plotly_chart({FIG}, key='p', on_select=picked)
        st.write(f"log={{st.session_state.get('log')}}")
        if st.button('set'):
            st.session_state.p = 1
    """)
    at.plotly_chart("p").select({"points": [], "point_indices": [0, 2], "box": [],
                                 "lasso": []}).run()
    assert at.markdown[0].value == "log=[0, 2]"
    at.button[0].click().run()
    assert at.exception and "p" in at.exception[0].message


MAP_DATA = "{'lat': [37.7, 37.8], 'lon': [-122.5, -122.3], 'n': [10, 20]}"


def test_map_centres_and_zooms_on_its_points():
    at = run(f"st.map({MAP_DATA})")
    spec = at.map[0].spec
    view = spec["initialViewState"]
    assert view["latitude"] == pytest.approx(37.75) and view["longitude"] == pytest.approx(-122.4)
    assert view["zoom"] == 10  # a span of 0.2 degrees
    (layer,) = spec["layers"]
    assert layer["@@type"] == "ScatterplotLayer"
    assert layer["getPosition"] == "@@=[lon, lat]"
    assert layer["getRadius"] == 100 and layer["getFillColor"] == "primary"
    assert layer["data"] == [{"lat": 37.7, "lon": -122.5}, {"lat": 37.8, "lon": -122.3}]
    assert at.map[0].node["props"]["height"] == 500


def test_map_columns_colours_sizes_and_zoom():
    at = run("""
        st.map({'y': [1.0, 2.0], 'x': [3.0, 4.0], 'c': ['#ff000080', '#00ff00'], 's': [5, 6]},
               latitude='y', longitude='x', color='c', size='s', zoom=3, height=300, width=400)
        st.map({'LAT': [1.0], 'LONGITUDE': [2.0]}, color=(1.0, 0.5, 0.0), size=50)
    """)
    a, b = at.map
    layer = a.spec["layers"][0]
    assert layer["getPosition"] == "@@=[x, y]" and layer["getRadius"] == "@@=s"
    assert layer["getFillColor"] == "@@=c" and a.spec["initialViewState"]["zoom"] == 3
    assert layer["data"][0] == {"c": [255, 0, 0, 128], "s": 5, "x": 3.0, "y": 1.0}
    assert (a.node["props"]["width"], a.node["props"]["height"]) == (400, 300)
    layer = b.spec["layers"][0]
    assert layer["getFillColor"] == [255, 128, 0, 255] and layer["getRadius"] == 50
    assert layer["getPosition"] == "@@=[LONGITUDE, LAT]"


def test_map_without_data_shows_the_world():
    at = run("st.map()")
    assert at.map[0].spec == {"initialViewState": {"latitude": 0, "longitude": 0, "pitch": 0,
                                                   "zoom": 1}}


@pytest.mark.parametrize("call, message", [
    ("st.map({'a': [1]})", "latitude column named"),
    ("st.map({'lat': [1.0, None], 'lon': [1.0, 2.0]})", "not allowed to contain null"),
    ("st.map({'lat': [1.0], 'lon': [1.0], 'c': ['nope']}, color='c')", "valid colors"),
    ("st.map({'lat': [1.0], 'lon': [1.0]}, color='blurple')", "Invalid color"),
    ("st.map({'lat': [1.0], 'lon': [1.0]}, height='content')", "height"),
    ("st.pydeck_chart(42)", "expects a pydeck Deck"),
    ("st.pydeck_chart(None, on_select='rerun', selection_mode='lasso')", "selection_mode"),
    ("st.pydeck_chart(None, on_select='rerun', selection_mode=['single-object'])",
     "single value"),
])
def test_bad_map_arguments_raise(call, message):
    at = run(call)
    assert message in at.exception[0].message


DECK = """
import pydeck as pdk
import pandas as pd
df = pd.DataFrame({'lon': [-122.4, -122.5], 'lat': [37.7, 37.8], 'name': ['a', 'b']})
layer = pdk.Layer('ScatterplotLayer', data=df, id='pts', get_position='[lon, lat]',
                  get_radius=200, pickable=True)
deck = pdk.Deck(layers=[layer], initial_view_state=pdk.ViewState(latitude=37.75,
                longitude=-122.45, zoom=11), tooltip={'text': '{name}'})
"""


def test_pydeck_chart_sends_the_decks_json_spec_and_tooltip():
    pytest.importorskip("pydeck", reason="pydeck is optional")
    pytest.importorskip("pandas", reason="pandas is optional")
    at = run(DECK + "st.pydeck_chart(deck, height=400)")
    chart = at.pydeck_chart[0]
    (layer,) = chart.spec["layers"]
    assert layer["@@type"] == "ScatterplotLayer" and layer["id"] == "pts"
    assert layer["getPosition"] == "@@=[lon, lat]"
    assert layer["data"] == [{"lon": -122.4, "lat": 37.7, "name": "a"},
                             {"lon": -122.5, "lat": 37.8, "name": "b"}]
    assert chart.spec["initialViewState"]["zoom"] == 11
    assert chart.node["props"]["tooltip"] == {"text": "{name}"}
    assert chart.node["props"]["height"] == 400


def test_pydeck_selection_state_per_layer_id():
    pytest.importorskip("pydeck", reason="pydeck is optional")
    pytest.importorskip("pandas", reason="pandas is optional")
    at = run(DECK + """
ev = st.pydeck_chart(deck, on_select='rerun', selection_mode='multi-object', key='d')
st.write(f"{ev.selection.indices} {st.session_state.d['selection']['objects']}")
""")
    chart = at.pydeck_chart("d")
    assert chart.node["props"]["selection_mode"] == "multi-object"
    assert at.markdown[0].value == "{} {}"
    chart.select({"indices": {"pts": [1]}, "objects": {"pts": [{"name": "b"}]}}).run()
    assert at.markdown[0].value == "{'pts': [1]} {'pts': [{'name': 'b'}]}"
