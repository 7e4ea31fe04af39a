"""The look of checkboxes, toggles, radios, sliders, expanders and tabs, against figures read
off Streamlit 1.67 in Chromium (same script, same 1100px-wide window)."""

import re
import struct
import zlib

from playwright.sync_api import expect

PRIMARY = "rgb(197, 57, 72)"  # Streamlit 1.67's default primary colour


def box(locator):
    b = locator.bounding_box()
    assert b is not None
    return b


def pixel(page, x, y):
    """The colour on screen at (x, y), as "rgb(r, g, b)": a 1x1 screenshot's only pixel (in a
    one-pixel PNG every row filter leaves the bytes as they are)."""
    png = page.screenshot(clip={"x": x, "y": y, "width": 1, "height": 1})
    chunks, at = {}, 8
    while at < len(png):
        size, kind = struct.unpack(">I4s", png[at:at + 8])
        chunks[kind] = chunks.get(kind, b"") + png[at + 8:at + 8 + size]
        at += 12 + size
    raw = zlib.decompress(chunks[b"IDAT"])
    return "rgb({}, {}, {})".format(*raw[1:4])


def rgba(css):
    """A computed colour as (r, g, b, alpha), whether Chromium writes it as rgb()/rgba() or,
    for a color-mix(), as color(srgb r g b / a) with channels from 0 to 1."""
    numbers = [float(n) for n in re.findall(r"[\d.]+", css)]
    if css.startswith("color(srgb"):
        r, g, b, *a = numbers
        return (round(r * 255), round(g * 255), round(b * 255), round(a[0] if a else 1.0, 2))
    r, g, b, *a = numbers
    return (round(r), round(g), round(b), round(a[0] if a else 1.0, 2))


def style(locator, prop):
    return locator.evaluate(f"(e) => getComputedStyle(e).{prop}")


def test_checkbox_toggle_and_radio_draw_streamlit_glyphs(app_page):
    page = app_page("look_controls").page
    boxes = page.get_by_test_id("stCheckbox")
    unchecked, checked = boxes.nth(0).locator("input"), boxes.nth(1).locator("input")
    # a 16px box with a 4px radius, in a 24px row; checked, it is filled with the primary colour
    assert (box(unchecked)["width"], box(unchecked)["height"]) == (16, 16)
    assert style(unchecked, "borderTopLeftRadius") == "4px"
    assert style(unchecked, "backgroundColor") == "rgb(255, 255, 255)"
    assert style(checked, "backgroundColor") == PRIMARY
    assert "svg" in style(checked, "backgroundImage")  # the white tick
    assert box(boxes.nth(0))["height"] == 24
    # the toggle: a 32 x 16 track, primary when on
    track = boxes.nth(2).locator("input")
    assert (box(track)["width"], box(track)["height"]) == (32, 16)
    assert style(track, "backgroundColor") == PRIMARY
    # radio: 16px circles, the chosen one filled; options as wide as their text, 22.4px apart
    options = page.get_by_test_id("stRadioOption")
    alpha, beta = options.nth(0), options.nth(1)
    assert style(alpha.locator("input"), "backgroundColor") == PRIMARY
    assert style(beta.locator("input"), "borderTopLeftRadius") == "50%"
    assert box(alpha)["width"] < 100
    assert round(box(beta)["y"] - box(alpha)["y"], 1) == 22.4
    beta.click()
    expect(beta.locator("input")).to_be_checked()
    expect(beta.locator("input")).to_have_css("background-color", PRIMARY)  # after its 0.1s fade


def test_a_checkbox_in_a_column_sits_half_a_rem_lower(app_page):
    page = app_page("look_controls").page
    field = page.get_by_test_id("stTextInput")
    column_box = page.get_by_test_id("stCheckbox").filter(has_text="In a column")
    # as in Streamlit 1.67: .5rem above a checkbox in a top-aligned column (and below it in a
    # bottom-aligned one, which centres it on a 2.5rem field there)
    assert box(column_box)["y"] - box(field)["y"] == 8
    assert box(page.get_by_test_id("stCheckbox").first)["y"] == box(
        page.get_by_test_id("stCheckbox").first.locator("xpath=.."))["y"]  # not outside columns


def test_range_slider_fills_between_thumbs_and_shows_bounds_on_hover(app_page):
    page = app_page("look_controls").page
    slider = page.get_by_test_id("stSlider")
    assert box(slider)["height"] == 68  # label, 4px gap, 2.5rem body
    values = slider.get_by_test_id("stSliderThumbValue")
    expect(values).to_have_text(["20", "80"])
    track = box(slider.locator(".wl-slider-track"))
    inner = track["width"] - 12  # the thumbs' centres run from 6px to width - 6px
    for i, at in enumerate((0.2, 0.8)):
        b = box(values.nth(i))
        centre = b["x"] + b["width"] / 2
        assert abs(centre - (track["x"] + 6 + at * inner)) <= 1.5, f"value {i} is not over its thumb"
    # the track is filled between the thumbs, and only there
    middle = track["y"] + track["height"] / 2
    assert pixel(page, track["x"] + 6 + 0.5 * inner, middle) == PRIMARY
    assert pixel(page, track["x"] + 6 + 0.1 * inner, middle) != PRIMARY
    assert pixel(page, track["x"] + 6 + 0.9 * inner, middle) != PRIMARY
    bounds = slider.get_by_test_id("stSliderTickBar")
    expect(bounds).to_have_text("0100")
    page.mouse.move(0, 0)
    expect(bounds).to_have_css("opacity", "0")
    slider.hover()
    expect(bounds).to_have_css("opacity", "1")
    # keyboard: the upper thumb moves and its value follows it
    upper = slider.get_by_role("slider", name="Upper value")
    upper.focus()
    upper.press("ArrowRight")
    expect(values).to_have_text(["20", "81"])


def test_expander_chevron_leads_and_an_icon_takes_its_place(app_page):
    page = app_page("look_controls").page
    plain = page.get_by_test_id("stExpander").filter(has_text="Plain expander")
    chevron = plain.locator(".wl-expander-chevron")
    label = plain.get_by_text("Plain expander")
    assert box(chevron)["x"] < box(label)["x"]  # before the label, as in Streamlit 1.67
    assert style(chevron, "transform") != "none"  # closed: pointing right
    label.click()
    expect(plain.get_by_text("inside the plain one")).to_be_visible()
    expect(chevron).to_have_css("transform", "none")  # open: pointing down
    details = plain.get_by_test_id("stExpanderDetails")
    expect(details).to_have_css("padding-top", "16px")

    other = page.get_by_test_id("stExpander").filter(has_text="Expander with icon")
    icon, other_chevron = other.get_by_test_id("stIconMaterial"), other.locator(".wl-expander-chevron")
    page.mouse.move(0, 0)
    expect(icon).to_be_visible()
    expect(other_chevron).to_be_hidden()
    other.locator("summary").hover()
    expect(other_chevron).to_be_visible()
    expect(icon).to_be_hidden()


def test_tabs_are_2_5rem_tall(app_page):
    page = app_page("look_controls").page
    tab = page.get_by_role("tab", name="First tab")
    assert box(tab)["height"] == 40
    assert style(tab, "color") == PRIMARY
    panel_text = page.get_by_text("tab one")
    assert box(panel_text)["y"] - box(tab)["y"] == 56  # 40px of tabs, then 1rem


def test_progress_bar_is_blue_under_the_built_in_theme(app_page):
    page = app_page("look_controls").page
    progress = page.get_by_test_id("stProgress")
    bar = progress.get_by_role("progressbar")
    fill = progress.locator(".wl-progress-fill")
    # Streamlit 1.67 with no [theme] in config.toml: 14px text, .5rem, an 8px bar in #1c83e1
    assert style(fill, "backgroundColor") == "rgb(28, 131, 225)"
    assert box(bar)["height"] == 8
    assert style(progress.get_by_text("Progress"), "fontSize") == "14px"
    assert round(box(fill)["width"]) == round(box(bar)["width"] * 0.4)


def test_date_input_is_one_box_with_its_calendar_icon_inside(app_page):
    app = app_page("look_controls")
    page = app.page
    date = page.get_by_test_id("stDateInput")
    field = date.locator(".wl-date-field")
    button = date.get_by_test_id("stDateInputCalendarButton")
    # Streamlit 1.67: a 40px box with the border around text and icon; a 16px icon 8px from
    # its right edge, at 60% of the text colour
    assert box(field)["height"] == 40
    assert style(field, "borderTopWidth") == "1px"
    assert style(date.get_by_role("textbox"), "borderTopWidth") == "0px"
    icon = box(button.locator("svg"))
    assert (icon["width"], icon["height"]) == (16, 16)
    assert box(field)["x"] + box(field)["width"] - 1 - (box(button)["x"] + box(button)["width"]) == 8
    assert rgba(style(button, "color")) == (47, 45, 43, 0.6)
    expect(date.get_by_role("textbox")).to_have_value("2024/06/15")
    # the multiselect's clear-all button: a 16px icon, and it still clears
    ms = page.get_by_test_id("stMultiSelect")
    clear = ms.get_by_role("button", name="Clear all")
    glyph = box(clear.locator("svg"))
    assert (glyph["width"], glyph["height"]) == (16, 16)
    clear.click()
    app.wait_idle()
    expect(ms.get_by_role("button", name="Clear all")).to_be_hidden()


def test_code_uses_streamlit_palette_and_size(app_page):
    page = app_page("look_controls").page
    code = page.get_by_test_id("stCode").locator("pre code")
    colours = {
        "import": "rgb(28, 131, 225)",     # keyword: blue
        "# a comment": "rgb(128, 132, 149)",  # grey (and italic)
        "42": "rgb(41, 176, 157)",        # number: teal
        "True": "rgb(33, 195, 84)",       # literal: light green
        "'text'": "rgb(9, 171, 59)",      # string: green
    }
    for text, colour in colours.items():
        token = code.locator("span:not(:has(span))", has_text=text).first
        assert style(token, "color") == colour, text
    assert style(code.locator("span:not(:has(span))", has_text="# a comment").first, "fontStyle") == "italic"
    assert style(code, "fontSize") == "14px"
    assert style(code, "lineHeight") == "22.4px"


def test_pills_and_segments_sit_at_the_left_edge_in_2rem_buttons(app_page):
    page = app_page("look_controls").page
    pills, segments = page.get_by_test_id("stButtonGroup").nth(0), page.get_by_test_id("stButtonGroup").nth(1)
    one, two = pills.get_by_role("button", name="one"), pills.get_by_role("button", name="two")
    # Streamlit 1.67: the first button at the widget's left edge, 32px tall, pills .25rem apart,
    # segments sharing their borders
    assert box(one)["x"] == box(pills)["x"]
    assert box(one)["height"] == 32
    assert round(box(two)["x"] - (box(one)["x"] + box(one)["width"]), 1) == 4
    left, middle = segments.get_by_role("button", name="left"), segments.get_by_role("button", name="middle")
    assert box(left)["x"] == box(segments)["x"]
    assert round(box(middle)["x"] - (box(left)["x"] + box(left)["width"]), 1) == -1
    # markdown's background colours keep their own padding
    tinted = page.get_by_text("tinted")
    assert style(tinted, "paddingLeft") != "0px"
