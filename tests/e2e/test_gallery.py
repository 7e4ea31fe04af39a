"""`make demo`'s gallery page (demo/gallery.py) shows every element family, with no error
other than the two exceptions it shows on purpose."""

from playwright.sync_api import expect

# One hook per family of docs/compatibility.md that the gallery must show.
HOOKS = [
    "stHeading", "stMarkdown", "stCode", "stText", "stJson", "stHtml", "stMetric", "stDocstring",
    "stAlert", "stException", "stProgress", "stExpander", "stTabs", "stPopover", "stForm",
    "stHorizontalBlock", "stButton", "stDownloadButton", "stLinkButton", "stCheckbox",
    "stRadio", "stSelectbox", "stMultiSelect", "stSlider", "stTextInput", "stTextArea",
    "stNumberInput", "stDateInput", "stTimeInput", "stColorPicker", "stButtonGroup",
    "stFeedback", "stFileUploader", "stChatMessage", "stDataFrame", "stTable",
    "stVegaLiteChart", "stImage", "stAudio", "stVideo",
]


def test_the_gallery_shows_every_family(app_page):
    app = app_page("gallery")
    page = app.page
    expect(page).to_have_title("wasmlit gallery")
    tabs = page.get_by_test_id("stTab")
    for name in ["Text", "Write & magic", "Status", "Layout", "Inputs", "Choices",
                 "Data, charts & media"]:
        page.get_by_role("tab", name=name).click()
    missing = [hook for hook in HOOKS if page.get_by_test_id(hook).count() == 0]
    assert missing == []
    expect(page.get_by_test_id("stUnknownElement")).to_have_count(0)
    # the Write tab shows st.exception on purpose, twice; nothing else raised
    expect(page.get_by_test_id("stException")).to_have_count(2)
    assert tabs.count() >= 7
