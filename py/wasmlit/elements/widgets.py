"""Input widgets. Each: normalise -> check -> id -> register -> write the node -> value."""

from __future__ import annotations

from typing import Any, Callable, Sequence

from wasmlit.delta_generator import DeltaGenerator, dg_method
from wasmlit.errors import M16_FORM_CALLBACK, StreamlitAPIException, StreamlitInvalidFormCallbackError
from wasmlit.runtime.context import get_ctx
from wasmlit.state.session_state import WidgetMeta, element_id

Callback = Callable[..., Any] | None


def register_widget(dg: DeltaGenerator, kind: str, *, label: str, key: Any, default: Any,
                    props: dict[str, Any], id_args: dict[str, Any], callback: Callback = None,
                    args: Any = None, kwargs: Any = None, trigger: bool = False,
                    deserialize: Callable[[Any], Any] | None = None,
                    serialize: Callable[[Any], Any] | None = None, settable: bool = True,
                    is_submit: bool = False) -> Any:
    ctx = get_ctx()
    user_key = None if key is None else str(key)
    form_id = dg._form_id
    if form_id and callback is not None and not is_submit:
        raise StreamlitInvalidFormCallbackError(M16_FORM_CALLBACK)
    dg._check_policies(ctx, dg._peek(ctx), True)
    wid = element_id(kind, user_key, form_id, label=label, **id_args)
    meta = WidgetMeta(id=wid, kind=kind, user_key=user_key, fragment_id=ctx.current_fragment_id,
                      is_trigger=trigger, callback=callback, args=tuple(args or ()),
                      kwargs=dict(kwargs or {}), deserialize=deserialize, settable=settable)
    value = ctx.state.register(meta, default, seen_ids=ctx.widget_ids_this_run,
                               seen_keys=ctx.widget_keys_this_run)
    node = {"id": wid, "label": label, "form_id": form_id, **props}
    if not trigger:
        node["value"] = serialize(value) if serialize else value
    dg._enqueue(kind, node, is_widget=True)
    return value


def _common(help: str | None, disabled: bool, label_visibility: str) -> dict[str, Any]:
    if label_visibility not in ("visible", "hidden", "collapsed"):
        raise StreamlitAPIException(
            f"Unsupported label_visibility option '{label_visibility}'. Valid values are "
            "'visible', 'hidden' or 'collapsed'.")
    return {"help": help, "disabled": disabled, "label_visibility": label_visibility}


@dg_method
def button(self: DeltaGenerator, label: str, key: Any = None, help: str | None = None,
           on_click: Callback = None, args: Any = None, kwargs: Any = None, *,
           type: str = "secondary", icon: str | None = None, disabled: bool = False,
           use_container_width: bool = False) -> bool:
    """A button; True in the one run that follows its click (``st.button``)."""
    if self._form_id:
        raise StreamlitAPIException(
            "`st.button()` can't be used in an `st.form()`. Use `st.form_submit_button()` "
            "inside forms instead.")
    if type not in ("primary", "secondary", "tertiary"):
        raise StreamlitAPIException(
            f'The type argument to st.button must be "primary", "secondary", or "tertiary". '
            f'\nThe argument passed was "{type}".')
    return bool(register_widget(
        self, "button", label=label, key=key, default=False, trigger=True, settable=False,
        props={"type": type, "icon": icon, "use_container_width": use_container_width,
               "is_submit": False, "help": help, "disabled": disabled},
        id_args={"help": help, "type": type, "icon": icon, "disabled": disabled,
                 "use_container_width": use_container_width},
        callback=on_click, args=args, kwargs=kwargs))


def _bool_widget(dg: DeltaGenerator, kind: str, label: str, value: bool, key: Any,
                 help: str | None, on_change: Callback, args: Any, kwargs: Any, disabled: bool,
                 label_visibility: str) -> bool:
    return bool(register_widget(
        dg, "checkbox", label=label, key=key, default=bool(value),
        props={"toggle": kind == "toggle", **_common(help, disabled, label_visibility)},
        id_args={"value": bool(value), "help": help, "toggle": kind == "toggle"},
        callback=on_change, args=args, kwargs=kwargs, deserialize=bool))


@dg_method
def checkbox(self: DeltaGenerator, label: str, value: bool = False, key: Any = None,
             help: str | None = None, on_change: Callback = None, args: Any = None,
             kwargs: Any = None, *, disabled: bool = False,
             label_visibility: str = "visible") -> bool:
    """A checkbox (``st.checkbox``)."""
    return _bool_widget(self, "checkbox", label, value, key, help, on_change, args, kwargs,
                        disabled, label_visibility)


@dg_method
def toggle(self: DeltaGenerator, label: str, value: bool = False, key: Any = None,
           help: str | None = None, on_change: Callback = None, args: Any = None,
           kwargs: Any = None, *, disabled: bool = False,
           label_visibility: str = "visible") -> bool:
    """A toggle switch (``st.toggle``)."""
    return _bool_widget(self, "toggle", label, value, key, help, on_change, args, kwargs,
                        disabled, label_visibility)


@dg_method
def text_input(self: DeltaGenerator, label: str, value: str | None = "",
               max_chars: int | None = None, key: Any = None, type: str = "default",
               help: str | None = None, autocomplete: str | None = None,
               on_change: Callback = None, args: Any = None, kwargs: Any = None, *,
               placeholder: str | None = None, disabled: bool = False,
               label_visibility: str = "visible") -> str | None:
    """A single-line text box (``st.text_input``)."""
    if type not in ("default", "password"):
        raise StreamlitAPIException(
            f"'{type}' is not a valid text_input type. Valid types are 'default' and "
            "'password'.")
    return register_widget(  # type: ignore[no-any-return]
        self, "text_input", label=label, key=key, default=None if value is None else str(value),
        props={"max_chars": max_chars, "type": type, "placeholder": placeholder,
               **_common(help, disabled, label_visibility)},
        id_args={"value": value, "max_chars": max_chars, "type": type, "help": help,
                 "placeholder": placeholder},
        callback=on_change, args=args, kwargs=kwargs)


@dg_method
def text_area(self: DeltaGenerator, label: str, value: str | None = "",
              height: int | None = None, max_chars: int | None = None, key: Any = None,
              help: str | None = None, on_change: Callback = None, args: Any = None,
              kwargs: Any = None, *, placeholder: str | None = None, disabled: bool = False,
              label_visibility: str = "visible") -> str | None:
    """A multi-line text box (``st.text_area``)."""
    return register_widget(  # type: ignore[no-any-return]
        self, "text_area", label=label, key=key, default=None if value is None else str(value),
        props={"height": height, "max_chars": max_chars, "placeholder": placeholder,
               **_common(help, disabled, label_visibility)},
        id_args={"value": value, "height": height, "max_chars": max_chars, "help": help,
                 "placeholder": placeholder},
        callback=on_change, args=args, kwargs=kwargs)


@dg_method
def number_input(self: DeltaGenerator, label: str, min_value: float | None = None,
                 max_value: float | None = None, value: Any = "min", step: float | None = None,
                 format: str | None = None, key: Any = None, help: str | None = None,
                 on_change: Callback = None, args: Any = None, kwargs: Any = None, *,
                 placeholder: str | None = None, disabled: bool = False,
                 label_visibility: str = "visible") -> float | int | None:
    """A number box with +/- steps (``st.number_input``)."""
    numbers = [v for v in (min_value, max_value, step) if v is not None]
    if value == "min":
        value = min_value if min_value is not None else 0
    if value is not None:
        numbers.append(value)
    is_int = all(isinstance(v, int) and not isinstance(v, bool) for v in numbers)
    if step is None:
        step = 1 if is_int else 0.01
    cast = int if is_int else float

    def parse(raw: Any) -> Any:
        return None if raw is None or raw == "" else cast(raw)

    return register_widget(  # type: ignore[no-any-return]
        self, "number_input", label=label, key=key, default=value,
        props={"min_value": min_value, "max_value": max_value, "step": step, "format": format,
               "is_int": is_int, "placeholder": placeholder,
               **_common(help, disabled, label_visibility)},
        id_args={"min_value": min_value, "max_value": max_value, "value": value, "step": step,
                 "format": format, "help": help},
        callback=on_change, args=args, kwargs=kwargs, deserialize=parse)


def _options(options: Any) -> list[Any]:
    if isinstance(options, dict):
        return list(options.keys())
    return list(options)


@dg_method
def selectbox(self: DeltaGenerator, label: str, options: Sequence[Any], index: int | None = 0,
              format_func: Callable[[Any], Any] = str, key: Any = None,
              help: str | None = None, on_change: Any = "rerun", args: Any = None,
              kwargs: Any = None, *, placeholder: str | None = None,
              disabled: bool = False, required: bool = False,
              label_visibility: str = "visible", icon: str | None = None,
              accept_new_options: bool = False, filter_mode: str | None = "fuzzy",
              width: Any = "stretch", bind: Any = None, persist_state: Any = None) -> Any:
    """A drop-down to pick one option (``st.selectbox``); the value is the option, None
    (``index=None`` until the user picks) or, with ``accept_new_options``, a typed string."""
    from wasmlit.elements import choices as c

    c.check_filter_mode(filter_mode, accept_new_options)
    c.check_bind(bind, key)
    opts = c.options_list(options)
    return c.single_choice(
        self, "selectbox", label=label, options=opts, index=index, format_func=format_func,
        key=key, help=help, on_change=on_change, args=args, kwargs=kwargs,
        disabled=disabled or (not opts and not accept_new_options),
        label_visibility=label_visibility, accept_new_options=accept_new_options,
        extra_props={"placeholder": c.placeholder_text(placeholder, bool(opts),
                                                       accept_new_options, False),
                     "accept_new_options": bool(accept_new_options), "icon": icon,
                     "clearable": index is None and not required,
                     "required": bool(required), "filter_mode": filter_mode, "width": width},
        extra_id={"placeholder": placeholder, "accept_new_options": accept_new_options})


@dg_method
def radio(self: DeltaGenerator, label: str, options: Sequence[Any], index: int | None = 0,
          format_func: Callable[[Any], Any] = str, key: Any = None, help: str | None = None,
          on_change: Any = "rerun", args: Any = None, kwargs: Any = None, *,
          disabled: bool = False, horizontal: bool = False,
          captions: Sequence[str] | None = None, label_visibility: str = "visible",
          width: Any = "content", bind: Any = None, persist_state: Any = None) -> Any:
    """Radio buttons to pick one option (``st.radio``); the value is the option (None with
    ``index=None`` until the user picks). Option labels and captions are markdown."""
    from wasmlit.elements import choices as c

    c.check_bind(bind, key)
    opts = c.options_list(options)
    caps = [None if cap is None else str(cap) for cap in list(captions or [])[:len(opts)]]
    return c.single_choice(
        self, "radio", label=label, options=opts, index=index, format_func=format_func,
        key=key, help=help, on_change=on_change, args=args, kwargs=kwargs, disabled=disabled,
        label_visibility=label_visibility,
        extra_props={"horizontal": bool(horizontal), "captions": caps, "width": width},
        extra_id={"horizontal": horizontal, "captions": caps})


@dg_method
def slider(self: DeltaGenerator, label: str, min_value: Any = None, max_value: Any = None,
           value: Any = None, step: Any = None, format: str | None = None, key: Any = None,
           help: str | None = None, on_change: Callback = None, args: Any = None,
           kwargs: Any = None, *, disabled: bool = False,
           label_visibility: str = "visible") -> Any:
    """A slider over numbers, one value or a (low, high) range (``st.slider``)."""
    is_range = isinstance(value, (list, tuple))
    sample = [v for v in ([*value] if is_range else [value]) + [min_value, max_value, step]
              if v is not None]
    is_int = all(isinstance(v, int) and not isinstance(v, bool) for v in sample)
    if min_value is None:
        min_value = 0 if is_int else 0.0
    if max_value is None:
        max_value = 100 if is_int else 1.0
    if value is None:
        value = min_value
    if step is None:
        step = 1 if is_int else 0.01
    cast = int if is_int else float
    default = [cast(v) for v in value] if is_range else cast(value)

    def parse(raw: Any) -> Any:
        return tuple(cast(v) for v in raw) if is_range else cast(raw)

    result = register_widget(
        self, "slider", label=label, key=key, default=default,
        props={"min_value": min_value, "max_value": max_value, "step": step, "format": format,
               "is_int": is_int, "is_range": is_range,
               **_common(help, disabled, label_visibility)},
        id_args={"min_value": min_value, "max_value": max_value, "value": default,
                 "step": step, "format": format, "help": help},
        callback=on_change, args=args, kwargs=kwargs, deserialize=parse,
        serialize=lambda v: list(v) if isinstance(v, (list, tuple)) else v)
    return tuple(result) if is_range else result
