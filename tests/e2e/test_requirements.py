"""Requirements resolved by `wasmlit build` load with the interpreter, offline.

Every context here refuses requests that leave loopback, as a page with no CDN would see.
Pyodide's CDN cannot be reached from these machines, so the package base of Pyodide's own
packages is a stand-in (conftest.make_standin_base): pydantic, pydantic-core (a browser binary
wheel) and their dependencies from PyPI, listed under their names in Pyodide's set by a
pyodide-lock.json of the base's own.
"""

import re

import pytest
from playwright.sync_api import expect

BOOTED = "[data-testid=stApp][data-test-script-state=notRunning]"
OFF_LOOPBACK = re.compile(r"^https?://(?!127\.0\.0\.1[:/])")


@pytest.fixture
def offline_page(chromium):
    contexts = []

    def open_page(url):
        context = chromium.new_context()
        contexts.append(context)
        refused = []

        def refuse(route):
            refused.append(route.request.url)
            route.abort()

        context.route(OFF_LOOPBACK, refuse)
        page = context.new_page()
        requests = []
        page.on("request", lambda r: requests.append(r.url))
        context.on("request", lambda r: requests.append(r.url))  # the worker's fetches too
        page.goto(url)
        page.wait_for_selector(BOOTED, timeout=90_000)
        return page, requests, refused

    yield open_page
    for context in contexts:
        context.close()


def test_a_local_wheel_named_in_requirements_is_shipped_and_loads(offline_page, server_url):
    page, _, refused = offline_page(f"{server_url}/requirements/")
    expect(page.get_by_text("hello from a wheel")).to_be_visible()
    expect(page.get_by_test_id("stNotice")).to_have_count(0)
    assert refused == []


def test_pydantic_validates_with_its_binary_core_from_the_site_alone(offline_page, server_url,
                                                                    package_sites):
    page, requests, refused = offline_page(f"{server_url}/pydantic/")
    expect(page.get_by_text("validated: x=3 y=4")).to_be_visible()
    expect(page.get_by_text("rejected: 1 error")).to_be_visible()
    expect(page.get_by_text(re.compile(
        r"core: 2\.50\.5 _pydantic_core\.cpython-314-wasm32-emscripten\.so"))).to_be_visible()
    expect(page.get_by_test_id("stNotice")).to_have_count(0)
    assert refused == []
    wheels = {u.rsplit("/", 1)[-1] for u in requests if u.endswith(".whl")}
    assert "pydantic_core-2.50.5-cp314-cp314-pyemscripten_2026_0_wasm32.whl" in wheels
    assert all(u.startswith(f"{server_url}/pydantic/packages/") for u in requests
               if u.endswith(".whl") and "micropip" not in u)
    # nothing is resolved in the page: no index is asked, micropip is not even loaded
    assert not [u for u in requests if "micropip" in u or "/simple/" in u or "pypi" in u]


def test_pyodide_packages_left_on_a_package_base_load_from_it(offline_page, server_url,
                                                              package_base_url, package_sites):
    page, requests, refused = offline_page(f"{server_url}/pydantic_remote/")
    expect(page.get_by_text("validated: x=3 y=4")).to_be_visible()
    expect(page.get_by_test_id("stNotice")).to_have_count(0)
    assert refused == []
    from_base = [u for u in requests if u.startswith(package_base_url) and u.endswith(".whl")]
    assert any("pydantic_core-2.50.5" in u for u in from_base), requests


def test_a_package_that_cannot_be_fetched_is_named_on_screen_and_the_app_starts(
        offline_page, server_url, package_sites):
    page, _, _ = offline_page(f"{server_url}/pydantic_down/")
    notice = page.get_by_test_id("stNotice")
    expect(notice.first).to_contain_text("Could not load the package")
    expect(notice.first).to_contain_text("pydantic")
    # the app ran: its script started (and then failed on the import, shown as usual)
    expect(page.get_by_test_id("stException")).to_contain_text("pydantic")
