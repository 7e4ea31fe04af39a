"""Embedded pages: ``st.iframe`` and ``st.components.v1.html`` / ``iframe``.

The page draws them as sandboxed iframes that may run scripts but are never same-origin with
the app (no ``allow-same-origin``), so embedded HTML cannot reach the app, its Python or its
storage. That is stricter than Streamlit, whose HTML components share the app's origin.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from wasmlit.delta_generator import DeltaGenerator, dg_method
from wasmlit.elements.widget_options import check_height, check_width
from wasmlit.errors import StreamlitAPIException

DEFAULT_HEIGHT = 150  # an iframe's own default height, as in Streamlit's components
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def checked_url(src: str) -> str:
    """URLs an iframe may load: web pages, data: URLs and paths on the app's own site."""
    if src.startswith(("http://", "https://", "data:", "/", "./", "../")):
        return src
    raise StreamlitAPIException(
        f"`st.iframe` cannot load {src!r}: use an http(s) or data: URL, a path on this site, "
        "or a pathlib.Path to a local HTML file.")


def _height(height: Any) -> int | None:
    """Pixels, or None for the iframe's default (a sandboxed frame cannot be measured)."""
    height = check_height(height)
    return height if isinstance(height, int) else None


@dg_method
def iframe(self: DeltaGenerator, src: str | Path, *, width: Any = "stretch",
           height: Any = "content", tab_index: int | None = None,
           alt: str | None = None) -> DeltaGenerator:
    """Embed a URL, an HTML string or a local HTML file in an iframe (``st.iframe``)."""
    props: dict[str, Any] = {"width": check_width(width, content=True),
                             "height": _height(height), "scrolling": True,
                             "tab_index": tab_index, "title": alt or "Embedded content"}
    if isinstance(src, Path):
        if src.suffix.lower() not in _HTML_SUFFIXES:
            raise StreamlitAPIException(
                f"`st.iframe` can embed local HTML files; {src.name} is not one.")
        props["srcdoc"] = src.read_text(encoding="utf-8")
    elif not isinstance(src, str):
        raise StreamlitAPIException(
            f"`st.iframe` takes a URL, an HTML string or a pathlib.Path, not {type(src).__name__}.")
    elif src.lstrip().startswith("<"):
        props["srcdoc"] = src
    elif os.path.splitext(src)[1].lower() in _HTML_SUFFIXES and os.path.isfile(src):
        props["srcdoc"] = Path(src).read_text(encoding="utf-8")
    else:
        props["src"] = checked_url(src)
    return self._enqueue("iframe", props)


def component_iframe(dg: DeltaGenerator, *, src: str | None = None, srcdoc: str | None = None,
                     width: int | None, height: int | None, scrolling: bool,
                     tab_index: int | None) -> DeltaGenerator:
    """What ``components.v1.html`` and ``components.v1.iframe`` write."""
    props: dict[str, Any] = {"width": width if width else "stretch",
                             "height": height if height else DEFAULT_HEIGHT,
                             "scrolling": bool(scrolling), "tab_index": tab_index,
                             "title": "Component"}
    if srcdoc is not None:
        props["srcdoc"] = str(srcdoc)
    else:
        props["src"] = checked_url(str(src))
    return dg._enqueue("iframe", props)
