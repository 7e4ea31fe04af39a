"""st.help shows an object's name, type, value, docstring and members; st.echo shows the
code of its `with` block above (or below) what the block writes."""

from __future__ import annotations

import pathlib

from wasmlit.testing import AppTest

HEAD = "import streamlit as st\n"


def test_help_names_the_argument_as_written_in_the_script() -> None:
    at = AppTest.from_string(HEAD + "x = [1, {'a': 2}]\nst.help(x)\nst.help(5)\n").run()
    first, second = at.help
    assert (first.name, first.type, first.value) == ("x", "list", "[1, {'a': 2}]")
    assert first.doc.startswith("Built-in mutable sequence.")
    assert {"name": "append", "type": "builtin_function_or_method", "value": "",
            "doc": "Append object to the end of the list."} in first.members
    assert (second.name, second.type, second.value) == ("", "int", "5")


def test_help_on_a_function_shows_its_signature_and_docstring() -> None:
    at = AppTest.from_string(HEAD + (
        "def f(a, b=2, *, c=None):\n    '''Doc for f.\n\n    More.'''\n    return a\n"
        "st.help(f)\n")).run()
    h = at.help[0]
    assert (h.name, h.type, h.value) == ("f", "function", "__main__.f(a, b=2, *, c=None)")
    assert h.doc == "Doc for f.\n\nMore."
    assert h.members == []


def test_help_on_a_class_and_an_instance_lists_members_values_first() -> None:
    at = AppTest.from_string(HEAD + (
        "class K:\n    '''K doc.'''\n    attr = 3\n"
        "    def m(self, y):\n        'method doc'\n        return y\n"
        "st.help(K)\nst.help(K())\n")).run()
    cls, inst = at.help
    assert (cls.name, cls.type, cls.value, cls.doc) == ("K", "class", "__main__.K()", "K doc.")
    assert cls.members == [{"name": "attr", "type": "int", "value": "3", "doc": ""},
                           {"name": "m", "type": "function", "value": "", "doc": "method doc"}]
    assert (inst.name, inst.type) == ("K()", "K")
    assert inst.members[1]["type"] == "method"


def test_help_on_an_st_command_leaves_out_the_handle_parameter() -> None:
    at = AppTest.from_string(HEAD + "st.help(st.metric)\n").run()
    h = at.help[0]
    assert h.name == "st.metric"
    assert h.value.startswith("wasmlit.elements.metric.metric(label: 'str', value: 'Any',")
    assert "self" not in h.value


def test_help_without_an_argument_is_about_streamlit() -> None:
    at = AppTest.from_string(HEAD + "st.help()\n").run()
    assert (at.help[0].name, at.help[0].type) == ("streamlit", "module")


def test_help_members_with_broken_properties_do_not_break_help() -> None:
    at = AppTest.from_string(HEAD + (
        "class B:\n"
        "    @property\n    def bad(self):\n        raise RuntimeError('no')\n"
        "st.help(B())\n")).run()
    assert at.exception.values == []
    assert at.help[0].members == [{"name": "bad", "type": "property", "value": "", "doc": ""}]


def test_echo_shows_the_block_code_above_its_output() -> None:
    at = AppTest.from_string(HEAD + (
        "\nwith st.echo():\n"
        "    a = 1\n"
        "    st.write('inside', a)\n"
        "\n"
        "    # a comment\n"
        "    b = 2\n"
        "st.text('between')\n")).run()
    kinds = [n["kind"] for n in at.main.node["children"]]
    assert kinds == ["code", "markdown", "text"]
    assert at.code[0].value == "a = 1\nst.write('inside', a)\n\n# a comment\nb = 2"
    assert at.code[0].props["language"] == "python"


def test_echo_below_shows_the_code_after_the_output() -> None:
    at = AppTest.from_string(HEAD + (
        "with st.echo(code_location='below'):\n    st.write('below!')\n")).run()
    kinds = [n["kind"] for n in at.main.node["children"]]
    assert kinds == ["markdown", "code"]
    assert at.code[0].value == "st.write('below!')"


def test_echo_in_a_function_a_container_and_on_one_line() -> None:
    at = AppTest.from_string(HEAD + (
        "def f():\n    with st.echo():\n        x = 1  # trailing\n    return x\n"
        "f()\n"
        "with st.echo(): y = 5\n"
        "with st.container():\n    with st.echo():\n        z = 1\n")).run()
    assert at.code.values == ["x = 1  # trailing", "y = 5", "z = 1"]
    assert at.container[0].code.values == ["z = 1"]


def test_echo_from_a_file_shows_its_current_source(tmp_path: pathlib.Path) -> None:
    script = tmp_path / "app.py"
    script.write_text(HEAD + "with st.echo():\n    st.text('v1')\n")
    at = AppTest.from_file(str(script)).run()
    assert at.code.values == ["st.text('v1')"]
    script.write_text(HEAD + "with st.echo():\n    st.text('version 2')\n")
    import os

    os.utime(script, (1, 1))  # a different mtime: the script is read again
    at.run()
    assert at.code.values == ["st.text('version 2')"]


def test_help_lists_properties_static_and_class_methods_like_streamlit() -> None:
    at = AppTest.from_string(HEAD + (
        "class K:\n"
        "    @property\n    def p(self):\n        'prop doc'\n        return 1\n"
        "    @staticmethod\n    def s():\n        'static doc'\n"
        "    @classmethod\n    def c(cls):\n        'cls doc'\n"
        "    _hidden = 1\n    CONST = 'x'\n"
        "st.help(K)\nst.help(K())\n")).run()
    expected = [
        {"name": "CONST", "type": "str", "value": "'x'", "doc": ""},
        {"name": "p", "type": "property", "value": "", "doc": "prop doc"},
        {"name": "c", "type": "method", "value": "", "doc": "cls doc"},
        {"name": "s", "type": "function", "value": "", "doc": "static doc"},
    ]
    assert [h.members for h in at.help] == [expected, expected]
