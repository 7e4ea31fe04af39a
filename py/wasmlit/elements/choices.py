"""Choice widgets: multiselect, select_slider, pills, segmented_control, feedback and
color_picker, plus the helpers selectbox and radio (in widgets.py) share.

Options go to the page as their formatted labels and the page answers with indexes (or, for
``accept_new_options``, with the typed text), so any Python object can be an option. Session
state holds what the script sees (the option objects), as in Streamlit.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Sequence

from wasmlit.delta_generator import DeltaGenerator, dg_method
from wasmlit.elements.widget_options import (callback_of, change_mode, check_bind,
                                             check_persist_state, check_width)
from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.context import get_ctx
from wasmlit.state.session_state import element_id
from wasmlit.state import url_binding
from wasmlit.state.widgets import common_props, register_widget

_MISSING = object()

# ---- helpers -------------------------------------------------------------------------------


def options_list(options: Any) -> list[Any]:
    """A list of the options: a dict gives its keys, a DataFrame its first column."""
    if options is None:
        return []
    if isinstance(options, dict):
        return list(options.keys())
    module = type(options).__module__ or ""
    if module.startswith("pandas") and hasattr(options, "columns") and hasattr(options, "iloc"):
        if len(options.columns) == 0:
            return []
        return list(options.iloc[:, 0])
    if module.startswith("numpy") and hasattr(options, "tolist"):
        return list(options.tolist())
    if isinstance(options, (str, bytes)):
        return [options]
    try:
        return list(options)
    except TypeError:
        raise StreamlitAPIException(
            f"Object is not an iterable and could not be converted to one. "
            f"Object type: {type(options)}") from None


def index_of(opts: Sequence[Any], value: Any) -> int:
    """The position of ``value`` among the options, or -1 (works for any object)."""
    for i, option in enumerate(opts):
        if option is value:
            return i
    for i, option in enumerate(opts):
        try:
            if bool(option == value):
                return i
        except Exception:  # e.g. comparing arrays
            continue
    return -1


def labels_of(opts: Sequence[Any], format_func: Callable[[Any], Any] | None) -> list[str]:
    fmt = format_func if format_func is not None else str
    return [str(fmt(o)) for o in opts]


def check_index(index: Any, count: int) -> None:
    if index is None:
        return
    if isinstance(index, bool) or not isinstance(index, int):
        raise StreamlitAPIException(
            "Invalid `index` type. Expected one of: int, None. "
            f"Provided type: {type(index).__name__}.")
    if count and not 0 <= index < count:
        raise StreamlitAPIException(
            f"The `index` parameter, set to {index}, is outside the required range "
            f"[0, {count - 1}].")


def default_list(default: Any, opts: Sequence[Any]) -> list[Any]:
    """``default`` as a list: None, one value, or a sequence of values."""
    if default is None:
        return []
    if isinstance(default, (str, bytes)):
        return [default]
    if isinstance(default, tuple) and index_of(opts, default) >= 0:
        return [default]
    if isinstance(default, (list, tuple, set, frozenset)) or (
            hasattr(default, "__iter__") and hasattr(default, "__len__")
            and not isinstance(default, dict) and index_of(opts, default) < 0):
        return list(default)
    return [default]


def check_defaults(values: Sequence[Any], opts: Sequence[Any], allow_str: bool = False) -> None:
    for v in values:
        if index_of(opts, v) < 0 and not (allow_str and isinstance(v, str)):
            raise StreamlitAPIException(
                f"The default value '{v}' is not part of the options. Please make sure that "
                "every default value also exists in the options.")


def register_choice(dg: DeltaGenerator, kind: str, *, label: str, key: Any,
                    id_args: dict[str, Any], fix: Callable[[Any], Any], **kw: Any) -> Any:
    """``register_widget``, after making a value already held in session state (from an
    earlier run, or set by the script under the widget's key) fit the current options."""
    state = get_ctx().state
    user_key = None if key is None else str(key)
    wid = element_id(kind, user_key, dg._form_id, label=label, **id_args)
    values, user = state._values, state._user
    if wid in values:
        values[wid] = fix(values[wid])
    elif user_key is not None and user_key in user:
        user[user_key] = fix(user[user_key])
    return register_widget(dg, kind, label=label, key=key, id_args=id_args, **kw)


# ---- selectbox and radio (their commands live in widgets.py) --------------------------------


def single_choice(dg: DeltaGenerator, kind: str, *, label: str, options: Any, index: Any,
                  format_func: Callable[[Any], Any] | None, key: Any, help: str | None,
                  on_change: Any, args: Any, kwargs: Any, disabled: bool,
                  label_visibility: str, accept_new_options: bool = False,
                  extra_props: dict[str, Any] | None = None,
                  extra_id: dict[str, Any] | None = None, bound: bool = False,
                  clearable: bool = False, persist: str | None = None) -> Any:
    """One option out of many (selectbox, radio): the page sends the index of the chosen
    option, or None, or (accept_new_options) the text the user typed."""
    opts = options_list(options)
    check_index(index, len(opts))
    labels = labels_of(opts, format_func)
    default = opts[index] if (index is not None and opts) else None

    def fits(v: Any) -> bool:
        return v is None or index_of(opts, v) >= 0 or (accept_new_options and isinstance(v, str))

    def to_page(v: Any) -> Any:
        if v is None:
            return None
        i = index_of(opts, v)
        if i >= 0:
            return i
        return v if accept_new_options and isinstance(v, str) else None

    def from_page(raw: Any) -> Any:
        if isinstance(raw, int) and not isinstance(raw, bool):
            return opts[raw] if 0 <= raw < len(opts) else None
        if accept_new_options and isinstance(raw, str):
            return raw
        return None

    props = {"options": labels, "on_change": change_mode(on_change),
             **common_props(help, disabled, label_visibility), **(extra_props or {})}
    return register_choice(
        dg, kind, label=label, key=key, default=default, props=props,
        id_args={"options": labels, "index": index, "help": help, **(extra_id or {})},
        fix=lambda v: v if fits(v) else default,
        callback=callback_of(on_change), args=args, kwargs=kwargs,
        serialize=to_page, deserialize=from_page,
        url=url_binding.one_option(opts, labels, index_of, clearable, accept_new_options)
        if bound else None, persist=persist)


def placeholder_text(placeholder: str | None, has_options: bool, accept_new: bool,
                     many: bool) -> str:
    if placeholder is not None:
        return str(placeholder)
    if has_options:
        if accept_new:
            return "Choose or add options" if many else "Choose or add an option"
        return "Choose options" if many else "Choose an option"
    if accept_new:
        return "Add options" if many else "Add an option"
    return "No options to select"


def check_filter_mode(filter_mode: Any, accept_new_options: bool) -> None:
    if filter_mode not in ("fuzzy", "contains", "prefix", None):
        raise StreamlitAPIException(
            "Invalid `filter_mode` value. Supported values: 'fuzzy', 'contains', 'prefix', "
            "None.")
    if filter_mode is None and accept_new_options:
        raise StreamlitAPIException(
            "`filter_mode=None` cannot be used with `accept_new_options=True`.")


# ---- multiselect ----------------------------------------------------------------------------


@dg_method
def multiselect(self: DeltaGenerator, label: str, options: Any, default: Any = None,
                format_func: Callable[[Any], Any] = str, key: Any = None,
                help: str | None = None, on_change: Any = "rerun", args: Any = None,
                kwargs: Any = None, *, max_selections: int | None = None,
                placeholder: str | None = None, disabled: bool = False,
                label_visibility: str = "visible", accept_new_options: bool = False,
                filter_mode: str | None = "fuzzy", select_all: bool | int = 1000,
                width: Any = "stretch", wrap: bool | None = None, bind: Any = None,
                persist_state: Any = None) -> list[Any]:
    """Pick any number of options (``st.multiselect``); the value is a list of options."""
    opts = options_list(options)
    labels = labels_of(opts, format_func)
    if max_selections is not None:
        if isinstance(max_selections, bool) or not isinstance(max_selections, int) \
                or max_selections < 0:
            raise StreamlitAPIException(
                "Invalid `max_selections` value. Supported values: a positive integer.")
        if max_selections == 0:
            raise StreamlitAPIException(
                "Invalid `max_selections` value. Supported values: a positive integer. "
                "To disable `st.multiselect`, use `disabled=True`.")
    check_filter_mode(filter_mode, accept_new_options)
    bound = check_bind(bind, key)
    defaults = default_list(default, opts)
    check_defaults(defaults, opts, allow_str=accept_new_options)
    defaults = [opts[index_of(opts, d)] if index_of(opts, d) >= 0 else d for d in defaults]

    def fits(v: Any) -> bool:
        return index_of(opts, v) >= 0 or (accept_new_options and isinstance(v, str))

    def fix(value: Any) -> Any:
        if value is None:
            return []
        return [v for v in default_list(value, opts) if fits(v)]

    def to_page(values: Any) -> list[Any]:
        out: list[Any] = []
        for v in values or []:
            i = index_of(opts, v)
            out.append(i if i >= 0 else str(v))
        return out

    def from_page(raw: Any) -> list[Any]:
        out: list[Any] = []
        for r in raw or []:
            if isinstance(r, int) and not isinstance(r, bool):
                if 0 <= r < len(opts):
                    out.append(opts[r])
            elif accept_new_options and isinstance(r, str):
                out.append(r)
        return out

    if select_all is True:
        select_all_limit: int = -1  # always
    elif select_all is False or select_all is None:
        select_all_limit = 0
    else:
        select_all_limit = int(select_all)
    value = register_choice(
        self, "multiselect", label=label, key=key, default=defaults,
        props={"options": labels, "max_selections": max_selections,
               "placeholder": placeholder_text(placeholder, bool(opts), accept_new_options, True),
               "accept_new_options": bool(accept_new_options), "filter_mode": filter_mode,
               "select_all": select_all_limit, "width": check_width(width, content=True),
               "wrap": wrap,
               "on_change": change_mode(on_change),
               **common_props(help, disabled or (not opts and not accept_new_options),
                         label_visibility)},
        id_args={"options": labels, "default": to_page(defaults), "help": help,
                 "max_selections": max_selections, "placeholder": placeholder,
                 "accept_new_options": accept_new_options},
        fix=fix, callback=callback_of(on_change), args=args, kwargs=kwargs,
        serialize=to_page, deserialize=from_page,
        url=url_binding.many_options(opts, labels, index_of, max_count=max_selections,
                                     accept_new=accept_new_options) if bound else None,
        persist=check_persist_state(persist_state, key))
    value = list(value or [])
    if max_selections is not None and len(value) > max_selections:
        raise StreamlitAPIException(
            f"Multiselect has {len(value)} options selected but `max_selections` is set to "
            f"{max_selections}. This happened because you either gave too many options to "
            "`default` or you manipulated the widget's state through `st.session_state`. "
            "Note that the latter can happen before the line indicated in the traceback. "
            f"Please select at most {max_selections} "
            f"{'option' if max_selections == 1 else 'options'}.")
    return value


# ---- select_slider --------------------------------------------------------------------------


@dg_method
def select_slider(self: DeltaGenerator, label: str, options: Any = (), value: Any = None,
                  format_func: Callable[[Any], Any] = str, key: Any = None,
                  help: str | None = None, on_change: Any = "rerun", args: Any = None,
                  kwargs: Any = None, *, disabled: bool = False,
                  label_visibility: str = "visible", width: Any = "stretch",
                  bind: Any = None, persist_state: Any = None) -> Any:
    """A slider over a list of options of any type (``st.select_slider``): one option, or a
    (low, high) range of options when ``value`` is a pair."""
    opts = options_list(options)
    if not opts:
        raise StreamlitAPIException(
            "The `options` parameter is required. Provide at least one option.")
    bound = check_bind(bind, key)
    labels = labels_of(opts, format_func)
    is_range = isinstance(value, (list, tuple)) and index_of(opts, value) < 0
    if is_range:
        if len(value) != 2:
            raise StreamlitAPIException(
                "The `value` of `st.select_slider` must be a single option or a pair "
                f"(low, high) of options; got {len(value)} values.")
        positions = []
        for v in value:
            i = index_of(opts, v)
            if i < 0:
                raise ValueError(f"{v} is not in iterable")
            positions.append(i)
        positions.sort()
        default: Any = (opts[positions[0]], opts[positions[1]])
    elif value is None:
        default = opts[0]
    else:
        i = index_of(opts, value)
        if i < 0:
            raise ValueError(f"{value} is not in iterable")
        default = opts[i]

    def fix(v: Any) -> Any:
        if is_range:
            ok = isinstance(v, (list, tuple)) and len(v) == 2 and all(
                index_of(opts, x) >= 0 for x in v)
            return tuple(v) if ok else default
        return v if index_of(opts, v) >= 0 else default

    def to_page(v: Any) -> Any:
        if is_range:
            return sorted(index_of(opts, x) for x in v)
        return index_of(opts, v)

    def from_page(raw: Any) -> Any:
        last = len(opts) - 1
        if is_range:
            lo, hi = sorted(min(max(int(r), 0), last) for r in list(raw)[:2])
            return (opts[lo], opts[hi])
        return opts[min(max(int(raw), 0), last)]

    result = register_choice(
        self, "select_slider", label=label, key=key, default=default,
        props={"options": labels, "is_range": is_range, "width": check_width(width, content=True),
               "on_change": change_mode(on_change),
               **common_props(help, disabled, label_visibility)},
        id_args={"options": labels, "value": to_page(default), "help": help},
        fix=fix, callback=callback_of(on_change), args=args, kwargs=kwargs,
        serialize=to_page, deserialize=from_page,
        url=url_binding.option_range(opts, labels, index_of, is_range) if bound else None,
        persist=check_persist_state(persist_state, key))
    return tuple(result) if is_range else result


# ---- pills / segmented_control ---------------------------------------------------------------


def _button_group(dg: DeltaGenerator, command: str, label: str, options: Any,
                  selection_mode: str, default: Any, required: bool,
                  format_func: Callable[[Any], Any] | None, key: Any, help: str | None,
                  on_change: Any, args: Any, kwargs: Any, disabled: bool,
                  label_visibility: str, width: Any, bind: Any,
                  persist_state: Any = None) -> Any:
    if selection_mode not in ("single", "multi"):
        raise StreamlitAPIException(
            "Invalid `selection_mode` value. Supported values: 'single', 'multi'.")
    bound = check_bind(bind, key)
    opts = options_list(options)
    labels = labels_of(opts, format_func)
    multi = selection_mode == "multi"
    defaults = default_list(default, opts)
    if not multi and len(defaults) > 1:
        raise StreamlitAPIException(
            f"The default argument to `st.{command}` must be a single value when "
            "`selection_mode='single'`.")
    check_defaults(defaults, opts)
    defaults = [opts[index_of(opts, d)] for d in defaults]
    start: Any = defaults if multi else (defaults[0] if defaults else None)

    def fix(value: Any) -> Any:
        if multi:
            return [v for v in default_list(value, opts) if index_of(opts, v) >= 0]
        return value if value is None or index_of(opts, value) >= 0 else start

    def to_page(value: Any) -> list[int]:
        values = value if multi else ([] if value is None else [value])
        return [i for i in (index_of(opts, v) for v in values or []) if i >= 0]

    def from_page(raw: Any) -> Any:
        picked = [opts[r] for r in (raw or []) if isinstance(r, int)
                  and not isinstance(r, bool) and 0 <= r < len(opts)]
        if multi:
            return picked
        return picked[0] if picked else None

    value = register_choice(
        dg, "button_group", label=label, key=key, default=start,
        props={"options": labels, "style": command, "selection_mode": selection_mode,
               "required": bool(required), "width": check_width(width, content=True),
               "on_change": change_mode(on_change),
               **common_props(help, disabled, label_visibility)},
        id_args={"style": command, "options": labels, "selection_mode": selection_mode,
                 "default": to_page(start), "required": required, "help": help},
        fix=fix, callback=callback_of(on_change), args=args, kwargs=kwargs,
        serialize=to_page, deserialize=from_page,
        url=url_binding.many_options(opts, labels, index_of, single=not multi) if bound else None,
        persist=check_persist_state(persist_state, key))
    return list(value or []) if multi else value


@dg_method
def pills(self: DeltaGenerator, label: str, options: Any, *, selection_mode: str = "single",
          default: Any = None, required: bool = False,
          format_func: Callable[[Any], Any] | None = None, key: Any = None,
          help: str | None = None, on_change: Any = "rerun", args: Any = None,
          kwargs: Any = None, disabled: bool = False, label_visibility: str = "visible",
          width: Any = "content", wrap: bool | None = None, bind: Any = None,
          persist_state: Any = None) -> Any:
    """A row of pill buttons (``st.pills``): one option or None, or a list in "multi" mode."""
    return _button_group(self, "pills", label, options, selection_mode, default, required,
                         format_func, key, help, on_change, args, kwargs, disabled,
                         label_visibility, width, bind, persist_state)


@dg_method
def segmented_control(self: DeltaGenerator, label: str, options: Any, *,
                      selection_mode: str = "single", default: Any = None,
                      required: bool = False, format_func: Callable[[Any], Any] | None = None,
                      key: Any = None, help: str | None = None, on_change: Any = "rerun",
                      args: Any = None, kwargs: Any = None, disabled: bool = False,
                      label_visibility: str = "visible", width: Any = "content",
                      wrap: bool | None = None, bind: Any = None,
                      persist_state: Any = None) -> Any:
    """Joined buttons (``st.segmented_control``): one option or None, or a list in "multi"
    mode."""
    return _button_group(self, "segmented_control", label, options, selection_mode, default,
                         required, format_func, key, help, on_change, args, kwargs, disabled,
                         label_visibility, width, bind, persist_state)


# ---- feedback -------------------------------------------------------------------------------

_FEEDBACK_COUNTS = {"thumbs": 2, "faces": 5, "stars": 5}


@dg_method
def feedback(self: DeltaGenerator, options: str = "thumbs", *, key: Any = None,
             default: int | None = None, disabled: bool = False, on_change: Any = "rerun",
             args: Any = None, kwargs: Any = None, width: Any = "content", bind: Any = None,
             persist_state: Any = None) -> int | None:
    """Thumbs, faces or stars (``st.feedback``); the value is the chosen index or None
    (thumbs: 0 down, 1 up; faces and stars: 0 to 4)."""
    if options not in _FEEDBACK_COUNTS:
        raise StreamlitAPIException(
            "Invalid `options` value. Supported values: 'thumbs', 'faces', 'stars'.")
    bound = check_bind(bind, key)
    count = _FEEDBACK_COUNTS[options]
    if default is not None:
        if isinstance(default, bool) or not isinstance(default, int):
            raise StreamlitAPIException(
                "Invalid `default` type. Expected one of: int, None. "
                f"Provided type: {type(default).__name__}.")
        if not 0 <= default < count:
            raise StreamlitAPIException(
                f"The `default` parameter, set to {default}, is outside the required range "
                f"[0, {count - 1}].")

    def parse(raw: Any) -> int | None:
        if isinstance(raw, int) and not isinstance(raw, bool) and 0 <= raw < count:
            return raw
        return None

    def fix(value: Any) -> Any:
        return value if value is None or parse(value) is not None else default

    return register_choice(
        self, "feedback", label="", key=key, default=default,
        props={"options": options, "width": check_width(width, content=True),
               "on_change": change_mode(on_change), "disabled": bool(disabled)},
        id_args={"options": options, "default": default},
        fix=fix, callback=callback_of(on_change), args=args, kwargs=kwargs,
        deserialize=parse, url=url_binding.choice_index(count) if bound else None,
        persist=check_persist_state(persist_state, key))


# ---- color_picker ---------------------------------------------------------------------------

_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")


@dg_method
def color_picker(self: DeltaGenerator, label: str, value: str | None = None, key: Any = None,
                 help: str | None = None, on_change: Any = "rerun", args: Any = None,
                 kwargs: Any = None, *, disabled: bool = False,
                 label_visibility: str = "visible", width: Any = "content", bind: Any = None,
                 persist_state: Any = None) -> str:
    """A colour swatch that opens a picker (``st.color_picker``); the value is a hex string."""
    bound = check_bind(bind, key)
    if value is None:
        value = "#000000"
    if not isinstance(value, str):
        raise StreamlitAPIException(
            f"Color Picker Value has invalid type: {type(value).__name__}. Expects a hex "
            "string like '#00FFAA' or '#000'.")
    if not _HEX.match(value):
        raise StreamlitAPIException(
            f"'{value}' is not a valid hex code for colors. Valid ones are like '#00FFAA' or "
            "'#000'.")

    def parse(raw: Any) -> str:
        return raw if isinstance(raw, str) and _HEX.match(raw) else value

    return str(register_choice(
        self, "color_picker", label=label, key=key, default=value,
        props={"width": check_width(width, content=True), "on_change": change_mode(on_change),
               **common_props(help, disabled, label_visibility)},
        id_args={"value": value, "help": help},
        fix=lambda v: v if isinstance(v, str) and _HEX.match(v) else value,
        callback=callback_of(on_change), args=args, kwargs=kwargs, deserialize=parse,
        url=url_binding.color(value) if bound else None,
        persist=check_persist_state(persist_state, key)))
