"""st.text_input, st.text_area and st.number_input: Streamlit 1.67's values and errors."""

import textwrap

import pytest

from wasmlit.testing import AppTest


def app(source: str) -> AppTest:
    return AppTest.from_string(textwrap.dedent(source)).run()


def texts(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


def test_text_input_value_is_str_and_truncated_to_max_chars():
    at = app("""
        import streamlit as st
        st.write(repr(st.text_input("A", 5)))
        st.write(repr(st.text_input("B", "abcdef", max_chars=3)))
        st.write(repr(st.text_input("C", None)))
    """)
    assert texts(at) == ["'5'", "'abc'", "None"]


def test_text_input_round_trips_and_keeps_its_value_across_reruns():
    at = app("""
        import streamlit as st
        name = st.text_input("Name", key="name")
        st.write(f"hi {name}")
        st.button("again")
    """)
    at.text_input[0].input("Ada").run()
    assert texts(at) == ["hi Ada"]
    at.button[0].click().run()
    assert at.text_input[0].value == "Ada"
    assert at.session_state["name"] == "Ada"


def test_password_and_specialised_types_carry_smart_defaults():
    at = app("""
        import streamlit as st
        st.text_input("P", type="password")
        st.text_input("E", type="email")
        st.text_input("U", type="url", placeholder="mine", autocomplete="off")
    """)
    p, e, u = (t.props for t in at.text_input)
    assert (p["type"], p["autocomplete"]) == ("password", "new-password")
    assert (e["placeholder"], e["autocomplete"], e["icon"]) == (
        "you@example.com", "email", ":material/mail:")
    assert e["pattern"]
    assert (u["placeholder"], u["autocomplete"]) == ("mine", "off")


@pytest.mark.parametrize("call, message", [
    ("st.text_input('T', type='x')", "Invalid `type` value. Supported values: 'default', "
     "'password', 'email', 'url', 'phone', 'search'."),
    ("st.text_input('T', on_change='x')",
     "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function."),
    ("st.text_area('T', height='x')", "Invalid height value: 'x'. Height must be either a "
     "positive integer (pixels), 'stretch', or 'content'."),
    ("st.number_input('N', 0, 10, 20)", "The `value` 20 is greater than the `max_value` 10."),
    ("st.number_input('N', 5, 10, 2)", "The `value` 2 is less than the `min_value` 5."),
    ("st.number_input('N', 10, 5)",
     "The `min_value`, set to 10, cannot be greater than the `max_value`, set to 5."),
    ("st.number_input('N', 0, 10.5, 2)", "All numerical arguments must be of the same type."
     "\n`value` has int type.\n`min_value` has int type.\n`max_value` has float type."),
    ("st.number_input('N', value=2**60)", "`value` (1152921504606846976) must be <= (1 << 53) - 1"),
    ("st.number_input('N', value=1, format='abc')",
     "Format string for `st.number_input` contains invalid characters: abc"),
])
def test_misuse_shows_streamlits_error_in_place(call, message):
    at = app(f"""
        import streamlit as st
        {call}
    """)
    assert at.exception[0].value == message


def test_text_area_height_and_value():
    at = app("""
        import streamlit as st
        notes = st.text_area("Notes", "a\\nb", height=200)
        st.text_area("Auto", height="content")
        st.write(repr(notes))
    """)
    assert at.text_area[0].props["height"] == 200
    assert at.text_area[1].props["height"] == "content"
    at.text_area[0].input("x\ny").run()
    assert texts(at) == ["'x\\ny'"]


def test_number_input_types_and_default_formats():
    at = app("""
        import streamlit as st
        st.write(repr(st.number_input("A")))
        st.write(repr(st.number_input("B", min_value=4)))
        st.write(repr(st.number_input("C", value=1.0)))
        st.write(repr(st.number_input("D", value=None)))
        st.write(repr(st.number_input("E", min_value=3, value=None)))
        st.write(repr(st.number_input("F", max_value=5)))
    """)
    # as Streamlit 1.67: no numbers at all is a float box at 0.0 (shown "0.00"); an int bound
    # or step makes it an int box
    assert texts(at) == ["0.0", "4", "1.0", "None", "None", "0"]
    assert [n.props["format"] for n in at.number_input] == ["%0.2f", "%d", "%0.2f", "%0.2f", "%d",
                                                            "%d"]
    assert [n.props["step"] for n in at.number_input] == [0.01, 1, 0.01, 0.01, 1, 1]


def test_number_input_steps_clamps_and_casts_what_the_page_sends():
    at = app("""
        import streamlit as st
        n = st.number_input("N", min_value=0, max_value=10, value=5, step=2)
        f = st.number_input("F", value=1.5, format="%.2f")
        st.write(repr((n, f)))
    """)
    at.number_input[0].increment().run()
    assert texts(at) == ["(7, 1.5)"]
    at.number_input[0].set_value(99).run()
    assert texts(at) == ["(10, 1.5)"]
    at.number_input[1].set_value(2).run()
    assert texts(at) == ["(10, 2.0)"]
    at.number_input[1].set_value(None).run()
    assert texts(at) == ["(10, None)"]


def test_number_input_callback_and_fragment_scope():
    at = app("""
        import streamlit as st
        st.session_state.full = st.session_state.get("full", 0) + 1
        def bump(by):
            st.session_state.seen = st.session_state.n * by
        @st.fragment
        def part():
            st.number_input("N", key="n", on_change=bump, kwargs={"by": 3})
            st.write(f"seen={st.session_state.get('seen')}")
        part()
        st.write(f"full={st.session_state.full}")
    """)
    at.number_input[0].set_value(4).run()
    assert texts(at) == ["seen=12.0", "full=1"]  # a float box, as in Streamlit 1.67


def test_text_input_in_a_form_changes_on_submit_only():
    at = app("""
        import streamlit as st
        with st.form("f"):
            t = st.text_input("T")
            n = st.number_input("N")
            st.form_submit_button("Go")
        st.write(repr((t, n)))
    """)
    at.text_input[0].input("x")
    at.number_input[0].set_value(3).run()
    assert texts(at) == ["('', 0.0)"]
    at.form_submit_button[0].click().run()
    assert texts(at) == ["('x', 3.0)"]
