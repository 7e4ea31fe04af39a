"""Downloads, links and uploads in Chromium."""

import re

from playwright.sync_api import expect


def line(page, prefix):
    return page.get_by_text(re.compile("^" + re.escape(prefix)))


def test_download_button_saves_the_bytes_python_sent(app_page, tmp_path):
    app = app_page("inputs_files")
    page = app.page
    expect(page.get_by_test_id("stDownloadButton")).to_have_count(2)
    with page.expect_download() as info:
        page.get_by_role("button", name="Download notes").click()
    app.wait_idle()
    download = info.value
    assert download.suggested_filename == "notes.txt"
    target = tmp_path / "notes.txt"
    download.save_as(target)
    assert target.read_text("utf-8") == "héllo wörld"
    expect(line(page, "got=")).to_have_text("got=True")


def test_callable_download_data_is_made_after_the_click(app_page, tmp_path):
    app = app_page("inputs_files")
    page = app.page
    with page.expect_download() as info:
        page.get_by_role("button", name="Download report").click()
    download = info.value
    app.wait_idle()
    assert download.suggested_filename == "report.txt"
    download.save_as(tmp_path / "r.txt")
    assert (tmp_path / "r.txt").read_text() == "made on click"


def test_link_button_opens_safe_urls_in_a_new_tab_only(app_page):
    app = app_page("inputs_files")
    page = app.page
    docs = page.get_by_test_id("stLinkButton").filter(has_text="Docs").locator("a")
    expect(docs).to_have_attribute("href", "https://docs.streamlit.io/")
    expect(docs).to_have_attribute("target", "_blank")
    evil = page.get_by_test_id("stLinkButton").filter(has_text="Evil").locator("a")
    expect(evil).not_to_have_attribute("href", re.compile(".*"))
    evil.click(force=True)
    assert page.evaluate("window.__pwned") is None


def test_uploaded_file_reaches_python_and_can_be_removed(app_page):
    app = app_page("inputs_files")
    page = app.page
    uploader = page.get_by_test_id("stFileUploader").filter(has_text="CSV file")
    expect(uploader.get_by_test_id("stFileUploaderDropzone")).to_contain_text("200MB per file • CSV")
    page.get_by_label("CSV file").set_input_files(
        files=[{"name": "a.csv", "mimeType": "text/csv", "buffer": b"x,y\n1,2"}])
    app.wait_idle()
    expect(line(page, "csv=")).to_have_text("csv=a.csv:x,y\n1,2")
    expect(uploader.get_by_test_id("stFileUploaderFileName")).to_have_text("a.csv")
    # survives a rerun caused by another widget
    page.get_by_role("button", name="Download notes").click()
    app.wait_idle()
    expect(line(page, "csv=")).to_have_text("csv=a.csv:x,y\n1,2")
    # a file of another type is refused in the page
    page.get_by_label("CSV file").set_input_files(
        files=[{"name": "b.txt", "mimeType": "text/plain", "buffer": b"no"}])
    expect(uploader).to_contain_text("b.txt: text/plain files are not allowed.")
    expect(line(page, "csv=")).to_have_text("csv=a.csv:x,y\n1,2")
    uploader.get_by_test_id("stFileUploaderDeleteBtn").click()
    app.wait_idle()
    expect(line(page, "csv=")).to_have_text("csv=none")
    expect(uploader.get_by_test_id("stFileUploaderFile")).to_have_count(0)


def test_dropped_files_in_a_fragment_rerun_only_the_fragment(app_page):
    app = app_page("inputs_files")
    page = app.page
    zone = page.get_by_test_id("stFileUploader").filter(
        has_text="Many files").get_by_test_id("stFileUploaderDropzone")
    evil_name = '<img src=x onerror="window.__pwned=2">.txt'
    transfer = page.evaluate_handle("""(name) => {
        const dt = new DataTransfer();
        dt.items.add(new File(['one'], 'one.txt', {type: 'text/plain'}));
        dt.items.add(new File(['two'], name, {type: 'text/plain'}));
        return dt;
    }""", evil_name)
    zone.dispatch_event("drop", {"dataTransfer": transfer})
    app.wait_idle()
    expect(line(page, "many=")).to_have_text(
        f"many=['one.txt', '{evil_name}'] frag_runs=2")
    expect(line(page, "full_runs=")).to_have_text("full_runs=1")
    names = page.get_by_test_id("stFileUploaderFileName")
    expect(names).to_have_text(["one.txt", evil_name])
    page.get_by_role("button", name="Remove one.txt").click()
    app.wait_idle()
    expect(line(page, "many=")).to_have_text(f"many=['{evil_name}'] frag_runs=3")
    assert page.evaluate("window.__pwned") is None
    assert page.locator("[data-testid=stApp] img[src=x]").count() == 0
