"""What AppTest shows: a class per kind of element (values, actions) and the queries
behind ``at.button``, ``at.markdown``... (``_QUERIES``)."""

from __future__ import annotations

import base64
import itertools
import uuid
from typing import TYPE_CHECKING, Any, Callable, Generic, Iterator, TypeVar, overload

from wasmlit.kinds import KINDS
from wasmlit.state.widgets import Serde

if TYPE_CHECKING:
    from wasmlit.testing import AppTest

Node = dict[str, Any]


def _serde(element: "Element") -> Serde:
    """How the widget's value crosses the wire, from the kinds table (as the page sends it)."""
    serde = KINDS[element.kind].serde
    assert serde is not None, f"{element.kind} is not a widget"
    return serde


class Element:
    """One element on the page."""

    def __init__(self, node: Node, at: "AppTest", path: tuple[int, ...] = ()) -> None:
        self.node = node
        self.at = at
        self.path = path

    @property
    def kind(self) -> str:
        return str(self.node["kind"])

    @property
    def props(self) -> dict[str, Any]:
        return dict(self.node["props"])

    @property
    def fragment_id(self) -> str | None:
        return self.node["fid"]

    @property
    def value(self) -> Any:
        return self.node["props"].get("body")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.kind}, {self.node['props']!r})"


class Exception_(Element):
    @property
    def value(self) -> str:
        return str(self.node["props"]["message"])

    @property
    def message(self) -> str:
        return self.value

    @property
    def type(self) -> str:
        return str(self.node["props"]["type"])

    @property
    def traceback(self) -> list[str]:
        return list(self.node["props"]["traceback"])


class Spinner(Element):
    @property
    def value(self) -> str:
        return str(self.node["props"]["text"])


class Heading(Element):
    """title / header / subheader: ``.tag``, ``.anchor``, ``.help``, ``.divider``."""

    @property
    def tag(self) -> str:
        return str(self.node["props"]["tag"])

    @property
    def anchor(self) -> str | bool | None:
        return self.node["props"].get("anchor")

    @property
    def help(self) -> str | None:
        return self.node["props"].get("help")

    @property
    def divider(self) -> bool | str:
        return self.node["props"].get("divider", False)


class Code(Element):
    @property
    def language(self) -> str | None:
        return self.node["props"].get("language")


class Json(Element):
    @property
    def expanded(self) -> bool | int:
        props = self.node["props"]
        depth = props.get("max_expand_depth")
        return props["expanded"] if depth is None else int(depth)


class Block(Element):
    """A container; its element lists are those inside it."""

    def __getattr__(self, name: str) -> "ElementList[Any]":
        query = query_for(name)
        if query is not None:
            return query(self.at, [(self.node, self.path)])
        raise AttributeError(name)


class Widget(Element):
    @property
    def id(self) -> str:
        return str(self.node["props"]["id"])

    @property
    def label(self) -> str:
        return str(self.node["props"]["label"])

    @property
    def key(self) -> str | None:
        key = self.id.rsplit("-", 1)[-1]
        return None if key == "None" else key

    @property
    def form_id(self) -> str:
        return str(self.node["props"].get("form_id") or "")

    @property
    def disabled(self) -> bool:
        return bool(self.node["props"].get("disabled"))

    @property
    def value(self) -> Any:
        if self.id in self.at._pending:
            return self.at._pending[self.id]
        return self.node["props"].get("value")

    def set_value(self, value: Any) -> "Widget":
        self.at._pending[self.id] = value
        self.at._pending_forms[self.id] = self.form_id
        return self

    def run(self) -> "AppTest":
        return self.at.run()

    def queue(self) -> "AppTest":
        """Send this change without running yet (``AppTest.queue``)."""
        return self.at.queue()


class MaybeWidget(Widget):
    """An element that is a widget only with ``on_select`` (a dataframe, a chart): no id and
    no key otherwise."""

    @property
    def id(self) -> str:
        return str(self.node["props"].get("id", ""))

    @property
    def key(self) -> str | None:
        return super().key if self.id else None

class Button(Widget):
    def click(self) -> "Button":
        self.set_value(True)
        return self

    @property
    def value(self) -> bool:
        return self.id in self.at._pending


class Picked(Widget):
    """A choice widget whose value is any Python object: the page sends indexes, session
    state holds the objects. ``value`` reads what the script got; ``set_value`` takes an
    option (or its label) and sends what the page would."""

    @property
    def options(self) -> list[str]:
        return list(self.node["props"].get("options") or [])

    def _deserialize(self, raw: Any) -> Any:
        meta = self.at.session.state.widget(self.id)
        return meta.deserialize(raw) if meta is not None and meta.deserialize else raw

    @property
    def value(self) -> Any:
        if self.id in self.at._pending:
            return self._deserialize(self.at._pending[self.id])
        state = self.at.session.state
        if state.has_widget_value(self.id):
            return state.widget_value(self.id)
        return self.node["props"].get("value")

    def _option(self, i: int) -> Any:
        return self._deserialize(i)

    def _raw(self, option: Any) -> Any:
        """What the page sends for ``option``: its index (matched by value, then label)."""
        for i in range(len(self.options)):
            candidate = self._option(i)
            try:
                if candidate is option or bool(candidate == option):
                    return i
            except Exception:
                continue
        if isinstance(option, str):
            if option in self.options:
                return self.options.index(option)
            if self.node["props"].get("accept_new_options"):
                return option
        raise ValueError(f"{option!r} is not an option of {self.kind} {self.label!r}")

    @property
    def indices(self) -> list[int]:
        raw = self.at._pending.get(self.id, self.node["props"].get("value"))
        if raw is None:
            return []
        return [r for r in (raw if isinstance(raw, list) else [raw]) if isinstance(r, int)]


class SingleChoice(Picked):
    """selectbox and radio: the page sends the index of the chosen option (or None)."""

    @property
    def index(self) -> int | None:
        raw = self.at._pending.get(self.id, self.node["props"].get("value"))
        return raw if isinstance(raw, int) else None

    def set_value(self, value: Any) -> "SingleChoice":
        super().set_value(None if value is None else self._raw(value))
        return self

    def select(self, option: Any) -> "SingleChoice":
        return self.set_value(option)

    def select_index(self, index: int | None) -> "SingleChoice":
        super().set_value(index)
        return self


class Multiselect(Picked):
    def _option(self, i: int) -> Any:
        return self._deserialize([i])[0]

    def set_value(self, values: Any) -> "Multiselect":
        super().set_value([self._raw(v) for v in (values or [])])
        return self

    def select(self, option: Any) -> "Multiselect":
        current = list(self.value or [])
        return self.set_value(current + [option])

    def unselect(self, option: Any) -> "Multiselect":
        raw = self._raw(option)
        current = list(self.value or [])
        return self.set_value([v for v in current if self._raw(v) != raw])


class SelectSlider(Picked):
    @property
    def _is_range(self) -> bool:
        return bool(self.node["props"].get("is_range"))

    def _option(self, i: int) -> Any:
        return self._deserialize([i, i])[0] if self._is_range else self._deserialize(i)

    def set_value(self, value: Any) -> "SelectSlider":
        if self._is_range:
            super().set_value([self._raw(v) for v in value])
        else:
            super().set_value(self._raw(value))
        return self

    def set_range(self, low: Any, high: Any) -> "SelectSlider":
        return self.set_value((low, high))


class ButtonGroup(Picked):
    """pills and segmented_control: the page sends the list of chosen indexes."""

    @property
    def _multi(self) -> bool:
        return self.node["props"].get("selection_mode") == "multi"

    def _option(self, i: int) -> Any:
        got = self._deserialize([i])
        return got[0] if self._multi else got

    def set_value(self, value: Any) -> "ButtonGroup":
        if self._multi:
            super().set_value([self._raw(v) for v in (value or [])])
        else:
            super().set_value([] if value is None else [self._raw(value)])
        return self

    def select(self, option: Any) -> "ButtonGroup":
        if not self._multi:
            return self.set_value(option)
        return self.set_value(list(self.value or []) + [option])

    def unselect(self, option: Any) -> "ButtonGroup":
        if not self._multi:
            return self.set_value(None)
        raw = self._raw(option)
        return self.set_value([v for v in (self.value or []) if self._raw(v) != raw])


class Feedback(Picked):
    def set_value(self, value: int | None) -> "Feedback":
        Widget.set_value(self, value)
        return self


class ColorPicker(Picked):
    def set_value(self, value: str) -> "ColorPicker":
        Widget.set_value(self, value)
        return self

    def pick(self, value: str) -> "ColorPicker":
        return self.set_value(value)


class Checkbox(Widget):
    def check(self) -> "Checkbox":
        self.set_value(True)
        return self

    def uncheck(self) -> "Checkbox":
        self.set_value(False)
        return self


class TextInput(Widget):
    def input(self, text: str) -> "TextInput":
        self.set_value(text)
        return self


class NumberInput(Widget):
    def increment(self) -> "NumberInput":
        self.set_value((self.value or 0) + self.node["props"]["step"])
        return self

    def decrement(self) -> "NumberInput":
        self.set_value((self.value or 0) - self.node["props"]["step"])
        return self


class Choice(Widget):
    """selectbox and radio: the page sends the index of the chosen option."""

    @property
    def options(self) -> list[str]:
        return list(self.node["props"]["options"])

    @property
    def index(self) -> int | None:
        return super().value

    @property
    def value(self) -> str | None:
        index = self.index
        return None if index is None else self.options[index]

    def select(self, option: Any) -> "Choice":
        self.set_value(self.options.index(str(option)))
        return self

    def select_index(self, index: int | None) -> "Choice":
        self.set_value(index)
        return self


class Slider(Widget):
    """Numbers as they are; date/time/datetime sliders (``dtype`` prop) convert between the
    Python values and the page's milliseconds."""

    @property
    def value(self) -> Any:
        return _serde(self).from_wire(super().value, self.node["props"])

    def set_value(self, value: Any) -> "Slider":
        super().set_value(_serde(self).to_wire(value, self.node["props"]))
        return self

    def set_range(self, low: Any, high: Any) -> "Slider":
        self.set_value([low, high])
        return self


class Table(Element):
    """dataframe and table: ``.columns``, ``.rows``, ``.index``; ``.value`` is a pandas
    DataFrame when pandas is installed, else a dict of column lists."""

    @property
    def columns(self) -> list[str]:
        return list(self.node["props"]["columns"])

    @property
    def rows(self) -> list[list[Any]]:
        return [list(r) for r in self.node["props"]["rows"]]

    @property
    def index(self) -> list[Any]:
        return list(self.node["props"]["index"])

    @property
    def data(self) -> dict[str, list[Any]]:
        return {c: [r[j] for r in self.rows] for j, c in enumerate(self.columns)}

    @property
    def index_name(self) -> str | None:
        return self.node["props"].get("index_name")

    @property
    def display(self) -> list[list[str]] | None:
        """The text a pandas Styler gave each cell (``Styler.format``), or None."""
        shown = self.node["props"].get("display")
        return None if shown is None else [list(r) for r in shown]

    @property
    def caption(self) -> str | None:
        return self.node["props"].get("caption")

    @property
    def value(self) -> Any:
        """The data as a pandas DataFrame (cells as the page got them: date-times as text),
        with the index, its name(s) and MultiIndex levels; a dict without pandas."""
        try:
            import pandas as pd
        except ImportError:
            return self.data
        props = self.node["props"]
        columns: Any = self.columns
        if props.get("column_levels"):
            columns = pd.MultiIndex.from_arrays(props["column_levels"])
        index: Any = None
        if props.get("index_levels"):
            index = pd.MultiIndex.from_arrays(props["index_levels"],
                                              names=props.get("index_names"))
        elif self.index:
            index = pd.Index(self.index, name=props.get("index_name"))
        return pd.DataFrame(self.rows, columns=columns, index=index)


class Dataframe(Table, MaybeWidget):
    """A dataframe; a selectable one also has ``.selection`` and ``.select_rows``/
    ``.select_columns``/``.select_cells``."""

    @property
    def value(self) -> Any:
        return super().value  # Table's (the MRO is Dataframe, Table, Widget)

    @property
    def selection(self) -> dict[str, Any]:
        if self.id in self.at._pending:
            return dict(self.at._pending[self.id])
        return dict(self.node["props"].get("value") or {"rows": [], "columns": [], "cells": []})

    def select_rows(self, rows: list[int]) -> "Dataframe":
        self.set_value({**self.selection, "rows": list(rows)})
        return self

    def select_columns(self, columns: list[str]) -> "Dataframe":
        self.set_value({**self.selection, "columns": list(columns)})
        return self

    def select_cells(self, cells: list[tuple[int, str]]) -> "Dataframe":
        self.set_value({**self.selection, "cells": [list(c) for c in cells]})
        return self


class Chart(Element):
    """A Vega-Lite chart; ``.spec`` is the spec the page renders (data inlined)."""

    @property
    def spec(self) -> dict[str, Any]:
        return dict(self.node["props"]["spec"])

    @property
    def option(self) -> dict[str, Any]:
        return dict(self.node["props"]["option"])

    @property
    def value(self) -> dict[str, Any]:
        return self.spec


class SelectableChart(MaybeWidget):
    """st.plotly_chart (``.figure``), st.map/st.pydeck_chart (``.spec``, a deck.gl JSON
    spec) and st.echarts_chart (``.option``); with ``on_select`` also ``.selection`` and
    ``.select(selection)``."""

    @property
    def figure(self) -> dict[str, Any]:
        return dict(self.node["props"]["figure"])

    @property
    def spec(self) -> dict[str, Any]:
        return dict(self.node["props"]["spec"])

    @property
    def selection(self) -> dict[str, Any]:
        if self.id in self.at._pending:
            return dict(self.at._pending[self.id]["selection"])
        return dict((self.node["props"].get("value") or {}).get("selection") or {})

    def select(self, selection: dict[str, Any]) -> "SelectableChart":
        """What the page sends when the user selects: ``{"selection": {...}}``."""
        self.set_value({"selection": dict(selection)})
        return self


class Media(Element):
    """image, audio, video: ``.value`` is the list of sources (URLs, or data as base64)."""

    @property
    def value(self) -> Any:
        props = self.node["props"]
        return props.get("items", props.get("source"))


class DateInput(Widget):
    """``st.date_input``: ISO strings on the page, dates (or a tuple of them) here."""

    @property
    def value(self) -> Any:
        return _serde(self).from_wire(super().value, self.node["props"])

    def set_value(self, value: Any) -> "DateInput":
        super().set_value(_serde(self).to_wire(value, self.node["props"]))
        return self


class TimeInput(Widget):
    """``st.time_input``: "HH:MM[:SS]" on the page, ``datetime.time`` here."""

    @property
    def value(self) -> Any:
        return _serde(self).from_wire(super().value, self.node["props"])

    def set_value(self, value: Any) -> "TimeInput":
        super().set_value(_serde(self).to_wire(value, self.node["props"]))
        return self

    def _shift(self, sign: int) -> "TimeInput":
        import datetime as dt

        current = self.value or dt.time()
        moved = dt.datetime.combine(dt.date(2000, 1, 1), current) + sign * dt.timedelta(
            seconds=self.node["props"]["step"])
        return self.set_value(moved.time())

    def increment(self) -> "TimeInput":
        return self._shift(1)

    def decrement(self) -> "TimeInput":
        return self._shift(-1)


class FileUploader(Widget):
    """``st.file_uploader``: ``upload`` files as the page would send them (name, bytes, MIME
    type); ``value`` is what the script gets (``UploadedFile`` objects)."""

    def _sent(self) -> list[dict[str, Any]]:
        if self.id in self.at._pending:
            return list(self.at._pending[self.id])
        state = self.at.session.state
        held = state.widget_value(self.id)
        files = held if isinstance(held, list) else ([] if held is None else [held])
        return [{"file_id": f.file_id, "name": f.name, "type": f.type, "size": f.size,
                 "data": base64.b64encode(f.getvalue()).decode("ascii")} for f in files]

    @property
    def value(self) -> Any:
        return _serde(self).from_wire(self._sent(), self.node["props"])

    def upload(self, name: str, data: bytes | str, type: str = "application/octet-stream"
               ) -> "FileUploader":
        raw = data.encode() if isinstance(data, str) else bytes(data)
        entry = {"file_id": uuid.uuid4().hex, "name": name, "type": type, "size": len(raw),
                 "data": base64.b64encode(raw).decode("ascii")}
        files = self._sent() if self.node["props"].get("multiple") else []
        self.set_value([*files, entry])
        return self

    def remove(self, name: str) -> "FileUploader":
        self.set_value([f for f in self._sent() if f["name"] != name])
        return self

    def clear(self) -> "FileUploader":
        self.set_value([])
        return self


_SUBMISSIONS = itertools.count(1)


class ChatInput(Widget):
    """``st.chat_input``: ``set_value(text)`` submits a message."""

    def set_value(self, value: Any) -> "ChatInput":
        if isinstance(value, str):  # as the page sends it: the same text twice is two messages
            value = {"text": value, "n": f"apptest-{next(_SUBMISSIONS)}"}
        super().set_value(value)
        return self

    @property
    def value(self) -> Any:
        raw = self.at._pending.get(self.id, self.node["props"].get("value"))
        return raw.get("text") if isinstance(raw, dict) else raw

    @property
    def placeholder(self) -> str:
        return str(self.node["props"].get("placeholder", ""))


class MenuButton(Widget):
    """``st.menu_button``: ``pick(option)`` picks a menu item, as a click on it would."""

    def pick(self, option: Any) -> "MenuButton":
        labels = list(self.node["props"]["options"])
        label = option if option in labels else str(option)
        if label not in labels:
            raise ValueError(f"{option!r} is not an option of this menu button")
        super().set_value({"index": labels.index(label), "n": f"apptest-{next(_SUBMISSIONS)}"})
        return self

    def click(self, option: Any) -> "MenuButton":
        """As Streamlit's AppTest: pick by the item's label (or ``str(option)``)."""
        return self.pick(option)

    def click_index(self, index: int) -> "MenuButton":
        return self.pick(self.options[index])

    @property
    def options(self) -> list[str]:
        return list(self.node["props"]["options"])

    @property
    def value(self) -> Any:
        return None


class ChatFiles(ChatInput):
    """``st.chat_input`` with attachments: ``submit(text, files=[(name, bytes, type)], audio=
    (name, bytes))`` sends what the page would."""

    def submit(self, text: str = "", files: Any = (), audio: Any = None) -> "ChatFiles":
        def entry(name: str, data: bytes, kind: str) -> dict[str, Any]:
            return {"file_id": uuid.uuid4().hex, "name": name, "type": kind, "size": len(data),
                    "data": base64.b64encode(data).decode("ascii")}

        value: dict[str, Any] = {"text": text, "n": f"apptest-{next(_SUBMISSIONS)}",
                                 "files": [entry(*f) for f in files]}
        if audio is not None:
            value["audio"] = entry(audio[0], audio[1], "audio/wav")
        Widget.set_value(self, value)
        return self


E = TypeVar("E", bound=Element)


class ElementList(Generic[E]):
    def __init__(self, items: list[E]) -> None:
        self._items = items

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[E]:
        return iter(self._items)

    @overload
    def __getitem__(self, i: int) -> E: ...

    @overload
    def __getitem__(self, i: slice) -> list[E]: ...

    def __getitem__(self, i: Any) -> Any:
        return self._items[i]

    @property
    def values(self) -> list[Any]:
        return [e.value for e in self._items]

    def __call__(self, key: str) -> E:
        """The widget with this user key."""
        for e in self._items:
            if isinstance(e, Widget) and e.key == key:
                return e
        raise KeyError(key)

    def __repr__(self) -> str:
        return f"ElementList({self._items!r})"


def _query(cls: type[Element], kind: str,
           where: Callable[[dict[str, Any]], bool] | None = None) -> Callable[..., ElementList[Any]]:
    def find(at: "AppTest", roots: list[tuple[Node, tuple[int, ...]]]) -> ElementList[Any]:
        found = [cls(n, at, path) for n, path in _walk(roots) if n["kind"] == kind
                 and (where is None or where(n["props"]))]
        return ElementList(found)

    return find


def _walk(nodes: list[tuple[Node, tuple[int, ...]]]) -> Iterator[tuple[Node, tuple[int, ...]]]:
    for node, path in nodes:
        for i, child in enumerate(node.get("children") or ()):
            yield child, path + (i,)
            if child["block"]:
                yield from _walk([(child, path + (i,))])


# ---- write family: metric, badge, help ----


class Metric(Element):
    @property
    def label(self) -> str:
        return str(self.node["props"]["label"])

    @property
    def delta(self) -> str:
        return str(self.node["props"]["delta"])

    @property
    def color(self) -> str:
        return str(self.node["props"]["color"])

    @property
    def direction(self) -> str:
        return str(self.node["props"]["direction"])


class Badge(Element):
    @property
    def value(self) -> str:
        return str(self.node["props"]["label"])

    @property
    def color(self) -> str:
        return str(self.node["props"]["color"])


class Help(Element):
    """``st.help`` output: ``.value`` is the value or signature shown."""

    @property
    def value(self) -> str:
        return str(self.node["props"]["value"])

    @property
    def name(self) -> str:
        return str(self.node["props"]["name"])

    @property
    def type(self) -> str:
        return str(self.node["props"]["type"])

    @property
    def doc(self) -> str:
        return str(self.node["props"]["doc"])

    @property
    def members(self) -> list[dict[str, str]]:
        return list(self.node["props"]["members"])


# ---- layout and status -------------------------------------------------------------------


class LabeledBlock(Block):
    """expander, status, popover, tab: a container with a label."""

    @property
    def label(self) -> str:
        return str(self.node["props"].get("label", ""))

    @property
    def value(self) -> Any:
        return self.label

    @property
    def state(self) -> str | None:
        return self.node["props"].get("state")

    @property
    def expanded(self) -> bool:
        return bool(self.node["props"].get("expanded"))

    @property
    def icon(self) -> str | None:
        return self.node["props"].get("icon")


class Progress(Element):
    @property
    def value(self) -> int:
        return int(self.node["props"]["value"])

    @property
    def text(self) -> str | None:
        return self.node["props"].get("text")


class Alert(Element):
    @property
    def icon(self) -> str | None:
        return self.node["props"].get("icon")


def query_for(name: str) -> Callable[..., ElementList[Any]] | None:
    """``at.<name>``: a query below, else every node of the kind ``name`` (wasmlit/kinds.py),
    viewed as a Widget, a Block or an Element, so that a new kind is queryable at once."""
    query = _QUERIES.get(name)
    if query is None and name in KINDS:
        kind = KINDS[name]
        query = _QUERIES[name] = _query(
            Widget if kind.is_widget else Block if kind.block else Element, name)
    return query


_QUERIES: dict[str, Callable[..., ElementList[Any]]] = {
    "markdown": _query(Element, "markdown", lambda pr: pr["variant"] == "markdown"),
    "caption": _query(Element, "markdown", lambda pr: pr["variant"] == "caption"),
    "divider": _query(Element, "markdown", lambda pr: pr["variant"] == "divider"),
    "title": _query(Heading, "heading", lambda pr: pr["tag"] == "h1"),
    "header": _query(Heading, "heading", lambda pr: pr["tag"] == "h2"),
    "subheader": _query(Heading, "heading", lambda pr: pr["tag"] == "h3"),
    "text": _query(Element, "text"),
    "code": _query(Code, "code"),
    "json": _query(Json, "json"),
    "exception": _query(Exception_, "exception"),
    "spinner": _query(Spinner, "spinner"),
    "toast": _query(Element, "toast"),
    "balloons": _query(Element, "balloons"),
    "snow": _query(Element, "snow"),
    "empty": _query(Element, "empty"),
    "button": _query(Button, "button", lambda pr: not pr.get("is_submit")),
    "form_submit_button": _query(Button, "button", lambda pr: bool(pr.get("is_submit"))),
    "checkbox": _query(Checkbox, "checkbox", lambda pr: not pr.get("toggle")),
    "toggle": _query(Checkbox, "checkbox", lambda pr: bool(pr.get("toggle"))),
    "text_input": _query(TextInput, "text_input"),
    "text_area": _query(TextInput, "text_area"),
    "number_input": _query(NumberInput, "number_input"),
    "selectbox": _query(SingleChoice, "selectbox"),
    "radio": _query(SingleChoice, "radio"),
    "slider": _query(Slider, "slider"),
    "container": _query(Block, "vertical"),
    "columns": _query(Block, "column"),
    "form": _query(Block, "form"),
    "dialog": _query(Block, "dialog"),
    # ---- write ----
    "metric": _query(Metric, "metric"),
    "badge": _query(Badge, "badge"),
    "help": _query(Help, "help"),
    # ---- layout and status ----
    "success": _query(Alert, "alert", lambda pr: pr["variant"] == "success"),
    "info": _query(Alert, "alert", lambda pr: pr["variant"] == "info"),
    "warning": _query(Alert, "alert", lambda pr: pr["variant"] == "warning"),
    "error": _query(Alert, "alert", lambda pr: pr["variant"] == "error"),
    "expander": _query(LabeledBlock, "expander"),
    "tabs": _query(LabeledBlock, "tab"),
    "tab": _query(LabeledBlock, "tab"),
    "status": _query(LabeledBlock, "status"),  # at.main.status (at.status is the run's)
    "popover": _query(LabeledBlock, "popover"),
    "horizontal": _query(Block, "horizontal"),
    "progress": _query(Progress, "progress"),
    "space": _query(Element, "space"),
    # ---- choices ----
    "multiselect": _query(Multiselect, "multiselect"),
    "select_slider": _query(SelectSlider, "select_slider"),
    "button_group": _query(ButtonGroup, "button_group"),
    "pills": _query(ButtonGroup, "button_group", lambda pr: pr["style"] == "pills"),
    "segmented_control": _query(ButtonGroup, "button_group",
                                lambda pr: pr["style"] == "segmented_control"),
    "feedback": _query(Feedback, "feedback"),
    "color_picker": _query(ColorPicker, "color_picker"),
    # ---- data, charts, media ----
    "dataframe": _query(Dataframe, "dataframe"),
    "table": _query(Table, "table"),
    "vega_lite_chart": _query(Chart, "vega_lite"),
    "line_chart": _query(Chart, "vega_lite", lambda pr: pr.get("chart") == "line"),
    "area_chart": _query(Chart, "vega_lite", lambda pr: pr.get("chart") == "area"),
    "bar_chart": _query(Chart, "vega_lite", lambda pr: pr.get("chart") == "bar"),
    "scatter_chart": _query(Chart, "vega_lite", lambda pr: pr.get("chart") == "scatter"),
    "plotly_chart": _query(SelectableChart, "plotly_chart"),
    "map": _query(SelectableChart, "deck_gl", lambda pr: pr.get("chart") == "map"),
    "pydeck_chart": _query(SelectableChart, "deck_gl",
                           lambda pr: pr.get("chart") == "pydeck_chart"),
    "echarts_chart": _query(SelectableChart, "echarts_chart"),
    "image": _query(Media, "image"),
    "audio": _query(Media, "audio"),
    "video": _query(Media, "video"),
    # ---- inputs ----
    "date_input": _query(DateInput, "date_input"),
    "time_input": _query(TimeInput, "time_input"),
    "download_button": _query(Button, "download_button"),
    "link_button": _query(Button, "link_button"),
    "file_uploader": _query(FileUploader, "file_uploader"),
    "chat_input": _query(ChatFiles, "chat_input"),
    "audio_input": _query(FileUploader, "audio_input"),
    "camera_input": _query(FileUploader, "camera_input"),
    "menu_button": _query(MenuButton, "menu_button"),
    "pagination": _query(Widget, "pagination"),
    "datetime_input": _query(DateInput, "datetime_input"),
    "chat_message": _query(Block, "chat_message"),
    # ---- text ----
    "latex": _query(Element, "markdown", lambda pr: pr["variant"] == "latex"),
    "html": _query(Element, "html"),
}
