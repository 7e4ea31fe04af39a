"""Widgets round-trip through Python; form widgets wait for their submit button."""

from playwright.sync_api import expect


def summary(app):
    return app.page.get_by_text("age=", exact=False)


def test_value_widgets_round_trip(app_page):
    app = app_page("widgets")
    page = app.page
    expect(page.get_by_test_id("stSidebar")).to_contain_text("In the sidebar")
    expect(page.get_by_text("Hello world.", exact=True)).to_be_visible()
    expect(summary(app)).to_have_text("age=30 color=green size=S level=3 switch=False notes=''")

    page.get_by_label("Shout").check()
    app.wait_idle()
    expect(page.get_by_text("Hello world!", exact=True)).to_be_visible()

    page.get_by_label("Name").fill("Ada")
    page.get_by_label("Name").press("Enter")
    app.wait_idle()
    expect(page.get_by_text("Hello Ada!", exact=True)).to_be_visible()

    page.get_by_label("Age").fill("42")
    page.get_by_label("Age").press("Enter")
    app.wait_idle()
    page.get_by_label("Color").click()  # a combobox, as in Streamlit: open it, pick an option
    page.get_by_role("option", name="blue", exact=True).click()
    app.wait_idle()
    page.get_by_label("L", exact=True).check()
    app.wait_idle()
    page.get_by_label("Switch").check()
    app.wait_idle()
    page.get_by_label("Age").locator("xpath=..").get_by_test_id("stNumberInputStepUp").click()
    app.wait_idle()
    page.get_by_label("Level").fill("7")
    app.wait_idle()
    page.get_by_label("Notes").fill("line")
    page.get_by_label("Notes").blur()
    app.wait_idle()
    expect(summary(app)).to_have_text("age=43 color=blue size=L level=7 switch=True notes='line'")
    expect(page.get_by_test_id("stSliderThumbValue")).to_have_text("7")


def test_form_values_are_sent_on_submit_only(app_page):
    app = app_page("widgets")
    page = app.page
    form = page.get_by_test_id("stForm")
    form.get_by_label("Email").fill("ada@example.com")
    form.get_by_label("Email").blur()
    form.get_by_label("I agree").check()
    expect(app.app).to_have_attribute("data-test-script-state", "notRunning")
    expect(page.get_by_test_id("stAlert")).to_have_count(1)  # only the st.info
    form.get_by_role("button", name="Sign up").click()
    app.wait_idle()
    expect(page.get_by_text("Signed up ada@example.com agree=True")).to_be_visible()


def test_layout_and_text_elements(app_page):
    app = app_page("widgets")
    page = app.page
    expect(page.get_by_test_id("stHorizontalBlock").get_by_test_id("stColumn")).to_have_count(2)
    details = page.get_by_test_id("stExpanderDetails")
    expect(details).to_be_hidden()
    page.get_by_text("More", exact=True).click()
    expect(details).to_contain_text("Hidden details")
    expect(page.get_by_text("Content A")).to_be_visible()
    expect(page.get_by_text("Content B")).to_be_hidden()
    page.get_by_role("tab", name="Tab B").click()
    expect(page.get_by_text("Content B")).to_be_visible()
    expect(page.get_by_test_id("stCode")).to_contain_text("print('hi')")
    expect(page.get_by_test_id("stJson")).to_contain_text('"a":1')
    expect(page.get_by_test_id("stCaptionContainer")).to_have_text("a caption")
    md = page.get_by_test_id("stMarkdownContainer").filter(has_text="not bold")
    expect(md).to_contain_text("<b>not bold</b>")
    expect(md.locator("strong")).to_have_text("bold")
    expect(page.get_by_test_id("stAlertContentInfo")).to_contain_text("Some info")
    expect(page.get_by_role("heading", name="Widgets")).to_be_visible()


def test_clear_on_submit_empties_the_form_after_the_values_are_used(app_page):
    app = app_page("form_clear")
    page = app.page
    page.get_by_label("Note").fill("buy milk")
    page.get_by_label("Urgent").check()
    app.click("Add")
    expect(page.get_by_text("buy milk (urgent=True)", exact=True)).to_be_visible()
    expect(page.get_by_label("Note")).to_have_value("")
    expect(page.get_by_label("Urgent")).not_to_be_checked()
    page.get_by_label("Note").fill("call Bob")
    app.click("Add")
    expect(page.get_by_text("call Bob (urgent=False)", exact=True)).to_be_visible()
    expect(page.get_by_text("buy milk (urgent=True)", exact=True)).to_be_visible()
