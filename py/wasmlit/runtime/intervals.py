"""``run_every`` values to seconds, parsing pandas' Timedelta strings without pandas.

Accepted (spec B11): int/float seconds, ``True`` (1 s), ``timedelta``, and strings such as
``"5s"``, ``"1m"``, ``"1.5 days"``, ``"1h23s"``, ``"500ms"``, ``"2 minutes"``, ``"P0DT0H0M5S"``,
``"1 days 02:03:04"``. A bare number in a string (``"5"``) means nanoseconds to pandas, so it
comes out as (almost) zero: we refuse every interval that is not positive (spec section 0).
"""

from __future__ import annotations

import math
import re
from datetime import timedelta
from typing import Any

from wasmlit.errors import M5_BAD_TIME, StreamlitAPIException, StreamlitBadTimeStringError

_UNIT_SECONDS = {
    "w": 604800.0,
    "d": 86400.0,
    "h": 3600.0,
    "m": 60.0,
    "s": 1.0,
    "ms": 1e-3,
    "us": 1e-6,
    "ns": 1e-9,
}
_ALIASES = {
    "w": "w", "week": "w", "weeks": "w",
    "d": "d", "day": "d", "days": "d",
    "h": "h", "hr": "h", "hrs": "h", "hour": "h", "hours": "h",
    "m": "m", "t": "m", "min": "m", "mins": "m", "minute": "m", "minutes": "m",
    "s": "s", "sec": "s", "secs": "s", "second": "s", "seconds": "s",
    "ms": "ms", "l": "ms", "milli": "ms", "millis": "ms", "millisecond": "ms",
    "milliseconds": "ms",
    "us": "us", "µs": "us", "u": "us", "micro": "us", "micros": "us", "microsecond": "us",
    "microseconds": "us",
    "ns": "ns", "n": "ns", "nano": "ns", "nanos": "ns", "nanosecond": "ns", "nanoseconds": "ns",
}
_NUMBER = r"(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?"
_TOKEN = re.compile(rf"\s*({_NUMBER})\s*([a-zA-Zµ]*)\s*,?")
_CLOCK = re.compile(r"(\d+):(\d\d)(?::(\d\d(?:\.\d+)?))?$")
_ISO = re.compile(
    r"P(?:(?P<d>\d+(?:\.\d+)?)D)?(?:T(?:(?P<h>\d+(?:\.\d+)?)H)?(?:(?P<m>\d+(?:\.\d+)?)M)?"
    r"(?:(?P<s>\d+(?:\.\d+)?)S)?)?$"
)


def parse_timedelta_string(text: str) -> float:
    """Seconds for a pandas-style Timedelta string; StreamlitBadTimeStringError otherwise."""

    def bad() -> StreamlitBadTimeStringError:
        return StreamlitBadTimeStringError(M5_BAD_TIME.format(value=text))

    s = text.strip()
    if not s or s.lower() in {"nat", "nan"}:
        raise bad()
    sign = 1.0
    if s[0] in "+-":
        sign = -1.0 if s[0] == "-" else 1.0
        s = s[1:].strip()
    iso = _ISO.match(s)
    if iso and s != "P":
        return sign * sum(float(v) * _UNIT_SECONDS[u] for u, v in iso.groupdict().items() if v)
    total = 0.0
    pos = 0
    matched = False
    while pos < len(s):
        clock = _CLOCK.match(s, pos)
        if clock:
            hours, minutes, seconds = clock.groups()
            total += int(hours) * 3600 + int(minutes) * 60 + float(seconds or 0)
            pos = clock.end()
            matched = True
            continue
        token = _TOKEN.match(s, pos)
        if not token or token.end() == pos:
            raise bad()
        number, unit = token.groups()
        # pandas reads a bare number as nanoseconds
        unit_key = _ALIASES.get(unit.lower()) if unit else "ns"
        if unit_key is None:
            raise bad()
        total += float(number) * _UNIT_SECONDS[unit_key]
        pos = token.end()
        matched = True
    if not matched:
        raise bad()
    return sign * total


def interval_seconds(run_every: Any) -> float | None:
    """The fragment's timer interval, or None for no timer. Raises for bad values."""
    if not run_every:
        return None
    if isinstance(run_every, timedelta):
        seconds = run_every.total_seconds()
    elif isinstance(run_every, (int, float)):
        seconds = float(run_every)
    elif isinstance(run_every, str):
        seconds = parse_timedelta_string(run_every)
    else:
        raise TypeError(f"must be real number, not {type(run_every).__name__}")
    if math.isnan(seconds):
        raise StreamlitBadTimeStringError(M5_BAD_TIME.format(value=run_every))
    if seconds <= 0 or seconds < 1e-3:
        hint = f' Did you mean "{run_every}s"?' if isinstance(run_every, str) else ""
        raise StreamlitAPIException(
            f"`run_every={run_every!r}` is an interval of {seconds:g} seconds: a fragment "
            f"cannot rerun continuously. Give a positive interval of at least a millisecond, "
            f'for example `run_every="5s"` or `run_every=5`.{hint}'
        )
    return seconds
