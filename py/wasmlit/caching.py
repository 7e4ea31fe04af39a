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
import time
from typing import Any, Callable

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


_STORES: dict[tuple[bool, str, bytes], dict[str, tuple[float, Any]]] = {}


def _make_cache(copy_values: bool) -> Callable[..., Any]:
    def decorator(func: Callable[..., Any] | None = None, *, ttl: Any = None,
                  max_entries: int | None = None, show_spinner: Any = True,
                  hash_funcs: Any = None, **_: Any) -> Any:
        if func is None:
            return lambda f: decorator(f, ttl=ttl, max_entries=max_entries,
                                       show_spinner=show_spinner, hash_funcs=hash_funcs)
        seconds = _ttl_seconds(ttl)
        # one store per function (its name and code), shared by every rerun's re-decoration
        code = getattr(func, "__code__", None)
        identity = (copy_values, f"{func.__module__}.{func.__qualname__}",
                    code.co_code if code is not None else b"")
        store = _STORES.setdefault(identity, {})

        @functools.wraps(func)
        def cached(*args: Any, **kwargs: Any) -> Any:
            key = _key(func, args, kwargs, hash_funcs)
            hit = store.get(key)
            if hit is not None and (seconds is None or time.monotonic() - hit[0] < seconds):
                return copy.deepcopy(hit[1]) if copy_values else hit[1]
            ctx = current_ctx()
            before = len(ctx.widget_ids_this_run) if ctx else 0
            value = func(*args, **kwargs)
            if ctx is not None and len(ctx.widget_ids_this_run) > before:
                from wasmlit.delta_generator import active_dg

                active_dg().exception(_CachedWidgetWarning(CACHED_WIDGET_WARNING))
            store[key] = (time.monotonic(), copy.deepcopy(value) if copy_values else value)
            if max_entries is not None:
                while len(store) > max_entries:
                    store.pop(next(iter(store)))
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


cache_data = _make_cache(copy_values=True)
cache_resource = _make_cache(copy_values=False)


def clear_all() -> None:
    """Empty every ``st.cache_data`` and ``st.cache_resource`` store (the menu's Clear cache)."""
    for store in _STORES.values():
        store.clear()
