"""Status elements in Chromium: alerts, exception, progress, spinner with elapsed time,
st.status states, toasts that leave on their own, balloons and snow that remove themselves."""

import re

from playwright.sync_api import expect


def test_alerts_exception_and_progress_use_streamlits_testids(app_page):
    app = app_page("status_feedback")
    page = app.page
    alerts = page.get_by_test_id("stAlert")
    expect(alerts).to_have_count(4)
    success = page.get_by_test_id("stAlertContentSuccess")
    expect(success).to_contain_text("Saved")
    expect(success.get_by_text("✅")).to_be_visible()
    expect(page.get_by_test_id("stAlertContentInfo")).to_have_text("Plain info")
    warning = page.get_by_test_id("stAlertContentWarning")
    expect(warning.get_by_test_id("stMarkdownContainer")).to_have_text("Leading icon")
    expect(warning.get_by_text("🔥")).to_be_visible()
    error = page.get_by_test_id("stAlertContentError")
    expect(error).to_contain_text("Failure")
    expect(error).to_contain_text("Broken")
    expect(alerts.first.get_by_test_id("stAlertContainer")).to_be_visible()

    exc = page.get_by_test_id("stException")
    expect(exc.get_by_test_id("stExceptionMessage")).to_contain_text("ValueError")
    expect(exc.get_by_test_id("stExceptionMessage")).to_contain_text("bad value")
    expect(exc).to_contain_text("Traceback")

    progress = page.get_by_test_id("stProgress")
    expect(progress).to_have_count(1)  # bar.progress() moved the same bar
    expect(progress.get_by_role("progressbar")).to_have_attribute("aria-valuenow", "40")
    expect(progress).to_contain_text("Loading 40%")


def test_spinner_shows_elapsed_seconds_while_the_block_runs(app_page):
    app = app_page("status_feedback")
    page = app.page
    page.get_by_role("button", name="Work").click()
    spinner = page.get_by_test_id("stSpinner")
    expect(spinner).to_be_visible()
    expect(spinner).to_contain_text("Crunching...")
    expect(spinner).to_contain_text(re.compile(r"\(\d+\.\d seconds\)"))
    app.wait_idle()
    expect(spinner).to_have_count(0)
    expect(page.get_by_text("work done")).to_be_visible()


def test_status_shows_complete_or_error_when_its_block_ends(app_page):
    app = app_page("status_feedback")
    page = app.page
    app.click("Status")
    status = page.get_by_test_id("stExpander").filter(has_text="Downloading data...")
    expect(status.get_by_test_id("stExpanderIconCheck")).to_be_visible()
    expect(status.get_by_test_id("stExpanderDetails").get_by_text("step 1")).to_be_visible()
    expect(page.get_by_text("status done")).to_be_visible()
    app.click("Failing status")
    risky = page.get_by_test_id("stExpander").filter(has_text="Risky")
    expect(risky.get_by_test_id("stExpanderIconError")).to_be_attached()
    expect(page.get_by_test_id("stException").last).to_contain_text("went wrong")


def test_toast_shows_markdown_with_icon_and_leaves_after_its_duration(app_page):
    app = app_page("status_feedback")
    page = app.page
    app.click("Toast")
    toast = page.get_by_test_id("stToast")
    expect(toast).to_be_visible()
    expect(toast.get_by_test_id("stToastText")).to_have_text("Hello toast")
    expect(toast.locator("strong")).to_have_text("toast")
    expect(toast.get_by_text("🎉")).to_be_visible()
    expect(toast).to_be_hidden(timeout=6000)  # duration=2


def test_a_toast_outlives_the_rerun_that_follows_it(app_page):
    app = app_page("status_feedback")
    page = app.page
    app.click("Toast then rerun")
    toast = page.get_by_test_id("stToast").filter(has_text="Saved before the rerun")
    expect(toast).to_be_visible()
    app.click("Noop")  # another run: the toast still finishes its own time
    expect(toast).to_be_visible()
    toast.get_by_role("button", name="Close").click()
    expect(toast).to_have_count(0)


def test_balloons_and_snow_play_and_remove_themselves(app_page):
    app = app_page("status_feedback")
    page = app.page
    app.click("Balloons")
    balloons = page.get_by_test_id("stBalloons")
    expect(balloons.locator(".wl-balloon").first).to_be_visible()
    expect(balloons.locator(".wl-balloon")).to_have_count(0, timeout=10000)
    app.click("Snow")
    snow = page.get_by_test_id("stSnow")
    expect(snow.locator(".wl-snowflake").first).to_be_visible()
    expect(snow.locator(".wl-snowflake")).to_have_count(0, timeout=12000)
