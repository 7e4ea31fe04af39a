"""st.metric and st.badge: values, delta arrows and colours, validation as in Streamlit 1.67."""

from __future__ import annotations

from wasmlit.testing import AppTest

HEAD = "import streamlit as st\nfrom decimal import Decimal\n"


def metrics(body: str) -> AppTest:
    return AppTest.from_string(HEAD + body).run()


def test_metric_shows_label_value_and_an_up_green_delta() -> None:
    at = metrics("st.metric('Temperature', 70, 2)\n")
    m = at.metric[0]
    assert (m.label, m.value, m.delta, m.direction, m.color) == ("Temperature", "70", "2", "up", "green")


def test_negative_string_delta_points_down_and_inverse_makes_it_green() -> None:
    at = metrics("st.metric('A', 'x', '-3%')\nst.metric('B', 'x', '-3%', delta_color='inverse')\n")
    assert [(m.direction, m.color) for m in at.metric] == [("down", "red"), ("down", "green")]


def test_zero_delta_has_no_arrow_and_is_gray_and_none_is_a_long_dash() -> None:
    at = metrics("st.metric('C', None, 0)\nst.metric('D', 1.5, '0')\n")
    assert [(m.value, m.delta, m.direction, m.color) for m in at.metric] == [
        ("\u2014", "0", "none", "gray"), ("1.5", "0", "none", "gray")]


def test_off_color_arrow_override_and_decimal_values() -> None:
    at = metrics(
        "st.metric('E', Decimal('1.25'), Decimal('-0.5'), delta_arrow='up')\n"
        "st.metric('F', 3, 4, delta_color='off')\n"
        "st.metric('G', 3, 4, delta_color='violet', delta_arrow='off')\n"
        "st.metric('H', 3, '')\n")
    assert [(m.value, m.delta, m.direction, m.color) for m in at.metric] == [
        ("1.25", "-0.5", "up", "red"), ("3", "4", "up", "gray"), ("3", "4", "none", "violet"),
        ("3", "", "none", "gray")]


def test_string_deltas_are_trimmed_and_bools_and_floats_show_as_python_writes_them() -> None:
    at = metrics("st.metric('f', 1, ' -5')\nst.metric('a', 0.1 + 0.2, 1e20)\n"
                 "st.metric('c', True, False)\nst.metric('z', -5, -0.0)\n")
    assert [(m.value, m.delta, m.direction, m.color) for m in at.metric] == [
        ("1", "-5", "down", "red"), ("0.30000000000000004", "1e+20", "up", "green"),
        ("True", "False", "none", "gray"), ("-5", "-0.0", "none", "gray")]


def test_metric_keeps_the_display_options() -> None:
    at = metrics(
        "st.metric('F', 1234.5, 1, help='tip', border=True, label_visibility='hidden',\n"
        "          format='dollar', chart_data=[1, 2, 3], chart_type='bar',\n"
        "          delta_description='vs last week', icon='🔥')\n")
    props = at.metric[0].props
    assert props["help"] == "tip" and props["border"] is True
    assert props["label_visibility"] == "hidden"
    assert props["format"] == "dollar" and props["value_is_number"] is True
    assert props["chart_data"] == [1.0, 2.0, 3.0] and props["chart_type"] == "bar"
    assert props["delta_description"] == "vs last week" and props["icon"] == "🔥"


def test_metric_returns_a_handle_that_replaces_it() -> None:
    at = metrics("m = st.metric('A', 1)\nm.metric('A', 2, 1)\n")
    assert at.metric.values == ["2"]


def test_metric_rejects_unsupported_values_with_streamlits_messages() -> None:
    cases = {
        "value=[1]": "Invalid `value` type. Expected one of: int, float, Decimal, NumPy number. "
                     "Provided type: list. Convert the value to a number type.",
        "value=1, delta=[1]": "Invalid `delta` type. Expected one of: int, float, Decimal, "
                              "NumPy number. Provided type: list. Convert the value to a number type.",
        "value=1, delta_color='pink'": "Invalid `delta_color` value. Supported values: 'normal', "
            "'inverse', 'off', 'red', 'orange', 'yellow', 'green', 'blue', 'violet', 'gray', "
            "'grey', 'primary'.",
        "value=1, label_visibility='nope'": "Invalid `label_visibility` value. Supported values: "
                                            "'visible', 'hidden', 'collapsed'.",
        "value=1, delta_arrow='left'": "Invalid `delta_arrow` value. Supported values: 'auto', "
                                       "'up', 'down', 'off'.",
        "value=1, chart_data=['a']": "Only numeric values are supported for chart data sequence. "
            "The value 'a' is of type <class 'str'> and cannot be converted to float.",
    }
    for args, message in cases.items():
        at = metrics(f"st.metric('x', {args})\nst.text('still running')\n")
        assert at.exception[0].message == message, args
        assert at.metric.values == []


def test_metric_errors_show_in_place_and_the_app_goes_on() -> None:
    at = metrics("try:\n    st.metric('x', [1])\nexcept Exception as e:\n"
                 "    st.text(type(e).__name__)\nst.metric('ok', 1)\n")
    assert at.text.values == ["StreamlitInvalidParameterTypeError"]
    assert at.metric.values == ["1"]


def test_badge_has_a_label_color_and_icon() -> None:
    at = metrics("st.badge('New')\nst.badge('Hot', icon='🔥', color='red', help='tip')\n"
                 "st.badge('g', color='grey')\n")
    assert at.badge.values == ["New", "Hot", "g"]
    assert [b.color for b in at.badge] == ["blue", "red", "gray"]
    assert at.badge[1].props["icon"] == "🔥" and at.badge[1].props["help"] == "tip"


def test_metric_and_badge_inside_columns() -> None:
    at = metrics("a, b = st.columns(2)\na.metric('Wind', '9 mph', '-8%')\nb.badge('B')\n")
    assert at.columns[0].metric.values == ["9 mph"]
    assert at.columns[1].badge.values == ["B"]
