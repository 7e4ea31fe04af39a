"""st.button's 1.67 options in Chromium: a keyboard shortcut clicks the button (and shows on
it), width content/stretch/pixels, icon_position, wrap=False; checkbox/toggle width."""

from playwright.sync_api import expect


def test_a_shortcut_clicks_its_button_but_not_while_typing(app_page):
    app = app_page("buttons_options")
    page = app.page
    save = page.get_by_role("button", name="Save")
    expect(save).to_have_attribute("aria-keyshortcuts", "Control+S")
    expect(save.locator("kbd")).to_have_text("Ctrl+S")
    # the icon comes after the label (icon_position="right")
    expect(save.locator(":scope > *").first).to_have_class("wl-button-label")
    page.locator("body").press("Control+s")
    app.wait_idle()
    expect(page.get_by_text("saved", exact=True)).to_be_visible()

    field = page.get_by_label("Field")
    field.press("n")  # typing in a field: no modifier, so not the shortcut
    app.wait_idle()
    expect(field).to_have_value("n")
    expect(page.get_by_text("next", exact=True)).to_have_count(0)
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("n")
    app.wait_idle()
    expect(page.get_by_text("next", exact=True)).to_be_visible()


def test_widths_and_wrap(app_page):
    app = app_page("buttons_options")
    page = app.page
    main = page.get_by_test_id("stMainBlockContainer")
    main_width = main.bounding_box()["width"]

    def width(name: str) -> float:
        return page.get_by_role("button", name=name).bounding_box()["width"]

    assert width("Wide") > main_width * 0.9
    assert abs(width("Fixed") - 200) < 2
    assert width("Next") < 150  # "content": fits its label
    long = page.get_by_role("button", name="A very long label")
    assert abs(long.bounding_box()["width"] - 120) < 2
    assert long.bounding_box()["height"] < 50, "wrap=False keeps one line"
    expect(long.locator(".wl-button-label")).to_have_attribute(
        "title", "A very long label that will not fit in the narrow button at all")

    agree = page.get_by_test_id("stCheckbox").filter(has_text="Agree")
    assert agree.bounding_box()["width"] > main_width * 0.9
    switch = page.get_by_test_id("stCheckbox").filter(has_text="Switch")
    assert abs(switch.bounding_box()["width"] - 180) < 2
