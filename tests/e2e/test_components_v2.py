"""st.components.v2 in Chromium: the six examples of Streamlit 1.67's own docs (read at test
time from the docstrings of the Streamlit 1.67 that `make install` puts in .cache/st167, so
this repository holds no copy of them) and streamlit-keyup from PyPI."""

from __future__ import annotations

import ast
import re
import textwrap
from pathlib import Path
from typing import Iterator

import pytest
from playwright.sync_api import expect

from conftest import APPS, BOOT_TIMEOUT_MS, ROOT, RUN_TIMEOUT_MS, _QuietHandler, _serve, make_wheel
from wasmlit.site import build_site

ST167 = ROOT / ".cache" / "st167"
COMPONENT_WHEELS = ROOT / ".cache" / "component-wheels"
IDLE = "[data-testid=stApp][data-test-script-state=notRunning]"


def _v2_sources() -> list[Path]:
    found = sorted(ST167.glob("lib/python3*/site-packages/streamlit/components/v2"))
    return [found[0] / "__init__.py", found[0] / "types.py"] if found else []


def doc_examples() -> list[str]:
    """The code blocks of st.components.v2.component's and ComponentRenderer's docstrings."""
    blocks = []
    for source in _v2_sources():
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and \
                    node.name in ("component", "ComponentRenderer"):
                doc = ast.get_docstring(node) or ""
                for part in doc.split(".. code-block:: python")[1:]:
                    code = part.split(".. output::")[0]
                    blocks.append(textwrap.dedent(code).strip() + "\n")
    return blocks


# A component package as Streamlit 1.67 expects one: a pyproject.toml in the package folder
# declares component "counter" with an asset_dir, and the package's code names its JS and
# CSS by a glob and a path inside that folder (a build's hashed file name, say).
ASSET_COMPONENT = {
    "wl_asset_comp/__init__.py": textwrap.dedent("""
        import streamlit as st

        _counter = st.components.v2.component("wl-asset-comp.counter", js="index-*.js",
                                              css="styles/main.css",
                                              html="<button class='wl-asset'></button>")

        def counter(label, key=None):
            return _counter(key=key, data={"label": label}, default={"clicks": 0},
                            on_clicks_change=lambda: None)
    """),
    "wl_asset_comp/pyproject.toml": textwrap.dedent("""
        [project]
        name = "wl-asset-comp"
        version = "1.0"

        [[tool.streamlit.component.components]]
        name = "counter"
        asset_dir = "frontend"
    """),
    "wl_asset_comp/frontend/index-9c1e.js": textwrap.dedent("""
        export default function ({ data, parentElement, setStateValue }) {
          const button = parentElement.querySelector('button.wl-asset');
          let clicks = 0;
          button.textContent = `${data.label}: ${clicks}`;
          button.onclick = () => {
            clicks += 1;
            button.textContent = `${data.label}: ${clicks}`;
            setStateValue('clicks', clicks);
          };
        }
    """),
    "wl_asset_comp/frontend/styles/main.css": "button.wl-asset { color: rgb(0, 128, 0); }\n",
}
ASSET_APP = """\
import streamlit as st
from wl_asset_comp import counter

result = counter("Taps", key="taps")
st.write(f"clicks: {result.clicks}")
"""


@pytest.fixture(scope="module")
def v2_sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    examples = doc_examples()
    if len(examples) != 6:
        pytest.skip("make install puts Streamlit 1.67 (whose docs hold the examples) in .cache/st167")
    root = tmp_path_factory.mktemp("v2-sites")
    for i, code in enumerate(examples, 1):
        work = tmp_path_factory.mktemp(f"example{i}")
        (work / "app.py").write_text(code, encoding="utf-8")
        if "tailwind.js" in code:
            # The example reads Tailwind's browser script from a file of the user's; there is
            # no CDN here, so an empty script stands in (the example's own JS still runs).
            (work / "tailwind.js").write_text("// Tailwind's browser script goes here\n")
        build_site(work / "app.py", root / f"example{i}")
    if list(COMPONENT_WHEELS.glob("streamlit_keyup-*.whl")):
        build_site(APPS / "components_v2_pypi" / "app.py", root / "keyup",
                   find_links=[COMPONENT_WHEELS])
    work = tmp_path_factory.mktemp("asset-dir")
    make_wheel(work, "wl_asset_comp", "1.0", ASSET_COMPONENT)
    (work / "app.py").write_text(ASSET_APP, encoding="utf-8")
    (work / "requirements.txt").write_text("wl_asset_comp-1.0-py3-none-any.whl\n")
    build_site(work / "app.py", root / "asset_dir")
    yield from _serve(root, _QuietHandler)


@pytest.fixture
def open_example(chromium, v2_sites):
    contexts = []

    def go(name: str):
        context = chromium.new_context(viewport={"width": 1100, "height": 900})
        contexts.append(context)
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(f"{v2_sites}/{name}/")
        page.wait_for_selector(IDLE, timeout=BOOT_TIMEOUT_MS)
        return page, errors

    yield go
    for context in contexts:
        context.close()


def idle(page) -> None:
    page.wait_for_selector(IDLE, timeout=RUN_TIMEOUT_MS)


def test_example_1_links_in_markdown_send_a_trigger(open_example):
    page, errors = open_example("example1")
    page.get_by_role("link", name="interacts").click()
    expect(page.get_by_text("You clicked interacts!")).to_be_visible(timeout=RUN_TIMEOUT_MS)
    page.get_by_role("link", name="document").click()
    expect(page.get_by_text("You clicked document!")).to_be_visible(timeout=RUN_TIMEOUT_MS)
    assert errors == []


def test_example_2_links_from_data(open_example):
    page, errors = open_example("example2")
    host = page.locator("[data-testid=stBidiComponentIsolated]")
    host.get_by_role("link", name="second link").click()  # inside the shadow root
    expect(page.get_by_text("You clicked the second link!")).to_be_visible(
        timeout=RUN_TIMEOUT_MS)
    host.get_by_role("link", name="first link").click()
    expect(page.get_by_text("You clicked the first link!")).to_be_visible(
        timeout=RUN_TIMEOUT_MS)
    # the CSS reached the shadow root with the theme's link colour
    colour = host.get_by_role("link", name="first link").evaluate("a => getComputedStyle(a).color")
    link = page.locator(".wl-bidi").first.evaluate(
        "el => getComputedStyle(el).getPropertyValue('--st-link-color').trim()")
    assert link and colour.startswith("rgb")
    assert errors == []


def test_example_3_clickable_svg_shapes(open_example):
    page, errors = open_example("example3")
    page.locator("[data-testid=stBidiComponentIsolated] rect[data-shape=square]").click()
    expect(page.get_by_text(re.compile(r'"clicked"\s*:\s*"square"'))).to_be_visible(
        timeout=RUN_TIMEOUT_MS)
    stroke = page.locator("[data-testid=stBidiComponentIsolated] circle").evaluate(
        "c => getComputedStyle(c).stroke")
    assert stroke.startswith("rgb"), "var(--st-primary-color) resolved in the shadow root"
    assert errors == []


def test_example_4_state_from_the_sidebar_and_cleanup(open_example):
    page, errors = open_example("example4")
    expect(page.get_by_text(re.compile(r'"expanded"\s*:\s*true'))).to_be_visible(
        timeout=RUN_TIMEOUT_MS)
    page.get_by_test_id("stSidebarCollapseButton").click()
    expect(page.get_by_text(re.compile(r'"expanded"\s*:\s*false'))).to_be_visible(
        timeout=RUN_TIMEOUT_MS)
    assert errors == []


def test_example_5_text_input_state_round_trips_and_session_state_writes_it(open_example):
    page, errors = open_example("example5")
    box = page.locator("[data-testid=stBidiComponentIsolated] input")
    expect(box).to_have_value("I love Streamlit!")
    box.fill("typed here")
    box.press("Enter")
    expect(page.get_by_text(re.compile(r'"value"\s*:\s*"typed here"')).first).to_be_visible(
        timeout=RUN_TIMEOUT_MS)
    page.get_by_role("button", name="Hello World").click()
    expect(box).to_have_value("Hello World", timeout=RUN_TIMEOUT_MS)
    page.get_by_role("button", name="Clear text").click()
    expect(box).to_have_value("", timeout=RUN_TIMEOUT_MS)
    assert errors == []


def test_example_6_two_instances_in_the_apps_dom(open_example):
    page, errors = open_example("example6")
    regular = page.locator("[data-testid=stBidiComponentRegular]")
    expect(regular).to_have_count(2)
    regular.nth(1).get_by_role("button", name="Click me!").click()
    results = page.locator("[data-testid=stJson]")
    expect(results.nth(1)).to_contain_text(re.compile(r'"clicked"\s*:\s*true'),
                                           timeout=RUN_TIMEOUT_MS)
    expect(results.nth(0)).to_contain_text(re.compile(r'"clicked"\s*:\s*null'))
    assert errors == []


def test_streamlit_keyup_from_pypi_reports_each_keystroke(open_example):
    if not list(COMPONENT_WHEELS.glob("streamlit_keyup-*.whl")):
        pytest.skip("make install downloads the component wheels into .cache/component-wheels")
    page, errors = open_example("keyup")
    box = page.locator("[data-testid=stBidiComponentIsolated] input")
    box.press_sequentially("abc", delay=50)
    expect(page.get_by_text("typed: abc", exact=True)).to_be_visible(timeout=RUN_TIMEOUT_MS)
    assert errors == []


def test_js_and_css_files_from_a_packages_asset_dir(open_example):
    page, errors = open_example("asset_dir")
    button = page.locator("[data-testid=stBidiComponentIsolated] button.wl-asset")
    expect(button).to_have_text("Taps: 0", timeout=RUN_TIMEOUT_MS)
    assert button.evaluate("b => getComputedStyle(b).color") == "rgb(0, 128, 0)"
    expect(page.get_by_text("clicks: 0", exact=True)).to_be_visible()
    button.click()
    expect(page.get_by_text("clicks: 1", exact=True)).to_be_visible(timeout=RUN_TIMEOUT_MS)
    assert errors == []
