"""No text a script passes to a layout or status element runs code: alert bodies and titles,
expander/tab/popover/status labels, progress text, toast text and dialog titles."""

from playwright.sync_api import expect


def test_labels_and_bodies_render_as_text_and_run_no_script(app_page):
    app = app_page("layout_xss")
    page = app.page
    dialog = page.get_by_role("dialog")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text('dialog <img src=x onerror="window.__pwned=1">')
    for testid, text in [
        ("stAlertContentSuccess", "alert <img src=x"),
        ("stAlertContentError", "title <img src=x"),
        ("stExpander", "expander <img src=x"),
        ("stTabs", "tab2 <svg onload"),
        ("stPopover", "popover <img src=x"),
        ("stProgress", "progress <img src=x"),
        ("stToast", "toast <img src=x"),
    ]:
        expect(page.get_by_test_id(testid).first).to_contain_text(text)
    expect(page.get_by_test_id("stExpander").filter(has_text="status <svg")).to_have_count(1)
    app_root = page.get_by_test_id("stApp")
    expect(app_root.locator("img, script:not([type]), svg[onload], [onerror]")).to_have_count(0)
    expect(app_root.locator("a[href^='javascript']")).to_have_count(0)
    assert page.evaluate("window.__pwned") is None
