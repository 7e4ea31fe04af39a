"""Element commands, one module per family. Importing a family module attaches its commands
to DeltaGenerator; the families are imported on first use (``st.button`` or ``dg.button``
loads ``wasmlit.elements.widgets``), so that ``import streamlit`` stays cheap. The runtime
shows its few things (``runtime.context.install_hooks``) through commands loaded the same way.

:data:`FAMILIES` names every command up front (``dir(st)``, ``hasattr``, signatures); a unit
test checks that it matches what the modules define."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

from wasmlit.runtime.context import ElementHooks, install_hooks

#: module -> the element commands it attaches to DeltaGenerator (each also ``st.<name>``)
FAMILIES: dict[str, tuple[str, ...]] = {
    "wasmlit.elements.feedback": ("success", "info", "warning", "error", "exception", "progress",
                                  "spinner", "toast", "balloons", "snow"),
    "wasmlit.elements.layout": ("container", "empty", "columns", "expander", "tabs", "popover",
                                "space", "status", "form", "form_submit_button"),
    "wasmlit.elements.blocks": ("grid", "skeleton"),
    "wasmlit.elements.capture": ("audio_input", "camera_input"),
    "wasmlit.elements.data": ("dataframe", "table"),
    "wasmlit.elements.charts": ("line_chart", "area_chart", "bar_chart", "scatter_chart",
                                "vega_lite_chart", "altair_chart"),
    "wasmlit.elements.chat": ("chat_input", "chat_message"),
    "wasmlit.elements.choices": ("multiselect", "select_slider", "pills", "segmented_control",
                                 "feedback", "color_picker"),
    "wasmlit.elements.datetime_inputs": ("date_input", "time_input", "datetime_input"),
    "wasmlit.elements.media": ("image", "pyplot", "audio", "video"),
    "wasmlit.elements.diagrams": ("graphviz_chart", "mermaid_chart", "echarts_chart", "pdf"),
    "wasmlit.elements.editor": ("data_editor",),
    "wasmlit.elements.embed": ("iframe",),
    "wasmlit.elements.files": ("download_button", "link_button", "file_uploader"),
    "wasmlit.elements.plotly_chart": ("plotly_chart",),
    "wasmlit.elements.maps": ("map", "pydeck_chart"),
    "wasmlit.elements.metric": ("metric", "badge"),
    "wasmlit.elements.pickers": ("menu_button", "pagination"),
    "wasmlit.elements.text": ("markdown", "caption", "latex", "title", "header", "subheader",
                              "text", "code", "json", "divider", "html"),
    "wasmlit.elements.widgets": ("button", "checkbox", "toggle", "text_input", "text_area",
                                 "number_input", "selectbox", "radio", "slider"),
    "wasmlit.elements.write": ("write", "write_stream", "help", "echo"),
    "wasmlit.navigation": ("page_link",),
}

#: element command -> the module that defines it
MODULE_OF: dict[str, str] = {name: module for module, names in FAMILIES.items() for name in names}

#: the family modules of this package (``wasmlit.elements.<name>``)
__all__ = ["blocks", "capture", "charts", "chat", "choices", "data", "datetime_inputs", "diagrams",
           "editor", "embed", "feedback", "files", "layout", "maps", "media", "metric", "pickers",
           "plotly_chart", "text", "widgets", "write"]


def load_command(name: str) -> None:
    """Import the family that attaches element command ``name`` to DeltaGenerator
    (AttributeError if there is no such command)."""
    module = MODULE_OF.get(name)
    if module is None:
        raise AttributeError(name)
    importlib.import_module(module)


def __getattr__(name: str) -> ModuleType:
    """``wasmlit.elements.<family>`` without importing it first, as when every family was
    imported with this package."""
    if name in __all__:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _show_uncaught(dg: Any, exc: BaseException) -> Any:
    # client.showErrorDetails decides how much of an uncaught exception is shown
    from wasmlit.elements.feedback import show_uncaught
    return show_uncaught(dg, exc)


def _warning(dg: Any, *args: Any, **kwargs: Any) -> Any:
    from wasmlit.elements.feedback import warning
    return warning(dg, *args, **kwargs)


def _write(dg: Any, *args: Any, **kwargs: Any) -> Any:
    from wasmlit.elements.write import write
    return write(dg, *args, **kwargs)


install_hooks(ElementHooks(exception=_show_uncaught, warning=_warning, write=_write))
