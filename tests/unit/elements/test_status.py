"""Status commands (alerts, exception, progress, spinner, status, toast, balloons, snow)
through AppTest: what the page gets, and Streamlit 1.67's errors."""

from __future__ import annotations

import textwrap

import pytest

from wasmlit.testing import AppTest


def app(source: str) -> AppTest:
    return AppTest.from_string(textwrap.dedent(source)).run()


# ---- alerts -----------------------------------------------------------------------------


def test_alerts_carry_variant_markdown_body_icon_and_title() -> None:
    at = app("""
        import streamlit as st
        st.success("Saved **all** rows")
        st.info("Heads up", icon=":material/info:", title="Note")
        st.warning("Careful", icon="⚠️", width=300)
        st.error("Broken")
    """)
    assert at.success[0].value == "Saved **all** rows" and at.success[0].icon is None
    assert (at.info[0].icon, at.info[0].props["title"]) == (":material/info:", "Note")
    assert at.warning[0].icon == "⚠️" and at.warning[0].props["width"] == 300
    assert at.error[0].value == "Broken"


def test_alert_takes_a_leading_emoji_or_material_icon_from_the_body() -> None:
    at = app("""
        import streamlit as st
        st.info("🔥 Fire!")
        st.info(":material/home: Home")
        st.info("Plain 🔥")
        st.info("🔥 kept", icon="")
    """)
    assert [(a.value, a.icon) for a in at.info] == [
        ("Fire!", "🔥"), ("Home", ":material/home:"), ("Plain 🔥", None), ("🔥 kept", None)]


@pytest.mark.parametrize(("icon", "message"), [
    ("notanemoji", 'The value "notanemoji" is not a valid icon. Please use a single emoji or a '
                   "Material icon shortcode like `:material\u200b/thumb_up:`."),
    (":material/Bad-Name:", 'The value `":material\u200b/Bad-Name:"` is not a valid Material '
                            "icon."),
])
def test_alert_rejects_an_icon_that_is_not_an_emoji(icon: str, message: str) -> None:
    at = app(f"import streamlit as st\nst.success('x', icon={icon!r})")
    assert at.exception[0].value.startswith(message)


# ---- exception --------------------------------------------------------------------------


def test_exception_shows_type_message_and_the_users_traceback() -> None:
    at = app("""
        import streamlit as st
        def boom():
            raise ValueError("bad value")
        try:
            boom()
        except ValueError as e:
            st.exception(e)
        st.write("still running")
    """)
    exc = at.exception[0]
    assert (exc.type, exc.message) == ("ValueError", "bad value")
    assert any("boom" in line for line in exc.traceback)
    assert at.markdown[0].value == "still running"


# ---- progress ---------------------------------------------------------------------------


def test_progress_takes_int_percent_or_float_fraction_and_updates_in_place() -> None:
    at = app("""
        import streamlit as st
        bar = st.progress(0, text="Starting")
        st.progress(0.25)
        st.write("after")
        bar.progress(70, text="Almost")
    """)
    assert [(b.value, b.text) for b in at.progress] == [(70, "Almost"), (25, None)]
    assert at.main.node["children"][0]["kind"] == "progress"  # the first bar, moved in place
    assert at.markdown[0].value == "after"


@pytest.mark.parametrize(("value", "message"), [
    ("101", "The `value` parameter, set to 101, is outside the required range [0, 100]."),
    ("-1", "The `value` parameter, set to -1, is outside the required range [0, 100]."),
    ("1.5", "The `value` parameter, set to 1.5, is outside the required range [0.0, 1.0]."),
    ("'a'", "Invalid `value` type. Expected one of: int, float. Provided type: str."),
])
def test_progress_rejects_values_out_of_range(value: str, message: str) -> None:
    at = app(f"import streamlit as st\nst.progress({value})")
    assert at.exception[0].value == message


# ---- spinner ----------------------------------------------------------------------------


def test_spinner_shows_while_its_block_runs_then_goes() -> None:
    at = AppTest.from_string(textwrap.dedent("""
        import streamlit as st
        with st.spinner("Crunching...", show_time=True):
            st.session_state.seen = True
        st.write("done")
    """))
    during: list[list[tuple[str, bool]]] = []
    at.on_patches(lambda: during.append([(s.value, s.props["show_time"]) for s in at.spinner]))
    at.run()
    assert ("Crunching...", True) in [s for seen in during for s in seen]
    assert len(at.spinner) == 0 and at.markdown[0].value == "done"


# ---- status -----------------------------------------------------------------------------


def test_status_completes_when_its_block_ends() -> None:
    at = app("""
        import streamlit as st
        with st.status("Downloading data...", expanded=True) as s:
            st.write("Searching")
        st.write(type(s).__name__)
    """)
    status = at.main.status[0]
    assert (status.label, status.state, status.expanded) == ("Downloading data...", "complete",
                                                             True)
    assert status.markdown[0].value == "Searching"
    assert at.markdown[-1].value == "StatusContainer"


def test_status_update_changes_label_state_and_expansion_but_keeps_content() -> None:
    at = app("""
        import streamlit as st
        s = st.status("Working", state="running")
        s.write("step 1")
        s.update(label="Done!", state="complete", expanded=False)
        st.write("after")
    """)
    status = at.main.status[0]
    assert (status.label, status.state, status.expanded) == ("Done!", "complete", False)
    assert [m.value for m in status.markdown] == ["step 1"]


def test_status_turns_error_when_its_block_raises() -> None:
    at = app("""
        import streamlit as st
        with st.status("Risky"):
            raise ValueError("boom")
    """)
    assert at.main.status[0].state == "error"
    assert at.exception[0].message == "boom"


def test_status_rejects_an_unknown_state() -> None:
    at = app("import streamlit as st\nst.status('x', state='bad')")
    assert at.exception[0].value == ("Invalid `state` value. Supported values: 'running', "
                                     "'complete', 'error'.")


# ---- toast, balloons, snow ------------------------------------------------------------------


def test_toast_goes_to_the_event_layer_with_icon_and_duration_in_seconds() -> None:
    at = app("""
        import streamlit as st
        st.toast("Saved", icon="🎉")
        st.toast("Long one", duration="long")
        st.toast("Sticky", duration="infinite")
        st.toast("Seven", duration=7)
    """)
    assert [t.path[0] for t in at.toast] == [2, 2, 2, 2]
    assert [(t.value, t.props["duration"]) for t in at.toast] == [
        ("Saved", 4), ("Long one", 10), ("Sticky", 0), ("Seven", 7)]
    assert at.toast[0].props["icon"] == "🎉"


def test_toast_handle_updates_the_same_toast() -> None:
    at = app("""
        import streamlit as st
        msg = st.toast("Gathering ingredients...")
        msg.toast("Ready!", icon="🥞")
    """)
    assert [(t.value, t.props["icon"]) for t in at.toast] == [("Ready!", "🥞")]


@pytest.mark.parametrize(("call", "message"), [
    ("st.toast('')", "The `body` parameter is required. Please provide a message."),
    ("st.toast('x', duration='forever')", "Invalid `duration` value. Supported values: short, "
                                          "long, infinite, a positive integer."),
    ("st.toast('x', duration=0)", "Invalid `duration` value."),
    ("st.toast('x', icon='bad')", 'The value "bad" is not a valid icon.'),
])
def test_toast_misuse_raises_streamlits_error(call: str, message: str) -> None:
    at = app(f"import streamlit as st\n{call}")
    assert at.exception[0].value.startswith(message)


def test_balloons_and_snow_replay_on_every_call() -> None:
    at = app("""
        import streamlit as st
        st.balloons()
        st.snow()
    """)
    first = (at.balloons[0].props["nonce"], at.snow[0].props["nonce"])
    at.run()
    again = (at.balloons[0].props["nonce"], at.snow[0].props["nonce"])
    assert first[0] != first[1] and first != again
