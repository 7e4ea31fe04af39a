"""wasmlit: Streamlit apps that run entirely in the browser.

Inside a wasmlit run, ``import streamlit as st`` gives this module. The element commands are
those of ``DeltaGenerator``, called on the innermost ``with`` container (or the main area).
Each family of commands (and ``st.column_config``, ``st.components``, ``st.connection``,
``st.dialog``, ``st.logo``) is imported the first time the script looks one of its names up,
so that ``import streamlit`` stays cheap.
"""

from __future__ import annotations

import functools
import importlib
from typing import Any, Callable

from wasmlit.caching import cache_data, cache_resource
from wasmlit.commands import rerun, session_state, set_page_config, stop
from wasmlit.config import get_option, set_option
from wasmlit.delta_generator import BOTTOM_DG, COMMANDS, SIDEBAR_DG, DeltaGenerator, active_dg
from wasmlit import navigation as _navigation  # noqa: F401  (attaches st.page_link)
from wasmlit.context import context
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitDuplicateElementId,
    StreamlitDuplicateElementKey,
    StreamlitFragmentWidgetsNotAllowedOutsideError,
)
from wasmlit.navigation import Page, navigation, switch_page
from wasmlit.query_params import query_params
from wasmlit.runtime.fragments import experimental_fragment, fragment
from wasmlit.app_secrets import StreamlitSecretNotFoundError, secrets
from wasmlit.unavailable import UNAVAILABLE, StreamlitNotAvailableError, not_available

__version__ = "0.1.0"

sidebar = SIDEBAR_DG
bottom = BOTTOM_DG


def _on_active(name: str) -> Callable[..., Any]:
    method = getattr(DeltaGenerator, name)

    @functools.wraps(method)
    def command(*args: Any, **kwargs: Any) -> Any:
        return method(active_dg(), *args, **kwargs)

    return command


#: ``st.<name>`` -> (module, attribute) for what is not an element command, imported on first use
_LAZY = {
    "column_config": ("wasmlit.column_config", None),
    "components": ("wasmlit.components", None),
    "connections": ("wasmlit.connections", None),
    "connection": ("wasmlit.connections", "connection"),
    "dialog": ("wasmlit.elements.layout", "dialog"),
    "experimental_dialog": ("wasmlit.elements.layout", "experimental_dialog"),
    "logo": ("wasmlit.elements.diagrams", "logo"),
}

_COMMANDS = tuple(COMMANDS)


def __getattr__(name: str) -> Any:
    """An element command or a name of ``_LAZY``, imported on first use; ``st.<command>``
    that wasmlit does not have: a clear error where the script uses it."""
    if name in _LAZY:
        module_name, attr = _LAZY[name]
        module = importlib.import_module(module_name)
        value = module if attr is None else getattr(module, attr)
    elif name in _COMMANDS:
        value = _on_active(name)
    elif name in UNAVAILABLE:
        raise not_available(name)
    else:
        raise AttributeError(f"module 'streamlit' has no attribute '{name}'")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY) | set(_COMMANDS))

__all__ = [  # the element commands (_COMMANDS) are added below
    "column_config", "components", "sidebar", "bottom", "fragment", "experimental_fragment", "dialog",
    "experimental_dialog", "cache_data", "cache_resource", "rerun", "stop", "session_state", "set_page_config",
    "logo", "navigation", "Page", "switch_page", "query_params", "context",
    "get_option", "set_option", "secrets", "StreamlitSecretNotFoundError",
    "connection", "connections",
    "StreamlitAPIException", "StreamlitDuplicateElementId", "StreamlitDuplicateElementKey",
    "StreamlitFragmentWidgetsNotAllowedOutsideError", "StreamlitNotAvailableError", "__version__",
]
__all__.extend(_COMMANDS)
