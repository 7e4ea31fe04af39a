"""st.dialog options of Streamlit 1.48+: dismissible=False keeps the dialog until the script
closes it; on_dismiss reruns the app when the user dismisses it (Esc, X, outside click)."""

from playwright.sync_api import expect


def test_undismissible_dialog_ignores_escape_and_outside_clicks(app_page):
    app = app_page("layout_dialog")
    page = app.page
    app.click("Open locked")
    dialog = page.get_by_role("dialog", name="Locked")
    expect(dialog).to_be_visible()
    expect(dialog).to_have_attribute("data-width", "large")
    expect(dialog.get_by_role("button", name="Close", exact=True)).to_be_hidden()
    page.keyboard.press("Escape")
    page.mouse.click(5, 5)
    expect(dialog).to_be_visible()
    dialog.get_by_role("button", name="Close it").click()
    app.wait_idle()
    expect(page.get_by_role("dialog")).to_have_count(0)


def test_dismissing_a_dialog_with_on_dismiss_reruns_the_app(app_page):
    app = app_page("layout_dialog")
    page = app.page
    expect(page.get_by_text("runs=1 dismissed=0")).to_be_visible()
    app.click("Open tracked")
    dialog = page.get_by_role("dialog", name="Tracked")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_text("💬")).to_be_visible()
    page.keyboard.press("Escape")
    app.wait_idle()
    expect(page.get_by_text("runs=3 dismissed=1")).to_be_visible()
    expect(page.get_by_role("dialog")).to_have_count(0)

    app.click("Open tracked")
    dialog.get_by_role("button", name="Close", exact=True).click()
    app.wait_idle()
    expect(page.get_by_text("runs=5 dismissed=2")).to_be_visible()

    app.click("Open tracked")
    expect(dialog).to_be_visible()
    page.mouse.click(5, 5)  # outside the dialog
    app.wait_idle()
    expect(page.get_by_text("runs=7 dismissed=3")).to_be_visible()


def test_a_plain_dialog_closes_on_escape_x_or_outside_click_without_a_rerun(app_page):
    app = app_page("layout_dialog")
    page = app.page
    dialog = page.get_by_role("dialog", name="Plain")
    for close in ("Escape", "X", "outside"):
        app.click("Open plain")
        expect(dialog).to_be_visible()
        runs = page.get_by_text("runs=").inner_text()
        if close == "Escape":
            page.keyboard.press("Escape")
        elif close == "X":
            dialog.get_by_role("button", name="Close", exact=True).click()
        else:
            page.mouse.click(1050, 700)
        expect(dialog).to_be_hidden()
        app.wait_idle()
        assert page.get_by_text("runs=").inner_text() == runs  # no rerun
    app.click("Open plain")
    box = dialog.bounding_box()
    assert 490 <= box["width"] <= 510 and box["x"] < 100  # width=500, position="left"
