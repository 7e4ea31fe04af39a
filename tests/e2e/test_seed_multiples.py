"""The seed page's third example, verbatim (demo/seed_multiples.py): st.rerun() from a
fragment on every fifth click, and a toast whose markdown is a heading."""

from playwright.sync_api import expect


def test_header_moves_only_on_every_fifth_click(app_page):
    app = app_page("seed_multiples")
    header = app.page.get_by_test_id("stHeading")
    expect(header).to_have_text("Multiples of five clicks: 0")
    for _ in range(4):
        app.click("Plus one!")
        expect(header).to_have_text("Multiples of five clicks: 0")
    app.click("Plus one!")
    expect(header).to_have_text("Multiples of five clicks: 1")
    for _ in range(4):
        app.click("Plus one!")
        expect(header).to_have_text("Multiples of five clicks: 1")
    app.click("Plus one!")
    expect(header).to_have_text("Multiples of five clicks: 2")


def test_check_click_count_shows_a_toast_with_a_heading(app_page):
    app = app_page("seed_multiples")
    for _ in range(3):
        app.click("Plus one!")
    app.click("Check click count")
    toast = app.page.get_by_test_id("stToast")
    expect(toast).to_be_visible()
    heading = toast.get_by_test_id("stToastText").locator("h2")
    expect(heading).to_have_text("Total clicks: 3")
    expect(app.page.get_by_test_id("stHeading")).to_have_text("Multiples of five clicks: 0")
    # toasts go away by themselves (about 4 s)
    expect(toast).to_be_hidden(timeout=10_000)
