"""Data commands fed real pandas, numpy and pyarrow objects: what reaches the page.

What each case shows follows Streamlit 1.67: the index rules of ``st.dataframe``/``st.table``,
NaN/NaT/NA as missing, date-times with their UTC offset, MultiIndex levels, Styler output.
These need the data stack, which ``make install`` puts on CPython; Pyodide under Node
(tests/pyodide/run.mjs) cannot download it, so there the whole module is skipped.
"""

from __future__ import annotations

import textwrap

import pytest

REASON = ("needs {}: installed on CPython by `make install` (dev extra); not available inside "
          "Pyodide under Node, which cannot download it")
pd = pytest.importorskip("pandas", reason=REASON.format("pandas"))
np = pytest.importorskip("numpy", reason=REASON.format("numpy"))

from wasmlit.testing import AppTest  # after the importorskips above

PRELUDE = "import datetime as dt\nimport numpy as np\nimport pandas as pd\nimport streamlit as st\n"

# One column per dtype Streamlit apps commonly pass, each with a missing value in row 1.
FRAME = """
df = pd.DataFrame({
    "int": [1, 2, 3],
    "float": [1.5, np.nan, 3.25],
    "when": pd.to_datetime(["2024-01-02 03:04:05.250", None, "2024-07-01 12:00:00"],
                           format="ISO8601").tz_localize("Europe/Berlin"),
    "cat": pd.Categorical(["a", None, "b"]),
    "flag": [True, False, True],
    "text": ["x", None, "z"],
    "obj": pd.Series(["p", None, 3], dtype=object),
    "nint": pd.array([1, None, 3], dtype="Int64"),
})
"""


def run(src: str) -> AppTest:
    at = AppTest.from_string(PRELUDE + textwrap.dedent(src)).run()
    assert not at.exception, [e.message for e in at.exception]
    return at


# ---- index rules -----------------------------------------------------------------------------


def test_a_default_range_index_is_shown_by_dataframe_and_hidden_by_table():
    at = run("""
        df = pd.DataFrame({"a": [10, 20, 30]})
        st.dataframe(df)
        st.table(df)
    """)
    df, table = at.dataframe[0], at.table[0]
    assert df.index == [0, 1, 2] and df.props["hide_index"] is False
    assert table.index == [0, 1, 2] and table.props["hide_index"] is True
    assert df.rows == table.rows == [[10], [20], [30]]


def test_a_range_index_that_does_not_start_at_zero_keeps_its_values():
    at = run("""
        df = pd.DataFrame({"a": [1, 2]}, index=pd.RangeIndex(5, 7))
        st.dataframe(df)
        st.table(df)
    """)
    assert at.dataframe[0].index == [5, 6] and at.dataframe[0].props["hide_index"] is False
    assert at.table[0].props["hide_index"] is True  # any RangeIndex is hidden, as in 1.67


def test_a_named_or_non_default_index_is_shown_by_both():
    at = run("""
        named = pd.DataFrame({"v": [1, 2]}, index=pd.Index(["r1", "r2"], name="row"))
        ints = pd.DataFrame({"v": [1, 2]}, index=[10, 30])
        st.dataframe(named)
        st.table(named)
        st.table(ints)
    """)
    assert at.dataframe[0].index == ["r1", "r2"] and at.dataframe[0].index_name == "row"
    assert at.table[0].props["hide_index"] is False and at.table[0].index_name == "row"
    assert at.table[1].index == [10, 30] and at.table[1].props["hide_index"] is False
    assert at.table[1].index_name is None


def test_hide_index_overrides_the_default():
    at = run("""
        df = pd.DataFrame({"v": [1]}, index=pd.Index(["r"], name="row"))
        st.dataframe(df, hide_index=True)
        st.table(pd.DataFrame({"v": [1]}), hide_index=False)
    """)
    assert at.dataframe[0].props["hide_index"] is True
    assert at.table[0].props["hide_index"] is False


def test_a_time_zone_aware_datetime_index():
    at = run("""
        idx = pd.date_range("2024-03-30 23:00", periods=2, freq="h", tz="UTC", name="at")
        st.table(pd.DataFrame({"v": [1, 2]}, index=idx).tz_convert("Europe/Berlin"))
    """)
    assert at.table[0].index == ["2024-03-31 00:00:00+01:00", "2024-03-31 01:00:00+01:00"]
    assert at.table[0].index_name == "at" and at.table[0].props["hide_index"] is False


def test_a_multiindex_becomes_one_index_column_per_level():
    at = run("""
        idx = pd.MultiIndex.from_tuples([("p", 1), ("q", 2)], names=["name", "n"])
        st.dataframe(pd.DataFrame({"v": [7, 8]}, index=idx))
    """)
    props = at.dataframe[0].props
    assert props["index_levels"] == [["p", "q"], [1, 2]]
    assert props["index_names"] == ["name", "n"]
    assert at.dataframe[0].index == ["p / 1", "q / 2"]  # one key per row, for sorting
    assert at.dataframe[0].props["hide_index"] is False


# ---- dtypes ----------------------------------------------------------------------------------


def test_every_common_dtype_becomes_json_with_missing_values_as_none():
    at = run(FRAME + "st.dataframe(df)")
    df = at.dataframe[0]
    assert df.columns == ["int", "float", "when", "cat", "flag", "text", "obj", "nint"]
    assert df.rows == [
        [1, 1.5, "2024-01-02 03:04:05+01:00", "a", True, "x", "p", 1],
        [2, None, None, None, False, None, None, None],
        [3, 3.25, "2024-07-01 12:00:00+02:00", "b", True, "z", 3, 3],
    ]
    assert df.props["dtypes"] == ["int", "float", "datetime", "text", "bool", "text", "text",
                                  "int"]
    # alignment and sorting in the page go by these
    assert df.props["types"] == ["number", "number", "text", "text", "bool", "text", "text",
                                 "number"]


def test_table_gets_the_same_values_and_the_float_dtype_for_its_four_decimals():
    at = run(FRAME + "st.table(df)")
    table = at.table[0]
    assert table.rows[0] == [1, 1.5, "2024-01-02 03:04:05+01:00", "a", True, "x", "p", 1]
    assert table.props["dtypes"][1] == "float"


def test_naive_datetimes_dates_and_times():
    at = run("""
        st.dataframe(pd.DataFrame({
            "naive": pd.to_datetime(["2024-01-02 03:04:05", None]),
            "date": [dt.date(2024, 1, 2), None],
            "time": [dt.time(3, 4, 5), None],
            "span": pd.to_timedelta(["1 day", None]),
        }))
    """)
    assert at.dataframe[0].rows == [["2024-01-02 03:04:05", "2024-01-02", "03:04:05",
                                     "1 days 00:00:00"], [None, None, None, None]]


def test_numpy_scalars_in_plain_python_containers():
    at = run("""
        st.dataframe({"a": [np.int64(1), np.float32(0.5), np.nan], "b": [np.bool_(True), None, False]})
    """)
    assert at.dataframe[0].rows == [[1, True], [0.5, None], [None, False]]


# ---- MultiIndex columns ----------------------------------------------------------------------


def test_multiindex_columns_keep_their_levels():
    at = run("""
        cols = pd.MultiIndex.from_tuples([("g", "x"), ("g", "y"), ("h", "z")])
        df = pd.DataFrame([[1, 2, 3]], columns=cols)
        st.dataframe(df)
        st.table(df)
    """)
    for element in (at.dataframe[0], at.table[0]):
        assert element.columns == ["g / x", "g / y", "h / z"]
        assert element.props["column_levels"] == [["g", "g", "h"], ["x", "y", "z"]]
        assert element.rows == [[1, 2, 3]]


def test_column_order_and_config_use_the_joined_names_of_multiindex_columns():
    at = run("""
        cols = pd.MultiIndex.from_tuples([("g", "x"), ("g", "y")])
        st.dataframe(pd.DataFrame([[1, 2]], columns=cols), column_order=["g / y"],
                     column_config={"g / y": "Why"})
    """)
    assert at.dataframe[0].props["order"] == [1]
    assert at.dataframe[0].props["config"] == {"g / y": {"label": "Why"}}


# ---- numpy, Series, Index, pyarrow -----------------------------------------------------------


def test_numpy_arrays_one_and_two_dimensional():
    at = run("""
        st.dataframe(np.array([1.5, np.nan, 3]))
        st.dataframe(np.array([[1, 2], [3, 4]]))
        st.table(np.array([[True, False]]))
        st.dataframe(np.array(["2024-01-02T03:04:05", "NaT"], dtype="datetime64[ns]"))
    """)
    one, two, dates = at.dataframe
    assert one.columns == ["value"] and one.rows == [[1.5], [None], [3.0]]
    assert two.columns == ["0", "1"] and two.rows == [[1, 2], [3, 4]]
    assert one.props["hide_index"] is True and two.props["hide_index"] is True
    assert at.table[0].rows == [[True, False]] and at.table[0].props["hide_header"] is True
    assert dates.rows == [["2024-01-02 03:04:05"], [None]]


def test_a_three_dimensional_array_is_an_error_the_user_sees():
    at = AppTest.from_string(PRELUDE + "st.write('before')\nst.dataframe(np.zeros((2, 2, 2)))")
    at.run()
    assert "3-dimensional" in at.exception[0].message
    assert at.markdown[0].value == "before"


def test_series_named_and_unnamed():
    at = run("""
        st.dataframe(pd.Series([1, 2], name="s", index=pd.Index(["a", "b"], name="k")))
        st.dataframe(pd.Series([1.5, None]))
    """)
    named, unnamed = at.dataframe
    assert named.columns == ["s"] and named.index == ["a", "b"] and named.index_name == "k"
    assert unnamed.columns == ["0"] and unnamed.rows == [[1.5], [None]]
    assert unnamed.props["hide_index"] is False  # a Series keeps its index, as in 1.67


def test_a_pandas_index_and_a_pyarrow_table_have_no_index_to_show():
    pa = pytest.importorskip("pyarrow", reason=REASON.format("pyarrow"))
    assert pa
    at = run("""
        import pyarrow as pa
        st.dataframe(pd.Index([3, 4], name="i"))
        st.dataframe(pa.table({"n": [1, None], "s": ["x", None]}))
    """)
    index, arrow = at.dataframe
    assert index.columns == ["i"] and index.rows == [[3], [4]]
    assert index.props["hide_index"] is True
    assert arrow.rows == [[1, "x"], [None, None]]
    assert arrow.props["dtypes"] == ["int", "text"]  # an int column with a null stays int
    assert arrow.props["hide_index"] is True


def test_something_that_only_claims_to_be_pandas_gets_a_clear_error():
    at = AppTest.from_string(
        "import streamlit as st\nclass Frame:\n    pass\nFrame.__module__ = 'pandas.fake'\n"
        "st.write('before')\nst.table(Frame())").run()
    assert "Cannot show an object of type `Frame`" in at.exception[0].message
    assert at.markdown[0].value == "before"


# ---- pandas Styler ---------------------------------------------------------------------------


def test_a_styler_shows_its_formatted_text_its_colours_and_its_caption():
    pytest.importorskip("jinja2", reason=REASON.format("jinja2 (pandas Styler)"))
    at = run("""
        df = pd.DataFrame({"price": [1234.5, 2.0], "name": ["a", "b"]})
        styler = (df.style.format({"price": "${:,.2f}"})
                  .map(lambda v: "color: red; font-weight: bold" if v == "a" else "",
                       subset=["name"])
                  .set_caption("Prices"))
        st.table(styler)
        st.dataframe(styler)
    """)
    for element in (at.table[0], at.dataframe[0]):
        assert element.rows == [[1234.5, "a"], [2.0, "b"]]  # the data itself is unchanged
        assert element.display == [["$1,234.50", "a"], ["$2.00", "b"]]
        assert element.props["cell_styles"] == [[0, 1, [["color", "red"],
                                                       ["font-weight", "bold"]]]]
    assert at.table[0].caption == "Prices"
    assert at.table[0].props["hide_index"] is True  # the Styler's data has a RangeIndex


def test_styler_css_that_could_load_or_inject_something_is_dropped():
    pytest.importorskip("jinja2", reason=REASON.format("jinja2 (pandas Styler)"))
    at = run("""
        df = pd.DataFrame({"a": [1]})
        st.table(df.style.map(lambda v: "background: url(https://x.test/t.png); "
                              "color: blue; behavior: url(x.htc); width: 9px"))
    """)
    assert at.table[0].props["cell_styles"] == [[0, 0, [["color", "blue"]]]]


# ---- AppTest accessors -----------------------------------------------------------------------


def test_apptest_value_is_a_dataframe_with_index_names_and_levels():
    at = run("""
        cols = pd.MultiIndex.from_tuples([("g", "x"), ("g", "y")])
        idx = pd.MultiIndex.from_tuples([("p", 1), ("q", 2)], names=["name", "n"])
        st.dataframe(pd.DataFrame([[1, 2], [3, 4]], columns=cols, index=idx))
        st.table(pd.DataFrame({"v": [1.5, None]}, index=pd.Index(["a", "b"], name="k")))
    """)
    value = at.dataframe[0].value
    assert isinstance(value.columns, pd.MultiIndex)
    assert list(value.columns) == [("g", "x"), ("g", "y")]
    assert list(value.index) == [("p", 1), ("q", 2)] and list(value.index.names) == ["name", "n"]
    assert value.loc[("q", 2), ("g", "y")] == 4
    table = at.table[0].value
    assert table.index.name == "k" and list(table.index) == ["a", "b"]
    assert table["v"].iloc[0] == 1.5 and pd.isna(table["v"].iloc[1])


# ---- st.write and magic ----------------------------------------------------------------------


def test_write_and_magic_send_pandas_and_numpy_objects_to_dataframe():
    at = run("""
        df = pd.DataFrame({"a": [1, 2]})
        st.write(df)
        st.write(pd.Series([1, 2], name="s"))
        st.write(np.array([[1, 2]]))
        st.write(pd.Index(["x"]))
        arr = np.array([5, 6])
        df
        arr
    """)
    kinds = [n["kind"] for n in at.main.node["children"]]
    assert kinds == ["dataframe"] * 6
    assert at.dataframe[1].columns == ["s"]
    assert at.dataframe[2].rows == [[1, 2]]
    assert at.dataframe[5].rows == [[5], [6]]


def test_write_shows_numpy_scalars_as_code_like_numbers():
    at = run("st.write(np.int64(5), np.float64(1.5))\nx = np.float32(0.25)\nx")
    assert at.markdown.values == ["`5` `1.5`", "`0.25`"]


def test_write_a_styler_goes_to_dataframe_with_its_display_values():
    pytest.importorskip("jinja2", reason=REASON.format("jinja2 (pandas Styler)"))
    at = run("st.write(pd.DataFrame({'p': [0.5]}).style.format('{:.0%}'))")
    assert at.dataframe[0].display == [["50%"]]


# ---- st.json ---------------------------------------------------------------------------------


def test_json_shows_numpy_and_pandas_values_by_their_repr_as_streamlit_does():
    at = run("""
        st.json({"n": np.int64(1), "a": np.array([1, 2]), "nan": float("nan")})
        st.json(pd.DataFrame({"a": [1]}))
    """)
    import json as _json

    body = _json.loads(at.json[0].value)
    assert (body["n"], body["a"]) == ("np.int64(1)", "array([1, 2])")
    assert body["nan"] != body["nan"]  # NaN stays NaN; the page's JSON view shows it
    assert _json.loads(at.json[1].value) == repr(pd.DataFrame({"a": [1]}))


# ---- st.metric -------------------------------------------------------------------------------


def test_metric_takes_numpy_numbers_as_they_print():
    at = run("""
        st.metric("a", np.float32(0.1), np.int64(-3))
        st.metric("b", np.int64(1200), np.float64(2.5), delta_color="inverse")
        st.metric("c", np.bool_(True))
    """)
    a, b, c = at.metric
    assert (a.value, a.delta, a.direction, a.color) == ("0.1", "-3", "down", "red")
    assert (b.value, b.delta, b.direction, b.color) == ("1200", "2.5", "up", "red")
    assert c.value == "True" and c.direction == "none"


def test_metric_sparklines_from_series_frames_and_arrays_skip_missing_points():
    at = run("""
        st.metric("s", 1, chart_data=pd.Series([1, np.nan, 3]))
        st.metric("f", 1, chart_data=pd.DataFrame({"a": [4, 5], "b": [0, 0]}))
        st.metric("n", 1, chart_data=np.array([1.5, 2.5]))
    """)
    assert [m.props["chart_data"] for m in at.metric] == [[1.0, 3.0], [4.0, 5.0], [1.5, 2.5]]
    # what the page receives must be valid JSON: no NaN token anywhere
    assert "NaN" not in "".join(m.encode() for m in at.messages)


def test_metric_rejects_text_in_chart_data():
    at = AppTest.from_string(
        PRELUDE + "st.metric('x', 1, chart_data=pd.Series(['a']))").run()
    assert "Only numeric values" in at.exception[0].message
