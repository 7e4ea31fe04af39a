"""The choice widgets through AppTest: values, defaults, errors and state as in Streamlit 1.67."""

from __future__ import annotations

import textwrap

import pytest

from wasmlit.testing import AppTest


def app(source: str) -> AppTest:
    return AppTest.from_string(textwrap.dedent(source)).run()


def shown(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


def errors(at: AppTest) -> list[str]:
    return [e.value for e in at.exception]


# ---- multiselect -----------------------------------------------------------------------------


def test_multiselect_starts_empty_and_returns_a_list_of_options() -> None:
    at = app("""
        import streamlit as st
        st.write(repr(st.multiselect("Fruit", ["apple", "banana", "cherry"])))
    """)
    assert shown(at) == ["[]"]
    ms = at.multiselect[0]
    assert ms.label == "Fruit"
    assert ms.options == ["apple", "banana", "cherry"]
    assert ms.props["placeholder"] == "Choose options"
    ms.select("cherry").select("apple").run()
    assert shown(at) == ["['cherry', 'apple']"]
    at.multiselect[0].unselect("cherry").run()
    assert shown(at) == ["['apple']"]
    assert at.multiselect[0].value == ["apple"]


def test_multiselect_options_can_be_any_object_shown_through_format_func() -> None:
    at = app("""
        import streamlit as st
        class Pet:
            def __init__(self, name): self.name = name
        PETS = st.session_state.setdefault("pets", [Pet("Rex"), Pet("Tom")])
        picked = st.multiselect("Pets", PETS, default=PETS[1], format_func=lambda p: p.name.upper())
        st.write(", ".join(type(p).__name__ + ":" + p.name for p in picked))
    """)
    assert shown(at) == ["Pet:Tom"]
    assert at.multiselect[0].options == ["REX", "TOM"]
    at.multiselect[0].set_value([]).run()
    assert shown(at) == [""]
    at.multiselect[0].select("REX").run()  # by label
    assert shown(at) == ["Pet:Rex"]


def test_multiselect_default_must_be_among_the_options() -> None:
    at = app("""
        import streamlit as st
        st.multiselect("M", ["a", "b"], default=["z"])
    """)
    assert errors(at) == ["The default value 'z' is not part of the options. Please make sure "
                          "that every default value also exists in the options."]


def test_multiselect_respects_max_selections() -> None:
    at = app("""
        import streamlit as st
        st.multiselect("M", ["a", "b", "c"], default=["a", "b"], max_selections=1)
    """)
    assert errors(at)[0].startswith(
        "Multiselect has 2 options selected but `max_selections` is set to 1.")
    assert errors(at)[0].endswith("Please select at most 1 option.")
    at = app("""
        import streamlit as st
        st.multiselect("M", ["a"], max_selections=0)
    """)
    assert errors(at) == ["Invalid `max_selections` value. Supported values: a positive "
                          "integer. To disable `st.multiselect`, use `disabled=True`."]
    at = app("""
        import streamlit as st
        st.write(st.multiselect("M", ["a", "b", "c"], max_selections=2))
    """)
    assert at.multiselect[0].props["max_selections"] == 2


def test_multiselect_accepts_new_options_as_strings() -> None:
    at = app("""
        import streamlit as st
        st.write(repr(st.multiselect("Tags", ["x", "y"], accept_new_options=True)))
    """)
    assert at.multiselect[0].props["placeholder"] == "Choose or add options"
    at.multiselect[0].set_value(["y", "brand new"]).run()
    assert shown(at) == ["['y', 'brand new']"]


def test_multiselect_without_options_is_disabled_with_its_placeholder() -> None:
    at = app("""
        import streamlit as st
        st.write(repr(st.multiselect("Empty", [])))
    """)
    assert shown(at) == ["[]"]
    assert at.multiselect[0].disabled
    assert at.multiselect[0].props["placeholder"] == "No options to select"


def test_multiselect_value_lives_in_session_state_under_its_key() -> None:
    at = app("""
        import streamlit as st
        if "k" not in st.session_state:
            st.session_state.k = ["b", "zzz"]
        st.write(repr(st.multiselect("M", ["a", "b"], key="k")))
        st.write(repr(st.session_state.k))
    """)
    assert shown(at) == ["['b']", "['b']"]  # values that are not options are dropped
    at.multiselect[0].select("a").run()
    assert shown(at) == ["['b', 'a']", "['b', 'a']"]


def test_multiselect_callback_gets_args_and_sees_the_new_value() -> None:
    at = app("""
        import streamlit as st
        def changed(tag):
            st.session_state.log = f"{tag}:{st.session_state.m}"
        st.multiselect("M", ["a", "b"], key="m", on_change=changed, args=("cb",))
        st.write(st.session_state.get("log", "none"))
    """)
    assert shown(at) == ["none"]
    at.multiselect[0].select("b").run()
    assert shown(at) == ["cb:['b']"]


def test_multiselect_in_a_form_sends_its_value_on_submit_only() -> None:
    at = app("""
        import streamlit as st
        with st.form("f"):
            picked = st.multiselect("M", ["a", "b"])
            st.form_submit_button("Send")
        st.write(repr(picked))
    """)
    at.multiselect[0].select("a").run()
    assert shown(at) == ["[]"]
    at.form_submit_button[0].click().run()
    assert shown(at) == ["['a']"]


def test_choice_widget_inside_a_fragment_reruns_only_the_fragment() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("full", 0)
        st.session_state.full += 1
        st.write(f"full runs {st.session_state.full}")
        @st.fragment
        def f():
            st.write(repr(st.pills("P", ["x", "y"], selection_mode="multi")))
        f()
    """)
    at.pills[0].select("y").run()
    assert shown(at) == ["full runs 1", "['y']"]
    assert at.last_run.fragment_ids  # a fragment run, not a full one
    at.run()
    assert shown(at) == ["full runs 2", "['y']"]


# ---- select_slider ------------------------------------------------------------------------


def test_select_slider_picks_one_option_and_starts_on_the_first() -> None:
    at = app("""
        import streamlit as st
        st.write(repr(st.select_slider("Size", ["S", "M", "L"])))
    """)
    assert shown(at) == ["'S'"]
    at.select_slider[0].set_value("L").run()
    assert shown(at) == ["'L'"]


def test_select_slider_range_from_a_pair_in_option_order() -> None:
    at = app("""
        import streamlit as st
        r = st.select_slider("Range", options=[1, 2, 3, 4, 5], value=(4, 2),
                             format_func=lambda n: f"#{n}")
        st.write(repr(r))
    """)
    assert shown(at) == ["(2, 4)"]
    sl = at.select_slider[0]
    assert sl.options == ["#1", "#2", "#3", "#4", "#5"]
    assert sl.props["is_range"] is True
    sl.set_range(1, 5).run()
    assert shown(at) == ["(1, 5)"]
    assert at.select_slider[0].value == (1, 5)


def test_select_slider_errors_like_streamlit() -> None:
    assert errors(app("import streamlit as st\nst.select_slider('S')")) == [
        "The `options` parameter is required. Provide at least one option."]
    assert errors(app("import streamlit as st\nst.select_slider('S', ['a', 'b'], value='z')")) \
        == ["z is not in iterable"]


# ---- pills / segmented_control --------------------------------------------------------------


def test_pills_single_mode_returns_one_option_or_none() -> None:
    at = app("""
        import streamlit as st
        st.write(repr(st.pills("Mood", ["happy", "sad"])))
    """)
    assert shown(at) == ["None"]
    pills = at.pills[0]
    assert pills.props["style"] == "pills"
    pills.select("sad").run()
    assert shown(at) == ["'sad'"]
    at.pills[0].unselect("sad").run()
    assert shown(at) == ["None"]


def test_segmented_control_multi_mode_returns_a_list() -> None:
    at = app("""
        import streamlit as st
        v = st.segmented_control("Days", [1, 2, 3], selection_mode="multi", default=2,
                                 format_func=lambda d: f":material/today: Day {d}")
        st.write(repr(v))
    """)
    assert shown(at) == ["[2]"]
    seg = at.segmented_control[0]
    assert seg.options == [":material/today: Day 1", ":material/today: Day 2",
                           ":material/today: Day 3"]
    seg.select(3).run()
    assert shown(at) == ["[2, 3]"]
    assert len(at.pills) == 0 and len(at.button_group) == 1


def test_pills_defaults_and_modes_are_checked() -> None:
    assert errors(app("import streamlit as st\nst.pills('P', ['a'], selection_mode='x')")) == [
        "Invalid `selection_mode` value. Supported values: 'single', 'multi'."]
    assert errors(app("import streamlit as st\nst.pills('P', ['a', 'b'], default=['a', 'b'])")) \
        == ["The default argument to `st.pills` must be a single value when "
            "`selection_mode='single'`."]
    assert errors(app("import streamlit as st\nst.segmented_control('P', ['a'], default='z')")) \
        == ["The default value 'z' is not part of the options. Please make sure that every "
            "default value also exists in the options."]
    at = app("import streamlit as st\nst.write(repr(st.pills('P', ['a', 'b'], default=['a'])))")
    assert shown(at) == ["'a'"]


# ---- feedback -------------------------------------------------------------------------------


def test_feedback_returns_the_index_or_none() -> None:
    at = app("""
        import streamlit as st
        st.write(repr(st.feedback()))
        st.write(repr(st.feedback("stars", default=3, key="stars")))
        st.write(repr(st.session_state.stars))
    """)
    assert shown(at) == ["None", "3", "3"]
    assert [f.props["options"] for f in at.feedback] == ["thumbs", "stars"]
    at.feedback[0].set_value(1).run()
    at.feedback[1].set_value(None).run()
    assert shown(at) == ["1", "None", "None"]


def test_feedback_checks_its_options_and_default() -> None:
    assert errors(app("import streamlit as st\nst.feedback('x')")) == [
        "Invalid `options` value. Supported values: 'thumbs', 'faces', 'stars'."]
    assert errors(app("import streamlit as st\nst.feedback(default=2)")) == [
        "The `default` parameter, set to 2, is outside the required range [0, 1]."]


# ---- color_picker ---------------------------------------------------------------------------


def test_color_picker_returns_a_hex_string() -> None:
    at = app("""
        import streamlit as st
        st.write(st.color_picker("Color"))
        st.write(st.color_picker("Short", "#FfF"))
    """)
    assert shown(at) == ["#000000", "#FfF"]
    at.color_picker[0].pick("#12ab34").run()
    assert shown(at) == ["#12ab34", "#FfF"]
    assert errors(app("import streamlit as st\nst.color_picker('C', 'red')")) == [
        "'red' is not a valid hex code for colors. Valid ones are like '#00FFAA' or '#000'."]


# ---- selectbox / radio ---------------------------------------------------------------------


def test_selectbox_index_none_shows_the_placeholder_and_returns_none() -> None:
    at = app("""
        import streamlit as st
        st.write(repr(st.selectbox("Pick", ["a", "b"], index=None)))
        st.write(repr(st.selectbox("Own", ["a"], index=None, placeholder="Select...")))
    """)
    assert shown(at) == ["None", "None"]
    assert at.selectbox[0].props["placeholder"] == "Choose an option"
    assert at.selectbox[1].props["placeholder"] == "Select..."
    at.selectbox[0].select("b").run()
    assert shown(at) == ["'b'", "None"]
    at.selectbox[0].set_value(None).run()
    assert shown(at) == ["None", "None"]


def test_selectbox_accepts_new_options() -> None:
    at = app("""
        import streamlit as st
        st.write(repr(st.selectbox("City", ["Paris", "Rome"], accept_new_options=True)))
    """)
    assert at.selectbox[0].props["placeholder"] == "Choose or add an option"
    at.selectbox[0].set_value("Oslo").run()
    assert shown(at) == ["'Oslo'"]
    assert at.selectbox[0].value == "Oslo"


def test_selectbox_keeps_the_option_object_in_session_state() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("k", 3)
        st.write(repr(st.selectbox("N", [1, 2, 3], key="k", format_func=lambda n: f"n{n}")))
        st.write(repr(st.session_state.k))
    """)
    assert shown(at) == ["3", "3"]
    assert at.selectbox[0].index == 2
    at.selectbox[0].select(1).run()
    assert shown(at) == ["1", "1"]


def test_selectbox_state_outside_the_options_falls_back_to_the_index() -> None:
    at = app("""
        import streamlit as st
        st.session_state.k = "zz"
        st.write(repr(st.selectbox("S", ["a", "b"], key="k")))
    """)
    assert shown(at) == ["'a'"]


@pytest.mark.parametrize("call, message", [
    ("st.selectbox('S', ['a'], index=3)",
     "The `index` parameter, set to 3, is outside the required range [0, 0]."),
    ("st.radio('S', ['a'], index=-1)",
     "The `index` parameter, set to -1, is outside the required range [0, 0]."),
    ("st.selectbox('S', ['a', 'b'], index=1.0)",
     "Invalid `index` type. Expected one of: int, None. Provided type: float."),
    ("st.multiselect('M', ['a'], on_change='x')",
     "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function."),
])
def test_choice_widgets_reject_bad_arguments(call: str, message: str) -> None:
    assert errors(app(f"import streamlit as st\n{call}")) == [message]


def test_radio_captions_index_none_and_horizontal() -> None:
    at = app("""
        import streamlit as st
        v = st.radio("Plan", ["Free", "Pro", "Team"], index=None, horizontal=True,
                     captions=["No cost", None])
        st.write(repr(v))
    """)
    assert shown(at) == ["None"]
    radio = at.radio[0]
    assert radio.props["captions"] == ["No cost", None]
    assert radio.props["horizontal"] is True
    radio.set_value("Pro").run()
    assert shown(at) == ["'Pro'"]
    assert at.radio[0].index == 1


def test_widgets_accept_streamlit_167_keywords() -> None:
    at = app("""
        import streamlit as st
        st.selectbox("A", ["x"], on_change="rerun", required=True, filter_mode="contains",
                     width=200, bind=None, persist_state=None, icon=":material/search:")
        st.radio("B", ["x"], width="stretch", on_change="ignore")
        st.multiselect("C", ["x"], filter_mode="prefix", select_all=False, wrap=True)
        st.pills("D", ["x"], width="stretch", required=True)
        st.color_picker("E", width=100)
    """)
    assert errors(at) == []
