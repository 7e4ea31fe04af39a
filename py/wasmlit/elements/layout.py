"""Layout: container, empty, columns, expander, tabs, form, dialog."""

from __future__ import annotations

import functools
from typing import Any, Callable, Sequence

from wasmlit.delta_generator import EVENT_DG, DeltaGenerator, active_dg, dg_method
from wasmlit.errors import (
    M9_DIALOG_TITLE,
    M10_ONE_DIALOG,
    M11_NESTED_DIALOG,
    M14_EXPERIMENTAL_DIALOG,
    M15_NESTED_FORM,
    StreamlitAPIException,
)
from wasmlit.runtime.context import get_ctx
from wasmlit.runtime.fragments import make_fragment


@dg_method
def container(self: DeltaGenerator, *, height: int | None = None, border: bool | None = None,
              key: str | None = None) -> DeltaGenerator:
    """A container to group elements, optionally bordered or scrolling (``st.container``)."""
    return self._block("vertical", {"border": bool(border) if border is not None
                                    else height is not None, "height": height})


@dg_method
def empty(self: DeltaGenerator) -> DeltaGenerator:
    """A single-element slot: each write replaces the last (``st.empty``)."""
    return self._enqueue("empty", {})


@dg_method
def columns(self: DeltaGenerator, spec: int | Sequence[float], *, gap: str = "small",
            vertical_alignment: str = "top", border: bool = False) -> list[DeltaGenerator]:
    """Columns side by side (``st.columns``)."""
    weights = [1.0] * spec if isinstance(spec, int) else [float(w) for w in spec]
    if not weights or any(w <= 0 for w in weights):
        raise StreamlitAPIException(
            "The input argument to st.columns must be either a positive integer or a list of "
            "positive numeric weights. See [documentation](https://docs.streamlit.io/develop/"
            "api-reference/layout/st.columns) for more information.")
    if gap not in ("small", "medium", "large"):
        raise StreamlitAPIException(
            f'The gap argument to st.columns must be "small", "medium", or "large". \n'
            f"The argument passed was {gap}.")
    row = self._block("horizontal", {"gap": gap, "vertical_alignment": vertical_alignment})
    total = sum(weights)
    return [row._block("column", {"weight": w / total, "border": border}) for w in weights]


@dg_method
def expander(self: DeltaGenerator, label: str, expanded: bool = False, *,
             icon: str | None = None) -> DeltaGenerator:
    """A box that can be opened and closed (``st.expander``)."""
    return self._block("expander", {"label": label, "expanded": expanded, "icon": icon})


@dg_method
def tabs(self: DeltaGenerator, tabs: Sequence[str]) -> list[DeltaGenerator]:
    """Tabs (``st.tabs``)."""
    labels = [str(t) for t in tabs]
    if not labels:
        raise StreamlitAPIException("The input argument to st.tabs must contain at least one "
                                    "tab label.")
    group = self._block("tabs", {"labels": labels})
    return [group._block("tab", {"label": label}) for label in labels]


@dg_method
def form(self: DeltaGenerator, key: str, clear_on_submit: bool = False, *,
         enter_to_submit: bool = True, border: bool = True) -> DeltaGenerator:
    """A form: its widgets send their values together, on submit (``st.form``)."""
    if self._form_id:
        raise StreamlitAPIException(M15_NESTED_FORM)
    ctx = get_ctx()
    form_id = str(key)
    if form_id in ctx.form_ids_this_run:
        raise StreamlitAPIException(
            f"There are multiple identical forms with `key='{form_id}'`. To fix this, please "
            "make sure that the `key` argument is unique for each `st.form` you create.")
    ctx.form_ids_this_run.add(form_id)
    return self._block("form", {"form_id": form_id, "clear_on_submit": clear_on_submit,
                                "enter_to_submit": enter_to_submit, "border": border},
                       form_id=form_id)


@dg_method
def form_submit_button(self: DeltaGenerator, label: str = "Submit", help: str | None = None,
                       on_click: Callable[..., Any] | None = None, args: Any = None,
                       kwargs: Any = None, *, key: Any = None, type: str = "secondary",
                       icon: str | None = None, disabled: bool = False,
                       use_container_width: bool = False) -> bool:
    """The button that submits its form (``st.form_submit_button``)."""
    from wasmlit.elements.widgets import register_widget

    if not self._form_id:
        raise StreamlitAPIException(
            "`st.form_submit_button()` must be used inside an `st.form()`.\n\nFor more "
            "information, refer to the [documentation](https://docs.streamlit.io/develop/"
            "api-reference/execution-flow/st.form).")
    return bool(register_widget(
        self, "button", label=label, key=key, default=False, trigger=True, settable=False,
        is_submit=True,
        props={"type": type, "icon": icon, "use_container_width": use_container_width,
               "is_submit": True, "help": help, "disabled": disabled},
        id_args={"help": help, "type": type, "icon": icon, "disabled": disabled,
                 "submit": True},
        callback=on_click, args=args, kwargs=kwargs))


def dialog(title: str = "", *, width: str = "small") -> Callable[[Callable[..., Any]], Any]:
    """Make a function open a modal dialog when called (``st.dialog``)."""
    return _dialog_decorator(title, width, experimental=False)


def experimental_dialog(title: str = "", *, width: str = "small") -> Any:
    """Deprecated alias of :func:`dialog`."""
    return _dialog_decorator(title, width, experimental=True)


def _dialog_decorator(title: Any, width: str, *, experimental: bool) -> Any:
    if not title or not isinstance(title, str):
        raise StreamlitAPIException(M9_DIALOG_TITLE)
    if width not in ("small", "large", "medium"):
        raise StreamlitAPIException(
            f"Invalid width '{width}' for dialog: use 'small', 'medium' or 'large'.")

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
            box = EVENT_DG._block("dialog", {"title": title, "width": width, "open": True,
                                             "nonce": ctx.nonce()}, in_dialog=True)

            def dialog_content() -> None:
                if experimental:
                    active_dg().warning(M14_EXPERIMENTAL_DIALOG)
                func(*args, **kwargs)

            body = make_fragment(dialog_content, additional_hash_info=func.__qualname__)
            with box:
                body()

        return open_dialog

    return decorate
