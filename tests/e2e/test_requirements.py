"""Requirements: a wheel shipped in the site installs offline; a package that cannot be
installed is named on screen and the app still starts."""

import re

from playwright.sync_api import expect


def test_shipped_wheel_installs_and_a_missing_package_is_reported(app_page, chromium, server_url):
    context = chromium.new_context()
    try:
        # offline but for the site itself
        context.route(re.compile(r"^https?://(?!127\.0\.0\.1)"), lambda route: route.abort())
        page = context.new_page()
        page.goto(f"{server_url}/requirements/")
        page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]",
                               timeout=90_000)
        expect(page.get_by_text("hello from a wheel")).to_be_visible()
        notice = page.get_by_test_id("stNotice")
        expect(notice).to_contain_text("wasmlit-no-such-package-zzz")
        expect(notice).not_to_contain_text("wlhello")
    finally:
        context.close()
