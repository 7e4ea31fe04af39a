"""``st.data_editor``: an editable grid; mirrors web/src/elements/editor.js.

The page keeps the user's edits as Streamlit's editing state, ``{"edited_rows": {row:
{column: value}}, "added_rows": [{column: value}], "deleted_rows": [row]}`` (rows are
positions in the data as given, columns are column names, ``"_index"`` the index), and sends
it as the widget's value. The command applies that state to a copy of the data and returns
it in the type it was given: a pandas DataFrame/Series, a list of dicts, a dict of lists,
a list of rows, a list of values, a plain dict or a numpy array. Edited values keep their
column's type (an int column stays int, a date column gets ``datetime.date`` values).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
from typing import Any, Iterable

from wasmlit import column_config as _cc
from wasmlit.delta_generator import DeltaGenerator, dg_method
from wasmlit.elements.widget_options import callback_of, change_mode
from wasmlit.elements.data import Table, _NO_INDEX_FORMATS, _size, _table_props, to_table
from wasmlit.errors import StreamlitAPIException

INDEX = "_index"
_NUM_ROWS = ("fixed", "dynamic", "add", "delete")
# Formats whose rows are positions only: the index a new row gets is the next number.
_POSITIONAL = {"records", "rows", "values", "columns", "numpy_list", "numpy_matrix"}


class DataEditorState(dict):
    """The editing state in ``st.session_state[key]``; also readable as attributes."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


def _state(raw: Any) -> DataEditorState:
    """The page's JSON (or a state set in Python) as Streamlit shapes it: int row keys."""
    if isinstance(raw, str):
        raw = json.loads(raw or "{}")
    raw = raw or {}
    return DataEditorState(
        edited_rows={int(r): dict(changes) for r, changes in
                     (raw.get("edited_rows") or {}).items()},
        added_rows=[dict(row) for row in raw.get("added_rows") or []],
        deleted_rows=sorted({int(r) for r in raw.get("deleted_rows") or []}))


def _wire(state: dict[str, Any]) -> dict[str, Any]:
    return {"edited_rows": {str(r): c for r, c in state["edited_rows"].items()},
            "added_rows": list(state["added_rows"]), "deleted_rows": list(state["deleted_rows"])}


# ---- value kinds: what an edited value is parsed back into ----------------------------------

def _kind_of(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, _dt.datetime):
        return "datetime"
    if isinstance(value, _dt.date):
        return "date"
    if isinstance(value, _dt.time):
        return "time"
    if isinstance(value, (list, tuple)):
        return "list"
    if isinstance(value, str):
        return "str"
    return "any"


def _column_kind(values: Iterable[Any], dtype: str | None = None) -> str:
    if dtype in ("int", "float", "bool", "datetime"):
        return dtype
    kinds = {_kind_of(v) for v in values if v is not None and v == v}
    if kinds == {"int", "float"}:
        return "float"
    return kinds.pop() if len(kinds) == 1 else ("empty" if not kinds else "any")


def _parse(value: Any, kind: str) -> Any:
    """A value from the page (JSON) as the column's Python type; None if it does not parse."""
    if value is None:
        return None
    try:
        if kind == "int":
            return int(value)
        if kind == "float":
            return float(value)
        if kind == "bool":
            return bool(value)
        if kind == "str":
            return str(value)
        if kind == "list":
            return list(value) if isinstance(value, (list, tuple)) else [value]
        if kind in ("datetime", "date", "time"):
            text = str(value).replace("Z", "+00:00")
            if kind == "time":
                return _dt.time.fromisoformat(text)
            moment = _dt.datetime.fromisoformat(text)
            return moment.date() if kind == "date" else moment
    except (TypeError, ValueError):
        return None
    return value


# ---- applying the editing state --------------------------------------------------------------

def _apply_plain(table: Table, kinds: list[str], index_kind: str, state: dict[str, Any],
                 ) -> tuple[list[list[Any]], list[Any]]:
    rows = [list(r) for r in table.rows]
    index = list(table.index)
    position = {c: j for j, c in enumerate(table.columns)}
    for r, changes in state["edited_rows"].items():
        if not 0 <= r < len(rows):
            continue
        for col, value in changes.items():
            if col == INDEX:
                index[r] = _parse(value, index_kind)
            elif col in position:
                rows[r][position[col]] = _parse(value, kinds[position[col]])
    for r in sorted(state["deleted_rows"], reverse=True):
        if 0 <= r < len(rows):
            del rows[r]
            del index[r]
    for added in state["added_rows"]:
        if table.fmt in _POSITIONAL or table.range_index:
            new_index: Any = len(index) if not index else max(
                (i for i in index if isinstance(i, int)), default=-1) + 1
        else:
            new_index = _parse(added.get(INDEX), index_kind)
            if new_index is None:
                continue  # a row needs its index value (Streamlit requires it too)
        rows.append([_parse(added.get(c), kinds[j]) for j, c in enumerate(table.columns)])
        index.append(new_index)
    return rows, index


def _keys(data: Any, fmt: str) -> list[Any]:
    """The original column keys (not their text), in the order the table lists them."""
    if fmt in ("columns", "column_index"):
        return list(data)
    if fmt == "records":
        keys: list[Any] = []
        for item in data:
            keys.extend(k for k in item if k not in keys)
        return keys
    return []


def _rebuild(data: Any, table: Table, rows: list[list[Any]], index: list[Any]) -> Any:
    fmt = table.fmt
    if fmt == "records":
        keys = _keys(data, fmt)
        return [dict(zip(keys, row)) for row in rows]
    if fmt == "rows":
        return [list(row) for row in rows]
    if fmt == "values":
        values = [row[0] for row in rows]
        return tuple(values) if isinstance(data, tuple) else set(values) if isinstance(
            data, (set, frozenset)) else values
    if fmt == "columns":
        return {k: [row[j] for row in rows] for j, k in enumerate(_keys(data, fmt))}
    if fmt == "column_index":
        return {k: dict(zip(index, (row[j] for row in rows)))
                for j, k in enumerate(_keys(data, fmt))}
    if fmt == "key_value":
        return dict(zip(index, (row[0] for row in rows)))
    if fmt == "empty":
        return data
    raise StreamlitAPIException(f"st.data_editor cannot return data of format {fmt!r}.")


def _apply_pandas(data: Any, table: Table, state: dict[str, Any]) -> Any:
    import pandas as pd

    series = isinstance(data, pd.Series)
    if type(data).__name__ == "Styler":
        frame = data.data
    elif series or isinstance(data, pd.DataFrame):
        frame = data
    else:  # a pandas Index or array, a polars or pyarrow table: edited as a DataFrame
        frame = data.to_pandas() if hasattr(data, "to_pandas") else pd.DataFrame(data)
    df = frame.to_frame() if series else frame.copy()
    kinds = [_column_kind(df.iloc[:, j].tolist(), table.column_dtypes[j])
             for j in range(len(df.columns))]
    index_kind = _column_kind(list(df.index))
    position = {c: j for j, c in enumerate(table.columns)}

    def parsed(value: Any, kind: str) -> Any:
        if kind == "datetime" and value is not None:
            return pd.Timestamp(value)
        return _parse(value, kind)

    for r, changes in state["edited_rows"].items():
        if not 0 <= r < len(df):
            continue
        for col, value in changes.items():
            if col == INDEX:
                labels = list(df.index)
                labels[r] = parsed(value, index_kind)
                df.index = pd.Index(labels, name=df.index.name)
            elif col in position:
                df.iat[r, position[col]] = parsed(value, kinds[position[col]])
    if state["deleted_rows"]:
        rows = [r for r in state["deleted_rows"] if 0 <= r < len(df)]
        df = df.drop(df.index[rows])
    range_index = isinstance(frame.index, pd.RangeIndex)
    for added in state["added_rows"]:
        if range_index:
            label: Any = 0 if len(df) == 0 else int(df.index.max()) + 1
        else:
            label = parsed(added.get(INDEX), index_kind)
            if label is None:
                continue
        df.loc[label] = [parsed(added.get(c), kinds[j]) for j, c in enumerate(table.columns)]
    return df.iloc[:, 0] if series else df


def _apply(data: Any, table: Table, state: dict[str, Any]) -> Any:
    if not (state["edited_rows"] or state["added_rows"] or state["deleted_rows"]):
        return data if table.fmt not in ("pandas",) else _apply_pandas(data, table, state)
    if table.fmt in ("pandas", "pandas_index", "pandas_array", "arrow_like"):
        return _apply_pandas(data, table, state)
    if table.fmt in ("numpy_list", "numpy_matrix"):
        import numpy as np

        kinds = [_column_kind(table.column(c)) for c in table.columns]
        rows, _ = _apply_plain(table, kinds, "int", state)
        return np.array([r[0] for r in rows] if table.fmt == "numpy_list" else rows,
                        dtype=data.dtype)
    raw = to_table(data, raw=True)
    kinds = [_column_kind(raw.column(c)) for c in raw.columns]
    rows, index = _apply_plain(raw, kinds, _column_kind(raw.index), state)
    return _rebuild(data, raw, rows, index)


# ---- the command -----------------------------------------------------------------------------

def _editor_config(config: Any, columns: list[str], disabled: Any,
                   hide_index: bool) -> dict[str, dict[str, Any]]:
    out = _cc.normalise(config)
    if not isinstance(disabled, bool):
        for name in disabled:
            out.setdefault(str(name), {})["disabled"] = True
    if hide_index:
        out.setdefault(INDEX, {})["hidden"] = True
    return out


def _digest(table: Table) -> str:
    text = json.dumps([table.columns, table.rows, table.index], default=str)
    return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()


@dg_method
def data_editor(self: DeltaGenerator, data: Any, *, width: Any = "stretch",
                height: Any = "auto", use_container_width: bool | None = None,
                hide_index: bool | None = None, column_order: Iterable[str] | None = None,
                column_config: Any = None, num_rows: str = "fixed", disabled: Any = False,
                key: Any = None, on_change: Any = "rerun", args: Any = None,
                kwargs: Any = None, row_height: int | None = None,
                placeholder: str | None = None, alt: str | None = None) -> Any:
    """An editable table (``st.data_editor``): returns the data with the user's edits, in the
    type it was given; ``st.session_state[key]`` holds the editing state."""
    if num_rows not in _NUM_ROWS:
        raise StreamlitAPIException(
            f"Invalid `num_rows` value: {num_rows!r}. Use one of "
            f"{', '.join(map(repr, _NUM_ROWS))}.")
    callback = callback_of(on_change)  # the same check and message as every widget's
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    width = _size(width, "width", ("stretch", "content"))
    height = _size(height, "height", ("auto", "stretch", "content"))
    table = to_table(data)
    if INDEX in table.columns:
        raise StreamlitAPIException(
            "The column name '_index' is reserved for the index column and cannot be used "
            "for data columns.")
    if len(set(table.columns)) != len(table.columns):
        raise StreamlitAPIException("The data editor needs unique column names.")
    if hide_index is None:
        hide_index = table.fmt in _NO_INDEX_FORMATS or (
            table.range_index and num_rows in ("dynamic", "add"))
    config = _editor_config(column_config, table.columns, disabled, bool(hide_index))
    order = table.columns if column_order is None else [str(c) for c in column_order]
    order = [c for c in order if c in table.columns and not config.get(c, {}).get("hidden")]
    if config.get(INDEX, {}).get("hidden"):
        hide_index = True
    props = _table_props(table)
    props.update({
        "hide_index": bool(hide_index), "order": [table.columns.index(c) for c in order],
        "config": config, "num_rows": num_rows, "disabled": disabled is True,
        "range_index": table.range_index or table.fmt in _POSITIONAL,
        "width": width, "height": height, "row_height": row_height,
        "placeholder": placeholder, "alt": alt,
        "on_change": change_mode(on_change)})
    from wasmlit.state.widgets import register_widget

    identity: dict[str, Any] = {"columns": table.columns, "format": table.fmt,
                                "dtypes": table.column_dtypes, "num_rows": num_rows,
                                "disabled": disabled if isinstance(disabled, bool)
                                else sorted(map(str, disabled))}
    if key is None or num_rows != "fixed":
        identity["data"] = _digest(table)  # new data, new editor (Streamlit does the same)
    state = register_widget(
        self, "data_editor", label="", key=key, default=_state(None), props=props,
        id_args=identity, callback=callback,
        args=args, kwargs=kwargs, deserialize=_state, serialize=_wire)
    return _apply(data, table, state)
