"""Element commands, one module per family; importing this attaches them to DeltaGenerator
and gives the runtime the few commands it shows through (``runtime.context.install_hooks``)."""

from wasmlit.elements import (
    charts,
    chat,
    choices,
    data,
    datetime_inputs,
    diagrams,
    embed,
    feedback,
    files,
    layout,
    media,
    metric,
    text,
    widgets,
    write,
)
from wasmlit.runtime.context import ElementHooks, install_hooks

#: the family modules (importing each one attaches its commands to DeltaGenerator)
__all__ = ["charts", "chat", "choices", "data", "datetime_inputs", "diagrams", "embed", "feedback", "files",
           "layout", "media", "metric", "text", "widgets", "write"]

# Uncaught exceptions are shown as client.showErrorDetails allows (feedback.show_uncaught).
install_hooks(ElementHooks(exception=feedback.show_uncaught, warning=feedback.warning,
                           write=write.write))
