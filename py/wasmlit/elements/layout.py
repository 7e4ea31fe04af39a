"""Layout: container, empty, columns, expander, tabs, popover, space, status, form, dialog."""

from __future__ import annotations

import functools
from numbers import Integral, Real
from typing import Any, Callable, Literal, Sequence

from wasmlit.delta_generator import EVENT_DG, DeltaGenerator, active_dg, dg_method
from wasmlit.elements.feedback import validate_icon
from wasmlit.elements.widget_options import check_width
from wasmlit.errors import (
    M9_DIALOG_TITLE,
    M10_ONE_DIALOG,
    M11_NESTED_DIALOG,
    M14_EXPERIMENTAL_DIALOG,
    M15_NESTED_FORM,
    M17_DUPLICATE_KEY,
    StreamlitAPIException,
    StreamlitDuplicateElementKey,
)
from wasmlit.runtime.context import get_ctx
from wasmlit.runtime.fragments import make_fragment

GAPS = ("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge")
SPACE_SIZES = ("stretch", *GAPS)
STATUS_STATES = ("running", "complete", "error")


def _value_error(parameter: str, valid: Sequence[str], detail: str | None = None) -> \
        StreamlitAPIException:
    """Streamlit's ``StreamlitValueError`` wording."""
    message = f"Invalid `{parameter}` value. Supported values: {', '.join(valid)}."
    return StreamlitAPIException(f"{message} {detail}" if detail else message)


def _required(parameter: str, detail: str | None = None) -> StreamlitAPIException:
    message = f"The `{parameter}` parameter is required."
    return StreamlitAPIException(f"{message} {detail}" if detail else message)


def _is_int(value: Any) -> bool:
    return isinstance(value, Integral) and not isinstance(value, bool)


def _gap(gap: Any) -> str | int | None:
    if _is_int(gap) and gap >= 0:
        return int(gap)
    if gap is None:
        return None
    if isinstance(gap, str) and gap.lower() in GAPS:
        return gap.lower()
    raise _value_error("gap", [f"'{g}'" for g in GAPS] + ["None", "a non-negative integer "
                                                           "(pixels)"], f"Got {gap!r}.")


def _height(height: Any) -> int | str:
    if height in ("content", "stretch") or (_is_int(height) and height > 0):
        return height if isinstance(height, str) else int(height)
    raise StreamlitAPIException(
        f"Invalid height value: {height!r}. Height must be either a positive integer (pixels), "
        "'stretch', or 'content'.")


def _as(cls: type[DeltaGenerator], dg: DeltaGenerator) -> Any:
    """Re-type the handle of a block the way Streamlit does (ExpanderContainer, ...)."""
    return cls(cursor=dg._cursor, form_id=dg._form_id, in_dialog=dg._in_dialog)


def _check_key(key: Any) -> str | None:
    if key is None:
        return None
    user_key = str(key)
    ctx = get_ctx()
    if user_key in ctx.widget_keys_this_run:
        raise StreamlitDuplicateElementKey(M17_DUPLICATE_KEY.format(user_key=user_key))
    ctx.widget_keys_this_run.add(user_key)
    return user_key


def _track(dg: DeltaGenerator, kind: str, key: Any, on_change: Any, args: Any, kwargs: Any,
           default: Any, id_args: dict[str, Any], deserialize: Callable[[Any], Any],
           url: Any = None) -> tuple[str | None, Any]:
    """Streamlit 1.67's ``on_change`` of expander, tabs and popover: with "rerun" or a callback
    the open state (or selected tab) is a widget value the page reports; with "ignore" it is
    the page's alone. ``url`` (``bind="query-params"``, a url_binding codec): the state is
    tracked, as with "rerun", and lives in the URL under the key. Returns (widget id or None,
    value)."""
    if url is not None and (on_change is None or on_change == "ignore"):
        on_change = "rerun"
    if on_change is None or on_change == "ignore":
        _check_key(key)
        return None, None
    if not (on_change == "rerun" or callable(on_change)):
        raise _value_error("on_change", ["'ignore'", "'rerun'", "a callable"])
    from wasmlit.state.session_state import WidgetMeta, element_id

    ctx = get_ctx()
    user_key = None if key is None else str(key)
    wid = element_id(kind, user_key, dg._form_id, **id_args)
    meta = WidgetMeta(id=wid, kind=kind, user_key=user_key, fragment_id=ctx.current_fragment_id,
                      callback=on_change if callable(on_change) else None,
                      args=tuple(args or ()), kwargs=dict(kwargs or {}),
                      deserialize=deserialize)
    from wasmlit.state import url_binding

    if url is not None and user_key is not None:
        url_binding.seed(ctx.state, wid, user_key, default, url)
    value = ctx.state.register(meta, default, seen_ids=ctx.widget_ids_this_run,
                               seen_keys=ctx.widget_keys_this_run)
    if url is not None and user_key is not None:
        url_binding.write(wid, user_key, value, default, url)
    return wid, value


class _OpenState(DeltaGenerator):
    """A container whose open state Streamlit reports as ``.open`` (None: not tracked)."""

    open: bool | None = None


class ExpanderContainer(_OpenState):
    pass


class TabContainer(_OpenState):
    pass


class PopoverContainer(_OpenState):
    pass


# ---- containers -----------------------------------------------------------------------------


@dg_method
def container(self: DeltaGenerator, *, border: bool | None = None, key: Any = None,
              width: Any = "stretch", height: Any = "content", horizontal: bool = False,
              wrap: bool = True, horizontal_alignment: str = "left",
              vertical_alignment: str = "top", gap: Any = "small",
              autoscroll: bool | None = None) -> DeltaGenerator:
    """A container to group elements, optionally bordered or scrolling (``st.container``)."""
    h = _height(height)
    user_key = _check_key(key)
    props = {"border": bool(border) if border is not None else isinstance(h, int),
             "height": h if isinstance(h, int) else None, "key": user_key,
             "width": check_width(width, content=True), "horizontal": bool(horizontal),
             "wrap": bool(wrap),
             "gap": _gap(gap), "horizontal_alignment": horizontal_alignment,
             "vertical_alignment": vertical_alignment, "autoscroll": bool(autoscroll)}
    if user_key is None and h == "content" and not horizontal and gap == "small" \
            and width == "stretch" and not autoscroll:
        # A plain container keeps the two props of docs/protocol.md (fragments use the same
        # kind), so the common case sends no layout props it does not need.
        props = {"border": props["border"], "height": None}
    return self._block("vertical", props)


@dg_method
def empty(self: DeltaGenerator) -> DeltaGenerator:
    """A single-element slot: each write replaces the last (``st.empty``)."""
    return self._enqueue("empty", {})


@dg_method
def columns(self: DeltaGenerator, spec: Any, *, gap: Any = "small",
            vertical_alignment: str = "top", border: bool = False, width: Any = "stretch",
            wrap: bool = True) -> list[DeltaGenerator]:
    """Columns side by side (``st.columns``). Columns nest to any depth, as in Streamlit 1.67."""
    if _is_int(spec):
        weights: Sequence[Any] = (1,) * int(spec)
    else:
        weights = spec
    try:
        invalid = isinstance(weights, str) or len(weights) == 0 \
            or any(isinstance(w, bool) or not isinstance(w, Real) or w <= 0 for w in weights)
        if isinstance(weights, str) or any(not isinstance(w, Real) for w in weights):
            raise TypeError
    except TypeError:
        raise StreamlitAPIException(
            "Invalid `spec` type. Expected one of: int, sequence of numbers. Provided type: "
            f"{type(spec).__name__}.") from None
    if invalid:
        raise StreamlitAPIException(
            "The `spec` argument to `st.columns` must be either a positive integer (number of "
            "columns) or a list of positive numbers (width ratios of the columns). See "
            "[documentation](https://docs.streamlit.io/develop/api-reference/layout/st.columns)"
            " for more information.")
    if vertical_alignment not in ("top", "center", "bottom"):
        raise _value_error("vertical_alignment", ["'top'", "'center'", "'bottom'"],
                           f"Got {vertical_alignment!r}.")
    gap_value = _gap(gap)
    row = self._block("horizontal", {"gap": gap_value, "vertical_alignment": vertical_alignment,
                                     "wrap": bool(wrap), "width": check_width(width)})
    total = float(sum(weights))
    return [row._block("column", {"weight": float(w) / total, "border": bool(border),
                                  "vertical_alignment": vertical_alignment})
            for w in weights]


@dg_method
def expander(self: DeltaGenerator, label: str, expanded: bool = False, *, key: Any = None,
             icon: str | None = None, type: str = "default", width: Any = "stretch",
             on_change: Any = "ignore", args: Any = None, kwargs: Any = None,
             bind: Any = None) -> ExpanderContainer:
    """A box that can be opened and closed (``st.expander``). The page keeps it open or
    closed across reruns; ``expanded`` only sets its first state (or a changed one)."""
    if label is None:
        raise _required("label")
    if type not in ("default", "compact", "step"):
        raise _value_error("type", ["'default'", "'compact'", "'step'"])
    icon = validate_icon(icon)
    from wasmlit.elements.widget_options import check_bind
    from wasmlit.state import url_binding

    bound = check_bind(bind, key)
    wid, value = _track(self, "expander", key, on_change, args, kwargs, bool(expanded),
                        {"label": str(label), "icon": icon, "type": type}, bool,
                        url_binding.BOOL if bound else None)
    props = {"label": str(label), "expanded": bool(expanded) if wid is None else bool(value),
             "icon": icon, "key": None if key is None else str(key), "type": type,
             "width": check_width(width)}
    if wid is not None:
        props["id"] = wid
    box: ExpanderContainer = _as(ExpanderContainer, self._block("expander", props))
    box.open = None if wid is None else bool(value)
    return box


@dg_method
def tabs(self: DeltaGenerator, tabs: Sequence[str], *, width: Any = "stretch",
         height: Any = "content", default: str | None = None, key: Any = None,
         on_change: Any = "ignore", args: Any = None, kwargs: Any = None,
         bind: Any = None) -> list[TabContainer]:
    """Tabs (``st.tabs``); the page keeps the selected tab across reruns."""
    if tabs is None or isinstance(tabs, str) or len(list(tabs)) == 0:
        raise _required("tabs", "Provide at least one tab label.")
    labels = [str(t) for t in tabs]
    from wasmlit.elements.choices import index_of
    from wasmlit.elements.widget_options import check_bind
    from wasmlit.state import url_binding

    bound = check_bind(bind, key)
    if bound and any(not label for label in labels):
        raise _value_error("tabs", ["non-empty labels"],
                           "Tab labels must be non-empty when bind='query-params'.")
    if bound and len(set(labels)) != len(labels):
        raise _value_error("tabs", ["unique labels"],
                           "Tab labels must be unique when bind='query-params'.")
    selected = 0
    if default is not None:
        if str(default) not in labels:
            raise _value_error("default", ["a tab label from `tabs`"],
                               f"`{default}` is not in the list of tabs.")
        selected = labels.index(str(default))
    wid, value = _track(self, "tabs", key, on_change, args, kwargs, labels[selected],
                        {"labels": labels, "default": default}, str,
                        url_binding.one_option(labels, labels, index_of, False)
                        if bound else None)
    if wid is not None:
        selected = labels.index(value) if value in labels else selected
    props = {"labels": labels, "default": selected, "key": None if key is None else str(key),
             "width": check_width(width), "height": _height(height)}
    if wid is not None:
        props["id"] = wid
    group = self._block("tabs", props)
    result: list[TabContainer] = []
    for i, label in enumerate(labels):
        tab_dg: TabContainer = _as(TabContainer, group._block("tab", {"label": label}))
        tab_dg.open = None if wid is None else i == selected
        result.append(tab_dg)
    return result


@dg_method
def popover(self: DeltaGenerator, label: str, *, type: str = "secondary",
            help: str | None = None, icon: str | None = None, disabled: bool = False,
            use_container_width: bool | None = None, width: Any = "content",
            wrap: bool | None = None, key: Any = None, on_change: Any = "ignore",
            args: Any = None, kwargs: Any = None) -> PopoverContainer:
    """A button that opens a floating panel holding the elements written into it
    (``st.popover``)."""
    if label is None:
        raise _required("label")
    if type not in ("primary", "secondary", "tertiary"):
        raise _value_error("type", ["'primary'", "'secondary'", "'tertiary'"])
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    icon = validate_icon(icon)
    wid, value = _track(self, "popover", key, on_change, args, kwargs, False,
                        {"label": str(label), "icon": icon, "help": help}, bool)
    props = {"label": str(label), "type": type, "help": None if help is None else str(help),
             "icon": icon, "disabled": bool(disabled), "width": check_width(width, content=True),
             "key": None if key is None else str(key)}
    if wid is not None:
        props["id"], props["open"] = wid, bool(value)
    box: PopoverContainer = _as(PopoverContainer, self._block("popover", props))
    box.open = None if wid is None else bool(value)
    return box


@dg_method
def space(self: DeltaGenerator, size: Any = "small") -> DeltaGenerator:
    """Empty space in the direction of the parent container (``st.space``)."""
    if not (size in SPACE_SIZES or (_is_int(size) and size > 0)):
        raise _value_error("size", [f"'{s}'" for s in SPACE_SIZES] + ["a positive integer"],
                           f"Got {size!r}.")
    return self._enqueue("space", {"size": size if isinstance(size, str) else int(size)})


# ---- status ---------------------------------------------------------------------------------


class StatusContainer(DeltaGenerator):
    """What ``st.status`` returns: a container whose label, state and expansion can change."""

    _status_path: Any = None
    _status_props: dict[str, Any]
    _status_fid: str | None = None

    def update(self, *, label: str | None = None, expanded: bool | None = None,
               state: str | None = None) -> None:
        """Change the label, the state (icon) or the expansion; the content stays."""
        props = dict(self._status_props)
        if label is not None:
            props["label"] = str(label)
        if state is not None:
            if state not in STATUS_STATES:
                raise _value_error("state", [f"'{s}'" for s in STATUS_STATES])
            props["state"] = state
        if expanded is not None:
            props["expanded"] = bool(expanded)
        self._status_props = props
        ctx = get_ctx()
        ctx.checkpoint()
        ctx.tree.put_block(self._status_path, "status", props, self._status_fid)

    def __exit__(self, typ: Any, exc: Any, tb: Any) -> Literal[False]:
        if self._status_props.get("state") == "running":
            self.update(state="error" if typ is not None else "complete")
        return super().__exit__(typ, exc, tb)


@dg_method
def status(self: DeltaGenerator, label: str, *, expanded: bool = False, state: str = "running",
           type: str = "default", width: Any = "stretch") -> StatusContainer:
    """An expander with a state icon for long tasks (``st.status``); used with ``with`` it
    turns complete at the end of the block, or error if the block raises."""
    if label is None:
        raise _required("label")
    if state not in STATUS_STATES:
        raise _value_error("state", [f"'{s}'" for s in STATUS_STATES])
    if type not in ("default", "compact", "step"):
        raise _value_error("type", ["'default'", "'compact'", "'step'"])
    props = {"label": str(label), "expanded": bool(expanded), "state": state, "type": type,
             "width": check_width(width)}
    box = self._block("status", props)
    result: StatusContainer = _as(StatusContainer, box)
    assert box._cursor is not None
    result._status_path = box._cursor.path
    result._status_props = props
    result._status_fid = get_ctx().current_fragment_id
    return result


# ---- forms ----------------------------------------------------------------------------------


@dg_method
def form(self: DeltaGenerator, key: str, clear_on_submit: bool = False, *,
         enter_to_submit: bool = True, border: bool = True, width: Any = "stretch",
         height: Any = "content") -> DeltaGenerator:
    """A form: its widgets send their values together, on submit (``st.form``)."""
    if self._form_id:
        raise StreamlitAPIException(M15_NESTED_FORM)
    ctx = get_ctx()
    form_id = str(key)
    if form_id in ctx.form_ids_this_run:
        raise StreamlitDuplicateElementKey(M17_DUPLICATE_KEY.format(user_key=form_id))
    ctx.form_ids_this_run.add(form_id)
    if clear_on_submit:
        ctx.forms_cleared_on_submit.add(form_id)
    h = _height(height)
    return self._block("form", {"form_id": form_id, "clear_on_submit": clear_on_submit,
                                "enter_to_submit": enter_to_submit, "border": border,
                                "width": check_width(width, content=True),
                                "height": h if isinstance(h, int) else None},
                       form_id=form_id)


@dg_method
def form_submit_button(self: DeltaGenerator, label: str = "Submit", help: str | None = None,
                       on_click: Callable[..., Any] | None = None, args: Any = None,
                       kwargs: Any = None, *, key: Any = None, type: str = "secondary",
                       icon: str | None = None, icon_position: str = "left",
                       disabled: bool = False, use_container_width: bool | None = None,
                       width: Any = "content", shortcut: str | None = None,
                       wrap: bool | None = None) -> bool:
    """The button that submits its form (``st.form_submit_button``)."""
    from wasmlit.state.widgets import register_widget

    if not self._form_id:
        raise StreamlitAPIException(
            "`st.form_submit_button()` must be used inside an `st.form()`.\n\nFor more "
            "information, refer to the\n[documentation for forms](https://docs.streamlit.io/"
            "develop/api-reference/execution-flow/st.form).")
    from wasmlit.elements.widgets import button_props

    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    return bool(register_widget(
        self, "button", label=label, key=key, default=False, trigger=True, settable=False,
        is_submit=True,
        props=button_props(type=type, icon=icon, icon_position=icon_position, width=width,
                           shortcut=shortcut, wrap=wrap, help=help, disabled=disabled,
                           is_submit=True),
        id_args={"help": help, "type": type, "icon": icon, "disabled": disabled,
                 "submit": True},
        callback=on_click, args=args, kwargs=kwargs))


# ---- dialog ---------------------------------------------------------------------------------


def dialog(title: str, *, width: Any = "small", position: str = "center",
           dismissible: bool = True, icon: str | None = None,
           on_dismiss: Any = "ignore") -> Callable[[Callable[..., Any]], Any]:
    """Make a function open a modal dialog when called (``st.dialog``)."""
    return _dialog_decorator(title, width, experimental=False, position=position,
                             dismissible=dismissible, icon=icon, on_dismiss=on_dismiss)


def experimental_dialog(title: str = "", *, width: str = "small") -> Any:
    """Deprecated alias of :func:`dialog`."""
    return _dialog_decorator(title, width, experimental=True)


def _dialog_decorator(title: Any, width: Any, *, experimental: bool, position: str = "center",
                      dismissible: bool = True, icon: str | None = None,
                      on_dismiss: Any = "ignore") -> Any:
    if not title or not isinstance(title, str):
        raise StreamlitAPIException(M9_DIALOG_TITLE)
    if not (width in ("small", "medium", "large") or (_is_int(width) and width > 0)):
        raise _value_error("width", ["'small'", "'medium'", "'large'", "a positive integer"],
                           f"Got {width!r}.")
    if position not in ("left", "center", "right"):
        raise _value_error("position", ["'left'", "'center'", "'right'"])
    if not (on_dismiss in ("ignore", "rerun") or callable(on_dismiss)):
        raise _value_error("on_dismiss", ["'ignore'", "'rerun'", "a callable"])

    def decorate(func: Callable[..., Any]) -> Callable[..., None]:
        @functools.wraps(func)
        def open_dialog(*args: Any, **kwargs: Any) -> None:
            ctx = get_ctx()
            here = active_dg()
            if here._in_dialog:
                raise StreamlitAPIException(M11_NESTED_DIALOG)
            if ctx.has_dialog_opened:
                raise StreamlitAPIException(M10_ONE_DIALOG)
            ctx.has_dialog_opened = True
            props = {"title": title, "width": width, "open": True, "nonce": ctx.nonce(),
                     "dismissible": bool(dismissible), "position": position,
                     "icon": validate_icon(icon)}
            if on_dismiss != "ignore":
                props["dismiss_id"] = _register_dismiss(func, title, on_dismiss)
            box = EVENT_DG._block("dialog", props, in_dialog=True)

            def dialog_content() -> None:
                if experimental:
                    active_dg().warning(M14_EXPERIMENTAL_DIALOG)
                func(*args, **kwargs)

            body = make_fragment(dialog_content, additional_hash_info=func.__qualname__)
            with box:
                body()

        return open_dialog

    return decorate


def _register_dismiss(func: Callable[..., Any], title: str, on_dismiss: Any) -> str:
    """A trigger the page fires when the user dismisses the dialog (``on_dismiss``)."""
    from wasmlit.state.session_state import WidgetMeta, element_id

    ctx = get_ctx()
    wid = element_id("dialog", None, "", title=title, func=func.__qualname__)
    meta = WidgetMeta(id=wid, kind="dialog", user_key=None, fragment_id=ctx.current_fragment_id,
                      is_trigger=True, callback=on_dismiss if callable(on_dismiss) else None,
                      settable=False)
    ctx.state.register(meta, False, seen_ids=ctx.widget_ids_this_run,
                       seen_keys=ctx.widget_keys_this_run)
    return wid
