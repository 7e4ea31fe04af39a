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

HTML, CSS and JS are inline strings. Paths and globs into a packaged component's
``asset_dir`` (declared in its ``pyproject.toml``) are not read: they raise saying so.
"""

from __future__ import annotations

import base64
import json
import re
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
_ASSET_PATH = re.compile(r"^[\w./*?\[\]-]+\.(js|mjs|css|html?)$")


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


def _checked_source(name: str, value: Any, what: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise StreamlitAPIException(
            f"`{what}` of component {name!r} must be a str or None, not {type(value).__name__}.")
    if what != "html" and _ASSET_PATH.match(value.strip()):
        raise StreamlitAPIException(
            f"Component {name!r}: `{what}={value!r}` looks like a path into a component's "
            "asset_dir, which wasmlit does not read from a package's pyproject.toml yet; "
            f"pass the {what.upper()} itself as a string.")
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
