"""Choice widgets in the sidebar, columns, forms and fragments; no text they show runs code."""

from playwright.sync_api import expect


def line(app, prefix):
    return app.page.get_by_test_id("stText").filter(has_text=prefix)


def test_choice_widgets_work_in_sidebar_and_columns(app_page):
    app = app_page("choices_scopes")
    page = app.page
    sidebar = page.get_by_test_id("stSidebar")
    sidebar.get_by_label("Side pick").click()
    sidebar.get_by_role("option", name="south").click()
    app.wait_idle()
    expect(line(app, "side=")).to_have_text("side=['south']")
    column = page.get_by_test_id("stColumn")
    column.nth(0).get_by_role("button", name="grid").click()
    app.wait_idle()
    column.nth(1).get_by_label("Column color").fill("#123456")
    app.wait_idle()
    expect(line(app, "col_mode=")).to_have_text("col_mode=grid col_color=#123456")
    expect(column.nth(0).get_by_test_id("stBaseButton-segmented_controlActive")).to_have_text("grid")


def test_choice_widgets_in_a_form_send_on_submit_only(app_page):
    app = app_page("choices_scopes")
    page = app.page
    form = page.get_by_test_id("stForm")
    form.get_by_label("Toppings").click()
    form.get_by_role("option", name="olives").click()
    toppings = form.get_by_label("Toppings")
    toppings.press("ArrowDown")  # "Select all"
    toppings.press("ArrowDown")
    expect(toppings).to_have_attribute("aria-activedescendant", form.locator(".wl-active").get_attribute("id"))
    expect(form.locator(".wl-active")).to_have_text("cheese")
    toppings.press("Enter")
    toppings.press("Escape")
    form.get_by_label("Heat").fill("2")
    form.get_by_label("Shade").fill("#abcdef")
    expect(form.get_by_test_id("stMultiSelectTag")).to_have_text(["olives", "cheese"])
    expect(app.app).to_have_attribute("data-test-script-state", "notRunning")
    expect(line(app, "full runs")).to_have_text("full runs: 1")
    expect(line(app, "order")).to_have_text(
        "order toppings=[] heat=mild shade=#000000 sent=False")
    form.get_by_role("button", name="Order").click()
    app.wait_idle()
    expect(line(app, "order")).to_have_text(
        "order toppings=['olives', 'cheese'] heat=fire shade=#abcdef sent=True")


def test_widget_in_a_fragment_reruns_only_its_fragment(app_page):
    app = app_page("choices_scopes")
    page = app.page
    sidebar = page.get_by_test_id("stSidebar")
    sidebar.get_by_label("Side pick").click()
    sidebar.get_by_role("option", name="north").click()
    app.wait_idle()
    expect(line(app, "full runs")).to_have_text("full runs: 2")
    page.get_by_label("Frag pills").get_by_role("button", name="two").click()
    app.wait_idle()
    expect(line(app, "frag value")).to_have_text("frag value=two fruns=3")
    # only the fragment ran; the widgets outside it keep their values
    expect(line(app, "full runs")).to_have_text("full runs: 2")
    expect(line(app, "side=")).to_have_text("side=['north']")
    expect(sidebar.get_by_test_id("stMultiSelectTag")).to_have_text(["north"])
    # a full rerun keeps the fragment's value
    sidebar.get_by_label("Side pick").click()
    sidebar.get_by_role("option", name="south").click()
    app.wait_idle()
    expect(line(app, "full runs")).to_have_text("full runs: 3")
    expect(line(app, "side=")).to_have_text("side=['north', 'south']")
    expect(line(app, "frag value")).to_have_text("frag value=two fruns=4")
    expect(page.get_by_label("Frag pills").get_by_role("button", name="two"))\
        .to_have_attribute("aria-pressed", "true")


def test_option_labels_help_and_labels_run_no_script(app_page):
    app = app_page("choices_scopes")
    page = app.page
    expect(line(app, "xss rendered")).to_be_visible()
    evil = page.get_by_test_id("stMultiSelect").filter(has_text="Evil")
    evil.locator("input").click()
    expect(evil.get_by_role("option")).to_have_count(3)  # the two others + "Select all"
    page.keyboard.press("Escape")
    expect(evil.get_by_test_id("stWidgetLabel")).to_contain_text('Evil <img src=x onerror="window.__pwned=5">')
    expect(evil.get_by_test_id("stMultiSelectTag").first).to_have_text('<img src=x onerror="window.__pwned=1">')
    pills = page.get_by_test_id("stButtonGroup").filter(has_text="Evil pills")
    expect(pills.get_by_role("button").nth(1)).to_have_text("<script>window.__pwned=2</script>")
    expect(pills.locator("img, script, svg")).to_have_count(0)
    radio = page.get_by_test_id("stRadio").filter(has_text="Evil radio")
    expect(radio.locator("img, script, svg")).to_have_count(0)
    expect(radio.get_by_test_id("stRadioOption").nth(2)).to_contain_text("click me")
    radio.get_by_text("click me").first.click()
    page.get_by_test_id("stSlider").filter(has_text="Evil slider").get_by_role("slider").fill("1")
    app.wait_idle()
    assert page.locator("[data-testid=stApp] [href^='javascript' i]").count() == 0
    # The selectbox is a combobox (as Streamlit's): its options show in a listbox when opened.
    page.get_by_test_id("stSelectbox").get_by_role("combobox").click()
    expect(page.get_by_role("option").filter(has_text="<img src=x")).to_have_text(
        '<img src=x onerror="window.__pwned=1">')
    assert page.evaluate("window.__pwned") is None
    assert page.locator("[data-testid=stApp] img, [data-testid=stApp] script").count() == 0
