"""st.dataframe and st.table in Chromium: headers, cells, sorting in the page, scrolling."""

from playwright.sync_api import expect


def frames(page):
    return page.get_by_test_id("stDataFrame")


def column(df, n):
    """Texts of the n-th column (1-based) of a dataframe's body."""
    return df.locator(f"tbody tr > :nth-child({n})").all_inner_texts()


def test_dataframe_shows_headers_cells_and_right_aligned_numbers(app_page):
    app = app_page("data_frames")
    page = app.page
    df = frames(page).nth(0)
    expect(df.locator("thead th")).to_have_text(["name", "score", "n"])  # index hidden for lists
    expect(df.locator("tbody tr")).to_have_count(3)
    assert column(df, 1) == ["Bob", "alice", "Carol"]
    assert column(df, 2) == ["7.5", "12.25", "None"]
    cell = df.locator("tbody tr").nth(0).locator("td").nth(1)
    assert cell.evaluate("e => getComputedStyle(e).textAlign") == "right"
    name = df.locator("tbody tr").nth(0).locator("td").nth(0)
    assert name.evaluate("e => getComputedStyle(e).textAlign") == "left"


def test_sorting_by_header_happens_in_the_page_without_a_rerun(app_page):
    app = app_page("data_frames")
    page = app.page
    df = frames(page).nth(0)
    runs = page.evaluate("() => document.querySelector('[data-testid=stApp]').dataset.testScriptState")
    assert runs == "notRunning"
    page.evaluate("""() => { window.__states = [];
        new MutationObserver(() => window.__states.push(
            document.querySelector('[data-testid=stApp]').dataset.testScriptState))
        .observe(document.querySelector('[data-testid=stApp]'), {attributes: true}); }""")
    df.get_by_role("button", name="n", exact=True).click()
    assert column(df, 3) == ["1", "2", "10"]  # numeric, not text order
    expect(df.locator("thead th").nth(2)).to_have_attribute("aria-sort", "ascending")
    df.get_by_role("button", name="n ↑").click()
    assert column(df, 3) == ["10", "2", "1"]
    df.get_by_role("button", name="score").click()
    assert column(df, 2) == ["7.5", "12.25", "None"]  # empty cells last
    df.get_by_role("button", name="name").click()
    assert column(df, 1) == ["alice", "Bob", "Carol"]
    assert page.evaluate("window.__states") == []  # no run started


def test_sort_survives_a_rerun_and_data_updates(app_page):
    app = app_page("data_frames")
    page = app.page
    df = frames(page).nth(0)
    df.get_by_role("button", name="n", exact=True).click()
    app.click("Rerun")
    expect(page.get_by_text("clicks=1")).to_be_visible()
    assert column(df, 3) == ["1", "2", "10"]


def test_index_height_width_and_column_order(app_page):
    page = app_page("data_frames").page
    df = frames(page).nth(1)
    expect(df.locator("thead th")).to_have_text(["", "v", "k"])
    expect(df.locator("tbody th")).to_have_text(["0", "1"])
    box = df.bounding_box()
    assert abs(box["width"] - 300) < 2
    assert df.locator(".wl-df-scroll").evaluate("e => e.getBoundingClientRect().height") == 150


def test_table_is_a_static_html_table(app_page):
    page = app_page("data_frames").page
    table = page.get_by_test_id("stTable").nth(0)
    expect(table.get_by_test_id("stTableStyledTable").locator("thead th")).to_have_text(["city", "pop"])
    expect(table.locator("tbody tr").nth(1)).to_have_text("Lima10000000")
    expect(table.locator("button")).to_have_count(0)
    expect(page.get_by_test_id("stTableStyledEmptyTableCell")).to_have_text("empty")


def test_large_dataframe_scrolls_and_renders_rows_as_needed(app_page):
    page = app_page("data_frames").page
    df = frames(page).nth(3)
    scroller = df.locator(".wl-df-scroll")
    assert scroller.evaluate("e => e.scrollHeight > e.clientHeight")
    assert df.locator("tbody tr").count() < 5000
    for _ in range(40):
        scroller.evaluate("e => { e.scrollTop = e.scrollHeight; e.dispatchEvent(new Event('scroll')); }")
        if df.locator("tbody tr").count() == 5000:
            break
    expect(df.locator("tbody tr")).to_have_count(5000)
    expect(df.locator("tbody tr").last.locator("td").nth(1)).to_have_text(str(4999 * 4999))
    # the header stays visible while scrolling
    assert df.locator("thead th").first.evaluate("e => getComputedStyle(e).position") == "sticky"


def test_column_names_and_cells_run_no_script(app_page):
    page = app_page("data_frames").page
    payload = '<img src=x onerror="window.__pwned=1">'
    df = frames(page).nth(2)
    expect(df.locator("thead th").first).to_contain_text(payload)
    expect(df.locator("tbody td").first).to_contain_text("<script>")
    table = page.get_by_test_id("stTable").nth(1)
    expect(table.locator("td").first).to_contain_text("<svg onload")
    expect(page.locator("[data-testid=stMain] img, [data-testid=stMain] svg[onload]")).to_have_count(0)
    assert page.evaluate("window.__pwned") is None


def test_dataframe_in_a_fragment_updates_with_the_fragment(app_page):
    app = app_page("data_frames")
    page = app.page
    df = frames(page).nth(4)
    expect(df.locator("tbody tr")).to_have_count(2)
    page.get_by_label("Rows", exact=True).fill("4")
    page.get_by_label("Rows", exact=True).press("Enter")
    app.wait_idle()
    expect(df.locator("tbody tr")).to_have_count(4)
    expect(page.get_by_text("clicks=0")).to_be_visible()


def test_selecting_rows_reruns_with_their_positions_in_the_data(app_page):
    app = app_page("data_frames")
    page = app.page
    df = frames(page).nth(5)
    expect(page.get_by_text("selected=[]")).to_be_visible()
    df.get_by_label("Select row 2").check()
    app.wait_idle()
    expect(page.get_by_text("selected=[2]")).to_be_visible()
    df.get_by_role("button", name="animal").click()
    df.get_by_role("button", name="animal ↑").click()  # descending: emu, dog, cat
    assert column(df, 2) == ["emu", "dog", "cat"]
    df.locator("tbody tr").nth(2).get_by_role("checkbox").check()  # cat, row 0 of the data
    app.wait_idle()
    expect(page.get_by_text("selected=[0, 2]")).to_be_visible()
    expect(df.get_by_label("Select row 0")).to_be_checked()
    expect(df.locator("tbody tr.wl-selected")).to_have_count(2)
    df.get_by_label("Select all rows").check()
    app.wait_idle()
    expect(page.get_by_text("selected=[0, 1, 2]")).to_be_visible()
    app.click("Rerun")
    expect(df.get_by_label("Select row 1")).to_be_checked()
