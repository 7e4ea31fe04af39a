"""``st.connection`` and ``streamlit.connections``: connections that can live in a browser.

A connection is an object made once per name and arguments and kept in ``st.cache_resource``
(``ttl`` and ``max_entries`` as in Streamlit 1.67; ``runner.connectionDefaultTTL`` when ``ttl``
is not given). What works in the page:

* a connection class of the app's own, a subclass of :class:`BaseConnection` (its
  ``_connect`` makes the underlying object: an in-memory store, a ``sqlite3`` database, a
  client of a web API called with ``pyodide.http``, ...);
* ``type="sql"`` (:class:`SQLConnection`) over SQLAlchemy, which Pyodide ships (add
  ``sqlalchemy``, and ``pandas`` for ``query``, to the requirements). A ``sqlite://`` URL also
  works without SQLAlchemy, on Python's own ``sqlite3`` (built into Pyodide): ``query`` and
  ``connect`` then use a ``sqlite3`` connection, and ``engine`` and ``session`` say that they
  need SQLAlchemy. The database is a file in the page's memory: it starts from the copy the
  site ships beside the app and is lost when the page closes;
* ``type="snowflake"`` and ``"snowflake-callers-rights"`` cannot: the Snowflake connector
  opens network sockets, which a browser does not allow. They raise saying so.

Settings come from the keyword arguments, then from ``[connections.<name>]`` in
``st.secrets`` (only in a site built with ``--public-secrets``; see ``wasmlit.app_secrets``).
"""

from __future__ import annotations

import math
import os
import re
from abc import ABC, abstractmethod
from datetime import timedelta
from typing import Any, Generic, Literal, TypeVar

from wasmlit.app_secrets import AttrDict, StreamlitSecretNotFoundError, secrets
from wasmlit.caching import cache_data, cache_resource
from wasmlit.errors import StreamlitAPIException

__all__ = ["BaseConnection", "SQLConnection", "SnowflakeConnection",
           "SnowflakeCallersRightsConnection", "connection"]

RawConnectionT = TypeVar("RawConnectionT")

NO_SOCKETS = ("it needs the Snowflake connector, which opens network sockets to Snowflake, and "
              "a browser page cannot open sockets. Call a web API of your own instead (a "
              "BaseConnection subclass using pyodide.http)")


def _connection_secrets(name: str) -> AttrDict:
    try:
        section = secrets.get("connections")
    except StreamlitSecretNotFoundError:
        return AttrDict({})
    if not isinstance(section, AttrDict):
        return AttrDict({})
    found = section.get(name)
    return found if isinstance(found, AttrDict) else AttrDict({})


class BaseConnection(ABC, Generic[RawConnectionT]):
    """The base class of every connection: a subclass implements ``_connect(**kwargs)``,
    returning the underlying connection object (``self._instance``)."""

    def __init__(self, connection_name: str, **kwargs: Any) -> None:
        self._connection_name = connection_name
        self._kwargs = kwargs
        self._raw_instance: RawConnectionT | None = self._connect(**kwargs)

    def __getattribute__(self, name: str) -> Any:
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            if hasattr(self._instance, name):
                raise AttributeError(f"`{name}` doesn't exist here, but you can call "
                                     f"`._instance.{name}` instead") from None
            raise

    @property
    def _secrets(self) -> AttrDict:
        """This connection's ``[connections.<name>]`` section of ``st.secrets`` (empty when
        there is none)."""
        return _connection_secrets(self._connection_name)

    def reset(self) -> None:
        """Forget the underlying connection; the next use makes a new one."""
        self._raw_instance = None

    @property
    def _instance(self) -> RawConnectionT:
        if self._raw_instance is None:
            self._raw_instance = self._connect(**self._kwargs)
        return self._raw_instance

    @abstractmethod
    def _connect(self, **kwargs: Any) -> RawConnectionT:
        """Make the underlying connection object."""
        raise NotImplementedError

    @classmethod
    def scope(cls) -> Literal["global", "session"]:
        """``"global"`` (one per app) or ``"session"``; in a browser there is one session."""
        return "global"

    def close(self) -> None:
        """Called when the connection leaves the cache."""


# ---- type="sql" ------------------------------------------------------------------------------

_URL_PARTS = ("dialect", "driver", "username", "password", "host", "port", "database")


def _sqlalchemy() -> Any:
    try:
        import sqlalchemy
    except ImportError:
        return None
    return sqlalchemy


def _sqlite_path(url: str) -> str | None:
    """The file of a ``sqlite://`` URL (":memory:" for none), or None for another database."""
    m = re.match(r"^sqlite(\+pysqlite)?://(/?)(.*?)(\?.*)?$", url)
    if not m:
        return None
    path = m.group(3)
    return path if path else ":memory:"


class SQLConnection(BaseConnection[Any]):
    """``st.connection(name, type="sql", url=...)``: SQLAlchemy, or ``sqlite3`` for a
    ``sqlite://`` URL when SQLAlchemy is not installed (see the module's docstring)."""

    _sqlite = False  # set by _connect: the sqlite3 fallback

    def _connect(self, autocommit: bool = False, **kwargs: Any) -> Any:
        conn_params = dict(self._secrets.to_dict(), **kwargs)
        url = conn_params.pop("url", None)
        create_engine_kwargs = conn_params.pop("create_engine_kwargs", {})
        if url is None:
            if "dialect" not in conn_params:
                raise StreamlitAPIException(
                    f"st.connection({self._connection_name!r}, type=\"sql\") needs a `url`, or "
                    "`dialect` and the other parts of one (`username`, `password`, `host`, "
                    "`port`, `database`), as arguments or in [connections."
                    f"{self._connection_name}] of secrets.toml.")
        sa = _sqlalchemy()
        if sa is None:
            if url is not None and _sqlite_path(str(url)) is not None:
                self._sqlite = True
                import sqlite3  # on first use: importing it takes a while in the browser

                db = sqlite3.connect(_sqlite_path(str(url)) or ":memory:",
                                     check_same_thread=False)
                if autocommit:
                    db.isolation_level = None
                return db
            raise ModuleNotFoundError(
                "No module named 'sqlalchemy'. You need to install the 'sqlalchemy' package "
                "to use this connection: add it to the app's requirements (Pyodide ships it). "
                "A sqlite:// URL also works without it.")
        self._sqlite = False
        if url is None:
            drivername = conn_params["dialect"] + (
                f"+{conn_params['driver']}" if conn_params.get("driver") else "")
            url = sa.engine.URL.create(
                drivername=drivername, username=conn_params.get("username"),
                password=conn_params.get("password"), host=conn_params.get("host"),
                port=int(conn_params["port"]) if conn_params.get("port") else None,
                database=conn_params.get("database"), query=conn_params.get("query"))
        else:
            url = sa.engine.make_url(url)
        if autocommit:
            return sa.create_engine(url, isolation_level="AUTOCOMMIT", **create_engine_kwargs)
        return sa.create_engine(url, **create_engine_kwargs)

    def _needs_sqlalchemy(self, what: str) -> StreamlitAPIException:
        return StreamlitAPIException(
            f"`{what}` is SQLAlchemy's, and this connection runs on Python's sqlite3 because "
            "SQLAlchemy is not installed: add sqlalchemy to the app's requirements.")

    def query(self, sql: str, *, show_spinner: bool | str = "Running `sql.query(...)`.",
              ttl: float | int | timedelta | None = None, index_col: str | list[str] | None = None,
              chunksize: int | None = None, params: Any = None, **kwargs: Any) -> Any:
        """Run a read query and return a pandas DataFrame, cached with ``st.cache_data`` for
        ``ttl`` seconds (always, by default)."""
        try:
            import pandas as pd
        except ImportError:
            raise ModuleNotFoundError(
                "No module named 'pandas'. `query` returns a pandas DataFrame: add pandas to "
                "the app's requirements.") from None
        conn = self

        def _query(sql: str, index_col: Any = None, chunksize: Any = None, params: Any = None,
                   **kwargs: Any) -> Any:
            if conn._sqlite:
                return pd.read_sql(sql, conn._instance, index_col=index_col,
                                   chunksize=chunksize, params=params, **kwargs)
            sa = _sqlalchemy()
            instance = conn._instance.connect()
            try:
                return pd.read_sql(sa.text(sql), instance, index_col=index_col,
                                   chunksize=chunksize, params=params, **kwargs)
            finally:
                instance.close()

        _query.__qualname__ = f"SQLConnection.query_{self._connection_name}_{ttl}"
        cached = cache_data(_query, show_spinner=show_spinner, ttl=ttl)
        return cached(sql, index_col=index_col, chunksize=chunksize, params=params, **kwargs)

    def connect(self) -> Any:
        """A new SQLAlchemy ``Connection`` (the ``sqlite3`` connection without SQLAlchemy)."""
        if self._sqlite:
            return self._instance
        return self._instance.connect()

    @property
    def engine(self) -> Any:
        if self._sqlite:
            raise self._needs_sqlalchemy("engine")
        return self._instance

    @property
    def driver(self) -> str:
        if self._sqlite:
            return "pysqlite"
        return str(self._instance.driver)

    @property
    def session(self) -> Any:
        if self._sqlite:
            raise self._needs_sqlalchemy("session")
        from sqlalchemy.orm import Session

        return Session(self._instance)

    def close(self) -> None:
        if self._raw_instance is None:
            return
        if self._sqlite:
            self._raw_instance.close()
        else:
            self._raw_instance.dispose()


class SnowflakeConnection(BaseConnection[Any]):
    """``type="snowflake"``: not possible in a browser (see :data:`NO_SOCKETS`)."""

    def _connect(self, **kwargs: Any) -> Any:
        raise StreamlitAPIException(f"st.connection type \"snowflake\" cannot work in wasmlit: "
                                    f"{NO_SOCKETS}.")


class SnowflakeCallersRightsConnection(SnowflakeConnection):
    """``type="snowflake-callers-rights"``: not possible in a browser either."""

    def _connect(self, **kwargs: Any) -> Any:
        raise StreamlitAPIException("st.connection type \"snowflake-callers-rights\" cannot "
                                    f"work in wasmlit: {NO_SOCKETS}.")


# ---- st.connection ---------------------------------------------------------------------------

FIRST_PARTY: dict[str, type[BaseConnection[Any]]] = {
    "snowflake": SnowflakeConnection,
    "snowflake-callers-rights": SnowflakeCallersRightsConnection,
    "sql": SQLConnection,
}


class _TTLNotSpecified:
    """``ttl`` left out: ``runner.connectionDefaultTTL`` applies (``ttl=None`` never expires)."""

    def __repr__(self) -> str:
        return "<unset>"


_TTL_NOT_SPECIFIED: Any = _TTLNotSpecified()


def _default_ttl() -> float | None:
    try:
        from wasmlit.config import get_option

        value = get_option("runner.connectionDefaultTTL")
    except Exception:  # the option is not known to this build's config
        return None
    if value is None:
        return None
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        seconds = -1.0
    if isinstance(value, bool) or not math.isfinite(seconds) or seconds < 0:
        raise StreamlitAPIException(
            "Invalid `runner.connectionDefaultTTL` value. Use a finite, non-negative number of "
            f"seconds, or leave the option unset. Received {value!r}.")
    return seconds


def _first_party(name: str) -> type[BaseConnection[Any]]:
    if name == "snowpark":
        raise StreamlitAPIException(
            "The Snowpark connection was removed in favor of the Snowflake connection.")
    if name in FIRST_PARTY:
        return FIRST_PARTY[name]
    raise StreamlitAPIException(
        f"Invalid connection '{name}'. Supported connection classes: {sorted(FIRST_PARTY)}")


def _create(name: str, connection_class: type[BaseConnection[Any]], max_entries: int | None,
            ttl: float | timedelta | None, **kwargs: Any) -> BaseConnection[Any]:
    if not (isinstance(connection_class, type) and issubclass(connection_class, BaseConnection)):
        raise StreamlitAPIException(f"{connection_class} is not a subclass of BaseConnection!")
    if isinstance(ttl, timedelta):
        ttl = ttl.total_seconds()
    scope = connection_class.scope()
    if scope not in ("global", "session"):
        raise StreamlitAPIException(
            f"Connection class {connection_class.__name__} has scope {scope!r}; expected "
            "'global' or 'session'.")

    def _create_connection(name: str, connection_class: type[BaseConnection[Any]],
                           **kwargs: Any) -> BaseConnection[Any]:
        return connection_class(connection_name=name, **kwargs)

    # one cache per ttl and max_entries, as in Streamlit
    _create_connection.__qualname__ += f"_{str(ttl).replace('.', '_')}_{max_entries}"
    cached = cache_resource(_create_connection, max_entries=max_entries, ttl=ttl, scope=scope,
                            show_spinner="Running `st.connection(...)`.",
                            on_release=lambda conn: conn.close())
    return cached(name, connection_class, **kwargs)


def connection(name: str, type: Any = None, max_entries: int | None = None,
               ttl: float | timedelta | None = _TTL_NOT_SPECIFIED,
               **kwargs: Any) -> BaseConnection[Any]:
    """Make (or reuse) a connection (``st.connection``); see the module's docstring."""
    if name.startswith("env:"):
        name = os.environ[name.removeprefix("env:")]
    connection_class = type
    if connection_class is None:
        if name in FIRST_PARTY or name == "snowpark":
            connection_class = _first_party(name)
        else:
            connection_class = _connection_secrets(name).get("type")
            if connection_class is None:
                raise StreamlitAPIException(
                    f"st.connection({name!r}) has no type: pass `type=` (\"sql\", or a "
                    "BaseConnection subclass or its import path), or set `type` in "
                    f"[connections.{name}] of secrets.toml (published only by "
                    "`wasmlit build --public-secrets`).")
    if isinstance(connection_class, str):
        if "." in connection_class:
            import importlib

            module, _, classname = connection_class.rpartition(".")
            connection_class = getattr(importlib.import_module(module), classname)
        else:
            connection_class = _first_party(connection_class)
    if ttl is _TTL_NOT_SPECIFIED:
        ttl = _default_ttl()
    return _create(name, connection_class, max_entries, ttl, **kwargs)
