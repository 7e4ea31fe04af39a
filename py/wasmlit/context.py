"""``st.context``: facts about the browser showing the app.

There is no HTTP request behind a wasmlit app, so the page gathers these itself and sends
them with each ``navigate`` request (``web/src/nav.js``, ``browserContext``): the locale,
time zone and offset, the page URL, the theme type (light or dark, from the page's colour
scheme), whether the app is embedded (not a full-page site, or inside a frame), the cookies
the page's script can read (``document.cookie``), and headers *synthesised* from the browser
(``User-Agent``, ``Accept-Language``, ``Host``, ``Origin``, ``Referer``), not the ones a server
would see. ``ip_address`` is always None.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any


class StreamlitHeaders(Mapping[str, str]):
    """Read-only headers; names are case-insensitive, a name may repeat (``get_all``)."""

    def __init__(self, headers: Iterable[tuple[str, str]]) -> None:
        self._headers: dict[str, list[str]] = {}
        for name, value in headers:
            self._headers.setdefault(str(name).lower(), []).append(str(value))

    def get_all(self, key: str) -> list[str]:
        return list(self._headers.get(key.lower(), []))

    def __getitem__(self, key: str) -> str:
        try:
            return self._headers[key.lower()][-1]
        except KeyError:
            raise KeyError(key) from None

    def __len__(self) -> int:
        return len(self._headers)

    def __iter__(self) -> Iterator[str]:
        return iter(self._headers)

    def to_dict(self) -> dict[str, str]:
        return {key: self[key] for key in self}

    def __repr__(self) -> str:
        return repr(self.to_dict())


class StreamlitCookies(Mapping[str, str]):
    """Read-only cookies (what the page's ``document.cookie`` shows)."""

    def __init__(self, cookies: Mapping[str, str]) -> None:
        self._cookies = dict(cookies)

    def __getitem__(self, key: str) -> str:
        return self._cookies[key]

    def __len__(self) -> int:
        return len(self._cookies)

    def __iter__(self) -> Iterator[str]:
        return iter(self._cookies)

    def to_dict(self) -> dict[str, str]:
        return dict(self._cookies)

    def __repr__(self) -> str:
        return repr(self._cookies)


class StreamlitTheme(dict[str, Any]):
    """``{"type": "light" | "dark" | None}``, also readable as ``.type``."""

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(key) from None

    def __setitem__(self, key: Any, value: Any) -> None:
        raise TypeError("st.context.theme is read-only.")


def parse_cookies(text: str) -> dict[str, str]:
    from urllib.parse import unquote

    out: dict[str, str] = {}
    for part in text.split(";"):
        name, sep, value = part.strip().partition("=")
        if sep and name:
            out[name] = unquote(value)
    return out


def _info() -> dict[str, Any]:
    from wasmlit.navigation import current_navigator

    return current_navigator().context


class ContextProxy:
    """``st.context``."""

    @property
    def headers(self) -> StreamlitHeaders:
        raw = _info().get("headers") or {}
        return StreamlitHeaders(raw.items() if isinstance(raw, dict) else raw)

    @property
    def cookies(self) -> StreamlitCookies:
        return StreamlitCookies(parse_cookies(str(_info().get("cookies") or "")))

    @property
    def theme(self) -> StreamlitTheme:
        kind = _info().get("theme")
        return StreamlitTheme({"type": kind if kind in ("light", "dark") else None})

    @property
    def timezone(self) -> str | None:
        return _info().get("timezone") or None

    @property
    def timezone_offset(self) -> int | None:
        value = _info().get("timezone_offset")
        return int(value) if isinstance(value, (int, float)) else None

    @property
    def locale(self) -> str | None:
        return _info().get("locale") or None

    @property
    def url(self) -> str | None:
        """The app's URL in the browser without query or anchor, ending in the current
        page's path (Streamlit 1.67's ``maybe_trim_page_path``/``maybe_add_page_path``)."""
        from wasmlit.navigation import current_navigator

        nav = current_navigator()
        url = str(nav.context.get("url") or "").split("#", 1)[0].split("?", 1)[0]
        if not url:
            return None
        url = url.removesuffix("/")
        for info in nav.pages.values():
            if info["url_path"] and url.endswith(info["url_path"]):
                url = url.removesuffix(info["url_path"]).removesuffix("/")
                break
        current = nav.pages.get(nav.current_hash)
        return f"{url}/{current['url_path']}" if current and current["url_path"] else url

    @property
    def ip_address(self) -> str | None:
        return None

    @property
    def is_embedded(self) -> bool | None:
        value = _info().get("is_embedded")
        return bool(value) if value is not None else None

    _KEYS = ("headers", "cookies", "theme", "timezone", "timezone_offset", "locale", "url",
             "ip_address", "is_embedded")

    def __getitem__(self, key: str) -> Any:
        if key not in self._KEYS:
            raise KeyError(key)
        return getattr(self, key)

    def __contains__(self, key: object) -> bool:
        return key in self._KEYS


context = ContextProxy()
