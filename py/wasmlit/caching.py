"""``st.cache_data`` and ``st.cache_resource``: memoise function results across reruns.

Caches belong to the process (the worker), not to a run: no rerun clears them (B57).
``cache_data`` hands out copies so callers cannot change the cached value; ``cache_resource``
hands out the object itself.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import inspect
import pickle
import re
import time
from typing import Any, Callable

from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.context import current_ctx

CACHED_WIDGET_WARNING = (
    "\nYour script uses a widget command in a cached function\n(function decorated with "
    "`@st.cache_data` or `@st.cache_resource`).\nThis code will only be called when we "
    "detect a cache \"miss\",\nwhich can lead to unexpected results.\n\nTo fix this, move "
    "all widget commands outside the cached function.\n"
)


def _key(func: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any],
         hash_funcs: dict[Any, Callable[[Any], Any]] | None = None) -> str:
    """The cache key of one call: the function and its arguments, except those whose
    parameter name starts with ``_`` (Streamlit's rule for unhashable arguments)."""
    h = hashlib.md5(f"{func.__module__}.{func.__qualname__}".encode(), usedforsecurity=False)
    try:
        bound = inspect.signature(func).bind(*args, **kwargs)
        named = list(bound.arguments.items())
    except (TypeError, ValueError):  # no signature, or a call that will fail anyway
        named = [(str(i), a) for i, a in enumerate(args)] + sorted(kwargs.items())
    for name, value in named:
        if name.startswith("_"):
            continue
        for kind, hasher in (hash_funcs or {}).items():
            if (isinstance(kind, type) and isinstance(value, kind)) or (
                    isinstance(kind, str) and kind in (type(value).__qualname__,
                                                       f"{type(value).__module__}.{type(value).__qualname__}")):
                value = hasher(value)
                break
        try:
            h.update(name.encode() + pickle.dumps(value))
        except Exception:
            h.update(f"{name}={value!r}".encode())
    return h.hexdigest()


class _Store:
    """One cached function's entries, least recently used first: key -> (time, value, size)."""

    def __init__(self) -> None:
        self.entries: dict[str, tuple[float, Any, int]] = {}
        self.on_release: Callable[[Any], Any] | None = None

    def drop(self, key: str) -> None:
        _t, value, _size = self.entries.pop(key)
        if self.on_release is not None:
            self.on_release(value)

    def clear(self) -> None:
        for key in list(self.entries):
            self.drop(key)


_STORES: dict[tuple[bool, str, bytes], _Store] = {}
_IN_CACHED_CALL: list[bool] = []  # a spinner only for the outermost cached call (Streamlit's rule)


def _check_options(*, copy_values: bool, seconds: float | None, max_size: Any, persist: Any,
                   scope: Any, refresh_mode: Any, validate: Any,
                   on_release: Any) -> int | None:
    """Streamlit 1.67's checks of the decorator's options; the byte limit of ``max_size``."""
    from wasmlit.errors import StreamlitMissingRequiredParameterError, StreamlitValueError

    if scope not in ("global", "session"):
        raise StreamlitValueError("scope", ["'global'", "'session'"])
    if refresh_mode not in ("foreground", "background"):
        raise StreamlitValueError("refresh_mode", ["foreground", "background"])
    if refresh_mode == "background" and seconds is None:
        raise StreamlitMissingRequiredParameterError(
            "ttl", 'Set a positive `ttl` (for example `ttl="1h"`) or use '
                   '`refresh_mode="foreground"`.')
    if persist not in (None, False, True, "disk"):
        raise StreamlitValueError("persist", ["'disk'", "True", "False", "None"])
    for name, fn in (("validate", validate), ("on_release", on_release)):
        if fn is not None and not callable(fn):
            raise StreamlitAPIException(f"`{name}` must be a function or None.")
    return max_size_bytes(max_size) if copy_values else None


_SIZE = re.compile(r"(?P<value>(?:\d+(?:\.\d*)?|\.\d+)) ?(?P<unit>b|ki?b|mi?b|gi?b|ti?b)",
                   re.ASCII | re.IGNORECASE)
_UNITS = {"b": 0, "k": 1, "m": 2, "g": 3, "t": 4}


def max_size_bytes(value: Any) -> int | None:
    """``max_size``: None, a positive number of bytes, or a size with a unit ("500MB",
    "1.5GiB"; every unit a power of 1024, fractions rounded down)."""
    if value is None:
        return None
    detail = ('Use an integer number of bytes or a positive value with an explicit unit, such '
              'as "500MB", "1.5GB", or "200KiB".')
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise StreamlitAPIException(
            f"Invalid `max_size` type: {type(value).__name__}. Pass an integer byte count such "
            'as int(5e8), or a unit string such as "500MB".')
    if isinstance(value, str):
        match = _SIZE.fullmatch(value.strip())
        if match is None:
            raise StreamlitAPIException(f"Invalid `max_size` value: {value!r}. {detail}")
        whole, _, fraction = match["value"].partition(".")
        value = (int((whole or "0") + fraction) * 1024 ** _UNITS[match["unit"][0].lower()]
                 // 10 ** len(fraction))
    if value <= 0:
        raise StreamlitAPIException(f"Invalid `max_size` value: {value!r}. {detail}")
    return int(value)


def _make_cache(copy_values: bool) -> Callable[..., Any]:
    """The decorator behind ``st.cache_data`` (``copy_values``) and ``st.cache_resource``;
    each of those has Streamlit 1.67's own signature and passes its options here."""

    def decorator(func: Callable[..., Any] | None = None, *, ttl: Any = None,
                  max_entries: int | None = None, max_size: Any = None,
                  show_spinner: Any = True, show_time: bool = False, persist: Any = None,
                  validate: Callable[[Any], bool] | None = None, hash_funcs: Any = None,
                  on_release: Callable[[Any], Any] | None = None, scope: str = "global",
                  refresh_mode: str = "foreground") -> Any:
        options = {"ttl": ttl, "max_entries": max_entries, "max_size": max_size,
                   "show_spinner": show_spinner, "show_time": show_time, "persist": persist,
                   "validate": validate, "hash_funcs": hash_funcs, "on_release": on_release,
                   "scope": scope, "refresh_mode": refresh_mode}
        if func is None:
            return lambda f: decorator(f, **options)
        seconds = _ttl_seconds(ttl)
        limit = _check_options(copy_values=copy_values, seconds=seconds, max_size=max_size,
                               persist=persist, scope=scope, refresh_mode=refresh_mode,
                               validate=validate, on_release=on_release)
        # one store per function (its name and code), shared by every rerun's re-decoration
        code = getattr(func, "__code__", None)
        identity = (copy_values, f"{func.__module__}.{func.__qualname__}",
                    code.co_code if code is not None else b"")
        store = _STORES.setdefault(identity, _Store())
        store.on_release = on_release

        def spinner_text(args: tuple[Any, ...], kwargs: dict[str, Any]) -> str | None:
            if isinstance(show_spinner, str):
                return show_spinner
            if show_spinner is True and not _IN_CACHED_CALL and current_ctx() is not None:
                return f"Running `{func.__qualname__}({'...' if args or kwargs else ''})`."
            return None

        @functools.wraps(func)
        def cached(*args: Any, **kwargs: Any) -> Any:
            key = _key(func, args, kwargs, hash_funcs)
            hit = store.entries.get(key)
            if hit is not None and seconds is not None and time.monotonic() - hit[0] >= seconds:
                store.drop(key)
                hit = None
            if hit is not None and validate is not None and not validate(hit[1]):
                store.drop(key)
                hit = None
            if hit is not None:
                store.entries[key] = store.entries.pop(key)  # now the most recently used
                return copy.deepcopy(hit[1]) if copy_values else hit[1]
            text = spinner_text(args, kwargs)
            if text is not None and not _IN_CACHED_CALL:
                from wasmlit.delta_generator import active_dg

                with active_dg().spinner(text, show_time=show_time, _cache=True):
                    return miss(key, args, kwargs)
            return miss(key, args, kwargs)

        def miss(key: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
            ctx = current_ctx()
            before = len(ctx.widget_ids_this_run) if ctx else 0
            _IN_CACHED_CALL.append(True)
            try:
                value = func(*args, **kwargs)
            finally:
                _IN_CACHED_CALL.pop()
            if ctx is not None and len(ctx.widget_ids_this_run) > before:
                from wasmlit.delta_generator import active_dg

                active_dg().exception(_CachedWidgetWarning(CACHED_WIDGET_WARNING))
            size = 0
            if limit is not None:
                try:
                    size = len(pickle.dumps(value))
                except Exception:  # unpicklable: counted as nothing
                    size = 0
            if key in store.entries:
                store.drop(key)
            store.entries[key] = (time.monotonic(), copy.deepcopy(value) if copy_values
                                  else value, size)
            if max_entries is not None:
                while len(store.entries) > max_entries:
                    store.drop(next(iter(store.entries)))
            if limit is not None:
                # least recently used first; a value larger than the limit stays alone
                while (len(store.entries) > 1
                       and sum(e[2] for e in store.entries.values()) > limit):
                    store.drop(next(iter(store.entries)))
            return value

        cached.clear = store.clear  # type: ignore[attr-defined]  # st.cache_data(f).clear()
        return cached

    def clear() -> None:
        """Empty every cache of this kind (``st.cache_data.clear()``)."""
        for (kind, _name, _code), store in _STORES.items():
            if kind == copy_values:
                store.clear()

    decorator.clear = clear  # type: ignore[attr-defined]  # st.cache_data.clear()
    return decorator


class _CachedWidgetWarning(Warning):
    pass


_CachedWidgetWarning.__name__ = "CachedWidgetWarning"


def _ttl_seconds(ttl: Any) -> float | None:
    if ttl is None:
        return None
    from datetime import timedelta

    from wasmlit.runtime.intervals import parse_timedelta_string

    if isinstance(ttl, timedelta):
        return ttl.total_seconds()
    if isinstance(ttl, str):
        return parse_timedelta_string(ttl)
    return float(ttl)


_cache_data = _make_cache(copy_values=True)
_cache_resource = _make_cache(copy_values=False)


def cache_data(func: Callable[..., Any] | None = None, *, ttl: Any = None,
               max_entries: int | None = None, max_size: int | str | None = None,
               show_spinner: bool | str = True, show_time: bool = False, persist: Any = None,
               hash_funcs: Any = None, scope: str = "global",
               refresh_mode: str = "foreground") -> Any:
    """Cache what a function returns; every call gets a copy (``st.cache_data``).

    ``max_size`` bounds the pickled bytes kept (least recently used dropped first);
    ``persist``, ``scope`` and ``refresh_mode`` are checked, see docs/compatibility.md."""
    return _cache_data(func, ttl=ttl, max_entries=max_entries, max_size=max_size,
                       show_spinner=show_spinner, show_time=show_time, persist=persist,
                       hash_funcs=hash_funcs, scope=scope, refresh_mode=refresh_mode)


def cache_resource(func: Callable[..., Any] | None = None, *, ttl: Any = None,
                   max_entries: int | None = None, show_spinner: bool | str = True,
                   show_time: bool = False, validate: Callable[[Any], bool] | None = None,
                   hash_funcs: Any = None, on_release: Callable[[Any], Any] | None = None,
                   scope: str = "global", refresh_mode: str = "foreground") -> Any:
    """Cache a shared object, handed out itself (``st.cache_resource``).

    ``validate(value)`` returning False drops the entry and calls the function again;
    ``on_release(value)`` is called for every entry that leaves the cache."""
    return _cache_resource(func, ttl=ttl, max_entries=max_entries, show_spinner=show_spinner,
                           show_time=show_time, validate=validate, hash_funcs=hash_funcs,
                           on_release=on_release, scope=scope, refresh_mode=refresh_mode)


cache_data.clear = _cache_data.clear  # type: ignore[attr-defined]
cache_resource.clear = _cache_resource.clear  # type: ignore[attr-defined]


def clear_all() -> None:
    """Empty every ``st.cache_data`` and ``st.cache_resource`` store (the menu's Clear cache)."""
    cache_data.clear()  # type: ignore[attr-defined]
    cache_resource.clear()  # type: ignore[attr-defined]
