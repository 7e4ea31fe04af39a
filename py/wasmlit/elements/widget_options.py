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


def check_icon_position(icon_position: Any) -> str:
    """``icon_position``: "left" (also for None) or "right"."""
    from wasmlit.errors import StreamlitValueError

    if icon_position is None:
        return "left"
    if icon_position not in ("left", "right"):
        raise StreamlitValueError("icon_position", ["'left'", "'right'"])
    return str(icon_position)


_MODIFIERS = {"ctrl": "ctrl", "control": "ctrl", "cmd": "cmd", "command": "cmd", "meta": "cmd",
              "alt": "alt", "option": "alt", "shift": "shift", "mod": "ctrl"}
_MODIFIER_ORDER = ("ctrl", "cmd", "alt", "shift")
_NAMED_KEYS = {"enter": "enter", "return": "enter", "space": "space", "spacebar": "space",
               "tab": "tab", "escape": "escape", "esc": "escape", "backspace": "backspace",
               "delete": "delete", "del": "delete", "home": "home", "end": "end",
               "pageup": "pageup", "pagedown": "pagedown", "left": "left",
               "arrowleft": "left", "right": "right", "arrowright": "right", "up": "up",
               "arrowup": "up", "down": "down", "arrowdown": "down"}
#: combinations the browser or the OS usually keeps for itself (a warning, not an error)
_BROWSER_SHORTCUTS = frozenset(
    f"{m}+{k}" for m in ("ctrl", "cmd") for k in ("t", "w", "n", "shift+t", "shift+n",
                                                  "shift+w", "tab", "shift+tab", "pageup",
                                                  "pagedown", "l")) | {"alt+f4", "f11"}


def normalize_shortcut(shortcut: Any) -> str:
    """A button's ``shortcut`` in the page's form: modifiers in a fixed order (ctrl, cmd, alt,
    shift), then one key, joined by ``+`` and lower-cased (``"Cmd+Shift+O"`` ->
    ``"cmd+shift+o"``). Streamlit 1.67's rules and errors: one non-modifier key, a letter,
    digit, F-key or named key; never C or R (the app's own shortcuts)."""
    import logging

    from wasmlit.errors import StreamlitInvalidParameterTypeError

    if not isinstance(shortcut, str):
        raise StreamlitInvalidParameterTypeError("shortcut", type(shortcut).__name__, ["str"])
    tokens = [t.strip().lower() for t in shortcut.split("+") if t.strip()]
    if not tokens:
        raise StreamlitAPIException("The `shortcut` must contain at least one key or modifier.")
    modifiers: set[str] = set()
    key: str | None = None
    for token in tokens:
        if token in _MODIFIERS:
            modifiers.add(_MODIFIERS[token])
            continue
        if key is not None:
            raise StreamlitAPIException(
                "The `shortcut` may only specify a single non-modifier key.")
        if token in _NAMED_KEYS:
            key = _NAMED_KEYS[token]
        elif (len(token) == 1 and token.isalnum()) or (token[0] == "f" and token[1:].isdigit()):
            key = token
        else:
            raise StreamlitAPIException(
                "shortcut must include a single character or one of the supported keys "
                "(e.g. Enter, Space, Tab, Escape).")
        if key in ("c", "r"):
            raise StreamlitAPIException(
                "The `shortcut` cannot use the keys 'C' or 'R', with or without modifiers.")
    if key is None:
        raise StreamlitAPIException(
            "The `shortcut` must include a non-modifier key such as 'K' or 'Ctrl+K'.")
    normalized = "+".join([m for m in _MODIFIER_ORDER if m in modifiers] + [key])
    if normalized in _BROWSER_SHORTCUTS:
        logging.getLogger("wasmlit").warning(
            "The shortcut %s is usually taken by the browser or the operating system and may "
            "never reach the app; consider another combination.", shortcut)
    return normalized


def check_bind(bind: Any, key: Any) -> bool:
    """``bind``: None or ``"query-params"`` (which needs a ``key``), as Streamlit 1.67 checks
    it; True when the widget is bound to the URL (wasmlit.state.url_binding)."""
    from wasmlit.errors import StreamlitMissingRequiredParameterError, StreamlitValueError

    if bind is None:
        return False
    if bind != "query-params":
        raise StreamlitValueError("bind", ["'query-params'", "None"])
    if key is None:
        raise StreamlitMissingRequiredParameterError(
            "key", "A widget with bind='query-params' needs its own `key`: it names the "
                   "query parameter.")
    return True


def check_persist_state(persist_state: Any, key: Any) -> str | None:
    """``persist_state``: None, ``"page"`` or ``"session"`` (which need a ``key``); the scope
    when the widget's value must outlive runs that do not draw it (session_state.py)."""
    from wasmlit.errors import StreamlitMissingRequiredParameterError, StreamlitValueError

    if persist_state is None:
        return None
    if persist_state not in ("page", "session"):
        raise StreamlitValueError("persist_state", ["'page'", "'session'", "None"])
    if key is None:
        raise StreamlitMissingRequiredParameterError(
            "key", "A widget with persist_state needs its own `key`, under which its value is "
                   "kept while the widget is not drawn.")
    return str(persist_state)
