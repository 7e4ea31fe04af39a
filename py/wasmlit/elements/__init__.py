"""Element commands, one module per family; importing this attaches them to DeltaGenerator."""

from wasmlit.elements import charts, data, feedback, layout, media, text, widgets  # noqa: F401
from wasmlit.elements import choices  # noqa: F401
