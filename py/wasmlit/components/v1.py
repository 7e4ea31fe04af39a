"""``import streamlit.components.v1 as components``: ``html``, ``iframe`` and custom components.

A custom component (``declare_component``) is a web page of its own (its *frontend*, a build
folder with an ``index.html``) drawn in an iframe that talks to the app with Streamlit's
component messages (``streamlit-component-lib``: ``componentReady``, ``setComponentValue``,
``setFrameHeight``; the app sends ``render`` with the arguments, the theme and ``disabled``).
There is no server to serve the folder, so ``wasmlit build`` ships it as static files:

* a folder beside the app is part of the app's folder, so its URL is ``app/<its path>``;
* a folder inside an installed package (a component from PyPI, named in the requirements)
  is copied out of the package's wheel at build time into ``components/<its path inside
  site-packages>`` (``wasmlit.component_assets``).

Relative URLs inside the frontend, chunks it loads later included, resolve against those
real files. ``url=`` loads the frontend from wherever it points instead.
"""

from __future__ import annotations

import base64
import inspect
import json
import os
import sys
from pathlib import Path
from typing import Any

from wasmlit.delta_generator import DeltaGenerator, active_dg
from wasmlit.elements.embed import checked_url, component_iframe
from wasmlit.errors import StreamlitAPIException
from wasmlit.state.widgets import register_widget

__all__ = ["CustomComponent", "MarshallComponentException", "declare_component", "html",
           "iframe"]

#: where ``wasmlit build`` puts the frontends it takes out of the app's wheels
COMPONENTS_DIR = "components"
#: where the site keeps the app's folder (wasmlit.site.write_app)
APP_DIR = "app"


def html(html: str, width: int | None = None, height: int | None = None,
         scrolling: bool = False, *, tab_index: int | None = None) -> DeltaGenerator:
    """HTML (with its scripts) in a sandboxed iframe (``components.html``)."""
    return component_iframe(active_dg(), srcdoc=html, width=width, height=height,
                            scrolling=scrolling, tab_index=tab_index)


def iframe(src: str, width: int | None = None, height: int | None = None,
           scrolling: bool = False, *, tab_index: int | None = None) -> DeltaGenerator:
    """A web page in an iframe (``components.iframe``)."""
    return component_iframe(active_dg(), src=src, width=width, height=height,
                            scrolling=scrolling, tab_index=tab_index)


class MarshallComponentException(StreamlitAPIException):
    """A component's arguments cannot be sent to its frontend."""


def _app_folder() -> str:
    main = sys.modules.get("__main__")
    file = getattr(main, "__file__", None)
    return os.path.dirname(os.path.abspath(file)) if file else os.getcwd()


def _package_roots() -> list[str]:
    import sysconfig  # here: importing it takes a while in the browser

    roots = [sysconfig.get_paths().get("purelib", "")]
    roots += [p for p in sys.path if os.path.basename(p) in ("site-packages", "dist-packages")]
    return [os.path.abspath(r) for r in dict.fromkeys(roots) if r]


def _inside(path: str, root: str) -> str | None:
    try:
        rel = os.path.relpath(path, root)
    except ValueError:  # another drive (Windows)
        return None
    return None if rel == ".." or rel.startswith(".." + os.sep) else Path(rel).as_posix()


def frontend_url(name: str, path: str) -> str:
    """The site-relative URL of the frontend folder ``path`` (see the module's docstring)."""
    folder = os.path.abspath(path)
    if not os.path.isfile(os.path.join(folder, "index.html")):
        raise StreamlitAPIException(
            f"Custom component {name!r}: its frontend folder {folder} has no index.html. "
            "`path` must name the component's built frontend (e.g. frontend/build).")
    for root in _package_roots():
        rel = _inside(folder, root)
        if rel is not None:
            return f"{COMPONENTS_DIR}/{rel}/index.html"
    rel = _inside(folder, _app_folder())
    if rel is not None:
        return f"{APP_DIR}/{'' if rel == '.' else rel + '/'}index.html"
    raise StreamlitAPIException(
        f"Custom component {name!r}: its frontend folder {folder} is neither in the app's "
        "folder nor in an installed package, so the site cannot serve it. Put it beside the "
        "app, or install the component's package through the app's requirements.")


def _module_name(frame: Any) -> str:
    module = inspect.getmodule(frame)
    name = module.__name__ if module is not None else frame.f_globals.get("__name__", "__main__")
    if name == "__main__":
        file = frame.f_globals.get("__file__") or "__main__"
        name = os.path.splitext(os.path.basename(file))[0]
    return name


def _is_dataframe(value: Any) -> bool:
    module = type(value).__module__.split(".")[0]
    return module in ("pandas", "polars", "pyarrow", "numpy") and not isinstance(value, bytes)


def _arrow_bytes(df: Any) -> bytes:
    import pyarrow as pa

    table = pa.Table.from_pandas(df)
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def _dataframe_arg(name: str, value: Any) -> dict[str, Any]:
    """A dataframe argument as Streamlit sends it: Arrow IPC of the data, the index and the
    column labels, each its own table (``ArrowTable`` in streamlit-component-lib)."""
    try:
        import pandas as pd
        import pyarrow  # noqa: F401
    except ImportError:
        raise MarshallComponentException(
            f"Component argument {name!r} is a dataframe; sending one to a component needs "
            "pandas and pyarrow: add them to the app's requirements.") from None
    df = value if isinstance(value, pd.DataFrame) else pd.DataFrame(value)
    listed = [list(v) if isinstance(v, tuple) else v for v in df.index.values]
    labels = [list(v) if isinstance(v, tuple) else v for v in df.columns.values]
    parts = {"data": _arrow_bytes(df), "index": _arrow_bytes(pd.DataFrame(listed)),
             "columns": _arrow_bytes(pd.DataFrame(labels))}
    return {"key": name, "type": "dataframe",
            "value": {k: base64.b64encode(v).decode("ascii") for k, v in parts.items()}}


def value_from_wire(raw: Any) -> Any:
    """What the frontend sent with ``setComponentValue``: JSON as it is; bytes (a typed array)
    as ``bytes``; an ``ArrowTable`` as a pandas DataFrame (its Arrow bytes without pandas)."""
    if isinstance(raw, dict) and set(raw) == {"$bytes"}:
        return base64.b64decode(raw["$bytes"])
    if isinstance(raw, dict) and set(raw) == {"$arrow"}:
        data = base64.b64decode(raw["$arrow"].get("data") or "")
        try:
            import pyarrow as pa
        except ImportError:
            return data
        table = pa.ipc.open_stream(data).read_all()
        return table.to_pandas()
    return raw


def _value_to_wire(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"$bytes": base64.b64encode(bytes(value)).decode("ascii")}
    if _is_dataframe(value):
        return None  # a dataframe the frontend sent is not sent back to it
    return value


class CustomComponent:
    """A declared custom component: call it to draw an instance (``declare_component``)."""

    def __init__(self, name: str, path: str | None = None, url: str | None = None,
                 module_name: str | None = None) -> None:
        if path is None and url is None:
            raise StreamlitAPIException("Either 'path' or 'url' must be set.")
        self._name = name
        self._path = path
        self._url = url
        self._module_name = module_name

    @property
    def name(self) -> str:
        return self._name

    @property
    def path(self) -> str | None:
        return self._path

    @property
    def url(self) -> str | None:
        return self._url

    @property
    def module_name(self) -> str | None:
        return self._module_name

    @property
    def abspath(self) -> str | None:
        return None if self._path is None else os.path.abspath(self._path)

    def __repr__(self) -> str:
        return f"CustomComponent(name={self._name!r}, path={self._path!r}, url={self._url!r})"

    def __str__(self) -> str:
        return f"'{self._name}': {self._path if self._path is not None else self._url}"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CustomComponent) and (
            self._name, self._path, self._url, self._module_name) == (
            other._name, other._path, other._url, other._module_name)

    def __hash__(self) -> int:
        return hash((self._name, self._path, self._url, self._module_name))

    def __call__(self, *args: Any, default: Any = None, key: str | None = None,
                 on_change: Any = None, tab_index: int | None = None, **kwargs: Any) -> Any:
        return self.create_instance(*args, default=default, key=key, on_change=on_change,
                                    tab_index=tab_index, **kwargs)

    def _src(self) -> str:
        if self._url:  # url takes precedence, as in Streamlit
            return checked_url(self._url)
        assert self._path is not None
        return frontend_url(self._name, self._path)

    def create_instance(self, *args: Any, default: Any = None, key: str | None = None,
                        on_change: Any = None, tab_index: int | None = None,
                        **kwargs: Any) -> Any:
        """Draw the component with ``kwargs`` as its arguments; returns its value (what the
        frontend last sent with ``setComponentValue``), or ``default`` until it sends one."""
        if args:
            raise MarshallComponentException(f"Argument '{args[0]}' needs a label")
        if on_change is not None and not callable(on_change):
            raise StreamlitAPIException("`on_change` must be a callable.")
        if tab_index is not None and (isinstance(tab_index, bool)
                                      or not isinstance(tab_index, int) or tab_index < -1):
            raise StreamlitAPIException(
                "`tab_index` must be None, -1 or a non-negative integer.")
        json_args: dict[str, Any] = {}
        special: list[dict[str, Any]] = []
        for name, value in dict(kwargs, default=default, key=key).items():
            if isinstance(value, (bytes, bytearray, memoryview)):
                special.append({"key": name, "type": "bytes",
                                "value": base64.b64encode(bytes(value)).decode("ascii")})
            elif _is_dataframe(value) and hasattr(value, "__len__"):
                special.append(_dataframe_arg(name, value))
            else:
                json_args[name] = value
        try:
            text = json.dumps(json_args)
        except (TypeError, ValueError) as exc:
            raise MarshallComponentException(
                f"Could not convert component args to JSON: {exc}") from None
        src = self._src()
        # With a key, the key (and which component) is the whole identity, as in Streamlit.
        identity: dict[str, Any] = {"name": self._name, "url": self._url}
        if key is None:
            identity |= {"json_args": text, "special_args": json.dumps(special)}
        dg = active_dg()
        value = register_widget(
            dg, "component_instance", label=self._name, key=key, default=None,
            props={"name": self._name, "src": src, "args": json.loads(text),
                   "special": special, "tab_index": tab_index, "disabled": False},
            id_args=identity, callback=on_change, deserialize=value_from_wire,
            serialize=_value_to_wire)
        return default if value is None else value


def declare_component(name: str, path: str | Path | None = None,
                      url: str | None = None) -> CustomComponent:
    """Declare a custom component whose frontend is the folder ``path`` or the page at ``url``.

    Its full name is ``<calling module>.<name>``, as in Streamlit.
    """
    if isinstance(path, Path):
        path = str(path)
    frame = inspect.currentframe()
    caller = frame.f_back if frame is not None else None
    module_name = _module_name(caller) if caller is not None else "__main__"
    return CustomComponent(name=f"{module_name}.{name}", path=path, url=url,
                           module_name=module_name)
