"""``st.secrets``: a static site has none, unless the build was told the values may be public.

``wasmlit build --public-secrets`` ships ``.streamlit/secrets.toml`` with the site and
``st.secrets`` reads it as Streamlit does (a mapping that also allows attribute access,
``st.secrets.db.user``). Without the flag the file is never copied into the site, and any
use of ``st.secrets`` raises :class:`StreamlitSecretNotFoundError` saying why and what to do.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from typing import Any

from wasmlit.errors import StreamlitAPIException

NO_SECRETS = (
    "st.secrets has no values in this app: it is a static site, and every file a static site "
    "ships can be read by every visitor, so wasmlit does not publish .streamlit/secrets.toml. "
    "Keep real secrets (API keys, passwords) on a server of your own that the app calls, or "
    "ask each visitor for their own key with st.text_input(type=\"password\"). If the values "
    "may be public, build with `wasmlit build --public-secrets`."
)


class StreamlitSecretNotFoundError(StreamlitAPIException, KeyError,
                                   AttributeError):
    """No secrets file, or no such key (it is also a KeyError and an AttributeError, so
    ``st.secrets.get`` style code and ``hasattr`` behave as with a mapping)."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


class AttrDict(Mapping[str, Any]):
    """A read-only table of secrets: ``d["key"]`` and ``d.key``."""

    def __init__(self, values: Mapping[str, Any]) -> None:
        self.__dict__["_values"] = dict(values)

    @staticmethod
    def _wrap(value: Any) -> Any:
        return AttrDict(value) if isinstance(value, Mapping) else value

    def _data(self) -> dict[str, Any]:
        return self.__dict__["_values"]

    def __getitem__(self, key: str) -> Any:
        data = self._data()
        try:
            return self._wrap(data[key])
        except KeyError:
            raise StreamlitSecretNotFoundError(f'st.secrets has no key "{key}".') from None

    def __getattr__(self, key: str) -> Any:
        if key.startswith("__"):
            raise AttributeError(key)
        data = self._data()
        try:
            return self._wrap(data[key])
        except KeyError:
            raise StreamlitSecretNotFoundError(
                f'st.secrets has no key "{key}". Did you forget to add it to secrets.toml?'
            ) from None

    def __setattr__(self, key: str, value: Any) -> None:
        raise TypeError("Secrets does not support assignment.")

    __setitem__ = __setattr__

    def __iter__(self) -> Iterator[str]:
        return iter(self._data())

    def __len__(self) -> int:
        return len(self._data())

    def __repr__(self) -> str:
        return repr(self._data())

    def to_dict(self) -> dict[str, Any]:
        return {k: v.to_dict() if isinstance(v, AttrDict) else v
                for k, v in ((k, self._wrap(v)) for k, v in self._data().items())}


class Secrets(AttrDict):
    """``st.secrets``: read lazily from ``path`` (relative to the app's folder) when the
    build published it (``path`` set), else every use raises :data:`NO_SECRETS`."""

    def __init__(self) -> None:
        self.__dict__["_values"] = None
        self.__dict__["_path"] = ""

    def configure(self, path: str, folder: str | None = None) -> None:
        """``path``: where the published secrets.toml is ("" when the site has none)."""
        self.__dict__["_path"] = os.path.join(folder, path) if folder and path else path
        self.__dict__["_values"] = None

    def _load(self) -> dict[str, Any]:
        if self.__dict__["_values"] is None:
            path = self.__dict__["_path"]
            if not path:
                raise StreamlitSecretNotFoundError(NO_SECRETS)
            import tomllib  # on first use: importing it takes a while in the browser

            try:
                with open(path, "rb") as f:
                    self.__dict__["_values"] = tomllib.load(f)
            except FileNotFoundError:
                raise StreamlitSecretNotFoundError(
                    f"No secrets file found at {path}.") from None
            except tomllib.TOMLDecodeError as exc:
                raise StreamlitAPIException(
                    f"Error parsing secrets file at {path}: {exc}") from None
        return self.__dict__["_values"]

    def _data(self) -> dict[str, Any]:
        return self._load()

    def __repr__(self) -> str:  # never loads, so printing st.secrets does not raise
        return "<st.secrets>" if self.__dict__["_values"] is None else repr(self._data())

    def __getattr__(self, key: str) -> Any:
        if key.startswith("_"):
            raise AttributeError(key)
        return super().__getattr__(key)

    def __contains__(self, key: object) -> bool:
        return key in self._load()

    def get(self, key: str, default: Any = None) -> Any:
        data = self._load()  # no secrets is an error, not a default
        return self._wrap(data[key]) if key in data else default


secrets = Secrets()
