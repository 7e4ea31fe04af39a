"""Input widgets. Each: normalise -> check -> id -> register -> write the node -> value."""

from __future__ import annotations

from typing import Any, Callable, Sequence

from wasmlit.delta_generator import DeltaGenerator, dg_method
from wasmlit.errors import StreamlitAPIException, StreamlitValueError
from wasmlit.elements.widget_options import (callback_of, change_mode, check_height,
                                             check_bind, check_icon_position,
                                             check_persist_state, check_width,
                                             normalize_shortcut)
from wasmlit.state import url_binding
from wasmlit.state.widgets import common_props, register_widget

Callback = Callable[..., Any] | None


@dg_method
def button(self: DeltaGenerator, label: str, key: Any = None, help: str | None = None,
           on_click: Callback = None, args: Any = None, kwargs: Any = None, *,
           type: str = "secondary", icon: str | None = None, icon_position: str = "left",
           disabled: bool = False, use_container_width: bool | None = None,
           width: Any = "content", shortcut: str | None = None,
           wrap: bool | None = None) -> bool:
    """A button; True in the one run that follows its click (``st.button``)."""
    if self._form_id:
        raise StreamlitAPIException(
            "`st.button()` can't be used in an `st.form()`. Use `st.form_submit_button()` "
            "inside forms instead.")
    if type not in ("primary", "secondary", "tertiary"):
        raise StreamlitAPIException(
            f'The type argument to st.button must be "primary", "secondary", or "tertiary". '
            f'\nThe argument passed was "{type}".')
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    return bool(register_widget(
        self, "button", label=label, key=key, default=False, trigger=True, settable=False,
        props=button_props(type=type, icon=icon, icon_position=icon_position, width=width,
                           shortcut=shortcut, wrap=wrap, help=help, disabled=disabled,
                           is_submit=False),
        id_args={"help": help, "type": type, "icon": icon, "disabled": disabled,
                 "use_container_width": width == "stretch", "shortcut": shortcut},
        callback=callback_of(on_click, "on_click"), args=args, kwargs=kwargs))


def button_props(*, type: str, icon: str | None, icon_position: Any, width: Any,
                 shortcut: Any, wrap: Any, help: str | None, disabled: bool,
                 is_submit: bool) -> dict[str, Any]:
    """The props of st.button and st.form_submit_button, checked as Streamlit 1.67 does."""
    from wasmlit.elements.feedback import validate_icon

    if wrap is not None and not isinstance(wrap, bool):
        raise StreamlitValueError("wrap", ["True", "False", "None"])
    return {"type": type, "icon": validate_icon(icon),
            "icon_position": check_icon_position(icon_position),
            "width": check_width(width, content=True),
            "shortcut": None if shortcut is None else normalize_shortcut(shortcut),
            "wrap": wrap, "is_submit": is_submit, "help": help, "disabled": disabled}


def _bool_widget(dg: DeltaGenerator, kind: str, label: str, value: bool, key: Any,
                 help: str | None, on_change: Any, args: Any, kwargs: Any, disabled: bool,
                 label_visibility: str, width: Any, wrap: Any, bind: Any,
                 persist_state: Any) -> bool:
    if wrap is not None and not isinstance(wrap, bool):
        raise StreamlitValueError("wrap", ["True", "False", "None"])
    bound = check_bind(bind, key)
    persist = check_persist_state(persist_state, key)
    return bool(register_widget(
        dg, "checkbox", label=label, key=key, default=bool(value),
        props={"toggle": kind == "toggle", **common_props(help, disabled, label_visibility),
               "width": check_width(width, content=True), "wrap": wrap,
               "on_change": change_mode(on_change)},
        id_args={"value": bool(value), "help": help, "toggle": kind == "toggle"},
        callback=callback_of(on_change), args=args, kwargs=kwargs, deserialize=bool,
        persist=persist, url=url_binding.BOOL if bound else None))


@dg_method
def checkbox(self: DeltaGenerator, label: str, value: bool = False, key: Any = None,
             help: str | None = None, on_change: Any = "rerun", args: Any = None,
             kwargs: Any = None, *, disabled: bool = False,
             label_visibility: str = "visible", width: Any = "content",
             wrap: bool | None = None, bind: str | None = None,
             persist_state: str | None = None) -> bool:
    """A checkbox (``st.checkbox``)."""
    return _bool_widget(self, "checkbox", label, value, key, help, on_change, args, kwargs,
                        disabled, label_visibility, width, wrap, bind, persist_state)


@dg_method
def toggle(self: DeltaGenerator, label: str, value: bool = False, key: Any = None,
           help: str | None = None, on_change: Any = "rerun", args: Any = None,
           kwargs: Any = None, *, disabled: bool = False,
           label_visibility: str = "visible", width: Any = "content",
           wrap: bool | None = None, bind: str | None = None,
           persist_state: str | None = None) -> bool:
    """A toggle switch (``st.toggle``)."""
    return _bool_widget(self, "toggle", label, value, key, help, on_change, args, kwargs,
                        disabled, label_visibility, width, wrap, bind, persist_state)


_TEXT_TYPES = ("default", "password", "email", "url", "phone", "search")
# Smart defaults of the specialised types (placeholder, autocomplete, icon); any of them can
# be overridden by the caller.
_TYPE_DEFAULTS: dict[str, dict[str, str]] = {
    "password": {"autocomplete": "new-password"},
    "email": {"placeholder": "you@example.com", "autocomplete": "email",
              "icon": ":material/mail:"},
    "url": {"placeholder": "https://example.com", "autocomplete": "url",
            "icon": ":material/link:"},
    "phone": {"placeholder": "+1 234 567 8900", "autocomplete": "tel",
              "icon": ":material/call:"},
    "search": {"icon": ":material/search:"},
}
_DEFAULT_PATTERNS = {"email": r"^[^@\s]+@[^@\s]+\.[^@\s]+$", "url": r"^https?://\S+$"}


def _text_default(value: Any, max_chars: int | None) -> str | None:
    if value is None:
        return None
    text = str(value)
    return text[:max_chars] if max_chars is not None and max_chars > 0 else text


def _live_ms(live: Any) -> int | None:
    """``live``: False (commit on Enter/blur), True (250 ms pause) or a duration string."""
    if live is False or live is None:
        return None
    if live is True:
        return 250
    if isinstance(live, str):
        import re

        m = re.fullmatch(r"\s*([0-9]*\.?[0-9]+)\s*(ms|s|m)?\s*", live)
        if m and (m.group(2) or float(m.group(1)) == 0):
            ms = float(m.group(1)) * {"ms": 1, "s": 1000, "m": 60000, None: 1}[m.group(2)]
            if 0 <= ms <= 60000:
                return int(ms)
    raise StreamlitAPIException(
        f"Invalid `live` value: {live!r}. Use True, False or a duration string such as "
        "'250ms' or '0.5s' (between 0 and 1 minute).")


def _validate_rule(validate: Any, type: str) -> tuple[str | None, str | None]:
    if validate is None:
        return _DEFAULT_PATTERNS.get(type), None
    if validate == "":
        return None, None
    if isinstance(validate, str):
        return validate, None
    if isinstance(validate, tuple) and len(validate) == 2:
        return str(validate[0]), str(validate[1])
    raise StreamlitAPIException(
        "Invalid `validate` value. Expected a regular expression string or a "
        "(regex, message) tuple.")


@dg_method
def text_input(self: DeltaGenerator, label: str, value: Any = "",
               max_chars: int | None = None, key: Any = None, type: str = "default",
               help: str | None = None, autocomplete: str | None = None,
               on_change: Any = "rerun", args: Any = None, kwargs: Any = None, *,
               placeholder: str | None = None, disabled: bool = False, required: bool = False,
               label_visibility: str = "visible", icon: str | None = None,
               validate: Any = None, live: Any = False, width: Any = "stretch",
               bind: Any = None, persist_state: Any = None) -> str | None:
    """A single-line text box (``st.text_input``)."""

    if type not in _TEXT_TYPES:
        raise StreamlitAPIException(
            "Invalid `type` value. Supported values: "
            + ", ".join(f"'{t}'" for t in _TEXT_TYPES) + ".")
    callback = callback_of(on_change)
    bound = check_bind(bind, key)
    check_width(width)
    smart = _TYPE_DEFAULTS.get(type, {})
    pattern, message = _validate_rule(validate, type)
    default = _text_default(value, max_chars)
    return register_widget(
        self, "text_input", label=label, key=key, default=default,
        props={"max_chars": max_chars, "type": type,
               "placeholder": placeholder if placeholder is not None
               else smart.get("placeholder"),
               "autocomplete": autocomplete if autocomplete is not None
               else smart.get("autocomplete"),
               "icon": icon if icon is not None else smart.get("icon"),
               "pattern": pattern, "pattern_message": message, "required": required,
               "live_ms": None if self._form_id else _live_ms(live), "width": width,
               "on_change": change_mode(on_change),
               **common_props(help, disabled, label_visibility)},
        id_args={"value": default, "max_chars": max_chars, "type": type, "help": help,
                 "autocomplete": autocomplete, "placeholder": placeholder, "icon": icon},
        callback=callback, args=args, kwargs=kwargs,
        deserialize=lambda raw: None if raw is None else str(raw),
        url=url_binding.text(max_chars) if bound else None,
        persist=check_persist_state(persist_state, key))


@dg_method
def text_area(self: DeltaGenerator, label: str, value: Any = "", height: Any = None,
              max_chars: int | None = None, key: Any = None, help: str | None = None,
              on_change: Any = "rerun", args: Any = None, kwargs: Any = None, *,
              placeholder: str | None = None, disabled: bool = False, required: bool = False,
              label_visibility: str = "visible", width: Any = "stretch", bind: Any = None,
              persist_state: Any = None) -> str | None:
    """A multi-line text box (``st.text_area``)."""

    callback = callback_of(on_change)
    bound = check_bind(bind, key)
    check_width(width)
    default = _text_default(value, max_chars)
    return register_widget(
        self, "text_area", label=label, key=key, default=default,
        props={"height": check_height(height), "max_chars": max_chars, "placeholder": placeholder,
               "required": required, "width": width, "on_change": change_mode(on_change),
               **common_props(help, disabled, label_visibility)},
        id_args={"value": default, "height": height, "max_chars": max_chars, "help": help,
                 "placeholder": placeholder},
        callback=callback, args=args, kwargs=kwargs,
        deserialize=lambda raw: None if raw is None else str(raw),
        url=url_binding.text(max_chars) if bound else None,
        persist=check_persist_state(persist_state, key))


_JS_MAX_SAFE_INTEGER = (1 << 53) - 1


def _number_format_ok(fmt: str) -> bool:
    import re

    return re.search(r"%[-+ 0#]*[0-9]*(\.[0-9]+)?[diufFeEgGxXos]", fmt) is not None


@dg_method
def number_input(self: DeltaGenerator, label: str, min_value: Any = None,
                 max_value: Any = None, value: Any = "min", step: Any = None,
                 format: str | None = None, key: Any = None, help: str | None = None,
                 on_change: Any = "rerun", args: Any = None, kwargs: Any = None, *,
                 placeholder: str | None = None, disabled: bool = False,
                 required: bool = False, label_visibility: str = "visible",
                 icon: str | None = None, width: Any = "stretch", bind: Any = None,
                 persist_state: Any = None) -> float | int | None:
    """A number box with +/- steps (``st.number_input``); ints in, ints out."""

    callback = callback_of(on_change)
    bound = check_bind(bind, key)
    check_width(width)
    if isinstance(value, str) and value == "min":
        # Streamlit 1.67: the minimum, else 0 of the other numbers' type; with none, 0.0
        others = [v for v in (max_value, step) if v is not None]
        if min_value is not None:
            value = min_value
        elif others and all(isinstance(v, int) and not isinstance(v, bool) for v in others):
            value = 0
        else:
            value = 0.0
    named = [(n, v) for n, v in (("value", value), ("min_value", min_value),
                                 ("max_value", max_value), ("step", step)) if v is not None]
    for n, v in named:
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise StreamlitAPIException(
                f"`{n}` must be an int or a float, not {type(v).__name__}.")
    kinds = {isinstance(v, int) for _, v in named}
    if len(kinds) > 1:
        raise StreamlitAPIException(
            "All numerical arguments must be of the same type."
            + "".join(f"\n`{n}` has {type(v).__name__} type." for n, v in named))
    # value=None and no other number: a float box, as in Streamlit
    is_int = bool(named) and kinds == {True}
    if min_value is not None and max_value is not None and min_value > max_value:
        raise StreamlitAPIException(
            f"The `min_value`, set to {min_value}, cannot be greater than the `max_value`, "
            f"set to {max_value}.")
    if value is not None:
        if min_value is not None and value < min_value:
            raise StreamlitAPIException(
                f"The `value` {value} is less than the `min_value` {min_value}.")
        if max_value is not None and value > max_value:
            raise StreamlitAPIException(
                f"The `value` {value} is greater than the `max_value` {max_value}.")
    if is_int:
        for n, v in named:
            if v > _JS_MAX_SAFE_INTEGER:
                raise StreamlitAPIException(f"`{n}` ({v}) must be <= (1 << 53) - 1")
            if v < -_JS_MAX_SAFE_INTEGER:
                raise StreamlitAPIException(f"`{n}` ({v}) must be >= -((1 << 53) - 1)")
    if format is not None and not _number_format_ok(format):
        raise StreamlitAPIException(
            f"Format string for `st.number_input` contains invalid characters: {format}")
    if step is None:
        step = 1 if is_int else 0.01
    if format is None:
        format = "%d" if is_int else "%0.2f"
    cast = int if is_int else float

    def parse(raw: Any) -> Any:
        if raw is None or raw == "":
            return None
        number = cast(raw)
        if min_value is not None and number < min_value:
            number = cast(min_value)
        if max_value is not None and number > max_value:
            number = cast(max_value)
        return number

    return register_widget(
        self, "number_input", label=label, key=key, default=value,
        props={"min_value": min_value, "max_value": max_value, "step": step, "format": format,
               "is_int": is_int, "placeholder": placeholder, "required": required,
               "icon": icon, "width": width, "on_change": change_mode(on_change),
               **common_props(help, disabled, label_visibility)},
        id_args={"min_value": min_value, "max_value": max_value, "value": value, "step": step,
                 "format": format, "help": help, "placeholder": placeholder, "icon": icon},
        callback=callback, args=args, kwargs=kwargs, deserialize=parse,
        url=url_binding.number(parse, value is None and not required, min_value, max_value)
        if bound else None, persist=check_persist_state(persist_state, key))


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
    bound = check_bind(bind, key)
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
        extra_id={"placeholder": placeholder, "accept_new_options": accept_new_options},
        bound=bound, clearable=index is None and not required,
        persist=check_persist_state(persist_state, key))


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

    bound = check_bind(bind, key)
    opts = c.options_list(options)
    caps = [None if cap is None else str(cap) for cap in list(captions or [])[:len(opts)]]
    return c.single_choice(
        self, "radio", label=label, options=opts, index=index, format_func=format_func,
        key=key, help=help, on_change=on_change, args=args, kwargs=kwargs, disabled=disabled,
        label_visibility=label_visibility,
        extra_props={"horizontal": bool(horizontal), "captions": caps, "width": width},
        extra_id={"horizontal": horizontal, "captions": caps},
        bound=bound, clearable=index is None, persist=check_persist_state(persist_state, key))


@dg_method
def slider(self: DeltaGenerator, label: str, min_value: Any = None, max_value: Any = None,
           value: Any = None, step: Any = None, format: str | None = None, key: Any = None,
           help: str | None = None, on_change: Any = "rerun", args: Any = None,
           kwargs: Any = None, *, disabled: bool = False, label_visibility: str = "visible",
           width: Any = "stretch", bind: Any = None, persist_state: Any = None) -> Any:
    """A slider over numbers, dates, times or datetimes; one value or a (low, high) range
    (``st.slider``)."""
    from wasmlit.elements.datetime_inputs import temporal_kind, temporal_slider

    callback = callback_of(on_change)
    bound = check_bind(bind, key)
    check_width(width)
    is_range = isinstance(value, (list, tuple))
    temporal = temporal_kind([*(value if is_range else [value]), min_value, max_value])
    if temporal is not None:
        return temporal_slider(self, temporal, label, min_value, max_value, value, step,
                               format, key, help, on_change, args, kwargs, disabled,
                               label_visibility, bound,
                               check_persist_state(persist_state, key))
    sample = [v for v in ([*value] if is_range else [value]) + [min_value, max_value, step]
              if v is not None]
    is_int = all(isinstance(v, int) and not isinstance(v, bool) for v in sample)
    bounds = {"min_value": min_value, "max_value": max_value, "step": step}
    if len({isinstance(v, int) and not isinstance(v, bool)
            for v in bounds.values() if v is not None}) > 1:
        raise StreamlitAPIException(
            "Invalid `value` type. Expected one of: matching numeric types, matching date/time "
            "types. Provided type: "
            + ", ".join(f"{n}={type(v).__name__}" for n, v in bounds.items()
                        if v is not None and n != "step")
            + f", step={type(step if step is not None else next(iter(sample))).__name__}.")
    if step is not None and step == 0:
        raise StreamlitAPIException(
            "Invalid `step` value. Supported values: a number. Zero is not allowed.")
    if min_value is None:
        min_value = 0 if is_int else 0.0
    if max_value is None:
        max_value = 100 if is_int else 1.0
    if value is None:
        value = min_value
    if step is None:
        step = 1 if is_int else 0.01
    cast = int if is_int else float
    default: Any = [cast(v) for v in value] if is_range else cast(value)
    # As Streamlit 1.67: swapped bounds are put in order, and the range grows to hold the
    # default value rather than refusing it.
    if min_value > max_value:
        min_value, max_value = max_value, min_value
    shown = default if is_range else [default]
    if shown:
        min_value = min(min_value, *shown)
        max_value = max(max_value, *shown)

    def parse(raw: Any) -> Any:
        return tuple(cast(v) for v in raw) if is_range else cast(raw)

    result = register_widget(
        self, "slider", label=label, key=key, default=default,
        props={"min_value": min_value, "max_value": max_value, "step": step,
               # Streamlit 1.67's default formats: "%d" for ints, "%0.2f" for floats
               "format": format if format is not None else ("%d" if is_int else "%0.2f"),
               "is_int": is_int, "is_range": is_range, "on_change": change_mode(on_change),
               **common_props(help, disabled, label_visibility)},
        id_args={"min_value": min_value, "max_value": max_value, "value": default,
                 "step": step, "format": format, "help": help},
        callback=callback, args=args, kwargs=kwargs, deserialize=parse,
        serialize=lambda v: list(v) if isinstance(v, (list, tuple)) else v,
        url=url_binding.slider(cast, min_value, max_value, is_range) if bound else None,
        persist=check_persist_state(persist_state, key))
    return tuple(result) if is_range else result
