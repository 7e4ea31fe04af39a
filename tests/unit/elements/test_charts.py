"""Charts: each st.*_chart becomes a Vega-Lite spec with its data inlined."""

from __future__ import annotations

import textwrap

import pytest

from wasmlit.testing import AppTest


def run(src: str) -> AppTest:
    return AppTest.from_string("import streamlit as st\n" + textwrap.dedent(src)).run()


def test_line_chart_of_wide_data_draws_one_line_per_column_over_the_index():
    at = run("st.line_chart({'a': [1, 2], 'b': [3, 4]})")
    spec = at.line_chart[0].spec
    assert spec["mark"]["type"] == "line"
    assert spec["data"]["values"] == [
        {"index": 0, "color": "a", "value": 1}, {"index": 0, "color": "b", "value": 3},
        {"index": 1, "color": "a", "value": 2}, {"index": 1, "color": "b", "value": 4}]
    enc = spec["encoding"]
    assert enc["x"]["field"] == "index" and enc["x"]["type"] == "quantitative"
    assert enc["color"]["field"] == "color" and enc["y"]["field"] == "value"


def test_one_y_column_needs_no_melting_and_labels_are_axis_titles():
    at = run("""
        st.area_chart([{'day': '2024-01-01', 'n': 3}, {'day': '2024-01-02', 'n': 5}],
                      x='day', y='n', x_label='Day', y_label='Count', color='#ff0000')
    """)
    spec = at.area_chart[0].spec
    assert spec["data"]["values"] == [{"day": "2024-01-01", "n": 3}, {"day": "2024-01-02", "n": 5}]
    assert spec["encoding"]["x"] == {"field": "day", "type": "temporal", "title": "Day"}
    assert spec["encoding"]["y"]["title"] == "Count"
    assert spec["mark"]["color"] == "#ff0000"


def test_bar_chart_horizontal_swaps_axes_and_sorts():
    at = run("st.bar_chart({'k': ['x', 'y'], 'v': [1, 2]}, x='k', y='v', horizontal=True, sort='-v')")
    enc = at.bar_chart[0].spec["encoding"]
    assert enc["y"]["field"] == "k" and enc["x"]["field"] == "v"
    assert enc["y"]["sort"] == "-x"


def test_bar_chart_stack_options():
    at = run("""
        data = {'a': [1, 2], 'b': [3, 4]}
        st.bar_chart(data)
        st.bar_chart(data, stack=False)
        st.bar_chart(data, stack='normalize')
    """)
    stacked, grouped, normalized = (c.spec["encoding"] for c in at.bar_chart)
    assert "stack" not in stacked["y"]
    assert grouped["y"]["stack"] is None and grouped["xOffset"] == {"field": "color"}
    assert normalized["y"]["stack"] == "normalize"


def test_bad_stack_value_raises():
    at = run("st.area_chart({'a': [1]}, stack='sideways')")
    assert "Invalid stack" in at.exception[0].message


def test_scatter_chart_size_and_color_columns():
    at = run("st.scatter_chart({'x': [1], 'y': [2], 's': [5], 'c': ['p']}, x='x', y='y', size='s', color='c')")
    spec = at.scatter_chart[0].spec
    assert spec["mark"]["type"] == "circle"
    assert spec["encoding"]["size"]["field"] == "s"
    assert spec["encoding"]["color"] == {"field": "c", "type": "nominal", "title": "c"}


def test_colors_for_several_columns_must_match_their_number():
    at = run("st.line_chart({'a': [1], 'b': [2]}, color=['#f00'])")
    assert "2 y columns but 1 colors" in at.exception[0].message


def test_unknown_column_raises():
    at = run("st.line_chart({'a': [1]}, x='nope')")
    assert "'nope' is not in the data" in at.exception[0].message


def test_dotted_column_names_are_escaped_for_vega_lite():
    at = run("st.line_chart({'a.b': [1, 2]}, y='a.b')")
    assert at.line_chart[0].spec["encoding"]["y"]["field"] == "a\\.b"


def test_vega_lite_chart_fills_spec_data_and_accepts_the_spec_first():
    at = run("""
        st.vega_lite_chart({'a': [1, float('nan')]}, {'mark': 'bar', 'encoding': {'x': {'field': 'a'}}})
        st.vega_lite_chart({'mark': 'point', 'data': {'values': [{'q': 1}]}}, theme=None)
    """)
    first, second = at.vega_lite_chart
    assert first.spec["data"] == {"values": [{"a": 1}, {"a": None}]}
    assert first.props["theme"] == "streamlit"
    assert second.spec["mark"] == "point" and second.props["theme"] is None
    assert first.props["chart"] == "vega_lite_chart"


def test_vega_lite_chart_without_a_spec_raises():
    at = run("st.vega_lite_chart({'a': [1]})")
    assert "need a spec" in at.exception[0].message


def test_chart_selections_are_reported_as_unsupported():
    at = run("st.vega_lite_chart(spec={'mark': 'bar'}, on_select='rerun')")
    assert "on_select" in at.exception[0].message


def test_altair_chart_takes_a_dict_or_anything_with_to_dict():
    at = run("""
        class Chart:
            def to_dict(self):
                return {'mark': 'line', 'data': {'values': [{'x': 1}]}}
        st.altair_chart(Chart())
        st.altair_chart({'mark': 'bar'}, width=200)
    """)
    assert [c.spec["mark"] for c in at.vega_lite_chart] == ["line", "bar"]
    assert at.vega_lite_chart[1].props["width"] == 200


def test_altair_chart_from_altair():
    pytest.importorskip("altair", reason="altair is optional")
    pytest.importorskip("pandas", reason="altair needs pandas")
    at = run("""
        import altair as alt
        import pandas as pd
        df = pd.DataFrame({'a': ['x', 'y'], 'b': [1, 2]})
        st.altair_chart(alt.Chart(df).mark_bar().encode(x='a', y='b'))
    """)
    spec = at.vega_lite_chart[0].spec
    assert spec["mark"]["type"] == "bar"
    assert list(spec["datasets"].values())[0] == [{"a": "x", "b": 1}, {"a": "y", "b": 2}]


def test_chart_from_pandas_uses_the_index_name_for_x():
    pytest.importorskip("pandas", reason="pandas is optional")
    at = run("""
        import pandas as pd
        df = pd.DataFrame({'v': [1, 2]}, index=pd.Index(['p', 'q'], name='k'))
        st.bar_chart(df)
    """)
    spec = at.bar_chart[0].spec
    assert spec["encoding"]["x"]["field"] == "k"
    assert spec["data"]["values"] == [{"v": 1, "k": "p"}, {"v": 2, "k": "q"}]
