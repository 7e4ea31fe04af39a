"""st.write_stream: text grows in place while the stream runs; returns what it wrote."""

from __future__ import annotations

from wasmlit.testing import AppTest

HEAD = "import streamlit as st\n"


def test_string_chunks_become_one_markdown_and_the_full_text_is_returned() -> None:
    at = AppTest.from_string(HEAD + (
        "def gen():\n    yield 'Hello '\n    yield 'world'\n"
        "r = st.write_stream(gen())\nst.text(repr(r))\n")).run()
    assert at.markdown.values == ["Hello world"]
    assert at.text.values == ["'Hello world'"]


def test_non_string_chunks_are_written_and_a_list_is_returned() -> None:
    at = AppTest.from_string(HEAD + (
        "def gen():\n    yield 'a'\n    yield {'x': 1}\n    yield 'b'\n    yield 'c'\n    yield 5\n"
        "r = st.write_stream(gen())\nst.text(repr(r))\n")).run()
    assert at.markdown.values == ["a", "bc", "`5`"]
    assert at.json.values == ['{"x": 1}']
    assert at.text.values == ["['a', {'x': 1}, 'bc', 5]"]


def test_lists_generator_functions_and_async_generators_are_streams() -> None:
    at = AppTest.from_string(HEAD + (
        "def gf():\n    yield 'f'\n    yield 'n'\n"
        "async def agen():\n    yield 'as'\n    yield 'ync'\n"
        "st.text(repr(st.write_stream(['x', 'y'])))\n"
        "st.text(repr(st.write_stream(gf)))\n"
        "st.text(repr(st.write_stream(agen())))\n")).run()
    assert at.markdown.values == ["xy", "fn", "async"]
    assert at.text.values == ["'xy'", "'fn'", "'async'"]


def test_async_generator_in_a_script_with_top_level_await() -> None:
    at = AppTest.from_string(HEAD + (
        "import asyncio\n"
        "async def agen():\n    await asyncio.sleep(0)\n    yield 'one '\n    yield 'two'\n"
        "await asyncio.sleep(0)\n"
        "st.text(repr(st.write_stream(agen())))\n")).run()
    assert at.markdown.values == ["one two"]
    assert at.text.values == ["'one two'"]


def test_an_empty_stream_writes_nothing_and_returns_an_empty_string() -> None:
    at = AppTest.from_string(HEAD + "st.text(repr(st.write_stream(iter([]))))\n").run()
    assert at.markdown.values == []
    assert at.text.values == ["''"]


def test_something_not_iterable_is_an_api_error() -> None:
    at = AppTest.from_string(HEAD + "st.write_stream(5)\n").run()
    assert at.exception[0].type == "StreamlitAPIException"
    assert at.exception[0].message == (
        "The provided input (type: <class 'int'>) cannot be iterated. Please make sure that "
        "it is a generator, generator function or iterable.")


def test_the_text_grows_in_place_while_streaming() -> None:
    at = AppTest.from_string(HEAD + (
        "def gen():\n"
        "    for word in ['one ', 'two ', 'three']:\n"
        "        st.session_state.setdefault('n', 0)\n"  # an st call between chunks
        "        yield word\n"
        "st.write_stream(gen())\nst.text('done')\n"), concurrent=True)
    seen: list[list[str]] = []
    at.on_patches(lambda: seen.append(list(at.markdown.values)))
    at.run()
    # st.markdown stores its body stripped, as Streamlit does: "one " shows as "one"
    assert ["one"] in seen and ["one two"] in seen
    assert at.markdown.values == ["one two three"]
    # one element all along: the markdown is updated, never duplicated
    assert all(len(values) <= 1 for values in seen)


def test_cursor_shows_while_streaming_and_goes_at_the_end() -> None:
    at = AppTest.from_string(HEAD + (
        "def gen():\n    yield 'a'\n    st.session_state.setdefault('n', 0)\n    yield 'b'\n"
        "st.write_stream(gen(), cursor='▌')\n"), concurrent=True)
    seen: list[list[str]] = []
    at.on_patches(lambda: seen.append(list(at.markdown.values)))
    at.run()
    assert ["a▌"] in seen
    assert at.markdown.values == ["ab"]


def test_openai_style_chunks_are_read_as_text() -> None:
    at = AppTest.from_string(HEAD + (
        "from types import SimpleNamespace as NS\n"
        "def chunk(text):\n    return NS(choices=[NS(delta=NS(content=text))])\n"
        "r = st.write_stream(iter([chunk('Hi'), chunk(None), chunk(' there')]))\n"
        "st.text(repr(r))\n")).run()
    assert at.markdown.values == ["Hi there"]
    assert at.text.values == ["'Hi there'"]


def test_write_stream_inside_a_fragment_rerun_replaces_its_text() -> None:
    at = AppTest.from_string(HEAD + (
        "st.session_state.setdefault('n', 0)\n"
        "@st.fragment\n"
        "def part():\n"
        "    st.session_state.n += 1\n"
        "    st.write_stream(iter(['run ', str(st.session_state.n)]))\n"
        "    st.button('again')\n"
        "part()\n")).run()
    assert at.markdown.values == ["run 1"]
    at.button[0].click().run()
    assert at.markdown.values == ["run 2"]
