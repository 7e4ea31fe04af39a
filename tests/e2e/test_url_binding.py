"""Widgets, tabs and expanders with ``bind="query-params"`` in Chromium: a deep link sets
them, a change shows in the address bar (replaced in place, no history entry, as Streamlit
1.67's frontend does), and Back/Forward across a page change bring the values back. Also:
the menu of pages goes away when the script stops calling st.navigation."""

from __future__ import annotations

import re
import textwrap
import threading
from typing import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from conftest import BOOT_TIMEOUT_MS, AppPage
from wasmlit.cli import build_site
from wasmlit.server import make_server

APP = textwrap.dedent("""
    import streamlit as st

    dark = st.sidebar.checkbox("Dark", key="dark", bind="query-params")

    def one():
        fruit = st.selectbox("Fruit", ["apple", "banana", "cherry"], key="fruit",
                             bind="query-params")
        tabs = st.tabs(["Alpha", "Beta", "Gamma"], key="tab", bind="query-params")
        for tab, name in zip(tabs, ["Alpha", "Beta", "Gamma"]):
            tab.write(f"in {name}")
        with st.expander("More", key="more", bind="query-params"):
            st.write("more inside")
        st.write(f"fruit={fruit} dark={dark}")
        st.page_link(st.Page(two, url_path="two"), label="Go to two")

    def two():
        st.write(f"page two dark={dark}")

    st.navigation([st.Page(one, default=True), st.Page(two, url_path="two")]).run()
""")


DYNAMIC = textwrap.dedent("""
    import streamlit as st

    if st.toggle("Several pages", value=True):
        def first():
            st.write("first page")
        def second():
            st.write("second page")
        st.navigation([first, second]).run()
    else:
        st.write("one page only")
""")


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    work = tmp_path_factory.mktemp("urlbind")
    for name, source in (("bind", APP), ("dynamic", DYNAMIC)):
        (work / name).mkdir()
        (work / name / "app.py").write_text(source)
        build_site(work / name / "app.py", work / "sites" / name)
    server = make_server(work / "sites", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def open_app(chromium, sites: str) -> Iterator:
    """Open ``sites/<path>`` in a fresh context and wait for the first run."""
    contexts = []

    def open_(path: str) -> AppPage:
        context = chromium.new_context(viewport={"width": 1100, "height": 800})
        contexts.append(context)
        app = AppPage(context.new_page())
        app.page.goto(f"{sites}/{path}")
        app.wait_idle(BOOT_TIMEOUT_MS)
        return app

    yield open_
    for context in contexts:
        context.close()


def query(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query, keep_blank_values=True)


def test_a_deep_link_sets_bound_widgets_and_changes_go_back_to_the_url(open_app):
    app = open_app("bind/?dark=true&fruit=banana&tab=Beta&more=true&utm=x")
    page = app.page
    expect(page.get_by_text("fruit=banana dark=True")).to_be_visible()
    expect(page.get_by_role("checkbox", name="Dark")).to_be_checked()
    expect(page.get_by_role("combobox", name="Fruit")).to_have_value("banana")
    expect(page.get_by_role("tab", name="Beta")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_text("in Beta")).to_be_visible()
    expect(page.get_by_text("more inside")).to_be_visible()
    history_length = page.evaluate("history.length")

    page.get_by_role("combobox", name="Fruit").click()
    page.get_by_role("option", name="cherry", exact=True).click()
    app.wait_idle()
    expect(page.get_by_text("fruit=cherry dark=True")).to_be_visible()
    expect(page).to_have_url(re.compile(r"fruit=cherry"))
    page.get_by_role("tab", name="Gamma").click()
    app.wait_idle()
    expect(page).to_have_url(re.compile(r"tab=Gamma"))
    page.get_by_test_id("stExpander").locator("summary").click()  # closed: the default
    app.wait_idle()
    expect(page).not_to_have_url(re.compile(r"more="))
    page.get_by_role("checkbox", name="Dark").uncheck()
    app.wait_idle()
    expect(page.get_by_text("fruit=cherry dark=False")).to_be_visible()
    expect(page).not_to_have_url(re.compile(r"dark="))
    assert query(page) == {"fruit": ["cherry"], "tab": ["Gamma"], "utm": ["x"]}
    assert page.evaluate("history.length") == history_length  # replaced, not pushed
    assert app.protocol_errors() == []


def test_back_and_forward_bring_bound_values_back(open_app):
    app = open_app("bind/?fruit=banana")
    page = app.page
    page.get_by_role("checkbox", name="Dark").check()
    app.wait_idle()
    page.get_by_role("tab", name="Gamma").click()
    app.wait_idle()
    expect(page).to_have_url(re.compile(r"tab=Gamma"))
    page.get_by_role("link", name="Go to two").click()
    app.wait_idle()
    expect(page.get_by_text("page two dark=True")).to_be_visible()
    # the entry script's bound checkbox goes along; page one's widgets stay behind
    expect(page).to_have_url(re.compile(r"/two\?dark=true$"))

    page.go_back()
    app.wait_idle()
    expect(page.get_by_text("fruit=banana dark=True")).to_be_visible()
    expect(page.get_by_role("combobox", name="Fruit")).to_have_value("banana")
    expect(page.get_by_role("tab", name="Gamma")).to_have_attribute("aria-selected", "true")
    assert query(page) == {"fruit": ["banana"], "dark": ["true"], "tab": ["Gamma"]}

    page.go_forward()
    app.wait_idle()
    expect(page.get_by_text("page two dark=True")).to_be_visible()
    assert app.protocol_errors() == []


def test_an_invalid_parameter_leaves_the_url(open_app):
    app = open_app("bind/?fruit=durian&dark=maybe&keep=1")
    page = app.page
    expect(page.get_by_text("fruit=apple dark=False")).to_be_visible()
    expect(page).to_have_url(re.compile(r"/\?keep=1$"))


def test_the_menu_of_pages_goes_away_with_st_navigation(open_app):
    app = open_app("dynamic/")
    page = app.page
    nav = page.get_by_test_id("stSidebarNav")
    expect(nav.get_by_test_id("stSidebarNavLink")).to_have_count(2)
    page.get_by_label("Several pages").uncheck()
    app.wait_idle()
    expect(page.get_by_text("one page only")).to_be_visible()
    expect(nav).to_be_hidden()
    expect(page.get_by_test_id("stSidebarNavLink")).to_have_count(0)
    page.get_by_label("Several pages").check()
    app.wait_idle()
    expect(page.get_by_text("first page")).to_be_visible()
    expect(nav.get_by_test_id("stSidebarNavLink")).to_have_count(2)
    assert app.protocol_errors() == []
