"""Magic: bare expressions are shown as st.write would, where Streamlit shows them
(behaviour checked against Streamlit 1.67 on the same scripts)."""

from __future__ import annotations

from typing import Any

from wasmlit.testing import AppTest


def shown(src: str) -> list[tuple[str, Any]]:
    at = AppTest.from_string(src).run()
    out: list[tuple[str, Any]] = []

    def walk(node: dict[str, Any]) -> None:
        for child in node.get("children") or ():
            props = child["props"]
            out.append((child["kind"], props.get("body", props.get("name"))))
            if child["block"]:
                walk(child)

    walk(at.main.node)
    return out


def test_bare_values_and_strings_at_top_level_are_written() -> None:
    assert shown('import streamlit as st\n"top string"\n42\nx = 3\nx\nx, "tuple"\n[1, 2]\n') == [
        ("markdown", "top string"), ("markdown", "`42`"), ("markdown", "`3`"),
        ("markdown", "`3` tuple"), ("json", "[1, 2]")]


def test_the_module_docstring_is_not_shown() -> None:
    assert shown('"""Module docstring."""\nimport streamlit as st\n"shown"\n') == [
        ("markdown", "shown")]


def test_function_calls_are_never_shown_even_when_they_return_a_value() -> None:
    src = ("import streamlit as st\n"
           "def f():\n    return 7\n"
           "f()\nlen([1])\nst.text('st call')\n")
    assert shown(src) == [("text", "st call")]


def test_magic_works_inside_blocks_functions_and_methods_but_skips_docstrings() -> None:
    src = '''import streamlit as st
def f():
    """f doc"""
    "inside f"
f()
if True:
    "in if"
else:
    "never"
for i in range(2):
    i
else:
    "for-else"
while False:
    pass
try:
    raise ValueError
except ValueError:
    "except"
finally:
    "finally"
with st.container():
    "in with"
class C:
    """C doc"""
    "class body string"
    def m(self):
        "m doc"
        "in method"
C().m()
match 3:
    case 3:
        "match case"
'''
    assert shown(src) == [
        ("markdown", "inside f"), ("markdown", "in if"), ("markdown", "`0`"),
        ("markdown", "`1`"), ("markdown", "for-else"), ("markdown", "except"),
        ("markdown", "finally"), ("vertical", None), ("markdown", "in with"),
        ("markdown", "in method"), ("markdown", "match case")]


def test_functions_and_lambdas_show_as_help() -> None:
    src = "import streamlit as st\ndef f():\n    '''f doc'''\nf\nlambda: 1\n"
    assert shown(src) == [("help", "f"), ("help", "lambda: 1")]


def test_await_and_yield_expressions_are_not_shown() -> None:
    src = ("import asyncio\nimport streamlit as st\n"
           "async def co():\n    return 5\n"
           "await co()\n"
           "def gen():\n    yield 1\n    'after yield'\n"
           "list(gen())\n")
    assert shown(src) == [("markdown", "after yield")]


def test_a_semicolon_does_not_hide_the_value() -> None:
    assert shown("import streamlit as st\nx = 1\nx;\n") == [("markdown", "`1`")]


def test_magic_writes_into_the_active_container_and_fragment() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "st.session_state.setdefault('n', 0)\n"
        "@st.fragment\n"
        "def part():\n"
        "    st.session_state.n += 1\n"
        "    f'fragment run {st.session_state.n}'\n"
        "    st.button('again')\n"
        "with st.sidebar:\n    'in the sidebar'\n"
        "part()\n").run()
    assert at.sidebar.markdown.values == ["in the sidebar"]
    assert at.main.markdown.values == ["fragment run 1"]
    at.button[0].click().run()
    assert at.main.markdown.values == ["fragment run 2"]
    assert at.sidebar.markdown.values == ["in the sidebar"]


def test_future_imports_still_come_first() -> None:
    src = '"""Doc."""\nfrom __future__ import annotations\nimport streamlit as st\n"ok"\n'
    assert shown(src) == [("markdown", "ok")]


def test_tracebacks_keep_the_script_line_numbers_and_skip_wasmlit() -> None:
    at = AppTest.from_string("import streamlit as st\n'fine'\n\n1 / 0\n", path="/app/x.py").run()
    exc = at.exception[0]
    assert exc.type == "ZeroDivisionError"
    assert any('File "/app/x.py", line 4' in line for line in exc.traceback)
    assert not any("magic" in line or "wasmlit" in line for line in exc.traceback)
    # the source line is shown even though the script came from a string
    assert any("1 / 0" in line for line in exc.traceback)


def test_an_error_inside_a_magic_expression_points_at_its_line() -> None:
    at = AppTest.from_string("import streamlit as st\nd = {}\n\nd['missing']\n",
                             path="/app/y.py").run()
    exc = at.exception[0]
    assert exc.type == "KeyError"
    assert any('line 4' in line for line in exc.traceback)


def test_dunder_file_is_the_script_path() -> None:
    at = AppTest.from_string("import streamlit as st\n__file__\n", path="/app/z.py").run()
    assert at.markdown.values == ["/app/z.py"]


def test_magic_can_be_turned_off() -> None:
    from wasmlit.runtime import script_runner

    script_runner.MAGIC_ENABLED = False
    try:
        assert shown("import streamlit as st\n'hidden'\nst.text('x')\n") == [("text", "x")]
    finally:
        script_runner.MAGIC_ENABLED = True
