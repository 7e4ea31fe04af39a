"""Graphviz, Mermaid, ECharts, PDF and the logo in Chromium: each one drawn by its library,
which only pages that use it download; bad input shows an error in the element's place."""

import re
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import expect

from conftest import BOOT_TIMEOUT_MS, ROOT

# The lazily loaded libraries' chunks (vite.config.js names the Graphviz one).
CHUNKS = {
    "graphviz": re.compile(r"/assets/graphviz-[^/]*\.js$"),
    "mermaid": re.compile(r"/assets/mermaid\.core-[^/]*\.js$"),
    "echarts": re.compile(r"/assets/echarts-[^/]*\.js$"),
    "pdfjs": re.compile(r"/assets/pdf-[^/]*\.js$"),
}
DRAW_TIMEOUT_MS = 60_000


def loaded(page):
    return page.evaluate("() => performance.getEntriesByType('resource').map(e => e.name)")


def drawn(locator):
    """An element whose drawing finished (data-rendered is "true", or "error" for an error)."""
    return locator.and_(locator.page.locator("[data-rendered]"))


COPY_OUT_SVG = """(img) => {
    const host = document.createElement('div');
    host.id = `svg-copy-${document.querySelectorAll('[id^=svg-copy-]').length}`;
    host.style.cssText = 'position: absolute; left: -10000px';
    host.innerHTML = decodeURIComponent(img.src.slice(img.src.indexOf(',') + 1));
    document.body.append(host);
    return host.id;
}"""


def mermaid_svg(chart):
    """A Mermaid chart's drawing is an image, as in Streamlit: the SVG document behind it, put
    into the page (out of sight) so that its text and computed styles can be read."""
    image = chart.locator("img")
    expect(image).to_have_count(1)
    return chart.page.locator(f"#{image.evaluate(COPY_OUT_SVG)} svg")


@pytest.fixture
def diagrams(app_page):
    app = app_page("diagrams")
    expect(app.page.get_by_text("end of diagrams")).to_be_visible()
    return app


def test_graphviz_draws_the_graph_as_a_centred_svg(diagrams):
    page = diagrams.page
    chart = page.get_by_test_id("stGraphVizChart").first
    expect(drawn(chart)).to_have_attribute("data-rendered", "true", timeout=DRAW_TIMEOUT_MS)
    for label in ("run", "intr", "runbl", "kernel"):
        expect(chart.locator("svg g.node text", has_text=re.compile(f"^{label}$"))).to_have_count(1)
    expect(chart.locator("svg g.edge")).to_have_count(4)
    expect(chart).to_have_attribute("aria-label", "Process states")
    # centred: the drawing's middle is the column's middle
    box, column = chart.locator("svg").bounding_box(), page.get_by_test_id("stMainBlockContainer").bounding_box()
    assert abs((box["x"] + box["width"] / 2) - (column["x"] + column["width"] / 2)) < 40
    frame = page.get_by_test_id("stFullScreenFrame").first
    frame.hover()
    frame.get_by_role("button", name="Fullscreen").click()
    expect(frame).to_have_class(re.compile("wl-expanded"))
    frame.get_by_role("button", name="Close fullscreen").click()
    expect(frame).not_to_have_class(re.compile("wl-expanded"))
    assert any(CHUNKS["graphviz"].search(n) for n in loaded(page))


def test_a_dot_syntax_error_is_shown_in_its_place(diagrams):
    chart = diagrams.page.get_by_test_id("stGraphVizChart").nth(1)
    error = chart.get_by_test_id("stGraphVizChartError")
    expect(error).to_be_visible(timeout=DRAW_TIMEOUT_MS)
    expect(error).to_contain_text("syntax error")


def test_mermaid_draws_and_reports_syntax_errors(diagrams):
    page = diagrams.page
    good, bad = page.get_by_test_id("stMermaidChart").nth(0), page.get_by_test_id("stMermaidChart").nth(1)
    expect(drawn(good)).to_have_attribute("data-rendered", "true", timeout=DRAW_TIMEOUT_MS)
    # an image named by its alt, as Streamlit 1.67 draws it: its labels are not page text
    image = good.locator("img")
    expect(image).to_have_attribute("alt", "Start to stop")
    expect(good).not_to_contain_text("Start")
    assert image.evaluate("img => img.decode().then(() => img.naturalWidth > 0)")
    svg = mermaid_svg(good)
    expect(svg).to_contain_text("Start")
    expect(svg).to_contain_text("Stop")
    expect(bad.get_by_test_id("stMermaidError")).to_contain_text("Parse error", timeout=DRAW_TIMEOUT_MS)
    assert any(CHUNKS["mermaid"].search(n) for n in loaded(page))


def test_echarts_draws_svg_and_canvas_and_reports_bad_options(diagrams):
    page = diagrams.page
    charts = page.get_by_test_id("stEChartsChart")
    svg_chart, canvas_chart = charts.nth(0), charts.nth(1)
    expect(drawn(svg_chart)).to_have_attribute("data-rendered", "true", timeout=DRAW_TIMEOUT_MS)
    expect(svg_chart.locator("svg")).to_contain_text("Tue")
    assert round(svg_chart.bounding_box()["height"]) == 300
    expect(drawn(canvas_chart)).to_have_attribute("data-rendered", "true")
    expect(canvas_chart.locator("canvas").first).to_be_visible()
    assert round(canvas_chart.bounding_box()["height"]) == 350
    # an unknown series type is refused in Python: the error stands in the chart's place
    expect(charts).to_have_count(2)
    expect(page.get_by_test_id("stException")).to_contain_text("unknown type 'nonsense'")
    assert any(CHUNKS["echarts"].search(n) for n in loaded(page))


def test_pdf_pages_are_drawn_and_a_bad_file_is_an_error(diagrams):
    page = diagrams.page
    doc, bad = page.get_by_test_id("stPdf").nth(0), page.get_by_test_id("stPdf").nth(1)
    expect(drawn(doc)).to_have_attribute("data-rendered", "true", timeout=DRAW_TIMEOUT_MS)
    pages = doc.get_by_test_id("stPdfPage")
    expect(pages).to_have_count(2)
    assert round(doc.bounding_box()["height"]) == 400
    # the first page has ink on it (the canvas is not blank)
    inked = pages.first.locator("canvas").evaluate("""c => {
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        for (let i = 0; i < d.length; i += 4) if (d[i] < 128) return true;
        return false;
    }""")
    assert inked
    expect(bad.get_by_test_id("stPdfError")).to_be_visible()
    assert any(CHUNKS["pdfjs"].search(n) for n in loaded(page))


def test_a_page_without_diagrams_downloads_none_of_their_libraries(app_page):
    page = app_page("data_frames").page
    expect(page.get_by_test_id("stDataFrame").first).to_be_visible()
    names = loaded(page)
    assert names
    for name, chunk in CHUNKS.items():
        assert not [n for n in names if chunk.search(n)], name
    assert not [n for n in names if "pdf.worker" in n]


def test_logo_in_the_header_then_the_sidebar_then_gone(app_page):
    app = app_page("diagrams_logo")
    page = app.page
    header_logo = page.get_by_test_id("stHeaderLogo")
    expect(header_logo).to_be_visible()
    # no sidebar: the header shows icon_image, in the link
    expect(header_logo).to_have_attribute("src", re.compile("^data:image/svg"))
    assert "circle" in header_logo.evaluate("img => atob(img.src.split(',')[1])")
    expect(page.get_by_test_id("stLogoLink")).to_have_attribute("href", "https://example.org")
    box = header_logo.bounding_box()
    assert box["x"] < 60 and box["y"] < 60 and round(box["height"]) == 32  # top left, large
    page.get_by_text("Use the sidebar").click()
    app.wait_idle()
    sidebar_logo = page.get_by_test_id("stSidebar").get_by_test_id("stSidebarLogo")
    expect(sidebar_logo).to_be_visible()
    assert "rect" in sidebar_logo.evaluate("img => atob(img.src.split(',')[1])")
    expect(page.get_by_test_id("stHeaderLogo")).to_have_count(0)
    page.get_by_test_id("stSidebarCollapseButton").click()
    expect(page.get_by_test_id("stHeaderLogo")).to_be_visible()
    page.get_by_test_id("stExpandSidebarButton").click()
    expect(sidebar_logo).to_be_visible()
    page.get_by_text("Show a logo").click()
    app.wait_idle()
    expect(page.locator(".stLogo")).to_have_count(0)


GRAPHVIZ_APP = """\
import graphviz
import streamlit as st

g = graphviz.Digraph()
g.edge("alpha", "beta")
g.edge("beta", "gamma")
st.graphviz_chart(g)
n = graphviz.Graph(engine="neato")
n.edge("left", "right")
st.graphviz_chart(n)
st.write("graphviz objects")
"""


@pytest.fixture(scope="module")
def graphviz_site(site_root: Path) -> str:
    """An app that imports the graphviz package, shipped in its site as a local wheel (the one
    `make install` downloads into .cache/wheels), so it runs offline."""
    from wasmlit.site import build_site

    wheels = sorted((ROOT / ".cache" / "wheels").glob("graphviz-*.whl"))
    if not wheels:
        pytest.fail("no graphviz wheel in .cache/wheels: run make install")
    work = site_root.parent / "graphviz-app"
    work.mkdir(exist_ok=True)
    shutil.copy(wheels[-1], work / wheels[-1].name)
    (work / "app.py").write_text(GRAPHVIZ_APP)
    (work / "requirements.txt").write_text(f"{wheels[-1].name}\n")
    build_site(work / "app.py", site_root / "graphviz_objects")
    return "graphviz_objects"


def test_graphviz_objects_from_the_graphviz_package(app_page, graphviz_site):
    page = app_page(graphviz_site).page
    expect(page.get_by_text("graphviz objects")).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    charts = page.get_by_test_id("stGraphVizChart")
    expect(drawn(charts.nth(0))).to_have_attribute("data-rendered", "true", timeout=DRAW_TIMEOUT_MS)
    for label in ("alpha", "beta", "gamma"):
        expect(charts.nth(0).locator("svg g.node text", has_text=label)).to_have_count(1)
    expect(drawn(charts.nth(1))).to_have_attribute("data-rendered", "true")
    expect(charts.nth(1).locator("svg g.node")).to_have_count(2)


def test_logo_sits_above_the_sidebar_menu_of_a_multipage_app(app_page):
    page = app_page("diagrams_logo_pages").page
    expect(page.get_by_text("home page")).to_be_visible()
    logo = page.get_by_test_id("stSidebar").get_by_test_id("stSidebarLogo")
    nav = page.get_by_test_id("stSidebarNav")
    expect(logo).to_be_visible()
    expect(nav).to_be_visible()
    assert logo.bounding_box()["y"] + logo.bounding_box()["height"] <= nav.bounding_box()["y"] + 1
    page.get_by_test_id("stSidebarNav").get_by_text("Other").click()
    expect(page.get_by_text("other page")).to_be_visible()
    expect(logo).to_be_visible()  # every page's run calls st.logo: it stays


def test_logo_leads_the_top_menu(app_page):
    page = app_page("diagrams_logo_pages", path="?menu=top").page
    expect(page.get_by_text("home page")).to_be_visible()
    header = page.get_by_test_id("stHeader")
    logo = header.get_by_test_id("stHeaderLogo")
    expect(logo).to_be_visible()
    assert logo.bounding_box()["x"] < header.get_by_text("Other").bounding_box()["x"]


@contextmanager
def diagrams_in_own_context(chromium, server_url, **options):
    """The diagrams app in a fresh browser context made with `options`; yields its page once
    the first Mermaid chart is drawn."""
    context = chromium.new_context(viewport={"width": 1100, "height": 800}, **options)
    try:
        page = context.new_page()
        page.goto(f"{server_url}/diagrams/")
        page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]",
                               timeout=BOOT_TIMEOUT_MS)
        chart = page.get_by_test_id("stMermaidChart").first
        expect(drawn(chart)).to_have_attribute("data-rendered", "true", timeout=DRAW_TIMEOUT_MS)
        yield page
    finally:
        context.close()


def test_the_mermaid_toolbar_copies_the_source_and_downloads_a_png(chromium, server_url):
    with diagrams_in_own_context(chromium, server_url,
                                 permissions=["clipboard-read", "clipboard-write"]) as page:
        chart = page.get_by_test_id("stMermaidChart").first
        frame = page.get_by_test_id("stFullScreenFrame").filter(
            has=page.get_by_test_id("stMermaidChart")).first
        toolbar = frame.get_by_test_id("stElementToolbar")
        labels = toolbar.get_by_role("button").evaluate_all(
            "buttons => buttons.map(b => b.getAttribute('aria-label'))")
        assert labels == ["Download as PNG", "Copy to clipboard", "Fullscreen"]
        frame.hover()
        toolbar.get_by_role("button", name="Copy to clipboard").click()
        expect(toolbar.get_by_role("button", name="Copied")).to_be_visible()
        assert page.evaluate("navigator.clipboard.readText()") == "graph TD\n  Start --> Stop"
        with page.expect_download() as download:
            toolbar.get_by_role("button", name="Download as PNG").click()
        assert download.value.suggested_filename == "mermaid-diagram.png"
        png = Path(download.value.path()).read_bytes()
        assert png.startswith(b"\x89PNG\r\n\x1a\n")
        width = int.from_bytes(png[16:20], "big")  # IHDR: twice the drawing's natural width
        natural = chart.locator("img").evaluate("img => img.naturalWidth")
        assert width == 2 * natural


def test_mermaid_and_echarts_follow_the_dark_theme(chromium, server_url):
    fills = {}
    for scheme in ("light", "dark"):
        with diagrams_in_own_context(chromium, server_url, color_scheme=scheme) as page:
            mermaid = page.get_by_test_id("stMermaidChart").first
            node = mermaid_svg(mermaid).locator(".node rect, .node path").first
            echart = page.get_by_test_id("stEChartsChart").first
            expect(drawn(echart)).to_have_attribute("data-rendered", "true")
            label = echart.locator("svg text", has_text="Tue").first
            fills[scheme] = (node.evaluate("e => getComputedStyle(e).fill"),
                             label.evaluate("e => getComputedStyle(e).fill || e.getAttribute('fill')"))
    assert fills["light"][0] != fills["dark"][0], fills
    dark_label = [int(v) for v in re.findall(r"\d+", fills["dark"][1])[:3]]
    assert min(dark_label) > 110, f"axis labels should be light on a dark page: {fills}"


@pytest.fixture
def selections(app_page):
    app = app_page("diagrams_select")
    expect(app.page.get_by_text("end of selections")).to_be_visible()
    return app


def click_bar(page, chart, index, value):
    """A real click where ECharts drew bar `index` (half its height, `value`, is inside it)."""
    chart.scroll_into_view_if_needed()
    x, y = chart.evaluate(
        "(el, [i, v]) => el._wl.chart.convertToPixel({seriesIndex: 0}, [i, v])", [index, value / 2])
    box = chart.bounding_box()
    page.mouse.click(box["x"] + x, box["y"] + y)


def test_clicking_echarts_bars_returns_streamlit_selection_state(selections):
    page = selections.page
    chart = page.get_by_test_id("stEChartsChart")
    expect(drawn(chart)).to_have_attribute("data-rendered", "true", timeout=DRAW_TIMEOUT_MS)
    click_bar(page, chart, 1, 200)
    expect(page.get_by_text("picked: [[1]]")).to_be_visible(timeout=30_000)
    expect(page.get_by_text("series: ['sales']")).to_be_visible()
    click_bar(page, chart, 2, 150)  # selectedMode "multiple": both stay selected
    expect(page.get_by_text("picked: [[1, 2]]")).to_be_visible(timeout=30_000)
    # the rerun keeps the drawing, and the selection shows in it
    selected = chart.evaluate(
        "el => el._wl.chart.getModel().getSeriesByIndex(0).getSelectedDataIndices()")
    assert sorted(selected) == [1, 2]
    box = chart.bounding_box()
    page.mouse.dblclick(box["x"] + 20, box["y"] + 20)  # a double click clears the selection
    expect(page.get_by_text("picked: []")).to_be_visible(timeout=30_000)


def test_a_mermaid_fence_in_markdown_is_drawn_as_a_diagram(selections):
    page = selections.page
    markdown = page.get_by_test_id("stMarkdown").filter(has_text="A flow:")
    diagram = markdown.get_by_test_id("stMermaidChart")
    expect(drawn(diagram)).to_have_attribute("data-rendered", "true", timeout=DRAW_TIMEOUT_MS)
    expect(diagram.locator("img")).to_have_attribute("alt", "Mermaid flowchart")
    expect(mermaid_svg(diagram)).to_contain_text("Fence")
    expect(mermaid_svg(diagram)).to_contain_text("Drawn")
    expect(markdown.locator("code.language-mermaid")).to_have_count(0)
    expect(markdown.locator("pre code.language-python")).to_contain_text("x = 1")


PDF_SWAP_APP = """
import streamlit as st
if st.button("swap"):
    st.write("markdown now")
else:
    st.pdf(open("one.pdf", "rb").read(), height=300)
st.write("tail")
"""
ONE_PAGE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
                b"trailer<</Root 1 0 R>>\n%%EOF\n")


def test_a_pdf_that_a_rerun_replaces_leaves_the_page(chromium, tmp_path):
    """Replacing a drawn st.pdf releases its pdf.js document (through its loading task, as
    pdf.js 6 wants) and the element in its place is drawn."""
    from conftest import _QuietHandler, _serve
    from wasmlit.site import build_site

    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "app.py").write_text(PDF_SWAP_APP)
    (tmp_path / "app" / "one.pdf").write_bytes(ONE_PAGE_PDF)
    build_site(tmp_path / "app" / "app.py", tmp_path / "site" / "swap")
    serving = _serve(tmp_path / "site", _QuietHandler)
    url = next(serving)
    context = chromium.new_context()
    errors: list[str] = []
    try:
        page = context.new_page()
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(f"{url}/swap/")
        expect(drawn(page.get_by_test_id("stPdf"))).to_have_attribute(
            "data-rendered", "true", timeout=BOOT_TIMEOUT_MS)
        page.get_by_role("button", name="swap").click()
        expect(page.get_by_text("markdown now")).to_be_visible(timeout=DRAW_TIMEOUT_MS)
        expect(page.get_by_test_id("stPdf")).to_have_count(0)
        expect(page.get_by_text("tail")).to_be_visible()
        assert not [e for e in errors if "cannot apply" in e]
    finally:
        context.close()
        next(serving, None)  # stops the server
