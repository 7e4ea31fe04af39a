"""Helpers for Playwright tests of a wasmlit app in a real browser.

Named as in Streamlit's own end-to-end suite where a name exists there, so that tests written
for a Streamlit app read the same here::

    from wasmlit.testing.e2e import click_button, expect_markdown

    def test_counter(app):
        click_button(app, "Increment")
        expect_markdown(app, "Count: 1")

Every waiting helper watches the page's ``data-test-script-state`` (never a fixed sleep) and
fails at once, with the app's own message, when Python has stopped working.
"""

from __future__ import annotations

import re
import time
from typing import Any, Callable, Pattern, Union

from playwright.sync_api import Locator, Page, expect

__all__ = [
    "AppCrashed", "app_error", "click_button", "click_checkbox", "click_form_button",
    "click_toggle", "expect_exception", "expect_markdown", "expect_no_exception",
    "fill_number_input", "fill_text_input", "get_button", "get_checkbox", "get_element_by_key",
    "get_expander", "get_markdown", "get_number_input", "get_text_area", "get_text_input",
    "rerun_app", "wait_for_app_loaded", "wait_for_app_run", "wait_until",
]

APP = "[data-testid=stApp]"
IDLE = f"{APP}[data-test-script-state=notRunning]"
#: how long a run may take before a helper gives up (ms); a first load also boots Python
RUN_TIMEOUT_MS = 30_000
LOAD_TIMEOUT_MS = 120_000

PageOrLocator = Union[Page, Locator]
Text = Union[str, Pattern[str]]


class AppCrashed(AssertionError):
    """The page says Python stopped working (or never started): the worker is gone."""


def _page(target: PageOrLocator) -> Page:
    return target if isinstance(target, Page) else target.page


def app_error(page: PageOrLocator) -> str | None:
    """The fatal error the page shows (worker crash, failed boot), or None."""
    box = _page(page).locator("[data-testid=stFatalError]")
    if box.count() == 0:
        return None
    return box.first.inner_text().strip()


def _raise_if_crashed(page: Page) -> None:
    message = app_error(page)
    if message:
        raise AppCrashed(f"the app stopped working:\n{message}")


def wait_for_app_run(page_or_locator: PageOrLocator, wait_delay: int = 0,
                     timeout: float = RUN_TIMEOUT_MS) -> None:
    """Wait until no run is executing or queued.

    Call it after an action that starts a run (a click, typing followed by Enter). The page
    marks the app ``running`` in the same task that sends the event, so the wait cannot miss
    the run it is waiting for. ``wait_delay`` (ms) is accepted for Streamlit compatibility.
    """
    page = _page(page_or_locator)
    page.wait_for_selector(f"{IDLE}, [data-testid=stFatalError]", timeout=timeout)
    _raise_if_crashed(page)
    if wait_delay:
        page.wait_for_timeout(wait_delay)


def wait_for_app_loaded(page: Page, timeout: float = LOAD_TIMEOUT_MS) -> None:
    """Wait until Python has booted and the first run has finished."""
    page.wait_for_selector(
        f"{APP}[data-test-connection-state=CONNECTED][data-test-script-state=notRunning], "
        "[data-testid=stFatalError]", timeout=timeout)
    _raise_if_crashed(page)


def rerun_app(page: Page) -> None:
    """Rerun the script from the top, as the user does with the R key, and wait for it."""
    page.locator("body").press("r")
    wait_for_app_run(page)


def wait_until(page: Page, fn: Callable[[], Any], timeout: float = 5000,
               interval: float = 100) -> None:
    """Poll ``fn`` until it returns a truthy value (or stops raising), at most ``timeout`` ms."""
    deadline = time.monotonic() + timeout / 1000
    last: BaseException | None = None
    while True:
        try:
            if fn():
                return
        except Exception as exc:  # the condition may raise until it holds
            last = exc
        if time.monotonic() > deadline:
            raise TimeoutError(f"condition not met within {timeout} ms") from last
        page.wait_for_timeout(interval)


# ---- lookups by label --------------------------------------------------------------------


def _label_locator(locator: PageOrLocator, label: Text) -> Locator:
    pattern = label if isinstance(label, re.Pattern) else re.compile(rf"^\s*{re.escape(label)}\s*$")
    return locator.locator("label, [data-testid=stWidgetLabel]").filter(has_text=pattern)


def get_button(locator: PageOrLocator, label: Text) -> Locator:
    """The ``stButton`` whose button reads ``label``."""
    return locator.get_by_test_id("stButton").filter(
        has=locator.get_by_role("button", name=label, exact=isinstance(label, str))).first


def get_form_submit_button(locator: PageOrLocator, label: Text) -> Locator:
    return locator.get_by_test_id("stFormSubmitButton").filter(
        has=locator.get_by_role("button", name=label, exact=isinstance(label, str))).first


def get_checkbox(locator: PageOrLocator, label: Text) -> Locator:
    """The ``stCheckbox`` (st.checkbox or st.toggle) labelled ``label``."""
    return locator.get_by_test_id("stCheckbox").filter(has=_label_locator(locator, label)).first


def get_text_input(locator: PageOrLocator, label: Text) -> Locator:
    return locator.get_by_test_id("stTextInput").filter(has=_label_locator(locator, label)).first


def get_text_area(locator: PageOrLocator, label: Text) -> Locator:
    return locator.get_by_test_id("stTextArea").filter(has=_label_locator(locator, label)).first


def get_number_input(locator: PageOrLocator, label: Text) -> Locator:
    return locator.get_by_test_id("stNumberInput").filter(has=_label_locator(locator, label)).first


def get_expander(locator: PageOrLocator, label: Text) -> Locator:
    return locator.get_by_test_id("stExpander").filter(
        has=locator.locator("summary").filter(has_text=label)).first


def get_markdown(locator: PageOrLocator, text: Text) -> Locator:
    """The ``stMarkdown`` element whose text contains ``text`` (or matches a pattern)."""
    return locator.get_by_test_id("stMarkdown").filter(has_text=text).first


def get_element_by_key(locator: PageOrLocator, key: str) -> Locator:
    """The element given ``key=`` (Streamlit's ``st-key-<key>`` class)."""
    css_class = "st-key-" + re.sub(r"[^\w-]", "-", key)
    return locator.locator(f".{css_class}").first


# ---- actions -----------------------------------------------------------------------------


def click_button(page: Page, label: Text) -> None:
    """Click the button labelled ``label`` and wait for the run it starts."""
    get_button(page, label).locator("button").click()
    wait_for_app_run(page)


def click_form_button(page: Page, label: Text) -> None:
    get_form_submit_button(page, label).locator("button").click()
    wait_for_app_run(page)


def click_checkbox(page: Page, label: Text) -> None:
    get_checkbox(page, label).locator("label").first.click()
    wait_for_app_run(page)


click_toggle = click_checkbox


def fill_text_input(locator: PageOrLocator, label: Text, value: str) -> None:
    """Type ``value`` into the text input labelled ``label``, commit it with Enter, wait."""
    field = get_text_input(locator, label).locator("input")
    field.fill(value)
    field.press("Enter")
    wait_for_app_run(locator)


def fill_number_input(locator: Locator, value: float | int) -> None:
    """Fill the number input ``locator`` (an ``stNumberInput``) and commit it with Enter."""
    field = locator.locator("input")
    field.fill(str(value))
    field.press("Enter")
    wait_for_app_run(locator)


# ---- expectations ------------------------------------------------------------------------


def expect_markdown(locator: PageOrLocator, expected: Text) -> None:
    """Some markdown element shows ``expected``."""
    expect(locator.get_by_test_id("stMarkdown").filter(has_text=expected).first).to_be_visible()


def expect_exception(locator: PageOrLocator, expected: Text) -> None:
    """An exception element shows ``expected``."""
    expect(locator.get_by_test_id("stException").filter(has_text=expected).first).to_be_visible()


def expect_no_exception(locator: PageOrLocator) -> None:
    expect(locator.get_by_test_id("stException")).to_have_count(0)
