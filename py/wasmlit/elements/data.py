"""Data elements: ``st.dataframe`` and ``st.table``; mirrors web/src/elements/data.js.

Tabular input (dicts of lists, lists of dicts/rows/values, a single dict, pandas objects and
numpy arrays) is normalised by :func:`to_table` into plain JSON: column names, rows and an
index. pandas and numpy are never imported unless the object passed comes from them.
"""

from __future__ import annotations

import datetime as _dt
import math
import sys
from dataclasses import dataclass, field
from typing import Any, Iterable

from wasmlit.delta_generator import DeltaGenerator, dg_method
from wasmlit.errors import (StreamlitAPIException, StreamlitIncompatibleParametersError,
                             StreamlitValueError)

# Formats whose default index (0..n-1) means nothing to the user: dataframe hides it.
_NO_INDEX_FORMATS = {"records", "rows", "values", "columns", "numpy_list", "numpy_matrix",
                     "pandas_index", "pandas_array", "arrow_like"}
# Formats without real column names: table hides the header.
_NO_HEADER_FORMATS = {"key_value", "rows", "values", "numpy_list", "numpy_matrix",
                      "pandas_array"}


@dataclass
class Table:
    """A table as plain JSON-able values (what crosses to the page)."""

    columns: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)
    index: list[Any] = field(default_factory=list)
    index_name: str | None = None
    range_index: bool = True
    fmt: str = "empty"
    #: Per column: int/float/bool/datetime/text/empty, from the dtype for pandas data.
    dtypes: list[str] | None = None
    #: MultiIndex columns: one list of labels per level (the last level is the column's title).
    column_levels: list[list[str]] | None = None
    #: MultiIndex rows: one list of values per level, and each level's name.
    index_levels: list[list[Any]] | None = None
    index_names: list[str | None] | None = None
    #: From a pandas Styler: the text each cell shows, per-cell CSS, and the caption.
    display: list[list[str]] | None = None
    cell_styles: list[list[Any]] | None = None
    caption: str | None = None

    #: Per column, the Python types of its values, when known (the fast path of
    #: :func:`_plain_columns`); ``types`` and ``column_dtypes`` read them instead of the cells.
    value_types: list[set[type]] | None = field(default=None, repr=False, compare=False)

    @property
    def types(self) -> list[str]:
        """One of number/bool/datetime/text/empty per column (for alignment and charts)."""
        if self.value_types is not None:
            return [_types_kind(t) for t in self.value_types]
        out = []
        for j in range(len(self.columns)):
            kinds = {_kind(row[j]) for row in self.rows if row[j] is not None}
            out.append(kinds.pop() if len(kinds) == 1 else ("empty" if not kinds else "text"))
        return out

    @property
    def column_dtypes(self) -> list[str]:
        """int/float/... per column: the pandas dtype when known, else read off the values."""
        if self.dtypes is not None:
            return self.dtypes
        if self.value_types is not None:
            return [_types_dtype(t) for t in self.value_types]
        out = []
        for j in range(len(self.columns)):
            values = [row[j] for row in self.rows if row[j] is not None]
            if values and all(isinstance(v, bool) for v in values):
                out.append("bool")
            elif values and all(isinstance(v, (int, float)) and not isinstance(v, bool)
                                for v in values):
                out.append("float" if any(isinstance(v, float) for v in values) else "int")
            else:
                out.append("text" if values else "empty")
        return out

    def column(self, name: str) -> list[Any]:
        j = self.columns.index(name)
        return [row[j] for row in self.rows]


_JSON_SCALARS = frozenset({int, str, bool, float, type(None)})


def _types_kind(types: set[type]) -> str:
    """``Table.types`` of a column from the types of its values (None aside)."""
    kinds = {"bool" if t is bool else "number" for t in types - {type(None)}}
    if str in types:
        kinds.discard("number")
        kinds.add("text")
    return kinds.pop() if len(kinds) == 1 else ("empty" if not kinds else "text")


def _types_dtype(types: set[type]) -> str:
    """``Table.column_dtypes`` of a column from the types of its values (None aside)."""
    present = types - {type(None)}
    if not present:
        return "empty"
    if present == {bool}:
        return "bool"
    if present <= {int, float}:
        return "float" if float in present else "int"
    return "text"


def _plain_columns(cols: list[list[Any]]) -> tuple[list[list[Any]], list[set[type]]] | None:
    """Rows of columns whose values are already JSON (ints, text, bools, finite floats,
    None), without a call per cell: a large dict of lists costs a few C-level passes.
    None when a column holds anything else (then every cell goes through :func:`cell`)."""
    types = [set(map(type, c)) for c in cols]
    for col, kinds in zip(cols, types):
        if not kinds <= _JSON_SCALARS:
            return None
        if float in kinds and any(type(v) is float and (v != v or v in (math.inf, -math.inf))
                                  for v in col):
            return None
    return list(map(list, zip(*cols))), types


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "number"
    return "text"


def cell(value: Any, precise: bool = False) -> Any:
    """One value as JSON: numbers, text, bools and None; NaN/NaT/NA become None.

    Date-times read as Streamlit shows them: ``2024-01-02 03:04:05`` and, when they carry a
    time zone, its offset (``+01:00``); with ``precise`` (charts) they are ISO 8601 with
    milliseconds instead (see :func:`_iso`)."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    module = type(value).__module__
    if module.startswith(("numpy", "pandas")):
        if str(value) in ("NaT", "nan", "<NA>", "NaN"):
            return None
        if hasattr(value, "isoformat") and hasattr(value, "year"):
            return _iso(value, precise)
        if type(value).__name__ == "datetime64" and hasattr(value, "item"):
            item = value.item()
            return _iso(item, precise) if isinstance(item, _dt.date) else str(value)
        if hasattr(value, "item") and hasattr(value, "dtype"):
            return cell(value.item(), precise)
        return str(value)
    if isinstance(value, (_dt.date, _dt.time, _dt.datetime)):
        return _iso(value, precise)
    if isinstance(value, _dt.timedelta):
        return str(value)
    if isinstance(value, bytes):
        return repr(value)
    if isinstance(value, (list, tuple, set, dict)):
        return str(list(value) if isinstance(value, set) else value)
    return str(value)


def _iso(value: Any, precise: bool = False) -> str:
    """Dates as ISO text; date-times with a space and whole seconds, as Streamlit shows them.
    ``precise`` (charts): the form JavaScript's Date parses everywhere, ``T`` and
    milliseconds when there are any."""
    if isinstance(value, _dt.datetime):  # pandas Timestamps too
        if precise:
            fraction = value.microsecond or getattr(value, "nanosecond", 0)
            return str(value.isoformat(timespec="milliseconds" if fraction else "seconds"))
        return str(value.isoformat(sep=" ", timespec="seconds"))
    if isinstance(value, _dt.time):
        return str(value.isoformat(timespec="auto" if precise else "seconds"))
    return str(value.isoformat())


def _module_root(obj: Any) -> str:
    return (type(obj).__module__ or "").split(".", 1)[0]


def _is_pandas(obj: Any) -> bool:
    return type(obj).__module__.startswith("pandas") and "pandas" in sys.modules


def _is_numpy(obj: Any) -> bool:
    return type(obj).__module__ == "numpy" and type(obj).__name__ == "ndarray"


def _range(n: int) -> list[Any]:
    return list(range(n))


def _label(value: Any) -> str:
    return " / ".join(map(str, value)) if isinstance(value, tuple) else str(value)


def _dtype_kind(dtype: Any) -> str:
    import pandas as pd

    api = pd.api.types
    if isinstance(dtype, pd.CategoricalDtype):
        return _dtype_kind(dtype.categories.dtype)
    if api.is_bool_dtype(dtype):
        return "bool"
    if api.is_integer_dtype(dtype):
        return "int"
    if api.is_float_dtype(dtype):
        return "float"
    if api.is_datetime64_any_dtype(dtype):
        return "datetime"
    return "text"


def _from_pandas(obj: Any, precise: bool = False) -> Table:
    def cell_(v: Any) -> Any:
        return cell(v, precise)

    import pandas as pd  # only reached when the object came from pandas

    styler = None
    fmt = "pandas"
    if type(obj).__name__ == "Styler" and isinstance(getattr(obj, "data", None), pd.DataFrame):
        styler, obj = obj, obj.data
    if isinstance(obj, pd.Series):
        obj = obj.to_frame()
    elif isinstance(obj, pd.Index):
        obj = obj.to_frame(index=False) if isinstance(obj, pd.MultiIndex) else pd.DataFrame(obj)
        fmt = "pandas_index"
    elif isinstance(obj, pd.api.extensions.ExtensionArray):
        obj = pd.DataFrame(obj)
        fmt = "pandas_array"
    elif not isinstance(obj, pd.DataFrame):
        raise StreamlitAPIException(
            f"Cannot show an object of type `{type(obj).__name__}` as a table: pass a pandas "
            "DataFrame, Series, Index or Styler.")
    cols = obj.columns
    columns = [_label(c) for c in cols]
    column_levels = None
    if isinstance(cols, pd.MultiIndex):
        column_levels = [["" if v is None else str(v) for v in cols.get_level_values(level)]
                         for level in range(cols.nlevels)]
    rows = [[cell_(v) for v in row] for row in obj.itertuples(index=False, name=None)]
    idx = obj.index
    index_levels = index_names = None
    if isinstance(idx, pd.MultiIndex):
        index_levels = [[cell_(v) for v in idx.get_level_values(level)]
                        for level in range(idx.nlevels)]
        index_names = [None if n is None else str(n) for n in idx.names]
        index = [" / ".join("" if v is None else str(v) for v in values)
                 for values in zip(*index_levels)]
        name = " / ".join(n or "" for n in index_names) if any(index_names) else None
    else:
        index = [cell_(i) for i in idx]
        name = None if idx.name is None else str(idx.name)
    table = Table(columns, rows, index, name, isinstance(idx, pd.RangeIndex), fmt,
                  dtypes=[_dtype_kind(t) for t in obj.dtypes], column_levels=column_levels,
                  index_levels=index_levels, index_names=index_names)
    if styler is not None:
        _apply_styler(table, styler)
    return table


# CSS a Styler may set on a cell; anything else (and any value that could load or run
# something) is dropped. The page applies them with style.setProperty, never as markup.
_STYLE_PROPERTIES = frozenset({
    "color", "background-color", "background", "font-weight", "font-style", "font-size",
    "font-family", "text-align", "text-decoration", "opacity", "border", "border-color",
    "border-style", "border-width", "white-space", "text-transform",
})


def _safe_style(prop: Any, value: Any) -> list[str] | None:
    prop, value = str(prop).strip().lower(), str(value).strip()
    low = value.lower()
    if prop not in _STYLE_PROPERTIES or any(bad in low for bad in (
            "url(", "expression(", "javascript:", "<", ">", ";", "{", "}", "@import", "\\")):
        return None
    return [prop, value]


def _apply_styler(table: Table, styler: Any) -> None:
    """What a pandas Styler shows: each cell's formatted text (``Styler.format``), its CSS
    (``Styler.map``/``apply``/``highlight_*``, a safe subset) and the caption. Hidden rows and
    columns (``Styler.hide``) are not dropped."""
    try:
        styler._compute()
        translated = styler._translate(False, False)
    except Exception:  # a broken Styler still shows its data
        return
    display: list[list[str]] = []
    for r, body_row in enumerate(translated.get("body", [])):
        cells = [c for c in body_row if c.get("type") == "td"]
        if r >= len(table.rows) or len(cells) != len(table.columns):
            return  # a shape we do not understand: show the plain data
        display.append([str(c.get("display_value", "")) for c in cells])
    table.display = display
    styles: list[list[Any]] = []
    for (r, c), props in getattr(styler, "ctx", {}).items():
        safe = [s for s in (_safe_style(k, v) for k, v in props) if s is not None]
        if safe and r < len(table.rows) and c < len(table.columns):
            styles.append([int(r), int(c), safe])
    table.cell_styles = sorted(styles, key=lambda s: (s[0], s[1])) or None
    caption = getattr(styler, "caption", None)
    table.caption = None if caption is None else str(caption)


def _from_numpy(arr: Any, precise: bool = False) -> Table:
    def cell_(v: Any) -> Any:
        return cell(v, precise)

    if arr.dtype.kind in "Mm":  # datetime64/timedelta64[ns] would list as plain integers
        arr = arr.astype(arr.dtype.str[:-4] + "[us]")
    if arr.ndim == 1:
        rows = [[cell_(v)] for v in arr.tolist()]
        return Table(["value"], rows, _range(len(rows)), fmt="numpy_list")
    if arr.ndim == 2:
        rows = [[cell_(v) for v in row] for row in arr.tolist()]
        return Table([str(i) for i in range(arr.shape[1])], rows, _range(len(rows)),
                     fmt="numpy_matrix")
    raise StreamlitAPIException(f"Cannot show a {arr.ndim}-dimensional array as a table.")


def _is_sequence(value: Any) -> bool:
    return isinstance(value, (list, tuple, range)) or _is_numpy(value) or (
        _is_pandas(value) and type(value).__name__ in ("Series", "Index"))


def _seq(value: Any) -> list[Any]:
    return value.tolist() if hasattr(value, "tolist") else list(value)


def _tuple_levels(keys: list[Any]) -> list[list[str]] | None:
    """Tuple keys of equal length are column levels, as pandas makes a MultiIndex of them."""
    if keys and all(isinstance(k, tuple) for k in keys) and len({len(k) for k in keys}) == 1 \
            and len(keys[0]) > 1:
        return [[str(k[level]) for k in keys] for level in range(len(keys[0]))]
    return None


def _from_dict(data: dict[Any, Any], precise: bool = False, raw: bool = False) -> Table:
    def cell_(v: Any) -> Any:
        return v if raw else cell(v, precise)

    values = list(data.values())
    if values and all(_is_sequence(v) for v in values):
        cols = [_seq(v) for v in values]
        n = len(cols[0])
        if any(len(c) != n for c in cols):
            raise StreamlitAPIException("All columns of a table must have the same length.")
        fast = _plain_columns(cols)
        rows = fast[0] if fast else [[cell_(c[i]) for c in cols] for i in range(n)]
        return Table([_label(k) for k in data], rows, _range(n), fmt="columns",
                     column_levels=_tuple_levels(list(data)),
                     value_types=fast[1] if fast else None)
    if values and all(isinstance(v, dict) for v in values):
        index: list[Any] = []
        for v in values:
            index.extend(k for k in v if k not in index)
        rows = [[cell_(v.get(i)) for v in values] for i in index]
        return Table([str(k) for k in data], rows, [cell_(i) for i in index],
                     range_index=False, fmt="column_index")
    rows = [[cell_(v)] for v in values]
    return Table(["value"], rows, [cell_(k) for k in data], range_index=False, fmt="key_value")


def _from_list(items: list[Any], precise: bool = False, raw: bool = False) -> Table:
    def cell_(v: Any) -> Any:
        return v if raw else cell(v, precise)

    if not items:
        return Table()
    first = items[0]
    if isinstance(first, dict):
        columns: list[Any] = []
        for item in items:
            columns.extend(k for k in item if k not in columns)
        rows = [[cell_(item.get(c)) for c in columns] for item in items]
        return Table([str(c) for c in columns], rows, _range(len(rows)), fmt="records")
    if isinstance(first, (list, tuple)) or _is_numpy(first):
        seqs = [_seq(item) for item in items]
        width = max(len(s) for s in seqs)
        rows = [[cell_(s[j]) if j < len(s) else None for j in range(width)] for s in seqs]
        return Table([str(j) for j in range(width)], rows, _range(len(rows)), fmt="rows")
    rows = [[cell_(v)] for v in items]
    return Table(["value"], rows, _range(len(rows)), fmt="values")


def to_table(data: Any, precise: bool = False, raw: bool = False) -> Table:
    """Normalise anything table-like; raise StreamlitAPIException for what is not.
    ``precise`` keeps fractions of seconds in date-times (charts need them); ``raw`` keeps
    the Python values of dicts and lists as they are (``st.data_editor`` edits them)."""
    if data is None:
        return Table()
    if _is_pandas(data):
        return _from_pandas(data, precise)
    if _is_numpy(data):
        return _from_numpy(data, precise)
    if isinstance(data, dict):
        return _from_dict(data, precise, raw)
    if isinstance(data, (list, tuple, set, frozenset, range)) or type(data).__name__ in (
            "dict_keys", "dict_values", "generator"):
        return _from_list(list(data), precise, raw)
    if hasattr(data, "to_pandas") and _importable("pandas"):  # polars, pyarrow
        if _module_root(data) == "pyarrow":
            import pandas as pd

            # Arrow types as pandas dtypes: an int column with nulls stays an int column.
            frame = data.to_pandas(types_mapper=pd.ArrowDtype)
        else:
            frame = data.to_pandas()
        table = _from_pandas(frame, precise)
        table.fmt = "arrow_like"  # these have no index of their own
        return table
    raise StreamlitAPIException(
        f"Cannot show an object of type `{type(data).__name__}` as a table: pass a dict, "
        "a list of dicts, a list of rows, a pandas DataFrame or a numpy array.")


def _importable(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


def _size(value: Any, name: str, allowed: Iterable[str]) -> Any:
    if isinstance(value, bool) or not (value in allowed or (isinstance(value, int) and value > 0)):
        raise StreamlitAPIException(
            f"Invalid {name} value: {value!r}. {name.capitalize()} must be a positive integer "
            f"or one of {', '.join(repr(a) for a in allowed)}.")
    return value


def _table_props(table: Table) -> dict[str, Any]:
    props: dict[str, Any] = {
        "columns": table.columns, "types": table.types, "dtypes": table.column_dtypes,
        "rows": table.rows, "index": table.index, "index_name": table.index_name}
    # Only when present, so plain tables send what they always did.
    for name in ("column_levels", "index_levels", "index_names", "display", "cell_styles",
                 "caption"):
        if getattr(table, name) is not None:
            props[name] = getattr(table, name)
    return props


_SELECTION_MODES = ("multi-cell", "multi-column", "multi-row", "single-cell", "single-column",
                    "single-row", "single-row-required")
_ROW_MODES = {"single-row", "single-row-required", "multi-row"}


@dg_method
def dataframe(self: DeltaGenerator, data: Any = None, width: Any = "stretch",
              height: Any = "auto", *, use_container_width: bool | None = None,
              hide_index: bool | None = None, column_order: Iterable[str] | None = None,
              column_config: Any = None, key: Any = None, on_select: Any = "ignore",
              selection_mode: Any = "multi-row", selection_default: Any = None,
              row_height: int | None = None, placeholder: str | None = None,
              lazy: bool | None = None, alt: str | None = None) -> Any:
    """An interactive table on a virtualised grid (``st.dataframe``): sortable by its column
    headers, searchable, downloadable as CSV.

    With ``on_select="rerun"`` (or a callback) the user can select rows, columns and cells
    as ``selection_mode`` allows, and the command returns the selection state
    (``event.selection.rows``/``.columns``/``.cells``) instead of a handle."""
    from wasmlit import column_config as _cc

    callback = _on_select(on_select)
    selectable = on_select != "ignore"
    if selection_default is not None and not selectable:
        raise StreamlitIncompatibleParametersError(
            "selection_default", "on_select='ignore'",
            explanation="Set `on_select` to `'rerun'` or a callback to use `selection_default`.")
    modes = _selection_modes(selection_mode) if selectable else []
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    width = _size(width, "width", ("stretch", "content"))
    height = _size(height, "height", ("auto", "stretch", "content"))
    table = to_table(data)
    config = _cc.normalise(column_config)
    if hide_index is None:
        hide_index = table.fmt in _NO_INDEX_FORMATS or (
            selectable and table.range_index and bool(_ROW_MODES & set(modes)))
    if config.get("_index", {}).get("hidden"):
        hide_index = True
    order = table.columns if column_order is None else [str(c) for c in column_order]
    # Like Streamlit, names that are not columns are skipped and repeats are kept.
    order = [c for c in order if c in table.columns and not config.get(c, {}).get("hidden")]
    props = _table_props(table)
    props.update({"hide_index": bool(hide_index), "order": [table.columns.index(c) for c in order],
                  "width": width, "height": height, "row_height": row_height,
                  "placeholder": placeholder, "alt": alt})
    if config:
        props["config"] = config
    if not selectable:
        return self._enqueue("dataframe", props)
    from wasmlit.state.widgets import register_widget

    props["selection_mode"] = modes
    n = len(table.rows)

    def deserialize(raw: Any) -> DataframeState:
        return _selection(raw, modes, n, table.columns)

    default = None if selection_default is None else deserialize(selection_default)
    # A state set through st.session_state arrives as given: checked here, as Streamlit does.
    state = register_widget(
        self, "dataframe", label="", key=key, default=deserialize(default), props=props,
        id_args={"columns": table.columns, "selection_mode": modes}, callback=callback,
        deserialize=deserialize, serialize=lambda s: _wire_selection(deserialize(s)))
    return deserialize(state)


class DataframeState(dict):
    """What a selectable ``st.dataframe`` returns: ``{"selection": {"rows", "columns",
    "cells"}}``, also readable as attributes (``event.selection.rows``)."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


def _selection(raw: Any, modes: list[str], n: int, columns: list[str]) -> DataframeState:
    """The selection as Streamlit 1.67 shapes it, from the page's JSON or a state set in
    Python: rows are positions in the data, columns are names, cells are ``(row, column)``
    tuples. Entries the modes do not allow, or that name no row or column, are dropped."""
    if isinstance(raw, str):
        import json

        raw = json.loads(raw or "{}")
    raw = raw or {}
    if not isinstance(raw, dict):
        raise StreamlitAPIException(
            "Selection state must be a dictionary with a 'selection' key containing 'rows', "
            "'columns', and 'cells' arrays.")
    sel = raw.get("selection", raw)
    if not isinstance(sel, dict):
        sel = {}
    names = set(columns) | {"_index"}

    def unique(values: Any, ok: Any) -> list[Any]:
        return list(dict.fromkeys(v for v in values if ok(v))) if isinstance(
            values, (list, tuple)) else []

    rows: list[int] = []
    if _ROW_MODES & set(modes):
        rows = unique(sel.get("rows"), lambda r: isinstance(r, int)
                      and not isinstance(r, bool) and 0 <= r < n)
        if "multi-row" not in modes:
            rows = rows[:1]
    if "single-row-required" in modes and n and not rows:
        rows = [0]
    cols: list[str] = []
    if {"single-column", "multi-column"} & set(modes):
        cols = unique(sel.get("columns"), lambda c: isinstance(c, str) and c in names)
        if "multi-column" not in modes:
            cols = cols[:1]
    cells: list[tuple[int, str]] = []
    if {"single-cell", "multi-cell"} & set(modes):
        pairs = [tuple(c) for c in sel.get("cells") or [] if isinstance(c, (list, tuple))
                 and len(c) == 2]
        cells = unique(pairs, lambda c: isinstance(c[0], int) and 0 <= c[0] < n
                       and isinstance(c[1], str) and c[1] in names)
        if "multi-cell" not in modes:
            cells = cells[:1]
    return DataframeState(selection=DataframeState(rows=rows, columns=cols, cells=cells))


def _wire_selection(state: DataframeState) -> dict[str, Any]:
    sel = state["selection"]
    return {"rows": list(sel["rows"]), "columns": list(sel["columns"]),
            "cells": [list(c) for c in sel["cells"]]}


def _on_select(on_select: Any) -> Any:
    """Streamlit 1.67's check of ``on_select``: "ignore", "rerun" or a callable."""
    if callable(on_select):
        return on_select
    if isinstance(on_select, str) and on_select in ("rerun", "ignore"):
        return None
    raise StreamlitValueError("on_select", ["'rerun'", "'ignore'", "a callback function"])


def _selection_modes(selection_mode: Any) -> list[str]:
    """The modes, checked and sorted as Streamlit 1.67 does (one row mode at most, not both
    column modes, not both cell modes)."""
    given = {selection_mode} if isinstance(selection_mode, str) else set(selection_mode)
    if not given <= set(_SELECTION_MODES):
        raise StreamlitValueError("selection_mode", [f"'{m}'" for m in _SELECTION_MODES])
    rows = sorted(given & _ROW_MODES)
    if len(rows) > 1:
        raise StreamlitIncompatibleParametersError(
            *(f"selection_mode='{m}'" for m in rows),
            explanation="Only one row selection mode can be specified.")
    for kind in ("column", "cell"):
        if {f"single-{kind}", f"multi-{kind}"} <= given:
            raise StreamlitIncompatibleParametersError(
                f"selection_mode='single-{kind}'", f"selection_mode='multi-{kind}'")
    return sorted(given)


@dg_method
def table(self: DeltaGenerator, data: Any = None, *, border: bool | str = True,
          width: Any = "stretch", height: Any = "content", hide_index: bool | None = None,
          hide_header: bool | None = None, alt: str | None = None) -> DeltaGenerator:
    """A static table (``st.table``)."""
    if border not in (True, False, "horizontal"):
        raise StreamlitAPIException(
            f"Invalid border value: {border!r}. Border must be True, False or 'horizontal'.")
    width = _size(width, "width", ("stretch", "content"))
    height = _size(height, "height", ("content", "stretch"))
    table_ = to_table(data)
    if hide_index is None:
        hide_index = table_.range_index and table_.fmt != "empty"
    if hide_header is None:
        hide_header = table_.fmt in _NO_HEADER_FORMATS
    props = _table_props(table_)
    props.update({"hide_index": bool(hide_index), "hide_header": bool(hide_header),
                  "border": border, "width": width, "height": height, "alt": alt})
    return self._enqueue("table", props)
