"""st.plotly_chart with the real `plotly` package in Chromium: a figure made by
plotly.graph_objects renders, and clicking a point reruns with the selection.

plotly 7 (pure Python, from PyPI) needs narwhals and packaging, which the resolver takes from
Pyodide's own set, so from the package base (Pyodide's CDN, which these machines cannot reach).
PyPI's narwhals 2.18.1 and packaging 26.1 wheels are not byte for byte the ones Pyodide's
pyodide-lock.json names (other sha256s), so they cannot pass as the CDN's files: the site is
built with ``--pyodide-packages`` pointing at a folder base (conftest.make_standin_base) that
holds PyPI's wheels and a lock of its own with their real hashes, and the build copies them
into the site. plotly itself comes from .cache/component-wheels (make install), so the build
runs offline. plotly.express is not tried: it needs numpy, a Pyodide binary package that
cannot be downloaded here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from playwright.sync_api import expect

from conftest import BOOT_TIMEOUT_MS, ROOT, _QuietHandler, _serve
from wasmlit.site import build_site

PLOTLY_WHEELS = ROOT / ".cache" / "component-wheels"
IDLE = "[data-testid=stApp][data-test-script-state=notRunning]"
APP = """\
import narwhals
import plotly
import plotly.graph_objects as go
import streamlit as st

fig = go.Figure(go.Scatter(x=[1, 2, 3, 4], y=[10, 15, 13, 17], mode="markers", name="pts"))
fig.update_layout(title="Real plotly", height=360)
event = st.plotly_chart(fig, key="p", on_select="rerun", selection_mode="points")
st.write(f"versions: plotly {plotly.__version__} narwhals {narwhals.__version__}")
st.write(f"picked={event.selection.point_indices} x={[p['x'] for p in event.selection.points]}")
"""


@pytest.fixture(scope="module")
def plotly_site(tmp_path_factory: pytest.TempPathFactory, standin_base: Path) -> Iterator[str]:
    if not list(PLOTLY_WHEELS.glob("plotly-*.whl")):
        pytest.fail(f"no plotly wheel in {PLOTLY_WHEELS}: run make install")
    work, root = tmp_path_factory.mktemp("plotlyapp"), tmp_path_factory.mktemp("plotly-site")
    (work / "app.py").write_text(APP)
    (work / "requirements.txt").write_text("plotly==7.1.0\n")
    build_site(work / "app.py", root / "plotly", find_links=[PLOTLY_WHEELS],
               pyodide_packages=str(standin_base), require_vendored=True)
    shipped = sorted(p.name for p in (root / "plotly" / "packages").glob("*.whl"))
    assert shipped == ["narwhals-2.18.1-py3-none-any.whl", "packaging-26.1-py3-none-any.whl",
                       "plotly-7.1.0-py3-none-any.whl"]
    yield from _serve(root, _QuietHandler)


def test_a_graph_objects_figure_renders_and_a_clicked_point_is_selected(chromium, plotly_site):
    context = chromium.new_context(viewport={"width": 1100, "height": 800})
    try:
        page = context.new_page()
        page.goto(f"{plotly_site}/plotly/")
        page.wait_for_selector(IDLE, timeout=BOOT_TIMEOUT_MS)
        expect(page.get_by_test_id("stException")).to_have_count(0)
        expect(page.get_by_text("versions: plotly 7.1.0 narwhals 2.18.1")).to_be_visible()
        chart = page.get_by_test_id("stPlotlyChart")
        expect(chart).to_have_attribute("data-rendered", "true", timeout=60_000)
        expect(chart.locator(".gtitle")).to_have_text("Real plotly")
        expect(chart.locator(".scatterlayer .point")).to_have_count(4)
        expect(page.get_by_text("picked=[] x=[]")).to_be_visible()
        chart.locator(".scatterlayer .point").nth(2).click(force=True)
        expect(page.get_by_text("picked=[2] x=[3]")).to_be_visible(timeout=60_000)
    finally:
        context.close()
