"""Text elements: markdown, write, headings, caption, text, code, json, divider."""

from __future__ import annotations

import json as _json
from typing import Any

from wasmlit.delta_generator import DeltaGenerator, dg_method


def _text(body: Any) -> str:
    return body if isinstance(body, str) else str(body)


@dg_method
def markdown(self: DeltaGenerator, body: Any, unsafe_allow_html: bool = False, *,
             help: str | None = None) -> DeltaGenerator:
    """Show Markdown (``st.markdown``)."""
    return self._enqueue("markdown", {"body": _text(body), "unsafe_allow_html": unsafe_allow_html,
                                      "help": help, "variant": "markdown"})


@dg_method
def caption(self: DeltaGenerator, body: Any, unsafe_allow_html: bool = False, *,
            help: str | None = None) -> DeltaGenerator:
    """Show small, muted text (``st.caption``)."""
    return self._enqueue("markdown", {"body": _text(body), "unsafe_allow_html": unsafe_allow_html,
                                      "help": help, "variant": "caption"})


def _heading(dg: DeltaGenerator, tag: str, body: Any, anchor: str | bool | None,
             help: str | None, divider: bool | str) -> DeltaGenerator:
    return dg._enqueue("heading", {"tag": tag, "body": _text(body), "anchor": anchor,
                                   "help": help, "divider": divider})


@dg_method
def title(self: DeltaGenerator, body: Any, anchor: str | bool | None = None, *,
          help: str | None = None) -> DeltaGenerator:
    """A title (``st.title``)."""
    return _heading(self, "h1", body, anchor, help, False)


@dg_method
def header(self: DeltaGenerator, body: Any, anchor: str | bool | None = None, *,
           help: str | None = None, divider: bool | str = False) -> DeltaGenerator:
    """A header (``st.header``)."""
    return _heading(self, "h2", body, anchor, help, divider)


@dg_method
def subheader(self: DeltaGenerator, body: Any, anchor: str | bool | None = None, *,
              help: str | None = None, divider: bool | str = False) -> DeltaGenerator:
    """A subheader (``st.subheader``)."""
    return _heading(self, "h3", body, anchor, help, divider)


@dg_method
def text(self: DeltaGenerator, body: Any, *, help: str | None = None) -> DeltaGenerator:
    """Fixed-width, unformatted text (``st.text``)."""
    return self._enqueue("text", {"body": _text(body), "help": help})


@dg_method
def code(self: DeltaGenerator, body: str, language: str | None = "python", *,
         line_numbers: bool = False) -> DeltaGenerator:
    """A code block (``st.code``)."""
    return self._enqueue("code", {"body": body, "language": language,
                                  "line_numbers": line_numbers})


@dg_method
def json(self: DeltaGenerator, body: Any, *, expanded: bool | int = True) -> DeltaGenerator:
    """Pretty-printed JSON (``st.json``)."""
    text = body if isinstance(body, str) else _json.dumps(body, default=repr)
    return self._enqueue("json", {"body": text, "expanded": expanded})


@dg_method
def divider(self: DeltaGenerator) -> DeltaGenerator:
    """A horizontal rule (``st.divider``)."""
    return self._enqueue("markdown", {"body": "---", "unsafe_allow_html": False, "help": None,
                                      "variant": "divider"})

