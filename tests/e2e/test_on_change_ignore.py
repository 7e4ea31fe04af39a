"""on_change="ignore" in the page: the user's change starts no run; the next run sees it."""

from playwright.sync_api import expect


def test_an_ignored_change_waits_for_the_next_run(app_page):
    app = app_page("on_change_ignore")
    page = app.page
    status = page.get_by_test_id("stText")
    expect(status).to_have_text("runs=1 quiet=False loud=False")
    page.get_by_text("Quiet", exact=True).click()
    app.wait_idle()
    expect(page.get_by_role("checkbox", name="Quiet")).to_be_checked()  # the page keeps it
    expect(status).to_have_text("runs=1 quiet=False loud=False")  # and nothing ran
    page.get_by_text("Loud", exact=True).click()
    app.wait_idle()
    expect(status).to_have_text("runs=2 quiet=True loud=True")
