"""Diagrams and documents: ``st.graphviz_chart``, ``st.mermaid_chart``, ``st.echarts_chart``,
``st.pdf`` and ``st.logo``; mirrors web/src/elements/diagrams.js.

Python only checks and packs the input; the page draws it with a library loaded on first use
(Graphviz compiled to WebAssembly, Mermaid, ECharts, pdf.js), and a drawing that fails (a DOT
or Mermaid syntax error, an option ECharts rejects, a file that is no PDF) shows its error in
the element's place.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
from collections.abc import Mapping
from typing import Any

from wasmlit.delta_generator import EVENT_DG, DeltaGenerator, dg_method
from wasmlit.elements.data import DataframeState, to_table
from wasmlit.elements.media import _b64, _image_source, _read_bytes, _read_file
from wasmlit.elements.plotly_chart import _on_select, _serialize, selection_from
from wasmlit.errors import StreamlitAPIException

_HTTP = re.compile(r"^https?://", re.I)
_LAYOUT_WORDS = ("content", "stretch")


def _alt(alt: str | None) -> str | None:
    """An empty or blank ``alt`` means no description, as in Streamlit 1.67."""
    return alt.strip() if isinstance(alt, str) and alt.strip() else None


def _dimension(value: Any, name: str, allowed: tuple[str, ...] = _LAYOUT_WORDS) -> Any:
    if isinstance(value, bool) or not (value in allowed or (isinstance(value, int) and value > 0)):
        raise StreamlitAPIException(
            f"Invalid {name} value: {value!r}. {name.capitalize()} must be a positive integer "
            f"(pixels) or one of {', '.join(repr(a) for a in allowed)}.")
    return value


# ---- Graphviz -----------------------------------------------------------------------------


def _is_graphviz(obj: Any) -> bool:
    return (type(obj).__module__ or "").split(".", 1)[0] == "graphviz" and hasattr(obj, "source")


@dg_method
def graphviz_chart(self: DeltaGenerator, figure_or_dot: Any,
                   use_container_width: bool | None = None, *, width: Any = "content",
                   height: Any = "content", alt: str | None = None) -> DeltaGenerator:
    """A graph from a DOT string or a ``graphviz`` Graph/Digraph/Source (``st.graphviz_chart``),
    laid out in the page by Graphviz (WebAssembly) with the object's engine."""
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    width = _dimension(width, "width")
    height = _dimension(height, "height")
    if _is_graphviz(figure_or_dot):
        dot, engine = str(figure_or_dot.source), str(getattr(figure_or_dot, "engine", "dot"))
    elif isinstance(figure_or_dot, str):
        dot, engine = figure_or_dot, "dot"
    else:
        raise StreamlitAPIException(
            f"st.graphviz_chart cannot draw an object of type `{type(figure_or_dot).__name__}`: "
            "pass a DOT string, or a graphviz.Graph, graphviz.Digraph or graphviz.Source.")
    return self._enqueue("graphviz_chart", {"dot": dot, "engine": engine, "width": width,
                                            "height": height, "alt": _alt(alt)})


# ---- Mermaid ------------------------------------------------------------------------------


@dg_method
def mermaid_chart(self: DeltaGenerator, body: str, *, width: Any = "stretch",
                  alt: str | None = None) -> DeltaGenerator:
    """A Mermaid diagram (``st.mermaid_chart``), drawn in the app's light or dark theme."""
    if not isinstance(body, str):
        raise StreamlitAPIException(
            f"st.mermaid_chart expects the diagram's Mermaid source as a string, not "
            f"`{type(body).__name__}`.")
    return self._enqueue("mermaid_chart", {"body": body, "width": _dimension(width, "width"),
                                           "alt": _alt(alt)})


# ---- ECharts ------------------------------------------------------------------------------

# What core ECharts cannot draw without extensions or JavaScript (as Streamlit 1.67 refuses).
_GL = frozenset({"bar3D", "flowGL", "globe", "graphGL", "line3D", "lines3D", "linesGL", "map3D",
                 "polygons3D", "scatter3D", "scatterGL", "surface"})
_GL_COMPONENTS = frozenset({"geo3D", "globe", "grid3D", "mapbox3D", "maptalks3D"})
_EXTENSIONS = {"liquidFill": "echarts-liquidfill", "wordCloud": "echarts-wordcloud"}
#: the series types of core ECharts 6 (node_modules/echarts/lib/chart); ECharts draws nothing,
#: silently, for any other, so an unknown type is an error here
_SERIES_TYPES = frozenset({
    "bar", "boxplot", "candlestick", "chord", "custom", "effectScatter", "funnel", "gauge",
    "graph", "heatmap", "line", "lines", "map", "parallel", "pictorialBar", "pie", "radar",
    "sankey", "scatter", "sunburst", "themeRiver", "tree", "treemap"})
_JS_FUNCTION = re.compile(r"\bfunction\s*\(|=>")
_JSCODE = "--x_x--"  # how pyecharts marks JsCode in its JSON
_DEFAULT_WIDTH, _DEFAULT_HEIGHT = 700, 350
_PYECHARTS_SIZES = ("900px", "500px")  # pyecharts' InitOpts defaults: not the author's choice


def _js_error() -> StreamlitAPIException:
    return StreamlitAPIException(
        "This ECharts option holds JavaScript (a `function` or pyecharts `JsCode`), which "
        "st.echarts_chart cannot run: use JSON values only, and ECharts string templates "
        "such as \"{b}: {c}\" instead of formatter functions.")


def _has_jscode(value: Any) -> bool:
    if isinstance(value, str):
        text = value.strip()
        return len(text) > 2 * len(_JSCODE) and text.startswith(_JSCODE) and text.endswith(_JSCODE)
    if isinstance(value, dict):
        return any(_has_jscode(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return any(_has_jscode(v) for v in value)
    return False


def _parse_option(raw: str) -> Any:
    try:
        option = json.loads(raw)
    except ValueError as exc:
        if _JS_FUNCTION.search(raw[getattr(exc, "pos", 0):]):
            raise _js_error() from exc
        raise StreamlitAPIException(
            f"This ECharts option is not valid JSON ({exc}); st.echarts_chart takes a dict, a "
            "JSON string or a pyecharts chart.") from exc
    if _has_jscode(option):
        raise _js_error()
    return option


def _variants(option: dict[str, Any]) -> list[dict[str, Any]]:
    """The option and the options nested in it (media queries, baseOption, timeline)."""
    found = [option]
    for holder in (option, option.get("baseOption")):
        if not isinstance(holder, dict):
            continue
        if holder is not option:
            found.append(holder)
        for entry in holder.get("media") or []:
            if isinstance(entry, dict) and isinstance(entry.get("option"), dict):
                found.append(entry["option"])
    for entry in option.get("options") or []:
        if isinstance(entry, dict):
            found.append(entry)
    return found


def _series(option: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for variant in _variants(option):
        series = variant.get("series")
        items = [series] if isinstance(series, dict) else series if isinstance(series, list) else []
        out.extend(s for s in items if isinstance(s, dict))
    return out


def _check_features(option: dict[str, Any]) -> None:
    geo = any("geo" in v for v in _variants(option))
    for variant in _variants(option):
        gl = sorted(_GL_COMPONENTS & variant.keys())
        if gl:
            raise StreamlitAPIException(
                f"This ECharts option uses `{gl[0]}`, which needs the ECharts GL extension: "
                "st.echarts_chart draws no 3D or WebGL charts.")
    for series in _series(option):
        kind = series.get("type")
        if kind in _GL:
            raise StreamlitAPIException(
                f"This ECharts option has a `{kind}` series, which needs the ECharts GL "
                "extension: st.echarts_chart draws no 3D or WebGL charts.")
        if isinstance(kind, str) and kind in _EXTENSIONS:
            raise StreamlitAPIException(
                f"This ECharts option has a `{kind}` series, which needs the "
                f"`{_EXTENSIONS[kind]}` extension; st.echarts_chart has core ECharts only.")
        if kind == "custom":
            raise StreamlitAPIException(
                "This ECharts option has a `custom` series, which needs a JavaScript "
                "`renderItem` function; st.echarts_chart takes JSON options only.")
        if kind is not None and kind not in _SERIES_TYPES:
            raise StreamlitAPIException(
                f"This ECharts option has a series of unknown type {kind!r}; ECharts knows "
                f"{', '.join(sorted(_SERIES_TYPES - {'custom', 'map'}))}.")
        geo = geo or kind == "map" or series.get("coordinateSystem") == "geo"
    if geo:
        raise StreamlitAPIException(
            "This ECharts option uses a map or geo coordinates, which need GeoJSON map data "
            "registered in the page; st.echarts_chart draws no map charts.")


def _is_frame(obj: Any) -> bool:
    root = (type(obj).__module__ or "").split(".", 1)[0]
    return root in ("pandas", "numpy", "pyarrow", "polars") and hasattr(obj, "shape")


def _dataset_source(source: Any) -> Any:
    """A data frame in ``dataset.source`` becomes rows: a header row, then one per record."""
    if not _is_frame(source):
        return source
    table = to_table(source, precise=True)
    return [list(table.columns)] + [list(row) for row in table.rows]


def _plain(value: Any, path: str) -> Any:
    """The option as JSON; a value JSON cannot hold is named with where it is."""
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _unserializable(path, f"`{value!r}`; use None for missing numbers")
        return value
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            where = f"{path}.{k}" if path else str(k)
            out[str(k)] = _dataset_source(v) if k == "source" else v
            out[str(k)] = _plain(out[str(k)], where)
        return out
    if isinstance(value, (list, tuple)):
        return [_plain(v, f"{path}[{i}]") for i, v in enumerate(value)]
    kind = type(value)
    name = kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"
    hint = ("a callback; use an ECharts string template such as \"{b}: {c}\"" if callable(value)
            else f"a `{name}`; convert it to a plain Python value, or pass data frames in "
                 "`dataset.source`")
    raise _unserializable(path, hint)


def _unserializable(path: str, what: str) -> StreamlitAPIException:
    return StreamlitAPIException(
        f"This ECharts option cannot be sent as JSON: `{path}` is {what}.")


def _chart_size(spec: Any, attr: str, default_css: str) -> int | str | None:
    """A pyecharts chart's own width/height ("640px", "100%"), when the author set one."""
    value = getattr(spec, attr, None)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
        return int(value)
    if not isinstance(value, str) or value.strip() in ("", default_css):
        return None
    if value.strip() == "100%":
        return "stretch"
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*px\s*", value)
    return int(float(match.group(1))) or None if match else None


class EChartsState(DataframeState):
    """What a selectable ``st.echarts_chart`` returns: ``{"selection": {"selected",
    "areas"}}`` (Streamlit 1.67's shape), also readable as attributes."""


def empty_echarts_selection() -> EChartsState:
    return EChartsState(selection=EChartsState(selected=[], areas=[]))


def _echarts_selection(raw: Any) -> EChartsState:
    """The page's selection (series groups of data indices, brush areas) as EChartsState."""
    sel = selection_from(raw)
    if sel is None:
        return empty_echarts_selection()
    return EChartsState(selection=EChartsState(
        selected=[dict(group) for group in sel.get("selected", []) if isinstance(group, dict)],
        areas=[dict(area) for area in sel.get("areas", []) if isinstance(area, dict)]))


def _enables_selection(option: dict[str, Any]) -> bool:
    """Whether some series sets ``selectedMode`` or the option has a brush (a component or
    the toolbox's brush feature), in the option or any of its ``options``/``baseOption``."""
    variants = [option, option.get("baseOption")] + list(option.get("options") or [])
    for variant in variants:
        if not isinstance(variant, dict):
            continue
        series = variant.get("series")
        for one in series if isinstance(series, list) else [series]:
            if isinstance(one, dict) and one.get("selectedMode") not in (None, False):
                return True
        if variant.get("brush") is not None:
            return True
        toolboxes = variant.get("toolbox")
        for toolbox in toolboxes if isinstance(toolboxes, list) else [toolboxes]:
            if isinstance(toolbox, dict) and isinstance(toolbox.get("feature"), dict) and (
                    toolbox["feature"].get("brush") is not None):
                return True
    return False


@dg_method
def echarts_chart(self: DeltaGenerator, spec: Any, *, width: Any = "stretch",
                  height: Any = "content", theme: Any = "streamlit", key: Any = None,
                  on_select: Any = "ignore", renderer: Any = "canvas",
                  alt: str | None = None) -> Any:
    """An Apache ECharts chart (``st.echarts_chart``) from an option dict, a JSON string or a
    pyecharts chart; data frames in ``dataset.source`` become rows. With ``on_select="rerun"``
    (or a callback) it returns the selection state (EChartsState) instead of a handle."""
    width = _dimension(width, "width")
    height = _dimension(height, "height")
    if theme not in ("streamlit", None):
        raise StreamlitAPIException(
            f"Invalid theme value: {theme!r}. Use theme='streamlit' or theme=None.")
    if renderer not in ("canvas", "svg"):
        raise StreamlitAPIException(
            f"Invalid renderer value: {renderer!r}. Use renderer='canvas' or renderer='svg'.")
    selecting = _on_select(on_select)
    if isinstance(spec, str):
        option = _parse_option(spec)
    elif isinstance(spec, Mapping):
        option = dict(spec)
    elif callable(getattr(spec, "dump_options", None)):
        option = _parse_option(spec.dump_options())
    else:
        raise StreamlitAPIException(
            f"st.echarts_chart cannot draw an object of type `{type(spec).__name__}`: pass an "
            "option dict, a JSON string or a pyecharts chart.")
    if not isinstance(option, dict):
        raise StreamlitAPIException(
            f"An ECharts option must be a JSON object (a mapping), not `{type(option).__name__}`.")
    _check_features(option)
    option = _plain(option, "")
    if width == "content":
        width = _chart_size(spec, "width", _PYECHARTS_SIZES[0]) or _DEFAULT_WIDTH
    if height == "content":
        height = _chart_size(spec, "height", _PYECHARTS_SIZES[1]) or _DEFAULT_HEIGHT
    props = {"option": option, "theme": theme, "renderer": renderer, "width": width,
             "height": height, "alt": _alt(alt)}
    if not selecting:
        return self._enqueue("echarts_chart", props)
    if not _enables_selection(option):
        logging.getLogger("wasmlit").warning(
            "st.echarts_chart has on_select on, but its option enables no selection: no series "
            "sets `selectedMode` and there is no `brush` component or `toolbox.feature.brush`. "
            "The chart draws, but never returns a selection.")
    from wasmlit.state.widgets import register_widget

    id_args: dict[str, Any] = {"selecting": True}
    if key is None:
        id_args.update(option=json.dumps(option, sort_keys=True), theme=theme,
                       renderer=renderer, width=width, height=height, alt=props["alt"])
    return register_widget(
        self, "echarts_chart", label="", key=key, default=empty_echarts_selection(),
        props=props, id_args=id_args, callback=on_select if callable(on_select) else None,
        settable=False, deserialize=_echarts_selection, serialize=_serialize)


# ---- PDF ----------------------------------------------------------------------------------


@dg_method
def pdf(self: DeltaGenerator, data: Any, *, height: Any = 500, key: str | None = None,
        alt: str | None = None) -> DeltaGenerator:
    """A PDF document in a scrolling viewer (``st.pdf``): a file path, a web address, bytes
    or a file-like object. The page draws its pages with pdf.js."""
    if data is None:
        from wasmlit.errors import StreamlitMissingRequiredParameterError

        raise StreamlitMissingRequiredParameterError(
            "data", "Pass a PDF file path, a web address, bytes or a file-like object.")
    height = _dimension(height, "height", ("stretch",))
    if isinstance(data, (str, os.PathLike)):
        text = os.fspath(data).strip()
        source = {"url": text} if _HTTP.match(text) else _b64(_read_file(text, "PDF"),
                                                            "application/pdf")
    else:
        raw = _read_bytes(data)
        if raw is None:
            raise StreamlitAPIException(
                f"st.pdf cannot show an object of type `{type(data).__name__}`: pass a file path "
                "or web address (str, Path), bytes or a file-like object.")
        source = _b64(raw, "application/pdf")
    return self._enqueue("pdf", {"source": source, "height": height, "alt": _alt(alt)})


# ---- logo ---------------------------------------------------------------------------------


def _logo_image(image: Any, what: str) -> dict[str, str]:
    if isinstance(image, str) and image.startswith(":material/") and image.endswith(":"):
        return {"icon": image}
    try:
        return _image_source(image, False, "RGB", "auto")
    except StreamlitAPIException as exc:
        raise StreamlitAPIException(
            f"The {what} passed to st.logo cannot be shown: {exc} It must be an image (a path, "
            "a web address, bytes, a PIL image or an array) or a Material icon such as "
            "':material/home:'.") from exc


def logo(image: Any, *, size: Any = "medium", link: str | None = None,
         icon_image: Any = None) -> None:
    """The app's logo (``st.logo``): at the top of the sidebar, or at the top left of the page
    when there is no sidebar or it is collapsed (then ``icon_image``, when given)."""
    if not isinstance(size, str) or size.lower() not in ("small", "medium", "large"):
        raise StreamlitAPIException(
            f"Invalid size value: {size!r}. Use 'small', 'medium' or 'large'.")
    if link and not _HTTP.match(str(link)):
        raise StreamlitAPIException(
            f"Invalid link: {link!r}. st.logo links must be http:// or https:// addresses.")
    props = {"image": _logo_image(image, "image"),
             "icon_image": _logo_image(icon_image, "icon_image") if icon_image else None,
             "size": size.lower(), "link": link or None}
    # Not an element of the page's flow: it goes with the toasts (the event root), and the
    # page places it in the sidebar or the header.
    EVENT_DG._enqueue("logo", props)
