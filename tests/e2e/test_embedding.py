"""Embedding: <wasmlit-app> (inline or src=) and mount(); several apps on one page, each in
its own worker, independent of each other."""

from playwright.sync_api import expect


def test_three_apps_on_one_page_run_independently(app_page):
    app = app_page("seed_counters", wait=False, path="embed.html")
    page = app.page
    apps = page.get_by_test_id("stApp")
    expect(apps).to_have_count(3)
    for i in range(3):
        expect(apps.nth(i)).to_have_attribute("data-test-script-state", "notRunning", timeout=90_000)
    inline, from_src, mounted = apps.nth(0), apps.nth(1), apps.nth(2)
    expect(inline.get_by_text("Inline app: 0 < 10")).to_be_visible()
    expect(from_src.get_by_text("Full app says it ran 1 times.")).to_be_visible()
    expect(mounted.get_by_text("Hello from mount()")).to_be_visible()

    inline.get_by_role("button", name="Count").click()
    expect(inline).to_have_attribute("data-test-script-state", "notRunning")
    expect(inline.get_by_text("Inline app: 1 < 10")).to_be_visible()
    expect(from_src.get_by_text("Full app says it ran 1 times.")).to_be_visible()

    from_src.get_by_role("button", name="Rerun full app").click()
    expect(from_src).to_have_attribute("data-test-script-state", "notRunning")
    expect(from_src.get_by_text("Full app says it ran 2 times.")).to_be_visible()
    expect(inline.get_by_text("Inline app: 1 < 10")).to_be_visible()
    assert page.evaluate("document.querySelectorAll('wasmlit-app').length") == 2
