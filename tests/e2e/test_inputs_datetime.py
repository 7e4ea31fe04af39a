"""date_input, time_input and date/time sliders in Chromium."""

import re

from playwright.sync_api import expect


def line(page, prefix):
    return page.get_by_text(re.compile("^" + re.escape(prefix)))


def commit(app, locator, text):
    locator.fill(text)
    locator.press("Enter")
    app.wait_idle()


def test_date_input_round_trips_in_its_format_and_survives_reruns(app_page):
    app = app_page("inputs_datetime")
    page = app.page
    day = page.get_by_label("Day", exact=True)
    expect(page.get_by_test_id("stDateInput")).to_have_count(4)
    expect(day).to_have_value("31.01.2024")
    commit(app, day, "29.02.2024")
    expect(line(page, "day=")).to_have_text("day=datetime.date(2024, 2, 29)")
    # out of range or not a date: the field goes back to the last value, nothing is sent
    commit(app, day, "01.01.2030")
    expect(day).to_have_value("29.02.2024")
    commit(app, day, "31.02.2024")
    expect(day).to_have_value("29.02.2024")
    # a rerun from another widget keeps the value
    commit(app, page.get_by_label("Alarm"), "8:45 pm")
    expect(line(page, "alarm=")).to_have_text("alarm=datetime.time(20, 45)")
    expect(page.get_by_label("Alarm")).to_have_value("20:45")
    expect(day).to_have_value("29.02.2024")
    expect(line(page, "day=")).to_have_text("day=datetime.date(2024, 2, 29)")


def test_date_range_takes_one_or_two_dates(app_page):
    app = app_page("inputs_datetime")
    page = app.page
    trip = page.get_by_label("Trip")
    expect(trip).to_have_value("2024/03/01 – 2024/03/05")
    commit(app, trip, "2024/04/10")
    expect(line(page, "trip=")).to_have_text("trip=(datetime.date(2024, 4, 10),)")
    commit(app, trip, "2024/04/20 – 2024/04/12")
    expect(line(page, "trip=")).to_have_text(
        "trip=(datetime.date(2024, 4, 12), datetime.date(2024, 4, 20))")


def test_date_and_time_sliders_show_and_return_dates(app_page):
    app = app_page("inputs_datetime")
    page = app.page
    when = page.get_by_test_id("stSlider").filter(has_text="When")
    expect(when.get_by_test_id("stSliderThumbValue")).to_have_text("Jun 15, 2024")
    thumb = page.get_by_label("When")
    thumb.focus()
    thumb.press("ArrowRight")
    app.wait_idle()
    expect(when.get_by_test_id("stSliderThumbValue")).to_have_text("Jun 16, 2024")
    expect(line(page, "when=")).to_contain_text("when=datetime.date(2024, 6, 16)")
    slot = page.get_by_test_id("stSlider").filter(has_text="Slot")
    expect(slot.get_by_test_id("stSliderThumbValue")).to_have_text(["09:00", "17:00"])
    upper = slot.get_by_label("Upper value")
    upper.focus()
    upper.press("ArrowLeft")
    app.wait_idle()
    expect(line(page, "when=")).to_contain_text(
        "slot=(datetime.time(9, 0), datetime.time(16, 45))")


def test_date_input_in_a_fragment_reruns_only_the_fragment(app_page):
    app = app_page("inputs_datetime")
    page = app.page
    expect(line(page, "full_runs=")).to_have_text("full_runs=1")
    commit(app, page.get_by_label("Fragment day"), "2024/07/04")
    expect(line(page, "fragment day=")).to_have_text(
        "fragment day=datetime.date(2024, 7, 4) frag_runs=2")
    expect(line(page, "full_runs=")).to_have_text("full_runs=1")
    page.get_by_label("Fragment day").fill("")
    page.get_by_label("Fragment day").press("Enter")
    app.wait_idle()
    expect(line(page, "fragment day=")).to_have_text("fragment day=None frag_runs=3")


def test_time_input_in_a_form_is_sent_on_submit_only(app_page):
    app = app_page("inputs_datetime")
    page = app.page
    field = page.get_by_label("Form time")
    field.fill("13:15")
    field.blur()
    expect(app.app).to_have_attribute("data-test-script-state", "notRunning")
    expect(line(page, "form time=")).to_have_text("form time=datetime.time(12, 0)")
    page.get_by_role("button", name="Send").click()
    app.wait_idle()
    expect(line(page, "form time=")).to_have_text("form time=datetime.time(13, 15)")


def test_labels_and_help_run_no_script(app_page):
    app = app_page("inputs_datetime")
    page = app.page
    labels = page.get_by_test_id("stWidgetLabel")
    expect(labels.filter(has_text="Bold day").locator("strong")).to_have_text("Bold")
    expect(labels.filter(has_text="time")).to_have_count(2)  # "Form time" and the svg one
    assert page.evaluate("window.__pwned") is None
    assert page.locator("[data-testid=stApp] img[src=x], [data-testid=stApp] svg[onload]").count() == 0
