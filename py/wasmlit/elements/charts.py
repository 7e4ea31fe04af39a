"""Charts: line/area/bar/scatter charts, ``st.vega_lite_chart`` and ``st.altair_chart``.

Every chart becomes one ``vega_lite`` element whose ``spec`` is a Vega-Lite spec with its data
inlined; the page renders it with vega-embed (loaded only when a page has a chart). Mirrors
web/src/elements/charts.js.
"""

from __future__ import annotations

import math
import re
from typing import Any, Sequence

from wasmlit.delta_generator import DeltaGenerator, dg_method
from wasmlit.elements.data import Table, cell, to_table
from wasmlit.errors import StreamlitAPIException

SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"
DEFAULT_HEIGHT = 350
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)?)?$")
# Streamlit-like names for the long (melted) form of wide data.
SERIES, VALUE = "color", "value"


def _field(name: str) -> str:
    """A column name as a Vega-Lite field (dots and brackets would mean nested access)."""
    return re.sub(r"([.\[\]\\])", r"\\\1", name)


def plain(obj: Any) -> Any:
    """A spec as plain JSON: NaN becomes null, numpy/pandas scalars become numbers or text,
    data frames inside the spec become lists of records."""
    if isinstance(obj, dict):
        return {str(k): plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [plain(v) for v in obj]
    if isinstance(obj, float) and (math.isnan(obj) or math.isinf(obj)):
        return None
    if obj is None or isinstance(obj, (bool, int, float, str)):
        return obj
    if type(obj).__module__.startswith(("pandas", "numpy")) and hasattr(obj, "ndim"):
        return records(to_table(obj, precise=True))
    return cell(obj)


def records(table: Table, with_index: str | None = None) -> list[dict[str, Any]]:
    out = []
    for i, row in enumerate(table.rows):
        rec = dict(zip(table.columns, row))
        if with_index is not None:
            rec[with_index] = table.index[i] if i < len(table.index) else i
        out.append(rec)
    return out


def _vl_type(values: list[Any], *, bar_axis: bool = False) -> str:
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, str) and _DATE.match(v) for v in present):
        return "temporal"
    if present and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return "ordinal" if bar_axis else "quantitative"
    return "nominal"


def _color_value(c: Any) -> str:
    if isinstance(c, str):
        return c
    if isinstance(c, (list, tuple)) and len(c) in (3, 4):
        nums = [int(v) if isinstance(v, int) else round(float(v) * 255) for v in c[:3]]
        alpha = f", {c[3]}" if len(c) == 4 else ""
        return f"rgb{'a' if alpha else ''}({nums[0]}, {nums[1]}, {nums[2]}{alpha})"
    raise StreamlitAPIException(f"Invalid color: {c!r}.")


def _size(value: Any, name: str, allowed: tuple[str, ...]) -> Any:
    if isinstance(value, bool) or not (value in allowed or (isinstance(value, int) and value > 0)):
        raise StreamlitAPIException(
            f"Invalid {name} value: {value!r}. {name.capitalize()} must be a positive integer "
            f"or one of {', '.join(repr(a) for a in allowed)}.")
    return value


def _simple_chart(dg: DeltaGenerator, chart: str, data: Any, *, x: str | None, y: Any,
                  x_label: str | None, y_label: str | None, color: Any, width: Any,
                  height: Any, use_container_width: bool | None, stack: Any = None,
                  horizontal: bool = False, sort: Any = True, size: Any = None,
                  alt: str | None = None) -> DeltaGenerator:
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    width = _size(width, "width", ("stretch", "content"))
    height = _size(height, "height", ("content", "stretch"))
    table = to_table(data, precise=True)
    columns = table.columns

    def check(name: Any, what: str) -> None:
        if name is not None and name not in columns:
            raise StreamlitAPIException(
                f"{what} column {name!r} is not in the data (columns: {', '.join(columns)}).")

    check(x, "x")
    color_col = color if isinstance(color, str) and color in columns else None
    size_col = size if isinstance(size, str) else None
    check(size_col, "size")
    ys = [y] if isinstance(y, str) else (list(y) if y is not None else
                                        [c for c in columns if c not in (x, color_col, size_col)])
    for name in ys:
        check(name, "y")
    x_field = x if x is not None else (table.index_name or "index")
    rows = records(table, with_index=None if x is not None else x_field)
    bar = chart == "bar"

    enc: dict[str, Any] = {}
    x_values = [r.get(x_field) for r in rows]
    enc["x"] = {"field": _field(x_field), "type": _vl_type(x_values, bar_axis=bar),
                "title": x_label if x_label is not None else x_field}
    melted = len(ys) != 1
    if not melted and isinstance(color, list) and len(color) == 1:
        color = color[0]
    if melted and color_col is not None:
        raise StreamlitAPIException(
            "color cannot be a column when the chart shows more than one y column.")
    if melted:
        values: list[dict[str, Any]] = []
        for r in rows:
            base = {k: r[k] for k in (x_field, size_col) if k is not None and k in r}
            values.extend({**base, SERIES: name, VALUE: r.get(name)} for name in ys)
        y_field, y_title = VALUE, (y_label if y_label is not None else "")
        enc["color"] = {"field": SERIES, "type": "nominal", "title": ""}
        if color is not None and color_col is None:
            colors = [color] if isinstance(color, str) else list(color)
            if len(colors) != len(ys):
                raise StreamlitAPIException(
                    f"The chart has {len(ys)} y columns but {len(colors)} colors were given.")
            enc["color"]["scale"] = {"domain": ys, "range": [_color_value(c) for c in colors]}
    else:
        values = rows
        y_field = ys[0]
        y_title = y_label if y_label is not None else y_field
        if color_col is not None:
            enc["color"] = {"field": _field(color_col),
                            "type": "quantitative" if table.types[columns.index(color_col)]
                            == "number" and chart == "scatter" else "nominal",
                            "title": color_col}
    y_type = _vl_type([v.get(y_field) for v in values])
    enc["y"] = {"field": _field(y_field), "type": y_type, "title": y_title}
    mark: dict[str, Any] = {"type": {"line": "line", "area": "area", "bar": "bar",
                                     "scatter": "circle"}[chart], "tooltip": True}
    if color is not None and color_col is None and not melted:
        mark["color"] = _color_value(color)
    if chart == "area":
        mark["opacity"] = 0.7 if stack is False or stack == "layered" else 1
    if chart in ("area", "bar"):
        _stack(enc, stack, melted or color_col is not None, bar, horizontal)
    if chart == "scatter":
        if size_col is not None:
            enc["size"] = {"field": _field(size_col), "type": "quantitative", "title": size_col}
        elif size is not None:
            mark["size"] = size
    if bar:
        if sort is False:
            enc["x"]["sort"] = None
        elif isinstance(sort, str):
            name = sort.lstrip("-")
            check(name, "sort")
            order = "descending" if sort.startswith("-") else "ascending"
            enc["x"]["sort"] = ({"field": _field(name), "order": order} if name != y_field else
                                ("-y" if order == "descending" else "y"))
        if horizontal:
            enc["x"], enc["y"] = enc["y"], enc["x"]
            if isinstance(enc["y"].get("sort"), str):
                enc["y"]["sort"] = enc["y"]["sort"].replace("y", "x")
            if "xOffset" in enc:
                enc["yOffset"] = enc.pop("xOffset")
    spec = {"$schema": SCHEMA, "data": {"values": values}, "mark": mark, "encoding": enc}
    if alt:
        spec["description"] = alt
    return dg._enqueue("vega_lite", {"chart": chart, "spec": plain(spec), "theme": "streamlit",
                                      "width": width, "height": height, "alt": alt})


def _stack(enc: dict[str, Any], stack: Any, series: bool, bar: bool, horizontal: bool) -> None:
    if stack not in (None, True, False, "normalize", "center", "layered"):
        raise StreamlitAPIException(
            f"Invalid stack value: {stack!r}. Use True, False, 'normalize', 'center' or "
            "'layered'.")
    if stack in (None, True):
        return  # Vega-Lite stacks bars and areas by default
    if stack in ("normalize", "center"):
        enc["y"]["stack"] = stack
    elif stack is False and bar and series:
        enc["y"]["stack"] = None
        enc["xOffset"] = {"field": enc.get("color", {}).get("field", SERIES)}
    else:
        enc["y"]["stack"] = None


@dg_method
def line_chart(self: DeltaGenerator, data: Any = None, *, x: str | None = None,
               y: str | Sequence[str] | None = None, x_label: str | None = None,
               y_label: str | None = None, color: Any = None, width: Any = "stretch",
               height: Any = "content", use_container_width: bool | None = None,
               alt: str | None = None) -> DeltaGenerator:
    """A line chart (``st.line_chart``)."""
    return _simple_chart(self, "line", data, x=x, y=y, x_label=x_label, y_label=y_label,
                         color=color, width=width, height=height,
                         use_container_width=use_container_width, alt=alt)


@dg_method
def area_chart(self: DeltaGenerator, data: Any = None, *, x: str | None = None,
               y: str | Sequence[str] | None = None, x_label: str | None = None,
               y_label: str | None = None, color: Any = None, stack: Any = None,
               width: Any = "stretch", height: Any = "content",
               use_container_width: bool | None = None, alt: str | None = None) -> DeltaGenerator:
    """An area chart (``st.area_chart``)."""
    return _simple_chart(self, "area", data, x=x, y=y, x_label=x_label, y_label=y_label,
                         color=color, stack=stack, width=width, height=height,
                         use_container_width=use_container_width, alt=alt)


@dg_method
def bar_chart(self: DeltaGenerator, data: Any = None, *, x: str | None = None,
              y: str | Sequence[str] | None = None, x_label: str | None = None,
              y_label: str | None = None, color: Any = None, horizontal: bool = False,
              sort: bool | str = True, stack: Any = None, width: Any = "stretch",
              height: Any = "content", use_container_width: bool | None = None,
              alt: str | None = None) -> DeltaGenerator:
    """A bar chart (``st.bar_chart``); ``horizontal=True`` lays the bars on their side."""
    return _simple_chart(self, "bar", data, x=x, y=y, x_label=x_label, y_label=y_label,
                         color=color, horizontal=horizontal, sort=sort, stack=stack,
                         width=width, height=height, use_container_width=use_container_width,
                         alt=alt)


@dg_method
def scatter_chart(self: DeltaGenerator, data: Any = None, *, x: str | None = None,
                  y: str | Sequence[str] | None = None, x_label: str | None = None,
                  y_label: str | None = None, color: Any = None, size: Any = None,
                  width: Any = "stretch", height: Any = "content",
                  use_container_width: bool | None = None, alt: str | None = None
                  ) -> DeltaGenerator:
    """A scatter chart (``st.scatter_chart``); ``size`` is a column or a number."""
    return _simple_chart(self, "scatter", data, x=x, y=y, x_label=x_label, y_label=y_label,
                         color=color, size=size, width=width, height=height,
                         use_container_width=use_container_width, alt=alt)


_SPEC_KEYS = {"mark", "layer", "encoding", "$schema", "facet", "hconcat", "vconcat", "concat",
              "repeat", "spec", "data", "transform", "params"}


def _spec_chart(dg: DeltaGenerator, spec: dict[str, Any], data: Any, *, width: Any,
                height: Any, use_container_width: bool | None, theme: Any, on_select: Any,
                alt: str | None, chart: str) -> DeltaGenerator:
    if on_select != "ignore":
        raise StreamlitAPIException(
            f"st.{chart}: selections (on_select) are not supported by wasmlit yet; use "
            "on_select='ignore'.")
    if theme not in ("streamlit", None):
        raise StreamlitAPIException(
            f"You set theme={theme!r} while Streamlit charts only support "
            "theme='streamlit' or theme=None.")
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    if width is not None:
        _size(width, "width", ("stretch", "content"))
    height = _size(height, "height", ("content", "stretch"))
    spec = dict(spec)
    if data is not None:
        spec["data"] = {"values": records(to_table(data, precise=True))}
    elif isinstance(spec.get("data"), dict) and "values" in spec["data"] and not isinstance(
            spec["data"]["values"], (list, str)):
        spec["data"] = {**spec["data"], "values": records(to_table(spec["data"]["values"], precise=True))}
    elif spec.get("data") is not None and not isinstance(spec["data"], dict):
        spec["data"] = {"values": records(to_table(spec["data"], precise=True))}
    if isinstance(spec.get("datasets"), dict):
        spec["datasets"] = {k: v if isinstance(v, list) else records(to_table(v, precise=True))
                            for k, v in spec["datasets"].items()}
    if alt and "description" not in spec:
        spec["description"] = alt
    return dg._enqueue("vega_lite", {"chart": chart, "spec": plain(spec), "theme": theme,
                                      "width": width, "height": height, "alt": alt})


@dg_method
def vega_lite_chart(self: DeltaGenerator, data: Any = None, spec: dict[str, Any] | None = None,
                    *, width: Any = None, height: Any = "content",
                    use_container_width: bool | None = None, theme: Any = "streamlit",
                    key: Any = None, on_select: Any = "ignore", selection_mode: Any = None,
                    alt: str | None = None) -> DeltaGenerator:
    """A chart from a Vega-Lite spec (``st.vega_lite_chart``); ``data`` fills its data."""
    if spec is None and isinstance(data, dict) and _SPEC_KEYS & set(data):
        spec, data = data, None
    if not isinstance(spec, dict) or not spec:
        raise StreamlitAPIException("Vega-Lite charts need a spec: a non-empty dict.")
    return _spec_chart(self, spec, data, width=width, height=height,
                       use_container_width=use_container_width, theme=theme,
                       on_select=on_select, alt=alt, chart="vega_lite_chart")


@dg_method
def altair_chart(self: DeltaGenerator, altair_chart: Any, *, width: Any = None,
                 height: Any = "content", use_container_width: bool | None = None,
                 theme: Any = "streamlit", key: Any = None, on_select: Any = "ignore",
                 selection_mode: Any = None, alt: str | None = None) -> DeltaGenerator:
    """An Altair chart (``st.altair_chart``), rendered from its Vega-Lite spec."""
    if isinstance(altair_chart, dict):
        spec = altair_chart
    elif hasattr(altair_chart, "to_dict"):
        spec = altair_chart.to_dict()
    else:
        raise StreamlitAPIException(
            f"st.altair_chart expects an Altair chart, not {type(altair_chart).__name__}.")
    return _spec_chart(self, spec, None, width=width, height=height,
                       use_container_width=use_container_width, theme=theme,
                       on_select=on_select, alt=alt, chart="altair_chart")
