"""st.audio_input, st.camera_input, st.datetime_input, st.menu_button, st.pagination,
st.skeleton, st.grid and st.chat_input's attachments, through AppTest."""

import datetime as dt
import textwrap

import pytest

from wasmlit.testing import AppTest


def app(source: str) -> AppTest:
    return AppTest.from_string(textwrap.dedent(source)).run()


def texts(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


def error(source: str) -> str:
    at = app(source)
    assert len(at.exception) == 1, texts(at)
    return at.exception[0].message


# ---- audio_input / camera_input ---------------------------------------------------------------

WAV = b"RIFF\x24\x00\x00\x00WAVEfmt "


@pytest.mark.parametrize("kind", ["audio_input", "camera_input"])
def test_a_capture_returns_an_uploaded_file_then_none_once_cleared(kind):
    at = app(f"""
        import streamlit as st
        got = st.{kind}("Capture")
        st.markdown("none" if got is None else f"{{got.name}}|{{got.type}}|{{got.read()!r}}")
    """)
    assert texts(at) == ["none"]
    widget = getattr(at, kind)[0]
    assert widget.label == "Capture"
    widget.upload("x.bin", WAV, "audio/wav").run()
    assert texts(at) == [f"x.bin|audio/wav|{WAV!r}"]
    assert getattr(at, kind)[0].props["value"][0]["name"] == "x.bin"  # metadata only
    assert "data" not in getattr(at, kind)[0].props["value"][0]
    getattr(at, kind)[0].clear().run()
    assert texts(at) == ["none"]


def test_audio_input_sample_rate_is_sent_and_checked():
    at = app("""
        import streamlit as st
        st.audio_input("a")
        st.audio_input("b", sample_rate=None)
        st.audio_input("c", sample_rate=44100)
    """)
    assert [a.props["sample_rate"] for a in at.audio_input] == [16000, None, 44100]
    message = error("""
        import streamlit as st
        st.audio_input("a", sample_rate=12345)
    """)
    assert message.startswith("Invalid `sample_rate` value. Supported values: 8000, 11025")


def test_camera_input_resolution_and_errors():
    at = app("""
        import streamlit as st
        st.camera_input("a", resolution="720p")
    """)
    assert at.camera_input[0].props["resolution_height"] == 720
    assert "resolution" in error("""
        import streamlit as st
        st.camera_input("a", resolution="4k")
    """)


def test_capture_callback_and_session_state_cannot_be_set():
    at = app("""
        import streamlit as st
        def seen():
            st.session_state.log = st.session_state.get("log", 0) + 1
        f = st.audio_input("a", key="rec", on_change=seen)
        st.markdown(f"{st.session_state.get('log', 0)} {f is not None}")
    """)
    at.audio_input[0].upload("r.wav", WAV, "audio/wav").run()
    assert texts(at) == ["1 True"]
    assert "cannot be set" in error("""
        import streamlit as st
        st.session_state.rec = None
        st.audio_input("a", key="rec")
    """)


# ---- datetime_input ----------------------------------------------------------------------------

def test_datetime_input_value_bounds_and_change():
    at = app("""
        import datetime as dt, streamlit as st
        v = st.datetime_input("When", dt.datetime(2024, 3, 5, 14, 37, 12))
        st.markdown(repr(v))
    """)
    w = at.datetime_input[0]
    assert w.props["value"] == "2024-03-05T14:37"
    assert (w.props["min_value"], w.props["max_value"]) == ("2014-03-05T00:00",
                                                            "2034-03-05T23:59")
    assert w.props["step"] == 900 and w.props["format"] == "YYYY/MM/DD"
    assert texts(at) == [repr(dt.datetime(2024, 3, 5, 14, 37))]
    w.set_value(dt.datetime(2025, 1, 2, 8, 15)).run()
    assert texts(at) == [repr(dt.datetime(2025, 1, 2, 8, 15))]
    at.datetime_input[0].set_value(None).run()
    assert texts(at) == ["None"]


def test_datetime_input_reads_dates_times_and_strings():
    at = app("""
        import datetime as dt, streamlit as st
        a = st.datetime_input("a", dt.date(2024, 1, 2))
        b = st.datetime_input("b", "2024-01-02 08:30")
        c = st.datetime_input("c", None)
        d = st.datetime_input("d", dt.time(9, 5), min_value=dt.date(2000, 1, 1))
        st.markdown(repr((a, b, c, d.time())))
    """)
    assert texts(at) == [repr((dt.datetime(2024, 1, 2), dt.datetime(2024, 1, 2, 8, 30), None,
                               dt.time(9, 5)))]


def test_datetime_input_errors():
    assert "less than the `min_value`" in error("""
        import datetime as dt, streamlit as st
        st.datetime_input("a", dt.datetime(2020, 1, 1), min_value=dt.datetime(2021, 1, 1))
    """)
    assert "[60 seconds, 23 hours]" in error("""
        import datetime as dt, streamlit as st
        st.datetime_input("a", step=30)
    """)
    assert "Invalid `format` value" in error("""
        import streamlit as st
        st.datetime_input("a", format="DD MM YYYY")
    """)


def test_datetime_input_out_of_range_value_from_the_page_keeps_the_default():
    at = app("""
        import datetime as dt, streamlit as st
        v = st.datetime_input("a", dt.datetime(2024, 1, 1, 10, 0),
                              max_value=dt.datetime(2024, 12, 31, 0, 0))
        st.markdown(repr(v))
    """)
    at.datetime_input[0].set_value("2030-01-01T00:00").run()
    assert texts(at) == [repr(dt.datetime(2024, 1, 1, 10, 0))]


# ---- menu_button -------------------------------------------------------------------------------

MENU = """
    import streamlit as st
    st.session_state.setdefault("calls", [])
    def log():
        st.session_state.calls.append(st.session_state.menu)
    picked = st.menu_button("Actions", [1, 2, 3], key="menu", format_func=lambda n: f"#{n}",
                            on_click=log)
    st.markdown(f"{picked!r} {st.session_state.calls}")
    st.button("other")
"""


def test_menu_button_gives_the_pick_for_one_run_and_runs_its_callback():
    at = app(MENU)
    mb = at.menu_button[0]
    assert mb.options == ["#1", "#2", "#3"] and mb.props["type"] == "secondary"
    assert texts(at) == ["None []"]
    mb.pick("#2").run()
    assert texts(at) == ["2 [2]"]
    at.button[0].click().run()
    assert texts(at) == ["None [2]"]
    at.menu_button[0].click_index(1).run()  # the same item again is a second pick
    assert texts(at) == ["2 [2, 2]"]
    assert at.session_state["menu"] is None  # as in Streamlit: the pick lasts one run


def test_menu_button_errors():
    assert "at least one option" in error("""
        import streamlit as st
        st.menu_button("m", [])
    """)
    assert "duplicate labels" in error("""
        import streamlit as st
        st.menu_button("m", [1, 2], format_func=lambda x: "same")
    """)
    assert "can't be used in an `st.form()`" in error("""
        import streamlit as st
        with st.form("f"):
            st.menu_button("m", ["a"])
            st.form_submit_button()
    """)
    assert "Invalid `type` value" in error("""
        import streamlit as st
        st.menu_button("m", ["a"], type="big")
    """)


# ---- pagination --------------------------------------------------------------------------------

def test_pagination_returns_the_page_and_keeps_it():
    at = app("""
        import streamlit as st
        page = st.pagination(10, default=3, key="p")
        st.markdown(f"page {page}")
        st.button("again")
    """)
    p = at.pagination[0]
    assert (p.value, p.props["num_pages"], p.props["max_visible_pages"]) == (3, 10, 7)
    assert texts(at) == ["page 3"]
    p.set_value(7).run()
    assert texts(at) == ["page 7"]
    at.button[0].click().run()
    assert texts(at) == ["page 7"] and at.session_state["p"] == 7
    at.pagination[0].set_value(99).run()  # not a page: the default
    assert texts(at) == ["page 3"]


def test_pagination_errors():
    assert "`num_pages` must be an integer of at least 1. Got 0." in error("""
        import streamlit as st
        st.pagination(0)
    """)
    assert "outside the required range [1, 5]" in error("""
        import streamlit as st
        st.pagination(5, default=6)
    """)
    assert "`max_visible_pages` must be a non-negative integer or None" in error("""
        import streamlit as st
        st.pagination(5, max_visible_pages=-1)
    """)
    assert "needs its own `key`" in error("""
        import streamlit as st
        st.pagination(5, bind="query-params")
    """)


# ---- skeleton ----------------------------------------------------------------------------------

def test_skeleton_is_replaced_by_what_is_written_to_it():
    at = app("""
        import streamlit as st
        a = st.skeleton(120)
        b = st.skeleton()
        st.markdown("after")
        a.markdown("loaded")
    """)
    kinds = [c["kind"] for c in at.main.node["children"]]
    assert kinds == ["markdown", "skeleton", "markdown"]
    assert texts(at) == ["loaded", "after"]
    assert at.skeleton[0].props == {"height": None, "width": "stretch", "delay_ms": 0}


def test_skeleton_as_a_with_block_clears_itself_and_writes_outside():
    at = app("""
        import streamlit as st
        with st.skeleton(height=80):
            st.markdown("inside")
        st.markdown("after")
    """)
    kinds = [c["kind"] for c in at.main.node["children"]]
    assert kinds == ["empty", "markdown", "markdown"]
    assert texts(at) == ["inside", "after"]


def test_skeleton_height_is_checked():
    assert "Invalid height value" in error("""
        import streamlit as st
        st.skeleton(height="content")
    """)


# ---- grid --------------------------------------------------------------------------------------

def test_grid_props_cells_and_spans():
    at = app("""
        import streamlit as st
        g = st.grid(3, gap=("small", 8), row_height=100, border=True, key="g", dense=True)
        g.markdown("one")
        with g.cell(column_span=2, row_span=2):
            st.markdown("two")
            st.markdown("three")
        g.cell(column_span="all").markdown("four")
        auto = st.grid(min_column_width=200)
    """)
    grid, auto = at.main.node["children"]
    assert grid["kind"] == "grid" and grid["props"] == {
        "columns": 3, "min_column_width": None, "wrap": True, "row_gap": "small",
        "column_gap": 8, "vertical_alignment": "top", "border": True, "row_height": 100,
        "width": "stretch", "height": "content", "dense": True, "key": "g"}
    cells = grid["children"]
    assert [c["kind"] for c in cells] == ["markdown", "grid_cell", "grid_cell"]
    assert cells[1]["props"] == {"column_span": 2, "row_span": 2}
    assert cells[2]["props"]["column_span"] == "all"
    assert texts(at) == ["one", "two", "three", "four"]
    assert (auto["props"]["columns"], auto["props"]["min_column_width"]) == (None, 200)


@pytest.mark.parametrize("call, words", [
    ("st.grid(0)", "outside the required range [1, 24]"),
    ("st.grid('three')", "Invalid `columns` value"),
    ("st.grid(2.5)", "Invalid `columns` type"),
    ("st.grid(wrap=False)", "requires an explicit column count"),
    ("st.grid(2, gap=('small',))", "Got a sequence with 1 elements."),
    ("st.grid(2, row_height=0)", "Invalid `row_height` value"),
    ("st.grid(2, vertical_alignment='middle')", "Invalid `vertical_alignment` value"),
    ("st.grid(2).cell(column_span=3)",
     "The `column_span` parameter, set to 3, is outside the required range [1, 2]."),
    ("st.grid(2).cell(column_span='two')", "Invalid `column_span` value"),
    ("st.grid(2).cell(row_span=0)", "Invalid `row_span` value. Supported values: a positive"),
])
def test_grid_errors(call, words):
    assert words in error(f"import streamlit as st\n{call}\n")


# ---- chat_input attachments --------------------------------------------------------------------

def test_chat_input_with_files_and_audio_returns_a_chat_input_value():
    at = app("""
        import streamlit as st
        got = st.chat_input("Say", accept_file="multiple", file_type=["png"], accept_audio=True)
        if got:
            st.markdown(f"{got.text}|{[f.name for f in got.files]}|{got['audio'].name}|"
                        f"{sorted(got)}")
        else:
            st.markdown(repr(got))
    """)
    props = at.chat_input[0].props
    assert (props["accept_file"], props["file_type"], props["accept_audio"],
            props["audio_sample_rate"]) == ("multiple", [".png"], True, 16000)
    assert texts(at) == ["None"]
    at.chat_input[0].submit("hi", files=[("a.png", b"\x89PNG", "image/png")],
                            audio=("rec.wav", WAV)).run()
    assert texts(at) == ["hi|['a.png']|rec.wav|['audio', 'files', 'text']"]
    at.run()
    assert texts(at) == ["None"]


def test_chat_input_value_hides_what_was_not_accepted():
    at = app("""
        import streamlit as st
        got = st.chat_input(accept_file=True)
        if got:
            st.markdown(f"{got.text}|{len(got.files)}|{hasattr(got, 'audio')}|{dict(got)!r}")
    """)
    at.chat_input[0].submit("x").run()
    assert texts(at) == ["x|0|False|{'text': 'x', 'files': []}"]


def test_chat_input_text_only_still_returns_a_str_and_checks_arguments():
    at = app("""
        import streamlit as st
        got = st.chat_input()
        st.markdown(repr(got))
    """)
    at.chat_input[0].set_value("plain").run()
    assert texts(at) == ["'plain'"]
    assert "Invalid `accept_file` value" in error("""
        import streamlit as st
        st.chat_input(accept_file="yes")
    """)
    assert "Invalid `audio_sample_rate` value" in error("""
        import streamlit as st
        st.chat_input(accept_audio=True, audio_sample_rate=1)
    """)
