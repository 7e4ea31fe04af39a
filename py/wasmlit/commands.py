"""Execution control and session-wide commands: rerun, stop, session_state, page config."""

from __future__ import annotations

from typing import Any, NoReturn

from wasmlit.errors import (
    M3_SCOPE_FRAGMENT,
    M12_RERUN_IN_CALLBACK,
    RerunRequested,
    StopRequested,
    StreamlitAPIException,
)
from wasmlit.runtime.context import current_ctx, get_ctx
from wasmlit.state.session_state import SessionState


def rerun(scope: Any = "app") -> None:
    """Stop this run and start another at once (``st.rerun``).

    ``scope="fragment"`` reruns only the fragment that calls it, during a fragment run.
    """
    ctx = get_ctx()
    if ctx.in_callback:
        from wasmlit.delta_generator import active_dg

        active_dg().warning(M12_RERUN_IN_CALLBACK)
        return
    if scope == "fragment":
        if not ctx.is_fragment_run or ctx.current_fragment_id is None:
            raise StreamlitAPIException(M3_SCOPE_FRAGMENT)
        raise RerunRequested("fragment", [ctx.current_fragment_id])
    if scope != "app":
        if isinstance(scope, (str, int, list, tuple)) and not isinstance(scope, bool):
            # Streamlit 1.67 also takes fragment keys here (only from a callback).
            raise StreamlitAPIException(
                f"st.rerun({scope!r}): rerunning fragments by their key is not available in "
                "wasmlit yet; use scope='app' or scope='fragment'.")
        raise StreamlitAPIException(f"'{scope}' is not a valid rerun scope. Valid scopes are "
                                    "'app' and 'fragment'.")
    raise RerunRequested("app")


def stop() -> NoReturn:
    """Stop the script here; what was already written stays (``st.stop``)."""
    get_ctx()
    raise StopRequested()


def set_page_config(page_title: str | None = None, page_icon: Any = None,
                    layout: str | None = None, initial_sidebar_state: Any = None,
                    menu_items: Any = None) -> None:
    """The browser tab's title and icon, the layout and the sidebar's initial state
    (``st.set_page_config``), and the app menu's Get help, Report a bug and About items.
    ``None`` leaves a setting as it is."""
    if layout is not None and layout not in ("centered", "wide"):
        raise StreamlitAPIException(
            "Invalid `layout` value. Supported values: 'centered', 'wide'.")
    sidebar = initial_sidebar_state
    if sidebar is not None and sidebar not in ("auto", "expanded", "collapsed", "locked") \
            and not (isinstance(sidebar, int) and not isinstance(sidebar, bool) and sidebar > 0):
        raise StreamlitAPIException(
            "Invalid `initial_sidebar_state` value. Supported values: 'auto', 'expanded', "
            "'collapsed', 'locked', a positive integer (width in pixels). "
            f"Got {sidebar!r}.")
    icon = page_icon if page_icon is None or isinstance(page_icon, str) else ""
    items = None if menu_items is None else _menu_items(menu_items)
    config = get_ctx().extra.setdefault("page_config", {})
    if items:
        config["menu_items"] = {**config.get("menu_items", {}), **items}
    for name, value in (("title", page_title), ("icon", icon), ("layout", layout),
                        ("sidebar", None if sidebar is None else str(sidebar))):
        if value is not None:
            config[name] = str(value)


_MENU_KEYS = {"get help": "get_help", "report a bug": "report_a_bug", "about": "about"}


def _menu_items(menu_items: Any) -> dict[str, str | None]:
    """``menu_items`` as the page takes it: get_help, report_a_bug (URLs) and about
    (markdown); None hides an item (about: back to the app's own text). Streamlit 1.67's
    checks and errors: keys are case-insensitive, URLs are http(s) or mailto."""
    from textwrap import dedent
    from urllib.parse import urlparse

    if not hasattr(menu_items, "items"):
        raise StreamlitAPIException(
            "Invalid `menu_items` value. Supported values: a dict with the keys 'Get help', "
            "'Report a bug' and 'About'.")
    out: dict[str, str | None] = {}
    for raw_key, value in menu_items.items():
        key = str(raw_key).lower().strip()
        if key not in _MENU_KEYS:
            raise StreamlitAPIException(
                "Invalid `menu_items` value. Supported values: 'Get help', 'Report a bug', "
                f"'About'. `{key}` is not a supported menu item key.")
        if value is not None and key != "about":
            url = urlparse(str(value))
            ok = (url.scheme in ("http", "https") and bool(url.netloc)) or (
                url.scheme == "mailto" and bool(url.path))
            if not ok:
                raise StreamlitAPIException(
                    f'"{value}" is not a valid URL. You must use a fully qualified domain '
                    'beginning with "http://", "https://", or "mailto:".')
        out[_MENU_KEYS[key]] = None if value is None else (
            dedent(str(value)) if key == "about" else str(value))
    return out


class _SessionStateProxy:
    """``st.session_state``: forwards to the running session's state."""

    def _state(self) -> SessionState:
        ctx = current_ctx()
        if ctx is None:
            from wasmlit.errors import NoSessionContext

            raise NoSessionContext("st.session_state is only available while an app runs.")
        return ctx.state

    def __getattr__(self, key: str) -> Any:
        return getattr(self._state(), key)

    def __setattr__(self, key: str, value: Any) -> None:
        setattr(self._state(), key, value)

    def __delattr__(self, key: str) -> None:
        delattr(self._state(), key)

    def __getitem__(self, key: str) -> Any:
        return self._state()[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self._state()[key] = value

    def __delitem__(self, key: str) -> None:
        del self._state()[key]

    def __contains__(self, key: object) -> bool:
        return key in self._state()

    def __iter__(self) -> Any:
        return iter(self._state())

    def __len__(self) -> int:
        return len(self._state())

    def __repr__(self) -> str:
        return repr(self._state())


session_state = _SessionStateProxy()
