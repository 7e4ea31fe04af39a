"""st.metric (a big number with a delta arrow and an optional sparkline) and st.badge.

Mirrors the ``metric`` and ``badge`` renderers of web/src/elements/write.js.
"""

from __future__ import annotations

import math
import numbers
from decimal import Decimal
from typing import Any, Iterable

from wasmlit.delta_generator import DeltaGenerator, dg_method
from wasmlit.errors import StreamlitAPIException


class StreamlitValueError(StreamlitAPIException):
    """A parameter has a value the command does not support."""


class StreamlitInvalidParameterTypeError(StreamlitAPIException):
    """A parameter has a type the command does not support."""


PALETTE = ("red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "primary")
DELTA_COLORS = ("normal", "inverse", "off", *PALETTE)
DELTA_ARROWS = ("auto", "up", "down", "off")
LABEL_VISIBILITIES = ("visible", "hidden", "collapsed")
LONG_DASH = "\u2014"


def _supported(name: str, value: Any, allowed: Iterable[str]) -> None:
    if value not in allowed:
        listed = ", ".join(f"'{v}'" for v in allowed)
        raise StreamlitValueError(f"Invalid `{name}` value. Supported values: {listed}.")


def _is_number(value: Any) -> bool:
    if isinstance(value, bool):
        return True
    if isinstance(value, (numbers.Number, Decimal)):
        return True
    return type(value).__module__ == "numpy" and hasattr(value, "dtype")


def _number_text(name: str, value: Any) -> str:
    if value is None or isinstance(value, str):
        return "" if value is None else value
    if _is_number(value):
        if type(value).__module__ == "numpy" and not isinstance(value, numbers.Number):
            value = value.item()  # np.bool_; numpy's numbers print as themselves (float32 0.1)
        return str(value)
    raise StreamlitInvalidParameterTypeError(
        f"Invalid `{name}` type. Expected one of: int, float, Decimal, NumPy number. "
        f"Provided type: {type(value).__name__}. Convert the value to a number type.")


def _is_zero(delta: Any) -> bool:
    if isinstance(delta, str):
        return delta.strip() == "0"
    try:
        return bool(delta == 0)
    except Exception:
        return False


def _is_negative(delta: Any) -> bool:
    if isinstance(delta, str):
        return delta.strip().startswith("-")
    try:
        return bool(delta < 0)
    except Exception:
        return False


def _chart_values(data: Any) -> list[float]:
    if data is None:
        return []
    module = type(data).__module__ or ""
    if module.startswith("pandas") and hasattr(data, "columns"):
        data = data.iloc[:, 0] if len(data.columns) else []
    elif hasattr(data, "to_list") and not isinstance(data, (list, tuple)):
        data = data.to_list()
    elif hasattr(data, "tolist") and not isinstance(data, (list, tuple)):
        data = data.tolist()
    if isinstance(data, dict):
        data = list(data.values())
    values: list[float] = []
    for item in data:
        if isinstance(item, (list, tuple)) and len(item) == 1:
            item = item[0]
        try:
            if isinstance(item, str):
                raise ValueError(item)
            number = float(item)
        except (TypeError, ValueError):
            raise StreamlitAPIException(
                "Only numeric values are supported for chart data sequence. The value "
                f"'{item}' is of type {type(item)} and cannot be converted to float.") from None
        # Missing points (NaN, None in a float column) are left out of the sparkline: JSON
        # has no NaN, and the page would otherwise draw them as zero.
        if math.isfinite(number):
            values.append(number)
    return values


@dg_method
def metric(self: DeltaGenerator, label: str, value: Any, delta: Any = None,
           delta_color: str = "normal", *, help: str | None = None,
           icon: str | None = None, label_visibility: str = "visible", border: bool = False,
           width: str | int = "stretch", height: str | int = "content",
           chart_data: Any = None, chart_type: str = "line", delta_arrow: str = "auto",
           format: str | None = None,  # Streamlit's name
           delta_description: str | None = None) -> DeltaGenerator:
    """A number in big bold font, with how it changed (``st.metric``)."""
    body = LONG_DASH if value is None else _number_text("value", value)
    delta_text = _number_text("delta", delta).strip()
    _supported("delta_color", delta_color, DELTA_COLORS)
    _supported("label_visibility", label_visibility, LABEL_VISIBILITIES)
    _supported("delta_arrow", delta_arrow, DELTA_ARROWS)
    chart = _chart_values(chart_data)

    if delta_text == "" or _is_zero(delta):
        sign = "none"
    else:
        sign = "down" if _is_negative(delta) else "up"
    if delta_arrow == "off" or not delta_text:
        direction = "none"
    elif delta_arrow in ("up", "down"):
        direction = delta_arrow
    else:
        direction = sign
    if delta_color in PALETTE:
        color = "gray" if delta_color == "grey" else delta_color
    elif delta_color == "off" or sign == "none":
        color = "gray"
    elif delta_color == "inverse":
        color = "red" if sign == "up" else "green"
    else:
        color = "green" if sign == "up" else "red"
    return self._enqueue("metric", {
        "label": str(label), "body": body, "delta": delta_text, "direction": direction,
        "color": color, "help": None if help is None else str(help), "icon": icon,
        "label_visibility": label_visibility, "border": bool(border), "width": width,
        "height": height, "chart_data": chart, "chart_type": str(chart_type),
        "format": format, "value_is_number": value is not None and _is_number(value),
        "delta_is_number": delta is not None and _is_number(delta),
        "delta_description": None if delta_description is None else str(delta_description),
    })


@dg_method
def badge(self: DeltaGenerator, label: str, *, icon: str | None = None, color: str = "blue",
          width: str | int = "content", help: str | None = None) -> DeltaGenerator:
    """A small coloured label (``st.badge``)."""
    color = "gray" if color == "grey" else str(color)
    return self._enqueue("badge", {"label": str(label), "icon": icon, "color": color,
                                   "width": width, "help": None if help is None else str(help)})
