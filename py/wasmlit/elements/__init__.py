"""Element commands, one module per family; importing this attaches them to DeltaGenerator."""

from wasmlit.elements import (  # noqa: F401
    charts,
    choices,
    data,
    feedback,
    layout,
    media,
    metric,
    text,
    widgets,
    write,
)
