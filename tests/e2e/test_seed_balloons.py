"""The seed page's first example, verbatim (demo/seed_balloons.py): a slow full run around a
fast fragment."""

import time

from playwright.sync_api import expect

# Records, in the page, whether a spinner appears or an element is dimmed after this point.
WATCH = """() => {
  window.__seen = {spinner: 0, stale: 0};
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes' && r.target.dataset.stale === 'true') window.__seen.stale += 1;
      for (const n of r.addedNodes) {
        if (n.nodeType === 1 && (n.matches('[data-testid=stSpinner]') || n.querySelector('[data-testid=stSpinner]'))) window.__seen.spinner += 1;
      }
    }
  }).observe(document.querySelector('[data-testid=stMain]'),
             {childList: true, subtree: true, attributes: true, attributeFilter: ['data-stale']});
}"""


def test_spinner_is_on_screen_during_the_sleep_then_buttons_and_balloons(app_page):
    app = app_page("seed_balloons", wait=False)
    spinner = app.page.get_by_test_id("stSpinner")
    expect(spinner).to_contain_text("Inflating balloons...", timeout=90_000)
    shown_at = time.monotonic()
    expect(app.app).to_have_attribute("data-test-script-state", "running")
    app.wait_idle()
    assert time.monotonic() - shown_at > 3.5, "the spinner must stay for the 5 s sleep"
    expect(spinner).to_have_count(0)
    expect(app.page.get_by_role("button", name="Release the balloons")).to_be_visible()
    expect(app.page.get_by_role("button", name="Inflate more balloons")).to_be_visible()
    expect(app.page.get_by_test_id("stBalloons")).to_have_count(1)
    # the help texts are tooltips
    app.page.get_by_role("button", name="Release the balloons").hover()
    expect(app.page.get_by_test_id("stTooltipContent")).to_have_text("Fragment rerun")


def test_release_reruns_only_the_fragment_and_shows_balloons_again(app_page):
    app = app_page("seed_balloons")
    balloons = app.page.get_by_test_id("stBalloons")
    nonce = balloons.get_attribute("data-nonce")
    app.page.evaluate(WATCH)
    started = time.monotonic()
    app.click("Release the balloons")
    assert time.monotonic() - started < 3, "a fragment run must not sleep 5 s"
    assert app.page.evaluate("window.__seen.spinner") == 0
    assert app.page.evaluate("window.__seen.stale") == 0, "a quick run dims nothing"
    expect(balloons).to_have_count(1)
    assert balloons.get_attribute("data-nonce") != nonce, "the balloons must play again"
    expect(app.page.get_by_role("button", name="Inflate more balloons")).to_be_visible()


def element_of(app, inner):
    return app.page.get_by_test_id("stElementContainer").filter(has=inner)


def test_inflate_more_balloons_brings_the_spinner_back(app_page):
    app = app_page("seed_balloons")
    app.page.get_by_role("button", name="Inflate more balloons").click()
    spinner = app.page.get_by_test_id("stSpinner")
    expect(spinner).to_contain_text("Inflating balloons...")
    # B27: while the script sleeps, what it has not reached yet is dimmed; the spinner is not
    release = element_of(app, app.page.get_by_role("button", name="Release the balloons"))
    expect(release).to_have_attribute("data-stale", "true")
    expect(release).to_have_css("opacity", "0.33")
    expect(element_of(app, spinner)).not_to_have_attribute("data-stale", "true")
    app.wait_idle()
    expect(app.page.locator("[data-stale=true]")).to_have_count(0)
    expect(spinner).to_have_count(0)
    expect(app.page.get_by_test_id("stBalloons")).to_have_count(1)
    expect(app.page.get_by_role("button", name="Release the balloons")).to_be_visible()
