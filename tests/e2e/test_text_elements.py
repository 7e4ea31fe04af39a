"""Text elements in Chromium: what a user sees, with Streamlit's data-testids."""

from __future__ import annotations

import re

import pytest

playwright_sync = pytest.importorskip("playwright.sync_api")
expect = playwright_sync.expect


# A Material icon is drawn by the Material Symbols font: its name's ligature is one glyph that
# fits the icon's box (the name spelled out in another font would overflow it).
ICON_DRAWN = """el => document.fonts.check('20px "Material Symbols Rounded"')
    && getComputedStyle(el, '::before').fontFamily.includes('Material Symbols Rounded')
    && el.scrollWidth <= el.clientWidth + 1 && el.clientWidth > 0"""


def expect_icon_drawn(page, icon) -> None:
    expect(icon).to_have_count(1)
    page.wait_for_function(ICON_DRAWN, arg=icon.element_handle())


def expect_tooltip(page, target, text: str) -> None:
    """Hovering `target` shows `text` in the tooltip box; moving away hides it."""
    target.hover()
    tip = page.locator("[data-testid=stTooltipContent]")
    expect(tip).to_be_visible()
    expect(tip).to_have_text(text)
    page.mouse.move(0, 0)
    expect(tip).to_be_hidden()


@pytest.fixture
def page(app_page):
    return app_page("text_elements")


def test_headings_render_with_anchors_dividers_and_help(page):
    p = page.page
    headings = p.locator("[data-testid=stHeading]")
    expect(headings).to_have_count(6)
    title = headings.nth(0)
    expect(title.locator("[data-testid=stMarkdownContainer] h1")).to_have_text("Hello World")
    expect(page.page.get_by_role("heading", name="Hello World", exact=True)).to_have_count(1)
    expect(title.locator("h1 em")).to_have_text("World")
    expect(title.locator("h1")).to_have_attribute("id", "hello-world")
    expect_tooltip(p, title.locator("[data-testid=stTooltipIcon]"), "A title tooltip")
    link = title.locator("[data-testid=stHeaderActionElements] a")
    expect(link).to_have_attribute("href", "#hello-world")
    expect(link).to_have_css("opacity", "0")
    title.locator("h1").hover()  # the link icon shows on hover
    expect(link).to_have_css("opacity", "1")

    custom = headings.nth(1)
    expect(custom.locator("h2")).to_have_attribute("id", "my-anchor")
    expect(custom.locator("[data-testid=stHeadingDivider]")).to_have_class(re.compile("wl-divider-blue"))

    none = headings.nth(2)
    expect(none.locator("h3")).not_to_have_attribute("id", re.compile(".*"))
    expect(none.locator("a")).to_have_count(0)
    expect(none.locator("[data-testid=stHeadingDivider]")).to_have_class(re.compile("wl-divider-rainbow"))

    icon = headings.nth(3)
    expect_icon_drawn(page.page, icon.locator("[data-testid=stIconMaterial][data-icon=home]"))
    expect(icon.locator("h2")).to_have_attribute("id", "with-icon")


def test_markdown_renders_gfm_and_streamlit_directives(page):
    md = page.page.locator("[data-testid=stMarkdown]").first
    box = md.locator("[data-testid=stMarkdownContainer]")
    expect(box.locator("strong")).to_have_text("bold")
    expect(box.locator("del")).to_have_text("gone")
    expect(box.locator(".wl-color-red")).to_have_text("red text")
    expect(box.locator(".wl-color-red")).to_have_css("color", "rgb(255, 43, 43)")
    expect(box.locator(".wl-bg-blue")).to_have_text("blue background")
    expect(box.locator("[data-testid=stMarkdownBadge]")).to_have_text("badge")
    expect(box).to_contain_text("Emoji 😄 👍")
    expect(box).to_contain_text("arrows → and ←")
    expect_icon_drawn(page.page, box.locator("[data-testid=stIconMaterial][data-icon=thumb_up]"))
    expect(box.locator("table td").first).to_have_text("a")
    expect(box.locator("input[type=checkbox]")).to_have_count(2)
    expect(box.locator("input[type=checkbox]").first).to_be_checked()
    expect(box.locator("pre code .hljs-keyword").first).to_have_text("def")
    expect(box.locator("pre code .hljs-comment")).to_have_text("# comment")
    expect(box.locator("h2#section-two")).to_have_count(1)


def test_latex_is_typeset_by_katex_loaded_on_demand(page):
    p = page.page
    md = p.locator("[data-testid=stMarkdown]").first
    expect(md.locator(".katex")).to_have_count(1)
    # "$5 and $10" is money, not math
    expect(md).to_contain_text("costs $5 and $10.")
    latex = p.locator("[data-testid=stMarkdown].wl-latex").first
    expect(latex.locator(".katex-display")).to_have_count(1)
    expect(latex.locator(".katex-mathml annotation")).to_have_text(r"\int_0^1 x^2\,dx = \frac{1}{3}")
    loaded = p.evaluate("() => document.fonts.check('16px KaTeX_Main')")
    assert loaded is True


def test_caption_text_divider_and_html(page):
    p = page.page
    cap = p.locator("[data-testid=stCaptionContainer]").first
    expect(cap).to_have_text("A small caption with code")
    expect(cap.locator("code")).to_have_text("code")
    text = p.locator("[data-testid=stText]")
    assert text.inner_text() == "fixed   width\ntext"
    expect(text).to_have_css("font-family", re.compile("mono", re.I))
    expect(p.locator("[data-testid=stDivider]")).to_have_count(1)
    expect(p.locator("[data-testid=stHtml] p.from-html b")).to_have_text("st.html")
    expect(p.locator(".raw-html i")).to_have_text("html")
    helped = p.locator("[data-testid=stMarkdown]", has_text="Markdown with help")
    expect_tooltip(p, helped.locator("[data-testid=stTooltipIcon]"), "Markdown tooltip")


def test_code_highlights_numbers_lines_and_copies(page):
    p = page.page
    p.context.grant_permissions(["clipboard-read", "clipboard-write"])
    code = p.locator("[data-testid=stCode]").first
    expect(code.locator(".wl-line")).to_have_count(3)
    expect(code.locator("pre")).to_have_class(re.compile("wl-line-numbers"))
    expect(code.locator(".hljs-keyword").first).to_have_text("import")
    expect(code.locator(".hljs-string")).to_have_text("'hi'")
    expect(code.locator(".hljs-number")).to_have_text("42")
    number = code.locator(".wl-line").first.evaluate(
        "el => getComputedStyle(el, '::before').content")
    assert number == "counter(wl-line)"  # each line is numbered by a CSS counter
    sql = p.locator("[data-testid=stCode]").nth(1)
    expect(sql.locator(".hljs-keyword").first).to_have_text("SELECT")
    expect(sql.locator("pre")).to_have_css("white-space", "pre-wrap")
    code.hover()
    code.locator("[data-testid=stCodeCopyButton]").click()
    expect(code.locator(".wl-copied")).to_have_count(1)
    assert p.evaluate("navigator.clipboard.readText()") == (
        "import streamlit as st\nst.write('hi')  # say hi\nx = 42")


def test_json_tree_expands_to_the_requested_depth_and_toggles(page):
    p = page.page
    first = p.locator("[data-testid=stJson]").first
    expect(first.locator(".wl-json-key", has_text='"name"')).to_be_visible()
    nested = first.locator("details.wl-json-node").nth(1)
    expect(nested).not_to_have_attribute("open", "")
    expect(nested.locator("> summary .wl-json-count")).to_have_text("3 items")
    nested.locator("> summary").click()
    expect(nested.locator(".wl-json-key", has_text='"flag"')).to_be_visible()
    expect(nested.locator(".wl-json-boolean")).to_have_text("true")
    second = p.locator("[data-testid=stJson]").nth(1)
    root = second.locator("details.wl-json-node").first
    expect(root).not_to_have_attribute("open", "")
    expect(second.locator(".wl-json-key", has_text='"collapsed"')).to_be_hidden()


def test_text_elements_survive_a_rerun_unchanged(page):
    p = page.page
    first = p.locator("[data-testid=stMarkdown]").first
    expect(first.locator(".katex")).to_have_count(1)  # lazy chunks done
    expect_icon_drawn(p, first.locator("[data-testid=stIconMaterial]"))
    expect(first.locator("pre code .hljs-keyword").first).to_be_visible()
    expect(first).to_contain_text("Emoji 😄 👍")
    before = first.inner_html()
    page.click("Rerun")
    expect(p.get_by_text("reran")).to_be_visible()
    assert p.locator("[data-testid=stMarkdown]").first.inner_html() == before
    expect(p.locator("[data-testid=stHeading]")).to_have_count(6)
    expect(p.locator("[data-testid=stMarkdown] .katex").first).to_be_visible()


def test_title_alignment_width_and_one_line_markdown(page):
    p = page.page
    centered = p.locator("[data-testid=stHeading]").nth(4)
    expect(centered).to_have_css("text-align", "center")
    expect(centered).to_have_css("width", "500px")
    box = centered.bounding_box()
    words = centered.locator(".wl-heading-text").bounding_box()
    left_gap, right_gap = words["x"] - box["x"], box["x"] + box["width"] - words["x"] - words["width"]
    assert abs(left_gap - right_gap) < 8, (left_gap, right_gap)
    one_line = p.locator("[data-testid=stMarkdown]", has_text="One line only")
    box = one_line.locator("[data-testid=stMarkdownContainer]")
    expect(box).to_have_css("text-overflow", "ellipsis")
    assert box.evaluate("el => el.scrollWidth > el.clientWidth")
    assert box.evaluate("el => el.getBoundingClientRect().height") < 40


def test_labels_render_inline_markdown_only(page):
    label = page.page.locator("[data-testid=stCheckbox] [data-testid=stWidgetLabel]")
    expect(label).to_contain_text("# Not a heading, - not a list, bold and blue")
    expect(label.locator("strong")).to_have_text("bold")
    expect(label.locator(".wl-color-blue")).to_have_text("blue")
    expect(label.locator("h1, ul, li, p")).to_have_count(0)


def test_fragment_rerun_updates_only_its_text_elements(page):
    p = page.page
    runs = p.get_by_text("full runs: 1")
    expect(runs).to_be_visible()
    page.click("Bump")
    expect(p.locator("[data-testid=stCode]", has_text="clicks = 1")).to_have_count(1)
    latex = p.locator("[data-testid=stMarkdown].wl-latex").nth(1)
    expect(latex.locator(".katex-mathml annotation")).to_have_text("n = 1")
    expect(runs).to_be_visible()
    page.click("Bump")
    expect(latex.locator(".katex-mathml annotation")).to_have_text("n = 2")
    expect(p.get_by_text("full runs: 1")).to_be_visible()


def test_markdown_extras_leave_code_times_and_escaped_dollars_alone(page):
    p = page.page
    md = p.locator("[data-testid=stMarkdown]", has_text="time 12:30:45")
    expect(md.locator("code")).to_have_text(":smile: $x$ ->")
    expect(md).to_contain_text("stays, time 12:30:45, price $5 and a:b:c")
    expect(md.locator(".wl-math, .katex")).to_have_count(0)


def test_markdown_anchors_false_keeps_the_id_but_no_link_icon(page):
    quiet = page.page.locator("[data-testid=stMarkdown] h2", has_text="Quiet heading")
    expect(quiet).to_have_attribute("id", "quiet-heading")
    expect(quiet.locator("a")).to_have_count(0)


def test_html_with_only_styles_takes_no_room_and_javascript_runs_when_allowed(page):
    p = page.page
    style_only = p.locator("[data-testid=stHtml]").nth(1)
    expect(style_only).to_be_hidden()
    expect(p.locator("p.from-html")).to_have_css("letter-spacing", "3px")
    style_md = p.locator("[data-testid=stElementContainer]:has(> .wl-html-invisible)")
    expect(style_md).to_have_count(2)
    expect(p.locator(".raw-html")).to_have_css("font-weight", "700")
    expect(p.locator("#jsout")).to_have_text("ran")


def test_heading_without_wrap_keeps_one_ellipsised_line(page):
    sub = page.page.locator("[data-testid=stHeading]").nth(5)
    text = sub.locator(".wl-heading-text")
    expect(text).to_have_css("text-overflow", "ellipsis")
    expect(sub).not_to_contain_text("second line")
    assert text.evaluate("el => el.scrollWidth > el.clientWidth")
    assert text.get_attribute("title").startswith("A very long subheader")


def test_code_with_a_height_scrolls(page):
    code = page.page.locator("[data-testid=stCode]", has_text="line 49")
    pre = code.locator("pre")
    assert 100 < pre.evaluate("el => el.getBoundingClientRect().height") <= 121
    assert pre.evaluate("el => el.scrollHeight > el.clientHeight")


def test_json_shows_python_nan_and_infinity(page):
    tree = page.page.locator("[data-testid=stJson]", has_text='"nan"')
    expect(tree.locator(".wl-json-number")).to_have_text(["NaN", "Infinity"])
