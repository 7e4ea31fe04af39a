"""st.iframe and streamlit.components.v1: embedded pages as sandboxed iframes."""

from __future__ import annotations

import textwrap
from pathlib import Path

from wasmlit.testing import AppTest


def run(src: str) -> AppTest:
    return AppTest.from_string(textwrap.dedent(src)).run()


def iframes(at: AppTest) -> list[dict]:
    return [n["props"] for n in at.page.walk() if n["kind"] == "iframe"]


def test_components_v1_html_and_iframe_import_as_in_streamlit() -> None:
    at = run("""
        import streamlit as st
        import streamlit.components.v1 as components
        from streamlit.components.v1 import iframe
        components.html("<p>hi</p><script>document.body.append('!')</script>", height=80)
        iframe("https://example.org/", width=300, scrolling=True)
        st.components.v1.html("<b>again</b>")
    """)
    assert at.exception.values == []
    first, second, third = iframes(at)
    assert first["srcdoc"].startswith("<p>hi</p>") and first["height"] == 80
    assert second["src"] == "https://example.org/" and second["width"] == 300
    assert second["scrolling"] is True
    assert third["height"] == 150, "an iframe's default height"


def test_st_iframe_takes_urls_html_strings_and_local_html_files(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text("<h1>Report</h1>")
    at = run(f"""
        from pathlib import Path
        import streamlit as st
        st.iframe("https://example.org/", height=200)
        st.iframe("<p>inline</p>")
        st.iframe(Path({str(page)!r}))
    """)
    url, inline, local = iframes(at)
    assert url["src"] == "https://example.org/" and url["height"] == 200
    assert inline["srcdoc"] == "<p>inline</p>"
    assert local["srcdoc"] == "<h1>Report</h1>"


def test_st_iframe_refuses_javascript_urls() -> None:
    at = run("""
        import streamlit as st
        st.iframe("javascript:alert(1)")
    """)
    assert "cannot load 'javascript:alert(1)'" in at.exception[0].message
    assert iframes(at) == []
