"""Layout commands (st.columns, container, empty, expander, tabs, popover, space, form,
dialog) through AppTest: what the page gets, and Streamlit 1.67's errors."""

from __future__ import annotations

import textwrap
from typing import Any

import pytest

from wasmlit import protocol as p
from wasmlit.testing import AppTest


def app(source: str) -> AppTest:
    return AppTest.from_string(textwrap.dedent(source)).run()


def md(node: Any) -> list[str]:  # an AppTest or a Block
    return [m.value for m in node.markdown]


# ---- columns ------------------------------------------------------------------------------


def test_columns_split_the_row_by_normalised_weights() -> None:
    at = app("""
        import streamlit as st
        a, b, c = st.columns([1, 2, 1], gap="large", vertical_alignment="center", border=True)
        a.write("left"); b.write("middle"); c.write("right")
    """)
    row = at.horizontal[0]
    assert row.props["gap"] == "large" and row.props["vertical_alignment"] == "center"
    assert [c.props["weight"] for c in at.columns] == [0.25, 0.5, 0.25]
    assert all(c.props["border"] for c in at.columns)
    assert [md(c) for c in at.columns] == [["left"], ["middle"], ["right"]]


def test_columns_accept_every_gap_size_none_and_pixels() -> None:
    at = app("""
        import streamlit as st
        for gap in ["xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge", None, 0, 24]:
            st.columns(2, gap=gap)
    """)
    assert [r.props["gap"] for r in at.horizontal] == [
        "xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge", None, 0, 24]


def test_columns_nest_to_any_depth_as_in_streamlit_1_67() -> None:
    at = app("""
        import streamlit as st
        outer, _ = st.columns(2)
        with outer:
            inner, _ = st.columns(2)
            with inner:
                deepest, _ = st.columns(2)
                deepest.write("three levels down")
        with st.sidebar:
            a, _ = st.columns(2)
            a.columns(2)[0].write("nested in the sidebar")
    """)
    assert len(at.exception) == 0
    assert len(at.horizontal) == 5
    assert "three levels down" in md(at) and "nested in the sidebar" in md(at.sidebar)


@pytest.mark.parametrize(("call", "message"), [
    ("st.columns(0)", "The `spec` argument to `st.columns` must be either a positive integer"),
    ("st.columns([])", "The `spec` argument to `st.columns` must be either a positive integer"),
    ("st.columns([1, -1])", "The `spec` argument to `st.columns` must be either"),
    ("st.columns('ab')", "Invalid `spec` type. Expected one of: int, sequence of numbers. "
                         "Provided type: str."),
    ("st.columns(2, gap='huge')", "Invalid `gap` value. Supported values: 'xxsmall', 'xsmall', "
                                  "'small', 'medium', 'large', 'xlarge', 'xxlarge', None, a "
                                  "non-negative integer (pixels). Got 'huge'."),
    ("st.columns(2, gap=-1)", "Invalid `gap` value."),
    ("st.columns(2, vertical_alignment='middle')",
     "Invalid `vertical_alignment` value. Supported values: 'top', 'center', 'bottom'. "
     "Got 'middle'."),
])
def test_columns_misuse_raises_streamlits_error_in_place(call: str, message: str) -> None:
    at = app(f"import streamlit as st\n{call}\nst.write('after')")
    assert at.exception[0].value.startswith(message)
    assert md(at) == []  # the run stopped at the error, as in Streamlit


# ---- container and empty ----------------------------------------------------------------------


def test_container_collects_what_is_written_into_it_even_later() -> None:
    at = app("""
        import streamlit as st
        box = st.container(border=True)
        st.write("below")
        box.write("inside, written last")
        with st.container(height=200):
            st.write("scrolls")
    """)
    first, second = at.container[0], at.container[1]
    assert first.props["border"] is True and md(first) == ["inside, written last"]
    assert second.props == {**second.props, "height": 200, "border": True}  # height: border on
    assert md(at) == ["inside, written last", "below", "scrolls"]


def test_container_key_must_be_unique_and_height_valid() -> None:
    at = app("""
        import streamlit as st
        st.container(key="box").write("keyed")
        st.container(key="box")
    """)
    assert at.container[0].props["key"] == "box"
    assert "multiple elements with the same `key='box'`" in at.exception[0].value
    at = app("import streamlit as st\nst.container(height=0)")
    assert at.exception[0].value == ("Invalid height value: 0. Height must be either a positive "
                                     "integer (pixels), 'stretch', or 'content'.")


def test_horizontal_container_and_gap_are_props() -> None:
    at = app("""
        import streamlit as st
        with st.container(horizontal=True, gap=None, horizontal_alignment="right"):
            st.button("a"); st.button("b")
    """)
    box = at.container[0]
    assert box.props["horizontal"] is True and box.props["gap"] is None
    assert len(box.button) == 2


def test_empty_holds_one_element_at_a_time_and_clears() -> None:
    at = app("""
        import streamlit as st
        slot = st.empty()
        slot.write("first")
        slot.write("second")
        other = st.empty()
        other.write("gone")
        other.empty()
        third = st.empty()
        with third.container():
            st.write("a"); st.write("b")
        st.write("end")
    """)
    assert md(at) == ["second", "a", "b", "end"]
    assert at.main.node["children"][1]["kind"] == "empty"


# ---- expander, tabs, popover, space ------------------------------------------------------


def test_expander_label_state_icon_and_content() -> None:
    at = app("""
        import streamlit as st
        with st.expander("More **details**", expanded=True, icon="🔎") as e:
            st.write("hidden text")
        st.write(repr(e.open))
    """)
    exp = at.expander[0]
    assert exp.label == "More **details**" and exp.expanded and exp.icon == "🔎"
    assert md(exp) == ["hidden text"]
    assert md(at)[-1] == "None"  # not tracked with on_change="ignore", as in Streamlit


def test_expanders_nest_and_reject_a_bad_icon() -> None:
    at = app("""
        import streamlit as st
        with st.expander("outer"):
            with st.expander("inner"):
                st.write("deep")
        st.expander("bad", icon="nope")
    """)
    assert len(at.expander) == 2 and md(at.expander[1]) == ["deep"]
    assert at.exception[0].value.startswith('The value "nope" is not a valid icon.')


def test_tabs_hold_their_own_content_and_a_default() -> None:
    at = app("""
        import streamlit as st
        one, two = st.tabs(["One", "Two :material/star:"], default="Two :material/star:")
        one.write("in one")
        with two:
            st.write("in two")
    """)
    assert [t.label for t in at.tabs] == ["One", "Two :material/star:"]
    assert [md(t) for t in at.tabs] == [["in one"], ["in two"]]
    group = at.main.node["children"][0]
    assert group["kind"] == "tabs" and group["props"]["default"] == 1


@pytest.mark.parametrize(("call", "message"), [
    ("st.tabs([])", "The `tabs` parameter is required. Provide at least one tab label."),
    ("st.tabs(['a', 'b'], default='c')",
     "Invalid `default` value. Supported values: a tab label from `tabs`. `c` is not in the "
     "list of tabs."),
    ("st.expander(None)", "The `label` parameter is required."),
    ("st.popover(None)", "The `label` parameter is required."),
    ("st.space('huge')", "Invalid `size` value. Supported values: 'stretch', 'xxsmall', "
                         "'xsmall', 'small', 'medium', 'large', 'xlarge', 'xxlarge', a positive "
                         "integer. Got 'huge'."),
    ("st.space(0)", "Invalid `size` value."),
])
def test_layout_misuse_raises_streamlits_error(call: str, message: str) -> None:
    at = app(f"import streamlit as st\n{call}")
    assert at.exception[0].value == message or at.exception[0].value.startswith(message)


def test_popover_is_a_container_with_button_props() -> None:
    at = app("""
        import streamlit as st
        with st.popover("Settings", help="Open me", icon=":material/settings:",
                        use_container_width=True):
            name = st.text_input("Name")
        st.popover("Off", disabled=True, type="primary")
        st.write(f"name={name}")
    """)
    first, second = at.popover
    assert first.label == "Settings" and first.props["help"] == "Open me"
    assert first.icon == ":material/settings:" and first.props["width"] == "stretch"
    assert len(first.text_input) == 1
    assert second.props["disabled"] and second.props["type"] == "primary"
    assert second.props["width"] == "content"
    at.text_input[0].input("Ada").run()
    assert md(at)[-1] == "name=Ada"


def test_space_sizes() -> None:
    at = app("""
        import streamlit as st
        st.space()
        st.space("large")
        st.space(40)
        st.space("stretch")
    """)
    assert [s.props["size"] for s in at.space] == ["small", "large", 40, "stretch"]


# ---- forms ------------------------------------------------------------------------------


def test_form_sends_nothing_until_submitted() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("runs", 0)
        st.session_state.runs += 1
        with st.form("f", border=False, enter_to_submit=False, clear_on_submit=True):
            name = st.text_input("Name")
            sent = st.form_submit_button("Send")
        st.write(f"runs={st.session_state.runs} name={name} sent={sent}")
    """)
    form = at.form[0]
    assert form.props["border"] is False and form.props["enter_to_submit"] is False
    assert form.props["clear_on_submit"] is True
    at.text_input[0].input("Ada").run()
    assert md(at) == ["runs=1 name= sent=False"]  # typing in a form does not rerun
    at.form_submit_button[0].click().run()
    assert md(at) == ["runs=2 name=Ada sent=True"]
    at.run()
    assert md(at) == ["runs=3 name= sent=False"]  # clear_on_submit emptied the field


def test_form_rules_match_streamlit() -> None:
    at = app("""
        import streamlit as st
        st.form("a")
        st.form("a")
    """)
    assert at.exception[0].value == (
        "There are multiple elements with the same `key='a'`. To fix this, please make sure "
        "that the `key` argument is unique for each element you create.")
    at = app("import streamlit as st\nst.form_submit_button()")
    assert at.exception[0].value.startswith(
        "`st.form_submit_button()` must be used inside an `st.form()`.")


# ---- dialog -----------------------------------------------------------------------------


def test_dialog_props_width_position_and_dismissible() -> None:
    at = app("""
        import streamlit as st

        @st.dialog("Wide", width="large", position="right", dismissible=False, icon="💬")
        def wide():
            st.write("inside")

        wide()
    """)
    dlg = at.dialog[0]
    assert dlg.props["width"] == "large" and dlg.props["position"] == "right"
    assert dlg.props["dismissible"] is False and dlg.props["icon"] == "💬"
    assert "dismiss_id" not in dlg.props
    assert md(dlg) == ["inside"]


@pytest.mark.parametrize(("decorator", "message"), [
    ("@st.dialog('t', width='huge')", "Invalid `width` value. Supported values: 'small', "
                                      "'medium', 'large', a positive integer. Got 'huge'."),
    ("@st.dialog('t', position='top')", "Invalid `position` value. Supported values: 'left', "
                                        "'center', 'right'."),
])
def test_dialog_rejects_bad_arguments(decorator: str, message: str) -> None:
    at = app(f"import streamlit as st\n{decorator}\ndef f(): pass\nf()")
    assert at.exception[0].value == message


def test_dialog_on_dismiss_callback_runs_when_the_user_dismisses_it() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("dismissed", 0)

        def note():
            st.session_state.dismissed += 1

        @st.dialog("Ask", on_dismiss=note)
        def ask():
            st.write("question")

        if st.button("open"):
            ask()
        st.write(f"dismissed={st.session_state.dismissed}")
    """)
    at.button[0].click().run()
    dismiss_id = at.dialog[0].props["dismiss_id"]
    at.send(p.WidgetChanged(values={dismiss_id: True}))
    assert md(at) == ["dismissed=1"]
    assert len(at.dialog) == 0


# ---- open state as a widget (on_change, Streamlit 1.67) --------------------------------------


def test_expander_tabs_and_popover_report_their_state_with_on_change() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("calls", 0)

        def changed():
            st.session_state.calls += 1

        e = st.expander("E", expanded=True, key="ek", on_change="rerun")
        t = st.tabs(["a", "b"], key="tk", on_change=changed, default="b")
        p = st.popover("P", key="pk", on_change="rerun")
        st.write(f"{e.open} {[x.open for x in t]} {p.open} {st.session_state.tk} "
                 f"calls={st.session_state.calls}")
    """)
    assert md(at) == ["True [False, True] False b calls=0"]
    expander = at.main.node["children"][0]
    tabs = at.main.node["children"][1]
    popover = at.main.node["children"][2]
    at.send(p.WidgetChanged(values={expander["props"]["id"]: False,
                                    tabs["props"]["id"]: "a",
                                    popover["props"]["id"]: True}))
    assert md(at) == ["False [True, False] True a calls=1"]
    assert at.expander[0].expanded is False and at.popover[0].props["open"] is True
    assert at.main.node["children"][1]["props"]["default"] == 0


def test_untracked_containers_report_open_as_none() -> None:
    at = app("""
        import streamlit as st
        e = st.expander("E", key="ek")
        t = st.tabs(["a"])
        p = st.popover("P")
        st.write(f"{e.open} {t[0].open} {p.open} {'ek' in st.session_state}")
    """)
    assert md(at) == ["None None None False"]
    assert "id" not in at.expander[0].props
