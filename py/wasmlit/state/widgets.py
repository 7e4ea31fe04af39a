"""Widgets, once: registering a widget in a run, and each value's wire form (its serde).

Element commands call :func:`register_widget`; the page and AppTest see a widget's value only
in its wire form. The conversions between a Python value and that form live here as public
functions, and :class:`Serde` pairs them per kind for the kinds table (``wasmlit.kinds``),
so the command that writes a widget and AppTest, which plays the page, use the same ones.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from wasmlit.errors import M16_FORM_CALLBACK, StreamlitAPIException, StreamlitInvalidFormCallbackError
from wasmlit.runtime.context import get_ctx
from wasmlit.state import url_binding
from wasmlit.state.session_state import WidgetMeta, element_id
from wasmlit.state.url_binding import UrlCodec

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

Callback = Callable[..., Any] | None
Props = dict[str, Any]


def register_widget(dg: DeltaGenerator, kind: str, *, label: str, key: Any, default: Any,
                    props: dict[str, Any], id_args: dict[str, Any], callback: Callback = None,
                    args: Any = None, kwargs: Any = None, trigger: bool = False,
                    deserialize: Callable[[Any], Any] | None = None,
                    serialize: Callable[[Any], Any] | None = None, settable: bool = True,
                    is_submit: bool = False, persist: str | None = None,
                    url: UrlCodec | None = None, one_shot: bool = False) -> Any:
    """Register a widget for this run; return its value. ``url``: the widget is bound to
    the query parameter named by its key (``bind="query-params"``, see url_binding)."""
    ctx = get_ctx()
    user_key = None if key is None else str(key)
    form_id = dg._form_id
    if form_id and callback is not None and not is_submit:
        raise StreamlitInvalidFormCallbackError(M16_FORM_CALLBACK)
    dg._check_policies(ctx, dg._peek(ctx), True)
    wid = element_id(kind, user_key, form_id, label=label, **id_args)
    meta = WidgetMeta(id=wid, kind=kind, user_key=user_key, fragment_id=ctx.current_fragment_id,
                      is_trigger=trigger, callback=callback, args=tuple(args or ()),
                      kwargs=dict(kwargs or {}), deserialize=deserialize, settable=settable,
                      form_id=form_id, default=default, serialize=serialize, persist=persist,
                      page=ctx.extra.get("page_hash") if persist == "page" else None,
                      rerun=props.get("on_change") != "ignore", one_shot=one_shot)
    bound_key = None if url is None or trigger else user_key
    if url is not None and bound_key is not None:
        url_binding.seed(ctx.state, wid, bound_key, default, url)
    value = ctx.state.register(meta, default, seen_ids=ctx.widget_ids_this_run,
                               seen_keys=ctx.widget_keys_this_run)
    if url is not None and bound_key is not None:
        url_binding.write(wid, bound_key, value, default, url)
    node = {"id": wid, "label": label, "form_id": form_id, **props}
    if not trigger:
        node["value"] = serialize(value) if serialize else value
    dg._enqueue(kind, node, is_widget=True)
    return value


def common_props(help: str | None, disabled: bool, label_visibility: str) -> dict[str, Any]:
    if label_visibility not in ("visible", "hidden", "collapsed"):
        raise StreamlitAPIException(
            "Invalid `label_visibility` value. Supported values: 'visible', 'hidden', "
            "'collapsed'.")
    return {"help": help, "disabled": disabled, "label_visibility": label_visibility}


# ---- dates and times -------------------------------------------------------------------------

def to_date(value: Any, name: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if text.lower() == "today":
            return dt.date.today()
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            try:
                return dt.datetime.fromisoformat(text).date()
            except ValueError:
                pass
        raise StreamlitAPIException(
            f"Invalid `{name}` string: {value!r}. Expected an ISO date such as '2024-01-31' "
            "or \"today\".")
    raise StreamlitAPIException(
        f'Invalid `{name}` type. Expected one of: date, datetime, ISO string, "today". '
        f"Provided type: {type(value).__name__}.")


def iso_date(value: Any) -> Any:
    """Python value -> wire (also accepts what users put in session_state)."""
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        return [to_date(v, "value").isoformat() for v in value]
    return to_date(value, "value").isoformat()


def to_time(value: Any, name: str = "value") -> dt.time:
    if isinstance(value, dt.datetime):
        return value.time()
    if isinstance(value, dt.time):
        return value
    if isinstance(value, str):
        text = value.strip()
        if text.lower() == "now":
            return dt.datetime.now().time()
        try:
            return dt.time.fromisoformat(text)
        except ValueError:
            try:
                return dt.datetime.fromisoformat(text).time()
            except ValueError:
                pass
        raise StreamlitAPIException(
            f"Invalid `{name}` string: {value!r}. Expected an ISO time such as '08:45' or "
            "\"now\".")
    raise StreamlitAPIException(
        f'Invalid `{name}` type. Expected one of: time, datetime, ISO string, "now". '
        f"Provided type: {type(value).__name__}.")


def time_wire(value: Any) -> Any:
    if value is None:
        return None
    t = to_time(value)
    return t.strftime("%H:%M:%S" if t.second else "%H:%M")


def to_datetime(value: Any, name: str, *, day: dt.date | None = None,
                at: dt.time = dt.time(0, 0)) -> dt.datetime:
    """A ``datetime_input`` value as Streamlit 1.67 reads it: a datetime, a date (at ``at``),
    a time (on ``day``), an ISO string or "now"; naive, to the minute."""
    day = day or dt.date.today()
    if isinstance(value, str) and value.strip().lower() == "now":
        value = dt.datetime.now()
    if isinstance(value, str):
        text = value.strip()
        for parse in (dt.datetime.fromisoformat,
                      lambda t: dt.datetime.strptime(t.replace("/", "-"), "%Y-%m-%d %H:%M"),
                      lambda t: dt.datetime.strptime(t.replace("/", "-"), "%Y-%m-%d %H:%M:%S"),
                      lambda t: dt.datetime.combine(dt.date.fromisoformat(t), at),
                      lambda t: dt.datetime.combine(day, dt.time.fromisoformat(t))):
            try:
                value = parse(text)
                break
            except ValueError:
                continue
        else:
            raise StreamlitAPIException(
                f'Invalid `{name}` type. Expected one of: datetime, date, time, ISO string, '
                f'"now". Provided type: str.')
    if isinstance(value, dt.datetime):
        pass
    elif isinstance(value, dt.date):
        value = dt.datetime.combine(value, at)
    elif isinstance(value, dt.time):
        value = dt.datetime.combine(day, value)
    else:
        raise StreamlitAPIException(
            f'Invalid `{name}` type. Expected one of: datetime, date, time, ISO string, '
            f'"now". Provided type: {type(value).__name__}.')
    plain: dt.datetime = value.replace(tzinfo=None, second=0, microsecond=0)
    return plain


def datetime_wire(value: Any) -> Any:
    """Python value -> "YYYY-MM-DDTHH:MM" (None stays None)."""
    if value is None:
        return None
    v = to_datetime(value, "value")
    return f"{v.date().isoformat()}T{v.hour:02d}:{v.minute:02d}"


EPOCH = dt.datetime(1970, 1, 1)
MS_PER_DAY = 86_400_000


def to_ms(value: Any, kind: str) -> int:
    if kind == "time":
        t = value.time() if isinstance(value, dt.datetime) else value
        return ((t.hour * 60 + t.minute) * 60 + t.second) * 1000 + t.microsecond // 1000
    if kind == "date":
        d = value.date() if isinstance(value, dt.datetime) else value
        return (d - EPOCH.date()).days * MS_PER_DAY
    naive = value.replace(tzinfo=None) if isinstance(value, dt.datetime) else \
        dt.datetime.combine(value, dt.time())
    return int((naive - EPOCH) / dt.timedelta(milliseconds=1))


def from_ms(ms: Any, kind: str, tzinfo: Any) -> Any:
    ms = int(round(float(ms)))
    if kind == "date":
        return EPOCH.date() + dt.timedelta(days=ms // MS_PER_DAY)
    if kind == "time":
        ms %= MS_PER_DAY
        return (EPOCH + dt.timedelta(milliseconds=ms)).time().replace(tzinfo=tzinfo)
    return (EPOCH + dt.timedelta(milliseconds=ms)).replace(tzinfo=tzinfo)


# ---- files ------------------------------------------------------------------------------------

class UploadedFile(io.BytesIO):
    """A file the user uploaded: a ``BytesIO`` with ``name``, ``type``, ``size`` and
    ``file_id``."""

    def __init__(self, file_id: str, name: str, type: str, data: bytes) -> None:
        super().__init__(data)
        self.file_id = file_id
        self.name = name
        self.type = type
        self.size = len(data)

    def __repr__(self) -> str:
        return (f"UploadedFile(file_id={self.file_id!r}, name={self.name!r}, "
                f"type={self.type!r}, size={self.size})")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UploadedFile):
            return NotImplemented
        return (self.file_id, self.name, self.type, self.getvalue()) == (
            other.file_id, other.name, other.type, other.getvalue())

    __hash__ = io.BytesIO.__hash__

    def __reduce__(self) -> Any:  # session snapshots pickle widget values
        return (UploadedFile, (self.file_id, self.name, self.type, self.getvalue()))


def to_files(raw: Any, multiple: bool) -> Any:
    files = []
    for item in raw or []:
        if isinstance(item, UploadedFile):
            files.append(item)
            continue
        data = base64.b64decode(item.get("data") or "")
        files.append(UploadedFile(str(item.get("file_id") or ""), str(item.get("name") or ""),
                                  str(item.get("type") or ""), data))
    if multiple:
        return files
    return files[-1] if files else None


def file_meta(value: Any) -> list[dict[str, Any]]:
    files = value if isinstance(value, list) else ([] if value is None else [value])
    return [{"file_id": f.file_id, "name": f.name, "type": f.type, "size": f.size}
            for f in files if isinstance(f, UploadedFile)]


@dataclass(frozen=True)
class Serde:
    """A widget value's two directions: ``to_wire(value, props)`` is what the page shows (and
    sends back when the user changes it); ``from_wire(raw, props)`` is the Python value the
    script gets. ``props`` are the widget node's props (e.g. a slider's ``dtype``)."""

    to_wire: Callable[[Any, Props], Any]
    from_wire: Callable[[Any, Props], Any]


def _date_from_wire(raw: Any, props: Props) -> Any:
    is_range = bool(props.get("is_range"))
    if raw is None:
        return () if is_range else None
    if isinstance(raw, list):
        got = tuple(to_date(v, "value") for v in raw[:2])
        return got if is_range else (got[0] if got else None)
    day = to_date(raw, "value")
    return (day,) if is_range else day


def _time_from_wire(raw: Any, props: Props) -> Any:
    return None if raw in (None, "") else to_time(raw).replace(microsecond=0)


def _slider_to_wire(value: Any, props: Props) -> Any:
    kind = props.get("dtype")
    if isinstance(value, (list, tuple)):
        return [v if kind is None or isinstance(v, (int, float)) else to_ms(v, kind)
                for v in value]
    return value if kind is None or isinstance(value, (int, float)) else to_ms(value, kind)


def _slider_from_wire(raw: Any, props: Props) -> Any:
    kind = props.get("dtype")
    if isinstance(raw, (list, tuple)):
        return tuple(raw if kind is None else (from_ms(v, kind, None) for v in raw))
    return raw if kind is None else from_ms(raw, kind, None)


#: ``date_input``: ISO date strings (a list of 0 to 2 for a range) on the wire
DATE = Serde(lambda value, props: iso_date(value), _date_from_wire)
#: ``time_input``: "HH:MM" or "HH:MM:SS" on the wire
TIME = Serde(lambda value, props: time_wire(value), _time_from_wire)
def _datetime_from_wire(raw: Any, props: Props) -> Any:
    return None if raw in (None, "") else to_datetime(raw, "value")


#: ``datetime_input``: "YYYY-MM-DDTHH:MM" on the wire
DATETIME = Serde(lambda value, props: datetime_wire(value), _datetime_from_wire)
#: ``slider``: numbers as they are; dates, times and datetimes (``dtype``) as milliseconds
SLIDER = Serde(_slider_to_wire, _slider_from_wire)
#: ``file_uploader``: file metadata on the page; what the page sends adds base64 ``data``
FILES = Serde(lambda value, props: file_meta(value),
              lambda raw, props: to_files(raw, bool(props.get("multiple"))))
#: every other widget: the value is plain JSON, the same on both sides
IDENTITY = Serde(lambda value, props: value, lambda raw, props: raw)
