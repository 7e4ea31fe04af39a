"""st.write shows each argument the way Streamlit 1.67 does (checked against its AppTest)."""

from __future__ import annotations

from typing import Any

import pytest

from wasmlit.testing import AppTest


def shown(src: str) -> list[tuple[str, dict[str, Any]]]:
    """(kind, props) of each element in the main area, in order, after one run."""
    at = AppTest.from_string(src).run()
    assert at.exception.values == [] or "raises" in src, at.exception.values
    return [(n["kind"], n["props"]) for n in at.main.node["children"]]


def kinds(src: str) -> list[str]:
    return [kind for kind, _ in shown(src)]


def test_consecutive_strings_are_joined_into_one_markdown() -> None:
    at = AppTest.from_string('import streamlit as st\nst.write("**a**", "b")\n').run()
    assert at.markdown.values == ["**a** b"]


def test_numbers_none_and_bools_show_as_inline_code_joined_with_text() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "st.write('a', 1, 'c')\nst.write(3.5)\nst.write(None)\nst.write(True)\n").run()
    assert at.markdown.values == ["a `1` c", "`3.5`", "`None`", "`True`"]


def test_tuples_sets_and_ranges_show_as_inline_code() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.write((1, 2))\nst.write({1, 2})\nst.write(range(3))\n").run()
    assert at.markdown.values == ["`(1, 2)`", "`{1, 2}`", "`range(0, 3)`"]


def test_backticks_in_a_value_get_a_longer_code_fence() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "class B:\n    def __str__(self):\n        return 'x`y'\n"
        "st.write(B())\n").run()
    assert at.markdown.values == ["``x`y``"]


def test_dicts_lists_and_dict_views_show_as_json() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "st.write({'a': 1})\nst.write([1, 2])\nst.write({'k': 1}.keys())\n"
        "st.write(enumerate(['x']))\n").run()
    assert at.json.values == ['{"a": 1}', "[1, 2]", '["k"]', '[[0, "x"]]']


def test_exceptions_show_as_st_exception() -> None:
    at = AppTest.from_string("import streamlit as st\nst.write(ValueError('boom'))\n").run()
    assert at.exception[0].type == "ValueError"
    assert at.exception[0].message == "boom"


def test_functions_classes_and_modules_show_as_help() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nimport math\n"
        "def f(a, b=2):\n    '''Doc of f.'''\n"
        "class K:\n    '''Doc of K.'''\n"
        "st.write(f)\nst.write(K)\nst.write(math)\nst.write(len)\n").run()
    helps = at.help
    assert [(h.name, h.type) for h in helps] == [
        ("f", "function"), ("K", "class"), ("math", "module"), ("len", "builtin_function_or_method")]
    assert helps[0].value == "__main__.f(a, b=2)"
    assert helps[0].doc == "Doc of f."
    assert helps[3].value == "builtins.len(obj, /)"


def test_dataclass_instances_and_plain_objects_show_as_help() -> None:
    at = AppTest.from_string(
        "import dataclasses\nimport streamlit as st\n"
        "@dataclasses.dataclass\nclass P:\n    x: int = 1\n"
        "class Q:\n    pass\n"
        "st.write(P())\nst.write(Q())\n").run()
    p, q = at.help
    assert (p.name, p.type, p.value) == ("P()", "P", "P(x=1)")
    assert p.members == [{"name": "x", "type": "int", "value": "1", "doc": ""}]
    assert (q.name, q.type, q.value) == ("Q()", "Q", "__main__.Q()")


def test_container_handles_show_as_help() -> None:
    assert kinds("import streamlit as st\nst.write(st.container())\n") == ["vertical", "help"]


def test_objects_with_their_own_str_show_it_as_code() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "class O:\n    def __str__(self):\n        return 'strO'\n"
        "st.write('x', O(), 'y')\n").run()
    assert at.markdown.values == ["x `strO` y"]


def test_repr_html_is_used_only_with_unsafe_allow_html() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "class H:\n    def _repr_html_(self):\n        return '<b>hi</b>'\n"
        "    def __repr__(self):\n        return 'H()'\n"
        "st.write(H())\nst.write(H(), unsafe_allow_html=True)\n").run()
    assert at.markdown.values[0] == "`H()`"
    assert "<b>hi</b>" in str(at.main.node["children"][1]["props"])


def test_unsafe_allow_html_is_passed_to_the_markdown() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.write('<i>x</i>', unsafe_allow_html=True)\nst.write('<i>y</i>')\n"
    ).run()
    assert [m.props["unsafe_allow_html"] for m in at.markdown] == [True, False]


def test_generators_are_streamed_and_write_returns_none() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "def gen():\n    yield 'a'\n    yield 'b'\n"
        "r = st.write(gen())\nst.text(repr(r))\n").run()
    assert at.markdown.values == ["ab"]
    assert at.text.values == ["None"]


def test_write_without_arguments_writes_an_empty_markdown() -> None:
    at = AppTest.from_string("import streamlit as st\nst.write()\n").run()
    assert at.markdown.values == [""]


def test_dataframe_like_objects_are_handed_to_st_dataframe() -> None:
    """Detected by module name, without importing pandas: a stand-in that only claims to be
    a pandas DataFrame reaches st.dataframe, which then says it cannot read it."""
    src = (
        "import streamlit as st\n"
        "class DataFrame:\n    pass\n"
        "DataFrame.__module__ = 'pandas.core.frame'\n"
        "st.write(DataFrame())\n")
    at = AppTest.from_string(src).run()
    assert "Cannot show an object of type `DataFrame` as a table" in at.exception[0].message


def test_a_real_pandas_dataframe_is_written_as_a_dataframe() -> None:
    pytest.importorskip("pandas", reason="pandas is optional; this runs where it is installed")
    at = AppTest.from_string(
        "import pandas as pd\nimport streamlit as st\nst.write(pd.DataFrame({'a': [1, 2]}))\n"
    ).run()
    assert [n["kind"] for n in at.main.node["children"]] == ["dataframe"]


def test_write_on_a_container_writes_inside_it() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nc = st.container()\nst.write('after')\nc.write('inside', 2)\n").run()
    assert at.container[0].markdown.values == ["inside `2`"]
    assert at.markdown.values == ["inside `2`", "after"]
