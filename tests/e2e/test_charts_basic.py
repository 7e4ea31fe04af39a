"""Charts in Chromium: drawn by Vega-Lite, loaded only on pages that have charts, themed."""

import re

from playwright.sync_api import expect

from conftest import BOOT_TIMEOUT_MS

CHART_CHUNK = re.compile(r"/assets/embed-[^/]*\.js$")


def charts(page):
    return page.get_by_test_id("stVegaLiteChart")


def drawn(chart):
    return chart.locator("svg .mark-group, svg.marks").first


def scripts_loaded(page):
    return page.evaluate("() => performance.getEntriesByType('resource').map(e => e.name)")


def test_every_chart_kind_draws_an_svg(app_page):
    page = app_page("charts_basic").page
    expect(charts(page)).to_have_count(5)
    for i in range(5):
        expect(drawn(charts(page).nth(i))).to_be_attached()
    line = charts(page).nth(0)
    expect(line.locator("svg")).to_contain_text("step")  # x_label
    expect(line.locator("path.mark-line path, .mark-line path")).to_have_count(2)
    bars = charts(page).nth(1)
    expect(bars.locator(".mark-rect path")).to_have_count(2)
    assert any(CHART_CHUNK.search(name) for name in scripts_loaded(page))


def test_a_page_without_charts_downloads_no_chart_code(app_page):
    page = app_page("data_frames").page
    expect(page.get_by_test_id("stDataFrame").first).to_be_visible()
    names = scripts_loaded(page)
    assert names, "the page loaded nothing?"
    assert not [n for n in names if CHART_CHUNK.search(n)]
    assert not [n for n in names if "vega" in n]


def test_chart_titles_and_tooltips_run_no_script(app_page):
    page = app_page("charts_basic").page
    chart = charts(page).nth(2)
    expect(drawn(chart)).to_be_attached()
    expect(chart.locator("svg .role-title-text")).to_contain_text("<img src=x onerror=")
    expect(chart.locator("img")).to_have_count(0)
    # data values shown in a tooltip stay text too
    chart.locator(".mark-rect path").first.hover()
    tooltip = page.locator("#vg-tooltip-element")
    expect(tooltip).to_contain_text("<img src=x onerror=")
    expect(tooltip.locator("img, script")).to_have_count(0)
    assert page.evaluate("window.__pwned") is None


def test_chart_survives_reruns_and_updates_in_its_fragment(app_page):
    app = app_page("charts_basic")
    page = app.page
    area = charts(page).nth(4)
    expect(drawn(area)).to_be_attached()
    svg = area.locator("svg").first.element_handle()
    app.click("Rerun")
    expect(page.get_by_text("clicks=1")).to_be_visible()
    assert area.locator("svg").first.element_handle().evaluate("(a, b) => a === b", svg)
    page.get_by_label("Points").fill("7")
    page.get_by_label("Points").press("Enter")
    app.wait_idle()
    expect(page.get_by_text("points=7")).to_be_visible()
    expect(area.locator("svg")).to_contain_text("6")  # the x axis now reaches 6
    expect(page.get_by_text("clicks=1")).to_be_visible()


def test_charts_follow_the_dark_theme(chromium, server_url):
    context = chromium.new_context(color_scheme="dark", viewport={"width": 1100, "height": 800})
    try:
        page = context.new_page()
        page.goto(f"{server_url}/charts_basic/")
        page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]",
                               timeout=BOOT_TIMEOUT_MS)
        chart = charts(page).nth(0)
        expect(drawn(chart)).to_be_attached()
        label = chart.locator(".role-axis-label text").first
        fill = label.evaluate("e => getComputedStyle(e).fill || e.getAttribute('fill')")
        rgb = [int(v) for v in re.findall(r"\d+", fill)[:3]]
        assert min(rgb) > 120, f"axis labels should be light on a dark page, got {fill}"
        bg = chart.evaluate("e => getComputedStyle(e.querySelector('svg')).backgroundColor")
        assert bg in ("rgba(0, 0, 0, 0)", "transparent")
    finally:
        context.close()
