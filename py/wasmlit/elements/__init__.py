"""Element commands, one module per family; importing this attaches them to DeltaGenerator."""

from wasmlit.elements import charts, data, feedback, layout, media, text, widgets  # noqa: F401
from wasmlit.elements import write  # noqa: F401,E402  (st.write, write_stream, echo, help)
from wasmlit.elements import metric  # noqa: F401,E402  (st.metric, badge)
