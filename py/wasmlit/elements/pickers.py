"""Buttons that pick: ``st.menu_button`` (a button with a drop-down of actions) and
``st.pagination`` (page numbers with previous/next).

A menu button's pick is like a click: the page sends ``{"index": i, "n": <unique>}`` and the
script gets the picked option in the one run that follows (None otherwise), so picking the
same item twice is two picks. A pagination widget's value is the page number (from 1).
"""

from __future__ import annotations

from typing import Any, Callable

from wasmlit.delta_generator import DeltaGenerator, dg_method
from wasmlit.elements.choices import labels_of, options_list
from wasmlit.elements.feedback import validate_icon
from wasmlit.elements.layout import _is_int
from wasmlit.state import url_binding
from wasmlit.elements.widget_options import (callback_of, change_mode, check_bind,
                                             check_persist_state, check_width)
from wasmlit.errors import (StreamlitAPIException, StreamlitInvalidParameterTypeError,
                            StreamlitMissingRequiredParameterError, StreamlitValueError)
from wasmlit.state.widgets import register_widget

_BUTTON_TYPES = ("primary", "secondary", "tertiary")


@dg_method
def menu_button(self: DeltaGenerator, label: str, options: Any, *, key: Any = None,
                help: str | None = None, on_click: Callable[..., Any] | None = None,
                args: Any = None, kwargs: Any = None, type: str = "secondary",
                icon: str | None = None, disabled: bool = False, width: Any = "content",
                format_func: Callable[[Any], Any] = str, wrap: bool | None = None) -> Any:
    """A button that opens a menu of ``options`` (``st.menu_button``); returns the option
    picked in the run that follows the pick, else None."""
    label = "" if label is None else str(label)
    if on_click is not None and not callable(on_click):
        raise StreamlitAPIException(
            "Invalid `on_click` value. Supported values: None, a callback function.")
    if self._form_id:
        raise StreamlitAPIException("`st.menu_button()` can't be used in an `st.form()`.")
    if type not in _BUTTON_TYPES:
        raise StreamlitValueError("type", [f"'{t}'" for t in _BUTTON_TYPES])
    if wrap is not None and not isinstance(wrap, bool):
        raise StreamlitValueError("wrap", ["True", "False", "None"])
    check_width(width, content=True)
    opts = options_list(options)
    if not opts:
        raise StreamlitMissingRequiredParameterError("options", "Provide at least one option.")
    labels = labels_of(opts, format_func)
    if len(set(labels)) != len(labels):
        raise StreamlitAPIException(
            "The `format_func` produced duplicate labels for the menu button options. Each "
            "formatted option label must be unique.")

    def picked(raw: Any) -> Any:
        if isinstance(raw, dict):
            index = raw.get("index")
            if isinstance(index, int) and 0 <= index < len(opts):
                return opts[index]
            label_ = raw.get("label")
            if label_ in labels:
                return opts[labels.index(label_)]
        return None

    return register_widget(
        self, "menu_button", label=label, key=key, default=None, one_shot=True, settable=False,
        props={"options": labels, "type": type, "icon": validate_icon(icon), "help": help,
               "disabled": disabled, "width": width, "wrap": wrap},
        id_args={"options": labels, "help": help, "type": type, "icon": icon, "width": width},
        callback=on_click, args=args, kwargs=kwargs, deserialize=picked,
        serialize=lambda value: None)


@dg_method
def pagination(self: DeltaGenerator, num_pages: int, *, default: int = 1,
               max_visible_pages: int | None = 7, width: Any = "content", key: Any = None,
               on_change: Any = "rerun", args: Any = None, kwargs: Any = None,
               disabled: bool = False, bind: Any = None, persist_state: Any = None) -> int:
    """Page buttons 1..``num_pages`` with previous/next (``st.pagination``); returns the
    current page number."""
    callback = callback_of(on_change)
    if not _is_int(num_pages) or num_pages < 1:
        raise StreamlitAPIException(
            f"`num_pages` must be an integer of at least 1. Got {num_pages}.")
    if not _is_int(default):
        raise StreamlitInvalidParameterTypeError("default", type(default).__name__, ["int"])
    if not 1 <= default <= num_pages:
        raise StreamlitAPIException(
            f"The `default` parameter, set to {default}, is outside the required range "
            f"[1, {num_pages}].")
    if max_visible_pages is not None and (not _is_int(max_visible_pages)
                                          or max_visible_pages < 0):
        raise StreamlitAPIException(
            "`max_visible_pages` must be a non-negative integer or None. "
            f"Got {max_visible_pages}.")
    check_width(width, content=True)
    bound = check_bind(bind, key)
    persist = check_persist_state(persist_state, key)

    def page(raw: Any) -> int:
        if _is_int(raw) and 1 <= raw <= num_pages:
            return int(raw)
        return default

    value = register_widget(
        self, "pagination", label="", key=key, default=default,
        props={"num_pages": num_pages, "max_visible_pages": max_visible_pages,
               "disabled": disabled, "width": width, "on_change": change_mode(on_change),
               "help": None, "label_visibility": "collapsed"},
        id_args={"num_pages": num_pages, "default": default,
                 "max_visible_pages": max_visible_pages, "width": width},
        callback=callback, args=args, kwargs=kwargs, deserialize=page, persist=persist,
        url=url_binding.number(int, False, lo=1, hi=num_pages) if bound else None,
        serialize=lambda v: v if _is_int(v) and 1 <= v <= num_pages else default)
    if not (_is_int(value) and 1 <= value <= num_pages):
        return default  # a page number set in session state that is out of range
    return int(value)
