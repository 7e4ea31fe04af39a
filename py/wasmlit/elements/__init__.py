"""Element commands, one module per family; importing this attaches them to DeltaGenerator."""

from wasmlit.elements import (  # noqa: F401
    charts,
    chat,
    choices,
    data,
    datetime_inputs,
    feedback,
    files,
    layout,
    media,
    metric,
    text,
    widgets,
    write,
)
