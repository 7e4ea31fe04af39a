"""chat_input and chat_message in Chromium."""

import re

from playwright.sync_api import expect


def line(page, prefix):
    return page.get_by_text(re.compile("^" + re.escape(prefix)))


def test_chat_input_is_pinned_and_its_text_comes_once(app_page):
    app = app_page("inputs_chat")
    page = app.page
    bottom = page.get_by_test_id("stBottom")
    box = bottom.get_by_label("Say something")
    expect(box).to_be_visible()
    expect(bottom.get_by_test_id("stChatInput")).to_have_count(1)
    box.fill("hello")
    box.press("Enter")
    app.wait_idle()
    expect(box).to_have_value("")
    expect(line(page, "prompt=")).to_have_text("prompt='hello' full_runs=2")
    msgs = page.get_by_test_id("stMain").get_by_test_id("stChatMessage").filter(has_text="hello")
    expect(msgs).to_have_count(2)
    expect(msgs.nth(0).get_by_test_id("stChatMessageAvatarUser")).to_have_count(1)
    expect(msgs.nth(1).get_by_test_id("stChatMessageAvatarAssistant")).to_have_count(1)
    expect(msgs.nth(1).get_by_test_id("stChatMessageContent")).to_have_text("echo: hello")
    # the same text again is a new message; then a rerun returns None
    box.fill("hello")
    bottom.get_by_test_id("stChatInputSubmitButton").click()
    app.wait_idle()
    expect(msgs).to_have_count(4)
    page.get_by_label("Inline note").fill("x")
    page.get_by_label("Inline note").press("Enter")
    app.wait_idle()
    expect(line(page, "prompt=")).to_have_text("prompt='hello' full_runs=3")


def test_inline_chat_input_in_a_fragment_reruns_only_the_fragment(app_page):
    app = app_page("inputs_chat")
    page = app.page
    inline = page.get_by_test_id("stMain").get_by_label("Inline note")
    expect(inline).to_be_visible()
    inline.fill("squawk")
    inline.press("Enter")
    app.wait_idle()
    expect(line(page, "note=")).to_have_text("note='squawk' frag_runs=2")
    expect(line(page, "prompt=")).to_have_text("prompt=None full_runs=1")
    custom = page.get_by_test_id("stChatMessageAvatarCustom").filter(has_text="🦜")
    expect(custom).to_have_count(1)


def test_chat_message_names_avatars_and_text_run_no_script(app_page):
    app = app_page("inputs_chat")
    page = app.page
    msg = page.get_by_test_id("stChatMessage").filter(has_text="window.__pwned=3")
    expect(msg).to_have_count(1)
    expect(msg.get_by_test_id("stChatMessageAvatarCustom")).to_have_count(1)
    expect(msg.locator("img")).to_have_count(0)
    assert page.evaluate("window.__pwned") is None
