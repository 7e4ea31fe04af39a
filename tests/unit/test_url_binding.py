"""Widgets' ``bind="query-params"`` under AppTest: values read from the URL, written back
when they change, and what happens to invalid parameters.

The first-run values and the URL after them (``test_a_deep_link_sets_every_bound_widget``,
``test_invalid_parameters_fall_back_and_leave_the_url``) were compared with Streamlit
1.67's AppTest on the same scripts and query strings (2026-12-01) and matched, except that a
reversed range (``?price=95&price=20``) reads as (20, 95) here and (95, 20) there. Writing
back is the page's job in Streamlit (its AppTest shows no change); here the session writes
the query string and the page puts it in the address bar."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

from wasmlit import protocol as p
from wasmlit.testing import AppTest

WIDGETS = """
import datetime as dt
import streamlit as st
a = st.selectbox("Fruit", ["apple", "banana", "cherry"], key="fruit", bind="query-params")
b = st.multiselect("Tags", ["x", "y", "z"], key="tags", bind="query-params", max_selections=2)
c = st.slider("Price", 0, 100, (10, 90), key="price", bind="query-params")
d = st.number_input("N", 0, 10, 5, key="n", bind="query-params")
e = st.date_input("Day", dt.date(2025, 1, 1), key="day", bind="query-params")
f = st.time_input("At", dt.time(8, 0), key="at", bind="query-params")
g = st.color_picker("C", "#000000", key="col", bind="query-params")
h = st.pills("P", ["one", "two"], key="pill", bind="query-params")
i = st.feedback("stars", key="stars", bind="query-params")
j = st.text_input("T", key="txt", bind="query-params")
k = st.select_slider("S", ["lo", "mid", "hi"], value=("lo", "hi"), key="ss", bind="query-params")
l = st.radio("R", ["a", "b"], key="r", bind="query-params")
m = st.toggle("Dark", key="dark", bind="query-params")
st.write(repr((a, b, c, d, e, f, g, h, i, j, k, l, m)))
"""


def shown(at: AppTest) -> str:
    """What the script wrote: the repr of its values."""
    return at.markdown[-1].value


def test_a_deep_link_sets_every_bound_widget() -> None:
    at = AppTest.from_string(WIDGETS)
    at.query_params = {
        "fruit": "banana", "tags": ["z", "q", "z", "x", "y"], "price": ["20", "95"],
        "n": "7", "day": "2025-02-03", "at": "09:30", "col": "ff0000", "pill": "two",
        "stars": "3", "txt": "hi there", "ss": ["mid", "hi"], "r": "b", "dark": "TRUE",
        "other": "keep"}
    at.run()
    assert shown(at) == repr(("banana", ["z", "x"], (20, 95), 7, dt.date(2025, 2, 3),
                              dt.time(9, 30), "#ff0000", "two", 3, "hi there", ("mid", "hi"),
                              "b", True))
    # unknown and repeated options dropped, the cut at max_selections, the colour's "#"
    assert at.query_params == {
        "fruit": "banana", "tags": ["z", "x"], "price": ["20", "95"], "n": "7",
        "day": "2025-02-03", "at": "09:30", "col": "#ff0000", "pill": "two", "stars": "3",
        "txt": "hi there", "ss": ["mid", "hi"], "r": "b", "dark": "TRUE", "other": "keep"}


def test_invalid_parameters_fall_back_and_leave_the_url() -> None:
    at = AppTest.from_string(textwrap.dedent("""
        import datetime as dt
        import streamlit as st
        c = st.slider("Price", 0, 100, (10, 90), key="price", bind="query-params")
        c2 = st.slider("One", 0.0, 1.0, 0.5, key="one", bind="query-params")
        d = st.number_input("N", 0, 10, 5, key="n", bind="query-params")
        e = st.date_input("Day", dt.date(2025, 1, 1), min_value=dt.date(2024, 1, 1),
                          max_value=dt.date(2026, 1, 1), key="day", bind="query-params")
        e2 = st.date_input("Range", (dt.date(2025, 1, 1), dt.date(2025, 1, 5)), key="rng",
                           bind="query-params")
        f = st.time_input("At", None, key="at", bind="query-params")
        t = st.text_input("T", max_chars=3, key="txt", bind="query-params")
        b = st.multiselect("Tags", ["x", "y", "z"], ["x"], key="tags", bind="query-params")
        r = st.radio("R", ["a", "b"], key="r", bind="query-params")
        k = st.checkbox("K", key="k", bind="query-params")
        st.write(repr((c, c2, d, e, e2, f, t, b, r, k)))
    """))
    at.query_params = {"price": ["150", "20"], "one": "0.25", "n": "3.7", "day": "2027-01-01",
                       "rng": "2025-03-01", "at": "", "txt": "abcdef", "tags": "", "r": "nope",
                       "k": "maybe"}
    at.run()
    assert shown(at) == repr(((10, 90), 0.25, 3, dt.date(2025, 1, 1), (dt.date(2025, 3, 1),),
                              None, "abc", [], "a", False))
    assert at.query_params == {"one": "0.25", "n": "3", "rng": "2025-03-01", "txt": "abc",
                               "tags": ""}


def test_changes_go_to_the_url_and_the_default_leaves_it() -> None:
    at = AppTest.from_string(WIDGETS).run()
    assert at.query_params == {}
    at.selectbox[0].select("cherry").run()
    at.slider[0].set_value((30, 40)).run()
    at.multiselect[0].select("y").run()
    at.date_input[0].set_value(dt.date(2025, 6, 1)).run()
    at.toggle[0].set_value(True).run()
    assert at.query_params == {"fruit": "cherry", "price": ["30", "40"], "tags": "y",
                               "day": "2025-06-01", "dark": "true"}
    infos = [m.query for m in at.messages if isinstance(m, p.PageInfo)]
    assert infos[-1] == "fruit=cherry&price=30&price=40&tags=y&day=2025-06-01&dark=true"
    at.selectbox[0].select("apple").run()
    assert "fruit" not in at.query_params


def test_back_and_forward_the_url_wins_and_a_missing_parameter_is_the_default() -> None:
    at = AppTest.from_string(WIDGETS)
    at.query_params = {"fruit": "banana"}
    at.run()
    at.toggle[0].set_value(True).run()
    at.query_params = {"fruit": "cherry"}  # the browser went back to an older URL
    at.run()
    assert shown(at).startswith("('cherry',") and shown(at).endswith(", False)")
    assert at.query_params == {"fruit": "cherry"}


def test_session_state_and_the_url() -> None:
    src = textwrap.dedent("""
        import streamlit as st
        if "fruit" not in st.session_state:
            st.session_state.fruit = "cherry"
        if st.button("pick apple"):
            st.session_state.fruit = "apple"
        st.selectbox("Fruit", ["apple", "banana", "cherry"], key="fruit", bind="query-params")
    """)
    at = AppTest.from_string(src)
    at.query_params = {"fruit": "banana"}
    at.run()
    assert at.selectbox[0].value == "banana"  # the first load: the URL wins
    at.button[0].click().run()
    assert at.selectbox[0].value == "apple" and at.query_params == {}  # the default
    at.query_params = {"fruit": "apple"}  # the default in a link: session state wins
    at.run()
    assert at.selectbox[0].value == "apple" and at.query_params == {}


def test_bound_parameters_cannot_be_set_through_st_query_params() -> None:
    for line, message in [
        ('st.query_params["k"] = "1"', "Cannot directly set query parameter 'k' - it is bound "
                                       "to a widget. Modify the widget value instead."),
        ('del st.query_params["k"]', "Cannot directly delete query parameter 'k'"),
        ('st.query_params.update(k="1")', "Cannot directly set query parameter 'k'"),
        ("st.query_params.clear()", "Cannot clear query parameters - the following are bound "
                                    "to widgets: 'k'."),
    ]:
        at = AppTest.from_string(
            f'import streamlit as st\nst.checkbox("x", key="k", bind="query-params")\n{line}')
        at.query_params = {"k": "true"}
        at.run()
        assert message in at.exception[0].value, line
    at = AppTest.from_string('import streamlit as st\nst.checkbox("x", key="embed", '
                             'bind="query-params")').run()
    assert "Cannot bind to reserved query parameter 'embed'" in at.exception[0].value


def test_a_widget_no_longer_drawn_takes_its_parameter_away() -> None:
    at = AppTest.from_string(textwrap.dedent("""
        import streamlit as st
        if st.checkbox("More", value=True):
            st.text_input("Name", key="name", bind="query-params")
    """))
    at.query_params = {"name": "Ann", "keep": "1"}
    at.run()
    assert at.text_input[0].value == "Ann"
    at.checkbox[0].uncheck().run()
    assert at.query_params == {"keep": "1"}


def test_a_page_change_keeps_the_entry_scripts_bound_parameters(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(textwrap.dedent("""
        import streamlit as st
        st.sidebar.selectbox("Team", ["red", "blue"], key="team", bind="query-params")
        def one():
            st.checkbox("One's", key="ones", bind="query-params")
        def two():
            st.write("two")
        st.navigation([one, two]).run()
    """))
    at = AppTest.from_string((tmp_path / "app.py").read_text())
    at.query_params = {"team": "blue", "ones": "true"}
    at.run()
    nav = [m for m in at.messages if isinstance(m, p.Navigation)][-1]
    at.session.handle(p.Navigate(page_hash=nav.pages[1]["hash"]))  # the menu's second page
    at.session.pump()
    at._after_run()
    assert at.selectbox[0].value == "blue"
    assert at.query_params == {"team": "blue"}


def test_tabs_and_expander_state_in_the_url() -> None:
    src = textwrap.dedent("""
        import streamlit as st
        t = st.tabs(["Alpha", "Beta", "Gamma"], key="tab", bind="query-params")
        e = st.expander("More", key="more", bind="query-params")
        st.write(repr(([x.open for x in t], e.open)))
    """)
    at = AppTest.from_string(src)
    at.query_params = {"tab": "Gamma", "more": "true"}
    at.run()
    assert at.markdown[-1].value == "([False, False, True], True)"
    assert at.query_params == {"tab": "Gamma", "more": "true"}
    at.query_params = {"tab": "Nope"}  # back to an older URL, with a tab that is gone
    at.run()
    assert at.markdown[-1].value == "([True, False, False], False)" and at.query_params == {}
    # the page reports the tab picked (bound tabs are tracked even with on_change="ignore")
    tabs_id = next(n["props"]["id"] for n in at.page.walk() if n["kind"] == "tabs")
    at.session.handle(p.WidgetChanged(values={tabs_id: "Beta"}))
    at.session.pump()
    at._after_run()
    assert at.markdown[-1].value == "([False, True, False], False)"
    assert at.query_params == {"tab": "Beta"}


def test_bound_tabs_need_unique_labels() -> None:
    at = AppTest.from_string('import streamlit as st\n'
                             'st.tabs(["A", "A"], key="t", bind="query-params")').run()
    assert "Tab labels must be unique when bind='query-params'." in at.exception[0].value


def test_persist_state_keeps_values_of_widgets_not_drawn(tmp_path: Path) -> None:
    """Hidden and shown again: the same values as Streamlit 1.67's AppTest (2026-12-01).
    A page switch: "page" values are dropped, "session" ones come back."""
    (tmp_path / "app.py").write_text(textwrap.dedent("""
        import streamlit as st
        def one():
            if st.checkbox("Show", value=True, key="show"):
                st.text_input("Name", key="name", persist_state="page")
                st.slider("Level", 0, 10, key="level", persist_state="session")
                st.multiselect("Tags", ["a", "b"], key="tags")
        def two():
            st.write("two")
        st.navigation([st.Page(one, url_path="one"), st.Page(two, url_path="two")]).run()
    """))
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    at.text_input(key="name").input("Ann").run()
    at.slider(key="level").set_value(7).run()
    at.multiselect(key="tags").select("b").run()
    at.checkbox(key="show").uncheck().run()
    at.checkbox(key="show").check().run()
    assert (at.text_input(key="name").value, at.slider(key="level").value,
            at.multiselect(key="tags").value) == ("Ann", 7, [])
    hashes = [pg["hash"] for pg in [m for m in at.messages
                                    if isinstance(m, p.Navigation)][-1].pages]
    for page_hash in (hashes[1], hashes[0]):  # to page two and back
        at.session.handle(p.Navigate(page_hash=page_hash))
        at.session.pump()
    at._after_run()
    assert (at.text_input(key="name").value, at.slider(key="level").value) == ("", 7)


PAGED = """
import datetime
import streamlit as st
p = st.pagination(5, key="pg", bind="query-params")
w = st.datetime_input("When", datetime.datetime(2024, 3, 5, 14, 30), key="when",
                      bind="query-params")
st.write(repr((p, w)))
"""


def test_pagination_and_datetime_input_read_and_write_the_url() -> None:
    # the same query strings through Streamlit 1.67's AppTest give the same values
    at = AppTest.from_string(PAGED)
    at.query_params = {"pg": "3", "when": "2024-04-01T09:15"}
    at.run()
    assert shown(at) == repr((3, dt.datetime(2024, 4, 1, 9, 15)))
    at = AppTest.from_string(PAGED)
    at.query_params = {"pg": "9", "when": "not a time"}  # out of range, malformed
    at.run()
    assert shown(at) == repr((1, dt.datetime(2024, 3, 5, 14, 30)))
    assert at.query_params == {}
    at.pagination[0].set_value(4).run()
    assert at.query_params == {"pg": "4"}
