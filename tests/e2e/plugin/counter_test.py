"""wasmlit's pytest plugin on its own suite: `app` opens counter.py, the file beside this one."""

import pytest
from playwright.sync_api import Page, expect

from wasmlit.testing.e2e import (click_button, click_checkbox, expect_markdown,
                                 expect_no_exception, get_element_by_key, rerun_app,
                                 wait_for_app_run)


def test_app_is_the_neighbour_script_after_its_first_run(app: Page, app_base_url: str,
                                                         app_port: int):
    assert app.url == app_base_url == f"http://127.0.0.1:{app_port}/"
    expect(app.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning")
    expect_markdown(app, "Count: 0")
    expect_no_exception(app)


def test_helpers_click_and_wait_for_the_run(app: Page):
    click_button(app, "Increment")
    expect_markdown(app, "Count: 1")
    click_checkbox(app, "Show details")
    expect(app.get_by_text("Details are shown")).to_be_visible()
    expect(get_element_by_key(app, "box")).to_contain_text("Inside the keyed container")


def test_wait_for_app_run_sees_a_run_started_by_a_raw_click(app: Page):
    for _ in range(3):
        app.get_by_role("button", name="Increment").click()
    wait_for_app_run(app)
    expect_markdown(app, "Count: 3")


def test_rerun_app_reruns_the_script(app: Page):
    expect_markdown(app, "Runs: 1")
    rerun_app(app)
    expect_markdown(app, "Runs: 2")


def test_themed_app_opens_the_app_in_light_and_dark(themed_app: Page, request):
    dark = "dark_theme" in request.node.callspec.id
    background = themed_app.evaluate(
        "() => getComputedStyle(document.querySelector('[data-testid=stApp]')).backgroundColor")
    channels = [int(c) for c in background[background.index("(") + 1:-1].split(",")[:3]]
    assert (sum(channels) < 200) == dark, background
    expect_markdown(themed_app, "Count: 0")


@pytest.mark.parametrize("app_with_query_params", [{"name": "Ada"}], indirect=True)
def test_app_with_query_params_opens_the_app_with_them(app_with_query_params):
    page, params = app_with_query_params
    assert params == {"name": "Ada"}
    expect_markdown(page, "Hello, Ada")
