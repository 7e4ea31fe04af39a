"""st.image, st.audio, st.video in Chromium: bytes become blob URLs made in the page."""

import re

from playwright.sync_api import expect


def natural_width(img):
    img.evaluate("e => e.decode()")
    return img.evaluate("e => e.naturalWidth")


def test_image_from_bytes_with_caption_and_width(app_page):
    page = app_page("media_basic").page
    first = page.get_by_test_id("stImage").nth(0)
    img = first.get_by_test_id("stImageContainer").locator("img")
    expect(img).to_have_attribute("src", re.compile(r"^blob:"))
    assert natural_width(img) == 40
    assert img.evaluate("e => e.getBoundingClientRect().width") == 80
    caption = first.get_by_test_id("stImageCaption")
    expect(caption).to_have_text("A blue box")
    expect(caption.locator("em")).to_have_text("blue")


def test_list_of_images_including_a_file_of_the_app(app_page):
    page = app_page("media_basic").page
    boxes = page.get_by_test_id("stImage").nth(1).get_by_test_id("stImageContainer")
    expect(boxes).to_have_count(2)
    assert natural_width(boxes.nth(0).locator("img")) == 30
    assert natural_width(boxes.nth(1).locator("img")) == 10
    expect(boxes.get_by_test_id("stImageCaption")).to_have_text(["from a file", "green"])


def test_captions_and_links_run_no_script(app_page):
    page = app_page("media_basic").page
    third = page.get_by_test_id("stImage").nth(2)
    caption = third.get_by_test_id("stImageCaption")
    expect(caption).to_contain_text('<img src=x onerror="window.__pwned=1">')
    expect(caption.locator("img")).to_have_count(0)
    for link in caption.locator("a").all():
        assert not (link.get_attribute("href") or "").startswith("javascript:")
    expect(third.get_by_test_id("stImageLink")).to_have_count(0)
    assert page.evaluate("window.__pwned") is None


def test_audio_player_with_start_time_and_loop(app_page):
    page = app_page("media_basic").page
    audio = page.get_by_test_id("stAudio")
    expect(audio).to_have_attribute("src", re.compile(r"^blob:.*#t=1$"))
    assert audio.evaluate("e => e.controls && e.tagName") == "AUDIO"
    page.wait_for_function(
        "() => document.querySelector('[data-testid=stAudio]').readyState >= 1")
    assert audio.evaluate("e => e.duration") == 2
    assert audio.evaluate("e => e.currentTime") == 1


def test_video_player_options_and_subtitles(app_page):
    page = app_page("media_basic").page
    video = page.get_by_test_id("stVideo")
    expect(video).to_have_attribute("src", re.compile(r"^blob:"))
    assert video.evaluate("e => [e.tagName, e.muted, e.autoplay]") == ["VIDEO", True, True]
    expect(video.locator("track")).to_have_attribute("src", re.compile(r"^blob:"))


def test_unchanged_media_keeps_its_blob_url_across_reruns(app_page):
    app = app_page("media_basic")
    page = app.page
    img = page.get_by_test_id("stImage").nth(0).locator("img")
    before = [img.get_attribute("src"), page.get_by_test_id("stAudio").get_attribute("src")]
    app.click("Rerun")
    expect(page.get_by_text("clicks=1")).to_be_visible()
    after = [img.get_attribute("src"), page.get_by_test_id("stAudio").get_attribute("src")]
    assert before == after
