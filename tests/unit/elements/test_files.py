"""st.download_button, st.link_button and st.file_uploader through AppTest."""

import base64
import textwrap

import pytest

from wasmlit.testing import AppTest


def app(source: str) -> AppTest:
    return AppTest.from_string(textwrap.dedent(source)).run()


def texts(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


def test_download_button_carries_bytes_name_and_mime():
    at = app("""
        import io, streamlit as st
        st.download_button("Text", "héllo", file_name="a.txt")
        st.download_button("Bytes", b"\\x00\\x01")
        st.download_button("File", io.BytesIO(b"abc"), file_name="t.csv")
        st.download_button("Typed", "x", mime="text/csv")
    """)
    t, b, f, typed = (d.props for d in at.download_button)
    assert base64.b64decode(t["data"]) == "héllo".encode()
    assert (t["file_name"], t["mime"]) == ("a.txt", "text/plain")
    assert (b["mime"], b["file_name"], b["size"]) == ("application/octet-stream",
                                                      "download.bin", 2)
    assert (base64.b64decode(f["data"]), f["mime"]) == (b"abc", "text/csv")
    assert typed["mime"] == "text/csv"


def test_download_button_is_true_once_after_a_click_and_runs_its_callback():
    at = app("""
        import streamlit as st
        def done(what):
            st.session_state.log = st.session_state.get("log", []) + [what]
        clicked = st.download_button("Get", "data", on_click=done, args=("got",))
        st.write(f"clicked={clicked} log={st.session_state.get('log')}")
    """)
    assert texts(at) == ["clicked=False log=None"]
    at.download_button[0].click().run()
    assert texts(at) == ["clicked=True log=['got']"]
    at.run()
    assert texts(at) == ["clicked=False log=['got']"]


def test_unchanged_download_data_is_not_sent_again_on_rerun():
    at = app("""
        import streamlit as st
        st.download_button("Get", b"x" * 10000)
        st.button("again")
    """)
    at.button[0].click().run()
    ops = at.ops_of_last_run()
    assert not any("data" in (op.get("props") or {}) or "node" in op and
                   op["node"]["kind"] == "download_button" for op in ops)


def test_callable_data_is_made_in_the_run_after_the_click_only():
    at = app("""
        import streamlit as st
        st.session_state.made = st.session_state.get("made", 0)
        def make():
            st.session_state.made += 1
            return "fresh"
        st.download_button("Get", make, file_name="f.txt")
    """)
    props = at.download_button[0].props
    assert "data" not in props and props["deferred"] is True
    assert at.session_state["made"] == 0
    at.download_button[0].click().run()
    props = at.download_button[0].props
    assert base64.b64decode(props["data"]) == b"fresh"
    assert props["download_nonce"]
    assert at.session_state["made"] == 1


@pytest.mark.parametrize("call, message", [
    ("st.download_button('D', 5)", "Invalid binary data format: <class 'int'>"),
    ("st.download_button('D', 'x', on_click='zz')",
     "Invalid `on_click` value. Supported values: 'rerun', 'ignore', a callback function."),
    ("with st.form('f'):\n    st.download_button('D', 'x')",
     "`st.download_button()` can't be used in an `st.form()`.\n\nFor more information, refer "
     "to the\n[documentation for forms](https://docs.streamlit.io/develop/api-reference/"
     "execution-flow/st.form)."),
])
def test_download_button_misuse(call, message):
    at = AppTest.from_string("import streamlit as st\n" + call).run()
    assert at.exception[0].value == message


def test_link_button_is_an_element_by_default_and_a_widget_with_on_click():
    at = app("""
        import streamlit as st
        handle = st.link_button("Docs", "https://docs.streamlit.io")
        st.write(type(handle).__name__)
        hit = st.link_button("Tracked", "https://example.com", on_click="rerun")
        st.write(f"hit={hit}")
    """)
    assert texts(at) == ["DeltaGenerator", "hit=False"]
    assert at.link_button[0].props["url"] == "https://docs.streamlit.io"
    at.link_button[1].click().run()
    assert texts(at) == ["DeltaGenerator", "hit=True"]


def test_file_uploader_hands_the_script_uploaded_files():
    at = app("""
        import streamlit as st
        f = st.file_uploader("CSV", type="csv", key="up")
        if f is None:
            st.write("none")
        else:
            st.write(f"{f.name} {f.type} {f.size} {f.getvalue()!r} {f.read(2)!r}")
            st.write(f"same={st.session_state.up is f}")
    """)
    assert texts(at) == ["none"]
    assert at.file_uploader[0].props["accept"] == [".csv"]
    at.file_uploader[0].upload("a.csv", b"x,y\n1,2", "text/csv").run()
    assert texts(at) == ["a.csv text/csv 7 b'x,y\\n1,2' b'x,'", "same=True"]
    # the page gets the metadata back, never the bytes
    value = at.file_uploader[0].props["value"]
    assert [sorted(v) for v in value] == [["file_id", "name", "size", "type"]]
    at.run()
    assert texts(at)[0].startswith("a.csv")
    at.file_uploader[0].clear().run()
    assert texts(at) == ["none"]


def test_multiple_files_come_as_a_list_and_one_can_be_removed():
    at = app("""
        import streamlit as st
        files = st.file_uploader("Pics", type=["image", "jpg"], accept_multiple_files=True)
        st.write(repr([f.name for f in files]))
    """)
    assert texts(at) == ["[]"]
    assert at.file_uploader[0].props["accept"] == ["image/*", ".jpg", ".jpeg"]
    at.file_uploader[0].upload("a.png", b"1", "image/png").run()
    at.file_uploader[0].upload("b.jpg", b"22", "image/jpeg").run()
    assert texts(at) == ["['a.png', 'b.jpg']"]
    at.file_uploader[0].remove("a.png").run()
    assert texts(at) == ["['b.jpg']"]


def test_file_uploader_in_a_form_changes_on_submit_and_callbacks_fire():
    at = app("""
        import streamlit as st
        with st.form("f"):
            f = st.file_uploader("Doc")
            st.form_submit_button("Go")
        st.write("none" if f is None else f.name)
    """)
    at.file_uploader[0].upload("d.txt", "hi").run()
    assert texts(at) == ["none"]
    at.form_submit_button[0].click().run()
    assert texts(at) == ["d.txt"]


def test_file_uploader_rejects_a_bad_max_upload_size_and_session_state_writes():
    at = app("""
        import streamlit as st
        st.file_uploader("A", max_upload_size=0)
    """)
    assert at.exception[0].value == "`max_upload_size` must be a positive integer."
    at = app("""
        import streamlit as st
        st.file_uploader("A", key="k")
        st.session_state.k = None
    """)
    assert "cannot be set using st.session_state" in at.exception[0].value
