"""st.query_params and st.context under AppTest.

Compared with Streamlit 1.67's AppTest (2026-12-01): the dict-like behaviour below (last
value of a repeated key, get_all, to_dict, from_dict, clear, update, del, attribute access)
and the error texts for dict values, the reserved ``embed`` key and missing keys matched."""

from __future__ import annotations

from wasmlit import protocol as p
from wasmlit.query_params import QueryParams, encode_query, parse_query
from wasmlit.testing import AppTest

SRC = """
import streamlit as st
qp = st.query_params
if "a" in qp:
    st.write(f"a {qp['a']} {qp.get('b', '-')} {qp.a} {'zz' in qp}")
st.write(f"all {','.join(qp.get_all('a'))} {len(qp)} {sorted(qp)}")
st.write(f"dict {qp.to_dict()}")
if st.button("edit"):
    qp.c = "3"
    qp["d"] = ["x", "y"]
    del qp["b"]
    qp.update({"e": 5}, f="six")
if st.button("reset"):
    qp.from_dict({"only": "one", "many": ["1", "2"]})
if st.button("clear"):
    qp.clear()
"""


def page_infos(at: AppTest) -> list[str]:
    return [m.query for m in at.messages if isinstance(m, p.PageInfo)]


def test_the_url_query_reaches_the_script_as_strings() -> None:
    at = AppTest.from_string(SRC)
    at.query_params = {"a": ["1", "2"], "b": "two", "embed": "true"}
    at.run()
    assert [m.value for m in at.markdown][:3] == [
        "a 2 two 2 False", "all 1,2 2 ['a', 'b']", "dict {'a': '2', 'b': 'two'}"]
    assert page_infos(at) == []  # reading changes nothing in the URL


def test_script_writes_go_back_to_the_url_once_per_flush() -> None:
    at = AppTest.from_string(SRC)
    at.query_params = {"a": "1", "b": "2"}
    at.run()
    at.button[0].click().run()
    assert page_infos(at) == ["a=1&c=3&d=x&d=y&e=5&f=six"]
    assert at.query_params == {"a": "1", "c": "3", "d": ["x", "y"], "e": "5", "f": "six"}
    at.button[1].click().run()
    assert at.query_params == {"only": "one", "many": ["1", "2"]}
    at.button[2].click().run()
    assert at.query_params == {} and page_infos(at)[-1] == ""


def test_errors_read_as_streamlit() -> None:
    cases = {
        'st.query_params["a"] = {"x": 1}':
            "Query param value for `a` cannot be set to a dictionary. Provide a string or "
            "iterable of strings instead.",
        'st.query_params["embed"] = "true"':
            "Query param embed and embed_options (case-insensitive) cannot be set "
            "programmatically.",
        "st.query_params.nope": 'st.query_params has no attribute "nope".',
        'st.query_params["nope"]': 'st.query_params has no key "nope".',
    }
    for line, message in cases.items():
        at = AppTest.from_string("import streamlit as st\n" + line + "\n").run()
        assert message in at.exception[0].message, line


def test_from_dict_failing_keeps_the_old_params() -> None:
    qp = QueryParams("a=1")
    try:
        qp.from_dict({"b": "2", "embed": "x"})
    except Exception as exc:
        assert "embed" in str(exc)
    assert qp.to_dict() == {"a": "1"}


def test_parse_and_encode_round_trip() -> None:
    assert parse_query("?a=1&a=2&b=&c=x+y") == {"a": ["1", "2"], "b": "", "c": "x y"}
    assert encode_query({"a": ["1", "2"], "c": "x y"}) == "a=1&a=2&c=x+y"
    assert parse_query("a=1&" * 1001) == {}  # Streamlit's limit on fields


CONTEXT_SRC = """
import streamlit as st
c = st.context
st.write(c.locale, c.timezone, str(c.timezone_offset), c.url, c.theme.type, str(c.is_embedded))
st.write(c.headers["user-agent"], ",".join(c.headers.get_all("Accept-Language")))
st.write(str(c.cookies.to_dict()), str(c.ip_address), c["locale"])
"""


def test_context_comes_from_the_browser_facts_the_page_sends() -> None:
    at = AppTest.from_string(CONTEXT_SRC)
    at.send(p.Navigate(context={
        "locale": "de-DE", "timezone": "Europe/Berlin", "timezone_offset": -60,
        "url": "https://host.example/app/?x=1", "theme": "dark", "is_embedded": False,
        "cookies": "a=1; b=two%20words", "headers": {"User-Agent": "UA/1",
                                                     "Accept-Language": "de-DE,en"}}))
    assert [m.value for m in at.markdown] == [
        "de-DE Europe/Berlin -60 https://host.example/app dark False",
        "UA/1 de-DE,en",
        "{'a': '1', 'b': 'two words'} None de-DE",
    ]


def test_context_before_the_page_said_anything_is_empty() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.write(str(st.context.locale), str(st.context.theme.type),"
        " str(len(st.context.headers)))\n").run()
    assert [m.value for m in at.markdown] == ["None None 0"]


def test_context_url_ends_in_the_current_page_as_streamlit() -> None:
    from pathlib import Path

    app = Path(__file__).resolve().parent.parent / "multipage_apps" / "page_links"
    at = AppTest.from_file(str(app / "streamlit_app.py"))
    at.send(p.Navigate(page_name="page_2", context={"url": "https://h.example/app/page_2/?x=1"}))
    at.send(p.Navigate(page_name="", context={"url": "https://h.example/app/page_2?x=1#top"}))
    caption = [c.value for c in at.caption][0]
    assert caption.endswith("url https://h.example/app")
