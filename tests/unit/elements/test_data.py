"""st.dataframe and st.table: what reaches the page from each kind of input."""

from __future__ import annotations

import textwrap

import pytest

from wasmlit.testing import AppTest


def run(src: str) -> AppTest:
    return AppTest.from_string("import streamlit as st\n" + textwrap.dedent(src)).run()


def test_dataframe_from_dict_of_lists_has_columns_and_rows():
    at = run("st.dataframe({'a': [1, 2], 'b': ['x', 'y']})")
    df = at.dataframe[0]
    assert df.columns == ["a", "b"]
    assert df.rows == [[1, "x"], [2, "y"]]
    assert df.props["types"] == ["number", "text"]
    assert df.props["hide_index"] is True  # a default 0..n-1 index means nothing here


def test_dataframe_from_list_of_dicts_unions_the_keys_and_fills_gaps_with_none():
    at = run("st.dataframe([{'a': 1, 'b': 2}, {'a': 3, 'c': 4}])")
    assert at.dataframe[0].columns == ["a", "b", "c"]
    assert at.dataframe[0].rows == [[1, 2, None], [3, None, 4]]


def test_dataframe_from_list_of_rows_names_columns_by_position():
    at = run("st.dataframe([(1, 'x'), (2, 'y', True)])")
    assert at.dataframe[0].columns == ["0", "1", "2"]
    assert at.dataframe[0].rows == [[1, "x", None], [2, "y", True]]


def test_dataframe_from_a_single_dict_shows_keys_as_index():
    at = run("st.dataframe({'a': 1, 'b': 'x'})")
    df = at.dataframe[0]
    assert df.columns == ["value"]
    assert df.index == ["a", "b"]
    assert df.rows == [[1], ["x"]]
    assert df.props["hide_index"] is False


def test_dataframe_from_nested_dict_uses_inner_keys_as_index():
    at = run("st.dataframe({'a': {'x': 1, 'y': 2}, 'b': {'x': 3, 'y': 4}})")
    df = at.dataframe[0]
    assert (df.columns, df.index, df.rows) == (["a", "b"], ["x", "y"], [[1, 3], [2, 4]])


def test_dataframe_from_list_of_values_and_none():
    at = run("st.dataframe([1, 2, 3])\nst.dataframe()")
    assert at.dataframe[0].columns == ["value"]
    assert at.dataframe[0].rows == [[1], [2], [3]]
    assert at.dataframe[1].columns == [] and at.dataframe[1].rows == []


def test_nan_and_odd_values_become_json():
    at = run("""
        import datetime
        st.dataframe({'f': [float('nan'), 1.5],
                      'd': [datetime.date(2024, 1, 2), datetime.datetime(2024, 1, 2, 3, 4)],
                      'o': [{1, 2}, object]})
    """)
    rows = at.dataframe[0].rows
    assert rows[0][0] is None and rows[1][0] == 1.5
    assert rows[0][1] == "2024-01-02" and rows[1][1] == "2024-01-02 03:04:00"
    assert rows[0][2] == "[1, 2]" and rows[1][2] == "<class 'object'>"


def test_columns_of_different_lengths_raise_an_api_error():
    at = run("st.write('before')\nst.dataframe({'a': [1, 2], 'b': [1]})")
    assert "same length" in at.exception[0].message
    assert at.markdown[0].value == "before"


def test_text_is_not_a_table():
    at = run("st.table('hello')")
    assert "Cannot show an object of type `str`" in at.exception[0].message


def test_dataframe_options_reach_the_page():
    at = run("""
        st.dataframe({'a': [1], 'b': [2], 'c': [3]}, width=300, height=200, hide_index=False,
                     column_order=['c', 'a', 'zz', 'c'], column_config={'a': 'Alpha', 'b': None})
    """)
    props = at.dataframe[0].props
    assert props["width"] == 300 and props["height"] == 200
    assert props["hide_index"] is False
    assert props["order"] == [2, 0, 2]  # unknown names skipped, repeats kept
    assert props["config"] == {"a": {"label": "Alpha"}, "b": {"hidden": True}}


def test_use_container_width_false_means_content_width():
    at = run("st.dataframe([1], use_container_width=False)")
    assert at.dataframe[0].props["width"] == "content"


def test_bad_height_raises():
    at = run("st.dataframe([1], height=-3)")
    assert "Invalid height" in at.exception[0].message


def test_dataframe_returns_a_handle_that_can_be_replaced():
    at = run("h = st.dataframe([1])\nh.table([2])")
    assert len(at.dataframe) == 0 and at.table[0].rows == [[2]]


def test_table_hides_header_for_data_without_column_names():
    at = run("st.table([[1, 2]])\nst.table({'a': [1]})\nst.table({'k': 'v'})")
    assert [t.props["hide_header"] for t in at.table] == [True, False, True]
    assert [t.props["hide_index"] for t in at.table] == [True, True, False]


def test_table_border_and_bad_border():
    at = run("st.table([1], border='horizontal')\nst.table([1], border='thick')")
    assert at.table[0].props["border"] == "horizontal"
    assert "Invalid border" in at.exception[0].message


def test_unchanged_data_sends_nothing_on_rerun():
    at = run("st.dataframe({'a': list(range(1000))})")
    at.run()
    assert at.ops_of_last_run() == []


def test_value_without_pandas_is_a_dict_of_columns():
    at = run("st.table({'a': [1, 2]})")
    assert at.table[0].data == {"a": [1, 2]}


def test_pandas_dataframe_keeps_its_index_and_names():
    pd = pytest.importorskip("pandas", reason="pandas is optional")
    at = run("""
        import pandas as pd
        df = pd.DataFrame({'x': [1.0, None], 'y': ['a', 'b']},
                          index=pd.Index(['r1', 'r2'], name='row'))
        st.dataframe(df)
        st.table(pd.Series([1, 2], name='s'))
        st.dataframe(pd.DataFrame({'n': [1, 2]}))
    """)
    df = at.dataframe[0]
    assert df.columns == ["x", "y"] and df.index == ["r1", "r2"]
    assert df.rows == [[1.0, "a"], [None, "b"]]
    assert df.props["index_name"] == "row" and df.props["hide_index"] is False
    assert at.table[0].columns == ["s"] and at.table[0].props["hide_index"] is True
    assert at.dataframe[1].props["hide_index"] is False  # Streamlit shows a pandas index
    assert isinstance(df.value, pd.DataFrame)


def test_numpy_arrays():
    pytest.importorskip("numpy", reason="numpy is optional")
    at = run("""
        import numpy as np
        st.dataframe(np.array([[1, 2], [3, 4]]))
        st.dataframe(np.array([1.5, np.nan]))
    """)
    assert at.dataframe[0].columns == ["0", "1"] and at.dataframe[0].rows == [[1, 2], [3, 4]]
    assert at.dataframe[1].columns == ["value"] and at.dataframe[1].rows == [[1.5], [None]]


def test_selectable_dataframe_returns_the_rows_the_user_selected():
    at = run("""
        event = st.dataframe({'a': [10, 20, 30]}, on_select='rerun', selection_mode='multi-row',
                             key='df')
        st.write(f"rows={event.selection.rows} state={st.session_state.df['selection']['rows']}")
    """)
    assert at.markdown[0].value == "rows=[] state=[]"
    df = at.dataframe[0]
    assert df.props["selection_mode"] == ["multi-row"] and df.props["value"]["rows"] == []
    df.set_value({"rows": [0, 2], "columns": []}).run()  # the page sends rows in order
    assert at.markdown[0].value == "rows=[0, 2] state=[0, 2]"
    assert at.dataframe[0].props["value"]["rows"] == [0, 2]


def test_selection_callback_and_default():
    at = run("""
        def picked():
            st.session_state.log = st.session_state.t.selection.rows
        st.dataframe([1, 2], key='t', on_select=picked, selection_mode='single-row',
                     selection_default={'selection': {'rows': [1]}})
        st.write(f"log={st.session_state.get('log')}")
    """)
    assert at.dataframe[0].props["value"]["rows"] == [1]
    at.dataframe[0].set_value({"rows": [0]}).run()
    assert at.markdown[0].value == "log=[0]"


@pytest.mark.parametrize("call, message", [
    ("st.dataframe([1], on_select='rerun', selection_mode='rows')",
     "Invalid `selection_mode` value. Supported values: 'multi-cell', 'multi-column', "
     "'multi-row', 'single-cell', 'single-column', 'single-row', 'single-row-required'."),
    ("st.dataframe([1], on_select='rerun', selection_mode=['single-row', 'multi-row'])",
     "`selection_mode='multi-row'` and `selection_mode='single-row'` cannot be used together. "
     "Only one row selection mode can be specified."),
    ("st.dataframe([1], on_select='rerun', selection_mode=['single-column', 'multi-column'])",
     "`selection_mode='single-column'` and `selection_mode='multi-column'` cannot be used "
     "together."),
    ("st.dataframe([1], on_select='rerun', selection_mode=('multi-cell', 'single-cell'))",
     "`selection_mode='single-cell'` and `selection_mode='multi-cell'` cannot be used together."),
    ("st.dataframe([1], on_select='maybe')",
     "Invalid `on_select` value. Supported values: 'rerun', 'ignore', a callback function."),
    ("st.dataframe([1], on_select=None)",
     "Invalid `on_select` value. Supported values: 'rerun', 'ignore', a callback function."),
    ("st.dataframe([1], selection_default={'selection': {'rows': [0]}})",
     "`selection_default` and `on_select='ignore'` cannot be used together. Set `on_select` "
     "to `'rerun'` or a callback to use `selection_default`."),
])
def test_bad_selection_arguments_raise_streamlits_errors(call, message):
    at = run(call)
    assert at.exception[0].message == message


def test_every_selection_kind_comes_back_shaped_as_streamlits():
    at = run("""
        ev = st.dataframe({'a': [1, 2, 3], 'b': [4, 5, 6]}, key='df', on_select='rerun',
                          selection_mode=['multi-row', 'multi-column', 'multi-cell'])
        st.write(repr(ev))
        st.write(repr(st.session_state.df.selection.cells))
    """)
    assert at.markdown[0].value == "{'selection': {'rows': [], 'columns': [], 'cells': []}}"
    df = at.dataframe[0]
    assert df.props["selection_mode"] == ["multi-cell", "multi-column", "multi-row"]
    assert df.props["hide_index"] is True  # a range index with row selections is hidden
    df.set_value({"rows": [0, 2], "columns": ["b"], "cells": [[1, "a"], [2, "b"]]}).run()
    assert at.markdown[0].value == ("{'selection': {'rows': [0, 2], 'columns': ['b'], "
                                    "'cells': [(1, 'a'), (2, 'b')]}}")
    assert at.markdown[1].value == "[(1, 'a'), (2, 'b')]"  # tuples, as Streamlit's
    assert at.dataframe[0].props["value"] == {"rows": [0, 2], "columns": ["b"],
                                              "cells": [[1, "a"], [2, "b"]]}


def test_single_modes_keep_one_and_what_a_mode_does_not_allow_is_dropped():
    at = run("""
        ev = st.dataframe({'a': [1, 2, 3]}, key='df', on_select='rerun',
                          selection_mode=['single-row', 'single-cell'])
        st.write(repr(ev.selection))
    """)
    at.dataframe[0].set_value({"rows": [2, 1], "columns": ["a"],
                               "cells": [[0, "a"], [1, "a"], [9, "a"], [0, "zz"]]}).run()
    assert at.markdown[0].value == "{'rows': [2], 'columns': [], 'cells': [(0, 'a')]}"


def test_single_row_required_starts_with_the_first_row():
    at = run("""
        ev = st.dataframe({'a': [5, 6]}, on_select='rerun', selection_mode='single-row-required')
        st.write(repr(ev.selection.rows))
    """)
    assert at.markdown[0].value == "[0]"


def test_a_selection_set_in_session_state_is_checked():
    at = run("""
        if 'df' not in st.session_state:
            st.session_state.df = {'selection': {'columns': ['b', 'nope', 'a']}}
        ev = st.dataframe({'a': [1], 'b': [2]}, key='df', on_select='rerun',
                          selection_mode='multi-column')
        st.write(repr(ev.selection))
    """)
    assert at.markdown[0].value == "{'rows': [], 'columns': ['b', 'a'], 'cells': []}"
    assert at.dataframe[0].props["value"]["columns"] == ["b", "a"]


def test_apptest_finds_a_selectable_dataframe_by_key():
    at = run("st.dataframe([1])\nst.dataframe([1, 2], key='pick', on_select='rerun')")
    df = at.dataframe("pick")
    df.select_rows([1]).run()
    assert at.dataframe("pick").selection["rows"] == [1]


def test_selection_default_of_cells_with_a_required_row_reads_as_streamlits():
    # the same output as Streamlit 1.67 gives for this script (checked with its AppTest)
    at = run("""
        ev = st.dataframe({"a": [1, 2], "b": [3, 4]}, on_select="rerun",
                          selection_mode=["single-cell", "single-row-required"],
                          selection_default={"selection": {"cells": [[1, "b"]]}})
        st.write(repr(ev))
    """)
    assert at.markdown[0].value == "{'selection': {'rows': [0], 'columns': [], 'cells': [(1, 'b')]}}"
    assert at.dataframe[0].props["value"] == {"rows": [0], "columns": [], "cells": [[1, "b"]]}
