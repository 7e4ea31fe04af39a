"""text_input / text_area / number_input details in Chromium."""

import re

from playwright.sync_api import expect


def line(page, prefix):
    return page.get_by_text(re.compile("^" + re.escape(prefix)))


def test_password_max_chars_and_number_format_and_steps(app_page):
    app = app_page("inputs_text")
    page = app.page
    secret = page.get_by_label("Secret")
    expect(secret).to_have_attribute("type", "password")
    expect(secret).to_have_attribute("maxlength", "8")
    secret.fill("hunter2")
    secret.press("Enter")
    app.wait_idle()
    expect(line(page, "secret=")).to_contain_text("secret='hunter2'")
    price = page.get_by_label("Price")
    expect(price).to_have_value("1.25")
    box = page.get_by_test_id("stNumberInput").filter(has=price)
    box.get_by_test_id("stNumberInputStepUp").click()
    app.wait_idle()
    expect(price).to_have_value("1.75")
    expect(line(page, "secret=")).to_contain_text("price=1.75")
    price.fill("99")
    price.press("Enter")
    app.wait_idle()
    expect(price).to_have_value("10.00")
    expect(line(page, "secret=")).to_contain_text("price=10.0")
    count = page.get_by_label("Count")
    page.get_by_test_id("stNumberInput").filter(has=count).get_by_test_id(
        "stNumberInputStepDown").click()
    app.wait_idle()
    expect(count).to_have_value("1")
    expect(line(page, "secret=")).to_contain_text("count=1")
    # values survive a rerun caused by another widget
    page.get_by_label("Bio").fill("hello")
    page.get_by_label("Bio").blur()
    app.wait_idle()
    expect(line(page, "secret=")).to_have_text(
        "secret='hunter2' price=10.0 count=1 bio='hello'")
    expect(secret).to_have_value("hunter2")
    expect(page.get_by_label("Bio")).to_have_css("height", "150px")


def test_search_box_in_a_fragment_reruns_only_the_fragment(app_page):
    app = app_page("inputs_text")
    page = app.page
    search = page.get_by_label("Search")
    search.fill("cats")
    search.press("Enter")
    app.wait_idle()
    expect(line(page, "q=")).to_have_text("q='cats' frag_runs=2")
    expect(line(page, "full_runs=")).to_have_text("full_runs=1")


def test_labels_placeholders_and_help_run_no_script(app_page):
    app = app_page("inputs_text")
    page = app.page
    expect(page.get_by_label("Bio")).to_have_attribute(
        "placeholder", "<img src=x onerror=\"window.__pwned=1\">")
    expect(page.get_by_label("Search")).to_have_attribute(
        "placeholder", "<script>window.__pwned=2</script>")
    expect(page.get_by_label("Name")).to_be_visible()
    assert page.evaluate("window.__pwned") is None
    assert page.locator("[data-testid=stApp] img[src=x]").count() == 0


def test_a_focused_field_tells_how_to_apply_and_counts_characters(app_page):
    app = app_page("inputs_text")
    page = app.page
    secret = page.get_by_label("Secret")
    box = page.get_by_test_id("stTextInput").filter(has=secret)
    instructions = box.get_by_test_id("InputInstructions")
    expect(instructions).to_have_text("")  # not focused: nothing
    secret.focus()
    expect(instructions).to_have_text("0/8")  # focused, not edited: the count only
    secret.press_sequentially("abcdefgh")
    expect(instructions.locator("span")).to_have_text(["Press Enter to apply", "8/8"])
    expect(instructions.locator(".wl-at-limit")).to_have_text("8/8")  # edited up to the limit
    secret.press("Enter")
    app.wait_idle()
    expect(instructions).to_have_text("8/8")  # applied: no longer edited
    page.get_by_label("Bio").focus()
    expect(instructions).to_have_text("")
    bio = page.get_by_test_id("stTextArea").get_by_test_id("InputInstructions")
    page.get_by_label("Bio").press_sequentially("x")
    expect(bio).to_have_text("Press Ctrl+Enter to apply")


def test_the_eye_button_shows_and_hides_a_password(app_page):
    app = app_page("inputs_text")
    page = app.page
    secret = page.get_by_label("Secret")
    box = page.get_by_test_id("stTextInput").filter(has=secret)
    secret.fill("pw")
    show = box.get_by_role("button", name="Show password")
    expect(show).to_have_attribute("aria-pressed", "false")
    expect(show.get_by_test_id("stIconMaterial")).to_have_count(1)
    show.click()
    expect(secret).to_have_attribute("type", "text")
    expect(secret).to_be_focused()
    hide = box.get_by_role("button", name="Hide password")
    expect(hide).to_have_attribute("aria-pressed", "true")
    hide.click()
    expect(secret).to_have_attribute("type", "password")
    # a plain text field has no eye button
    search = page.get_by_test_id("stTextInput").filter(has=page.get_by_label("Search"))
    expect(search.get_by_role("button", name="Show password")).to_have_count(0)
