"""st.set_page_config in the browser: the tab's title and icon, wide layout, sidebar state."""

import re

from playwright.sync_api import expect


def test_page_config_sets_title_icon_layout_and_collapses_the_sidebar(app_page):
    app = app_page("page_config")
    page = app.page
    expect(page).to_have_title("Sales board")
    assert "svg" in page.locator("link[rel~=icon]").get_attribute("href")
    expect(app.app).to_have_class(re.compile(r"\bwl-wide\b"))
    main = page.get_by_test_id("stMainBlockContainer").bounding_box()
    assert main["width"] > 900, "wide layout uses the whole width (viewport 1100 px)"
    expect(page.get_by_test_id("stSidebar")).to_have_attribute("aria-expanded", "false")
    page.get_by_test_id("stExpandSidebarButton").click()
    expect(page.get_by_test_id("stSidebar")).to_contain_text("Filters")
    app.click("Rerun")  # "initial" state: the user's own choice survives reruns
    expect(page.get_by_test_id("stSidebar")).to_have_attribute("aria-expanded", "true")


def test_menu_items_show_in_the_app_menu(app_page):
    app = app_page("page_config")
    page = app.page
    page.context.route("https://help.example.com/**", lambda route: route.fulfill(
        status=200, content_type="text/html", body="<title>Help</title>help page"))
    page.get_by_role("button", name="Main menu").click()
    menu = page.get_by_test_id("stMainMenuList")
    expect(menu.get_by_test_id("stMainMenuItemLabel")).to_contain_text(
        ["Print", "About", "Report a bug", "Get help"])
    with page.context.expect_page() as opened:
        menu.get_by_test_id("stMainMenuItem-community").click()
    help_page = opened.value
    help_page.wait_for_load_state()
    assert help_page.url == "https://help.example.com/sales"
    help_page.close()
    page.get_by_role("button", name="Main menu").click()
    menu.get_by_test_id("stMainMenuItem-about").click()
    about = page.get_by_test_id("stAboutDialog")
    expect(about.get_by_role("heading", name="Sales board")).to_be_visible()
    expect(about.locator("strong")).to_have_text("the sales team")
