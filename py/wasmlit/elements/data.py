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
from wasmlit.errors import StreamlitAPIException

# Formats whose default index (0..n-1) means nothing to the user: dataframe hides it.
_NO_INDEX_FORMATS = {"records", "rows", "values", "columns", "numpy_list", "numpy_matrix"}
# Formats without real column names: table hides the header.
_NO_HEADER_FORMATS = {"key_value", "rows", "values", "numpy_list", "numpy_matrix"}


@dataclass
class Table:
    """A table as plain JSON-able values (what crosses to the page)."""

    columns: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)
    index: list[Any] = field(default_factory=list)
    index_name: str | None = None
    range_index: bool = True
    fmt: str = "empty"

    @property
    def types(self) -> list[str]:
        """One of number/bool/datetime/text/empty per column (for alignment and charts)."""
        out = []
        for j in range(len(self.columns)):
            kinds = {_kind(row[j]) for row in self.rows if row[j] is not None}
            out.append(kinds.pop() if len(kinds) == 1 else ("empty" if not kinds else "text"))
        return out

    def column(self, name: str) -> list[Any]:
        j = self.columns.index(name)
        return [row[j] for row in self.rows]


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "number"
    return "text"


def cell(value: Any) -> Any:
    """One value as JSON: numbers, text, bools and None; NaN/NaT become None."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    module = type(value).__module__
    if module.startswith(("numpy", "pandas")):
        if str(value) in ("NaT", "nan", "<NA>"):
            return None
        if hasattr(value, "isoformat"):
            return _iso(value)
        if hasattr(value, "item"):
            return cell(value.item())
    if isinstance(value, (_dt.date, _dt.time, _dt.datetime)):
        return _iso(value)
    if isinstance(value, _dt.timedelta):
        return str(value)
    if isinstance(value, bytes):
        return repr(value)
    if isinstance(value, (list, tuple, set, dict)):
        return str(list(value) if isinstance(value, set) else value)
    return str(value)


def _iso(value: Any) -> str:
    """Dates as ISO text; date-times with a space, as Streamlit shows them."""
    try:
        return str(value.isoformat(sep=" "))
    except TypeError:  # dates and times take no separator
        return str(value.isoformat())


def _is_pandas(obj: Any) -> bool:
    return type(obj).__module__.startswith("pandas") and "pandas" in sys.modules


def _is_numpy(obj: Any) -> bool:
    return type(obj).__module__ == "numpy" and type(obj).__name__ == "ndarray"


def _range(n: int) -> list[Any]:
    return list(range(n))


def _from_pandas(obj: Any) -> Table:
    import pandas as pd  # only reached when the object came from pandas

    if hasattr(obj, "data") and type(obj).__name__ == "Styler":
        obj = obj.data
    if isinstance(obj, pd.Series):
        obj = obj.to_frame()
    elif not isinstance(obj, pd.DataFrame):
        obj = pd.DataFrame(obj)
    columns = [" / ".join(map(str, c)) if isinstance(c, tuple) else str(c) for c in obj.columns]
    rows = [[cell(v) for v in row] for row in obj.itertuples(index=False, name=None)]
    index = [cell(" / ".join(map(str, i)) if isinstance(i, tuple) else i) for i in obj.index]
    name = obj.index.name
    return Table(columns, rows, index, None if name is None else str(name),
                 isinstance(obj.index, pd.RangeIndex), "pandas")


def _from_numpy(arr: Any) -> Table:
    if arr.ndim == 1:
        rows = [[cell(v)] for v in arr.tolist()]
        return Table(["value"], rows, _range(len(rows)), fmt="numpy_list")
    if arr.ndim == 2:
        rows = [[cell(v) for v in row] for row in arr.tolist()]
        return Table([str(i) for i in range(arr.shape[1])], rows, _range(len(rows)),
                     fmt="numpy_matrix")
    raise StreamlitAPIException(f"Cannot show a {arr.ndim}-dimensional array as a table.")


def _is_sequence(value: Any) -> bool:
    return isinstance(value, (list, tuple, range)) or _is_numpy(value) or (
        _is_pandas(value) and type(value).__name__ in ("Series", "Index"))


def _seq(value: Any) -> list[Any]:
    return value.tolist() if hasattr(value, "tolist") else list(value)


def _from_dict(data: dict[Any, Any]) -> Table:
    values = list(data.values())
    if values and all(_is_sequence(v) for v in values):
        cols = [_seq(v) for v in values]
        n = len(cols[0])
        if any(len(c) != n for c in cols):
            raise StreamlitAPIException("All columns of a table must have the same length.")
        rows = [[cell(c[i]) for c in cols] for i in range(n)]
        return Table([str(k) for k in data], rows, _range(n), fmt="columns")
    if values and all(isinstance(v, dict) for v in values):
        index: list[Any] = []
        for v in values:
            index.extend(k for k in v if k not in index)
        rows = [[cell(v.get(i)) for v in values] for i in index]
        return Table([str(k) for k in data], rows, [cell(i) for i in index],
                     range_index=False, fmt="column_index")
    rows = [[cell(v)] for v in values]
    return Table(["value"], rows, [cell(k) for k in data], range_index=False, fmt="key_value")


def _from_list(items: list[Any]) -> Table:
    if not items:
        return Table()
    first = items[0]
    if isinstance(first, dict):
        columns: list[Any] = []
        for item in items:
            columns.extend(k for k in item if k not in columns)
        rows = [[cell(item.get(c)) for c in columns] for item in items]
        return Table([str(c) for c in columns], rows, _range(len(rows)), fmt="records")
    if isinstance(first, (list, tuple)) or _is_numpy(first):
        seqs = [_seq(item) for item in items]
        width = max(len(s) for s in seqs)
        rows = [[cell(s[j]) if j < len(s) else None for j in range(width)] for s in seqs]
        return Table([str(j) for j in range(width)], rows, _range(len(rows)), fmt="rows")
    rows = [[cell(v)] for v in items]
    return Table(["value"], rows, _range(len(rows)), fmt="values")


def to_table(data: Any) -> Table:
    """Normalise anything table-like; raise StreamlitAPIException for what is not."""
    if data is None:
        return Table()
    if _is_pandas(data):
        return _from_pandas(data)
    if _is_numpy(data):
        return _from_numpy(data)
    if isinstance(data, dict):
        return _from_dict(data)
    if isinstance(data, (list, tuple, set, frozenset, range)) or type(data).__name__ in (
            "dict_keys", "dict_values", "generator"):
        return _from_list(list(data))
    if hasattr(data, "to_pandas") and _importable("pandas"):  # polars, pyarrow
        return _from_pandas(data.to_pandas())
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
    return {"columns": table.columns, "types": table.types, "rows": table.rows,
            "index": table.index, "index_name": table.index_name}


def _column_config(config: Any, columns: list[str]) -> tuple[dict[str, str], list[str]]:
    """Labels and hidden columns from a ``column_config`` mapping (str label, None to hide,
    or a dict with ``label``/``hidden``)."""
    labels: dict[str, str] = {}
    hidden: list[str] = []
    for name, conf in (config or {}).items():
        name = str(name)
        if conf is None:
            hidden.append(name)
        elif isinstance(conf, str):
            labels[name] = conf
        elif isinstance(conf, dict):
            if conf.get("label") is not None:
                labels[name] = str(conf["label"])
            if conf.get("hidden"):
                hidden.append(name)
    return labels, hidden


@dg_method
def dataframe(self: DeltaGenerator, data: Any = None, width: Any = "stretch",
              height: Any = "auto", *, use_container_width: bool | None = None,
              hide_index: bool | None = None, column_order: Iterable[str] | None = None,
              column_config: Any = None, key: Any = None, on_select: Any = "ignore",
              selection_mode: Any = "multi-row", selection_default: Any = None,
              row_height: int | None = None, placeholder: str | None = None,
              lazy: bool | None = None, alt: str | None = None) -> Any:
    """An interactive table: sortable by its column headers, scrollable (``st.dataframe``).

    With ``on_select="rerun"`` (or a callback) the user can select rows, and the command
    returns the selection state (``event.selection.rows``) instead of a handle."""
    modes = _selection_modes(on_select, selection_mode)
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    width = _size(width, "width", ("stretch", "content"))
    height = _size(height, "height", ("auto", "stretch", "content"))
    table = to_table(data)
    if hide_index is None:
        hide_index = table.fmt in _NO_INDEX_FORMATS
    labels, hidden = _column_config(column_config, table.columns)
    if "_index" in hidden:
        hide_index = True
    order = table.columns if column_order is None else [str(c) for c in column_order]
    # Like Streamlit, names that are not columns are skipped and repeats are kept.
    order = [c for c in order if c in table.columns and c not in hidden]
    props = _table_props(table)
    props.update({"hide_index": bool(hide_index), "order": [table.columns.index(c) for c in order],
                  "labels": labels, "width": width, "height": height, "row_height": row_height,
                  "placeholder": placeholder, "alt": alt})
    if not modes:
        return self._enqueue("dataframe", props)
    from wasmlit.state.widgets import register_widget

    props["selection_mode"] = modes
    return register_widget(
        self, "dataframe", label="", key=key, default=_selection(selection_default),
        props=props, id_args={"columns": table.columns, "selection_mode": modes},
        callback=on_select if callable(on_select) else None,
        deserialize=_selection, serialize=lambda state: dict(state["selection"]))


class DataframeState(dict):
    """What a selectable ``st.dataframe`` returns: ``{"selection": {"rows", "columns",
    "cells"}}``, also readable as attributes (``event.selection.rows``)."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


def _selection(raw: Any) -> DataframeState:
    sel = (raw or {}).get("selection", raw or {})
    return DataframeState(selection=DataframeState(
        rows=sorted(int(r) for r in sel.get("rows", [])),
        columns=[str(c) for c in sel.get("columns", [])], cells=[]))


def _selection_modes(on_select: Any, selection_mode: Any) -> list[str]:
    if on_select in ("ignore", None, False):
        return []
    if on_select != "rerun" and not callable(on_select):
        raise StreamlitAPIException(
            f"You have passed {on_select!r} to `on_select`. But only 'ignore', 'rerun', or a "
            "callable is supported.")
    modes = [selection_mode] if isinstance(selection_mode, str) else list(selection_mode)
    for mode in modes:
        if mode not in ("single-row", "multi-row"):
            raise StreamlitAPIException(
                f"Selection mode {mode!r} is not supported by wasmlit yet; use 'single-row' "
                "or 'multi-row'.")
    if len(modes) != 1:
        raise StreamlitAPIException("Choose one selection mode: 'single-row' or 'multi-row'.")
    return modes


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
