"""``on_change="ignore"`` (Streamlit 1.67's OnChangeMode): the user's change is stored without
starting a run; the next run, whatever starts it, sees it."""

from __future__ import annotations

from helpers import app
from wasmlit import protocol as p

SCRIPT = """
    import streamlit as st
    st.session_state.setdefault("runs", 0)
    st.session_state.runs += 1
    quiet = st.checkbox("quiet", on_change="ignore")
    name = st.text_input("name", on_change="ignore", key="name")
    loud = st.checkbox("loud")
    st.write(f"runs={st.session_state.runs} quiet={quiet} name={name!r} loud={loud}")
"""


def test_an_ignored_change_starts_no_run_and_the_next_run_sees_it() -> None:
    at = app(SCRIPT)
    runs = len(at.runs)
    at.send(p.WidgetChanged(values={at.checkbox[0].id: True}))
    at.send(p.WidgetChanged(values={at.text_input[0].id: "Ada"}))
    assert len(at.runs) == runs  # nothing ran
    assert at.markdown[0].value == "runs=1 quiet=False name='' loud=False"
    at.checkbox[1].check().run()  # a widget that reruns: the held values come along
    assert at.markdown[0].value == "runs=2 quiet=True name='Ada' loud=True"
    assert at.session_state["name"] == "Ada"


def test_a_rerun_of_the_whole_script_sees_held_values_too() -> None:
    at = app(SCRIPT)
    at.send(p.WidgetChanged(values={at.checkbox[0].id: True}))
    at.send(p.RunScript())
    assert at.markdown[0].value == "runs=2 quiet=True name='' loud=False"


def test_apptest_run_still_reruns_as_streamlits_does() -> None:
    at = app(SCRIPT)
    at.checkbox[0].check().run()
    assert at.markdown[0].value == "runs=2 quiet=True name='' loud=False"


def test_a_data_editor_with_ignore_keeps_its_edits_for_the_next_run() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("runs", 0)
        st.session_state.runs += 1
        out = st.data_editor({"a": [1, 2]}, key="ed", on_change="ignore")
        st.button("go")
        st.write(f"runs={st.session_state.runs} a={out['a']}")
    """)
    editor = next(n for n in at.page.walk() if n["kind"] == "data_editor")
    edit = {"edited_rows": {"0": {"a": 5}}, "added_rows": [], "deleted_rows": []}
    at.send(p.WidgetChanged(values={editor["props"]["id"]: edit}))
    assert at.markdown[0].value == "runs=1 a=[1, 2]"
    at.button[0].click().run()
    assert at.markdown[0].value == "runs=2 a=[5, 2]"
