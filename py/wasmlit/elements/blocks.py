"""Layout helpers of Streamlit 1.67's newer kind: ``st.grid`` (a CSS grid container with
``.cell()``) and ``st.skeleton`` (a loading placeholder that what is written to it replaces).
"""

from __future__ import annotations

from typing import Any, Literal

from wasmlit.delta_generator import DeltaGenerator, dg_method
from wasmlit.elements.layout import _check_key, _gap, _is_int
from wasmlit.elements.widget_options import check_height, check_width
from wasmlit.errors import (StreamlitAPIException, StreamlitInvalidParameterTypeError,
                            StreamlitValueError)
from wasmlit.runtime.context import get_ctx

_MAX_COLUMNS = 24
_ALIGNMENTS = ("top", "center", "bottom")


def _detailed(parameter: str, valid: list[str], detail: str) -> StreamlitAPIException:
    error = StreamlitValueError(parameter, valid)
    return StreamlitAPIException(f"{error} {detail}")


def _int_or(value: Any, word: str, parameter: str) -> int | None:
    """``value`` a positive int, or the word ("auto", "content") meaning None."""
    if isinstance(value, str) and value == word:
        return None
    if isinstance(value, str):
        raise _detailed(parameter, [f'"{word}"', "a positive integer"], f"Got {value!r}.")
    if not _is_int(value):
        raise StreamlitInvalidParameterTypeError(parameter, type(value).__name__,
                                                 ["int", f'"{word}"'])
    if value < 1:
        raise _detailed(parameter, [f'"{word}"', "a positive integer"], f"Got {value!r}.")
    return int(value)


# ---- grid -------------------------------------------------------------------------------------

class GridContainer(DeltaGenerator):
    """What ``st.grid`` returns: each element written to it fills the next cell;
    :meth:`cell` makes a cell that holds several elements or spans tracks."""

    _columns: int | None = None

    def cell(self, *, column_span: int | Literal["all"] = 1, row_span: int = 1
             ) -> DeltaGenerator:
        """The next cell, as a container (``with grid.cell(column_span=2): ...``)."""
        span = _int_or(column_span, "all", "column_span")
        if span is not None and self._columns is not None and span > self._columns:
            raise StreamlitAPIException(
                f"The `column_span` parameter, set to {span}, is outside the required range "
                f"[1, {self._columns}].")
        if not _is_int(row_span):
            raise StreamlitInvalidParameterTypeError("row_span", type(row_span).__name__,
                                                     ["int"])
        if row_span < 1:
            raise _detailed("row_span", ["a positive integer"], f"Got {row_span!r}.")
        return self._block("grid_cell", {"column_span": column_span, "row_span": row_span})


@dg_method
def grid(self: DeltaGenerator, columns: Any = "auto", *, min_column_width: Any = "auto",
         wrap: bool = True, gap: Any = "small", vertical_alignment: str = "top",
         border: bool = False, row_height: Any = "content", width: Any = "stretch",
         height: Any = "content", key: Any = None, dense: bool = False) -> GridContainer:
    """A grid of cells (``st.grid``): ``columns`` fixed, or "auto" to fit as many columns of
    ``min_column_width`` as there is room for."""
    for name, flag in (("wrap", wrap), ("border", border), ("dense", dense)):
        if not isinstance(flag, bool):
            raise StreamlitValueError(name, ["True", "False"])
    if isinstance(columns, str) and columns != "auto":
        raise _detailed("columns", ['"auto"', "an integer from 1 to 24"], f"Got {columns!r}.")
    if not isinstance(columns, str):
        if not _is_int(columns):
            raise StreamlitInvalidParameterTypeError("columns", type(columns).__name__,
                                                     ["int", '"auto"'])
        if not 1 <= columns <= _MAX_COLUMNS:
            raise StreamlitAPIException(
                f"The `columns` parameter, set to {columns}, is outside the required range "
                f"[1, {_MAX_COLUMNS}].")
    count = None if columns == "auto" else int(columns)
    if count is None and wrap is False:
        raise StreamlitAPIException(
            '`columns="auto"` and `wrap=False` can\'t be used together. `wrap=False` '
            "requires an explicit column count. Pass an integer, such as "
            "`st.grid(3, wrap=False)`.")
    min_width = _int_or(min_column_width, "auto", "min_column_width")
    if isinstance(gap, (tuple, list)):
        if len(gap) != 2:
            raise _detailed("gap", ["a gap size", "a 2-tuple or 2-list of (row_gap, column_gap)"],
                            f"Got a sequence with {len(gap)} elements.")
        row_gap, column_gap = _gap(gap[0]), _gap(gap[1])
    else:
        row_gap = column_gap = _gap(gap)
    if vertical_alignment not in _ALIGNMENTS:
        raise _detailed("vertical_alignment", [f"'{a}'" for a in _ALIGNMENTS],
                        f"Got {vertical_alignment!r}.")
    fixed_row = _int_or(row_height, "content", "row_height")
    check_width(width)
    check_height(height)
    user_key = _check_key(key)
    block = self._block("grid", {
        "columns": count, "min_column_width": min_width, "wrap": wrap, "row_gap": row_gap,
        "column_gap": column_gap, "vertical_alignment": vertical_alignment, "border": border,
        "row_height": fixed_row, "width": width, "height": height, "dense": dense,
        "key": user_key})
    out = GridContainer(cursor=block._cursor, form_id=block._form_id, in_dialog=block._in_dialog)
    out._columns = count
    return out


# ---- skeleton ----------------------------------------------------------------------------------

_DELAY_MS = 500


class SkeletonPlaceholder(DeltaGenerator):
    """What ``st.skeleton`` returns: a slot showing a loading shape until something is written
    to it. As a ``with`` block it shows the shape only if the block takes longer than half a
    second, and clears it when the block ends (what the block writes goes to the enclosing
    container, as in Streamlit)."""

    _skeleton_props: dict[str, Any]

    def __enter__(self) -> "SkeletonPlaceholder":
        ctx = get_ctx()
        self._enqueue("skeleton", {**self._skeleton_props, "delay_ms": _DELAY_MS})
        ctx.flush()
        return self

    def __exit__(self, *exc: Any) -> Literal[False]:
        self._enqueue("empty", {})
        get_ctx().flush()
        return False


@dg_method
def skeleton(self: DeltaGenerator, height: Any = None, *, width: Any = "stretch"
             ) -> SkeletonPlaceholder:
    """A loading placeholder (``st.skeleton``); write to what it returns to replace it."""
    check_width(width)
    if height is not None and height != "stretch" and not (_is_int(height) and height > 0):
        raise StreamlitAPIException(
            f"Invalid height value: {height!r}. Height must be either a positive integer "
            "(pixels) or 'stretch'.")
    props = {"height": height, "width": width, "delay_ms": 0}
    slot = self._enqueue("skeleton", props)
    out = SkeletonPlaceholder(locked=slot._locked, form_id=slot._form_id,
                              in_dialog=slot._in_dialog)
    out._skeleton_props = {"height": height, "width": width}
    return out
