"""Stop from the page: a sleeping script stops at its next yield point; a script that never
yields is interrupted through Pyodide's interrupt buffer on a cross-origin isolated page, and
elsewhere (plain http.server, no COOP/COEP) stopped by restarting the worker, with session
state and widgets restored."""

from playwright.sync_api import expect


def test_the_test_server_is_not_cross_origin_isolated(app_page):
    app = app_page("infinite_loop")
    assert app.page.evaluate("crossOriginIsolated") is False


def test_stop_a_sleeping_script_at_its_next_yield_point(app_page):
    app = app_page("infinite_loop")
    app.page.get_by_role("button", name="Sleep long").click()
    stop = app.page.get_by_test_id("stStopButton")
    expect(stop).to_be_visible()
    stop.click()
    app.wait_idle(timeout=5_000)
    expect(app.app).to_have_attribute("data-test-connection-state", "CONNECTED")
    expect(app.page.get_by_test_id("stNotice")).to_have_count(0)
    app.click("Add one")
    expect(app.page.get_by_text("n = 1", exact=True)).to_be_visible()


def test_stop_an_infinite_loop_restarts_python_and_restores_state(app_page):
    app = app_page("infinite_loop")
    app.click("Add one")
    app.click("Add one")
    name = app.page.get_by_label("Name")
    name.fill("Ada")
    name.press("Enter")
    app.wait_idle()
    expect(app.page.get_by_text("Hello Ada", exact=True)).to_be_visible()
    expect(app.page.get_by_text("n = 2", exact=True)).to_be_visible()

    app.page.get_by_role("button", name="Spin forever").click()
    stop = app.page.get_by_test_id("stStopButton")
    expect(stop).to_be_visible()
    stop.click()
    expect(app.page.get_by_test_id("stNotice")).to_contain_text("Stopped the run")
    app.wait_idle(timeout=90_000)
    expect(app.app).to_have_attribute("data-test-connection-state", "CONNECTED")
    expect(app.page.get_by_text("n = 2", exact=True)).to_be_visible()
    expect(app.page.get_by_text("Hello Ada", exact=True)).to_be_visible()
    expect(name).to_have_value("Ada")
    # the app works afterwards
    app.click("Add one")
    expect(app.page.get_by_text("n = 3", exact=True)).to_be_visible()


def test_stop_interrupts_an_infinite_loop_on_a_cross_origin_isolated_page(app_page):
    """With COOP/COEP the page shares an interrupt buffer with Pyodide: Stop raises
    KeyboardInterrupt in the loop, so Python keeps running (no restart, nothing to restore)."""
    app = app_page("infinite_loop", isolated=True)
    assert app.page.evaluate("crossOriginIsolated") is True
    app.click("Add one")
    expect(app.page.get_by_text("n = 1", exact=True)).to_be_visible()

    app.page.get_by_role("button", name="Spin forever").click()
    stop = app.page.get_by_test_id("stStopButton")
    expect(stop).to_be_visible()
    stop.click()
    app.wait_idle(timeout=10_000)
    expect(app.app).to_have_attribute("data-test-connection-state", "CONNECTED")
    expect(app.page.get_by_test_id("stNotice")).to_have_count(0)  # no restart happened
    expect(app.page.get_by_test_id("stException")).to_have_count(0)
    app.click("Add one")
    expect(app.page.get_by_text("n = 2", exact=True)).to_be_visible()
