"""st.graphviz_chart, st.mermaid_chart, st.echarts_chart, st.pdf and st.logo: what each one
sends to the page, and the errors for bad arguments."""

from __future__ import annotations

import base64
import json
import textwrap

import pytest

from wasmlit.testing import AppTest

PNG = b"\x89PNG\r\n\x1a\nfake"
PDF = b"%PDF-1.4\n%fake\n"


def run(src: str) -> AppTest:
    return AppTest.from_string("import streamlit as st\n" + textwrap.dedent(src)).run()


def nodes(at: AppTest, kind: str) -> list:
    return getattr(at, kind)


# ---- graphviz -------------------------------------------------------------------------------


def test_graphviz_chart_from_a_dot_string():
    at = run('st.graphviz_chart("digraph { a -> b }", alt="  ")')
    (chart,) = nodes(at, "graphviz_chart")
    assert chart.props["dot"] == "digraph { a -> b }"
    assert chart.props["engine"] == "dot"
    assert chart.props["width"] == "content" and chart.props["height"] == "content"
    assert chart.props["alt"] is None  # a blank alt is no description, as in Streamlit


def test_graphviz_chart_from_a_graphviz_object_keeps_its_engine():
    pytest.importorskip("graphviz")
    at = run("""
        import graphviz
        g = graphviz.Graph(engine="neato")
        g.edge("run", "kernel")
        st.graphviz_chart(g, use_container_width=True, alt="Two states")
    """)
    (chart,) = nodes(at, "graphviz_chart")
    assert chart.props["engine"] == "neato"
    assert "run -- kernel" in chart.props["dot"]
    assert chart.props["width"] == "stretch" and chart.props["alt"] == "Two states"


def test_st_write_of_a_graphviz_object_draws_it():
    pytest.importorskip("graphviz")
    at = run("""
        import graphviz
        g = graphviz.Digraph()
        g.edge("x", "y")
        st.write(g)
    """)
    assert "x -> y" in nodes(at, "graphviz_chart")[0].props["dot"]


@pytest.mark.parametrize("call, message", [
    ("st.graphviz_chart(42)", "type `int`"),
    ("st.graphviz_chart('graph {}', width=0)", "Invalid width"),
    ("st.graphviz_chart('graph {}', height='tall')", "Invalid height"),
])
def test_graphviz_chart_bad_arguments(call, message):
    at = run(call + "\nst.write('after')")
    assert message in at.exception[0].message
    assert not nodes(at, "graphviz_chart")


# ---- mermaid --------------------------------------------------------------------------------


def test_mermaid_chart_sends_its_source():
    at = run('st.mermaid_chart("graph TD\\n  A --> B", width=300, alt="A to B")')
    (chart,) = nodes(at, "mermaid_chart")
    assert chart.props == {"body": "graph TD\n  A --> B", "width": 300, "alt": "A to B"}


def test_mermaid_chart_needs_a_string():
    at = run("st.mermaid_chart(['graph TD'])")
    assert "as a string" in at.exception[0].message


# ---- echarts --------------------------------------------------------------------------------

OPTION = {"xAxis": {"type": "category", "data": ["Mon", "Tue"]}, "yAxis": {"type": "value"},
          "series": [{"type": "bar", "data": [3, 5]}]}


def test_echarts_chart_from_a_dict_with_streamlit_sizes():
    at = run(f"st.echarts_chart({OPTION!r})")
    (chart,) = nodes(at, "echarts_chart")
    assert chart.props["option"] == OPTION
    assert chart.props["width"] == "stretch"
    assert chart.props["height"] == 350  # "content": the height of Streamlit's other charts
    assert chart.props["theme"] == "streamlit" and chart.props["renderer"] == "canvas"


def test_echarts_chart_from_json_and_content_width():
    at = run(f"st.echarts_chart({json.dumps(OPTION)!r}, width='content', renderer='svg', theme=None)")
    (chart,) = nodes(at, "echarts_chart")
    assert chart.props["option"] == OPTION and chart.props["width"] == 700
    assert chart.props["renderer"] == "svg" and chart.props["theme"] is None


def test_echarts_chart_from_a_pyecharts_like_chart_uses_its_own_size():
    at = run(f"""
        import json
        class Bar:
            width, height = "640px", "500px"
            def dump_options(self):
                return json.dumps({OPTION!r})
        st.echarts_chart(Bar(), width="content")
    """)
    (chart,) = nodes(at, "echarts_chart")
    assert chart.props["option"] == OPTION
    assert chart.props["width"] == 640 and chart.props["height"] == 350  # 500px: pyecharts' default


def test_echarts_dataset_source_from_pandas_becomes_rows():
    pytest.importorskip("pandas")
    at = run("""
        import pandas as pd
        df = pd.DataFrame({"day": ["Mon", "Tue"], "sales": [3, 5]})
        st.echarts_chart({"dataset": {"source": df}, "xAxis": {"type": "category"},
                          "yAxis": {}, "series": [{"type": "bar"}]})
    """)
    source = nodes(at, "echarts_chart")[0].props["option"]["dataset"]["source"]
    assert source == [["day", "sales"], ["Mon", 3], ["Tue", 5]]


@pytest.mark.parametrize("spec, message", [
    ("'{not json'", "not valid JSON"),
    ("'{\"tooltip\": {\"formatter\": function (p) { return p; }}}'", "JavaScript"),
    ("{'series': [{'type': 'scatter3D'}]}", "ECharts GL"),
    ("{'series': [{'type': 'wordCloud'}]}", "echarts-wordcloud"),
    ("{'series': [{'type': 'custom'}]}", "renderItem"),
    ("{'series': [{'type': 'map'}]}", "map charts"),
    ("{'series': [{'type': 'nonsense'}]}", "unknown type 'nonsense'"),
    ("{'series': [{'data': [float('nan')]}]}", "`series[0].data[0]`"),
    ("{'series': [{'data': [object()]}]}", "`series[0].data[0]` is a `object`"),
    ("[1, 2]", "type `list`"),
    ("'[1, 2]'", "must be a JSON object"),
])
def test_echarts_chart_bad_options(spec, message):
    at = run(f"st.echarts_chart({spec})\nst.write('after')")
    assert message in at.exception[0].message
    assert not nodes(at, "echarts_chart")


@pytest.mark.parametrize("kwargs, message", [
    ("theme='dark'", "Invalid theme"), ("renderer='webgl'", "Invalid renderer"),
    ("on_select='maybe'", "on_select"), ("height=-1", "Invalid height"),
])
def test_echarts_chart_bad_arguments(kwargs, message):
    at = run(f"st.echarts_chart({{}}, {kwargs})")
    assert message in at.exception[0].message


BARS = ("{'xAxis': {'type': 'category', 'data': ['a', 'b', 'c']}, 'yAxis': {},"
        " 'series': [{'type': 'bar', 'id': 'n', 'selectedMode': 'multiple', 'data': [1, 2, 3]}]}")


def test_echarts_selection_state_is_returned_and_in_session_state():
    at = run(f"""
        ev = st.echarts_chart({BARS}, key='e', on_select='rerun')
        st.write(f"selected={{ev.selection.selected}} areas={{ev['selection']['areas']}}")
        st.write(f"state={{st.session_state.e.selection.selected}}")
    """)
    chart = at.echarts_chart("e")
    assert chart.node["props"]["value"] == {"selection": {"selected": [], "areas": []}}
    assert at.markdown[0].value == "selected=[] areas=[]"
    group = {"series_index": 0, "series_id": "n", "series_name": None, "data_type": "main",
             "data_indices": [0, 2]}
    area = {"brush_index": 0, "brush_type": "lineX", "coord_range": [0, 2]}
    chart.select({"selected": [group], "areas": [area]}).run()
    assert at.markdown[0].value == f"selected={[group]} areas={[area]}"
    assert at.markdown[1].value == f"state={[group]}"
    assert at.echarts_chart("e").selection["selected"] == [group]


def test_echarts_selection_callback_runs_and_the_state_cannot_be_set():
    at = run(f"""
        def picked():
            st.session_state.log = st.session_state.e.selection.selected[0]["data_indices"]
        st.echarts_chart({BARS}, key='e', on_select=picked)
        st.write(f"log={{st.session_state.get('log')}}")
        if st.button('set'):
            st.session_state.e = 1
    """)
    at.echarts_chart("e").select({"selected": [{
        "series_index": 0, "series_id": "n", "series_name": None, "data_type": "main",
        "data_indices": [1]}], "areas": []}).run()
    assert at.markdown[0].value == "log=[1]"
    at.button[0].click().run()
    assert at.exception and "e" in at.exception[0].message


def test_echarts_selection_without_selectable_series_warns(caplog):
    with caplog.at_level("WARNING", logger="wasmlit"):
        at = run("ev = st.echarts_chart({'series': [{'type': 'bar', 'data': [1]}]}, "
                 "on_select='rerun')\nst.write(ev.selection.selected)")
    assert "enables no selection" in caplog.text
    assert not at.exception
    caplog.clear()
    with caplog.at_level("WARNING", logger="wasmlit"):
        run("st.echarts_chart({'brush': {}, 'series': [{'type': 'bar', 'data': [1]}]}, "
            "on_select='rerun')")
    assert "enables no selection" not in caplog.text


def test_echarts_widget_identity_follows_the_option_without_a_key():
    at = run(f"st.echarts_chart({BARS}, on_select='rerun')\n"
             f"st.echarts_chart({BARS.replace('[1, 2, 3]', '[3, 2, 1]')}, on_select='rerun')")
    first, second = at.echarts_chart
    assert first.id and second.id and first.id != second.id


# ---- pdf ------------------------------------------------------------------------------------


def test_pdf_from_bytes_a_file_and_a_url(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "doc.pdf").write_bytes(PDF)
    at = run(f"""
        import io, pathlib
        st.pdf({PDF!r})
        st.pdf("doc.pdf", height=300)
        st.pdf(pathlib.Path("doc.pdf"), height="stretch")
        st.pdf(io.BytesIO({PDF!r}), alt="A report")
        st.pdf(" https://example.org/a.pdf ")
    """)
    docs = nodes(at, "pdf")
    assert len(docs) == 5
    for doc in docs[:4]:
        assert base64.b64decode(doc.props["source"]["data"]) == PDF
        assert doc.props["source"]["mime"] == "application/pdf"
    assert [d.props["height"] for d in docs] == [500, 300, "stretch", 500, 500]
    assert docs[3].props["alt"] == "A report"
    assert docs[4].props["source"] == {"url": "https://example.org/a.pdf"}


@pytest.mark.parametrize("call, message", [
    ("st.pdf(None)", "data"),
    ("st.pdf('missing.pdf')", "missing.pdf"),
    ("st.pdf(12)", "type `int`"),
    ("st.pdf(b'%PDF', height='content')", "Invalid height"),
])
def test_pdf_bad_arguments(call, message):
    at = run(call)
    assert message in at.exception[0].message


# ---- logo -----------------------------------------------------------------------------------


def test_logo_sends_its_images_size_and_link():
    at = run(f"""
        st.logo({PNG!r}, size="Large", link="https://example.org", icon_image=":material/home:")
        st.write("page")
    """)
    (logo,) = nodes(at, "logo")
    assert base64.b64decode(logo.props["image"]["data"]) == PNG
    assert logo.props["icon_image"] == {"icon": ":material/home:"}
    assert logo.props["size"] == "large" and logo.props["link"] == "https://example.org"
    assert at.markdown[0].value == "page"  # the logo takes no place in the page's flow


def test_logo_is_gone_when_a_rerun_does_not_call_it():
    at = run("""
        if not st.session_state.get("seen"):
            st.session_state.seen = True
            st.logo("https://example.org/logo.png")
    """)
    assert nodes(at, "logo")[0].props["image"] == {"url": "https://example.org/logo.png"}
    at.run()
    assert not nodes(at, "logo")


@pytest.mark.parametrize("call, message", [
    ("st.logo(b'x', size='huge')", "Invalid size"),
    ("st.logo(b'x', link='javascript:alert(1)')", "Invalid link"),
    ("st.logo(12)", "cannot be shown"),
    ("st.logo('https://example.org/a.png', icon_image=12)", "icon_image"),
])
def test_logo_bad_arguments(call, message):
    at = run(call)
    assert message in at.exception[0].message
