"""Session state: the user's keys and every widget's value, kept across runs.

Widget values live under the widget's id; a widget with ``key=`` is also reachable under that
key. Values the page sends are applied at the start of the run that takes them in; callbacks
fire then, before the script (B19). Button clicks are *triggers*: true for exactly one run.
"""

from __future__ import annotations

import base64
import hashlib
import pickle
from dataclasses import dataclass
from typing import Any, Callable, Iterator

from wasmlit.errors import (
    M17_DUPLICATE_KEY,
    M18_DUPLICATE_ID,
    StreamlitAPIException,
    StreamlitDuplicateElementId,
    StreamlitDuplicateElementKey,
    StreamlitValueAssignmentNotAllowedError,
)

_MISSING = object()


def element_id(kind: str, user_key: str | None, form_id: str = "", **kwargs: Any) -> str:
    """Streamlit's scheme (B33): a hash of the kind, the key and the arguments, never of the
    fragment, so a widget keeps its value when its fragment moves."""
    h = hashlib.md5(kind.encode(), usedforsecurity=False)
    h.update(str(user_key).encode())
    for name, value in kwargs.items():
        h.update(f"{name}={value!r}".encode())
    h.update(form_id.encode())
    from wasmlit.runtime.context import current_ctx

    ctx = current_ctx()
    page = ctx.extra.get("page_hash") if ctx is not None else None
    if page:  # a widget of a multipage app's page: its own id on each page (B36)
        h.update(f"page={page}".encode())
    return f"$$ID-{h.hexdigest()}-{user_key}"


@dataclass
class WidgetMeta:
    id: str
    kind: str
    user_key: str | None
    fragment_id: str | None
    is_trigger: bool = False
    callback: Callable[..., Any] | None = None
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] | None = None
    deserialize: Callable[[Any], Any] | None = None
    settable: bool = True
    form_id: str = ""
    default: Any = None
    serialize: Callable[[Any], Any] | None = None
    #: ``persist_state`` ("page" or "session"): a run that does not draw the widget keeps its
    #: value under its key; "page" only while the app stays on the widget's ``page`` (hash)
    persist: str | None = None
    page: str | None = None
    #: ``on_change="ignore"``: a change by the user is kept for the next run, starting none
    rerun: bool = True
    #: a value that holds for the one run that drew the widget after the change (a menu
    #: button's pick); that run puts the default back when it ends
    one_shot: bool = False


class SessionState:
    """``st.session_state``: item and attribute access, ``in``, ``del``, ``get``, iteration."""

    def __init__(self) -> None:
        object.__setattr__(self, "_user", {})
        object.__setattr__(self, "_values", {})
        object.__setattr__(self, "_widgets", {})
        object.__setattr__(self, "_key_ids", {})
        object.__setattr__(self, "_triggers", set())
        object.__setattr__(self, "_seen", set())
        object.__setattr__(self, "_kept_for_page", {})

    _user: dict[str, Any]
    _values: dict[str, Any]
    _widgets: dict[str, WidgetMeta]
    _key_ids: dict[str, str]
    _triggers: set[str]
    _seen: set[str]  # widget ids registered in the current run
    _kept_for_page: dict[str, str]  # persist_state="page": user key -> the page it keeps for

    # ---- the mapping users see --------------------------------------------------------------

    def _widget_id(self, key: str) -> str | None:
        wid = self._key_ids.get(key)
        return wid if wid is not None and wid in self._values else None

    def __getitem__(self, key: str) -> Any:
        wid = self._widget_id(key)
        if wid is not None:
            return self._values[wid]
        try:
            return self._user[key]
        except KeyError:
            raise KeyError(
                f'st.session_state has no key "{key}". Did you forget to initialize it? '
                "More info: https://docs.streamlit.io/develop/concepts/architecture/"
                "session-state#initialization"
            ) from None

    def __setitem__(self, key: str, value: Any) -> None:
        wid = self._key_ids.get(key)
        if wid is not None:
            meta = self._widgets.get(wid)
            if meta is not None and not meta.settable:
                raise StreamlitValueAssignmentNotAllowedError(
                    f'Values for the widget with key "{key}" cannot be set using '
                    "st.session_state."
                )
            if wid in self._seen:
                raise StreamlitAPIException(
                    f"`st.session_state.{key}` cannot be modified after the widget with key "
                    f"`{key}` is instantiated."
                )
            if wid in self._values:
                self._values[wid] = value
                return
        self._user[key] = value

    def __delitem__(self, key: str) -> None:
        found = False
        wid = self._key_ids.pop(key, None)
        if wid is not None and wid in self._values:
            del self._values[wid]
            found = True
        if key in self._user:
            del self._user[key]
            found = True
        if not found:
            raise KeyError(f'st.session_state has no key "{key}".')

    def __contains__(self, key: object) -> bool:
        return (isinstance(key, str) and self._widget_id(key) is not None) or key in self._user

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys())

    def __len__(self) -> int:
        return len(self.keys())

    def keys(self) -> list[str]:
        widget_keys = [k for k in self._key_ids if self._widget_id(k) is not None]
        return list(dict.fromkeys([*self._user, *widget_keys]))

    def values(self) -> list[Any]:
        return [self[k] for k in self.keys()]

    def items(self) -> list[tuple[str, Any]]:
        return [(k, self[k]) for k in self.keys()]

    def get(self, key: str, default: Any = None) -> Any:
        return self[key] if key in self else default

    def setdefault(self, key: str, default: Any = None) -> Any:
        if key not in self:
            self[key] = default
        return self[key]

    def pop(self, key: str, *default: Any) -> Any:
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def update(self, other: Any = (), **kwargs: Any) -> None:
        for k, v in dict(other, **kwargs).items():
            self[k] = v

    def clear(self) -> None:
        self._user.clear()
        self._values.clear()
        self._key_ids.clear()

    def to_dict(self) -> dict[str, Any]:
        return dict(self.items())

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(
                f'st.session_state has no attribute "{key}". Did you forget to initialize it? '
                "More info: https://docs.streamlit.io/develop/concepts/architecture/"
                "session-state#initialization"
            ) from None

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del self[key]
        except KeyError:
            raise AttributeError(key) from None

    def __repr__(self) -> str:
        return f"SessionState({self.to_dict()!r})"

    # ---- widgets (used by element commands and the session) -----------------------------------

    def register(self, meta: WidgetMeta, default: Any, *, seen_ids: set[str],
                 seen_keys: set[str]) -> Any:
        """Register a widget for this run and return its current value."""
        if meta.user_key is not None:
            if meta.user_key in seen_keys:
                raise StreamlitDuplicateElementKey(M17_DUPLICATE_KEY.format(user_key=meta.user_key))
            seen_keys.add(meta.user_key)
        if meta.id in seen_ids:
            raise StreamlitDuplicateElementId(M18_DUPLICATE_ID.format(element_type=meta.kind))
        seen_ids.add(meta.id)
        self._seen.add(meta.id)
        self._widgets[meta.id] = meta
        if meta.user_key is not None:
            self._key_ids[meta.user_key] = meta.id
        if meta.is_trigger:
            value: Any = meta.id in self._triggers
            self._values[meta.id] = value
            return value
        value = self._values.get(meta.id, _MISSING)
        if value is _MISSING and meta.user_key is not None and meta.user_key in self._user:
            value = self._user.pop(meta.user_key)
            self._kept_for_page.pop(meta.user_key, None)
        if value is _MISSING:
            value = default
        self._values[meta.id] = value
        return value

    def seen_this_run(self) -> set[str]:
        """The ids of the widgets the current (or last) run registered."""
        return set(self._seen)

    def widget(self, wid: str) -> WidgetMeta | None:
        return self._widgets.get(wid)

    def has_widget_value(self, wid: str) -> bool:
        return wid in self._values

    def widget_value(self, wid: str, default: Any = None) -> Any:
        """The Python value a widget holds (what the script got), by widget id."""
        return self._values.get(wid, default)

    def apply_changes(self, values: dict[str, Any], triggers: set[str]) -> list[WidgetMeta]:
        """Take in what the page sent; return the widgets whose callbacks must fire."""
        fired: list[WidgetMeta] = []
        for wid, raw in values.items():
            meta = self._widgets.get(wid)
            if meta is None:
                continue
            value = meta.deserialize(raw) if meta.deserialize else raw
            if self._values.get(wid, _MISSING) != value:
                self._values[wid] = value
                fired.append(meta)
        for wid in triggers:
            meta = self._widgets.get(wid)
            if meta is None:
                continue
            self._triggers.add(wid)
            fired.append(meta)
        return fired

    def consume(self, wid: str) -> None:
        """Forget a value-carrying trigger once a run has read it (components v2 triggers)."""
        if wid in self._values:
            self._values[wid] = None

    def add_triggers(self, wids: set[str]) -> None:
        """Clicks carried over from a run that was preempted before reaching their button."""
        self._triggers.update(wids)

    def on_run_starting(self) -> None:
        self._seen.clear()

    def on_run_finished(self, *, drop_stale: bool, scope: set[str] | None,
                        page: str | None = None) -> None:
        """Reset triggers; drop the state of widgets this run did not draw (B34).

        ``scope`` None means a full run (every widget is in scope); otherwise only widgets
        created by those fragment ids are. ``page``: the page the run showed (its hash); a
        ``persist_state="page"`` value kept for another page is dropped.
        """
        for wid in self._triggers:
            if wid in self._values:
                self._values[wid] = False
        self._triggers.clear()
        for wid in self._seen:
            meta = self._widgets.get(wid)
            if meta is not None and meta.one_shot:
                self._values[wid] = meta.default
        if not drop_stale:
            return
        for wid, meta in list(self._widgets.items()):
            if wid in self._seen:
                continue
            if scope is not None and meta.fragment_id not in scope:
                continue
            del self._widgets[wid]
            value = self._values.pop(wid, _MISSING)
            if meta.user_key is not None and self._key_ids.get(meta.user_key) == wid:
                del self._key_ids[meta.user_key]
                if meta.persist and value is not _MISSING:
                    # kept as a plain session-state value; register() takes it back
                    self._user[meta.user_key] = value
                    if meta.persist == "page" and meta.page:
                        self._kept_for_page[meta.user_key] = meta.page
        for key, kept_for in list(self._kept_for_page.items()):
            if page is not None and kept_for != page:
                del self._kept_for_page[key]
                self._user.pop(key, None)

    def submitted_forms(self) -> set[str]:
        """The forms whose submit button was pressed for this run."""
        return {meta.form_id for wid in self._triggers
                if (meta := self._widgets.get(wid)) is not None and meta.form_id}

    def reset_form(self, form_id: str) -> dict[str, Any]:
        """``clear_on_submit``: put the form's widgets back to their defaults. Returns widget
        id -> the value as the page shows it."""
        shown: dict[str, Any] = {}
        for wid, meta in self._widgets.items():
            if meta.form_id == form_id and not meta.is_trigger and wid in self._seen:
                self._values[wid] = meta.default
                shown[wid] = meta.serialize(meta.default) if meta.serialize else meta.default
        return shown

    def unconsumed_triggers(self) -> set[str]:
        """Clicks whose button this run has not reached yet (kept if the run is preempted)."""
        return {wid for wid in self._triggers if wid not in self._seen}

    # ---- surviving a worker restart -----------------------------------------------------------

    def snapshot(self) -> tuple[str, list[str]]:
        """Pickle what can be pickled, value by value: (base64 text, names not kept)."""
        keep: dict[str, dict[str, bytes]] = {"user": {}, "values": {}}
        lost: list[str] = []
        for name, bucket in (("user", self._user), ("values", self._values)):
            for k, v in bucket.items():
                meta = self._widgets.get(k) if name == "values" else None
                if meta is not None and meta.is_trigger:
                    continue
                try:
                    keep[name][k] = pickle.dumps(v)
                except Exception:
                    lost.append(k if meta is None else (meta.user_key or meta.kind))
        blob = {"user": keep["user"], "values": keep["values"], "keys": dict(self._key_ids)}
        return base64.b64encode(pickle.dumps(blob)).decode("ascii"), lost

    def restore(self, text: str) -> list[str]:
        """Put back a snapshot; return the names that could not be restored."""
        data = pickle.loads(base64.b64decode(text))
        lost: list[str] = []
        for name, bucket in (("user", self._user), ("values", self._values)):
            for k, raw in data.get(name, {}).items():
                try:
                    bucket[k] = pickle.loads(raw)
                except Exception:
                    lost.append(k)
        self._key_ids.update(data.get("keys", {}))
        return lost
