"""``st.components.v2.component``: components drawn in the app's own page, not in an iframe.

``component(name, html=, css=, js=, isolate_styles=)`` returns a mount command. Mounting one
writes a ``bidi_component`` node; the page puts the HTML and CSS in a shadow root (or, with
``isolate_styles=False``, straight into the app's DOM), imports the JavaScript as a module and
calls its default export with ``{name, key, data, parentElement, setStateValue,
setTriggerValue}`` on every render, as Streamlit 1.67 does (web/src/elements/components.js).

The mount returns a :class:`ComponentResult` holding the *state* values (kept across reruns,
``setStateValue``) and the *trigger* values (set for one run, ``setTriggerValue``) of the keys
that have an ``on_<key>_change`` callback. State lives in the widget whose id the mount computes
(``st.session_state[key]`` is that state's dict); triggers travel on a second widget id,
``<id>__events``, which the run forgets once it has read it.

HTML is an inline string. CSS and JS are inline strings or, for a component that an installed
package declares (``[tool.streamlit.component]`` in the ``pyproject.toml`` of its package
folder, with an ``asset_dir``), a path or glob inside that ``asset_dir``, named as Streamlit
1.67 names them (``"<project>.<component>"``); the file's text is then sent inline.
"""

from __future__ import annotations

import base64
import functools
import importlib.metadata
import json
import re
import tomllib
from pathlib import Path, PurePosixPath
from typing import Any, Callable

from wasmlit.delta_generator import active_dg
from wasmlit.elements.widget_options import check_width
from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.context import get_ctx
from wasmlit.state.session_state import WidgetMeta, element_id
from wasmlit.state.widgets import register_widget

__all__ = ["ComponentResult", "component"]

KIND = "bidi_component"
EVENTS = "__events"


class ComponentResult(dict[str, Any]):
    """A mounted component's state and trigger values: ``result["x"]`` or ``result.x``."""

    def __init__(self, state_vals: dict[str, Any] | None = None,
                 trigger_vals: dict[str, Any] | None = None) -> None:
        super().__init__({**(trigger_vals or {}), **(state_vals or {})})

    def __getattr__(self, key: str) -> Any:
        try:
            item = self[key]
        except KeyError:
            raise AttributeError(
                f"'{type(self).__name__}' object has no attribute '{key}'") from None
        return ComponentResult(item) if isinstance(item, dict) else item

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value


BidiComponentResult = ComponentResult


def _canonical(name: str) -> str:
    """A project name as PEP 503 compares them."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _looks_like_path(value: str) -> bool:
    """Streamlit 1.67's rule: one line with a glob character, a path separator or prefix, or
    a .js/.mjs/.cjs/.css ending names a file; anything else is the code itself."""
    text = value.strip()
    if "\n" in text or "\r" in text:
        return False
    return bool(re.search(r"[*?\[\]/\\]", text)) or text.lower().endswith(
        (".js", ".css", ".mjs", ".cjs"))


@functools.lru_cache(maxsize=None)
def _asset_root(name: str) -> Path | None:
    """The ``asset_dir`` of component ``name`` ("<project>.<component>"), declared under
    ``[tool.streamlit.component]`` in the ``pyproject.toml`` that an installed package holds
    in its package folder (as Streamlit 1.67 finds it); None when no package declares it."""
    project, _, component_name = name.rpartition(".")
    if not project:
        return None
    for dist in importlib.metadata.distributions():
        for file in dist.files or ():
            if file.name != "pyproject.toml" or len(file.parts) != 2:
                continue
            path = Path(str(dist.locate_file(file)))
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError):
                continue
            declared = data.get("project", {}).get("name") or dist.metadata["Name"] or ""
            if _canonical(str(declared)) != _canonical(project):
                continue
            entries = data.get("tool", {}).get("streamlit", {}).get("component", {}).get(
                "components") or []
            for entry in entries if isinstance(entries, list) else []:
                if isinstance(entry, dict) and entry.get("name") == component_name and (
                        isinstance(entry.get("asset_dir"), str)):
                    package_root = path.parent.resolve()
                    root = (package_root / entry["asset_dir"]).resolve()
                    if root.is_dir() and root.is_relative_to(package_root):
                        return root
    return None


def _asset_text(name: str, value: str, what: str) -> str:
    """The text of the file that ``value`` (a path or a glob inside the component's
    asset_dir) names, as Streamlit 1.67 resolves it."""
    root = _asset_root(name)
    if root is None:
        raise StreamlitAPIException(
            f"Component '{name}' must be declared in pyproject.toml with asset_dir to use "
            f"file-backed {what}.")
    text = value.strip()
    if re.search(r"[*?\[\]]", text):
        matches = sorted(p for p in root.glob(text) if p.is_file())
        if len(matches) != 1:
            raise StreamlitAPIException(
                f"Component '{name}': the {what} pattern {text!r} must match exactly one file in "
                f"its asset_dir, not {len(matches)}.")
        found = matches[0].resolve()
    else:
        pure = PurePosixPath(text.replace("\\", "/"))
        if pure.is_absolute() or ".." in pure.parts:
            raise StreamlitAPIException(
                f"Component '{name}': the {what} path {text!r} must be relative to its asset_dir "
                "(no absolute path, no '..').")
        found = (root / pure).resolve()
    if not found.is_relative_to(root) or not found.is_file():
        raise StreamlitAPIException(
            f"Component '{name}': no {what} file {text!r} in its asset_dir ({root}).")
    return found.read_text(encoding="utf-8")


def _checked_source(name: str, value: Any, what: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise StreamlitAPIException(
            f"`{what}` of component {name!r} must be a str or None, not {type(value).__name__}.")
    if what != "html" and _looks_like_path(value):
        return _asset_text(name, value, what)
    return value


def _data_props(data: Any) -> dict[str, Any]:
    """``data`` on the wire: JSON, or bytes (a dataframe goes as Arrow IPC bytes)."""
    if data is None:
        return {"data": None}
    if isinstance(data, (bytes, bytearray, memoryview)):
        return {"data": None, "data_bytes": base64.b64encode(bytes(data)).decode("ascii")}
    from wasmlit.components.v1 import _arrow_bytes, _is_dataframe

    if _is_dataframe(data) and hasattr(data, "__len__"):
        try:
            import pandas as pd

            frame = data if isinstance(data, pd.DataFrame) else pd.DataFrame(data)
            return {"data": None,
                    "data_bytes": base64.b64encode(_arrow_bytes(frame)).decode("ascii")}
        except ImportError:
            pass
    try:
        return {"data": json.loads(json.dumps(data))}
    except (TypeError, ValueError):
        raise StreamlitAPIException(
            "The `data` passed to the component cannot be serialized: pass JSON-serializable "
            "values, bytes or a dataframe.") from None


def _height(height: Any) -> int | str:
    if height in ("content", "stretch"):
        return height
    if isinstance(height, int) and not isinstance(height, bool) and height > 0:
        return height
    raise StreamlitAPIException(
        f"Invalid height value: {height!r}. Height must be \"content\", \"stretch\" or a "
        "positive integer.")


def _state_dispatcher(callbacks: dict[str, Callable[[], Any]], wid: str,
                      before: dict[str, Any]) -> Callable[[], None]:
    """The state widget's callback: calls ``on_<key>_change`` for each key that changed."""
    before = dict(before)

    def fire() -> None:
        now = get_ctx().state.widget_value(wid) or {}
        for name, callback in callbacks.items():
            if before.get(name) != now.get(name):
                callback()

    return fire


def _trigger_dispatcher(callbacks: dict[str, Callable[[], Any]],
                        events_id: str) -> Callable[[], None]:
    def fire() -> None:
        payloads = get_ctx().state.widget_value(events_id) or []
        fired = {p.get("event") for p in payloads if isinstance(p, dict)}
        for name, callback in callbacks.items():
            if name in fired:
                callback()

    return fire


def _state_copy(state: Any) -> Any:
    """The state as sent to the page: a copy, since the script may change the dict in place
    (``st.session_state[key]["value"] = ...``) and the page must see that as a change."""
    return json.loads(json.dumps(state, default=str)) if isinstance(state, dict) else {}


def _triggers(raw: Any) -> list[Any] | None:
    if raw is None:
        return None
    return raw if isinstance(raw, list) else [raw]


def mount(name: str, html: str | None, css: str | None, js: str | None, isolate_styles: bool,
          *, key: Any = None, data: Any = None, default: dict[str, Any] | None = None,
          width: Any = "stretch", height: Any = "content",
          **on_callbacks: Any) -> ComponentResult:
    """Draw one instance of a declared component (what the mount command calls)."""
    on_callbacks.pop("isolate_styles", None)  # deprecated at mount time; ignored, as in 1.67
    callbacks: dict[str, Callable[[], Any]] = {}
    for arg, value in on_callbacks.items():
        if not (arg.startswith("on_") and arg.endswith("_change")):
            raise StreamlitAPIException(
                f"Unexpected argument {arg!r} for component {name!r}: callbacks are named "
                "on_<key>_change.")
        event = arg[3:-7]
        if not event or event == "_":
            raise StreamlitAPIException(
                f"Invalid callback name {arg!r}: use on_<key>_change with a key name.")
        if value is not None:
            if not callable(value):
                raise StreamlitAPIException(f"`{arg}` must be a callable or None.")
            callbacks[event] = value
    if default is not None:
        if not isinstance(default, dict):
            raise StreamlitAPIException("`default` must be a dict of state values or None.")
        for state_key in default:
            if state_key not in callbacks:
                raise StreamlitAPIException(
                    f"The default key {state_key!r} has no callback: pass "
                    f"on_{state_key}_change (it may be lambda: None). Keys with callbacks: "
                    f"{sorted(callbacks)}.")
    user_key = None if key is None else str(key)
    if user_key is not None and EVENTS in user_key:
        raise StreamlitAPIException(f"A component key must not contain {EVENTS!r}.")
    props: dict[str, Any] = {
        "name": name, "html": html or "", "css": css or "", "js": js or "",
        "isolate_styles": bool(isolate_styles), "width": check_width(width, content=True),
        "height": _height(height), **_data_props(data)}
    identity: dict[str, Any] = {"component_name": name}
    if user_key is None:  # with a key, the key is the whole identity, as in Streamlit
        identity |= {"isolate_styles": bool(isolate_styles), "width": props["width"],
                     "height": props["height"], "default": json.dumps(default, sort_keys=True,
                                                                      default=str),
                     "data": json.dumps([props["data"], props.get("data_bytes")],
                                        sort_keys=True)}
    dg = active_dg()
    ctx = get_ctx()
    wid = element_id(KIND, user_key, dg._form_id, label=name, **identity)
    events_id = f"{wid}{EVENTS}"
    props["events_id"] = events_id
    defaults = dict(default or {})

    def from_wire(raw: Any) -> dict[str, Any]:
        state = dict(raw) if isinstance(raw, dict) else {}
        for k, v in defaults.items():
            state.setdefault(k, v)
        return state

    # the triggers, a widget of their own that draws nothing (register before the state: the
    # state's node is what the page shows)
    ctx.state.register(
        WidgetMeta(id=events_id, kind=KIND, user_key=None, fragment_id=ctx.current_fragment_id,
                   deserialize=_triggers, settable=False, form_id=dg._form_id),
        None, seen_ids=ctx.widget_ids_this_run, seen_keys=ctx.widget_keys_this_run)
    payloads = ctx.state.widget_value(events_id) or []
    ctx.state.consume(events_id)
    meta = ctx.state.widget(events_id)
    if meta is not None and callbacks:
        meta.callback = _trigger_dispatcher(callbacks, events_id)
    state = register_widget(dg, KIND, label=name, key=key, default=from_wire(None), props=props,
                            id_args=identity, deserialize=from_wire, serialize=_state_copy)
    if not isinstance(state, dict):
        state = from_wire(state)
    meta = ctx.state.widget(wid)
    if meta is not None and callbacks:
        meta.callback = _state_dispatcher(callbacks, wid, state)
    fired = {p.get("event"): p.get("value") for p in payloads if isinstance(p, dict)}
    triggers = {event: fired.get(event) for event in callbacks}
    return ComponentResult(state, triggers)


def component(name: str, *, html: str | None = None, css: str | None = None,
              js: str | None = None, isolate_styles: bool = True) -> Callable[..., ComponentResult]:
    """Declare a component and return its mount command (``st.components.v2.component``)."""
    if not isinstance(name, str) or not name:
        raise StreamlitAPIException("A component needs a name (a non-empty str).")
    html = _checked_source(name, html, "html")
    css = _checked_source(name, css, "css")
    js = _checked_source(name, js, "js")

    def _mount_component(*, key: Any = None, data: Any = None,
                         default: dict[str, Any] | None = None, width: Any = "stretch",
                         height: Any = "content", **on_callbacks: Any) -> ComponentResult:
        return mount(name, html, css, js, isolate_styles, key=key, data=data, default=default,
                     width=width, height=height, **on_callbacks)

    _mount_component.__name__ = name
    return _mount_component
