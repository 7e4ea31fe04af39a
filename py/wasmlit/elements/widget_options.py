"""Checks shared by the element commands of Streamlit 1.67 (on_change modes, sizes)."""

from __future__ import annotations

from typing import Any, Callable

from wasmlit.errors import StreamlitAPIException


def callback_of(on_change: Any, name: str = "on_change") -> Callable[..., Any] | None:
    """``on_change`` may be a callable, ``"rerun"``, ``"ignore"`` or None; only a callable
    is a callback (``"ignore"`` is a page-side mode, see the ``on_change`` prop)."""
    if on_change is None or callable(on_change):
        return on_change
    if on_change in ("rerun", "ignore"):
        return None
    raise StreamlitAPIException(
        f"Invalid `{name}` value. Supported values: 'rerun', 'ignore', a callback function.")


def change_mode(on_change: Any) -> str:
    """What the page does when the user commits a value: ``rerun`` or ``ignore``."""
    return "ignore" if on_change == "ignore" else "rerun"


def check_width(width: Any, *, content: bool = False, auto: bool = False) -> Any:
    """``width``: pixels, ``"stretch"``, and where the command allows them ``"content"`` and
    ``"auto"``; Streamlit 1.67's error otherwise."""
    if auto and width == "auto":
        return width
    allowed = ("stretch", "content") if content else ("stretch",)
    if isinstance(width, str) and width in allowed:
        return width
    if isinstance(width, int) and not isinstance(width, bool) and width > 0:
        return width
    raise StreamlitAPIException(
        f"Invalid width value: {width!r}. Width must be either a positive integer (pixels)"
        + (", 'stretch', or 'content'." if content else " or 'stretch'."))


def check_height(height: Any) -> Any:
    """``height``: None, ``"content"``, ``"stretch"`` or pixels, as Streamlit 1.67 checks it."""
    if height is None or height in ("content", "stretch"):
        return height
    if isinstance(height, int) and not isinstance(height, bool) and height > 0:
        return height
    raise StreamlitAPIException(
        f"Invalid height value: {height!r}. Height must be either a positive integer (pixels), "
        "'stretch', or 'content'.")
