"""run_every timers live in the page: one per live fragment, gone when a full run no longer
calls the fragment."""

import time

from playwright.sync_api import expect

TIMERS = "document.querySelector('#wasmlit-root').wasmlit.timers.ids().length"


def wait_ticks(app, n):
    """Wait until the fragment has ticked at least n times. (Polled every animation frame: an
    expect() on the exact text "Ticks: n" polls up to a second apart and can miss a count that
    is on screen for only the half second between ticks.)"""
    app.page.wait_for_function(
        "n => { const m = /Ticks: (\\d+)/.exec(document.body.innerText); return m && +m[1] >= n; }",
        arg=n, timeout=10_000)


def test_fragment_ticks_on_time_while_the_app_does_not_rerun(app_page):
    app = app_page("ticker")
    wait_ticks(app, 2)
    start = time.monotonic()
    wait_ticks(app, 6)
    elapsed = time.monotonic() - start
    assert 1.2 < elapsed < 4.0, f"4 ticks of 0.5 s took {elapsed:.1f} s"
    expect(app.page.get_by_text("Outside runs: 1", exact=True)).to_be_visible()
    assert app.page.evaluate(TIMERS) == 1


def test_timer_stops_when_a_full_run_no_longer_calls_the_fragment(app_page):
    app = app_page("ticker")
    wait_ticks(app, 2)
    app.page.get_by_label("Run the ticker").uncheck()
    app.wait_idle()
    expect(app.page.get_by_text("Outside runs: 2", exact=True)).to_be_visible()
    expect(app.page.get_by_text("Ticks:")).to_have_count(0)
    assert app.page.evaluate(TIMERS) == 0
    # nothing runs any more: no tick, no request (an absence, so it takes a short wait)
    app.page.wait_for_timeout(1500)
    expect(app.app).to_have_attribute("data-test-script-state", "notRunning")
    expect(app.page.get_by_text("Outside runs: 2", exact=True)).to_be_visible()
    # and it comes back with the fragment
    app.page.get_by_label("Run the ticker").check()
    app.wait_idle()
    assert app.page.evaluate(TIMERS) == 1


def test_demo_clock_ticks(app_page):
    app = app_page("run_every")
    first = app.page.get_by_test_id("stHeading").nth(1).inner_text()
    expect(app.page.get_by_test_id("stHeading").nth(1)).not_to_have_text(first, timeout=5_000)
    expect(app.page.get_by_text("The whole app ran 1 times.")).to_be_visible()
