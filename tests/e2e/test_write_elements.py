"""The write family in Chromium: Streamlit's data-testids, values through reruns and fragment
reruns, streaming text, and no script from any text the app shows."""

from playwright.sync_api import expect


def metric(app, label):
    return app.page.get_by_test_id("stMetric").filter(
        has=app.page.get_by_test_id("stMetricLabel").get_by_text(label, exact=True))


def test_write_and_magic_render_markdown_json_and_help(app_page):
    app = app_page("write_elements")
    page = app.page
    first = page.get_by_test_id("stMarkdown").first
    expect(first.get_by_test_id("stMarkdownContainer")).to_have_text("Hello write 42")
    expect(first.locator("strong")).to_have_text("write")
    expect(first.locator("code")).to_have_text("42")
    expect(page.get_by_test_id("stJson").first).to_contain_text('"answer":42')
    expect(page.get_by_text("Magic says hi", exact=True)).to_be_visible()
    doc = page.get_by_test_id("stDocstring").first
    expect(doc.get_by_test_id("stDocstringName")).to_have_text("Point")
    expect(doc.get_by_test_id("stDocstringType")).to_have_text("class")
    expect(doc.get_by_test_id("stDocstringValue")).to_have_text("__main__.Point(x: int = 1, y: int = 2) -> None")
    expect(doc.get_by_test_id("stDocstring-Doc")).to_have_text("A point in the plane.")
    members = doc.get_by_test_id("stDocstringMembersTable").get_by_test_id("stMember")
    expect(members).to_have_count(2)
    expect(members.first.get_by_test_id("stMemberDocName")).to_have_text("x")
    expect(members.first.get_by_test_id("stMemberDocValue")).to_have_text("1")


def test_echo_shows_the_code_then_its_output(app_page):
    app = app_page("write_elements")
    code = app.page.get_by_test_id("stCode").first
    expect(code).to_contain_text('shown = 6 * 7\nst.write(f"Echoed result {shown}")')
    output = app.page.get_by_text("Echoed result 42", exact=True)
    expect(output).to_be_visible()
    code_box, out_box = code.bounding_box(), output.bounding_box()
    assert code_box["y"] < out_box["y"]


def test_metric_shows_label_value_delta_arrow_and_sparkline(app_page):
    app = app_page("write_elements")
    revenue = metric(app, "Revenue")
    expect(revenue.get_by_test_id("stMetricValue")).to_have_text("$1,234.57")
    expect(revenue.get_by_test_id("stMetricDelta")).to_have_text("-$12.00")
    expect(revenue.get_by_test_id("stMetricDeltaIcon-Down")).to_have_count(1)
    revenue.get_by_test_id("stTooltipIcon").hover()
    expect(app.page.get_by_test_id("stTooltipContent")).to_have_text("Money in")
    red = revenue.get_by_test_id("stMetricDelta").evaluate("e => getComputedStyle(e).color")
    users = metric(app, "Users")
    expect(users.get_by_test_id("stMetricValue")).to_have_text("99")
    expect(users.get_by_test_id("stMetricDelta")).to_have_text("5%")
    expect(users.get_by_test_id("stMetricDeltaIcon-Up")).to_have_count(1)
    expect(users.get_by_text("vs last week")).to_be_visible()
    expect(users.get_by_test_id("stMetricChart")).to_be_visible()
    # inverse: an up delta is red too, like Revenue's down delta
    assert users.get_by_test_id("stMetricDelta").evaluate("e => getComputedStyle(e).color") == red
    badge = app.page.get_by_test_id("stMarkdown").filter(has_text="Fresh")
    expect(badge).to_have_text("🌱Fresh")


def test_metric_values_survive_reruns_and_fragment_reruns(app_page):
    app = app_page("write_elements")
    expect(metric(app, "Clicks").get_by_test_id("stMetricValue")).to_have_text("0")
    app.click("Click")
    app.click("Click")
    clicks = metric(app, "Clicks")
    expect(clicks.get_by_test_id("stMetricValue")).to_have_text("2")
    expect(clicks.get_by_test_id("stMetricDelta")).to_have_text("2")
    # only the fragment ran: the full-run counter did not move
    expect(metric(app, "Full runs").get_by_test_id("stMetricValue")).to_have_text("1")
    # a full rerun keeps the value
    app.click("Full rerun")
    expect(metric(app, "Full runs").get_by_test_id("stMetricValue")).to_have_text("2")
    expect(metric(app, "Clicks").get_by_test_id("stMetricValue")).to_have_text("2")


def test_no_text_in_metric_badge_or_help_runs_script(app_page):
    app = app_page("write_elements")
    page = app.page
    expect(page.get_by_text("XSS", exact=True)).to_be_visible()
    evil = page.get_by_test_id("stMetric").last
    expect(evil.get_by_test_id("stMetricLabel")).to_contain_text('<img src=x onerror="window.__pwned=1">')
    expect(evil.get_by_test_id("stMetricValue")).to_contain_text("<script>window.__pwned=2</script>")
    expect(evil.get_by_test_id("stMetricDelta")).to_contain_text("<img src=x")
    expect(page.get_by_test_id("stMarkdown").filter(has_text="badge").last).to_contain_text("<script>")
    doc = page.get_by_test_id("stDocstring").last
    expect(doc.get_by_test_id("stDocstring-Doc")).to_contain_text('<svg onload="window.__pwned=4"></svg> evil doc')
    expect(doc.get_by_test_id("stDocstringValue")).to_contain_text("<script>")
    link = page.get_by_role("link", name="click me")
    if link.count():
        assert not (link.get_attribute("href") or "").startswith("javascript:")
        link.click()
    assert page.evaluate("window.__pwned") is None
    assert page.locator("[data-testid=stApp] script, [data-testid=stApp] img[onerror], [data-testid=stApp] svg[onload]").count() == 0


RECORD_MARKDOWN = """() => {
  window.__seen = [];
  const main = document.querySelector('[data-testid=stMain]');
  new MutationObserver(() => {
    const boxes = main.querySelectorAll('[data-testid=stMarkdown]');
    window.__seen.push(Array.from(boxes, (b) => b.textContent.trim()));
  }).observe(main, {subtree: true, childList: true, characterData: true});
}"""


def assert_grew_in_place(page, steps):
    """The page showed each prefix in turn, in a single markdown element."""
    seen = page.evaluate("window.__seen")
    texts = [s[0] for s in seen if s]
    positions = [texts.index(step) for step in steps]  # ValueError: a step never showed
    assert positions == sorted(positions), texts
    assert all(len(s) <= 1 for s in seen), "the stream wrote more than one element"


def test_write_stream_text_grows_in_place(app_page):
    app = app_page("write_stream")
    page = app.page
    expect(page.get_by_text("Ready", exact=True)).to_be_visible()
    page.evaluate(RECORD_MARKDOWN)
    page.get_by_role("button", name="Stream", exact=True).click()
    expect(page.get_by_test_id("stMarkdown")).to_have_text("alpha beta")
    expect(app.app).to_have_attribute("data-test-script-state", "running")
    app.wait_idle()
    expect(page.get_by_test_id("stMarkdown")).to_have_text("alpha beta gamma delta")
    expect(page.get_by_text("Returned: 'alpha beta gamma delta'", exact=True)).to_be_visible()
    assert_grew_in_place(page, ["alpha", "alpha beta", "alpha beta gamma", "alpha beta gamma delta"])


def test_write_stream_of_an_async_generator_in_the_browser(app_page):
    app = app_page("write_stream")
    page = app.page
    if app.app.get_attribute("data-can-run-sync") != "true":
        # Without JSPI a coroutine that really waits cannot finish: the error says why.
        app.click("Stream async")
        expect(page.get_by_test_id("stException")).to_contain_text("JavaScript Promise Integration")
        return
    page.evaluate(RECORD_MARKDOWN)
    page.get_by_role("button", name="Stream async").click()
    # (Each prefix shows for 0.3 s, shorter than expect()'s later polls: the recorded DOM
    # below is what proves that the text grew in place.)
    app.wait_idle()
    expect(page.get_by_text("Returned: 'one two three'", exact=True)).to_be_visible()
    assert_grew_in_place(page, ["one", "one two", "one two three"])
