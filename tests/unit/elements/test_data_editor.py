"""st.data_editor and st.column_config: the editing state, the returned data, the config."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from wasmlit.testing import AppTest


def run(src: str) -> AppTest:
    return AppTest.from_string("import streamlit as st\n" + textwrap.dedent(src)).run()


EDIT = {"edited_rows": {"1": {"b": "z"}}, "added_rows": [], "deleted_rows": []}


def test_editor_sends_the_table_and_an_empty_editing_state():
    at = run("out = st.data_editor({'a': [1, 2], 'b': ['x', 'y']}, key='ed'); st.write(out)")
    ed = at.data_editor[0]
    assert ed.props["columns"] == ["a", "b"] and ed.props["rows"] == [[1, "x"], [2, "y"]]
    assert ed.props["num_rows"] == "fixed" and ed.props["disabled"] is False
    assert ed.value == {"edited_rows": {}, "added_rows": [], "deleted_rows": []}
    assert at.session_state["ed"] == {"edited_rows": {}, "added_rows": [], "deleted_rows": []}


def test_state_has_int_row_keys_and_attribute_access():
    at = run("""
        st.data_editor({'a': [1, 2], 'b': ['x', 'y']}, key='ed')
        s = st.session_state.ed
        st.write(repr(s['edited_rows']), s.added_rows, s.deleted_rows)
    """)
    at.data_editor[0].set_value(EDIT).run()
    assert at.session_state["ed"]["edited_rows"] == {1: {"b": "z"}}
    assert "{1: {'b': 'z'}}" in at.markdown[0].value


@pytest.mark.parametrize("data, expected", [
    ("{'a': [1, 2], 'b': ['x', 'y']}", {"a": [1, 2], "b": ["x", "z"]}),
    ("[{'a': 1, 'b': 'x'}, {'a': 2, 'b': 'y'}]", [{"a": 1, "b": "x"}, {"a": 2, "b": "z"}]),
    ("{'a': {'r1': 1, 'r2': 2}, 'b': {'r1': 'x', 'r2': 'y'}}",
     {"a": {"r1": 1, "r2": 2}, "b": {"r1": "x", "r2": "z"}}),
])
def test_returns_the_type_it_was_given(data, expected):
    at = run(f"st.session_state.out = st.data_editor({data}, key='ed')")
    at.data_editor[0].set_value(EDIT).run()
    assert at.session_state["out"] == expected


def test_list_of_rows_and_plain_dict_and_values():
    at = run("""
        st.session_state.rows = st.data_editor([[1, 'x'], [2, 'y']], key='e1')
        st.session_state.kv = st.data_editor({'k1': 1, 'k2': 2}, key='e2')
        st.session_state.vals = st.data_editor(['p', 'q'], key='e3')
    """)
    at.data_editor[0].set_value({"edited_rows": {"0": {"1": "X"}}}).queue()
    at.data_editor[1].set_value({"edited_rows": {"1": {"value": 20}}}).queue()
    at.data_editor[2].set_value({"edited_rows": {"0": {"value": "P"}}}).run()
    assert at.session_state["rows"] == [[1, "X"], [2, "y"]]
    assert at.session_state["kv"] == {"k1": 1, "k2": 20}
    assert at.session_state["vals"] == ["P", "q"]


def test_edited_values_keep_their_column_types():
    at = run("""
        import datetime as dt
        data = {'n': [1, 2], 'f': [0.5, 1.5], 'ok': [True, False],
                'd': [dt.date(2024, 1, 1), dt.date(2024, 1, 2)], 's': ['a', 'b']}
        st.session_state.out = st.data_editor(data, key='ed')
    """)
    at.data_editor[0].set_value({"edited_rows": {"0": {
        "n": 7.0, "f": 3, "ok": False, "d": "2025-02-03", "s": 12}}}).run()
    out = at.session_state["out"]
    assert out["n"] == [7, 2] and type(out["n"][0]) is int
    assert out["f"] == [3.0, 1.5] and type(out["f"][0]) is float
    assert out["ok"] == [False, False]
    assert out["d"][0] == dt.date(2025, 2, 3)
    assert out["s"][0] == "12"


def test_dynamic_rows_added_and_deleted():
    at = run("""
        st.session_state.out = st.data_editor([{'a': 1}, {'a': 2}, {'a': 3}], num_rows='dynamic',
                                              key='ed')
    """)
    ed = at.data_editor[0]
    assert ed.props["num_rows"] == "dynamic" and ed.props["hide_index"] is True
    ed.set_value({"edited_rows": {}, "added_rows": [{"a": 9}, {}], "deleted_rows": [1]}).run()
    assert at.session_state["out"] == [{"a": 1}, {"a": 3}, {"a": 9}, {"a": None}]
    assert at.session_state["ed"]["deleted_rows"] == [1]
    assert at.session_state["ed"]["added_rows"] == [{"a": 9}, {}]


def test_on_change_callback_with_args_and_kwargs():
    at = run("""
        def changed(tag, *, n):
            st.session_state.log = (tag, n, dict(st.session_state.ed['edited_rows']))
        st.data_editor({'a': [1]}, key='ed', on_change=changed, args=('t',), kwargs={'n': 2})
    """)
    at.data_editor[0].set_value({"edited_rows": {"0": {"a": 5}}}).run()
    assert at.session_state["log"] == ("t", 2, {0: {"a": 5}})


def test_disabled_columns_and_column_order_and_config():
    at = run("""
        st.data_editor({'a': [1], 'b': ['x'], 'c': [True]}, disabled=['a'],
                       column_order=['c', 'a'],
                       column_config={'a': st.column_config.NumberColumn('A', min_value=0,
                                                                         format='%d'),
                                      'c': 'Flag'})
    """)
    props = at.data_editor[0].props
    assert props["order"] == [2, 0]
    assert props["config"]["a"] == {"label": "A", "disabled": True,
                                    "type_config": {"type": "number", "min_value": 0,
                                                    "format": "%d"}}
    assert props["config"]["c"] == {"label": "Flag"}


def test_disabled_true_locks_the_editor():
    at = run("st.data_editor({'a': [1]}, disabled=True)")
    assert at.data_editor[0].props["disabled"] is True


def test_bad_arguments_show_errors():
    at = run("st.data_editor({'a': [1]}, num_rows='many')")
    assert "num_rows" in at.exception[0].message
    at = run("st.data_editor({'_index': [1]})")
    assert "_index" in at.exception[0].message
    at = run("st.data_editor({'a': [1]}, column_config={'a': st.column_config.Column(width='huge')})")
    assert "width" in at.exception[0].message


def test_new_data_without_a_key_is_a_new_editor():
    at = run("""
        n = st.session_state.get('n', 1)
        st.session_state.out = st.data_editor({'a': list(range(n))})
        if st.button('more'):
            st.session_state.n = n + 1
    """)
    first = at.data_editor[0].id
    at.button[0].click().run()
    at.run()
    assert at.data_editor[0].id != first


def test_pandas_frames_come_back_as_frames_with_dtypes():
    pd = pytest.importorskip("pandas", reason="pandas is optional")
    at = run("""
        import pandas as pd
        df = pd.DataFrame({'n': [1, 2], 's': ['a', 'b']}, index=['r1', 'r2'])
        st.session_state.out = st.data_editor(df, key='ed', num_rows='dynamic')
        st.session_state.series = st.data_editor(pd.Series([1, 2], name='v'), key='s')
    """)
    assert at.data_editor[0].props["hide_index"] is False  # a real index stays visible
    at.data_editor[0].set_value({"edited_rows": {"0": {"n": 5}}, "deleted_rows": [1],
                                 "added_rows": [{"_index": "r3", "n": 3, "s": "c"}]}).queue()
    at.data_editor[1].set_value({"edited_rows": {"1": {"v": 9}}}).run()
    out = at.session_state["out"]
    assert isinstance(out, pd.DataFrame)
    assert list(out.index) == ["r1", "r3"] and list(out["n"]) == [5, 3]
    assert list(out["s"]) == ["a", "c"]
    series = at.session_state["series"]
    assert isinstance(series, pd.Series) and list(series) == [1, 9]


def test_pandas_range_index_rows_are_numbered_on():
    pytest.importorskip("pandas", reason="pandas is optional")
    at = run("""
        import pandas as pd
        st.session_state.out = st.data_editor(pd.DataFrame({'n': [1, 2]}), num_rows='add',
                                              key='ed')
    """)
    at.data_editor[0].set_value({"added_rows": [{"n": 3}]}).run()
    out = at.session_state["out"]
    assert list(out.index) == [0, 1, 2] and list(out["n"]) == [1, 2, 3]


# ---- st.column_config ------------------------------------------------------------------------

def test_every_column_type_builds_its_type_config():
    import wasmlit as st

    cc = st.column_config
    assert cc.TextColumn("T", max_chars=5, validate="^a")["type_config"] == {
        "type": "text", "max_chars": 5, "validate": "^a"}
    assert cc.SelectboxColumn(options=["a", "b"], format_func=str.upper)["type_config"] == {
        "type": "selectbox", "options": [{"value": "a", "label": "A"},
                                         {"value": "b", "label": "B"}]}
    assert cc.DateColumn(min_value=dt.date(2024, 1, 1), default=dt.date(2024, 2, 1)) == {
        "default": "2024-02-01", "type_config": {"type": "date", "min_value": "2024-01-01"}}
    assert cc.TimeColumn(step=dt.timedelta(minutes=15))["type_config"]["step"] == 900
    assert cc.ProgressColumn(min_value=0, max_value=10, color="red")["type_config"] == {
        "type": "progress", "min_value": 0, "max_value": 10, "color": "red"}
    for name, kind in [("LineChartColumn", "line_chart"), ("BarChartColumn", "bar_chart"),
                       ("AreaChartColumn", "area_chart"), ("ImageColumn", "image"),
                       ("JsonColumn", "json"), ("ListColumn", "list"),
                       ("CheckboxColumn", "checkbox"), ("LinkColumn", "link"),
                       ("DatetimeColumn", "datetime"), ("MultiselectColumn", "multiselect"),
                       ("AudioColumn", "audio"), ("VideoColumn", "video"),
                       ("MarkdownColumn", "markdown")]:
        conf = getattr(cc, name)("L", width="small", help="h", pinned=True)
        assert conf["type_config"]["type"] == kind
        assert (conf["label"], conf["width"], conf["help"], conf["pinned"]) == (
            "L", "small", "h", True)
    assert cc.Column("x", width=120, required=True, disabled=True) == {
        "label": "x", "width": 120, "required": True, "disabled": True}


def test_column_config_rejects_bad_colors_and_widths():
    import wasmlit as st
    from wasmlit.errors import StreamlitAPIException

    with pytest.raises(StreamlitAPIException, match="color"):
        st.column_config.BarChartColumn(color="not a color")
    with pytest.raises(StreamlitAPIException, match="width"):
        st.column_config.TextColumn(width=-3)


def test_large_plain_columns_take_the_fast_path_with_the_same_result():
    from wasmlit.elements.data import Table, to_table

    data = {"n": [1, None, 2.5], "b": [True, None, False], "e": [None, None, None],
            "m": ["x", 1, None], "x": [True, 1, 2], "f": [float("nan"), 1.0, 2.0]}
    fast = to_table(data)
    slow = Table(fast.columns, fast.rows, fast.index, fmt=fast.fmt)  # read off the cells
    assert fast.types == slow.types and fast.column_dtypes == slow.column_dtypes
    assert fast.rows[0] == [1, True, None, "x", True, None]  # NaN still becomes None
