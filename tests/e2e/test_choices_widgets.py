"""The choice widgets in Chromium: values round-trip through Python and survive reruns."""

from playwright.sync_api import expect


def line(app, prefix):
    return app.page.get_by_test_id("stText").filter(has_text=prefix)


def test_multiselect_chips_dropdown_and_max_selections(app_page):
    app = app_page("choices_widgets")
    page = app.page
    ms = page.get_by_test_id("stMultiSelect")
    expect(line(app, "fruit=")).to_contain_text("fruit=['banana']")
    expect(ms.get_by_test_id("stMultiSelectTag")).to_have_text(["banana"])
    page.get_by_label("Fruit").click()
    ms.get_by_role("option", name="cherry", exact=True).click()
    app.wait_idle()
    expect(line(app, "fruit=")).to_contain_text("fruit=['banana', 'cherry']")
    # a third pick is refused with Streamlit's message
    page.get_by_label("Fruit").click()
    expect(page.get_by_text("You can only select up to 2 options. Remove an option first."))\
        .to_be_visible()
    expect(ms.get_by_role("option")).to_have_count(0)
    ms.get_by_role("button", name="Remove banana").click()
    app.wait_idle()
    expect(line(app, "fruit=")).to_contain_text("fruit=['cherry']")
    # typing filters; Enter picks the match
    page.get_by_label("Fruit").fill("ap")
    expect(ms.get_by_role("option")).to_have_text(["apple"])
    page.get_by_label("Fruit").press("Enter")
    app.wait_idle()
    expect(line(app, "fruit=")).to_contain_text("fruit=['cherry', 'apple']")
    # a full rerun keeps the value
    page.get_by_label("Size").fill("4")
    app.wait_idle()
    expect(line(app, "fruit=")).to_contain_text("fruit=['cherry', 'apple'] size=XL")
    expect(ms.get_by_test_id("stMultiSelectTag")).to_have_text(["cherry", "apple"])


def test_sliders_buttons_feedback_and_color_round_trip(app_page):
    app = app_page("choices_widgets")
    page = app.page
    expect(line(app, "fruit=")).to_contain_text("size=M span=(2, 4) mood=None days=['Mon']")
    sliders = page.get_by_test_id("stSlider")
    expect(sliders.nth(0).get_by_test_id("stSliderThumbValue")).to_have_text("M")
    expect(sliders.nth(1).get_by_test_id("stSliderThumbValue")).to_have_text(["2h", "4h"])
    page.get_by_label("Size").fill("0")
    app.wait_idle()
    sliders.nth(1).get_by_label("Upper value").fill("4")
    app.wait_idle()
    expect(sliders.nth(1).get_by_test_id("stSliderThumbValue")).to_have_text(["2h", "5h"])

    groups = page.get_by_test_id("stButtonGroup")
    mood = page.get_by_label("Mood")
    mood.get_by_role("button", name="sad").click()
    app.wait_idle()
    expect(mood.get_by_role("button", name="sad")).to_have_attribute("aria-pressed", "true")
    expect(groups.nth(0).get_by_test_id("stBaseButton-pillsActive")).to_have_text("sad")
    page.get_by_label("Days").get_by_role("button", name="Wed").click()
    app.wait_idle()
    expect(line(app, "fruit=")).to_contain_text(
        "size=XS span=(2, 5) mood=sad days=['Mon', 'Wed']")
    mood.get_by_role("button", name="sad").click()  # clicking again unselects
    app.wait_idle()
    expect(line(app, "fruit=")).to_contain_text("mood=None")

    page.get_by_role("radio", name="4 out of 5 stars").click()
    app.wait_idle()
    page.get_by_role("radio", name="Thumbs down").click()
    app.wait_idle()
    page.get_by_label("Color").fill("#00ff00")
    app.wait_idle()
    expect(line(app, "rating=")).to_contain_text("rating=3 thumbs=0 color=#00ff00")
    stars = page.get_by_test_id("stFeedback").first
    # stars up to the chosen one are lit; the chosen one is the checked radio
    expect(stars.get_by_test_id("stFeedbackButtonActive")).to_have_count(4)
    expect(stars.get_by_role("radio", checked=True)).to_have_attribute("aria-label", "4 out of 5 stars")
    expect(stars.get_by_test_id("stIconMaterial")).to_have_count(5)
    expect(page.get_by_label("Color")).to_have_value("#00ff00")


def test_selectbox_placeholder_new_options_and_radio_captions(app_page):
    app = app_page("choices_widgets")
    page = app.page
    expect(line(app, "rating=")).to_contain_text("city=None town=Oslo plan=None")
    city = page.get_by_role("combobox", name="City")
    expect(city).to_have_value("")
    expect(city).to_have_attribute("placeholder", "Pick a city")
    city.click()
    page.get_by_role("option", name="Rome", exact=True).click()
    app.wait_idle()
    page.get_by_label("Town").fill("Tromsø")
    page.get_by_label("Town").press("Enter")
    app.wait_idle()
    expect(line(app, "rating=")).to_contain_text("city=Rome town=Tromsø")
    page.get_by_label("Town").fill("bergen")  # matches an option, whatever the case
    page.get_by_label("Town").press("Enter")
    app.wait_idle()
    expect(page.get_by_label("Town")).to_have_value("Bergen")
    radio = page.get_by_test_id("stRadio")
    expect(radio.get_by_test_id("stCaptionContainer")).to_have_text(["No cost", "Best value"])
    expect(radio.get_by_test_id("stCaptionContainer").nth(1).locator("em")).to_have_text("Best")
    expect(radio.locator("input:checked")).to_have_count(0)
    page.get_by_label("Pro").check()
    app.wait_idle()
    expect(line(app, "rating=")).to_contain_text("city=Rome town=Bergen plan=Pro")
    # index=None: the user can clear it again
    page.get_by_test_id("stSelectbox").filter(has=city).get_by_role("button", name="Clear value")\
        .click()
    app.wait_idle()
    expect(line(app, "rating=")).to_contain_text("city=None town=Bergen plan=Pro")


def test_feedback_is_a_radiogroup_the_arrow_keys_move_through(app_page):
    app = app_page("choices_widgets")
    page = app.page
    thumbs = page.get_by_test_id("stFeedback").nth(1)
    up = thumbs.get_by_role("radio", name="Thumbs up")
    down = thumbs.get_by_role("radio", name="Thumbs down")
    expect(up).to_have_attribute("tabindex", "0")  # one tab stop: the first, none chosen
    expect(down).to_have_attribute("tabindex", "-1")
    up.focus()
    page.keyboard.press("ArrowRight")
    expect(down).to_be_focused()
    page.keyboard.press("ArrowRight")  # wraps round
    expect(up).to_be_focused()
    page.keyboard.press("Space")
    app.wait_idle()
    expect(line(app, "rating=")).to_contain_text("thumbs=1")
    expect(up).to_have_attribute("aria-checked", "true")
    expect(up).to_have_attribute("data-testid", "stFeedbackButtonActive")
