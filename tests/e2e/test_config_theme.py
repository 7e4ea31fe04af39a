"""Themes and the app menu in Chromium: light/dark from the OS, the menu's theme switch
(remembered across reloads), config.toml's colours, and Rerun from the menu and the R key."""

from conftest import BOOT_TIMEOUT_MS, AppPage
from playwright.sync_api import expect

LIGHT_BG = "rgb(255, 255, 255)"  # Streamlit 1.67's light backgroundColor (#ffffff)
DARK_BG = "rgb(23, 22, 20)"  # and its dark one (#171614)


def background(app: AppPage) -> str:
    return app.app.evaluate("el => getComputedStyle(el).backgroundColor")


def open_menu(app: AppPage) -> None:
    app.page.get_by_role("button", name="Main menu").click()
    expect(app.page.get_by_test_id("stMainMenuPopover")).to_be_visible()


def test_the_menu_switches_to_dark_and_the_choice_survives_a_reload(app_page):
    app = app_page("seed_counters")
    assert background(app) == LIGHT_BG, "a light OS gets the light theme"
    open_menu(app)
    dark = app.page.get_by_test_id("stMainMenuItem-theme-Dark")
    dark.click()
    expect(dark).to_have_attribute("aria-checked", "true")
    expect(app.app).to_have_attribute("data-theme", "dark")
    assert background(app) == DARK_BG
    text = app.page.get_by_test_id("stMarkdownContainer").first
    assert text.evaluate("el => getComputedStyle(el).color") == "rgb(237, 235, 232)"
    app.page.reload()
    app.wait_idle(BOOT_TIMEOUT_MS)
    assert background(app) == DARK_BG, "remembered in localStorage"
    open_menu(app)
    expect(app.page.get_by_test_id("stMainMenuItem-theme-Dark")).to_have_attribute(
        "aria-checked", "true")
    app.page.get_by_test_id("stMainMenuItem-theme-System").click()
    assert background(app) == LIGHT_BG, "System follows the (light) OS again"


def test_a_dark_os_gets_the_dark_theme(chromium, server_url):
    context = chromium.new_context(viewport={"width": 1100, "height": 800}, color_scheme="dark")
    try:
        app = AppPage(context.new_page())
        app.page.goto(f"{server_url}/seed_counters/")
        app.wait_idle(BOOT_TIMEOUT_MS)
        assert background(app) == DARK_BG
        expect(app.app).to_have_attribute("data-theme", "dark")
        assert app.page.evaluate("getComputedStyle(document.documentElement).colorScheme") == "dark"
    finally:
        context.close()


def test_config_toml_colours_reach_the_page_in_both_themes(app_page):
    app = app_page("config")
    button = app.page.get_by_test_id("stBaseButton-primary")
    bg = "el => getComputedStyle(el).backgroundColor"
    fill = app.page.get_by_test_id("stProgress").locator(".wl-progress-fill")
    assert button.evaluate(bg) == "rgb(30, 136, 229)", "[theme] primaryColor = #1e88e5"
    # with a [theme], Streamlit 1.67 fills a progress bar with the primary colour (not its blue)
    assert fill.evaluate(bg) == "rgb(30, 136, 229)"
    open_menu(app)
    app.page.get_by_test_id("stMainMenuItem-theme-Dark").click()
    assert button.evaluate(bg) == "rgb(144, 202, 249)", "[theme.dark] primaryColor = #90caf9"
    assert fill.evaluate(bg) == "rgb(144, 202, 249)"
    assert background(app) == DARK_BG, "other colours keep the dark defaults"


def test_menu_rerun_and_the_r_key_rerun_the_script(app_page):
    app = app_page("config")
    page = app.page
    expect(page.get_by_text("runs: 1")).to_be_visible()
    open_menu(app)
    page.get_by_test_id("stMainMenuItem-rerun").click()
    expect(page.get_by_text("runs: 2")).to_be_visible()
    expect(page.get_by_test_id("stMainMenuPopover")).to_be_hidden()
    app.wait_idle()
    page.keyboard.press("r")
    expect(page.get_by_text("runs: 3")).to_be_visible()
    app.wait_idle()
    box = page.get_by_label("Type here")
    box.click()
    box.press("r")  # typing an "r" is not a shortcut
    app.wait_idle()
    expect(page.get_by_text("runs: 3")).to_be_visible()
    page.get_by_text("runs: 3").click()  # blur: the text input commits, a rerun follows
    expect(page.get_by_text("runs: 4")).to_be_visible()
    app.wait_idle()
    expect(page.get_by_text("computed: 1")).to_be_visible()
    open_menu(app)
    page.get_by_test_id("stMainMenuItem-clearCache").click()
    app.wait_idle()
    page.keyboard.press("r")
    expect(page.get_by_text("computed: 2")).to_be_visible()
    expect(page.get_by_text("runs: 5")).to_be_visible()


def test_set_option_toolbar_mode_viewer_hides_rerun_from_menu_and_keys(app_page):
    app = app_page("config")
    page = app.page
    open_menu(app)
    expect(page.get_by_test_id("stMainMenuItem-rerun")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.get_by_test_id("stMainMenuPopover")).to_be_hidden()
    app.click("Viewer mode")
    expect(page.get_by_text("runs: 2")).to_be_visible()
    open_menu(app)
    expect(page.get_by_test_id("stMainMenuItem-print")).to_be_visible()
    expect(page.get_by_test_id("stMainMenuItem-rerun")).to_have_count(0)
    expect(page.get_by_test_id("stMainMenuItem-clearCache")).to_have_count(0)
    page.keyboard.press("Escape")
    page.locator("body").press("r")
    app.wait_idle()
    expect(page.get_by_text("runs: 2")).to_be_visible()
    assert app.app.get_attribute("data-test-script-state") == "notRunning"
