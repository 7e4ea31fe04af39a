"""Maps: ``st.map`` and ``st.pydeck_chart``; mirrors web/src/elements/maps.js.

Both become one ``deck_gl`` element whose ``spec`` is a deck.gl JSON spec (what pydeck's
``Deck.to_json()`` writes: ``initialViewState``, ``layers`` with ``@@type`` and ``@@=``
accessors); the page turns it into a deck.gl Deck with @deck.gl/json. ``st.map`` builds a
spec with one ScatterplotLayer, centred and zoomed on its points, like Streamlit.
"""

from __future__ import annotations

import json
import math
from typing import Any

from wasmlit.delta_generator import DeltaGenerator, dg_method
from wasmlit.elements.charts import _size
from wasmlit.elements.data import DataframeState, to_table
from wasmlit.elements.plotly_chart import _jsonable, _on_select, selection_from
from wasmlit.errors import StreamlitAPIException

EMPTY_VIEW = {"latitude": 0, "longitude": 0, "pitch": 0, "zoom": 1}
LAT_NAMES = ("lat", "latitude", "LAT", "LATITUDE")
LON_NAMES = ("lon", "longitude", "LON", "LONGITUDE")
DEFAULT_SIZE = 100
DEFAULT_ZOOM = 12
# Degrees of longitude that fit in the map at zoom 0, 1, 2, ... (OpenStreetMap's zoom levels).
ZOOM_SPANS = (360, 180, 90, 45, 22.5, 11.25, 5.625, 2.813, 1.406, 0.703, 0.352, 0.176, 0.088,
              0.044, 0.022, 0.011, 0.005, 0.003, 0.001, 0.0005, 0.00025)
PYDECK_SELECTION_MODES = ("single-object", "multi-object")


class PydeckState(DataframeState):
    """What a selectable ``st.pydeck_chart`` returns: ``{"selection": {"indices": {layer id:
    [index, ...]}, "objects": {layer id: [object, ...]}}}``, also readable as attributes."""


def empty_selection() -> PydeckState:
    return PydeckState(selection=PydeckState(indices={}, objects={}))


def _deserialize(raw: Any) -> PydeckState:
    sel = selection_from(raw)
    if sel is None:
        return empty_selection()
    return PydeckState(selection=PydeckState(
        indices={str(k): [int(i) for i in v] for k, v in (sel.get("indices") or {}).items()},
        objects={str(k): list(v) for k, v in (sel.get("objects") or {}).items()}))


def _zoom_for(span: float) -> int:
    for i in range(len(ZOOM_SPANS) - 1):
        if ZOOM_SPANS[i + 1] < span <= ZOOM_SPANS[i]:
            return i
    return DEFAULT_ZOOM


def _coordinate_column(columns: list[str], given: str | None, names: tuple[str, ...],
                       what: str) -> str:
    if isinstance(given, str) and given in columns:
        return given
    for name in names:
        if name in columns:
            return name
    raise StreamlitAPIException(
        f"Map data must contain a {what} column named: "
        f"{', '.join(repr(n) for n in sorted(names))}. Existing columns: "
        f"{', '.join(repr(c) for c in columns)}")


def to_rgba(color: Any) -> list[int]:
    """A colour as deck.gl's [r, g, b, a] (0-255): hex text, or a tuple of ints 0-255 or
    floats 0.0-1.0."""
    if isinstance(color, str):
        text = color.strip().lstrip("#")
        if len(text) in (3, 4):
            text = "".join(c * 2 for c in text)
        if len(text) in (6, 8):
            try:
                parts = [int(text[i:i + 2], 16) for i in range(0, len(text), 2)]
            except ValueError:
                parts = []
            if parts:
                return parts + [255] * (4 - len(parts))
    elif isinstance(color, (list, tuple)) and len(color) in (3, 4) and all(
            isinstance(c, (int, float)) and not isinstance(c, bool) for c in color):
        floats = any(isinstance(c, float) for c in color)
        scale = 255 if floats and all(0 <= c <= 1 for c in color) else 1
        parts = [max(0, min(255, round(c * scale))) for c in color]
        return parts + [255] * (4 - len(parts))
    raise StreamlitAPIException(
        f"Invalid color: {color!r}. Use a hex string such as '#ffaa00' or an RGB(A) tuple.")


def map_spec(data: Any, latitude: str | None, longitude: str | None, color: Any, size: Any,
             zoom: int | None) -> dict[str, Any]:
    table = to_table(data)
    if not table.rows:
        return {"initialViewState": dict(EMPTY_VIEW)}
    columns = table.columns
    lat = _coordinate_column(columns, latitude, LAT_NAMES, "latitude")
    lon = _coordinate_column(columns, longitude, LON_NAMES, "longitude")
    size_col = size if isinstance(size, str) and size in columns else None
    color_col = color if isinstance(color, str) and color in columns else None
    used = sorted({c for c in (lat, lon, size_col, color_col) if c is not None})
    rows = [dict(zip(columns, r)) for r in table.rows]
    for name in (lat, lon):
        if any(not isinstance(r[name], (int, float)) or isinstance(r[name], bool)
               or math.isnan(r[name]) for r in rows):
            raise StreamlitAPIException(
                f"Column {name} is not allowed to contain null values, such as NaN, NaT, or "
                "None." if any(r[name] is None or r[name] != r[name] for r in rows) else
                f"Column {name} must hold numbers.")
    records = [{c: r[c] for c in used} for r in rows]
    if color_col is not None:
        try:
            for rec in records:
                rec[color_col] = to_rgba(rec[color_col])
        except StreamlitAPIException:
            raise StreamlitAPIException(
                f'Column "{color_col}" does not appear to contain valid colors.') from None
        fill: Any = f"@@={color_col}"
    elif color is None or (isinstance(color, str) and color.lower() == "primary"):
        fill = "primary"  # the page fills in the theme's primary colour
    else:
        fill = to_rgba(color)
    if size_col is not None:
        radius: Any = f"@@={size_col}"
    elif size is None:
        radius = DEFAULT_SIZE
    elif isinstance(size, (int, float)) and not isinstance(size, bool):
        radius = size
    else:
        raise StreamlitAPIException(
            f"Invalid size: {size!r}. Use a number (meters) or the name of a column.")
    lats, lons = [r[lat] for r in rows], [r[lon] for r in rows]
    if zoom is None:
        zoom = _zoom_for(max(abs(max(lats) - min(lats)), abs(max(lons) - min(lons))))
    return {
        "initialViewState": {"latitude": (max(lats) + min(lats)) / 2.0,
                             "longitude": (max(lons) + min(lons)) / 2.0,
                             "pitch": 0, "zoom": zoom},
        "layers": [{"@@type": "ScatterplotLayer", "getPosition": f"@@=[{lon}, {lat}]",
                    "getRadius": radius, "radiusMinPixels": 3, "radiusUnits": "meters",
                    "getFillColor": fill, "data": records}],
    }


def _sizes(width: Any, height: Any, use_container_width: bool | None) -> tuple[Any, Any]:
    if use_container_width:
        width = "stretch"
    return _size(width, "width", ("stretch",)), _size(height, "height", ("stretch",))


def _alt(alt: str | None) -> str | None:
    return alt.strip() if isinstance(alt, str) and alt.strip() else None


@dg_method
def map(self: DeltaGenerator, data: Any = None, *, latitude: str | None = None,
        longitude: str | None = None, color: Any = None, size: Any = None,
        zoom: int | None = None, width: Any = "stretch", height: Any = 500,
        use_container_width: bool | None = None, alt: str | None = None) -> DeltaGenerator:
    """A map with a dot per row (``st.map``), centred and zoomed to fit the points."""
    width, height = _sizes(width, height, use_container_width)
    spec = map_spec(data, latitude, longitude, color, size, zoom)
    return self._enqueue("deck_gl", {"spec": _jsonable(spec), "tooltip": None, "width": width,
                                     "height": height, "alt": _alt(alt), "chart": "map"})


def _deck_json(deck: Any) -> tuple[dict[str, Any], Any]:
    """A pydeck Deck's spec (pydeck writes layer data frames as records) and tooltip."""
    spec = json.loads(deck.to_json())
    tooltip = getattr(getattr(deck, "deck_widget", None), "tooltip", None)
    if not isinstance(tooltip, (dict, bool)):
        tooltip = getattr(deck, "_tooltip", None)
    return spec, tooltip if isinstance(tooltip, (dict, bool)) else None


@dg_method
def pydeck_chart(self: DeltaGenerator, pydeck_obj: Any = None, *, width: Any = "stretch",
                 use_container_width: bool | None = None, height: Any = 500,
                 selection_mode: str = "single-object", on_select: Any = "ignore",
                 key: Any = None, alt: str | None = None) -> Any:
    """A deck.gl chart from a pydeck ``Deck`` (``st.pydeck_chart``). With ``on_select`` it
    returns the selection state (picked objects per layer id)."""
    width, height = _sizes(width, height, use_container_width)
    if pydeck_obj is None:
        spec, tooltip = {"initialViewState": dict(EMPTY_VIEW)}, None
    elif isinstance(pydeck_obj, dict):
        spec, tooltip = pydeck_obj, pydeck_obj.get("tooltip")
    elif hasattr(pydeck_obj, "to_json"):
        spec, tooltip = _deck_json(pydeck_obj)
    else:
        raise StreamlitAPIException(
            f"st.pydeck_chart expects a pydeck Deck, not {type(pydeck_obj).__name__}.")
    props: dict[str, Any] = {"spec": _jsonable(spec), "tooltip": _jsonable(tooltip),
                             "width": width, "height": height, "alt": _alt(alt),
                             "chart": "pydeck_chart"}
    if not _on_select(on_select):
        return self._enqueue("deck_gl", props)
    if not isinstance(selection_mode, str):
        raise StreamlitAPIException(
            f"Invalid selection_mode: {selection_mode!r}. Selection mode must be a single "
            "value: 'single-object' or 'multi-object'.")
    if selection_mode not in PYDECK_SELECTION_MODES:
        raise StreamlitAPIException(
            f"Invalid selection_mode: {selection_mode!r}. Use 'single-object' or "
            "'multi-object'.")
    from wasmlit.state.widgets import register_widget

    props["selection_mode"] = selection_mode
    return register_widget(
        self, "deck_gl", label="", key=key, default=empty_selection(), props=props,
        id_args={"selection_mode": selection_mode} if key is not None else {
            "selection_mode": selection_mode, "spec": json.dumps(props["spec"], sort_keys=True),
            "alt": props["alt"]},
        callback=on_select if callable(on_select) else None, settable=False,
        deserialize=_deserialize, serialize=lambda state: json.loads(json.dumps(state)))
