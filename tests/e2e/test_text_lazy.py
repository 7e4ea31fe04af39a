"""KaTeX, the Material Symbols font, the code highlighter (and each of its languages) and the emoji
shortcodes are separate downloads, fetched only when a page shows math, icons, code or a shortcode."""

from __future__ import annotations

import re

import pytest

playwright_sync = pytest.importorskip("playwright.sync_api")
expect = playwright_sync.expect

LAZY = re.compile(r"/(math|icon-font|material-symbols-rounded|highlighter|python|sql|emoji)-[\w-]+\.(js|woff2)$|KaTeX")


def fetched(page) -> list[str]:
    """Every resource the page loaded since navigation (the worker's fetches are separate)."""
    return page.evaluate("() => performance.getEntriesByType('resource').map(e => e.name)")


def lazy_fetched(page) -> set[str]:
    return {m.group(1) or "KaTeX" for u in fetched(page) if (m := LAZY.search(u))}


def test_app_without_math_icons_or_code_downloads_none_until_it_shows_some(app_page):
    app = app_page("text_plain")
    expect(app.page.get_by_text("costs $5 and $10, at 12:30:45")).to_be_visible()
    assert lazy_fetched(app.page) == set()
    assert app.page.evaluate("() => !!document.querySelector('style[data-wasmlit-katex]')") is False

    app.click("Add math")
    md = app.page.locator("[data-testid=stMarkdown]", has_text="Now")
    expect(md.locator(".katex")).to_have_count(1)
    icon = md.locator("[data-testid=stIconMaterial][data-icon=home]")
    expect(icon).to_have_count(1)
    # the browser fetches KaTeX's fonts once the typeset text needs them, the icon font once
    # an icon is shown: wait until it has
    app.page.wait_for_function("""() => document.fonts.ready.then(() => {
        const names = performance.getEntriesByType('resource').map((e) => e.name);
        return names.some((n) => n.endsWith('.woff2') && n.includes('KaTeX'))
            && names.some((n) => /material-symbols-rounded-[\\w-]+\\.woff2$/.test(n));
    })""")
    assert app.page.evaluate("() => document.fonts.check('20px \"Material Symbols Rounded\"')")
    assert lazy_fetched(app.page) == {"math", "KaTeX", "icon-font", "material-symbols-rounded"}

    app.click("Add code")
    code = app.page.locator("[data-testid=stCode]").first
    expect(code.locator(".hljs-built_in, .hljs-title").first).to_be_visible()
    fenced = app.page.locator("[data-testid=stMarkdown]", has_text="Fenced")
    expect(fenced.locator("pre code .hljs-keyword")).to_have_text("SELECT")
    expect(fenced).to_contain_text("and 😄")
    # st.code's default language is Python; the fenced block is SQL: one chunk per language
    assert lazy_fetched(app.page) == {"math", "KaTeX", "icon-font", "material-symbols-rounded",
                                      "highlighter", "python", "sql", "emoji"}
