"""components.v1.html runs its scripts in a sandboxed frame that cannot reach the app."""

from playwright.sync_api import expect


def test_component_html_runs_its_script_but_cannot_touch_the_page(app_page):
    app = app_page("embed_html")
    frame_el = app.page.get_by_test_id("stIFrame")
    expect(frame_el).to_have_attribute("sandbox", "allow-scripts allow-forms allow-popups "
                                       "allow-popups-to-escape-sandbox allow-modals "
                                       "allow-downloads")
    frame = app.page.frame_locator("[data-testid=stIFrame]")
    expect(frame.locator("body")).to_contain_text("script ran inside the frame / parent blocked")
    assert app.page.evaluate("window.__pwned") is None
    assert app.page.title() != "pwned"
    frame.locator("body").evaluate("body => { body.dataset.mark = 'kept'; }")
    app.click("Rerun")
    # an unchanged component is not reloaded: what happened inside the frame stays
    expect(frame.locator("body")).to_have_attribute("data-mark", "kept")
