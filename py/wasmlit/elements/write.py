"""st.write and friends: write, write_stream, echo, help."""

from __future__ import annotations

from typing import Any

from wasmlit.delta_generator import DeltaGenerator, dg_method


@dg_method
def write(self: DeltaGenerator, *args: Any, unsafe_allow_html: bool = False) -> None:
    """Write arguments to the app, each the way that suits its type (``st.write``)."""
    buffer: list[str] = []

    def flush_text() -> None:
        if buffer:
            self.markdown(" ".join(buffer), unsafe_allow_html=unsafe_allow_html)
            buffer.clear()

    for arg in args:
        if isinstance(arg, str):
            buffer.append(arg)
            continue
        flush_text()
        if isinstance(arg, BaseException):
            self.exception(arg)
        elif isinstance(arg, (dict, list, tuple)):
            self.json(arg)
        elif isinstance(arg, DeltaGenerator):
            self.markdown(f"`{arg!r}`")
        else:
            self.markdown(f"`{arg!r}`" if not isinstance(arg, (int, float)) else str(arg))
    flush_text()
