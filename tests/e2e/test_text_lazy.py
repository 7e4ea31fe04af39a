"""KaTeX and the Material icon paths are separate chunks, loaded only when a page needs them."""

from __future__ import annotations

import pytest

playwright_sync = pytest.importorskip("playwright.sync_api")
expect = playwright_sync.expect


def fetched(page) -> list[str]:
    """Every resource the page loaded since navigation (the worker's fetches are separate)."""
    return page.evaluate("() => performance.getEntriesByType('resource').map(e => e.name)")


def test_app_without_math_or_icons_downloads_neither_until_it_shows_some(app_page):
    app = app_page("text_plain")
    expect(app.page.get_by_text("costs $5 and $10")).to_be_visible()
    urls = fetched(app.page)
    lazy = [u for u in urls if "/math-" in u or "/material-icons-" in u or "KaTeX" in u]
    assert lazy == []
    assert app.page.evaluate("() => !!document.querySelector('style[data-wasmlit-katex]')") is False

    app.click("Add math")
    md = app.page.locator("[data-testid=stMarkdown]", has_text="Now")
    expect(md.locator(".katex")).to_have_count(1)
    expect(md.locator("[data-testid=stIconMaterial] svg")).to_have_count(1)
    # the browser fetches KaTeX's fonts once the typeset text needs them: wait until it has
    app.page.wait_for_function("""() => document.fonts.ready.then(() => performance
        .getEntriesByType('resource').some((e) => e.name.endsWith('.woff2')
                                                  && e.name.includes('KaTeX')))""")
    urls = fetched(app.page)
    assert any("/math-" in u for u in urls)
    assert any("/material-icons-" in u for u in urls)
