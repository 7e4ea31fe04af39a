"""st.dataframe on the grid (AG Grid) and st.table in Chromium: headers, cells, sorting in the
page, virtualised scrolling, selections of rows, columns and cells, and the toolbar."""

import csv
import io
import re

from playwright.sync_api import expect


def has_class(name):
    return re.compile(rf"(^|\s){name}(\s|$)")


def frames(page):
    return page.get_by_test_id("stDataFrame")


def frame(page, n):
    df = frames(page).nth(n)
    df.locator(".ag-row").first.wait_for()
    return df


def cell(df, row, col_id):
    """The cell at display row `row` (after any sort) of the column with AG Grid id `col_id`
    (c0, c1, ... data columns; i0 the index)."""
    return df.locator(f"[row-index='{row}'] [col-id='{col_id}']")


def column(df, col_id, n):
    return [cell(df, i, col_id).inner_text() for i in range(n)]


def headers(df):
    return df.locator(".ag-header-cell:not([col-id=ag-Grid-SelectionColumn]) .ag-header-cell-text").all_inner_texts()


def header(df, col_id):
    return df.locator(f".ag-header-cell[col-id='{col_id}']")


def test_dataframe_shows_headers_cells_and_right_aligned_numbers(app_page):
    page = app_page("data_frames").page
    df = frame(page, 0)
    assert headers(df) == ["name", "score", "n"]  # the index is hidden for lists of dicts
    expect(df.locator(".ag-grid-scrolling-container .ag-row")).to_have_count(3)
    assert column(df, "c0", 3) == ["Bob", "alice", "Carol"]
    assert column(df, "c1", 3) == ["7.5", "12.25", "None"]
    assert cell(df, 0, "c1").evaluate("e => getComputedStyle(e).justifyContent") == "flex-end"
    assert cell(df, 0, "c0").evaluate("e => getComputedStyle(e).justifyContent") in ("normal", "flex-start")
    # Streamlit's look: 35px rows and header
    assert df.locator("[row-index='0']").first.evaluate("e => e.getBoundingClientRect().height") == 35
    assert df.locator(".ag-header-row").first.evaluate("e => e.getBoundingClientRect().height") == 35
    expect(df.get_by_test_id("stDataFrameResizable")).to_have_count(1)


def test_sorting_by_header_happens_in_the_page_without_a_rerun(app_page):
    app = app_page("data_frames")
    page = app.page
    df = frame(page, 0)
    page.evaluate("""() => { window.__states = [];
        const app = document.querySelector('[data-testid=stApp]');
        new MutationObserver((records) => window.__states.push(
            ...records.map((r) => r.oldValue), app.dataset.testScriptState))
        .observe(app, {attributeFilter: ['data-test-script-state'], attributeOldValue: true}); }""")
    header(df, "c2").click()
    expect(header(df, "c2")).to_have_attribute("aria-sort", "ascending")
    assert column(df, "c2", 3) == ["1", "2", "10"]  # numeric, not text order
    header(df, "c2").click()
    expect(header(df, "c2")).to_have_attribute("aria-sort", "descending")
    assert column(df, "c2", 3) == ["10", "2", "1"]
    header(df, "c1").click()
    expect(header(df, "c1")).to_have_attribute("aria-sort", "ascending")
    assert column(df, "c1", 3) == ["7.5", "12.25", "None"]  # empty cells last
    header(df, "c0").click()
    expect(header(df, "c0")).to_have_attribute("aria-sort", "ascending")
    assert column(df, "c0", 3) == ["alice", "Bob", "Carol"]  # natural order, case aside
    assert "running" not in page.evaluate("window.__states")  # no run started


def test_sort_survives_a_rerun(app_page):
    app = app_page("data_frames")
    page = app.page
    df = frame(page, 0)
    header(df, "c2").click()
    app.click("Rerun")
    expect(page.get_by_text("clicks=1")).to_be_visible()
    assert column(df, "c2", 3) == ["1", "2", "10"]


def test_index_height_width_and_column_order(app_page):
    page = app_page("data_frames").page
    df = frame(page, 1)
    assert headers(df) == ["", "v", "k"]
    assert column(df, "i0", 2) == ["0", "1"]
    assert df.locator("[row-index] .ag-grid-pinned-left-cells [col-id=i0]").count() == 2  # pinned
    box = df.bounding_box()
    assert abs(box["width"] - 300) < 2
    assert df.get_by_test_id("stDataFrameResizable").evaluate("e => e.getBoundingClientRect().height") == 150


def test_table_is_a_static_html_table(app_page):
    page = app_page("data_frames").page
    table = page.get_by_test_id("stTable").nth(0)
    expect(table.get_by_test_id("stTableStyledTable").locator("thead th")).to_have_text(["city", "pop"])
    expect(table.locator("tbody tr").nth(1)).to_have_text("Lima10000000")
    expect(table.locator("button")).to_have_count(0)
    expect(page.get_by_test_id("stTableStyledEmptyTableCell")).to_have_text("empty")


def test_a_large_dataframe_keeps_a_screenful_of_rows_in_the_dom(app_page):
    page = app_page("data_frames").page
    df = frame(page, 3)
    rows = df.locator(".ag-grid-scrolling-container .ag-row")
    assert rows.count() < 60
    df.locator(".ag-grid-viewport").evaluate("e => { e.scrollTop = e.scrollHeight; }")
    expect(cell(df, 4999, "c1")).to_have_text(str(4999 * 4999))
    assert rows.count() < 60
    top = df.get_by_test_id("stDataFrameResizable").bounding_box()["y"]
    assert abs(header(df, "c0").bounding_box()["y"] - top) < 3  # the header stays on top


def test_column_names_and_cells_run_no_script(app_page):
    page = app_page("data_frames").page
    payload = '<img src=x onerror="window.__pwned=1">'
    df = frame(page, 2)
    expect(df.locator(".ag-header-cell-text").first).to_contain_text(payload)
    expect(cell(df, 0, "c0")).to_contain_text("<script>")
    table = page.get_by_test_id("stTable").nth(1)
    expect(table.locator("td").first).to_contain_text("<svg onload")
    expect(page.locator("[data-testid=stMain] img, [data-testid=stMain] svg[onload]")).to_have_count(0)
    assert page.evaluate("window.__pwned") is None


def test_dataframe_in_a_fragment_updates_with_the_fragment(app_page):
    app = app_page("data_frames")
    page = app.page
    df = frame(page, 4)
    expect(df.locator(".ag-grid-scrolling-container .ag-row")).to_have_count(2)
    page.get_by_label("Rows", exact=True).fill("4")
    page.get_by_label("Rows", exact=True).press("Enter")
    app.wait_idle()
    expect(df.locator(".ag-grid-scrolling-container .ag-row")).to_have_count(4)
    expect(page.get_by_text("clicks=0")).to_be_visible()


def row_box(df, row):
    return df.locator(f"[row-index='{row}'] [col-id=ag-Grid-SelectionColumn] input")


def test_selecting_rows_reruns_with_their_positions_in_the_data(app_page):
    app = app_page("data_frames")
    page = app.page
    df = frame(page, 5)
    expect(page.get_by_text("selected=[]")).to_be_visible()
    row_box(df, 2).check()
    app.wait_idle()
    expect(page.get_by_text("selected=[2]")).to_be_visible()
    header(df, "c0").click()
    header(df, "c0").click()  # descending: emu, dog, cat
    assert column(df, "c0", 3) == ["emu", "dog", "cat"]
    row_box(df, 2).check()  # cat, row 0 of the data
    app.wait_idle()
    expect(page.get_by_text("selected=[0, 2]")).to_be_visible()
    expect(df.locator(".ag-grid-scrolling-container .ag-row-selected")).to_have_count(2)
    df.locator(".ag-header-cell[col-id=ag-Grid-SelectionColumn] input").check()
    app.wait_idle()
    expect(page.get_by_text("selected=[0, 1, 2]")).to_be_visible()
    app.click("Rerun")
    expect(page.get_by_text("clicks=1")).to_be_visible()
    expect(row_box(df, 1)).to_be_checked()  # the selection survives a rerun


def test_selecting_columns_by_their_headers(app_page):
    app = app_page("data_frames")
    page = app.page
    df = frame(page, 6)
    header(df, "c1").click()
    app.wait_idle()
    expect(page.get_by_text("cols=['b']")).to_be_visible()
    header(df, "c2").click()
    app.wait_idle()
    expect(page.get_by_text("cols=['b', 'c']")).to_be_visible()
    expect(header(df, "c1")).to_have_class(has_class("wl-grid-col-selected"))
    expect(cell(df, 0, "c2")).to_have_class(has_class("wl-grid-col-selected"))
    header(df, "c1").click()
    app.wait_idle()
    expect(page.get_by_text("cols=['c']")).to_be_visible()
    assert column(df, "c0", 2) == ["1", "2"]  # a header click selects; it does not sort


def test_selecting_cells_with_clicks_shift_ctrl_and_the_keyboard(app_page):
    app = app_page("data_frames")
    page = app.page
    df = frame(page, 7)
    cell(df, 0, "c0").click()
    app.wait_idle()
    expect(page.get_by_text("cells=[(0, 'a')] rows=[]")).to_be_visible()
    cell(df, 1, "c1").click(modifiers=["Shift"])
    app.wait_idle()
    expect(page.get_by_text("cells=[(0, 'a'), (0, 'b'), (1, 'a'), (1, 'b')] rows=[]")).to_be_visible()
    expect(df.locator(".ag-grid-scrolling-container .wl-grid-cell-selected")).to_have_count(4)
    cell(df, 2, "c2").click(modifiers=["ControlOrMeta"])
    app.wait_idle()
    expect(page.get_by_text("cells=[(0, 'a'), (0, 'b'), (1, 'a'), (1, 'b'), (2, 'c')] rows=[]")).to_be_visible()
    # a row selection clears the cells, and a cell selection the rows
    row_box(df, 1).check()
    app.wait_idle()
    expect(page.get_by_text("cells=[] rows=[1]")).to_be_visible()
    cell(df, 2, "c1").focus()
    page.keyboard.press("Space")
    app.wait_idle()
    expect(page.get_by_text("cells=[(2, 'b')] rows=[]")).to_be_visible()
    expect(row_box(df, 1)).not_to_be_checked()


def toolbar_button(df, name):
    df.hover()
    return df.get_by_test_id("stElementToolbar").get_by_role("button", name=name)


def test_toolbar_search_narrows_the_rows(app_page):
    page = app_page("data_frames").page
    df = frame(page, 3)
    toolbar_button(df, "Search").click()
    df.get_by_role("searchbox", name="Search").fill("24990001")  # 4999 squared
    expect(df.locator(".ag-grid-scrolling-container .ag-row")).to_have_count(1)
    expect(cell(df, 0, "c0")).to_have_text("4999")
    df.get_by_role("searchbox", name="Search").press("Escape")
    expect(df.locator(".ag-grid-scrolling-container .ag-row").first).to_be_visible()
    assert df.locator(".ag-grid-scrolling-container .ag-row").count() > 1


def test_toolbar_downloads_the_shown_columns_as_csv(app_page):
    page = app_page("data_frames").page
    df = frame(page, 8)
    with page.expect_download() as info:
        toolbar_button(df, "Download as CSV").click()
    assert info.value.suggested_filename.endswith(".csv")
    with open(info.value.path(), encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(io.StringIO(f.read())))
    assert rows == [["text", "n"], ["a,b", "1"], ['say "hi"', "2"]]


def test_toolbar_fullscreen_expands_and_collapses(app_page):
    page = app_page("data_frames").page
    df = frame(page, 8)
    toolbar_button(df, "Fullscreen").click()
    expect(df).to_have_class(has_class("wl-grid-fullscreen"))
    box = df.bounding_box()
    size = page.viewport_size
    assert box["width"] == size["width"] and box["height"] == size["height"]
    page.keyboard.press("Escape")
    expect(df).not_to_have_class(has_class("wl-grid-fullscreen"))
    assert df.bounding_box()["height"] < size["height"]
