"""``st.query_params``: the page URL's query string as a dict of strings.

The page sends the query string with every ``navigate`` request (at boot, on a page change,
on back/forward); the session parses it into a :class:`QueryParams`. A script's changes mark
it dirty and the session sends the new query string (``page-info``) at its next flush; the
page writes it into the address bar with ``history.replaceState``.

Values are strings; a key repeated in the URL keeps every value (``get_all``) and reads as
its last one. ``embed`` and ``embed_options`` are Streamlit's own parameters: hidden from the
mapping and not settable, as in Streamlit 1.67.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from typing import Any
from urllib import parse

from wasmlit.errors import StreamlitAPIException

EMBED_KEYS = ("embed", "embed_options")
#: Streamlit ignores longer query strings from the client (``sanitize_query_string``)
MAX_QUERY_CHARS = 512 * 1024
MAX_QUERY_FIELDS = 1000


def _missing(key: str) -> str:
    return f'st.query_params has no key "{key}".'


def parse_query(query: str) -> dict[str, str | list[str]]:
    """A query string (with or without its ``?``) as stored values: one value is a str,
    a repeated key a list."""
    query = query[1:] if query.startswith("?") else query
    if not query or len(query) > MAX_QUERY_CHARS or query.count("&") + 1 > MAX_QUERY_FIELDS:
        return {}
    out: dict[str, str | list[str]] = {}
    for key, values in parse.parse_qs(query, keep_blank_values=True).items():
        out[key] = values[0] if len(values) == 1 else values
    return out


def encode_query(params: Mapping[str, str | list[str]]) -> str:
    return parse.urlencode(params, doseq=True)


def _store(target: dict[str, str | list[str]], key: str, value: Any) -> None:
    if isinstance(value, dict):
        raise StreamlitAPIException(
            f"Query param value for `{key}` cannot be set to a dictionary. "
            "Provide a string or iterable of strings instead.")
    if str(key).lower() in EMBED_KEYS:
        raise StreamlitAPIException(
            "Query param embed and embed_options (case-insensitive) cannot be set "
            "programmatically.")
    if isinstance(value, Iterable) and not isinstance(value, str):
        target[key] = [str(item) for item in value]
    else:
        target[key] = str(value)


def _pairs(other: Any) -> list[tuple[str, Any]]:
    if hasattr(other, "keys") and hasattr(other, "__getitem__"):
        return [(k, other[k]) for k in list(other.keys())]
    return list(other)


class QueryParams(MutableMapping[str, str]):
    """One session's query parameters."""

    def __init__(self, query: str = "") -> None:
        self._params: dict[str, str | list[str]] = parse_query(query)
        self.dirty = False

    # ---- read ---------------------------------------------------------------------------

    def __iter__(self) -> Iterator[str]:
        return iter([k for k in self._params if k.lower() not in EMBED_KEYS])

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __getitem__(self, key: str) -> str:
        if str(key).lower() in EMBED_KEYS or key not in self._params:
            raise KeyError(_missing(key))
        value = self._params[key]
        if isinstance(value, list):
            return value[-1] if value else ""
        return value

    def get_all(self, key: str) -> list[str]:
        if key not in self._params or str(key).lower() in EMBED_KEYS:
            return []
        value = self._params[key]
        return list(value) if isinstance(value, list) else [value]

    def to_dict(self) -> dict[str, str]:
        return {key: self[key] for key in self}

    def __repr__(self) -> str:
        return repr(self.to_dict())

    def __str__(self) -> str:
        return str(self._params)

    @property
    def query_string(self) -> str:
        return encode_query(self._params)

    # ---- write (each marks the URL for update) --------------------------------------------

    def __setitem__(self, key: str, value: Any) -> None:
        _store(self._params, key, value)
        self.dirty = True

    def __delitem__(self, key: str) -> None:
        if str(key).lower() in EMBED_KEYS or key not in self._params:
            raise KeyError(_missing(key))
        del self._params[key]
        self.dirty = True

    def update(self, other: Any = (), /, **kwds: Any) -> None:
        for key, value in [*_pairs(other), *kwds.items()]:
            _store(self._params, key, value)
        self.dirty = True

    def clear(self) -> None:
        self._params = {k: v for k, v in self._params.items() if k.lower() in EMBED_KEYS}
        self.dirty = True

    def from_dict(self, params: Any) -> None:
        old = dict(self._params)
        self._params = {k: v for k, v in self._params.items() if k.lower() in EMBED_KEYS}
        try:
            self.update(params)
        except StreamlitAPIException:
            self._params = old
            raise

    def replace_from_url(self, query: str) -> None:
        """The page's URL changed (boot, navigation, back/forward): nothing to send back."""
        self._params = parse_query(query)
        self.dirty = False


def _current() -> QueryParams:
    from wasmlit.navigation import current_navigator

    return current_navigator().query


class QueryParamsProxy(MutableMapping[str, str]):
    """``st.query_params``: item and attribute access on the running session's parameters."""

    def __iter__(self) -> Iterator[str]:
        return iter(_current())

    def __len__(self) -> int:
        return len(_current())

    def __contains__(self, key: object) -> bool:
        return key in _current()

    def __getitem__(self, key: str) -> str:
        return _current()[key]

    def __setitem__(self, key: str, value: Any) -> None:
        _current()[key] = value

    def __delitem__(self, key: str) -> None:
        del _current()[key]

    def __getattr__(self, key: str) -> str:
        if key.startswith("__"):
            raise AttributeError(key)
        try:
            return _current()[key]
        except KeyError:
            raise AttributeError(f'st.query_params has no attribute "{key}".') from None

    def __setattr__(self, key: str, value: Any) -> None:
        _current()[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del _current()[key]
        except KeyError:
            raise AttributeError(_missing(key)) from None

    def update(self, other: Any = (), /, **kwds: Any) -> None:
        _current().update(other, **kwds)

    def get_all(self, key: str) -> list[str]:
        return _current().get_all(key)

    def clear(self) -> None:
        _current().clear()

    def to_dict(self) -> dict[str, str]:
        return _current().to_dict()

    def from_dict(self, params: Any) -> None:
        _current().from_dict(params)

    def __repr__(self) -> str:
        return repr(_current())

    def __str__(self) -> str:
        return str(_current())


query_params = QueryParamsProxy()
