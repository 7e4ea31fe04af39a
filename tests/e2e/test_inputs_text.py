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
