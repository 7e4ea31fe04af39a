"""``import streamlit.components.v1 as components``: ``html`` and ``iframe``.

Custom components (``declare_component``) need a component's own web frontend served beside
the app; wasmlit does not load those yet.
"""

from __future__ import annotations

from typing import Any

from wasmlit.delta_generator import DeltaGenerator, active_dg
from wasmlit.elements.embed import component_iframe
from wasmlit.errors import StreamlitAPIException


def html(html: str, width: int | None = None, height: int | None = None,
         scrolling: bool = False, *, tab_index: int | None = None) -> DeltaGenerator:
    """HTML (with its scripts) in a sandboxed iframe (``components.html``)."""
    return component_iframe(active_dg(), srcdoc=html, width=width, height=height,
                            scrolling=scrolling, tab_index=tab_index)


def iframe(src: str, width: int | None = None, height: int | None = None,
           scrolling: bool = False, *, tab_index: int | None = None) -> DeltaGenerator:
    """A web page in an iframe (``components.iframe``)."""
    return component_iframe(active_dg(), src=src, width=width, height=height,
                            scrolling=scrolling, tab_index=tab_index)


def declare_component(name: str, path: str | None = None, url: str | None = None) -> Any:
    raise StreamlitAPIException(
        f"Custom component {name!r}: wasmlit cannot load custom components "
        "(`declare_component`) yet; see wasmlit's docs/compatibility.md.")
