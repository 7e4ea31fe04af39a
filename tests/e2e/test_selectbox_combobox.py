"""st.selectbox's DOM as in Streamlit 1.67: an input[role=combobox] holding the value, a
listbox of options that opens on click, filters as one types, Enter picks, Escape closes."""

from playwright.sync_api import expect


def test_the_combobox_holds_the_value_and_its_list_picks_and_filters(app_page):
    app = app_page("selectbox_combobox")
    page = app.page
    box = page.get_by_role("combobox", name="Fruit")
    expect(box).to_have_value("banana")
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(page.get_by_role("listbox")).to_be_hidden()

    box.click()
    expect(box).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_role("option")).to_have_text(["apple", "banana", "cherry", "blueberry"])
    expect(page.get_by_role("option", name="banana")).to_have_attribute("aria-selected", "true")
    page.get_by_role("option", name="cherry", exact=True).click()
    app.wait_idle()
    expect(page.get_by_text("fruit=cherry")).to_be_visible()
    expect(box).to_have_value("cherry")

    box.click()
    box.fill("blu")  # type to filter
    expect(page.get_by_role("option")).to_have_text(["blueberry"])
    box.press("Enter")
    app.wait_idle()
    expect(page.get_by_text("fruit=blueberry")).to_be_visible()
    expect(box).to_have_value("blueberry")

    box.click()
    box.fill("app")
    box.press("Escape")  # closes and puts the selected label back, nothing sent
    expect(box).to_have_value("blueberry")
    expect(page.get_by_role("listbox")).to_be_hidden()
    box.press("ArrowDown")  # opens; the arrows move, Enter picks
    box.press("ArrowDown")
    box.press("Enter")
    app.wait_idle()
    expect(page.get_by_text("fruit=banana")).to_be_visible()
