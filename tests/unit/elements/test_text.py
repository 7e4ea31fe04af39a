"""Text elements through AppTest: values, parameters and Streamlit's errors."""

from __future__ import annotations

import textwrap

import pytest

from wasmlit.testing import AppTest


def app(source: str) -> AppTest:
    return AppTest.from_string(textwrap.dedent(source)).run()


def errors(at: AppTest) -> list[str]:
    return [e.value for e in at.exception]


def test_headings_keep_body_anchor_and_help():
    at = app("""
        import streamlit as st
        st.title("Hello *World*", anchor="hw", help="tip")
        st.header("Plain")
        st.subheader("No link", anchor=False)
    """)
    assert errors(at) == []
    assert (at.title[0].value, at.title[0].anchor, at.title[0].help) == ("Hello *World*", "hw", "tip")
    assert at.title[0].tag == "h1" and at.header[0].tag == "h2" and at.subheader[0].tag == "h3"
    assert at.header[0].anchor is None
    assert at.subheader[0].anchor is False


@pytest.mark.parametrize("divider,stored", [(True, "rainbow"), ("blue", "blue"), ("grey", "gray"),
                                            (False, False)])
def test_header_divider_colours(divider, stored):
    at = app(f"import streamlit as st\nst.header('H', divider={divider!r})")
    assert errors(at) == []
    assert at.header[0].divider == stored


def error_of(call: str) -> str:
    """The error one call raises, shown in place of the element (the run stops there)."""
    at = app(f"import streamlit as st\nst.write('before')\n{call}\nst.write('after')")
    assert [m.value for m in at.markdown] == ["before"]
    [message] = errors(at)
    return message


def test_header_rejects_unknown_divider_colour():
    assert error_of("st.header('H', divider='pink')") == (
        "Invalid `divider` value. Supported values: True, 'red', 'orange', "
        "'yellow', 'blue', 'green', 'violet', 'gray', 'grey', 'rainbow'.")


def test_heading_icon_must_be_an_emoji_or_material_icon():
    at = app("""
        import streamlit as st
        st.title("A", icon="🚨")
        st.title("B", icon=":material/thumb_up:")
        st.title("C", icon="")
        st.title("D", icon="👍🏽")
    """)
    assert errors(at) == []
    assert [t.props["icon"] for t in at.title] == ["🚨", ":material/thumb_up:", None, "👍🏽"]
    assert error_of("st.title('D', icon='xx')").startswith('The value "xx" is not a valid icon.')
    assert error_of("st.title('D', icon='+')").startswith('The value "+" is not a valid icon.')
    assert error_of("st.title('E', icon='🚨🚨')") == (
        'The value "🚨🚨" is not a valid emoji. Please use a single emoji.')
    assert "is not a valid Material icon" in error_of("st.title('F', icon=':material/Bad:')")


@pytest.mark.parametrize("call,message", [
    ("st.title('a', text_alignment='middle')",
     "Invalid `text_alignment` value. Supported values: 'left', 'center', 'right', 'justify'."),
    ("st.title('b', width=-1)",
     "Invalid width value: -1. Width must be either a positive integer (pixels), 'stretch', "
     "or 'content'."),
    ("st.text('d', width='auto')",
     "Invalid width value: 'auto'. Width must be either a positive integer (pixels), 'stretch', "
     "or 'content'."),
    ("st.markdown('d', width='x')",
     "Invalid width value: 'x'. Width must be either a positive integer (pixels), 'stretch', "
     "or 'content'."),
    ("st.divider(width='content')",
     "Invalid width value: 'content'. Width must be either a positive integer (pixels) or "
     "'stretch'."),
    ("st.json({}, width='content')",
     "Invalid width value: 'content'. Width must be either a positive integer (pixels) or "
     "'stretch'."),
    ("st.code('y', height=-1)",
     "Invalid height value: -1. Height must be either a positive integer (pixels), 'stretch', "
     "or 'content'."),
    ("st.json({'a': 1}, expanded='x')",
     "Invalid `expanded` type. Expected one of: bool, int. Provided type: str."),
    ("st.html('')", "The `body` parameter is required."),
])
def test_misuse_raises_streamlits_error(call, message):
    assert error_of(call) == message


def test_width_and_alignment_reach_the_page():
    at = app("""
        import streamlit as st
        st.markdown("c", width="content")
        st.markdown("e", width=300, text_alignment="center")
    """)
    assert at.markdown[0].props["width"] == "content"
    assert at.markdown[1].props["width"] == 300
    assert at.markdown[1].props["text_alignment"] == "center"


def test_markdown_wrap_false_cannot_allow_html():
    at = app("""
        import streamlit as st
        st.markdown("<b>x</b>", unsafe_allow_html=True, wrap=False)
    """)
    assert errors(at)[0].startswith("`wrap=False` and `unsafe_allow_html=True` cannot be used")
    assert len(at.markdown) == 0


def test_markdown_and_caption_keep_their_body_and_help():
    at = app("""
        import streamlit as st
        st.markdown("**bold** :red[red] :material/home: $x^2$", help="explains")
        st.caption("small print")
        st.markdown(42)
    """)
    assert at.markdown[0].value == "**bold** :red[red] :material/home: $x^2$"
    assert at.markdown[0].props["help"] == "explains"
    assert at.caption[0].value == "small print"
    assert at.markdown[1].value == "42"


def test_latex_wraps_body_in_display_math():
    at = app(r"""
        import streamlit as st
        st.latex(r"e^{i\pi} + 1 = 0", help="Euler")
    """)
    assert at.latex[0].value == "$$\ne^{i\\pi} + 1 = 0\n$$"
    assert at.latex[0].props["help"] == "Euler"
    assert len(at.markdown) == 0


def test_code_keeps_language_and_options():
    at = app("""
        import streamlit as st
        st.code("x = 1")
        st.code("SELECT 1", language="sql", line_numbers=True, wrap_lines=True, height=200)
        st.code("plain", language=None)
    """)
    assert [c.value for c in at.code] == ["x = 1", "SELECT 1", "plain"]
    assert [c.language for c in at.code] == ["python", "sql", None]
    assert at.code[1].props["line_numbers"] and at.code[1].props["wrap_lines"]
    assert at.code[1].props["height"] == 200


def test_json_serialises_objects_and_keeps_strings():
    at = app("""
        import streamlit as st
        st.json({"a": [1, 2], "b": {"c": None}})
        st.json('{"b": 2}', expanded=False)
        st.json({"deep": {"er": 1}}, expanded=1)
        st.json({1, 2})
    """)
    assert at.json[0].value == '{"a": [1, 2], "b": {"c": null}}'
    assert at.json[0].expanded is True
    assert at.json[1].value == '{"b": 2}' and at.json[1].expanded is False
    assert at.json[2].expanded == 1
    assert at.json[3].value == "[1, 2]"


def test_text_and_divider():
    at = app("""
        import streamlit as st
        st.text("  spaced\\n  lines", help="h")
        st.divider()
    """)
    assert at.text[0].value == "spaced\nlines"
    assert at.text[0].props["help"] == "h"
    assert at.divider[0].value == "---"


def test_html_takes_strings_files_and_repr_html(tmp_path):
    page = tmp_path / "snippet.html"
    page.write_text("<p>from a file</p>")
    css = tmp_path / "look.css"
    css.write_text("p { color: red; }")
    at = app(f"""
        import pathlib
        import streamlit as st
        class Fancy:
            def _repr_html_(self):
                return "<i>fancy</i>"
        st.html("<p>hi</p>")
        st.html(pathlib.Path({str(page)!r}))
        st.html({str(css)!r})
        st.html(Fancy())
    """)
    assert [h.value for h in at.html] == ["<p>hi</p>", "<p>from a file</p>",
                                          "<style>p { color: red; }</style>", "<i>fancy</i>"]


def test_text_elements_return_a_placeholder_that_can_be_replaced():
    at = app("""
        import streamlit as st
        slot = st.empty()
        slot.title("first")
        slot.code("second")
        c = st.container()
        c.caption("inside")
    """)
    assert len(at.title) == 0 and at.code[0].value == "second"
    assert at.caption[0].value == "inside"


def test_bodies_are_dedented_and_stripped_like_streamlit():
    at = app("""
        import streamlit as st
        st.code("\\n    x = 1\\n      y\\n")
        st.text("\\n  a\\n  b\\n")
        st.markdown("\\n    # Head\\n    text\\n")
        st.caption("  c  ")
        st.title("  T  ")
        st.latex("  x  ")
        st.json('  {"a": 1} ')
    """)
    assert at.code[0].value == "    x = 1\n      y"
    assert at.text[0].value == "a\nb"
    assert at.markdown[0].value == "# Head\ntext"
    assert at.caption[0].value == "c"
    assert at.title[0].value == "T"
    assert at.latex[0].value == "$$\nx\n$$"
    assert at.json[0].value == '  {"a": 1} '
