"""``st.plotly_chart``: a Plotly figure drawn by plotly.js; mirrors web/src/elements/plotly.js.

The figure crosses to the page as plain JSON (``{"data": [...], "layout": {...}}``). A figure
from the ``plotly`` package is serialised by plotly itself (numpy arrays become its typed-array
form, which plotly.js decodes); a plain dict or list of traces needs no package. With
``on_select`` the chart is a widget whose value is Streamlit's selection state.
"""

from __future__ import annotations

import json
import math
from typing import Any, Iterable

from wasmlit.delta_generator import DeltaGenerator, dg_method
from wasmlit.elements.charts import _size
from wasmlit.elements.data import DataframeState
from wasmlit.errors import StreamlitAPIException

SELECTION_MODES = ("box", "lasso", "points")
# What plotly.js draws when a figure names no size (Streamlit resolves "content" to these).
CONTENT_WIDTH, CONTENT_HEIGHT = 700, 450


class PlotlyState(DataframeState):
    """What a selectable ``st.plotly_chart`` returns: ``{"selection": {"points",
    "point_indices", "box", "lasso"}}``, also readable as attributes."""


def empty_selection() -> PlotlyState:
    return PlotlyState(selection=PlotlyState(points=[], point_indices=[], box=[], lasso=[]))


def selection_from(raw: Any) -> dict[str, Any] | None:
    """The ``selection`` dict of a chart's value from the page (JSON text or a dict), or None
    when there is none (shared by the charts that take ``on_select``)."""
    if isinstance(raw, str):
        raw = json.loads(raw)
    if not isinstance(raw, dict) or not isinstance(raw.get("selection"), dict):
        return None
    return raw["selection"]


def _deserialize(raw: Any) -> PlotlyState:
    sel = selection_from(raw)
    if sel is None:
        return empty_selection()
    return PlotlyState(selection=PlotlyState(
        points=[PlotlyState(p) if isinstance(p, dict) else p for p in sel.get("points", [])],
        point_indices=list(sel.get("point_indices", [])),
        box=list(sel.get("box", [])), lasso=list(sel.get("lasso", []))))


def _serialize(state: Any) -> dict[str, Any]:
    return json.loads(json.dumps(state, default=str))


def _jsonable(obj: Any) -> Any:
    """Plain JSON for a figure built without plotly: numpy/pandas values become lists and
    numbers, NaN becomes null, dates become ISO text."""
    if isinstance(obj, dict):
        return {str(k): _jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_jsonable(v) for v in obj]
    if isinstance(obj, float):
        return None if math.isnan(obj) or math.isinf(obj) else obj
    if obj is None or isinstance(obj, (bool, int, str)):
        return obj
    if hasattr(obj, "tolist"):  # numpy arrays and scalars, pandas Series/Index
        return _jsonable(obj.tolist())
    if hasattr(obj, "isoformat"):
        return obj.isoformat()
    if hasattr(obj, "to_plotly_json"):
        return _jsonable(obj.to_plotly_json())
    return str(obj)


def _is_plotly(obj: Any) -> bool:
    return type(obj).__module__.split(".")[0] == "plotly" or (
        isinstance(obj, (list, tuple)) and bool(obj) and all(_is_plotly(v) for v in obj))


def to_figure(figure_or_data: Any) -> dict[str, Any]:
    """The figure as plain JSON, ``{"data": [...], "layout": {...}}``."""
    kind = type(figure_or_data)
    if kind.__module__.startswith("matplotlib") and kind.__name__ == "Figure":
        import plotly.tools

        figure_or_data = plotly.tools.mpl_to_plotly(figure_or_data)
    if _is_plotly(figure_or_data):
        import plotly.io
        import plotly.tools

        fig = plotly.tools.return_figure_from_figure_or_data(figure_or_data,
                                                             validate_figure=True)
        out = json.loads(plotly.io.to_json(fig, validate=False))
    elif isinstance(figure_or_data, dict):
        out = _jsonable(figure_or_data)
        if "data" not in out and "layout" not in out:
            if out.get("type") is None:
                raise StreamlitAPIException(
                    "A Plotly figure as a dict needs a 'data' list of traces and/or a "
                    "'layout' dict, e.g. {'data': [{'type': 'bar', 'y': [1, 2]}]}.")
            out = {"data": [out]}  # a single trace
    elif isinstance(figure_or_data, (list, tuple)):
        out = {"data": _jsonable(list(figure_or_data))}
    else:
        raise StreamlitAPIException(
            f"st.plotly_chart expects a Plotly figure, a dict figure ({{'data': [...], "
            f"'layout': {{...}}}}) or a list of traces, not {kind.__name__}.")
    data, layout = out.get("data", []), out.get("layout", {})
    if not isinstance(data, list) or not all(isinstance(t, dict) for t in data):
        raise StreamlitAPIException("A Plotly figure's 'data' must be a list of trace dicts.")
    if not isinstance(layout, dict):
        raise StreamlitAPIException("A Plotly figure's 'layout' must be a dict.")
    return {**out, "data": data, "layout": layout}


def _on_select(on_select: Any) -> bool:
    """Whether selections are on; raise for what Streamlit refuses."""
    if on_select == "ignore":
        return False
    if on_select == "rerun" or callable(on_select):
        return True
    raise StreamlitAPIException(
        f"You have passed {on_select!r} to `on_select`. But only 'ignore', 'rerun', or a "
        "callable is supported.")


def selection_modes(selection_mode: Any) -> list[str]:
    modes = {selection_mode} if isinstance(selection_mode, str) else set(selection_mode)
    if not modes or not modes <= set(SELECTION_MODES):
        raise StreamlitAPIException(
            f"Invalid selection_mode: {selection_mode!r}. Use one or more of 'box', 'lasso' "
            "and 'points'.")
    return sorted(modes)


def _resolved(value: Any, layout_value: Any, default: int) -> Any:
    if value != "content":
        return value
    if isinstance(layout_value, (int, float)) and not isinstance(layout_value, bool) and (
            layout_value > 0):
        return int(layout_value)
    return default


@dg_method
def plotly_chart(self: DeltaGenerator, figure_or_data: Any,
                 use_container_width: bool | None = None, *, width: Any = "stretch",
                 height: Any = "content", theme: Any = "streamlit", key: Any = None,
                 on_select: Any = "ignore",
                 selection_mode: str | Iterable[str] = ("points", "box", "lasso"),
                 config: dict[str, Any] | None = None, alt: str | None = None) -> Any:
    """A Plotly chart (``st.plotly_chart``). With ``on_select="rerun"`` (or a callback) it
    returns the selection state instead of a handle."""
    if use_container_width is not None:
        if use_container_width:
            width = "stretch"
        elif not isinstance(width, int):
            width = "content"
    width = _size(width, "width", ("stretch", "content"))
    height = _size(height, "height", ("content", "stretch"))
    if theme not in ("streamlit", None):
        raise StreamlitAPIException(
            f"You set theme={theme!r} while Streamlit charts only support "
            "theme='streamlit' or theme=None.")
    if config is not None and not isinstance(config, dict):
        raise StreamlitAPIException(
            f"st.plotly_chart's config must be a dict of Plotly options, not "
            f"{type(config).__name__}.")
    selecting = _on_select(on_select)
    figure = to_figure(figure_or_data)
    alt = alt.strip() if isinstance(alt, str) and alt.strip() else None
    props: dict[str, Any] = {
        "figure": figure, "config": _jsonable(config or {}), "theme": theme,
        "width": _resolved(width, figure["layout"].get("width"), CONTENT_WIDTH),
        "height": _resolved(height, figure["layout"].get("height"), CONTENT_HEIGHT),
        "alt": alt,
    }
    if not selecting:
        return self._enqueue("plotly_chart", props)
    from wasmlit.state.widgets import register_widget

    modes = selection_modes(selection_mode)
    props["selection_mode"] = modes
    return register_widget(
        self, "plotly_chart", label="", key=key, default=empty_selection(), props=props,
        id_args={"figure": json.dumps(figure, sort_keys=True), "selection_mode": modes,
                 "theme": theme, "width": width, "height": height, "alt": alt},
        callback=on_select if callable(on_select) else None, settable=False,
        deserialize=_deserialize, serialize=_serialize)
