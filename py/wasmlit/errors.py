"""Exceptions: Streamlit's public names and messages, plus wasmlit's own.

Control flow (rerun, stop) derives from BaseException so that a script's
``except Exception:`` cannot swallow it (spec B40).
"""

from __future__ import annotations

from typing import Any


class StreamlitAPIException(Exception):
    """API misuse; shown in the app where it happened."""


class StreamlitFragmentWidgetsNotAllowedOutsideError(StreamlitAPIException):
    pass


class StreamlitBadTimeStringError(StreamlitAPIException):
    pass


class StreamlitDuplicateElementKey(StreamlitAPIException):
    pass


class StreamlitDuplicateElementId(StreamlitAPIException):
    pass


class StreamlitInvalidFormCallbackError(StreamlitAPIException):
    pass


class StreamlitValueAssignmentNotAllowedError(StreamlitAPIException):
    pass


class StreamlitValueError(StreamlitAPIException):
    """A parameter outside its known set of values (Streamlit 1.67's message)."""

    def __init__(self, parameter: str, valid_values: list[str]) -> None:
        super().__init__(f"Invalid `{parameter}` value. Supported values: "
                         f"{', '.join(valid_values)}.")


class StreamlitInvalidParameterTypeError(StreamlitAPIException):
    """A parameter of an unsupported type (Streamlit 1.67's message)."""

    def __init__(self, parameter: str, provided_type: str, expected_types: list[str]) -> None:
        super().__init__(f"Invalid `{parameter}` type. Expected one of: "
                         f"{', '.join(expected_types)}. Provided type: {provided_type}.")


class StreamlitMissingRequiredParameterError(StreamlitAPIException):
    """A required parameter given as None (Streamlit 1.67's message)."""

    def __init__(self, parameter: str, detail: str = "") -> None:
        super().__init__(f"The `{parameter}` parameter is required." + (f" {detail}" if detail
                                                                          else ""))


class StreamlitIncompatibleParametersError(StreamlitAPIException):
    """Parameter uses that cannot be combined (Streamlit 1.67's message)."""

    def __init__(self, first_use: str, second_use: str, *other_uses: str,
                 explanation: str | None = None) -> None:
        quoted = [f"`{use}`" for use in (first_use, second_use, *other_uses)]
        uses = (f"{quoted[0]} and {quoted[1]}" if len(quoted) == 2
                else ", ".join(quoted[:-1]) + f", and {quoted[-1]}")
        super().__init__(f"{uses} cannot be used together."
                         + (f" {explanation}" if explanation else ""))


class FragmentHandledException(Exception):
    """Raised by a fragment wrapper after it showed its body's exception in place, so that
    the rest of a full run stops (B46)."""


class NoSessionContext(RuntimeError):
    """A wasmlit command was used outside a running script."""


class ProtocolError(ValueError):
    """A message between worker and page that is not in the schema."""


class RerunRequested(BaseException):
    """Ends the current run early; another run follows."""

    def __init__(self, scope: str = "app", fragment_ids: Any = None) -> None:
        super().__init__(scope)
        self.scope = scope
        self.fragment_ids = list(fragment_ids or [])


class StopRequested(BaseException):
    """Ends the current run (``st.stop()`` or the page's Stop control)."""


M1_SIDEBAR = (
    "Calling `st.sidebar` in a function wrapped with `st.fragment` is not supported. "
    "To write elements to the sidebar with a fragment, call your fragment function inside "
    "a `with st.sidebar` context manager."
)
M2_WIDGETS_OUTSIDE = "Fragments cannot write widgets to outside containers."
M3_SCOPE_FRAGMENT = (
    'scope="fragment" can only be specified from `@st.fragment`-decorated functions during '
    "fragment reruns."
)
M5_BAD_TIME = (
    "Time string doesn't look right. It should be formatted as"
    "`'1d2h34m'` or `2 days`, for example. Got: {value}"
)
M7_MISSING_FRAGMENT = "Could not find fragment with id {fragment_id}"
M9_DIALOG_TITLE = (
    "A non-empty `title` argument has to be provided for dialogs, for example "
    '`@st.dialog("Example Title")`.'
)
M10_ONE_DIALOG = (
    "Only one dialog is allowed to be opened at the same time. Please make sure to not call a "
    "dialog-decorated function more than once in a script run."
)
M11_NESTED_DIALOG = "Dialogs may not be nested inside other dialogs."
M12_RERUN_IN_CALLBACK = "Calling st.rerun() within a callback is a no-op."
M13_EXPERIMENTAL_FRAGMENT = (
    "Please replace `st.experimental_fragment` with `st.fragment`.\n\n"
    "`st.experimental_fragment` will be removed after 2025-01-01."
)
M14_EXPERIMENTAL_DIALOG = (
    "Please replace `st.experimental_dialog` with `st.dialog`.\n\n"
    "`st.experimental_dialog` will be removed after 2025-01-01."
)
M15_NESTED_FORM = "Forms cannot be nested in other forms."
M16_FORM_CALLBACK = (
    "Within a form, callbacks can only be defined on `st.form_submit_button`. Defining "
    "callbacks on other widgets inside a form is not allowed."
)
M17_DUPLICATE_KEY = (
    "There are multiple elements with the same `key='{user_key}'`. To fix this, please make "
    "sure that the `key` argument is unique for each element you create."
)
M18_DUPLICATE_ID = (
    "There are multiple `{element_type}` elements with the same auto-generated ID. When this "
    "element is created, it is assigned an internal ID based on the element type and provided "
    "parameters. Multiple elements with the same type and parameters will cause this error.\n\n"
    "To fix this error, please pass a unique `key` argument to the `{element_type}` element."
)
M21_FRAGMENT_GONE = (
    "The fragment with id {fragment_id} does not exist anymore - it might have been removed "
    "during a preceding full-app rerun."
)
