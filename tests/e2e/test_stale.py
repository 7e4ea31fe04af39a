"""B27: while a run lasts, what it may still rewrite and has not reached yet is dimmed
(`data-stale="true"` on the element's stElementContainer); the rest of the app is not."""

from playwright.sync_api import expect


def element_with_text(app, text):
    return app.page.get_by_test_id("stElementContainer").filter(
        has=app.page.get_by_text(text, exact=True))


def test_a_slow_fragment_run_dims_only_what_the_fragment_has_not_reached(app_page):
    app = app_page("slow_fragment")
    app.page.get_by_role("button", name="Slow rerun").click()
    expect(element_with_text(app, "inside, after the sleep")).to_have_attribute(
        "data-stale", "true")
    expect(app.app).to_have_attribute("data-test-script-state", "running")
    for outside in ("outside the fragment", "after the fragment"):
        expect(element_with_text(app, outside)).not_to_have_attribute("data-stale", "true")
    button = app.page.get_by_test_id("stElementContainer").filter(
        has=app.page.get_by_role("button", name="Slow rerun"))
    expect(button).not_to_have_attribute("data-stale", "true")  # the script is past it
    app.wait_idle()
    expect(app.page.locator("[data-stale=true]")).to_have_count(0)
