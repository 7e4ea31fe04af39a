"""wasmlit's pytest plugin on its own suite: `app` opens counter.py, the file beside this one."""

from playwright.sync_api import Page, expect

from wasmlit.testing.e2e import (click_button, click_checkbox, expect_markdown,
                                 expect_no_exception, get_element_by_key, wait_for_app_run)


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
