"""The small apps of the differential harness (tests/e2e/diff/test_diff.py).

Each app is a few lines of ordinary Streamlit, run unchanged by real Streamlit 1.67 and by
wasmlit, and at most a few scripted steps that a user's Playwright test would take (the same
steps on both sides). This file is plain data: the Streamlit side (dispatcher.py, another
Python) imports it too. No pandas/numpy here: wasmlit's tests cannot fetch Pyodide's binary
packages.

Steps: ("click", name) a button by its accessible name; ("fill", label, text) type into a
field and press Enter; ("area", label, text) type into a text area and press Ctrl+Enter;
("text", text) click on that exact text (a checkbox/radio label, an expander summary);
("tab", name) a tab; ("select", label, option) open a selectbox/multiselect as a user does
(click the combobox, then the option); ("key", role, key) press a key on the first element of
that role (e.g. a slider).
"""

from __future__ import annotations

import textwrap
from typing import NamedTuple


class Case(NamedTuple):
    source: str
    steps: tuple[tuple[str, ...], ...] = ()


def case(source: str, *steps: tuple[str, ...]) -> Case:
    return Case("import streamlit as st\n" + textwrap.dedent(source).strip() + "\n", steps)


# a 2x2 PNG (red, green / blue, white)
PNG = ("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAwMDAwMDAwAAAHAAD"
       "/cAyIQAAAABJRU5ErkJggg==")

# a one-page PDF (a 200x200 point page, no content), for st.pdf
PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
       "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
       "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
       "trailer<</Root 1 0 R>>\n%%EOF\n")

APPS: dict[str, Case] = {
    # ---- text ---------------------------------------------------------------------------------
    "title": case('st.title("Hello, world")'),
    "header_divider": case('st.header("Section", divider=True)\nst.subheader("Sub")'),
    "heading_anchor_off": case('st.header("No anchor", anchor=False)'),
    "markdown": case('st.markdown("Some **bold**, *italic* and `code`.")'),
    "markdown_list": case('st.markdown("- one\\n- two\\n- three")'),
    "markdown_table": case('st.markdown("| a | b |\\n|---|---|\\n| 1 | 2 |")'),
    "markdown_link": case('st.markdown("[Streamlit](https://streamlit.io)")'),
    "markdown_color": case('st.markdown(":red[red] and :blue-background[blue]")'),
    "markdown_material_icon": case('st.markdown("Home :material/home: here")'),
    "caption": case('st.caption("A small caption")'),
    "code": case('st.code("print(1)\\nprint(2)", language="python")'),
    "text": case('st.text("Fixed   width")'),
    "latex": case('st.latex(r"e^{i\\pi} + 1 = 0")'),
    "divider": case('st.write("above")\nst.divider()\nst.write("below")'),
    "json": case('st.json({"a": 1, "b": [1, 2]})'),
    "metric": case('st.metric("Temperature", "70 °F", "1.2 °F")'),
    "metric_inverse": case('st.metric("Cost", 10, -2, delta_color="inverse")'),
    "badge": case('st.badge("New", color="green")'),
    "html": case('st.html("<p>Plain <b>HTML</b></p>")'),
    # ---- write --------------------------------------------------------------------------------
    "write_str": case('st.write("Hello *markdown*")'),
    "write_int": case('st.write(42)'),
    "write_multi": case('st.write("a", 1, "b")'),
    "write_dict": case('st.write({"k": "v"})'),
    "write_list": case('st.write([1, 2, 3])'),
    "write_none": case('st.write(None)'),
    # ---- status -------------------------------------------------------------------------------
    "success": case('st.success("Done")'),
    "info_icon": case('st.info("Note", icon="ℹ️")'),
    "warning": case('st.warning("Careful")'),
    "error": case('st.error("Broken")'),
    "progress": case('st.progress(40, text="Loading")'),
    "progress_float": case('st.progress(0.25)'),
    "status_complete": case('with st.status("Working", state="complete"):\n    st.write("step")'),
    # ---- layout -------------------------------------------------------------------------------
    "columns": case('a, b = st.columns(2)\na.write("left")\nb.write("right")'),
    "columns_ratio": case('a, b, c = st.columns([1, 2, 1])\nb.write("middle")'),
    "container_border": case('with st.container(border=True):\n    st.write("boxed")'),
    "container_horizontal": case(
        'with st.container(horizontal=True):\n    st.button("One")\n    st.button("Two")'),
    "empty_replace": case('slot = st.empty()\nslot.write("first")\nslot.write("second")'),
    "expander": case('with st.expander("More"):\n    st.write("hidden text")',
                     ("text", "More")),
    "expander_open": case('with st.expander("Open", expanded=True):\n    st.write("shown")'),
    "tabs": case('a, b = st.tabs(["A", "B"])\na.write("in A")\nb.write("in B")',
                 ("tab", "B")),
    "popover": case('with st.popover("Menu"):\n    st.write("inside")', ("click", "Menu")),
    "sidebar": case('st.sidebar.write("side")\nst.write("main")'),
    "form": case("""
        with st.form("f"):
            name = st.text_input("Name")
            sent = st.form_submit_button("Send")
        st.write(f"sent={sent} name={name}")
    """, ("fill", "Name", "Ada"), ("click", "Send")),
    "chat_message": case('with st.chat_message("user"):\n    st.write("hi")'),
    "chat_input": case("""
        prompt = st.chat_input("Say something")
        st.write(f"you said {prompt}")
    """, ("fill", "Say something", "hello")),
    # ---- buttons ------------------------------------------------------------------------------
    "button": case('if st.button("Go"):\n    st.write("clicked")\nelse:\n    st.write("idle")',
                   ("click", "Go")),
    "button_primary": case('st.button("Primary", type="primary")'),
    "button_tertiary": case('st.button("Tertiary", type="tertiary")'),
    "button_icon": case('st.button("Save", icon="💾")'),
    "button_disabled": case('st.button("Off", disabled=True)'),
    "button_callback": case("""
        def bump():
            st.session_state.n = st.session_state.get("n", 0) + 1
        st.button("Bump", on_click=bump)
        st.write(f"n={st.session_state.get('n', 0)}")
    """, ("click", "Bump"), ("click", "Bump")),
    "download_button": case('st.download_button("Get file", "data", file_name="a.txt")'),
    "link_button": case('st.link_button("Docs", "https://docs.streamlit.io")'),
    # ---- choices ------------------------------------------------------------------------------
    "checkbox": case('on = st.checkbox("Agree")\nst.write(f"on={on}")', ("text", "Agree")),
    "checkbox_default": case('st.checkbox("Yes", value=True)'),
    "toggle": case('on = st.toggle("Switch")\nst.write(f"on={on}")', ("text", "Switch")),
    "radio": case('c = st.radio("Pick", ["a", "b", "c"])\nst.write(f"picked {c}")',
                  ("text", "b")),
    "radio_horizontal": case('st.radio("Size", ["S", "M", "L"], index=1, horizontal=True)'),
    "radio_none": case('st.radio("Nothing yet", ["x", "y"], index=None)'),
    "selectbox": case('c = st.selectbox("Color", ["red", "green", "blue"])\nst.write(c)',
                      ("select", "Color", "blue")),
    "selectbox_none": case('st.selectbox("Empty", ["a", "b"], index=None, placeholder="Pick")'),
    "multiselect": case('c = st.multiselect("Fruits", ["apple", "pear", "fig"], ["pear"])\n'
                        'st.write(c)', ("select", "Fruits", "fig")),
    "pills": case('p = st.pills("Tags", ["one", "two"])\nst.write(f"p={p}")', ("click", "two")),
    "segmented_control": case('s = st.segmented_control("Mode", ["Day", "Night"], default="Day")\n'
                              'st.write(f"s={s}")', ("click", "Night")),
    "feedback": case('st.feedback("thumbs")'),
    # ---- sliders ------------------------------------------------------------------------------
    "slider": case('v = st.slider("Level", 0, 10, 3)\nst.write(f"v={v}")',
                   ("key", "slider", "ArrowRight")),
    "slider_float": case('st.slider("Ratio", 0.0, 1.0, 0.5)'),
    "slider_range": case('st.slider("Range", 0, 100, (20, 80))'),
    "select_slider": case('st.select_slider("Grade", ["low", "mid", "high"], value="mid")'),
    # ---- text and numbers ---------------------------------------------------------------------
    "text_input": case('t = st.text_input("Name", "Bob")\nst.write(f"hello {t}")',
                       ("fill", "Name", "Ada")),
    "text_input_placeholder": case('st.text_input("Email", placeholder="you@example.com")'),
    "text_input_password": case('st.text_input("Secret", type="password")'),
    "text_input_max_chars": case('st.text_input("Code", max_chars=4)'),
    "text_area": case('t = st.text_area("Notes", "first")\nst.write(f"notes={t}")',
                      ("area", "Notes", "second")),
    "number_input": case('n = st.number_input("Count")\nst.write(f"n={n}")',
                         ("fill", "Count", "2.5")),
    "number_input_int": case('n = st.number_input("Items", value=3)\nst.write(f"n={n}")',
                             ("fill", "Items", "7")),
    "number_input_step": case('st.number_input("Step", min_value=0.0, max_value=1.0, step=0.1)'),
    "number_input_format": case('st.number_input("Price", value=9.5, format="%.3f")'),
    # ---- dates, colours, files ----------------------------------------------------------------
    "date_input": case('import datetime\nst.date_input("Day", datetime.date(2024, 5, 17))'),
    "time_input": case('import datetime\nst.time_input("At", datetime.time(8, 45))'),
    "color_picker": case('st.color_picker("Colour", "#00ff00")'),
    "file_uploader": case('st.file_uploader("Upload a file")'),
    # ---- data and media -----------------------------------------------------------------------
    "table_dict": case('st.table({"a": [1, 2], "b": ["x", "y"]})'),
    "table_markdown": case('st.table({"col": ["**bold**", "`code`"]})'),
    "image": case(f'import base64\nst.image(base64.b64decode("{PNG}"), caption="dots")'),
    # ---- diagrams (st.graphviz_chart, st.mermaid_chart, st.echarts_chart) ------------------
    "graphviz_dot": case('st.graphviz_chart("digraph { run -> intr; intr -> kernel }")'),
    "graphviz_error": case('st.graphviz_chart("digraph { a -> ")\nst.write("after")'),
    "mermaid_flow": case('st.mermaid_chart("graph TD\\n  Start --> Stop")'),
    "echarts_bar": case("""
        st.echarts_chart({"xAxis": {"type": "category", "data": ["Mon", "Tue"]},
                          "yAxis": {"type": "value"}, "series": [{"type": "bar", "data": [3, 5]}]})
    """),
    # ---- state and flow -----------------------------------------------------------------------
    "session_counter": case("""
        if "count" not in st.session_state:
            st.session_state.count = 0
        if st.button("Add"):
            st.session_state.count += 1
        st.write(f"count={st.session_state.count}")
    """, ("click", "Add"), ("click", "Add")),
    "widget_key_state": case("""
        st.text_input("Word", key="word")
        st.write(f"state={st.session_state.word!r}")
    """, ("fill", "Word", "hi")),
    "on_change": case("""
        def changed():
            st.session_state.msg = "changed to " + str(st.session_state.c)
        st.checkbox("Flag", key="c", on_change=changed)
        st.write(st.session_state.get("msg", "unchanged"))
    """, ("text", "Flag")),
    "fragment": case("""
        @st.fragment
        def part():
            if st.button("Inside"):
                st.write("fragment ran")
        part()
        st.write("outside")
    """, ("click", "Inside")),
    "rerun": case("""
        if "r" not in st.session_state:
            st.session_state.r = 0
        if st.session_state.r < 2:
            st.session_state.r += 1
            st.rerun()
        st.write(f"reruns={st.session_state.r}")
    """),
    "stop": case('st.write("before")\nst.stop()\nst.write("after")'),
    "cache_data": case("""
        @st.cache_data
        def double(x):
            return x * 2
        st.write(double(21))
    """),
    "echo_free_code_in_columns": case("""
        cols = st.columns(3)
        for i, c in enumerate(cols):
            c.metric(f"M{i}", i)
    """),
    "nested_layout": case("""
        with st.container(border=True):
            a, b = st.columns(2)
            with a:
                st.checkbox("In a")
            with b:
                with st.expander("In b", expanded=True):
                    st.write("deep")
    """),
    # ---- bind="query-params" (the URL itself is checked in tests/e2e/test_url_binding.py) --
    "bind_widgets": case("""
        dark = st.checkbox("Dark", key="dark", bind="query-params")
        fruit = st.selectbox("Fruit", ["apple", "banana"], key="fruit", bind="query-params")
        st.write(f"dark={dark} fruit={fruit}")
    """, ("text", "Dark"), ("select", "Fruit", "banana")),
    "bind_tabs_expander": case("""
        a, b = st.tabs(["Alpha", "Beta"], key="tab", bind="query-params")
        a.write("in alpha")
        b.write("in beta")
        with st.expander("More", key="more", bind="query-params"):
            st.write("inside")
        st.write(f"open={b.open}")
    """, ("tab", "Beta"), ("text", "More")),
    # ---- menu_button, pagination, datetime_input, skeleton, grid --------------------------------
    "menu_button": case("""
        picked = st.menu_button("Actions", ["Copy", "Paste"])
        st.write(f"picked={picked}")
    """),
    "pagination": case("""
        page = st.pagination(5, default=2)
        st.write(f"page={page}")
    """),
    "datetime_input": case("""
        import datetime
        when = st.datetime_input("Meeting", datetime.datetime(2024, 3, 5, 14, 30))
        st.write(f"when={when}")
    """),
    "skeleton_replaced": case("""
        slot = st.skeleton(height=80)
        st.write("after")
        slot.write("loaded")
    """),
    "grid": case("""
        grid = st.grid(2)
        for i in range(3):
            grid.write(f"cell {i}")
        with grid.cell(column_span="all"):
            st.write("wide")
    """),
    # ---- plotly_chart, map, pydeck_chart (dict figures and specs: no package in the browser) --
    "plotly_dict": case("""
        st.write("before")
        st.plotly_chart({"data": [{"type": "bar", "x": ["a", "b"], "y": [2, 3]}],
                         "layout": {"title": {"text": "Bars"}}})
        st.write("after")
    """),
    "plotly_selection_empty": case("""
        ev = st.plotly_chart({"data": [{"type": "scatter", "x": [1, 2], "y": [3, 4]}]},
                             on_select="rerun", key="p")
        st.write(sorted(ev.selection.keys()), ev.selection.points, ev.selection.box)
    """),
    "map_points": case("""
        st.map({"lat": [37.76, 37.78], "lon": [-122.4, -122.42]}, height=300)
        st.write("below the map")
    """),
    # ---- data_editor, pdf, logo, echarts selections ---------------------------------------
    "data_editor_dict": case("""
        edited = st.data_editor({"a": [1, 2], "b": ["x", "y"]}, key="ed")
        st.write("rows:", len(edited["a"]))
    """),
    "pdf_bytes": case(f"""
        st.pdf({PDF!r}.encode("latin-1"), height=300)
        st.write("after the pdf")
    """),
    "logo": case(f"""
        import base64
        st.logo(base64.b64decode("{PNG}"), link="https://streamlit.io")
        st.write("beside the logo")
    """),
    "echarts_selection_empty": case("""
        ev = st.echarts_chart({"xAxis": {"type": "category", "data": ["a", "b"]},
                               "yAxis": {}, "series": [{"type": "bar", "data": [1, 2],
                                                        "selectedMode": "single"}]},
                              on_select="rerun", key="e")
        st.write(sorted(ev.selection.keys()), ev.selection.selected, ev.selection.areas)
    """),
}
