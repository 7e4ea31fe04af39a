"""The worker <-> page protocol, defined once.

Every message is a JSON object ``{"v": PROTOCOL_VERSION, "type": "<tag>", ...fields}``.
Only JSON strings cross the Pyodide boundary and ``postMessage``.

``python -m wasmlit.protocol`` prints the JSON schema that ``web/src/protocol.schema.json``
holds; ``tests/unit/test_protocol.py`` fails when the two drift apart.

Tree patches (inside ``patches.ops``) are typed too: :class:`Node`, :class:`PutOp`,
:class:`PropsOp` and :class:`RemoveOp` below, exported by :func:`schema` under ``$defs``
(see ``docs/protocol.md``). The kinds a node can have, with their props, are declared in
``wasmlit.kinds``.
"""

from __future__ import annotations

import json
import math
import sys
import dataclasses
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, Union

from wasmlit.errors import ProtocolError

PROTOCOL_VERSION = 1

Path = list[int]
JSON = Any


# ---- the element tree (inside ``patches.ops``) ------------------------------------------------
#
# Nodes are addressed by *delta path*, a list of ints ``[root, i, j, ...]`` (roots: 0 main,
# 1 sidebar, 2 event, 3 bottom). Ops are applied in order.


@dataclass(slots=True)
class Node:
    """One element or block as the page shows it. ``fid`` is the id of the fragment that
    wrote it (null outside fragments); a ``block`` holds children, which arrive as their own
    ``put`` ops. ``props`` are plain JSON, typed per ``kind`` in ``wasmlit.kinds``."""

    kind: str
    props: dict[str, JSON]
    fid: str | None
    block: bool

    def wire(self) -> dict[str, JSON]:
        return {"kind": self.kind, "props": self.props, "fid": self.fid, "block": self.block}


@dataclass(slots=True)
class PutOp:
    """Place ``node`` at ``path``: append it when the path's last index equals the parent's
    child count, else replace the child there (and its whole subtree)."""

    OP: ClassVar[str] = "put"
    path: Path
    node: Node

    def wire(self) -> dict[str, JSON]:
        return {"op": "put", "path": self.path, "node": self.node}


@dataclass(slots=True)
class PropsOp:
    """Replace the props and fragment id of the node at ``path``, keeping the node and its
    children (a block re-sent with the same kind, or a widget's value reset)."""

    OP: ClassVar[str] = "props"
    path: Path
    props: dict[str, JSON]
    fid: str | None

    def wire(self) -> dict[str, JSON]:
        return {"op": "props", "path": self.path, "props": self.props, "fid": self.fid}


@dataclass(slots=True)
class RemoveOp:
    """Remove the node at ``path``; its later siblings shift down by one."""

    OP: ClassVar[str] = "remove"
    path: Path

    def wire(self) -> dict[str, JSON]:
        return {"op": "remove", "path": self.path}


Op = Union[PutOp, PropsOp, RemoveOp]
OPS: tuple[type[PutOp] | type[PropsOp] | type[RemoveOp], ...] = (PutOp, PropsOp, RemoveOp)
_OP_BY_NAME = {cls.OP: cls for cls in OPS}
_NODE_FIELDS: dict[str, type | tuple[type, ...]] = {
    "kind": str, "props": dict, "fid": (str, type(None)), "block": bool}


def node_from_wire(raw: Any) -> Node:
    """A node from its JSON form; ProtocolError when it does not have the schema's shape."""
    if not isinstance(raw, dict) or set(raw) != set(_NODE_FIELDS):
        raise ProtocolError(f"a node needs exactly the fields {sorted(_NODE_FIELDS)}: {raw!r}")
    for name, types in _NODE_FIELDS.items():
        if not isinstance(raw[name], types):
            raise ProtocolError(f"node.{name}: wrong type {type(raw[name]).__name__}")
    return Node(raw["kind"], raw["props"], raw["fid"], raw["block"])


def op_to_json(op: Op) -> dict[str, JSON]:
    """An op as the JSON object that crosses the wire (the inverse of :func:`op_from_wire`)."""
    raw = op.wire()
    if isinstance(op, PutOp):
        raw["node"] = op.node.wire()
    return raw


def op_from_wire(raw: Any) -> Op:
    """One tree op from its JSON form; ProtocolError when it does not have the schema's shape."""
    if not isinstance(raw, dict):
        raise ProtocolError(f"an op must be a JSON object: {raw!r}")
    name = raw.get("op")
    cls = _OP_BY_NAME.get(name) if isinstance(name, str) else None
    if cls is None:
        raise ProtocolError(f"unknown op {raw.get('op')!r}")
    path = raw.get("path")
    if not (isinstance(path, list) and len(path) >= 2
            and all(isinstance(i, int) and not isinstance(i, bool) and i >= 0 for i in path)):
        raise ProtocolError(f"{cls.OP}: bad path {path!r}")
    expected = {f.name for f in fields(cls)} | {"op"}
    if set(raw) != expected:
        raise ProtocolError(f"{cls.OP}: needs exactly the fields {sorted(expected)}")
    if cls is PutOp:
        return PutOp(path, node_from_wire(raw["node"]))
    if cls is PropsOp:
        if not isinstance(raw["props"], dict) or not isinstance(raw["fid"], (str, type(None))):
            raise ProtocolError("props: wrong props or fid")
        return PropsOp(path, raw["props"], raw["fid"])
    return RemoveOp(path)


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
class Navigate(Message):
    """Run the script for a page of a multipage app, with the URL's query string. Sent at
    boot, when the user picks a page in the menu or a page link, and on back/forward.
    ``page_hash`` (a menu item or link) wins over ``page_name`` (the URL's page path, ``""``
    for the default page). ``context`` holds the browser facts behind ``st.context``."""

    TYPE: ClassVar[str] = "navigate"
    page_hash: str = ""
    page_name: str = ""
    query: str = ""
    context: dict[str, JSON] = field(default_factory=dict)
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
    """Tree operations to apply in order (see ``$defs``). ``reached``, sent only
    while a run is in progress, is the path of the last node the script wrote: what lies
    after it (and was not written yet) is stale until the run gets there (B27)."""

    TYPE: ClassVar[str] = "patches"
    run_id: int = 0
    ops: list[Op] = field(default_factory=list)
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
    initial sidebar state); empty strings leave a setting as it is. ``menu_items``: the app
    menu's ``get_help`` and ``report_a_bug`` URLs and ``about`` markdown, each a string or
    null (hidden; ``about`` back to its own text); a key left out stays as it is. Sent
    mid-run, at the next flush after the call."""

    TYPE: ClassVar[str] = "page-config"
    title: str = ""
    icon: str = ""
    layout: str = ""
    sidebar: str = ""
    menu_items: dict[str, JSON] = field(default_factory=dict)


@dataclass(frozen=True)
class Navigation(Message):
    """``st.navigation`` ran: the menu (``pages``: hash, title, icon, url_path, section,
    default, hidden, external_url, help; ``sections`` in order; ``position`` sidebar, top or
    hidden; ``expanded``, ``visible_items``), the page showing (``current``, a hash) and the
    query string to put in the URL. ``not_found`` is the page name the URL asked for when
    no page has it (the default page runs instead). Sent when any of it changed."""

    TYPE: ClassVar[str] = "navigation"
    position: str = "sidebar"
    expanded: bool = False
    visible_items: int = 0
    sections: list[str] = field(default_factory=list)
    pages: list[dict[str, JSON]] = field(default_factory=list)
    current: str = ""
    query: str = ""
    not_found: str = ""


@dataclass(frozen=True)
class PageInfo(Message):
    """The script changed ``st.query_params``: the new query string for the URL."""

    TYPE: ClassVar[str] = "page-info"
    query: str = ""


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


ToWorker = Union[RunScript, WidgetChanged, RerunFragment, Stop, Restore, Navigate, ClearCache]
FromWorker = Union[Ready, RunStarted, Patches, PageConfig, Navigation, PageInfo, ClientConfig,
                   RunFinished, Idle, Log, Progress, Fatal]

TO_WORKER: tuple[type[Message], ...] = (RunScript, WidgetChanged, RerunFragment, Stop, Restore,
                                        Navigate, ClearCache)
FROM_WORKER: tuple[type[Message], ...] = (
    Ready, RunStarted, Patches, PageConfig, Navigation, PageInfo, ClientConfig, RunFinished,
    Idle, Log, Progress, Fatal,
)
_BY_TYPE: dict[str, type[Message]] = {cls.TYPE: cls for cls in TO_WORKER + FROM_WORKER}


_FIELD_NAMES: dict[type[Message], tuple[str, ...]] = {
    cls: tuple(f.name for f in fields(cls)) for cls in TO_WORKER + FROM_WORKER}
_TREE_TYPES = (Node, PutOp, PropsOp, RemoveOp)


def _wire(obj: Any) -> JSON:
    """``json.dumps``'s fallback: tree ops and nodes as their JSON objects (no copies)."""
    if isinstance(obj, _TREE_TYPES):
        return obj.wire()
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.asdict(obj)
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


def _finite(obj: Any) -> Any:
    """``obj`` with every NaN and infinity replaced by None (JSON has neither)."""
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, _TREE_TYPES) or (dataclasses.is_dataclass(obj) and not isinstance(obj, type)):
        return _finite(_wire(obj))
    if isinstance(obj, dict):
        return {k: _finite(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_finite(v) for v in obj]
    return obj


_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, default=_wire,
                            allow_nan=False)


def encode(msg: Message) -> str:
    """One message as JSON text. A NaN or an infinity anywhere in it (a prop, a value) goes out
    as ``null``, as the page's JSON.stringify would write it: ``NaN`` is not JSON, and the
    page's ``JSON.parse`` would reject the whole message."""
    body: dict[str, JSON] = {"v": PROTOCOL_VERSION, "type": msg.TYPE}
    for name in _FIELD_NAMES[type(msg)]:
        body[name] = getattr(msg, name)
    try:
        return _ENCODER.encode(body)
    except ValueError:  # rare: only then is the message walked
        return _ENCODER.encode(_finite(body))


def _not_json(constant: str) -> Any:
    raise ValueError(f"{constant} is not JSON")


_DECODER = json.JSONDecoder(parse_constant=_not_json)  # as strict as the page's JSON.parse


def decode(text: str) -> Message:
    """Parse one message; raise ProtocolError for anything not in the schema."""
    try:
        raw = _DECODER.decode(text)
    except (TypeError, ValueError) as exc:
        raise ProtocolError(f"not JSON: {exc}") from None
    if not isinstance(raw, dict):
        raise ProtocolError("a message must be a JSON object")
    if raw.get("v") != PROTOCOL_VERSION:
        raise ProtocolError(f"protocol version {raw.get('v')!r}, expected {PROTOCOL_VERSION}")
    tag = raw.get("type")
    cls = _BY_TYPE.get(tag) if isinstance(tag, str) else None
    if cls is None:
        raise ProtocolError(f"unknown message type {raw.get('type')!r}")
    kinds = _field_kinds(cls)
    kwargs = {}
    for k, v in raw.items():
        kind = kinds.get(k)
        if kind is None:
            if k in ("v", "type"):
                continue
            unknown = sorted(set(raw) - set(kinds) - {"v", "type"})
            raise ProtocolError(f"{cls.TYPE}: unknown fields {unknown}")
        if not _CHECKS[kind](v):
            raise ProtocolError(f"{cls.TYPE}.{k}: wrong type {type(v).__name__}")
        kwargs[k] = v
    if "ops" in kwargs and cls is Patches:
        kwargs["ops"] = [op_from_wire(op) for op in kwargs["ops"]]
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


_CHECKS: dict[str, Any] = {
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "string": lambda v: isinstance(v, str),
    "boolean": lambda v: isinstance(v, bool),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
    "any": lambda v: True,
}
_KINDS: dict[type[Message], dict[str, str]] = {}


def _field_kinds(cls: type[Message]) -> dict[str, str]:
    """Field name -> JSON type of a message class (worked out once per class)."""
    kinds = _KINDS.get(cls)
    if kinds is None:
        kinds = _KINDS[cls] = {f.name: _json_type(str(f.type)) for f in fields(cls)}
    return kinds


_NULLABLE_STRING = {"type": ["string", "null"]}
_PATH = {"type": "array", "items": {"type": "integer", "minimum": 0}, "minItems": 2}


def _tree_defs() -> dict[str, Any]:
    """The JSON schema of :class:`Node` and of the ops."""

    def described(cls: type, body: dict[str, Any]) -> dict[str, Any]:
        return {"title": cls.__name__, "description": " ".join((cls.__doc__ or "").split()),
                "type": "object", "properties": body, "required": sorted(body),
                "additionalProperties": False}

    node = described(Node, {"kind": {"type": "string"}, "props": {"type": "object"},
                            "fid": _NULLABLE_STRING, "block": {"type": "boolean"}})
    put = described(PutOp, {"op": {"const": PutOp.OP}, "path": _PATH,
                            "node": {"$ref": "#/$defs/Node"}})
    props = described(PropsOp, {"op": {"const": PropsOp.OP}, "path": _PATH,
                                "props": {"type": "object"}, "fid": _NULLABLE_STRING})
    remove = described(RemoveOp, {"op": {"const": RemoveOp.OP}, "path": _PATH})
    return {"Node": node, "PutOp": put, "PropsOp": props, "RemoveOp": remove,
            "Op": {"oneOf": [{"$ref": f"#/$defs/{cls.__name__}"} for cls in OPS]}}


def schema() -> dict[str, Any]:
    """A JSON schema: a union discriminated on ``type``, with each message's fields; the
    tree ops inside ``patches`` are under ``$defs``."""

    def one(cls: type[Message]) -> dict[str, Any]:
        props: dict[str, Any] = {"v": {"const": PROTOCOL_VERSION}, "type": {"const": cls.TYPE}}
        for f in fields(cls):
            kind = _json_type(str(f.type))
            props[f.name] = {} if kind == "any" else {"type": kind}
            if str(f.type) == "list[Op]":
                props[f.name]["items"] = {"$ref": "#/$defs/Op"}
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
        "$defs": _tree_defs(),
    }


def schema_text() -> str:
    return json.dumps(schema(), indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":  # pragma: no cover
    sys.stdout.write(schema_text())
