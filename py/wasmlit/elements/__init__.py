"""Element commands, one module per family; importing this attaches them to DeltaGenerator."""

from wasmlit.elements import feedback, layout, text, widgets  # noqa: F401
