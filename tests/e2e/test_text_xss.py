"""No text a script passes to a text element runs code; where HTML is not allowed it shows."""

from __future__ import annotations

import pytest

playwright_sync = pytest.importorskip("playwright.sync_api")
expect = playwright_sync.expect

SCRIPT = "<script>window.__pwned = 'script'</script>"
IMG = '<img src=x onerror="window.__pwned = \'img\'">'


@pytest.fixture
def page(app_page):
    app = app_page("text_xss")
    expect(app.page.get_by_text("done")).to_be_visible()
    return app


def pwned(page) -> object:
    return page.page.evaluate("() => window.__pwned")


def test_no_payload_runs_on_load(page):
    p = page.page
    # Give onerror / onload handlers of anything that slipped through a chance to fire.
    p.wait_for_function("() => [...document.images].every(i => i.complete)")
    expect(p.locator("[data-testid=stMarkdown] .katex").first).to_be_visible()
    assert pwned(page) is None
    assert p.locator("[data-testid=stApp] script").count() == 0
    assert p.locator("[data-testid=stApp] iframe").count() == 0
    assert p.locator("[data-testid=stApp] [onerror], [data-testid=stApp] [onload]").count() == 0


def test_escaped_payloads_are_visible_as_text(page):
    p = page.page
    title = p.locator("[data-testid=stHeading] h1")
    expect(title).to_contain_text(SCRIPT)
    expect(title).to_contain_text(IMG)
    expect(p.locator("[data-testid=stHeading] h2")).to_contain_text(SCRIPT)
    expect(p.locator("[data-testid=stHeading] h3")).to_contain_text(IMG)
    md = p.locator("[data-testid=stMarkdown]").first
    expect(md).to_contain_text(SCRIPT)
    expect(md).to_contain_text(IMG)
    expect(p.locator("[data-testid=stCaptionContainer]")).to_contain_text(IMG)
    expect(p.locator(".wl-color-red")).to_have_text(IMG)
    expect(p.locator("[data-testid=stCode]").first).to_contain_text(SCRIPT)
    expect(p.locator("[data-testid=stText]")).to_contain_text(IMG)
    expect(p.locator("[data-testid=stJson]").first).to_contain_text(SCRIPT)
    expect(p.locator("[data-testid=stJson]").nth(1)).to_contain_text("onerror")
    expect(p.locator("[data-testid=stButton] button")).to_contain_text(IMG)
    expect(p.locator("[data-testid=stCheckbox]")).to_contain_text(SCRIPT)
    expect(p.locator(".wl-nowrap").first).to_contain_text(SCRIPT)


def test_help_tooltips_and_anchor_stay_plain_text(page):
    p = page.page
    help_icon = p.locator("[data-testid=stHeading] [data-testid=stTooltipIcon]").first
    expect(help_icon).to_have_attribute("aria-label", IMG)
    help_icon.hover()
    tip = p.locator("[data-testid=stTooltipContent]")
    expect(tip).to_have_text(IMG)
    expect(tip.locator("img")).to_have_count(0)
    h2 = p.locator("[data-testid=stHeading] h2")
    assert h2.get_attribute("id").startswith('"><img')
    expect(p.locator("[data-testid=stHeading] img")).to_have_count(0)


def test_javascript_links_are_neutralised(page):
    p = page.page
    links = p.locator("[data-testid=stApp] a[href^='javascript:' i]")
    assert links.count() == 0
    for name in ("js link", "html link"):
        for link in p.get_by_text(name, exact=True).all():
            link.click()
    p.locator("[data-testid=stMarkdown].wl-latex").click()
    assert pwned(page) is None


def test_custom_colour_rejects_css_injection(page):
    styled = page.page.locator(".wl-color-custom")
    expect(styled).to_have_text("styled")
    assert "javascript" not in (styled.get_attribute("style") or "")


def test_allowed_html_renders_but_sanitised(page):
    p = page.page
    html = p.locator("[data-testid=stHtml]")
    expect(html.locator("#htmllink")).to_have_text("html link")
    assert html.locator("#htmllink").get_attribute("href") is None
    expect(html.locator("svg circle")).to_have_count(1)
    unsafe_md = p.locator("[data-testid=stMarkdown]", has_text="html link")
    expect(unsafe_md.locator("img")).to_have_count(1)
    assert unsafe_md.locator("img").get_attribute("onerror") is None
