"""Element commands, one module per family; importing this attaches them to DeltaGenerator
and gives the runtime the few commands it shows through (``runtime.context.install_hooks``)."""

from wasmlit.elements import (
    blocks,
    capture,
    charts,
    chat,
    choices,
    data,
    datetime_inputs,
    diagrams,
    editor,
    embed,
    feedback,
    files,
    layout,
    maps,
    media,
    metric,
    pickers,
    plotly_chart,
    text,
    widgets,
    write,
)
from wasmlit.runtime.context import ElementHooks, install_hooks

#: the family modules (importing each one attaches its commands to DeltaGenerator)
__all__ = ["blocks", "capture", "charts", "chat", "choices", "data", "datetime_inputs", "diagrams",
           "editor", "embed", "feedback", "files", "layout", "maps", "media", "metric", "pickers",
           "plotly_chart", "text", "widgets", "write"]

# Uncaught exceptions are shown as client.showErrorDetails allows (feedback.show_uncaught).
install_hooks(ElementHooks(exception=feedback.show_uncaught, warning=feedback.warning,
                           write=write.write))
