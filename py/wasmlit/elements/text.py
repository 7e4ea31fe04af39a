"""Text elements: markdown, write, headings, caption, text, code, json, divider, latex, html."""

from __future__ import annotations

import json as _json
import os
import re
import textwrap
import unicodedata
from typing import Any

from wasmlit.delta_generator import DeltaGenerator, dg_method
from wasmlit.elements.widget_options import check_height, check_width
from wasmlit.errors import StreamlitAPIException

_ALIGNMENTS = ("left", "center", "right", "justify")
_DIVIDER_COLORS = ("red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "rainbow")
_ZWSP = "\u200b"
_MATERIAL_RE = re.compile(r"^:material/([a-z0-9_]+):$")


def _text(body: Any) -> str:
    return body if isinstance(body, str) else str(body)


def _clean(body: Any) -> str:
    """Text as Streamlit stores it for markdown, headings and st.text: dedented and stripped."""
    return textwrap.dedent(_text(body)).strip()


def _check_alignment(text_alignment: Any) -> str:
    if text_alignment not in _ALIGNMENTS:
        raise StreamlitAPIException(
            "Invalid `text_alignment` value. Supported values: 'left', 'center', 'right', "
            "'justify'.")
    return str(text_alignment)


def _is_single_emoji(text: str) -> bool:
    """One user-perceived emoji (a base, modifiers, variation selectors, ZWJ sequences)."""
    if not text or text.isascii():
        return False
    joiners = {0x200D, 0xFE0F, 0xFE0E, 0x20E3}
    bases = 0.0
    prev_zwj = False
    for ch in text:
        cp = ord(ch)
        if cp in joiners or 0x1F3FB <= cp <= 0x1F3FF or 0xE0020 <= cp <= 0xE007F:
            prev_zwj = cp == 0x200D
            continue
        if 0x1F1E6 <= cp <= 0x1F1FF:  # regional indicators come in pairs (flags)
            bases += 0.5
            prev_zwj = False
            continue
        cat = unicodedata.category(ch)
        if cat not in ("So", "Sk", "Sm") and not (cp in (0x23, 0x2A) or 0x30 <= cp <= 0x39):
            return False
        if not prev_zwj:
            bases += 1
        prev_zwj = False
    return 0 < bases <= 1


def _check_icon(icon: str | None) -> str | None:
    """Validate an ``icon`` argument (an emoji, ``:material/name:`` or ``spinner``)."""
    if icon is None or icon == "":
        return None
    icon = str(icon).strip()
    if icon == "spinner":
        return icon
    if icon.startswith(":material"):
        if _MATERIAL_RE.match(icon):
            return icon
        shown = icon.replace("/", _ZWSP + "/")
        raise StreamlitAPIException(
            f'The value `"{shown}"` is not a valid Material icon. Please '
            "use a Material icon shortcode like **`:material\u200b/thumb_up:`**.")
    if _is_single_emoji(icon):
        return icon
    if len(icon) > 1 and any(unicodedata.category(c) == "So" for c in icon):
        raise StreamlitAPIException(
            f'The value "{icon}" is not a valid emoji. Please use a single emoji.')
    raise StreamlitAPIException(
        f'The value "{icon}" is not a valid icon. Please use a single emoji or a Material icon '
        "shortcode like `:material\u200b/thumb_up:`.")


def _check_divider(divider: Any) -> bool | str:
    if divider is False or divider is None:
        return False
    if divider is True:
        return "rainbow"
    if isinstance(divider, str) and divider in _DIVIDER_COLORS:
        return "gray" if divider == "grey" else divider
    raise StreamlitAPIException(
        "Invalid `divider` value. Supported values: True, 'red', 'orange', 'yellow', 'blue', "
        "'green', 'violet', 'gray', 'grey', 'rainbow'.")


def _help(help: Any) -> str | None:
    return None if help is None else str(help)


def _markdown(dg: DeltaGenerator, variant: str, body: Any, unsafe_allow_html: bool, help: Any,
              width: Any, text_alignment: Any, wrap: bool, *, anchors: bool = True,
              auto: bool = False) -> DeltaGenerator:
    width = check_width(width, auto=auto, content=True)
    text_alignment = _check_alignment(text_alignment)
    if not wrap and unsafe_allow_html:
        raise StreamlitAPIException(
            "`wrap=False` and `unsafe_allow_html=True` cannot be used together. One-line "
            "markdown cannot ellipsize raw HTML. Pass `wrap=True` to render HTML, or omit "
            "`unsafe_allow_html` to truncate.")
    props: dict[str, Any] = {"body": _clean(body), "unsafe_allow_html": bool(unsafe_allow_html),
                             "help": _help(help), "variant": variant}
    # Layout props only when they differ from the defaults: smaller patches.
    if width != ("auto" if auto else "stretch"):
        props["width"] = width
    if text_alignment != "left":
        props["text_alignment"] = text_alignment
    if not wrap:
        props["wrap"] = False
    if not anchors:
        props["anchors"] = False
    return dg._enqueue("markdown", props)


@dg_method
def markdown(self: DeltaGenerator, body: Any, unsafe_allow_html: bool = False, *,
             help: str | None = None, width: Any = "auto", text_alignment: str = "left",
             anchors: bool = True, wrap: bool = True) -> DeltaGenerator:
    """Show GitHub-flavoured Markdown with Streamlit's directives (``st.markdown``)."""
    return _markdown(self, "markdown", body, unsafe_allow_html, help, width, text_alignment,
                     wrap, anchors=anchors, auto=True)


@dg_method
def caption(self: DeltaGenerator, body: Any, unsafe_allow_html: bool = False, *,
            help: str | None = None, width: Any = "stretch", text_alignment: str = "left",
            wrap: bool = True) -> DeltaGenerator:
    """Show small, muted text (``st.caption``)."""
    return _markdown(self, "caption", body, unsafe_allow_html, help, width, text_alignment, wrap)


@dg_method
def latex(self: DeltaGenerator, body: Any, *, help: str | None = None,
          width: Any = "stretch") -> DeltaGenerator:
    """Show a LaTeX expression, typeset with KaTeX (``st.latex``)."""
    if type(body).__module__.startswith("sympy"):
        import sympy  # only when the script already uses sympy

        body = sympy.latex(body)
    width = check_width(width, content=True)
    props: dict[str, Any] = {"body": f"$$\n{_clean(body)}\n$$", "unsafe_allow_html": False,
                             "help": _help(help), "variant": "latex"}
    if width != "stretch":
        props["width"] = width
    return self._enqueue("markdown", props)


def _heading(dg: DeltaGenerator, tag: str, body: Any, anchor: Any, help: Any, icon: Any,
             divider: Any, width: Any, text_alignment: Any, wrap: bool) -> DeltaGenerator:
    if anchor is not None and anchor is not False and not isinstance(anchor, str):
        raise StreamlitAPIException(f'Anchor parameter has invalid value: {anchor}. '
                                    "Supported values: None, any string or False")
    props = {"tag": tag, "body": _clean(body), "anchor": anchor, "help": _help(help),
             "icon": _check_icon(icon), "divider": _check_divider(divider),
             "width": check_width(width, content=True),
             "text_alignment": _check_alignment(text_alignment),
             "wrap": bool(wrap)}
    return dg._enqueue("heading", props)


@dg_method
def title(self: DeltaGenerator, body: Any, anchor: str | bool | None = None, *,
          help: str | None = None, icon: str | None = None, width: Any = "stretch",
          text_alignment: str = "left", wrap: bool = True) -> DeltaGenerator:
    """A title (``st.title``)."""
    return _heading(self, "h1", body, anchor, help, icon, False, width, text_alignment, wrap)


@dg_method
def header(self: DeltaGenerator, body: Any, anchor: str | bool | None = None, *,
           help: str | None = None, icon: str | None = None, divider: bool | str = False,
           width: Any = "stretch", text_alignment: str = "left",
           wrap: bool = True) -> DeltaGenerator:
    """A header (``st.header``)."""
    return _heading(self, "h2", body, anchor, help, icon, divider, width, text_alignment, wrap)


@dg_method
def subheader(self: DeltaGenerator, body: Any, anchor: str | bool | None = None, *,
              help: str | None = None, icon: str | None = None, divider: bool | str = False,
              width: Any = "stretch", text_alignment: str = "left",
              wrap: bool = True) -> DeltaGenerator:
    """A subheader (``st.subheader``)."""
    return _heading(self, "h3", body, anchor, help, icon, divider, width, text_alignment, wrap)


@dg_method
def text(self: DeltaGenerator, body: Any, *, help: str | None = None, width: Any = "content",
         text_alignment: str = "left", wrap: bool = True) -> DeltaGenerator:
    """Fixed-width, unformatted text (``st.text``)."""
    return self._enqueue("text", {"body": _clean(body), "help": _help(help),
                                  "width": check_width(width, content=True),
                                  "text_alignment": _check_alignment(text_alignment),
                                  "wrap": bool(wrap)})


@dg_method
def code(self: DeltaGenerator, body: Any, language: str | None = "python", *,
         line_numbers: bool = False, wrap_lines: bool = False, height: Any = "content",
         width: Any = "stretch") -> DeltaGenerator:
    """A code block with syntax highlighting and a copy button (``st.code``)."""
    return self._enqueue("code", {"body": _text(body).strip("\n"), "language": language or None,
                                  "line_numbers": bool(line_numbers),
                                  "wrap_lines": bool(wrap_lines),
                                  "height": check_height(height),
                                  "width": check_width(width, content=True)})


def _to_jsonable(obj: Any) -> Any:
    """What json.dumps cannot encode as it is, the way Streamlit shows it."""
    if (type(obj).__module__ or "").split(".", 1)[0] in ("numpy", "pandas"):
        return repr(obj)  # as Streamlit: np.int64(1) shows as "np.int64(1)", a frame as its repr
    if hasattr(obj, "to_dict") and callable(obj.to_dict):
        try:
            return obj.to_dict()
        except Exception:  # fall back to the repr below
            pass
    if isinstance(obj, (set, frozenset)):
        return list(obj)
    if hasattr(obj, "tolist") and callable(obj.tolist):
        try:
            return obj.tolist()
        except Exception:
            pass
    if hasattr(obj, "items") and callable(obj.items):
        try:
            return dict(obj.items())
        except Exception:
            pass
    return repr(obj)


@dg_method
def json(self: DeltaGenerator, body: Any, *, expanded: bool | int = True,
         width: Any = "stretch") -> DeltaGenerator:
    """An interactive, collapsible JSON tree (``st.json``)."""
    if not isinstance(expanded, (bool, int)):
        raise StreamlitAPIException(
            "Invalid `expanded` type. Expected one of: bool, int. Provided type: "
            f"{type(expanded).__name__}.")
    width = check_width(width, content=False)
    if isinstance(body, str):
        text = body
    else:
        try:
            text = _json.dumps(body, default=_to_jsonable)
        except (TypeError, ValueError):
            text = _json.dumps(repr(body))
    depth = None if isinstance(expanded, bool) else int(expanded)
    return self._enqueue("json", {"body": text, "expanded": expanded if depth is None else True,
                                  "max_expand_depth": depth, "width": width})


@dg_method
def divider(self: DeltaGenerator, *, width: Any = "stretch") -> DeltaGenerator:
    """A horizontal rule (``st.divider``)."""
    props: dict[str, Any] = {"body": "---", "unsafe_allow_html": False, "help": None,
                             "variant": "divider"}
    if check_width(width, content=False) != "stretch":
        props["width"] = width
    return self._enqueue("markdown", props)


@dg_method
def html(self: DeltaGenerator, body: Any, *, width: Any = "stretch",
         unsafe_allow_javascript: bool = False) -> DeltaGenerator:
    """Raw HTML, sanitised, without an iframe (``st.html``)."""
    if hasattr(body, "_repr_html_") and not isinstance(body, str):
        text = str(body._repr_html_())
    elif isinstance(body, os.PathLike) or (isinstance(body, str) and len(body) < 4096
                                           and "\n" not in body and os.path.isfile(body)):
        path = os.fspath(body)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if path.lower().endswith(".css"):
            text = f"<style>{text}</style>"
    else:
        text = _text(body)
    if not text:
        raise StreamlitAPIException("The `body` parameter is required.")
    return self._enqueue("html", {"body": text, "width": check_width(width, content=True),
                                  "unsafe_allow_javascript": bool(unsafe_allow_javascript)})

