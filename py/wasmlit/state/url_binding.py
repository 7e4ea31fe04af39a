"""Widgets' ``bind="query-params"``: a widget's value lives in the URL under its key.

Each bound widget has a :class:`UrlCodec`, its value's URL form in Streamlit 1.67's encoding:
booleans ``true``/``false``, numbers as written (``5``, ``2.5``), options by their label,
lists (multiselect, ranges) as repeated parameters (``?k=a&k=b``), dates ``YYYY-MM-DD``,
times ``HH:MM``, datetimes ``YYYY-MM-DDTHH:MM``, colours ``#rrggbb``, an empty parameter
(``?k=``) for a cleared widget that may be empty.

:func:`seed` runs before the widget takes its value: once per reading of the URL (boot, a
page change, back/forward), a valid parameter gives the widget its value (the URL wins over
``st.session_state``, as in Streamlit); an invalid one, or one equal to the default, is
removed from the URL. On back/forward a widget already drawn whose parameter is gone goes
back to its default. :func:`write` runs after: the URL then shows the value (no parameter
for the default). The page puts the new query string in the address bar with
``history.replaceState``, as Streamlit's frontend does for widget changes.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Sequence

if TYPE_CHECKING:
    from wasmlit.query_params import QueryParams
    from wasmlit.state.session_state import SessionState

Raw = str | list[str]
#: what a codec raises for a parameter the widget cannot take
INVALID = (ValueError, TypeError, IndexError, KeyError)


@dataclass(frozen=True)
class UrlCodec:
    """``to_url(value)``: the parameter for a value (a list: repeated); ``from_url(raw)``: the
    value of a parameter, raising ValueError when the widget cannot take it."""

    to_url: Callable[[Any], Raw]
    from_url: Callable[[Raw], Any]


def _query() -> QueryParams | None:
    from wasmlit.navigation import _nav_or_none

    nav = _nav_or_none()
    return None if nav is None else nav.query


def seed(state: SessionState, wid: str, key: str, default: Any, codec: UrlCodec) -> None:
    """Before the widget is registered: take its value from the URL when the URL is new."""
    query = _query()
    if query is None:
        return
    from wasmlit.errors import StreamlitAPIException

    if key.lower() in ("embed", "embed_options"):
        raise StreamlitAPIException(
            f"Cannot bind to reserved query parameter '{key}'. 'embed' and 'embed_options' "
            "are used internally for Streamlit's embed functionality.")
    old = query.bound.get(key)
    if old is not None and old != wid:
        query.synced.pop(old, None)
    query.bound[key] = wid
    if query.synced.get(wid) == query.generation:
        return
    drawn_before = state.has_widget_value(wid)  # so this reading is back/forward
    raw = query.raw(key)
    value: Any = default
    if raw is not None:
        try:
            value = codec.from_url(raw)
            if _same(codec, value, default):
                value = default
                query.put_bound(key, None)
        except INVALID:
            value = default
            query.put_bound(key, None)
    if raw is None or value is default:
        if drawn_before:
            state._values[wid] = default
        return
    state._values[wid] = value
    state._user.pop(key, None)


def write(wid: str, key: str, value: Any, default: Any, codec: UrlCodec) -> None:
    """After the widget is registered: the URL shows its value."""
    query = _query()
    if query is None:
        return
    query.synced[wid] = query.generation
    if _same(codec, value, default):
        query.put_bound(key, None)
        return
    wanted, raw = codec.to_url(value), query.raw(key)
    if isinstance(raw, str) and isinstance(wanted, str) and raw.lower() == wanted.lower():
        return  # the URL already says it (``?dark=TRUE`` stays as written, as in Streamlit)
    query.put_bound(key, wanted)


def _same(codec: UrlCodec, a: Any, b: Any) -> bool:
    try:
        return a == b or codec.to_url(a) == codec.to_url(b)
    except INVALID:
        return False


# ---- the codecs -----------------------------------------------------------------------------

def _last(raw: Raw) -> str:
    return raw[-1] if isinstance(raw, list) else raw


def _items(raw: Raw) -> list[str]:
    """A repeated parameter's values; empty strings stand for "cleared" and are dropped."""
    return [v for v in (raw if isinstance(raw, list) else [raw]) if v != ""]


def _number(v: Any) -> str:
    if isinstance(v, float) and math.isfinite(v) and v == int(v):
        return str(int(v))
    return str(v)


def _within(value: Any, lo: Any, hi: Any) -> bool:
    return (lo is None or value >= lo) and (hi is None or value <= hi)


def _bool_from(raw: Raw) -> bool:
    text = _last(raw).lower()
    if text in ("true", "false"):
        return text == "true"
    raise ValueError(f"not a boolean: {text!r}")


#: checkbox, toggle
BOOL = UrlCodec(lambda v: "true" if v else "false", _bool_from)


def text(max_chars: int | None) -> UrlCodec:
    """text_input, text_area: the text, cut at ``max_chars`` (``?k=`` is the empty text)."""
    def from_url(raw: Raw) -> str:
        value = _last(raw)
        return value[:max_chars] if max_chars else value

    return UrlCodec(lambda v: "" if v is None else str(v), from_url)


def number(parse: Callable[[Any], Any], clearable: bool, lo: Any = None,
           hi: Any = None) -> UrlCodec:
    """number_input: the number (``5``, ``2.5``; an int box drops the fraction); out of
    ``lo``..``hi`` is invalid; ``?k=`` clears a box that may be empty."""
    def from_url(raw: Raw) -> Any:
        text_value = _last(raw)
        if text_value == "":
            if clearable:
                return None
            raise ValueError("empty")
        number_value = float(text_value)
        if not math.isfinite(number_value) or not _within(number_value, lo, hi):
            raise ValueError("out of range")
        return parse(number_value)

    return UrlCodec(lambda v: "" if v is None else _number(v), from_url)


Find = Callable[[Sequence[Any], Any], int]  # an option's position, or -1


def one_option(opts: Sequence[Any], labels: Sequence[str], find: Find, clearable: bool,
               accept_new: bool = False) -> UrlCodec:
    """radio, selectbox: the option's label."""
    index_of = find

    def to_url(v: Any) -> Raw:
        if v is None:
            return ""
        i = index_of(opts, v)
        return labels[i] if i >= 0 else str(v)

    def from_url(raw: Raw) -> Any:
        label = _last(raw)
        if label == "":
            if clearable:
                return None
            raise ValueError("empty")
        if label in labels:
            return opts[labels.index(label)]
        if accept_new:
            return label
        raise ValueError(f"not an option: {label!r}")

    return UrlCodec(to_url, from_url)


def many_options(opts: Sequence[Any], labels: Sequence[str], find: Find, *,
                 max_count: int | None = None, accept_new: bool = False,
                 single: bool = False) -> UrlCodec:
    """multiselect, pills, segmented_control: the labels, repeated; unknown labels and
    repeats are dropped, and the list is cut at ``max_count``; ``?k=`` is no option.
    ``single``: the value is one option or None (pills and segmented_control)."""
    index_of = find

    def to_url(v: Any) -> Raw:
        values = ([] if v is None else [v]) if single else list(v or [])
        out = []
        for item in values:
            i = index_of(opts, item)
            out.append(labels[i] if i >= 0 else str(item))
        return out if out else ""

    def from_url(raw: Raw) -> Any:
        given = _items(raw)
        picked: list[Any] = []
        seen: set[str] = set()
        for label in given:
            if label in seen:
                continue
            if label in labels:
                picked.append(opts[labels.index(label)])
            elif accept_new:
                picked.append(label)
            else:
                continue
            seen.add(label)
        if given and not picked:
            raise ValueError("no known option")
        limit = 1 if single else max_count
        if limit is not None and limit > 0:
            picked = picked[:limit]
        if single:
            return picked[0] if picked else None
        return picked

    return UrlCodec(to_url, from_url)


def option_range(opts: Sequence[Any], labels: Sequence[str], find: Find,
                 is_range: bool) -> UrlCodec:
    """select_slider: the label, or the two labels of a range."""
    index_of = find

    def to_url(v: Any) -> Raw:
        values = list(v) if is_range else [v]
        return [labels[index_of(opts, x)] for x in values]

    def from_url(raw: Raw) -> Any:
        given = _items(raw)
        if len(given) != (2 if is_range else 1):
            raise ValueError("wrong count")
        positions = sorted(labels.index(label) for label in given)
        if is_range:
            return (opts[positions[0]], opts[positions[1]])
        return opts[positions[0]]

    return UrlCodec(to_url, from_url)


def slider(cast: Callable[[Any], Any], lo: Any, hi: Any, is_range: bool) -> UrlCodec:
    """slider over numbers: the number, or both ends of a range (repeated); a value out of
    ``lo``..``hi`` is invalid."""
    def to_url(v: Any) -> Raw:
        return [_number(x) for x in (list(v) if is_range else [v])]

    def from_url(raw: Raw) -> Any:
        given = _items(raw)
        if len(given) != (2 if is_range else 1):
            raise ValueError("wrong count")
        values = []
        for item in given:
            number_value = float(item)
            if not math.isfinite(number_value) or not _within(number_value, lo, hi):
                raise ValueError("out of range")
            values.append(cast(number_value))
        return tuple(sorted(values)) if is_range else values[0]

    return UrlCodec(to_url, from_url)


def temporal(kind: str, is_range: bool, *, lo: Any = None, hi: Any = None,
             clearable: bool = False, range_may_be_short: bool = False,
             seconds: bool = False) -> UrlCodec:
    """Dates (``YYYY-MM-DD``), times (``HH:MM``, ``HH:MM:SS`` with ``seconds``) and
    datetimes (``YYYY-MM-DDTHH:MM``): date_input, time_input, datetime_input and sliders
    over them. A range is repeated; ``range_may_be_short``: a date range of one day (picked
    but not finished) is allowed. Values outside ``lo``..``hi`` are invalid."""
    def fmt(v: Any) -> str:
        if kind == "date":
            return str(v.isoformat())
        if kind == "time":
            return str(v.strftime("%H:%M:%S" if seconds or v.second else "%H:%M"))
        return str(v.strftime("%Y-%m-%dT%H:%M:%S" if seconds or v.second
                              else "%Y-%m-%dT%H:%M"))

    def parse_one(text_value: str) -> Any:
        if kind == "date":
            return dt.date.fromisoformat(text_value)
        if kind == "time":
            return dt.time.fromisoformat(text_value).replace(microsecond=0)
        value = dt.datetime.fromisoformat(text_value)
        if value.tzinfo is not None:
            raise ValueError("a time zone")
        return value.replace(microsecond=0)

    def check(value: Any) -> Any:
        if not _within(value, lo, hi):
            raise ValueError("out of range")
        return value

    def to_url(v: Any) -> Raw:
        if v is None or (is_range and not v):
            return ""
        return [fmt(x) for x in v] if is_range else fmt(v)

    def from_url(raw: Raw) -> Any:
        given = _items(raw)
        if not given:
            if clearable:
                return () if is_range else None
            raise ValueError("empty")
        if not is_range:
            return check(parse_one(given[-1]))
        if len(given) > 2 or (len(given) == 1 and not range_may_be_short):
            raise ValueError("wrong count")
        return tuple(sorted(check(parse_one(x)) for x in given))

    return UrlCodec(to_url, from_url)


def color(default: str) -> UrlCodec:
    """color_picker: ``#rrggbb`` (the ``#`` may be left out in a link)."""
    import re

    pattern = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")

    def from_url(raw: Raw) -> str:
        value = _last(raw)
        value = value if value.startswith("#") else f"#{value}"
        if not pattern.match(value):
            raise ValueError(f"not a colour: {value!r}")
        return value

    return UrlCodec(lambda v: str(v), from_url)


def choice_index(count: int) -> UrlCodec:
    """feedback: the index chosen (thumbs: 0 down, 1 up); ``?k=`` is no choice."""
    def from_url(raw: Raw) -> Any:
        value = _last(raw)
        if value == "":
            return None
        index = int(value)
        if not 0 <= index < count:
            raise ValueError("out of range")
        return index

    return UrlCodec(lambda v: "" if v is None else str(int(v)), from_url)
