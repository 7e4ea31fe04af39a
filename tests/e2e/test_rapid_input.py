"""Nothing the user does is lost in the browser: 200 clicks fired back to back from page JS
count 200, on a full-run button and on a fragment button; text typed while a long run goes
is still in the field when the run ends."""

import pytest
from playwright.sync_api import expect

CLICK_200 = """(label) => {
  const button = [...document.querySelectorAll('[data-testid=stButton] button')]
    .find((b) => b.textContent.trim() === label);
  for (let i = 0; i < 200; i += 1) button.click();
}"""


@pytest.mark.parametrize("label, shown", [("Full +1", "full = 200"),
                                          ("Fragment +1", "frag = 200")])
def test_200_back_to_back_clicks_count_200(app_page, label, shown):
    app = app_page("rapid_input")
    app.page.evaluate(CLICK_200, label)
    app.wait_idle(timeout=120_000)
    expect(app.page.get_by_text(shown, exact=True)).to_be_visible()


def test_text_typed_during_a_long_run_survives_its_end(app_page):
    app = app_page("rapid_input")
    field = app.page.get_by_label("Slow note")
    field.fill("Ada")
    field.press("Enter")  # commits "Ada": a 3 s run starts
    expect(app.app).to_have_attribute("data-test-script-state", "running")
    field.press_sequentially(" Lovelace")
    assert app.app.get_attribute("data-test-script-state") == "running"  # typed mid-run
    app.wait_idle()
    expect(app.page.get_by_text("note = Ada", exact=True)).to_be_visible()
    expect(field).to_have_value("Ada Lovelace")  # the run's end did not overwrite it
    field.press("Enter")
    app.wait_idle()
    expect(app.page.get_by_text("note = Ada Lovelace", exact=True)).to_be_visible()
