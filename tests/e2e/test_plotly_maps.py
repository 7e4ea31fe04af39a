"""st.plotly_chart, st.map and st.pydeck_chart in Chromium: plotly.js draws the traces, box /
lasso / point selections rerun with Streamlit's selection state, deck.gl draws the layers, and
neither library is downloaded by a page that does not use it."""

import re

from playwright.sync_api import expect

PLOTLY_CHUNK = re.compile(r"/assets/plotly[^/]*\.js$")
DECK_CHUNK = re.compile(r"/assets/[^/]*(deck|layer)[^/]*\.js$", re.I)


def resources(page):
    return page.evaluate("() => performance.getEntriesByType('resource').map(e => e.name)")


def plot(page, i):
    chart = page.get_by_test_id("stPlotlyChart").nth(i)
    expect(chart).to_have_attribute("data-rendered", "true", timeout=60_000)
    return chart


def drag_area(chart):
    chart.scroll_into_view_if_needed()
    box = chart.locator(".nsewdrag").first.bounding_box()
    assert box, "the plot has no drag area"
    return box


def test_plotly_draws_the_traces_and_its_code_is_fetched_only_here(app_page):
    app = app_page("plotly_maps")
    page = app.page
    expect(page.get_by_test_id("stPlotlyChart")).to_have_count(3)
    bars = plot(page, 0)
    expect(bars.locator(".barlayer .trace")).to_have_count(2)
    expect(bars.locator(".barlayer .point")).to_have_count(6)
    scatter = plot(page, 1)
    expect(scatter.locator(".scatterlayer .point")).to_have_count(10)
    expect(scatter.locator(".gtitle")).to_have_text("Squares")
    assert [n for n in resources(page) if PLOTLY_CHUNK.search(n)]
    errors = [m for t, m in app.console if t in ("pageerror", "error")]
    # the only failures are the base-map tiles, which these machines cannot fetch
    assert not [m for m in errors if "Failed to load resource" not in m]

    other = app_page("data_frames").page
    expect(other.get_by_test_id("stDataFrame").first).to_be_visible()
    names = resources(other)
    assert names and not [n for n in names if PLOTLY_CHUNK.search(n) or DECK_CHUNK.search(n)]


def test_a_box_selection_reruns_with_streamlits_shape(app_page):
    app = app_page("plotly_maps")
    page = app.page
    chart = plot(page, 1)
    area = drag_area(chart)
    # from the top left to the middle: the points of small x and large-enough y are inside
    page.mouse.move(area["x"] + 5, area["y"] + 5)
    page.mouse.down()
    page.mouse.move(area["x"] + area["width"] * 0.5, area["y"] + area["height"] * 0.8, steps=8)
    page.mouse.up()
    expect(page.get_by_text(re.compile(r"box points=\[[\d, ]+\] boxes=1"))).to_be_visible(
        timeout=60_000)
    expect(page.get_by_text("box xref=x x0<x1=True")).to_be_visible()
    expect(page.get_by_text(re.compile(r"first point curve=0 index=\d+ x=\d+ y=\d+")))\
        .to_be_visible()
    text = page.get_by_text(re.compile(r"^box points=")).inner_text()
    indices = [int(v) for v in re.findall(r"\d+", text.split("]")[0])]
    assert indices and all(0 <= i < 10 for i in indices)
    expect(page.get_by_text(f"state={indices}")).to_be_visible()
    # the chart was not redrawn: the selection box stays on screen
    expect(chart.locator(".selectionlayer path, .select-outline").first).to_be_attached()


def test_clicking_a_point_selects_it(app_page):
    app = app_page("plotly_maps")
    page = app.page
    chart = plot(page, 1)
    chart.locator(".scatterlayer .point").nth(9).click(force=True)
    expect(page.get_by_text("box points=[9] boxes=0")).to_be_visible(timeout=60_000)
    expect(page.get_by_text("first point curve=0 index=9 x=9 y=81")).to_be_visible()


def test_a_lasso_selection_reruns_with_its_path(app_page):
    app = app_page("plotly_maps")
    page = app.page
    chart = plot(page, 2)
    area = drag_area(chart)
    x, y, w, hgt = area["x"], area["y"], area["width"], area["height"]
    page.mouse.move(x + 2, y + 2)
    page.mouse.down()
    for fx, fy in ((0.98, 0.02), (0.98, 0.98), (0.02, 0.98), (0.02, 0.05)):
        page.mouse.move(x + w * fx, y + hgt * fy, steps=6)
    page.mouse.up()
    expect(page.get_by_text("lasso points=[0, 1, 2, 3, 4, 5, 6, 7, 8, 9] lassos=1"))\
        .to_be_visible(timeout=60_000)


def deck_layers(el):
    return el.evaluate("""el => (el._wl.layers || []).map(l => ({
        id: l.id, type: l.constructor.layerName, n: (l.props.data || []).length }))""")


def test_map_and_pydeck_draw_their_layers_without_tiles(app_page):
    app = app_page("plotly_maps")
    page = app.page
    decks = page.get_by_test_id("stDeckGlJsonChart")
    expect(decks).to_have_count(2)
    for i in range(2):
        expect(decks.nth(i)).to_have_attribute("data-rendered", "true", timeout=60_000)
        expect(decks.nth(i).locator("canvas")).to_have_count(1)
    assert [(la["type"], la["n"]) for la in deck_layers(decks.nth(0))] == [("ScatterplotLayer", 3)]
    assert deck_layers(decks.nth(1)) == [{"id": "stops", "type": "ScatterplotLayer", "n": 2}]
    box = decks.nth(0).bounding_box()
    assert box and abs(box["height"] - 300) < 2
    expect(page.get_by_text("deck={}")).to_be_visible()
    assert not [m for t, m in app.console if t == "pageerror"]


def test_clicking_a_pickable_deck_object_selects_it(app_page):
    app = app_page("plotly_maps")
    page = app.page
    deck = page.get_by_test_id("stDeckGlJsonChart").nth(1)
    expect(deck).to_have_attribute("data-rendered", "true", timeout=60_000)
    deck.scroll_into_view_if_needed()
    # where deck.gl draws the "north" stop, in the viewport's pixels
    x, y = deck.evaluate("""el => {
        const [px, py] = el._wl.deck.getViewports()[0].project([-122.41, 37.78]);
        const r = el.getBoundingClientRect();
        return [r.left + px, r.top + py];
    }""")
    page.mouse.click(x, y)
    expect(page.get_by_text("deck={'stops': [0]}")).to_be_visible(timeout=60_000)
    # as in Streamlit, the picked stop is drawn opaque and the other one faded (the colour
    # the deck's own "stops" layer gives each of its two objects)
    fill = """el => {
        const layer = el._wl.deck.props.layers.find(l => l.id === 'stops');
        const f = layer.props.getFillColor;
        return typeof f === 'function'
            ? [0, 1].map(i => Array.from(f(layer.props.data[i], {index: i}))) : Array.from(f);
    }"""
    page.wait_for_function(f"el => ({fill})(el).length === 2", arg=deck.element_handle(),
                           timeout=30_000)
    assert deck.evaluate(fill) == [[200, 30, 0, 255], [200, 30, 0, 102]]
    page.mouse.click(x, y)  # single-object: clicking it again clears the selection
    expect(page.get_by_text("deck={}")).to_be_visible(timeout=60_000)
    page.wait_for_function(f"el => ({fill})(el).length === 4", arg=deck.element_handle(),
                           timeout=30_000)
    assert deck.evaluate(fill) == [200, 30, 0, 200]  # nothing selected: the spec's own colour
