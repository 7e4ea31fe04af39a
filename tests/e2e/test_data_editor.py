"""st.data_editor in Chromium: AG Grid loaded on demand, editing cells, adding and deleting
rows, the toolbar (search, CSV download), virtualised scrolling and column types."""

from playwright.sync_api import expect


def editor(page, n):
    return page.locator("[data-testid=stDataFrame].wl-data-editor").nth(n)


def cell(ed, row, col_id):
    return ed.locator(f"[row-index='{row}'] [col-id='{col_id}']")


def test_editing_a_cell_reruns_with_the_edit_and_keeps_the_column_type(app_page):
    app = app_page("data_editor")
    page = app.page
    ed = editor(page, 0)
    expect(cell(ed, 1, "c1")).to_have_text("25")
    cell(ed, 1, "c1").dblclick()
    ed.locator(".ag-cell-editor input").fill("26")
    ed.locator(".ag-cell-editor input").press("Enter")
    app.wait_idle()
    expect(page.get_by_text("ages=[31, 26, 40]")).to_be_visible()
    expect(page.get_by_text("'edited_rows': {1: {'age': 26}}")).to_be_visible()
    expect(cell(ed, 1, "c1")).to_have_text("26")  # the edit stays after the rerun


def test_adding_and_deleting_rows_in_a_dynamic_editor(app_page):
    app = app_page("data_editor")
    page = app.page
    ed = editor(page, 0)
    ed.hover()
    ed.get_by_role("button", name="Add row").click()
    app.wait_idle()
    expect(page.get_by_text("ages=[31, 25, 40, 18]")).to_be_visible()  # the column's default
    expect(page.get_by_text("'added_rows': [{'age': 18}]")).to_be_visible()
    ed.locator("[row-index='0']").wait_for()
    ed.locator("[row-index='0'] [col-id=ag-Grid-SelectionColumn] input").check()
    ed.hover()
    ed.get_by_role("button", name="Delete rows").click()
    app.wait_idle()
    expect(page.get_by_text("names=['Bo', 'Cy', None]")).to_be_visible()
    expect(page.get_by_text("'deleted_rows': [0]")).to_be_visible()


def test_search_filters_rows_and_csv_download(app_page):
    app = app_page("data_editor")
    page = app.page
    ed = editor(page, 0)
    ed.hover()
    ed.get_by_role("button", name="Search").click()
    ed.get_by_role("searchbox", name="Search").fill("Cy")
    expect(ed.locator(".ag-row")).to_have_count(1)
    ed.get_by_role("searchbox", name="Search").fill("")
    expect(ed.locator(".ag-row")).to_have_count(3)
    with page.expect_download() as info:
        ed.get_by_role("button", name="Download as CSV").click()
    with open(info.value.path(), encoding="utf-8-sig") as f:
        text = f.read()
    assert text.splitlines()[0].replace('"', "") == "name,Age,ok"
    assert "Ann" in text and "40" in text


def test_a_large_editor_keeps_only_a_screenful_of_rows_in_the_dom(app_page):
    page = app_page("data_editor").page
    ed = editor(page, 1)
    expect(cell(ed, 0, "c0")).to_have_text("0")
    cell(ed, 3, "c0").hover()
    for _ in range(6):
        page.mouse.wheel(0, 12000)
        page.wait_for_timeout(150)
        rows = ed.locator(".ag-row").count()
        assert 0 < rows < 40, rows  # 300px of 35px rows plus a small buffer, not 2000
    expect(ed.locator("[row-index='1999'] [col-id='c9']")).to_have_text("19999")
    # and read-only (disabled=True): a double click opens no editor
    ed.locator("[row-index='1999'] [col-id='c9']").dblclick()
    expect(ed.locator(".ag-cell-editor")).to_have_count(0)


def test_column_types_render_progress_charts_and_only_safe_links(app_page):
    page = app_page("data_editor").page
    ed = editor(page, 2)
    expect(cell(ed, 0, "c0")).to_contain_text("25.00%")
    expect(cell(ed, 0, "c0").get_by_role("progressbar")).to_be_visible()
    expect(cell(ed, 0, "c1").locator("svg polyline")).to_have_count(1)
    expect(cell(ed, 0, "c2").get_by_role("link", name="open")).to_have_attribute("href", "https://example.com/a")
    expect(cell(ed, 1, "c2").get_by_role("link")).to_have_count(0)
    expect(ed.locator(".ag-header-cell-text")).to_have_text(["Share", "Trend", "Link"])
