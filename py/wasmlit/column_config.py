"""``st.column_config``: how ``st.dataframe`` and ``st.data_editor`` show and edit a column.

Each function returns a plain dict shaped as Streamlit 1.67's ``ColumnConfig`` (``label``,
``width``, ``help``, ``disabled``, ``required``, ``pinned``, ``default``, ``hidden``,
``alignment`` and ``type_config``, the last holding the column type and its options). Unset
options are left out. ``column_config={"col": "Label"}`` and ``{"col": None}`` (hide) work too;
:func:`normalise` turns any of these into the JSON the page reads.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any, Callable, Iterable

from wasmlit.errors import StreamlitAPIException

__all__ = [
    "AreaChartColumn", "AudioColumn", "BarChartColumn", "ButtonColumn", "CheckboxColumn",
    "Column", "DateColumn", "DatetimeColumn", "ImageColumn", "JsonColumn", "LineChartColumn",
    "LinkColumn", "ListColumn", "MarkdownColumn", "MultiselectColumn", "NumberColumn",
    "ProgressColumn", "SelectboxColumn", "TextColumn", "TimeColumn", "VideoColumn",
]

_WIDTHS = ("small", "medium", "large")
_ALIGNMENTS = ("left", "center", "right")
_COLORS = ("auto", "auto-inverse", "red", "blue", "green", "yellow", "violet", "orange",
           "gray", "grey", "primary")
_CSS_COLOR = re.compile(r"^(#[0-9a-fA-F]{3,8}|rgba?\([\d\s.,%]+\))$")


def _check(name: str, value: Any, allowed: tuple[str, ...], ints: bool = False) -> None:
    if value is None or value in allowed:
        return
    if ints and isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return
    extra = " or a positive number of pixels" if ints else ""
    raise StreamlitAPIException(
        f"Invalid `{name}` value: {value!r}. Use one of {', '.join(map(repr, allowed))}{extra}.")


def _color(value: Any) -> Any:
    if value is None or value in _COLORS or (isinstance(value, str) and _CSS_COLOR.match(value)):
        return value
    raise StreamlitAPIException(
        f"Invalid `color` value: {value!r}. Use one of {', '.join(map(repr, _COLORS))}, "
        "a hex color or an rgb()/rgba() color.")


def _iso(value: Any) -> Any:
    if isinstance(value, (_dt.date, _dt.time)):
        return value.isoformat()
    return value


def _seconds(step: Any) -> Any:
    return step.total_seconds() if isinstance(step, _dt.timedelta) else step


def _config(label: Any, type_config: dict[str, Any] | None, **common: Any) -> dict[str, Any]:
    _check("width", common.get("width"), _WIDTHS, ints=True)
    _check("alignment", common.get("alignment"), _ALIGNMENTS)
    if label is not None and not isinstance(label, str):
        raise StreamlitAPIException(f"A column label must be a string, not {type(label).__name__}.")
    out: dict[str, Any] = {} if label is None else {"label": label}
    out.update({k: v for k, v in common.items() if v is not None})
    if type_config is not None:
        out["type_config"] = {k: v for k, v in type_config.items() if v is not None}
    return out


def Column(label: str | None = None, *, width: Any = None, help: str | None = None,
           disabled: bool | None = None, required: bool | None = None,
           pinned: bool | None = None, alignment: Any = None) -> dict[str, Any]:
    """A column with no type of its own: label, width, help, editability."""
    return _config(label, None, width=width, help=help, disabled=disabled, required=required,
                   pinned=pinned, alignment=alignment)


def NumberColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                 disabled: bool | None = None, required: bool | None = None,
                 pinned: bool | None = None, alignment: Any = None,
                 default: int | float | None = None, format: str | None = None,
                 min_value: int | float | None = None, max_value: int | float | None = None,
                 step: int | float | None = None) -> dict[str, Any]:
    """Numbers: a printf-style or named ``format`` ("plain", "dollar", "percent", ...) and
    ``min_value``/``max_value``/``step`` for editing."""
    if min_value is not None and max_value is not None and min_value > max_value:
        raise StreamlitAPIException("`min_value` must be less than or equal to `max_value`.")
    return _config(label, {"type": "number", "format": format, "min_value": min_value,
                           "max_value": max_value, "step": step},
                   width=width, help=help, disabled=disabled, required=required,
                   pinned=pinned, alignment=alignment, default=default)


def TextColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None,
               pinned: bool | None = None, alignment: Any = None, default: str | None = None,
               max_chars: int | None = None, validate: str | None = None) -> dict[str, Any]:
    """Text; ``validate`` is a regular expression an edited value must match."""
    return _config(label, {"type": "text", "max_chars": max_chars, "validate": validate},
                   width=width, help=help, disabled=disabled, required=required,
                   pinned=pinned, alignment=alignment, default=default)


def LinkColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None,
               pinned: bool | None = None, alignment: Any = None, default: str | None = None,
               max_chars: int | None = None, validate: str | None = None,
               display_text: str | None = None) -> dict[str, Any]:
    """URLs shown as links; ``display_text`` is fixed text or a regex whose first group is
    shown."""
    return _config(label, {"type": "link", "max_chars": max_chars, "validate": validate,
                           "display_text": display_text},
                   width=width, help=help, disabled=disabled, required=required,
                   pinned=pinned, alignment=alignment, default=default)


def CheckboxColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   disabled: bool | None = None, required: bool | None = None,
                   pinned: bool | None = None, alignment: Any = None,
                   default: bool | None = None) -> dict[str, Any]:
    """Booleans as checkboxes."""
    return _config(label, {"type": "checkbox"}, width=width, help=help, disabled=disabled,
                   required=required, pinned=pinned, alignment=alignment, default=default)


def _options(options: Any, format_func: Callable[[Any], str] | None) -> Any:
    if options is None:
        return None
    values = list(options)
    if format_func is None:
        return values
    return [{"value": v, "label": str(format_func(v))} for v in values]


def SelectboxColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                    disabled: bool | None = None, required: bool | None = None,
                    pinned: bool | None = None, default: Any = None,
                    options: Iterable[Any] | None = None,
                    format_func: Callable[[Any], str] | None = None) -> dict[str, Any]:
    """One of ``options`` per cell."""
    return _config(label, {"type": "selectbox", "options": _options(options, format_func)},
                   width=width, help=help, disabled=disabled, required=required,
                   pinned=pinned, default=default)


def MultiselectColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                      disabled: bool | None = None, required: bool | None = None,
                      pinned: bool | None = None, default: Iterable[str] | None = None,
                      options: Iterable[str] | None = None,
                      accept_new_options: bool | None = None, color: Any = None,
                      format_func: Callable[[str], str] | None = None) -> dict[str, Any]:
    """Lists of ``options`` per cell."""
    if color is not None and not isinstance(color, str):
        color = [_color(c) for c in color]
    elif color is not None:
        _color(color)
    return _config(label, {"type": "multiselect", "options": _options(options, format_func),
                           "accept_new_options": accept_new_options, "color": color},
                   width=width, help=help, disabled=disabled, required=required,
                   pinned=pinned, default=None if default is None else list(default))


def ListColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               pinned: bool | None = None, disabled: bool | None = None,
               required: bool | None = None,
               default: Iterable[str] | None = None) -> dict[str, Any]:
    """Lists shown as chips."""
    return _config(label, {"type": "list"}, width=width, help=help, pinned=pinned,
                   disabled=disabled, required=required,
                   default=None if default is None else list(default))


def DatetimeColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   disabled: bool | None = None, required: bool | None = None,
                   pinned: bool | None = None, alignment: Any = None, default: Any = None,
                   format: str | None = None, min_value: Any = None, max_value: Any = None,
                   step: Any = None, timezone: str | None = None) -> dict[str, Any]:
    """Date-times; ``format`` is "localized", "distance", "calendar", "iso8601" or a
    momentJS-style pattern."""
    return _config(label, {"type": "datetime", "format": format, "min_value": _iso(min_value),
                           "max_value": _iso(max_value), "step": _seconds(step),
                           "timezone": timezone},
                   width=width, help=help, disabled=disabled, required=required,
                   pinned=pinned, alignment=alignment, default=_iso(default))


def DateColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None,
               pinned: bool | None = None, alignment: Any = None, default: Any = None,
               format: str | None = None, min_value: Any = None, max_value: Any = None,
               step: int | None = None) -> dict[str, Any]:
    """Dates."""
    return _config(label, {"type": "date", "format": format, "min_value": _iso(min_value),
                           "max_value": _iso(max_value), "step": step},
                   width=width, help=help, disabled=disabled, required=required,
                   pinned=pinned, alignment=alignment, default=_iso(default))


def TimeColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None,
               pinned: bool | None = None, alignment: Any = None, default: Any = None,
               format: str | None = None, min_value: Any = None, max_value: Any = None,
               step: Any = None) -> dict[str, Any]:
    """Times of day."""
    return _config(label, {"type": "time", "format": format, "min_value": _iso(min_value),
                           "max_value": _iso(max_value), "step": _seconds(step)},
                   width=width, help=help, disabled=disabled, required=required,
                   pinned=pinned, alignment=alignment, default=_iso(default))


def ProgressColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   pinned: bool | None = None, format: str | None = None,
                   min_value: int | float | None = None, max_value: int | float | None = None,
                   step: int | float | None = None, color: Any = None) -> dict[str, Any]:
    """Numbers as progress bars between ``min_value`` (0) and ``max_value`` (100)."""
    return _config(label, {"type": "progress", "format": format, "min_value": min_value,
                           "max_value": max_value, "step": step, "color": _color(color)},
                   width=width, help=help, pinned=pinned)


def _chart(kind: str, label: Any, width: Any, help: Any, pinned: Any, y_min: Any, y_max: Any,
           color: Any) -> dict[str, Any]:
    return _config(label, {"type": kind, "y_min": y_min, "y_max": y_max, "color": _color(color)},
                   width=width, help=help, pinned=pinned)


def BarChartColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   pinned: bool | None = None, y_min: int | float | None = None,
                   y_max: int | float | None = None, color: Any = None) -> dict[str, Any]:
    """Lists of numbers as small bar charts."""
    return _chart("bar_chart", label, width, help, pinned, y_min, y_max, color)


def LineChartColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                    pinned: bool | None = None, y_min: int | float | None = None,
                    y_max: int | float | None = None, color: Any = None) -> dict[str, Any]:
    """Lists of numbers as sparklines."""
    return _chart("line_chart", label, width, help, pinned, y_min, y_max, color)


def AreaChartColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                    pinned: bool | None = None, y_min: int | float | None = None,
                    y_max: int | float | None = None, color: Any = None) -> dict[str, Any]:
    """Lists of numbers as small area charts."""
    return _chart("area_chart", label, width, help, pinned, y_min, y_max, color)


def _media(kind: str, label: Any, width: Any, help: Any, pinned: Any,
           alignment: Any) -> dict[str, Any]:
    return _config(label, {"type": kind}, width=width, help=help, pinned=pinned,
                   alignment=alignment)


def ImageColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                pinned: bool | None = None, alignment: Any = None) -> dict[str, Any]:
    """Image URLs (or data URLs) shown as small pictures."""
    return _media("image", label, width, help, pinned, alignment)


def AudioColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                pinned: bool | None = None, alignment: Any = None) -> dict[str, Any]:
    """Audio URLs with a play control."""
    return _media("audio", label, width, help, pinned, alignment)


def VideoColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                pinned: bool | None = None, alignment: Any = None) -> dict[str, Any]:
    """Video URLs shown as links to the video."""
    return _media("video", label, width, help, pinned, alignment)


def JsonColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               pinned: bool | None = None, alignment: Any = None) -> dict[str, Any]:
    """JSON-like values (dicts, lists, JSON text) shown as compact JSON."""
    return _media("json", label, width, help, pinned, alignment)


def MarkdownColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   disabled: bool | None = None, required: bool | None = None,
                   pinned: bool | None = None, alignment: Any = None,
                   default: str | None = None) -> dict[str, Any]:
    """Text rendered as inline Markdown."""
    return _config(label, {"type": "markdown"}, width=width, help=help, disabled=disabled,
                   required=required, pinned=pinned, alignment=alignment, default=default)


def ButtonColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                 pinned: bool | None = None, alignment: Any = None, type: Any = "secondary",
                 on_click: Any = None, args: Any = None, kwargs: Any = None,
                 key: str | None = None) -> dict[str, Any]:
    """Each cell's text as a button. wasmlit shows the buttons; clicks do not call
    ``on_click`` yet."""
    _check("type", type, ("primary", "secondary", "tertiary"))
    return _config(label, {"type": "button", "button_type": type}, width=width, help=help,
                   pinned=pinned, alignment=alignment)


def normalise(config: Any) -> dict[str, dict[str, Any]]:
    """A ``column_config`` mapping as JSON for the page: column name -> ColumnConfig dict.
    A string is a label, None hides the column, a dict is a ColumnConfig."""
    if config is None:
        return {}
    if not isinstance(config, dict):
        raise StreamlitAPIException(
            "`column_config` must be a dict mapping column names to a label, None or an "
            "`st.column_config` column.")
    out: dict[str, dict[str, Any]] = {}
    for name, conf in config.items():
        name = "_index" if name == "_index" else str(name)
        if conf is None:
            out[name] = {"hidden": True}
        elif isinstance(conf, str):
            out[name] = {"label": conf}
        elif isinstance(conf, dict):
            out[name] = {k: _iso(v) for k, v in conf.items()}
        else:
            raise StreamlitAPIException(
                f"Invalid column config for column {name!r}: {conf!r}. Use a label, None or "
                "an `st.column_config` column.")
    return out
