"""Streamlit commands that wasmlit does not have, and why.

``st.<name>`` for one of these raises :class:`StreamlitNotAvailableError` where the script
uses it, naming the command and the reason, instead of a bare AttributeError. It is also an
AttributeError, so feature checks such as ``hasattr(st, "map")`` keep working.
``docs/compatibility.md`` lists the same commands; a unit test keeps the two in step.
"""

from __future__ import annotations

from wasmlit.errors import StreamlitAPIException

NOT_YET = "wasmlit does not implement it yet"

#: command -> why it is missing (``NOT_YET`` or the reason a browser cannot do it)
UNAVAILABLE: dict[str, str] = {
    "login": "there is no server to run an OpenID Connect login flow",
    "logout": "there is no server to run an OpenID Connect login flow",
    "user": "there is no server to hold a logged-in user",
    "App": "it is an ASGI (Starlette) application for a Python web server, and a wasmlit site "
           "has no server",
}


class StreamlitNotAvailableError(StreamlitAPIException, AttributeError):
    """A Streamlit command that wasmlit does not have."""


def not_available(name: str) -> StreamlitNotAvailableError:
    return StreamlitNotAvailableError(
        f"`st.{name}` is not available in wasmlit: {UNAVAILABLE[name]}. "
        "See wasmlit's docs/compatibility.md for every command and its status.")
