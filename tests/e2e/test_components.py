"""Custom components in Chromium: a v1 component of the app's own (value round trip, frame
height, theme, a chunk it loads lazily) and a third-party one from PyPI, whose wheel comes from
.cache/component-wheels (make install), so the build runs offline."""

from __future__ import annotations

import re
from typing import Iterator

import pytest
from playwright.sync_api import expect

from conftest import APPS, BOOT_TIMEOUT_MS, ROOT, RUN_TIMEOUT_MS, _QuietHandler, _serve
from wasmlit.site import build_site

COMPONENT_WHEELS = ROOT / ".cache" / "component-wheels"
IDLE = "[data-testid=stApp][data-test-script-state=notRunning]"


@pytest.fixture(scope="module")
def component_sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("component-sites")
    build_site(APPS / "components" / "app.py", root / "own")
    build_site(APPS / "connection" / "app.py", root / "connection")
    if list(COMPONENT_WHEELS.glob("streamlit_option_menu-*.whl")):
        build_site(APPS / "components_pypi" / "app.py", root / "pypi",
                   find_links=[COMPONENT_WHEELS])
    yield from _serve(root, _QuietHandler)


@pytest.fixture
def open_site(chromium, component_sites):
    contexts = []

    def go(name: str):
        context = chromium.new_context(viewport={"width": 1000, "height": 900})
        contexts.append(context)
        page = context.new_page()
        failed = []
        page.on("requestfailed", lambda r: failed.append(r.url))
        page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
        page.goto(f"{component_sites}/{name}/")
        page.wait_for_selector(IDLE, timeout=BOOT_TIMEOUT_MS)
        return page, failed

    yield go
    for context in contexts:
        context.close()


def markdown(page) -> list[str]:
    return [t.strip() for t in page.locator("[data-testid=stMarkdownContainer]").all_inner_texts()]


def test_own_component_round_trips_its_value_sets_its_height_and_loads_a_chunk(open_site):
    page, failed = open_site("own")
    host = page.locator("[data-testid=stCustomComponentV1]")
    frame = page.frame_locator("[data-testid=stCustomComponentV1] iframe")
    # The lazily imported chunk resolved against the shipped files, and got the render args.
    expect(frame.locator("#chunk")).to_have_text("lazy chunk loaded for Clicks (key clicks)",
                                                 timeout=RUN_TIMEOUT_MS)
    expect(frame.locator("#label")).to_have_text("Clicks: 0")
    expect(host.locator("iframe")).to_have_css("height", "120px")
    assert "value: 0" in markdown(page), "the default until the frontend sets a value"

    frame.get_by_role("button", name="Add one").click()
    expect(page.get_by_text("value: 1", exact=True)).to_be_visible(timeout=RUN_TIMEOUT_MS)
    expect(page.get_by_text("changes: 1", exact=True)).to_be_visible()
    frame.get_by_role("button", name="Add one").click()
    expect(page.get_by_text("value: 2", exact=True)).to_be_visible(timeout=RUN_TIMEOUT_MS)
    expect(page.get_by_text("changes: 2", exact=True)).to_be_visible()

    # New args reach the live frame (no reload: its own count stays) and it resizes.
    page.get_by_label("frame height").fill("200")
    page.get_by_label("frame height").press("Enter")
    expect(host.locator("iframe")).to_have_css("height", "200px", timeout=RUN_TIMEOUT_MS)
    expect(frame.locator("#label")).to_have_text("Clicks: 2")
    assert failed == [], failed


def test_own_component_gets_the_apps_theme_and_its_changes(open_site):
    page, _ = open_site("own")
    frame = page.frame_locator("[data-testid=stCustomComponentV1] iframe")
    root = page.locator(".wl-app").first
    primary = root.evaluate("el => getComputedStyle(el).getPropertyValue('--wl-primary').trim()")
    base = root.evaluate("el => el.dataset.theme === 'dark' ? 'dark' : 'light'")
    expect(frame.locator("#theme")).to_have_text(f"theme: {base} {primary}",
                                                 timeout=RUN_TIMEOUT_MS)
    other = "light" if base == "dark" else "dark"
    root.evaluate(f"el => {{ el.dataset.theme = '{other}'; }}")
    expect(frame.locator("#theme")).to_have_text(re.compile(rf"^theme: {other} "),
                                                 timeout=RUN_TIMEOUT_MS)


def test_own_component_is_disabled_while_the_app_is_not_connected(open_site):
    page, _ = open_site("own")
    frame = page.frame_locator("[data-testid=stCustomComponentV1] iframe")
    root = page.locator(".wl-app").first
    expect(frame.locator("#disabled")).to_have_text("disabled: false", timeout=RUN_TIMEOUT_MS)
    expect(frame.locator("#inc")).to_be_enabled()
    # the state the app sets while Python restarts, then again once it is back
    root.evaluate("el => el.setAttribute('data-test-connection-state', 'CONNECTING')")
    expect(frame.locator("#disabled")).to_have_text("disabled: true", timeout=RUN_TIMEOUT_MS)
    expect(frame.locator("#inc")).to_be_disabled()
    root.evaluate("el => el.setAttribute('data-test-connection-state', 'CONNECTED')")
    expect(frame.locator("#disabled")).to_have_text("disabled: false", timeout=RUN_TIMEOUT_MS)


def test_a_component_from_pypi_renders_and_sends_its_value(open_site):
    if not list(COMPONENT_WHEELS.glob("streamlit_option_menu-*.whl")):
        pytest.skip("make install downloads the component wheels into .cache/component-wheels")
    page, failed = open_site("pypi")
    expect(page.get_by_text("chosen: Home", exact=True)).to_be_visible(timeout=RUN_TIMEOUT_MS)
    frame = page.frame_locator("[data-testid=stCustomComponentV1] iframe")
    frame.get_by_text("Settings", exact=True).click(timeout=RUN_TIMEOUT_MS)
    expect(page.get_by_text("chosen: Settings", exact=True)).to_be_visible(
        timeout=RUN_TIMEOUT_MS)
    height = page.locator("[data-testid=stCustomComponentV1] iframe").evaluate(
        "f => f.getBoundingClientRect().height")
    assert height > 50, "the menu set its frame height"
    assert failed == [], failed


def test_the_pypi_site_ships_the_frontend_out_of_the_wheel(component_sites):
    import urllib.request

    if not list(COMPONENT_WHEELS.glob("streamlit_option_menu-*.whl")):
        pytest.skip("make install downloads the component wheels into .cache/component-wheels")
    url = f"{component_sites}/pypi/components/streamlit_option_menu/frontend/dist/index.html"
    with urllib.request.urlopen(url) as res:
        assert b"chunk-vendors" in res.read()


def test_connections_live_in_the_page_and_survive_reruns(open_site):
    page, _ = open_site("connection")
    expect(page.get_by_text("notes: none", exact=True)).to_be_visible()
    expect(page.get_by_text("items: none", exact=True)).to_be_visible()
    expect(page.get_by_text("driver: pysqlite", exact=True)).to_be_visible()
    for _ in range(2):
        page.get_by_role("button", name="Add note").click()
        page.wait_for_selector(IDLE, timeout=RUN_TIMEOUT_MS)
    expect(page.get_by_text("notes: note 1, note 2", exact=True)).to_be_visible(
        timeout=RUN_TIMEOUT_MS)
    page.get_by_role("button", name="Add item").click()
    expect(page.get_by_text("items: item 1", exact=True)).to_be_visible(timeout=RUN_TIMEOUT_MS)
    expect(page.locator("[data-testid=stException]")).to_have_count(0)
