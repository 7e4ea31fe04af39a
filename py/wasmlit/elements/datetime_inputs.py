"""Date and time widgets: ``st.date_input``, ``st.time_input``, and the date/time kinds of
``st.slider`` (used by :func:`wasmlit.elements.widgets.slider`).

On the wire dates are ISO strings (``"2024-01-31"``), times ``"HH:MM"`` or ``"HH:MM:SS"``;
slider values are numbers (milliseconds since 1970-01-01 for dates and datetimes, taken as
wall-clock time, milliseconds since midnight for times) so the page can step them. Python
converts them back to ``datetime.date`` / ``time`` / ``datetime``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Sequence

from wasmlit.delta_generator import DeltaGenerator, dg_method
from wasmlit.elements.widget_options import (callback_of, change_mode, check_bind,
                                             check_persist_state, check_width)
from wasmlit.errors import StreamlitAPIException
from wasmlit.state import url_binding
from wasmlit.state.widgets import (
    DATE,
    DATETIME,
    MS_PER_DAY,
    TIME,
    common_props,
    datetime_wire,
    from_ms,
    iso_date,
    register_widget,
    time_wire,
    to_date,
    to_datetime,
    to_ms,
    to_time,
)

DATE_FORMATS = tuple(f"{a}{s}{b}{s}{c}" for s in "/.-"
                     for a, b, c in (("YYYY", "MM", "DD"), ("DD", "MM", "YYYY"),
                                     ("MM", "DD", "YYYY")))


# ---- date_input ------------------------------------------------------------------------------

def _years_from(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _parse_date_value(value: Any) -> tuple[list[dt.date] | None, bool]:
    """(the dates, is_range); None dates means no value."""
    if value is None:
        return None, False
    if isinstance(value, (str, dt.date)):
        return [to_date(value, "value")], False
    if isinstance(value, Sequence):
        if len(value) <= 2:
            return [to_date(v, "value") for v in value], True
        raise StreamlitAPIException(
        "Invalid `value` type. Expected one of: date, datetime, sequence of 0 to 2 date or "
        f"datetime values. Provided type: {type(value).__name__}.")
    return [to_date(value, "value")], False


@dg_method
def date_input(self: DeltaGenerator, label: str, value: Any = "today", min_value: Any = None,
               max_value: Any = None, key: Any = None, help: str | None = None,
               on_change: Any = "rerun", args: Any = None, kwargs: Any = None, *,
               format: str = "YYYY/MM/DD", disabled: bool = False, required: bool = False,
               label_visibility: str = "visible", width: Any = "stretch", bind: Any = None,
               persist_state: Any = None) -> Any:
    """A date picker, one date or a (start, end) range (``st.date_input``)."""
    callback = callback_of(on_change)
    bound = check_bind(bind, key)
    if format not in DATE_FORMATS:
        raise StreamlitAPIException(
            "Invalid `format` value. Supported values: "
            + ", ".join(f"'{f}'" for f in DATE_FORMATS) + f". Provided value: '{format}'.")
    check_width(width)
    dates, is_range = _parse_date_value(value)
    low = to_date(min_value, "min_value") if min_value is not None else _years_from(
        min(dates) if dates else dt.date.today(), -10)
    high = to_date(max_value, "max_value") if max_value is not None else _years_from(
        max(dates) if dates else dt.date.today(), 10)
    if low > high:
        raise StreamlitAPIException(
            f"The `min_value`, set to {low}, cannot be greater than the `max_value`, set to "
            f"{high}.")
    if dates:
        if dates[0] < low:
            raise StreamlitAPIException(
                f"The `value` {dates[0]} is less than the `min_value` {low}.")
        if dates[-1] > high:
            raise StreamlitAPIException(
                f"The `value` {dates[-1]} is greater than the `max_value` {high}.")
    default: Any = None if dates is None else (tuple(dates) if is_range else dates[0])

    def parse(raw: Any) -> Any:
        return DATE.from_wire(raw, {"is_range": is_range})

    result = register_widget(
        self, "date_input", label=label, key=key, default=default,
        props={"min_value": low.isoformat(), "max_value": high.isoformat(), "format": format,
               "is_range": is_range, "required": required, "width": width,
               "on_change": change_mode(on_change), **common_props(help, disabled, label_visibility)},
        id_args={"value": iso_date(default), "min_value": low.isoformat(),
                 "max_value": high.isoformat(), "format": format, "help": help,
                 "is_range": is_range},
        callback=callback, args=args, kwargs=kwargs, deserialize=parse, serialize=iso_date,
        url=url_binding.temporal("date", is_range, lo=low, hi=high,
                                 clearable=default is None or is_range,
                                 range_may_be_short=True) if bound else None,
        persist=check_persist_state(persist_state, key))
    if is_range and result is None:
        return ()
    if is_range and isinstance(result, list):
        return tuple(result)
    return result


# ---- time_input ------------------------------------------------------------------------------

def _step_seconds(step: Any) -> int:
    if isinstance(step, dt.timedelta):
        seconds = int(step.total_seconds())
    elif isinstance(step, int) and not isinstance(step, bool):
        seconds = step
    else:
        raise StreamlitAPIException(
            f"Invalid `step` type. Expected one of: int, timedelta. Provided type: "
            f"{type(step).__name__}.")
    if not 1 <= seconds <= 23 * 3600:
        raise StreamlitAPIException(
            f"The `step` parameter, set to {seconds} seconds, is outside the required range "
            "[1 second, 23 hours].")
    return seconds


@dg_method
def time_input(self: DeltaGenerator, label: str, value: Any = "now", key: Any = None,
               help: str | None = None, on_change: Any = "rerun", args: Any = None,
               kwargs: Any = None, *, disabled: bool = False, required: bool = False,
               label_visibility: str = "visible", step: Any = dt.timedelta(seconds=900),
               format: str = "24h", width: Any = "stretch", bind: Any = None,
               persist_state: Any = None) -> dt.time | None:
    """A time picker (``st.time_input``); ``value=None`` starts empty."""
    callback = callback_of(on_change)
    bound = check_bind(bind, key)
    seconds = _step_seconds(step)
    if format not in ("12h", "24h", "localized"):
        raise StreamlitAPIException(
            "Invalid `format` value. Supported values: '12h', '24h', 'localized'.")
    check_width(width)
    default = None
    if value is not None:
        default = to_time(value).replace(microsecond=0, tzinfo=None)
        if seconds % 60 == 0:
            default = default.replace(second=0)

    def parse(raw: Any) -> Any:
        return TIME.from_wire(raw, {})

    return register_widget(
        self, "time_input", label=label, key=key, default=default,
        props={"step": seconds, "format": format, "required": required, "width": width,
               "on_change": change_mode(on_change), **common_props(help, disabled, label_visibility)},
        id_args={"value": time_wire(default), "help": help, "step": seconds,
                 "format": format},
        callback=callback, args=args, kwargs=kwargs, deserialize=parse, serialize=time_wire,
        url=url_binding.temporal("time", False, clearable=default is None,
                                 seconds=seconds % 60 != 0) if bound else None,
        persist=check_persist_state(persist_state, key))


# ---- datetime_input --------------------------------------------------------------------------

@dg_method
def datetime_input(self: DeltaGenerator, label: str, value: Any = "now", min_value: Any = None,
                   max_value: Any = None, *, key: Any = None, help: str | None = None,
                   on_change: Any = "rerun", args: Any = None, kwargs: Any = None,
                   format: str = "YYYY/MM/DD", step: Any = dt.timedelta(minutes=15),
                   disabled: bool = False, required: bool = False,
                   label_visibility: str = "visible", width: Any = "stretch", bind: Any = None,
                   persist_state: Any = None) -> dt.datetime | None:
    """A date and time picker in one field (``st.datetime_input``); returns a naive
    ``datetime`` to the minute, or None."""
    from wasmlit.elements.widget_options import check_bind, check_persist_state

    callback = callback_of(on_change)
    default = None if value is None else to_datetime(value, "value")
    base = default.date() if default is not None else dt.date.today()
    low = to_datetime(min_value, "min_value", day=base) if min_value is not None else \
        dt.datetime.combine(_years_from(base, -10), dt.time(0, 0))
    high = to_datetime(max_value, "max_value", day=base, at=dt.time(23, 59)) \
        if max_value is not None else dt.datetime.combine(_years_from(base, 10), dt.time(23, 59))
    if low > high:
        raise StreamlitAPIException(
            f"The `min_value`, set to {low}, cannot be greater than the `max_value`, set to "
            f"{high}.")
    if default is not None and default < low:
        raise StreamlitAPIException(f"The `value` {default} is less than the `min_value` {low}.")
    if default is not None and default > high:
        raise StreamlitAPIException(
            f"The `value` {default} is greater than the `max_value` {high}.")
    if format not in DATE_FORMATS:
        raise StreamlitAPIException(
            "Invalid `format` value. Supported values: "
            + ", ".join(f"'{f}'" for f in DATE_FORMATS) + f". Provided value: '{format}'.")
    if isinstance(step, bool) or not isinstance(step, (int, dt.timedelta)):
        raise StreamlitAPIException(
            f"Invalid `step` type. Expected one of: int, timedelta. Provided type: "
            f"{type(step).__name__}.")
    seconds = int(step.total_seconds()) if isinstance(step, dt.timedelta) else step
    if not 60 <= seconds <= 23 * 3600:
        raise StreamlitAPIException(
            f"The `step` parameter, set to {seconds} seconds, is outside the required range "
            "[60 seconds, 23 hours].")
    check_width(width)
    bound = check_bind(bind, key)
    persist = check_persist_state(persist_state, key)

    def parse(raw: Any) -> Any:
        got = DATETIME.from_wire(raw, {})
        if got is not None and not low <= got <= high:
            return default
        return got

    result = register_widget(
        self, "datetime_input", label=label, key=key, default=default,
        props={"min_value": datetime_wire(low), "max_value": datetime_wire(high),
               "format": format, "step": seconds, "required": required, "width": width,
               "on_change": change_mode(on_change),
               **common_props(help, disabled, label_visibility)},
        id_args={"value": value if isinstance(value, str) or value is None
                 else datetime_wire(default), "min_value": datetime_wire(low),
                 "max_value": datetime_wire(high), "help": help},
        callback=callback, args=args, kwargs=kwargs, deserialize=parse,
        serialize=datetime_wire, persist=persist,
        url=url_binding.temporal("datetime", False, lo=low, hi=high,
                                 clearable=default is None) if bound else None)
    if isinstance(result, (dt.datetime, dt.date, dt.time, str)):
        return to_datetime(result, "value", day=base)
    return result


# ---- slider over dates, times and datetimes ----------------------------------------------------

DEFAULT_FORMATS = {"date": "YYYY-MM-DD", "time": "HH:mm", "datetime": "YYYY-MM-DD"}


def temporal_kind(values: Sequence[Any]) -> str | None:
    """"date", "time" or "datetime" when the slider's values are such; None for numbers."""
    for v in values:
        if isinstance(v, dt.datetime):
            return "datetime"
        if isinstance(v, dt.date):
            return "date"
        if isinstance(v, dt.time):
            return "time"
    return None


def temporal_slider(dg: DeltaGenerator, kind: str, label: str, min_value: Any, max_value: Any,
                    value: Any, step: Any, format: str | None, key: Any, help: str | None,
                    on_change: Any, args: Any, kwargs: Any, disabled: bool,
                    label_visibility: str, bound: bool = False,
                    persist: str | None = None) -> Any:
    """``st.slider`` over dates/times/datetimes; wire values are milliseconds."""
    callback = callback_of(on_change)
    is_range = isinstance(value, (list, tuple))
    given = [v for v in ([*value] if is_range else [value]) if v is not None]
    for name, v in (("min_value", min_value), ("max_value", max_value)):
        if v is not None and temporal_kind([v]) is None:
            raise StreamlitAPIException(
                "Invalid `value` type. Expected one of: matching numeric types, matching "
                f"date/time types. Provided type: {name}={type(v).__name__}.")
    if step is not None and not isinstance(step, dt.timedelta):
        raise StreamlitAPIException(
            "Invalid `value` type. Expected one of: matching numeric types, matching date/time "
            f"types. Provided type: min_value={type(min_value).__name__}, "
            f"max_value={type(max_value).__name__}, step={type(step).__name__}.")
    tzinfo = next((getattr(v, "tzinfo", None) for v in [*given, min_value, max_value]
                   if getattr(v, "tzinfo", None) is not None), None)
    if kind == "time":
        low = to_ms(min_value, kind) if min_value is not None else 0
        high = to_ms(max_value, kind) if max_value is not None else MS_PER_DAY - 1000
    else:
        anchor = given or [v for v in (min_value, max_value) if v is not None]
        span = 14 * MS_PER_DAY
        low = to_ms(min_value, kind) if min_value is not None else \
            min(to_ms(v, kind) for v in anchor) - span
        high = to_ms(max_value, kind) if max_value is not None else \
            max(to_ms(v, kind) for v in anchor) + span
    if low > high:
        low, high = high, low
    step_ms = int(step / dt.timedelta(milliseconds=1)) if step is not None else (
        15 * 60_000 if kind == "time" else MS_PER_DAY)
    if step_ms <= 0:
        raise StreamlitAPIException(
            "Invalid `step` value. Supported values: a number. Zero is not allowed.")
    if is_range:
        wire_default: Any = [to_ms(v, kind) for v in value] if value else [low, high]
    else:
        wire_default = to_ms(value, kind) if value is not None else low
    # As Streamlit 1.67: the range grows to hold the default value rather than refusing it.
    shown = wire_default if is_range else [wire_default]
    if shown:
        low, high = min(low, *shown), max(high, *shown)

    def to_python(raw: Any) -> Any:
        if isinstance(raw, (list, tuple)):
            return tuple(from_ms(v, kind, tzinfo) for v in raw)
        return from_ms(raw, kind, tzinfo)

    def to_wire(v: Any) -> Any:
        if isinstance(v, (list, tuple)):
            return [v_ if isinstance(v_, (int, float)) else to_ms(v_, kind) for v_ in v]
        return v if isinstance(v, (int, float)) else to_ms(v, kind)

    default = to_python(wire_default)
    result = register_widget(
        dg, "slider", label=label, key=key, default=default,
        props={"min_value": low, "max_value": high, "step": step_ms,
               "format": format or DEFAULT_FORMATS[kind], "is_int": True, "is_range": is_range,
               "dtype": kind, "on_change": change_mode(on_change),
               **common_props(help, disabled, label_visibility)},
        id_args={"min_value": low, "max_value": high, "value": wire_default, "step": step_ms,
                 "format": format, "help": help, "dtype": kind},
        callback=callback, args=args, kwargs=kwargs, deserialize=to_python, serialize=to_wire,
        url=url_binding.temporal(kind, is_range, lo=from_ms(low, kind, tzinfo),
                                 hi=from_ms(high, kind, tzinfo)) if bound else None,
        persist=persist)
    return tuple(result) if is_range else result
