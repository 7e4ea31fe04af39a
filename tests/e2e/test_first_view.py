"""The first view: `wasmlit build` prerenders the script's first run into index.html, and the
page shows it, interactive, before Python is ready (wasmlit/prerender.py)."""

from __future__ import annotations

from playwright.sync_api import expect

MUTATIONS = """
  window.__mutations = [];
  const watch = () => {
    const main = document.querySelector('[data-testid=stMain]');
    if (!main) return requestAnimationFrame(watch);
    new MutationObserver((list) => {
      for (const m of list) window.__mutations.push({ t: performance.now(), type: m.type });
    }).observe(main, { subtree: true, childList: true, attributes: true, characterData: true });
  };
  watch();
"""


def _hold_python(page):
    """Hold the interpreter's download until released: Python cannot be ready before that."""
    held = []
    page.context.route("**/pyodide.asm.wasm", lambda route: held.append(route))
    return held


def test_the_first_view_is_on_screen_and_takes_input_before_python(app_page):
    app = app_page("first_view", wait=False)
    page = app.page
    held = _hold_python(page)
    page.reload()
    root = app.app
    expect(page.get_by_test_id("stHeading")).to_have_text("First view")
    expect(page.get_by_text("Clicks: 0")).to_be_visible()
    expect(page.get_by_test_id("stAppGettingReady")).to_be_visible()
    expect(page.get_by_test_id("stBootProgress")).to_be_hidden()
    # Python is not there yet, and the page says so; the user clicks and types anyway.
    expect(root).to_have_attribute("data-test-connection-state", "INITIAL")
    button = page.get_by_role("button", name="Count")
    button.click()
    button.click()
    field = page.get_by_label("Name")
    field.fill("Ada")
    field.press("Enter")
    expect(field).to_have_value("Ada")
    assert root.get_attribute("data-test-connection-state") == "INITIAL"
    # Release Python: every click and the typed name arrive, in order, after its first run.
    for route in held:
        route.continue_()
    page.context.unroute("**/pyodide.asm.wasm")
    app.wait_idle(90_000)
    expect(page.get_by_text("Clicks: 2")).to_be_visible()
    expect(page.get_by_text("Name is Ada")).to_be_visible()
    expect(field).to_have_value("Ada")
    expect(page.get_by_test_id("stAppGettingReady")).to_be_hidden()


def test_an_identical_first_run_changes_nothing_in_the_page(app_page):
    app = app_page("seed_counters", wait=False)
    page = app.page
    page.add_init_script(MUTATIONS)
    page.reload()
    expect(page.get_by_text("Full app says it ran 1 times.")).to_be_visible()
    app.wait_idle(90_000)
    ready = float(app.app.get_attribute("data-ready-ms"))
    after = page.evaluate("r => window.__mutations.filter(m => m.t > r).length", ready)
    assert after == 0
    # ...and it is the live app: a click runs Python.
    app.click("Rerun full app")
    expect(page.get_by_text("Full app says it ran 2 times.")).to_be_visible()


def test_a_first_run_that_differs_updates_in_place(app_page):
    app = app_page("first_view", wait=False)
    page = app.page
    held = _hold_python(page)
    page.reload()
    expect(page.get_by_text("Platform: linux")).to_be_visible()
    page.evaluate("""() => { for (const el of document.querySelectorAll('[data-testid=stMarkdown]'))
                              el.__seen = true; }""")
    for route in held:
        route.continue_()
    page.context.unroute("**/pyodide.asm.wasm")
    app.wait_idle(90_000)
    expect(page.get_by_text("Platform: emscripten")).to_be_visible()
    # The elements that did not change are the very same DOM nodes: nothing flashed.
    kept = page.evaluate("""() => [...document.querySelectorAll('[data-testid=stMarkdown]')]
                              .filter(el => el.__seen).map(el => el.textContent.trim())""")
    assert "Clicks: 0" in kept and "Name is empty" in kept


def test_an_embedded_app_takes_a_first_view_too(app_page):
    app = app_page("first_view", wait=False, path="first-view-embed.html")
    page = app.page
    expect(page.get_by_test_id("stHeading")).to_have_text("First view")
    app.wait_idle(90_000)
    expect(page.get_by_text("Platform: emscripten")).to_be_visible()
    page.get_by_role("button", name="Count").click()
    app.wait_idle()
    expect(page.get_by_text("Clicks: 1")).to_be_visible()


def test_a_site_without_a_first_view_shows_the_loading_view(app_page):
    app = app_page("first_view_clock", wait=False)  # depends on the clock: not prerendered
    page = app.page
    held = _hold_python(page)
    page.reload()
    expect(page.locator("#wasmlit-first-view")).to_have_count(0)
    expect(page.get_by_test_id("stBootProgress")).to_be_visible()
    expect(page.get_by_text("Clock app")).to_have_count(0)
    for route in held:
        route.continue_()
    page.context.unroute("**/pyodide.asm.wasm")
    app.wait_idle(90_000)
    expect(page.get_by_text("Clock app")).to_be_visible()
    expect(page.get_by_test_id("stBootProgress")).to_be_hidden()
