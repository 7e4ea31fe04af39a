"""Bad input: malformed messages are rejected with a console error and change nothing; a
script that raises shows the exception in place; a site opened from file:// says it needs HTTP."""

import pytest
from playwright.sync_api import expect

# Each goes through the worker's real onmessage path on the page side.
MALFORMED = [
    "not json at all",
    '{"v": 1, "type": "no-such-type"}',
    '{"v": 99, "type": "idle", "seq": 1}',
    '{"v": 1, "type": "patches", "run_id": 1, "ops": [], "extra": true}',
    '{"v": 1, "type": "patches", "run_id": "one", "ops": []}',
    '[1, 2, 3]',
]

INJECT = """(texts) => {
  const worker = document.querySelector('#wasmlit-root').wasmlit.client.worker;
  for (const data of texts) worker.dispatchEvent(new MessageEvent('message', {data}));
}"""


@pytest.mark.allow_protocol_errors
def test_malformed_messages_only_log_a_console_error(app_page):
    app = app_page("seed_counters")
    before = app.page.inner_html("[data-testid=stApp]")
    app.page.evaluate(INJECT, MALFORMED)
    errors = app.protocol_errors()
    assert len(errors) == len(MALFORMED), errors
    assert app.page.inner_html("[data-testid=stApp]") == before
    # the app still works
    app.click("Rerun full app")
    expect(app.page.get_by_text("Full app says it ran 2 times.", exact=True)).to_be_visible()


def test_a_valid_message_is_not_a_protocol_error(app_page):
    # the counterpart of the test above: the checker itself does not cry wolf
    app = app_page("seed_counters")
    app.page.evaluate(INJECT, ['{"v": 1, "type": "log", "level": "info", "message": "hello"}'])
    assert app.protocol_errors() == []


def test_malformed_request_to_the_worker_changes_nothing(app_page):
    app = app_page("seed_counters")
    before = app.page.inner_html("[data-testid=stMain]")
    app.page.evaluate("""() => {
      const w = document.querySelector('#wasmlit-root').wasmlit.client.worker;
      w.postMessage('{"v": 1, "type": "run-script", "bogus": 1}');
      w.postMessage('garbage');
    }""")
    app.click("Rerun fragment")
    expect(app.page.get_by_text("Fragment says it ran 2 times.", exact=True)).to_be_visible()
    expect(app.page.get_by_text("Full app says it ran 1 times.", exact=True)).to_be_visible()
    assert "Full app says it ran 1 times." in before


def test_a_script_error_is_shown_in_place_and_the_app_keeps_working(app_page):
    app = app_page("raises")
    app.click("Boom")
    exc = app.page.get_by_test_id("stException")
    expect(exc.get_by_test_id("stExceptionMessage")).to_have_text("ValueError: kaboom")
    expect(exc).to_contain_text("raise ValueError")
    expect(app.app).to_have_attribute("data-test-connection-state", "CONNECTED")
    app.click("Calm down")
    expect(exc).to_have_count(0)
    expect(app.page.get_by_text("After the error", exact=True)).to_be_visible()


def test_a_rerun_with_nothing_new_does_not_touch_the_dom(app_page):
    app = app_page("raises")
    app.page.evaluate("""() => {
      window.__mutations = 0;
      new MutationObserver((r) => { window.__mutations += r.length; })
        .observe(document.querySelector('[data-testid=stMain]'), {childList: true, subtree: true, characterData: true, attributes: true});
    }""")
    app.click("Calm down")
    assert app.page.evaluate("window.__mutations") == 0


def test_a_site_opened_from_a_file_says_it_needs_http(site_root, chromium):
    context = chromium.new_context()
    try:
        page = context.new_page()
        page.goto((site_root / "seed_counters" / "index.html").as_uri())
        expect(page.get_by_role("alert")).to_contain_text("served over HTTP")
    finally:
        context.close()


def test_a_boot_failure_is_shown_not_a_blank_page(app_page):
    app = app_page("broken", wait=False)
    error = app.page.get_by_test_id("stFatalError")
    expect(error).to_contain_text("could not start", timeout=90_000)
    expect(app.app).to_have_attribute("data-test-connection-state", "DISCONNECTED")
    expect(app.page.get_by_test_id("stBootProgress")).to_be_hidden()


def test_script_state_turns_running_the_moment_the_user_clicks(app_page):
    app = app_page("seed_counters")
    state = app.page.evaluate("""() => {
      const root = document.querySelector('[data-testid=stApp]');
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Rerun fragment').click();
      return root.getAttribute('data-test-script-state');
    }""")
    assert state == "running"
    app.wait_idle()
    expect(app.page.get_by_text("Fragment says it ran 2 times.", exact=True)).to_be_visible()


def test_an_unknown_element_kind_is_a_visible_error_box(app_page):
    app = app_page("seed_counters")
    count = app.page.evaluate("document.querySelector('[data-testid=stMain] [data-path=\"[0]\"]').children.length")
    op = {"op": "put", "path": [0, count], "node": {"kind": "hologram", "props": {}, "fid": None, "block": False}}
    app.page.evaluate("""(op) => {
      const worker = document.querySelector('#wasmlit-root').wasmlit.client.worker;
      const data = JSON.stringify({v: 1, type: 'patches', run_id: 1, ops: [op]});
      worker.dispatchEvent(new MessageEvent('message', {data}));
    }""", op)
    expect(app.page.get_by_test_id("stUnknownElement")).to_contain_text('"hologram"')
