"""Layout blocks in Chromium: Streamlit's data-testids, state that survives reruns (expander,
tabs, popover, sidebar), forms that wait for submit, and a fragment inside an expander."""

import re

from playwright.sync_api import expect


def runs(page, n):
    expect(page.get_by_text(f"runs={n}", exact=True)).to_be_visible()


def test_columns_containers_empty_and_space_render_with_streamlit_testids(app_page):
    app = app_page("layout_blocks")
    page = app.page
    main = page.get_by_test_id("stMain")
    expect(main.get_by_test_id("stHorizontalBlock")).to_have_count(2)  # a row, nested in a column
    expect(main.get_by_test_id("stColumn")).to_have_count(4)
    outer = main.get_by_test_id("stColumn").first
    expect(outer.get_by_text("left column")).to_be_visible()
    assert outer.bounding_box()["width"] > main.get_by_test_id("stColumn").nth(1).bounding_box()["width"]
    expect(main.get_by_text("nested B")).to_be_visible()

    scroller = page.locator(".st-key-scroller")
    expect(scroller).to_have_attribute("data-testid", "stVerticalBlock")
    box = scroller.bounding_box()
    assert 110 <= box["height"] <= 130
    assert scroller.evaluate("el => el.scrollHeight > el.clientHeight + 100")
    expect(page.get_by_text("replaced", exact=True)).to_be_visible()
    expect(page.get_by_text("first", exact=True)).to_have_count(0)
    space = page.get_by_test_id("stSpace")
    expect(space).to_have_count(1)
    assert space.bounding_box()["height"] > 60  # "large" is 4.25rem


def test_expander_and_selected_tab_survive_reruns(app_page):
    app = app_page("layout_blocks")
    page = app.page
    expander = page.get_by_test_id("stExpander").filter(has_text="Details")
    details = expander.get_by_test_id("stExpanderDetails")
    expect(details).to_be_hidden()
    expander.locator("summary").click()
    expect(details.get_by_text("inside the expander")).to_be_visible()

    tabs = page.get_by_test_id("stTabs").first
    expect(tabs.get_by_test_id("stTab")).to_have_count(2)
    expect(tabs.get_by_text("content one")).to_be_visible()
    tabs.get_by_role("tab", name="Tab two").click()
    expect(tabs.get_by_text("content two")).to_be_visible()
    expect(tabs.get_by_text("content one")).to_be_hidden()

    app.click("Rerun")
    runs(page, 2)
    expect(details.get_by_text("inside the expander")).to_be_visible()
    expect(tabs.get_by_role("tab", name="Tab two")).to_have_attribute("aria-selected", "true")
    expect(tabs.get_by_text("content two")).to_be_visible()


def test_popover_opens_stays_open_across_a_widget_rerun_and_closes_on_escape(app_page):
    app = app_page("layout_blocks")
    page = app.page
    popover = page.get_by_test_id("stPopover")
    button = popover.get_by_role("button", name="Settings")
    button.hover()
    expect(page.get_by_test_id("stTooltipContent")).to_have_text("Popover help")
    body = popover.get_by_test_id("stPopoverBody")
    expect(body).to_be_hidden()
    button.click()
    expect(body.get_by_text("popover body")).to_be_visible()
    body.get_by_label("Enable").check()
    app.wait_idle()
    runs(page, 2)
    expect(body).to_be_visible()
    expect(body.get_by_label("Enable")).to_be_checked()
    page.keyboard.press("Escape")
    expect(body).to_be_hidden()
    button.click()
    expect(body).to_be_visible()
    page.get_by_text("left column").click()  # a click outside closes it
    expect(body).to_be_hidden()


def test_sidebar_collapses_and_expands(app_page):
    app = app_page("layout_blocks")
    page = app.page
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar.get_by_text("sidebar text")).to_be_visible()
    page.get_by_test_id("stSidebarCollapseButton").click()
    expect(sidebar).to_have_attribute("aria-expanded", "false")
    expect(sidebar).to_be_hidden()
    app.click("Rerun")
    expect(sidebar).to_be_hidden()  # the choice survives a rerun
    page.get_by_test_id("stExpandSidebarButton").click()
    expect(sidebar.get_by_text("sidebar text")).to_be_visible()


def test_form_waits_for_its_submit_button_or_enter(app_page):
    app = app_page("layout_blocks")
    page = app.page
    form = page.get_by_test_id("stForm")
    form.get_by_label("Name").fill("Ada")
    form.get_by_label("Name").blur()
    app.wait_idle()
    runs(page, 1)
    expect(page.get_by_text("name=", exact=True)).to_be_visible()
    expect(form.get_by_test_id("stFormSubmitButton")).to_be_visible()
    form.get_by_role("button", name="Join").click()
    app.wait_idle()
    runs(page, 2)
    expect(page.get_by_text("name=Ada")).to_be_visible()
    form.get_by_label("Name").fill("Bob")
    form.get_by_label("Name").press("Enter")
    app.wait_idle()
    expect(page.get_by_text("name=Bob")).to_be_visible()
    runs(page, 3)


def test_a_button_in_a_fragments_expander_reruns_only_the_fragment(app_page):
    app = app_page("layout_blocks")
    page = app.page
    expander = page.get_by_test_id("stExpander").filter(has_text="Fragment expander")
    expander.locator("summary").click()
    expect(expander.get_by_text("frag_runs=1")).to_be_visible()
    expander.get_by_role("button", name="Fragment button").click()
    app.wait_idle()
    expect(expander.get_by_text("frag_runs=2")).to_be_visible()
    runs(page, 1)  # the script around the fragment did not run
    expect(expander.get_by_test_id("stExpanderDetails")).to_be_visible()
    assert re.search(r"frag_runs=2", expander.inner_text())


def test_expander_and_tabs_with_on_change_rerun_report_their_state(app_page):
    app = app_page("layout_blocks")
    page = app.page
    expect(page.get_by_text("tracked=False tab=First")).to_be_visible()
    expander = page.get_by_test_id("stExpander").filter(has_text="Tracked expander")
    expander.locator("summary").click()
    app.wait_idle()
    expect(page.get_by_text("tracked=True tab=First")).to_be_visible()
    runs(page, 2)
    expect(expander.get_by_text("tracked body")).to_be_visible()
    page.get_by_role("tab", name="Second").click()
    app.wait_idle()
    expect(page.get_by_text("tracked=True tab=Second")).to_be_visible()
    runs(page, 3)
    expect(page.get_by_role("tab", name="Second")).to_have_attribute("aria-selected", "true")
