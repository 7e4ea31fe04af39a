"""The seed page's second example, verbatim (demo/seed_counters.py): a fragment rerun
updates only what the fragment writes; the texts outside stay stale until a full run."""

from conftest import BOOT_TIMEOUT_MS, AppPage
from playwright.sync_api import expect


def expect_counts(app, fragment: int, app_runs: int, seen: int) -> None:
    page = app.page
    expect(page.get_by_text(f"Fragment says it ran {fragment} times.", exact=True)).to_be_visible()
    expect(page.get_by_text(f"Full app says it ran {app_runs} times.", exact=True)).to_be_visible()
    expect(page.get_by_text(f"Full app sees that fragment ran {seen} times.", exact=True)).to_be_visible()
    expect(page.get_by_test_id("stMarkdown")).to_have_count(3)


def test_counts_after_fragment_and_full_reruns(app_page):
    app = app_page("seed_counters")
    expect_counts(app, fragment=1, app_runs=1, seen=1)
    app.click("Rerun fragment")
    expect_counts(app, fragment=2, app_runs=1, seen=1)
    app.click("Rerun fragment")
    expect_counts(app, fragment=3, app_runs=1, seen=1)
    app.click("Rerun full app")
    expect_counts(app, fragment=4, app_runs=2, seen=4)
    app.click("Rerun fragment")
    expect_counts(app, fragment=5, app_runs=2, seen=4)


def test_a_fragment_rerun_touches_only_the_fragment_in_the_dom(app_page):
    app = app_page("seed_counters")
    app.page.evaluate("""() => {
      window.__touched = [];
      new MutationObserver((records) => {
        for (const r of records) {
          const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
          window.__touched.push(el.closest('[data-path]')?.dataset.path ?? 'outside');
        }
      }).observe(document.querySelector('[data-testid=stMain]'), {childList: true, subtree: true, characterData: true, attributes: true});
    }""")
    app.click("Rerun fragment")
    touched = set(app.page.evaluate("window.__touched"))
    assert touched, "the fragment's text must change"
    # the fragment is the first block in main ([0,0]); nothing outside it may change
    assert all(p.startswith("[0,0,") for p in touched), touched


def test_the_page_starts_pythons_worker_before_wasmlit_js_has_loaded(chromium, server_url):
    """index.html starts the worker itself; wasmlit.js takes that one over, so the app has
    one worker, which was already loading Python while wasmlit.js was still on its way."""
    context = chromium.new_context()
    try:
        page = context.new_page()
        held = []
        page.route("**/seed_counters/wasmlit.js", lambda route: held.append(route))
        with page.expect_worker(timeout=30_000):
            page.goto(f"{server_url}/seed_counters/", wait_until="commit")
        assert held, "wasmlit.js was requested"
        assert page.evaluate("() => !document.querySelector('[data-testid=stApp]')"), \
            "wasmlit.js has not run yet"
        assert [w.url.rsplit("/", 2)[-2] for w in page.workers] == ["assets"]
        held[0].continue_()
        app = AppPage(page)
        app.wait_idle(BOOT_TIMEOUT_MS)
        expect_counts(app, fragment=1, app_runs=1, seen=1)
        app.click("Rerun fragment")
        expect_counts(app, fragment=2, app_runs=1, seen=1)
        assert len(page.workers) == 1
    finally:
        context.close()
