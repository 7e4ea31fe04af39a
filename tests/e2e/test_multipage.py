"""Multipage apps in Chromium, served from a subpath (``/sub/site/``) by a static server that,
like GitHub Pages, answers unknown paths with the site's ``404.html``.

What the page does was compared with ``streamlit run`` (1.67) on loopback in the same Chromium
(2026-12-01): a menu click pushes one history entry and drops the query string, Back returns to
the page before with its query, a page link carries its query string, an unknown page runs the
default page and puts the default URL back, the tab title is the page's title; the menu's
testids (stSidebarNav, stSidebarNavItems, stSidebarNavLink, stSidebarNavSeparator,
stNavSectionHeader, stTopNav, stTopNavLink, stTopNavSection, stPageLink, stPageLink-NavLink)
and its links' real hrefs are those of 1.67's DOM. One difference on purpose: a script's
st.query_params write replaces the URL (1.67 pushes a history entry).
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path
from typing import Iterator

import pytest
from playwright.sync_api import expect

from conftest import BOOT_TIMEOUT_MS, AppPage
from wasmlit.cli import build_site

APPS = Path(__file__).resolve().parents[1] / "multipage_apps"
SITES = {"links": ("page_links", "streamlit_app.py"),
         "folder": ("pages_folder", "Hello_World.py"),
         "top": ("top", "streamlit_app.py")}


class _PagesHostHandler(http.server.SimpleHTTPRequestHandler):
    """A static host that serves ``<site>/404.html`` for a path under a site that has none."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        if code == 404:
            root = Path(self.directory)  # type: ignore[attr-defined]
            parts = self.path.split("?", 1)[0].strip("/").split("/")
            if len(parts) >= 2 and (root / parts[0] / parts[1] / "404.html").is_file():
                body = (root / parts[0] / parts[1] / "404.html").read_bytes()
                self.send_response(404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
        super().send_error(code, message, explain)


@pytest.fixture(scope="module")
def pages_host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("host")
    for name, (folder, entry) in SITES.items():
        build_site(APPS / folder / entry, root / "sub" / name)
    # Stand in for a page the build could not see: its URL must boot from 404.html.
    shutil.rmtree(root / "sub" / "links" / "page_2")
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_PagesHostHandler, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sub"
    server.shutdown()
    server.server_close()


@pytest.fixture
def open_page(chromium, pages_host):
    contexts = []

    def open_(path: str) -> AppPage:
        context = chromium.new_context(viewport={"width": 1100, "height": 800})
        contexts.append(context)
        app = AppPage(context.new_page())
        app.page.goto(f"{pages_host}/{path}")
        app.wait_idle(BOOT_TIMEOUT_MS)
        return app

    yield open_
    for context in contexts:
        context.close()


def heading(app: AppPage) -> str:
    return app.page.locator("h1").first.inner_text()


def test_menu_click_back_and_forward_land_on_the_right_page(open_page, pages_host):
    app = open_page("folder/?from=test")
    page = app.page
    expect(page).to_have_title("Hello World")
    nav = page.get_by_test_id("stSidebarNav")
    links = nav.get_by_test_id("stSidebarNavLink")
    expect(links).to_have_text(["Hello World", "mapping demo", "📈Plotting Demo", "zeta page"])
    expect(links.nth(0)).to_have_attribute("aria-current", "page")
    assert links.nth(2).get_attribute("href") == f"{pages_host}/folder/Plotting_Demo"
    # as in 1.67: no separator when the sidebar holds nothing but the menu
    expect(nav.get_by_test_id("stSidebarNavSeparator")).to_have_count(0)
    before = page.evaluate("history.length")
    links.nth(2).click()
    app.wait_idle()
    expect(page.locator("h1")).to_have_text("Plotting")
    expect(page).to_have_url(f"{pages_host}/folder/Plotting_Demo")  # the query is dropped
    expect(page).to_have_title("Plotting Demo")
    assert page.evaluate("history.length") == before + 1
    page.get_by_role("checkbox", name="Plot box").check()
    app.wait_idle()
    page.go_back()
    app.wait_idle()
    expect(page.locator("h1")).to_have_text("Main")
    expect(page).to_have_url(f"{pages_host}/folder/?from=test")
    page.go_forward()
    app.wait_idle()
    expect(page.locator("h1")).to_have_text("Plotting")
    expect(page.get_by_role("checkbox", name="Plot box")).not_to_be_checked()  # cleaned up
    # st.switch_page from a button, and a page's own st.set_page_config title
    page.go_back()
    app.wait_idle()
    app.click("Go plotting")
    expect(page).to_have_url(f"{pages_host}/folder/Plotting_Demo")
    page.get_by_test_id("stSidebarNavLink").nth(3).click()
    app.wait_idle()
    expect(page).to_have_title("Zeta!")
    assert app.protocol_errors() == []


def test_deep_links_reload_and_prewritten_page_folders(open_page, pages_host):
    app = open_page("folder/zeta_page/")  # the build wrote zeta_page/index.html
    page = app.page
    expect(page.locator("h1")).to_have_text("Zeta")
    expect(page).to_have_url(f"{pages_host}/folder/zeta_page")
    page.reload()
    app.wait_idle(BOOT_TIMEOUT_MS)
    expect(page.locator("h1")).to_have_text("Zeta")
    assert not [t for kind, t in app.console if kind == "error"], app.console


def test_query_params_both_ways_and_switch_page(open_page, pages_host):
    # page_2 has no prewritten folder: the host's 404.html starts the app, and the URL's page
    # and query reach the script.
    app = open_page("links/page_2?utm_source=url&tag=x&tag=y")
    page = app.page
    expect(page.locator("h1")).to_have_text("Page 2")
    expect(page.get_by_text("utm_source: url")).to_be_visible()
    expect(page.get_by_text("tags: x, y")).to_be_visible()
    expect(page).to_have_title("page 2")
    # back to page 1 through the sidebar page link (a Page object: st.sidebar.page_link(pg))
    page.get_by_test_id("stSidebarNavLink").first.click()
    app.wait_idle()
    expect(page).to_have_url(f"{pages_host}/links/")
    expect(page.get_by_test_id("stCaptionContainer")).to_have_text(
        "theme light, embedded False, browser header True, "
        f"url {pages_host}/links")  # st.context; the url as 1.67 gives it
    # the sidebar holds a page link too: the menu gets its separator, as in 1.67
    expect(page.get_by_test_id("stSidebarNavSeparator")).to_have_count(1)
    link = page.get_by_test_id("stPageLink-NavLink").filter(has_text="page 2")
    assert link.get_attribute("href") == f"{pages_host}/links/page_2?utm_source=page_1"
    external = page.get_by_test_id("stPageLink-NavLink").filter(has_text="Streamlit docs")
    assert external.get_attribute("target") == "_blank"
    # a script write replaces the URL: no new history entry
    before = page.evaluate("history.length")
    page.evaluate("location.hash = 'keep'")
    before = page.evaluate("history.length")
    app.click("Write the URL")
    expect(page).to_have_url(f"{pages_host}/links/?written=yes#keep")
    assert page.evaluate("history.length") == before
    # st.switch_page with query params: a new entry with the page's path and query
    app.click("Switch to Page 2")
    expect(page.locator("h1")).to_have_text("Page 2")
    expect(page).to_have_url(f"{pages_host}/links/page_2?utm_source=button&tag=a&tag=b")
    expect(page.get_by_text("tags: a, b")).to_be_visible()
    assert page.evaluate("history.length") == before + 1
    page.go_back()
    app.wait_idle()
    expect(page.locator("h1")).to_have_text("Page 1")
    link.click()  # the page link: its query string comes along
    app.wait_idle()
    expect(page).to_have_url(f"{pages_host}/links/page_2?utm_source=page_1")
    expect(page.get_by_text("utm_source: page_1")).to_be_visible()
    assert app.protocol_errors() == []


def test_an_unknown_nested_path_still_finds_the_site(open_page, pages_host):
    """404.html at any depth: the site's files load from its folder, not the URL's parent."""
    app = open_page("top/no/such/page")
    page = app.page
    expect(page.locator("h1")).to_have_text("Home")
    expect(page.get_by_test_id("stNotice")).to_contain_text("Page not found")
    expect(page).to_have_url(f"{pages_host}/top/")
    assert app.protocol_errors() == []


def test_unknown_page_runs_the_default_page_and_top_navigation(open_page, pages_host):
    app = open_page("top/no_such_page")  # from 404.html
    page = app.page
    expect(page.locator("h1")).to_have_text("Home")
    expect(page.get_by_test_id("stNotice")).to_contain_text("Page not found")
    expect(page).to_have_url(f"{pages_host}/top/")
    top = page.get_by_test_id("stTopNav")
    expect(top.locator("[data-testid=stTopNavLink]:visible")).to_have_text(["🏠home"])
    sections = top.get_by_test_id("stTopNavSection")
    expect(sections).to_have_text(["Work▾", "More▾"])
    expect(page.get_by_test_id("stSidebarNav")).to_be_hidden()
    sections.nth(0).click()
    expect(sections.nth(0)).to_have_attribute("aria-expanded", "true")
    expect(top.locator("[data-testid=stTopNavLink]:visible")).to_have_text(
        ["🏠home", "reports", "settings"])
    top.get_by_test_id("stTopNavLink").filter(has_text="settings").click()
    app.wait_idle()
    expect(page.locator("h1")).to_have_text("Settings")
    expect(page).to_have_url(f"{pages_host}/top/settings")
    docs = top.get_by_test_id("stTopNavLink").filter(has_text="Docs")
    assert docs.get_attribute("href") == "https://example.com"
