"""The fault matrix: what the user sees when something breaks. Every case shows a clear
message where the user looks, never leaves the page loading or running forever, and, while
Python is still alive (or has been restarted), keeps the session state and what was typed.

Malformed messages in each direction are also covered by test_protocol.py (they change
nothing); here they are checked against state the user built up.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect

from conftest import BOOT_TIMEOUT_MS, CHROMIUM, ROOT, AppPage
from pytest_wasmlit import system_chromium_launch_args

# Every file a site's boot downloads, by stage (Playwright routes also see the worker's
# requests). The pyodide/ ones are fetched by Pyodide itself, which hides which one failed.
BOOT_FILES = [
    ("**/faults/wasmlit.js", "wasmlit.js"),
    ("**/faults/assets/worker-*.js", "worker"),
    ("**/faults/pyodide/pyodide.mjs", "pyodide.mjs"),
    ("**/faults/pyodide/pyodide.asm.mjs", "pyodide.asm.mjs"),
    ("**/faults/pyodide/pyodide.asm.wasm", "pyodide.asm.wasm"),
    ("**/faults/pyodide/python_stdlib.zip", "python_stdlib.zip"),
    ("**/faults/pyodide/pyodide-lock.json", "pyodide-lock.json"),
    ("**/faults/wasmlit.zip.gz", "wasmlit.zip.gz"),
    ("**/faults/app.json", "app.json"),
    ("**/faults/app/faults.py", "faults.py"),
]
NETWORK_LOSS = ["wasmlit.js", "pyodide.asm.wasm", "python_stdlib.zip", "wasmlit.zip.gz", "app.json",
                "faults.py"]


@pytest.fixture
def new_page(chromium):
    contexts = []

    def make(route: Any = None, fail: str = "404") -> AppPage:
        context = chromium.new_context(viewport={"width": 1100, "height": 800})
        contexts.append(context)
        if route:
            if fail == "404":
                context.route(route, lambda r: r.fulfill(status=404, body="not found"))
            else:
                context.route(route, lambda r: r.abort("internetdisconnected"))
        return AppPage(context.new_page())

    yield make
    for context in contexts:
        context.close()


def expect_boot_failure(app: AppPage, file: str) -> None:
    box = app.page.get_by_test_id("stFatalError")
    expect(box).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    expect(box).to_contain_text("could not start this app")
    expect(box).to_contain_text(file)
    expect(box).to_contain_text("reload the page")
    expect(box.get_by_role("button", name="Reload the page")).to_be_visible()
    expect(app.page.get_by_test_id("stBootProgress")).to_be_hidden()
    expect(app.page.locator(".wl-preboot")).to_have_count(0)
    if file != "wasmlit.js":  # without wasmlit.js there is no app shell at all
        expect(app.app).to_have_attribute("data-test-script-state", "notRunning")


@pytest.mark.parametrize("route, file", BOOT_FILES, ids=[f for _, f in BOOT_FILES])
def test_a_missing_boot_file_is_named_on_screen(new_page, server_url, route, file):
    app = new_page(route, "404")
    app.page.goto(f"{server_url}/faults/")
    expect_boot_failure(app, file)
    if file not in ("wasmlit.js", "worker", "pyodide.mjs", "pyodide.asm.mjs"):
        expect(app.page.get_by_test_id("stFatalError")).to_contain_text("HTTP 404")


@pytest.mark.parametrize("file", NETWORK_LOSS)
def test_network_loss_during_boot_is_named_on_screen(new_page, server_url, file):
    route = dict((f, r) for r, f in BOOT_FILES)[file]
    app = new_page(route, "abort")
    app.page.goto(f"{server_url}/faults/")
    expect_boot_failure(app, file)
    if file != "wasmlit.js":
        expect(app.page.get_by_test_id("stFatalError")).to_contain_text("network request failed")


def test_a_missing_wheel_is_a_notice_and_the_app_still_runs(new_page, server_url):
    # the site's copy of the wheel (not the app folder's copy of the file, an app file)
    app = new_page(lambda url: "wlhello-" in url and url.endswith(".whl") and "/app/" not in url,
                   "404")
    app.page.goto(f"{server_url}/requirements/")
    app.wait_idle(BOOT_TIMEOUT_MS)
    expect(app.page.get_by_test_id("stNotice").first).to_contain_text("wlhello")
    # the script runs, and its import error is shown where the app would be
    expect(app.page.get_by_test_id("stException")).to_contain_text("wlhello")
    expect(app.app).to_have_attribute("data-test-connection-state", "CONNECTED")


def build_up_state(app: AppPage) -> None:
    app.click("Add one")
    name = app.page.get_by_label("Name")
    name.fill("Ada")
    name.press("Enter")
    app.wait_idle()
    expect(app.page.get_by_text("n = 1", exact=True)).to_be_visible()
    expect(app.page.get_by_text("Hello Ada", exact=True)).to_be_visible()


def expect_state_kept(app: AppPage) -> None:
    expect(app.page.get_by_text("n = 1", exact=True)).to_be_visible()
    expect(app.page.get_by_text("Hello Ada", exact=True)).to_be_visible()
    expect(app.page.get_by_label("Name")).to_have_value("Ada")
    app.click("Add one")  # and the app still works
    expect(app.page.get_by_text("n = 2", exact=True)).to_be_visible()


def test_a_python_crash_mid_run_restarts_python_and_restores_state(app_page):
    app = app_page("faults")
    build_up_state(app)
    app.page.get_by_role("button", name="Crash Python").click()
    expect(app.page.get_by_test_id("stNotice")).to_contain_text("Python crashed", timeout=30_000)
    app.wait_idle(BOOT_TIMEOUT_MS)
    expect(app.page.get_by_test_id("stNotice")).to_contain_text("were restored")
    expect(app.app).to_have_attribute("data-test-connection-state", "CONNECTED")
    expect(app.page.get_by_test_id("stFatalError")).to_have_count(0)
    expect_state_kept(app)


def test_a_python_that_crashes_on_every_run_gets_an_error_not_a_restart_loop(app_page):
    app = app_page("faults")
    app.click("Doom every later run")
    app.page.get_by_role("button", name="Add one").click()
    box = app.page.get_by_test_id("stFatalError")
    expect(box).to_contain_text("Python stopped working", timeout=BOOT_TIMEOUT_MS)
    expect(app.app).to_have_attribute("data-test-script-state", "notRunning")
    expect(app.page.get_by_test_id("stNotice")).to_contain_text("Python crashed")


def test_running_out_of_memory_shows_memory_error_and_keeps_state(app_page):
    app = app_page("faults")
    build_up_state(app)
    app.page.get_by_role("button", name="Eat memory").click()
    app.wait_idle(120_000)
    expect(app.page.get_by_test_id("stExceptionMessage")).to_contain_text("MemoryError")
    expect_state_kept(app)


def test_an_exception_at_import_time_of_an_app_module_is_shown_in_place(app_page):
    app = app_page("faults")
    build_up_state(app)
    app.click("Import a broken module")
    exc = app.page.get_by_test_id("stException")
    expect(exc.get_by_test_id("stExceptionMessage")).to_have_text(
        "RuntimeError: this module fails on import")
    expect(exc).to_contain_text("faults_broken_module.py")
    expect_state_kept(app)
    expect(exc).to_have_count(0)  # the next run does not import it


MALFORMED_BOTH_WAYS = """() => {
  const worker = document.querySelector('#wasmlit-root').wasmlit.client.worker;
  for (const data of ['not json', '{"v": 1, "type": "patches", "run_id": "x", "ops": []}', '[]'])
    worker.dispatchEvent(new MessageEvent('message', {data}));           // worker -> page
  worker.postMessage('{"v": 1, "type": "widget-changed", "values": 7}');  // page -> worker
  worker.postMessage('garbage');
}"""


@pytest.mark.allow_protocol_errors
def test_malformed_messages_both_ways_keep_state_and_typing(app_page):
    app = app_page("faults")
    build_up_state(app)
    name = app.page.get_by_label("Name")
    name.fill("Ada L")  # typed, not committed
    app.page.evaluate(MALFORMED_BOTH_WAYS)
    expect(name).to_have_value("Ada L")
    expect(app.page.get_by_text("Hello Ada", exact=True)).to_be_visible()
    expect(app.app).to_have_attribute("data-test-connection-state", "CONNECTED")
    assert len(app.protocol_errors()) == 3
    name.press("Enter")
    app.wait_idle()
    expect(app.page.get_by_text("Hello Ada L", exact=True)).to_be_visible()
    app.click("Add one")
    expect(app.page.get_by_text("n = 2", exact=True)).to_be_visible()


def test_a_back_forward_cache_restore_keeps_the_session_and_typing(chromium, server_url):
    """Playwright turns the back-forward cache off by default; this browser has it on."""
    browser = chromium.browser_type.launch(**system_chromium_launch_args(CHROMIUM),
                                           ignore_default_args=["--disable-back-forward-cache"])
    try:
        app = AppPage(browser.new_page())
        app.page.goto(f"{server_url}/faults/")
        app.wait_idle(BOOT_TIMEOUT_MS)
        build_up_state(app)
        app.page.get_by_label("Name").fill("Ada L")  # typed, not committed
        app.page.evaluate("addEventListener('pageshow', (e) => { window.wlRestored = e.persisted; })")
        app.page.goto(f"{server_url}/rapid_input/")
        app.page.go_back(wait_until="commit")  # a restore fires pageshow, not load
        app.page.wait_for_function("window.wlRestored === true", timeout=30_000)
        expect(app.page.get_by_label("Name")).to_have_value("Ada L")
        expect(app.app).to_have_attribute("data-test-script-state", "notRunning")
        expect(app.page.get_by_text("n = 1", exact=True)).to_be_visible()
        app.click("Add one")  # the worker came back with the page
        expect(app.page.get_by_text("n = 2", exact=True)).to_be_visible()
        expect(app.page.get_by_text("Hello Ada L", exact=True)).to_be_visible()  # blur sent it
        assert app.protocol_errors() == []
    finally:
        browser.close()


def test_going_back_without_the_cache_boots_a_working_app(app_page, server_url):
    app = app_page("faults")
    build_up_state(app)
    app.page.goto(f"{server_url}/rapid_input/")
    app.page.go_back()
    app.wait_idle(BOOT_TIMEOUT_MS)
    expect(app.page.get_by_test_id("stFatalError")).to_have_count(0)
    expect(app.app).to_have_attribute("data-test-connection-state", "CONNECTED")
    app.click("Add one")  # a new page load is a new session
    expect(app.page.get_by_text("n = 1", exact=True)).to_be_visible()


def test_two_tabs_of_one_site_are_independent_sessions(chromium, server_url):
    context = chromium.new_context(viewport={"width": 1100, "height": 800})
    try:
        one, two = AppPage(context.new_page()), AppPage(context.new_page())
        for app in (one, two):
            app.page.goto(f"{server_url}/faults/")
        for app in (one, two):
            app.wait_idle(BOOT_TIMEOUT_MS)
        one.click("Add one")
        one.click("Add one")
        two.click("Add one")
        expect(one.page.get_by_text("n = 2", exact=True)).to_be_visible()
        expect(two.page.get_by_text("n = 1", exact=True)).to_be_visible()
        assert one.protocol_errors() == two.protocol_errors() == []
    finally:
        context.close()


def test_a_traceback_through_wasmlit_names_its_lines_and_shows_their_code(app_page):
    """The site ships wasmlit's sources slimmed (wasmlit.packing): every line where it was."""
    app = app_page("wasmlit_frames")  # shows its own traceback.format_exc()
    traceback = app.page.get_by_test_id("stText")
    expect(traceback).to_contain_text("ZeroDivisionError")
    lines = traceback.inner_text().splitlines()
    frames = [(i, m) for i, line in enumerate(lines)
              if (m := re.search(r'File "[^"]*/\.wasmlit/wasmlit/([^"]+)", line (\d+)', line))]
    assert frames, lines
    for i, m in frames:
        source = (ROOT / "py" / "wasmlit" / m[1]).read_text().splitlines()[int(m[2]) - 1]
        shown = lines[i + 1].strip()
        assert shown and source.strip().startswith(shown), (m[0], shown, source)
    assert 'wasmlit_frames.py", line 8' in traceback.inner_text()


def test_a_damaged_package_is_named_on_screen(new_page, server_url):
    app = new_page()
    app.page.context.route("**/faults/wasmlit.zip.gz", lambda r: r.fulfill(
        status=200, body=b"\x1f\x8b\x08\x00" + b"not what gzip wrote" * 4))
    app.page.goto(f"{server_url}/faults/")
    expect_boot_failure(app, "wasmlit.zip.gz")
    expect(app.page.get_by_test_id("stFatalError")).to_contain_text("is damaged")
