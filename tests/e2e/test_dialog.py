"""st.dialog: a modal with role=dialog named by its title; Esc closes it in the page; a
widget inside reruns the dialog; st.rerun() from it closes it."""

from playwright.sync_api import expect


def test_dialog_opens_closes_on_escape_and_submits(app_page):
    app = app_page("dialog")
    page = app.page
    app.click("A")
    dialog = page.get_by_role("dialog", name="Cast your vote")
    expect(dialog).to_be_visible()
    expect(dialog).to_have_attribute("data-testid", "stDialog")
    expect(dialog.get_by_text("Why is A your favorite?")).to_be_visible()
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()

    app.click("B")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_text("Why is B your favorite?")).to_be_visible()
    dialog.get_by_label("Because...").fill("it is second")
    dialog.get_by_label("Because...").press("Enter")
    app.wait_idle()
    expect(dialog).to_be_visible()
    dialog.get_by_role("button", name="Submit").click()
    app.wait_idle()
    expect(page.get_by_role("dialog")).to_have_count(0)
    expect(page.get_by_text("You voted for B because it is second")).to_be_visible()
