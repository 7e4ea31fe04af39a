"""audio_input, camera_input (with Chromium's fake microphone and camera), datetime_input,
menu_button, pagination, skeleton, grid and chat_input attachments, in Chromium."""

import re

import pytest
from playwright.sync_api import expect

from conftest import BOOT_TIMEOUT_MS, CHROMIUM, AppPage
from pytest_wasmlit import system_chromium_launch_args

FAKE_MEDIA = ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"]


def line(page, prefix):
    return page.get_by_text(re.compile("^" + re.escape(prefix)))


@pytest.fixture(scope="module")
def media_browser(playwright):
    """A Chromium of its own whose microphone and camera are Chromium's fake devices."""
    args = system_chromium_launch_args(CHROMIUM)
    browser = playwright.chromium.launch(**{**args, "args": [*args["args"], *FAKE_MEDIA]})
    yield browser
    browser.close()


@pytest.fixture
def media_app(media_browser, server_url):
    contexts = []

    def open_app(name):
        context = media_browser.new_context(viewport={"width": 1100, "height": 900},
                                            permissions=["microphone", "camera"])
        contexts.append(context)
        app = AppPage(context.new_page())
        app.page.goto(f"{server_url}/{name}/")
        app.wait_idle(BOOT_TIMEOUT_MS)
        return app

    yield open_app
    for context in contexts:
        context.close()


def test_audio_input_records_the_fake_microphone_to_a_wav(media_app):
    app = media_app("inputs_more")
    page = app.page
    widget = page.get_by_test_id("stAudioInput")
    expect(line(page, "audio=")).to_have_text("audio=none")
    widget.get_by_role("button", name="Record").click()
    expect(widget.get_by_role("button", name="Stop recording")).to_be_visible()
    expect(widget.get_by_test_id("stAudioInputWaveformTimeCode")).to_have_text("00:01",
                                                                               timeout=10_000)
    widget.get_by_role("button", name="Stop recording").click()
    expect(line(page, "audio=")).to_have_text(
        "audio=True|audio/wav|RIFF|WAVE|rate=16000|bytes=True", timeout=30_000)
    expect(widget.locator("audio")).to_be_visible()
    widget.get_by_role("button", name="Clear recording").click()
    expect(line(page, "audio=")).to_have_text("audio=none", timeout=30_000)
    expect(widget.locator("audio")).to_be_hidden()


def test_camera_input_takes_and_clears_a_photo(media_app):
    app = media_app("inputs_more")
    page = app.page
    widget = page.get_by_test_id("stCameraInput")
    take = widget.get_by_test_id("stCameraInputButton")
    expect(take).to_have_text("Take Photo")
    expect(take).to_be_enabled(timeout=20_000)
    page.wait_for_function(
        "document.querySelector('[data-testid=stCameraInputWebcamComponent]').videoWidth > 0")
    take.click()
    expect(line(page, "photo=")).to_have_text("photo=True|image/jpeg|jpeg=True|bytes=True",
                                              timeout=30_000)
    expect(widget.locator("img")).to_be_visible()
    expect(take).to_have_text("Clear photo")
    take.click()
    expect(line(page, "photo=")).to_have_text("photo=none", timeout=30_000)
    expect(widget.get_by_test_id("stCameraInputWebcamComponent")).to_be_visible()


def test_chat_input_sends_files_and_a_recording(media_app, tmp_path):
    app = media_app("inputs_more")
    page = app.page
    chat = page.get_by_test_id("stChatInput")
    (tmp_path / "a.txt").write_text("alpha")
    (tmp_path / "b.csv").write_text("x,y")
    chat.locator("input[type=file]").set_input_files([tmp_path / "a.txt", tmp_path / "b.csv"])
    expect(chat.get_by_test_id("stChatInputFile")).to_have_count(2)
    chat.get_by_test_id("stChatInputTextArea").fill("see files")
    chat.get_by_test_id("stChatInputSubmitButton").click()
    expect(line(page, "chat=")).to_have_text("chat=see files|files=['a.txt', 'b.csv']|audio=none",
                                             timeout=30_000)
    expect(chat.get_by_test_id("stChatInputFile")).to_have_count(0)
    chat.get_by_test_id("stChatInputMicButton").click()
    expect(chat.get_by_test_id("stChatInputApproveButton")).to_be_visible()
    page.wait_for_timeout(1200)  # let the fake microphone fill a second of audio
    chat.get_by_test_id("stChatInputApproveButton").click()
    expect(line(page, "chat=")).to_have_text("chat=|files=[]|audio=RIFF", timeout=30_000)


def test_datetime_input_typed_and_committed(app_page):
    app = app_page("inputs_more")
    page = app.page
    field = page.get_by_test_id("stDateTimeInputField")
    expect(field).to_have_value("2024/03/05 14:30")
    field.fill("2025/12/24 09:15")
    field.press("Enter")
    app.wait_idle()
    expect(line(page, "when=")).to_have_text("when=2025-12-24 09:15")
    field.fill("not a date")
    field.press("Enter")
    expect(field).to_have_value("2025/12/24 09:15")
    expect(line(page, "when=")).to_have_text("when=2025-12-24 09:15")


def test_menu_button_picks_once_and_runs_its_callback(app_page):
    app = app_page("inputs_more")
    page = app.page
    button = page.get_by_test_id("stMenuButtonButton")
    expect(button).to_have_attribute("aria-expanded", "false")
    button.click()
    menu = page.get_by_test_id("stMenuButtonBody")
    expect(menu.get_by_role("menuitem")).to_have_count(3)
    menu.get_by_role("menuitem", name="Paste").click()
    app.wait_idle()
    expect(menu).to_have_count(0)
    expect(line(page, "picked=")).to_have_text("picked=Paste|['Paste']")
    app.click("Load")
    expect(line(page, "picked=")).to_have_text("picked=None|['Paste']")
    button.click()
    page.keyboard.press("Escape")
    expect(page.get_by_test_id("stMenuButtonBody")).to_have_count(0)


def test_pagination_moves_between_pages(app_page):
    app = app_page("inputs_more")
    page = app.page
    nav = page.get_by_test_id("stPagination")
    expect(nav.get_by_role("button", name="Page 1")).to_have_attribute("aria-current", "page")
    expect(nav.get_by_test_id("stPaginationPrev")).to_be_disabled()
    expect(nav.get_by_test_id("stPaginationEllipsis")).to_have_count(1)
    nav.get_by_role("button", name="Page 20").click()
    app.wait_idle()
    expect(line(page, "page=")).to_have_text("page=20")
    expect(nav.get_by_test_id("stPaginationNext")).to_be_disabled()
    nav.get_by_test_id("stPaginationPrev").click()
    app.wait_idle()
    expect(line(page, "page=")).to_have_text("page=19")
    expect(nav.get_by_test_id("stPaginationEllipsis")).to_have_count(1)


def test_skeleton_is_replaced_and_grid_lays_out_cells(app_page):
    app = app_page("inputs_more")
    page = app.page
    shape = page.get_by_test_id("stSkeleton")
    expect(shape).to_be_visible()
    assert round(shape.bounding_box()["height"]) == 90
    app.click("Load")
    expect(page.get_by_test_id("stSkeleton")).to_have_count(0)
    expect(page.get_by_text("loaded", exact=True)).to_be_visible()
    grid = page.get_by_test_id("stGrid")
    boxes = [grid.get_by_text(f"cell {i}", exact=True).bounding_box() for i in range(4)]
    assert boxes[0]["y"] == boxes[1]["y"] == boxes[2]["y"]  # three columns
    assert boxes[0]["x"] < boxes[1]["x"] < boxes[2]["x"]
    assert boxes[3]["y"] > boxes[0]["y"] and abs(boxes[3]["x"] - boxes[0]["x"]) < 2
    wide = grid.get_by_test_id("stGridCell").bounding_box()
    assert wide["width"] > 2.5 * boxes[0]["width"]
