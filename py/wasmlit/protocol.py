"""The worker <-> page protocol, defined once.

Every message is a JSON object ``{"v": PROTOCOL_VERSION, "type": "<tag>", ...fields}``.
Only JSON strings cross the Pyodide boundary and ``postMessage``.

``python -m wasmlit.protocol`` prints the JSON schema that ``web/src/protocol.schema.json``
holds; ``tests/unit/test_protocol.py`` fails when the two drift apart.

Tree patches (inside ``patches.ops``) address nodes by *delta path*, a list of ints
``[root, i, j, ...]`` (roots: 0 main, 1 sidebar, 2 event, 3 bottom). They are applied in order:

- ``{"op": "put", "path": P, "node": N}``: place N at P. If P's last index equals the number of
  children of the parent, append; otherwise replace the node there (and its whole subtree).
  A block node arrives with no children; they follow as their own ``put`` ops.
- ``{"op": "props", "path": P, "props": {...}, "fid": F}``: replace the props (and fragment id)
  of the node at P, keeping it and its children (a block re-sent with the same kind).
- ``{"op": "remove", "path": P}``: remove the node at P; later siblings shift down by one.

A node is ``{"kind": str, "props": {...}, "fid": str | null, "block": bool}``.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, dataclass, field, fields
from typing import Any, ClassVar, Union

from wasmlit.errors import ProtocolError

PROTOCOL_VERSION = 1

Path = list[int]
JSON = Any


@dataclass(frozen=True)
class Message:
    TYPE: ClassVar[str] = ""
    DOC: ClassVar[str] = ""

    def encode(self) -> str:
        return encode(self)


# ---- to the worker (requests) -------------------------------------------------------------


@dataclass(frozen=True)
class RunScript(Message):
    """Run the whole script (first run, or the user asked for a rerun)."""

    TYPE: ClassVar[str] = "run-script"
    seq: int = 0


@dataclass(frozen=True)
class WidgetChanged(Message):
    """The user changed widgets. ``values`` maps widget id to its new value; a button click
    is ``{id: true}`` (Python knows which widgets are triggers). The worker decides between a
    full run and a fragment run from the fragment that created the widgets."""

    TYPE: ClassVar[str] = "widget-changed"
    values: dict[str, JSON] = field(default_factory=dict)
    seq: int = 0


@dataclass(frozen=True)
class RerunFragment(Message):
    """A ``run_every`` timer fired (``auto`` true) for one fragment."""

    TYPE: ClassVar[str] = "rerun-fragment"
    fragment_id: str = ""
    auto: bool = True
    seq: int = 0


@dataclass(frozen=True)
class Stop(Message):
    """Stop the run in progress at its next yield point."""

    TYPE: ClassVar[str] = "stop"
    seq: int = 0


@dataclass(frozen=True)
class Restore(Message):
    """Restore widget values and session state (from ``RunFinished.snapshot``) into a fresh
    worker, before its first run."""

    TYPE: ClassVar[str] = "restore"
    snapshot: str = ""
    seq: int = 0


@dataclass(frozen=True)
class ClearCache(Message):
    """The app menu's Clear cache: empty every ``st.cache_data`` and ``st.cache_resource``
    store. No run follows."""

    TYPE: ClassVar[str] = "clear-cache"
    seq: int = 0


# ---- from the worker (facts) --------------------------------------------------------------


@dataclass(frozen=True)
class Ready(Message):
    """Python is up and the app is loaded."""

    TYPE: ClassVar[str] = "ready"
    protocol: int = PROTOCOL_VERSION
    version: str = ""
    can_run_sync: bool = False


@dataclass(frozen=True)
class RunStarted(Message):
    """A run began. ``fragment_ids`` is empty for a full run."""

    TYPE: ClassVar[str] = "run-started"
    run_id: int = 0
    fragment_ids: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Patches(Message):
    """Tree operations to apply in order (see the module docstring). ``reached``, sent only
    while a run is in progress, is the path of the last node the script wrote: what lies
    after it (and was not written yet) is stale until the run gets there (B27)."""

    TYPE: ClassVar[str] = "patches"
    run_id: int = 0
    ops: list[dict[str, JSON]] = field(default_factory=list)
    reached: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class RunFinished(Message):
    """A run ended. ``status`` is one of ``ok``, ``error`` (the script raised; the exception
    is on screen), ``rerun`` (ended early for a rerun), ``stopped``. ``timers`` is the whole
    set of live ``run_every`` timers: fragment id -> interval in seconds. ``snapshot`` is the
    restorable state when it changed since the last run-finished, else empty."""

    TYPE: ClassVar[str] = "run-finished"
    run_id: int = 0
    status: str = "ok"
    timers: dict[str, float] = field(default_factory=dict)
    snapshot: str = ""
    unrestorable: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PageConfig(Message):
    """``st.set_page_config`` changed the page: ``title``, ``icon`` (an emoji, an image URL
    or ``:material/name:``), ``layout`` (``centered`` or ``wide``) and ``sidebar`` (the
    initial sidebar state); empty strings leave a setting as it is. Sent mid-run, at the
    next flush after the call."""

    TYPE: ClassVar[str] = "page-config"
    title: str = ""
    icon: str = ""
    layout: str = ""
    sidebar: str = ""


@dataclass(frozen=True)
class ClientConfig(Message):
    """``st.set_option`` changed a client option the page acts on: ``options`` holds their
    current values (``toolbarMode``, ``showSidebarNavigation``). Sent at the next flush."""

    TYPE: ClassVar[str] = "client-config"
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Idle(Message):
    """Nothing is running or queued. ``seq`` is the last request seq the worker has taken in,
    so the page knows whether a request it sent since is still on its way."""

    TYPE: ClassVar[str] = "idle"
    seq: int = 0


@dataclass(frozen=True)
class Log(Message):
    """A line for the browser console (e.g. a request for a fragment that no longer exists)."""

    TYPE: ClassVar[str] = "log"
    level: str = "info"
    message: str = ""


@dataclass(frozen=True)
class Progress(Message):
    """Boot progress, sent by the worker's JavaScript before Python is ready."""

    TYPE: ClassVar[str] = "progress"
    stage: str = ""
    fraction: float = 0.0


@dataclass(frozen=True)
class Fatal(Message):
    """The worker cannot go on (boot failed, or Python died)."""

    TYPE: ClassVar[str] = "fatal"
    error: dict[str, str] = field(default_factory=dict)


ToWorker = Union[RunScript, WidgetChanged, RerunFragment, Stop, Restore, ClearCache]
FromWorker = Union[Ready, RunStarted, Patches, PageConfig, ClientConfig, RunFinished, Idle, Log,
                   Progress, Fatal]

TO_WORKER: tuple[type[Message], ...] = (RunScript, WidgetChanged, RerunFragment, Stop, Restore,
                                        ClearCache)
FROM_WORKER: tuple[type[Message], ...] = (
    Ready, RunStarted, Patches, PageConfig, ClientConfig, RunFinished, Idle, Log, Progress, Fatal,
)
_BY_TYPE: dict[str, type[Message]] = {cls.TYPE: cls for cls in TO_WORKER + FROM_WORKER}


def encode(msg: Message) -> str:
    return json.dumps({"v": PROTOCOL_VERSION, "type": msg.TYPE, **asdict(msg)},
                      separators=(",", ":"), ensure_ascii=False)


def decode(text: str) -> Message:
    """Parse one message; raise ProtocolError for anything not in the schema."""
    try:
        raw = json.loads(text)
    except (TypeError, ValueError) as exc:
        raise ProtocolError(f"not JSON: {exc}") from None
    if not isinstance(raw, dict):
        raise ProtocolError("a message must be a JSON object")
    if raw.get("v") != PROTOCOL_VERSION:
        raise ProtocolError(f"protocol version {raw.get('v')!r}, expected {PROTOCOL_VERSION}")
    cls = _BY_TYPE.get(raw.get("type"))  # type: ignore[arg-type]
    if cls is None:
        raise ProtocolError(f"unknown message type {raw.get('type')!r}")
    names = {f.name for f in fields(cls)}
    unknown = set(raw) - names - {"v", "type"}
    if unknown:
        raise ProtocolError(f"{cls.TYPE}: unknown fields {sorted(unknown)}")
    kwargs = {k: v for k, v in raw.items() if k in names}
    for f in fields(cls):
        if f.name in kwargs and not _type_ok(kwargs[f.name], f.type):
            raise ProtocolError(f"{cls.TYPE}.{f.name}: wrong type {type(kwargs[f.name]).__name__}")
    return cls(**kwargs)


_PY_TO_JSON = {"int": "integer", "str": "string", "bool": "boolean", "float": "number"}


def _json_type(annotation: str) -> str:
    base = annotation.split("[", 1)[0]
    if base in _PY_TO_JSON:
        return _PY_TO_JSON[base]
    if base == "list" or annotation == "Path":
        return "array"
    if base == "dict":
        return "object"
    return "any"


def _type_ok(value: Any, annotation: Any) -> bool:
    kind = _json_type(str(annotation))
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "string":
        return isinstance(value, str)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, dict)
    return True


def schema() -> dict[str, Any]:
    """A JSON schema: a union discriminated on ``type``, with each message's fields."""

    def one(cls: type[Message]) -> dict[str, Any]:
        props: dict[str, Any] = {"v": {"const": PROTOCOL_VERSION}, "type": {"const": cls.TYPE}}
        for f in fields(cls):
            kind = _json_type(str(f.type))
            props[f.name] = {} if kind == "any" else {"type": kind}
        return {
            "title": cls.__name__,
            "description": " ".join((cls.__doc__ or "").split()),
            "type": "object",
            "properties": props,
            "required": ["v", "type"],
            "additionalProperties": False,
        }

    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "wasmlit protocol",
        "version": PROTOCOL_VERSION,
        "toWorker": {cls.TYPE: one(cls) for cls in TO_WORKER},
        "fromWorker": {cls.TYPE: one(cls) for cls in FROM_WORKER},
    }


def schema_text() -> str:
    return json.dumps(schema(), indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":  # pragma: no cover
    sys.stdout.write(schema_text())
