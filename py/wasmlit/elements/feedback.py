"""Status and feedback: alerts, exception, progress, spinner, toast, balloons, snow.

(``st.status`` is a container and lives in layout.py.)
"""

from __future__ import annotations

import contextlib
import math
import os
import re
import traceback
from typing import Any, Iterator

from wasmlit.delta_generator import EVENT, EVENT_DG, DeltaGenerator, dg_method
from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.context import get_ctx

_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


_MATERIAL = re.compile(r"^:material/[a-z0-9_]+:$")
_EMOJI_JOINERS = {"\u200d", "\ufe0f", "\ufe0e", "\u20e3"}


def validate_icon(icon: Any) -> str | None:
    """An icon argument: None, a single emoji, or a ``:material/name:`` shortcode."""
    if icon is None or icon == "":
        return None
    text = str(icon).strip()
    if text.startswith(":material"):
        if _MATERIAL.match(text):
            return text
        shown = text.replace("/", "\u200b/")
        raise StreamlitAPIException(
            f'The value `"{shown}"` is not a valid Material icon. '
            "Please use a Material icon shortcode like **`:material\u200b/thumb_up:`**.")
    # An emoji is one short grapheme: no ASCII letters or spaces, at most a few code points
    # (skin tones, joiners, flags and keycaps).
    if 0 < len(text) <= 11 and not any(c.isascii() and (c.isalpha() or c.isspace())
                                       for c in text) \
            and any(not c.isascii() and c not in _EMOJI_JOINERS for c in text):
        return text
    raise StreamlitAPIException(
        f'The value "{text}" is not a valid icon. Please use a single emoji or a Material '
        "icon shortcode like `:material\u200b/thumb_up:`.")


_LEADING_MATERIAL = re.compile(r"^:material/[a-z0-9_]+:\s*")
_LEADING_EMOJI = re.compile(
    "^([\U0001F1E6-\U0001F1FF]{2}|(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF"
    "\u2300-\u23FF][\U0001F3FB-\U0001F3FF\uFE0F\u20E3]*(?:\u200D[\U0001F000-\U0001FAFF"
    "\u2600-\u27BF][\U0001F3FB-\U0001F3FF\uFE0F]*)*))\\s*")


def split_leading_icon(body: str) -> tuple[str, str | None]:
    """Streamlit takes a leading emoji or ``:material/x:`` of an alert body as its icon."""
    m = _LEADING_MATERIAL.match(body)
    if m:
        return body[m.end():], m.group(0).strip()
    m = _LEADING_EMOJI.match(body)
    if m and m.end() < len(body):
        return body[m.end():], m.group(1)
    return body, None


def _alert(dg: DeltaGenerator, variant: str, body: Any, icon: str | None, width: Any,
           title: Any) -> DeltaGenerator:
    text = str(body)
    if icon is None:
        text, icon = split_leading_icon(text)
    return dg._enqueue("alert", {"variant": variant, "body": text,
                                 "icon": validate_icon(icon),
                                 "title": None if title is None else str(title),
                                 "width": width if isinstance(width, (str, int)) else "stretch"})


@dg_method
def success(self: DeltaGenerator, body: Any, *, icon: str | None = None,
            width: Any = "stretch", title: Any = None) -> DeltaGenerator:
    """A green box with a message (``st.success``)."""
    return _alert(self, "success", body, icon, width, title)


@dg_method
def info(self: DeltaGenerator, body: Any, *, icon: str | None = None,
         width: Any = "stretch", title: Any = None) -> DeltaGenerator:
    """A blue box with a message (``st.info``)."""
    return _alert(self, "info", body, icon, width, title)


@dg_method
def warning(self: DeltaGenerator, body: Any, *, icon: str | None = None,
            width: Any = "stretch", title: Any = None) -> DeltaGenerator:
    """A yellow box with a message (``st.warning``)."""
    return _alert(self, "warning", body, icon, width, title)


@dg_method
def error(self: DeltaGenerator, body: Any, *, icon: str | None = None,
          width: Any = "stretch", title: Any = None) -> DeltaGenerator:
    """A red box with a message (``st.error``)."""
    return _alert(self, "error", body, icon, width, title)


def user_traceback(exc: BaseException) -> list[str]:
    """The traceback lines that belong to the user's code, not to wasmlit."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__)
              if not os.path.abspath(f.filename).startswith(_PACKAGE_DIR + os.sep)]
    lines = traceback.format_list(frames)
    if isinstance(exc, SyntaxError) and exc.lineno is not None:
        lines += traceback.format_exception_only(type(exc), exc)[:-1]
    return [line.rstrip("\n") for line in lines]


@dg_method
def exception(self: DeltaGenerator, exception: BaseException,
              width: Any = "stretch") -> DeltaGenerator:
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


def show_uncaught(dg: DeltaGenerator, exc: BaseException) -> DeltaGenerator:
    """An exception the script did not catch, shown as ``client.showErrorDetails`` allows
    (spec B48): "full" shows it all; "stacktrace" hides the message; "type" also the
    traceback; "none" also the type. What is hidden goes to the browser's console."""
    from wasmlit import config

    show_message, show_trace, show_type = config.error_details()
    if show_message:
        return exception(dg, exc)
    import sys

    print("".join(traceback.format_exception(exc)), file=sys.stderr, end="")
    return dg._enqueue("exception", {
        "type": type(exc).__name__ if show_type else "",
        "message": config.REDACTED_MESSAGE,
        "traceback": user_traceback(exc) if show_trace else [],
        "is_api_error": isinstance(exc, StreamlitAPIException) and show_type,
    })


def _progress_value(value: Any) -> int:
    if isinstance(value, bool):
        raise StreamlitAPIException("Invalid `value` type. Expected one of: int, float. "
                                    "Provided type: bool.")
    if isinstance(value, int):
        if not 0 <= value <= 100:
            raise StreamlitAPIException(f"The `value` parameter, set to {value}, is outside the "
                                        "required range [0, 100].")
        return value
    if isinstance(value, float):
        if not (0.0 <= value <= 1.0 or math.isclose(value, 0.0, abs_tol=1e-9)
                or math.isclose(value, 1.0, abs_tol=1e-9)):
            raise StreamlitAPIException(f"The `value` parameter, set to {value}, is outside the "
                                        "required range [0.0, 1.0].")
        return min(100, max(0, int(value * 100)))
    raise StreamlitAPIException("Invalid `value` type. Expected one of: int, float. Provided "
                                f"type: {type(value).__name__}.")


@dg_method
def progress(self: DeltaGenerator, value: Any, text: str | None = None,
             width: Any = "stretch") -> DeltaGenerator:
    """A progress bar (``st.progress``): an int 0-100 or a float 0.0-1.0. Call ``.progress``
    on what it returns to move the same bar."""
    return self._enqueue("progress", {"value": _progress_value(value),
                                      "text": None if text is None else str(text)})


@dg_method
@contextlib.contextmanager
def spinner(self: DeltaGenerator, text: str = "In progress...", *, show_time: bool = False,
            _cache: bool = False, width: Any = "content") -> Iterator[None]:
    """Show a spinner while the ``with`` block runs (``st.spinner``); ``show_time`` adds
    the elapsed seconds."""
    ctx = get_ctx()
    slot = self.empty()
    slot._enqueue("spinner", {"text": str(text), "show_time": bool(show_time)})
    ctx.flush()
    try:
        yield
    finally:
        slot.empty()
        ctx.flush()


_TOAST_SECONDS = {"short": 4, "long": 10, "infinite": 0}


@dg_method
def toast(self: DeltaGenerator, body: Any, *, icon: str | None = None,
          duration: Any = "short") -> DeltaGenerator:
    """Show a short message in the corner (``st.toast``); what it returns updates that toast
    in place."""
    if body is None or not str(body):
        raise StreamlitAPIException("The `body` parameter is required. Please provide a "
                                    "message.")
    if isinstance(duration, str) and duration in _TOAST_SECONDS:
        seconds = _TOAST_SECONDS[duration]
    elif isinstance(duration, int) and not isinstance(duration, bool) and duration > 0:
        seconds = duration
    else:
        raise StreamlitAPIException("Invalid `duration` value. Supported values: short, long, "
                                    "infinite, a positive integer.")
    props = {"body": str(body), "icon": validate_icon(icon), "duration": seconds,
             "nonce": get_ctx().nonce()}
    if self._locked is not None and self._locked[0] == EVENT:
        return self._enqueue("toast", props)  # msg.toast(...): the same toast, new text
    return EVENT_DG._enqueue("toast", props)


@dg_method
def balloons(self: DeltaGenerator) -> DeltaGenerator:
    """Float balloons up the screen (``st.balloons``)."""
    return self._enqueue("balloons", {"nonce": get_ctx().nonce()})


@dg_method
def snow(self: DeltaGenerator) -> DeltaGenerator:
    """Let snow fall over the screen (``st.snow``)."""
    return self._enqueue("snow", {"nonce": get_ctx().nonce()})
