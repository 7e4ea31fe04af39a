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
    from urllib import parse  # here: slow to import in the browser, and most URLs have no query

    out: dict[str, str | list[str]] = {}
    for key, values in parse.parse_qs(query, keep_blank_values=True).items():
        out[key] = values[0] if len(values) == 1 else values
    return out


def encode_query(params: Mapping[str, str | list[str]]) -> str:
    if not params:
        return ""
    from urllib import parse

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


def _check_unbound(bound: Mapping[str, str], key: str, verb: str = "set") -> None:
    if key in bound:
        raise StreamlitAPIException(
            f"Cannot directly {verb} query parameter '{key}' - it is bound to a widget. "
            "Modify the widget value instead.")


def _pairs(other: Any) -> list[tuple[str, Any]]:
    if hasattr(other, "keys") and hasattr(other, "__getitem__"):
        return [(k, other[k]) for k in list(other.keys())]
    return list(other)


class QueryParams(MutableMapping[str, str]):
    """One session's query parameters."""

    def __init__(self, query: str = "") -> None:
        self._params: dict[str, str | list[str]] = parse_query(query)
        self.dirty = False
        #: widgets' ``bind="query-params"``: parameter -> the widget id bound to it
        self.bound: dict[str, str] = {}
        #: how many times the URL was read from the page (a bound widget seeds once per read)
        self.generation = 0
        #: widget id -> the generation its value last agreed with
        self.synced: dict[str, int] = {}

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
        _check_unbound(self.bound, key)
        _store(self._params, key, value)
        self.dirty = True

    def __delitem__(self, key: str) -> None:
        if str(key).lower() in EMBED_KEYS:
            raise KeyError(_missing(key))
        _check_unbound(self.bound, key, "delete")
        if key not in self._params:
            raise KeyError(_missing(key))
        del self._params[key]
        self.dirty = True

    def update(self, other: Any = (), /, **kwds: Any) -> None:
        pairs = [*_pairs(other), *kwds.items()]
        for key, _ in pairs:
            _check_unbound(self.bound, key)
        for key, value in pairs:
            _store(self._params, key, value)
        self.dirty = True

    def clear(self) -> None:
        taken = [k for k in self._params if k in self.bound]
        if taken:
            raise StreamlitAPIException(
                "Cannot clear query parameters - the following are bound to widgets: "
                + ", ".join(repr(k) for k in taken)
                + ". Modify the widget values instead, or remove the bind parameter.")
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

    def replace_from_url(self, query: str, *, keep_bound: bool = False) -> None:
        """The page's URL changed (boot, navigation, back/forward): nothing to send back.
        ``keep_bound`` (a menu click or page link): the bound widgets' parameters stay, as
        Streamlit carries them to the next page."""
        kept = {k: v for k, v in self._params.items() if k in self.bound} if keep_bound else {}
        self._params = {**parse_query(query), **kept}
        self.generation += 1
        self.dirty = bool(kept)

    # ---- widgets' bind="query-params" (wasmlit.state.url_binding) ----------------------------

    def raw(self, key: str) -> str | list[str] | None:
        """A parameter as stored: a str, or a list for a repeated key."""
        return self._params.get(key)

    def put_bound(self, key: str, value: str | list[str] | None) -> None:
        """A bound widget's value (None: its default, the parameter goes)."""
        if isinstance(value, list) and len(value) == 1:
            value = value[0]  # one value reads back from the URL as a str
        if value is None:
            if key in self._params:
                del self._params[key]
                self.dirty = True
        elif self._params.get(key) != value:
            self._params[key] = value
            self.dirty = True

    def drop_bindings(self, live: set[str]) -> None:
        """After a full run: widgets not drawn lose their binding and their parameter."""
        for key, wid in list(self.bound.items()):
            if wid not in live:
                del self.bound[key]
                self.synced.pop(wid, None)
                self.put_bound(key, None)


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
