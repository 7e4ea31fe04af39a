"""Status and feedback: alerts, exception, spinner, toast, balloons, snow."""

from __future__ import annotations

import contextlib
import os
import traceback
from typing import Any, Iterator

from wasmlit.delta_generator import EVENT_DG, DeltaGenerator, dg_method
from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.context import get_ctx

_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _alert(dg: DeltaGenerator, variant: str, body: Any, icon: str | None) -> DeltaGenerator:
    return dg._enqueue("alert", {"variant": variant, "body": str(body), "icon": icon})


@dg_method
def success(self: DeltaGenerator, body: Any, *, icon: str | None = None) -> DeltaGenerator:
    """A green box with a message (``st.success``)."""
    return _alert(self, "success", body, icon)


@dg_method
def info(self: DeltaGenerator, body: Any, *, icon: str | None = None) -> DeltaGenerator:
    """A blue box with a message (``st.info``)."""
    return _alert(self, "info", body, icon)


@dg_method
def warning(self: DeltaGenerator, body: Any, *, icon: str | None = None) -> DeltaGenerator:
    """A yellow box with a message (``st.warning``)."""
    return _alert(self, "warning", body, icon)


@dg_method
def error(self: DeltaGenerator, body: Any, *, icon: str | None = None) -> DeltaGenerator:
    """A red box with a message (``st.error``)."""
    return _alert(self, "error", body, icon)


def user_traceback(exc: BaseException) -> list[str]:
    """The traceback lines that belong to the user's code, not to wasmlit."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__)
              if not os.path.abspath(f.filename).startswith(_PACKAGE_DIR + os.sep)]
    lines = traceback.format_list(frames)
    if isinstance(exc, SyntaxError) and exc.lineno is not None:
        lines += traceback.format_exception_only(type(exc), exc)[:-1]
    return [line.rstrip("\n") for line in lines]


@dg_method
def exception(self: DeltaGenerator, exception: BaseException) -> DeltaGenerator:
    """Show an exception with its traceback (``st.exception``)."""
    message = str(exception)
    if isinstance(exception, SyntaxError):
        message = exception.msg or message
    return self._enqueue("exception", {
        "type": type(exception).__name__,
        "message": message,
        "traceback": user_traceback(exception),
        "is_api_error": isinstance(exception, StreamlitAPIException),
    })


@dg_method
@contextlib.contextmanager
def spinner(self: DeltaGenerator, text: str = "In progress...", *,
            show_time: bool = False) -> Iterator[None]:
    """Show a spinner while the ``with`` block runs (``st.spinner``)."""
    ctx = get_ctx()
    slot = self.empty()
    slot._enqueue("spinner", {"text": str(text), "show_time": show_time})
    ctx.flush()
    try:
        yield
    finally:
        slot.empty()
        ctx.flush()


@dg_method
def toast(self: DeltaGenerator, body: Any, *, icon: str | None = None,
          duration: str | int = "short") -> DeltaGenerator:
    """Show a short message in the corner (``st.toast``)."""
    if not str(body):
        raise StreamlitAPIException("Toast body cannot be blank - please provide a message.")
    ctx = get_ctx()
    return EVENT_DG._enqueue("toast", {"body": str(body), "icon": icon, "duration": duration,
                                       "nonce": ctx.nonce()})


@dg_method
def balloons(self: DeltaGenerator) -> DeltaGenerator:
    """Float balloons up the screen (``st.balloons``)."""
    return self._enqueue("balloons", {"nonce": get_ctx().nonce()})


@dg_method
def snow(self: DeltaGenerator) -> DeltaGenerator:
    """Let snow fall over the screen (``st.snow``)."""
    return self._enqueue("snow", {"nonce": get_ctx().nonce()})
