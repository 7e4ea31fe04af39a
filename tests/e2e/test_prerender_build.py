"""`wasmlit build` prerenders the first view, or says why not (wasmlit/prerender.py). These run
the build on CPython only; tests/e2e/test_first_view.py shows the result in Chromium."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wasmlit import cli
from wasmlit.prerender import prerender


def _build(tmp_path: Path, source: str, *args: str) -> tuple[int, str, Path]:
    app = tmp_path / "app" / "app.py"
    app.parent.mkdir(exist_ok=True)
    app.write_text(source)
    out = tmp_path / "site"
    code = cli.main(["build", str(app), "--out", str(out), *args])
    return code, (out / "index.html").read_text(), out


def _first_view(index: str) -> dict | None:
    marker = '<script type="application/json" id="wasmlit-first-view">'
    if marker not in index:
        return None
    return json.loads(index.split(marker, 1)[1].split("</script>", 1)[0])


def test_a_deterministic_app_gets_its_first_view(tmp_path, capsys):
    code, index, out = _build(tmp_path, (
        "import streamlit as st\n"
        "st.set_page_config(page_title='Prerendered', layout='wide')\n"
        "st.title('Hello </script><b>')\n"
        "with st.sidebar:\n    st.button('Go')\n"))
    assert code == 0
    assert "first view: prerendered" in capsys.readouterr().out
    view = _first_view(index)
    assert view is not None, "index.html holds the first view"
    assert "</script><b>" not in index.split('id="wasmlit-first-view">', 1)[1].split("</script>")[0]
    kinds = [(op["path"], op["node"]["kind"]) for op in view["ops"]]
    assert ([0, 0], "heading") in kinds and ([1, 0], "button") in kinds
    heading = next(op for op in view["ops"] if op["node"]["kind"] == "heading")
    assert heading["node"]["props"]["body"] == "Hello </script><b>"
    assert view["page_config"] == {"title": "Prerendered", "layout": "wide"}
    assert json.loads((out / "first-view.json").read_text()) == view
    manifest = json.loads((out / "app.json").read_text())
    assert manifest["first_view"] == "prerendered"
    # the families the run imported (for the worker's memory snapshot), not the test harness
    assert {"wasmlit.elements.widgets", "wasmlit.elements.text"} <= set(manifest["warm_modules"])
    assert not [m for m in manifest["warm_modules"]
                if m.startswith(("wasmlit.testing", "wasmlit.prerender"))]


def test_the_modules_a_first_run_imported_are_named_even_when_it_is_not_prerendered(tmp_path):
    code, _, out = _build(tmp_path, "import streamlit as st, random\nst.metric('x', random.random())\n")
    manifest = json.loads((out / "app.json").read_text())
    assert code == 0 and manifest["first_view"].startswith("not prerendered")
    assert "wasmlit.elements.metric" in manifest["warm_modules"]
    code, _, out = _build(tmp_path, "import streamlit as st\nst.button('a')\n", "--no-prerender")
    assert json.loads((out / "app.json").read_text())["warm_modules"] == []


@pytest.mark.parametrize("source, reason", [
    ("import streamlit as st, time\nst.write(time.time())\n", "clock or on randomness"),
    ("import streamlit as st, datetime\nst.write(str(datetime.datetime.now()))\n",
     "clock or on randomness"),
    ("import streamlit as st, random\nst.write(random.random())\n", "clock or on randomness"),
    ("import streamlit as st\nimport no_such_package_zz\n",
     "needs a package this Python lacks (No module named 'no_such_package_zz')"),
    ("import streamlit as st\nst.write('a')\nraise ValueError('nope')\n",
     "raised ValueError: nope"),
    ("import streamlit as st, urllib.request\n"
     "st.write(urllib.request.urlopen('http://127.0.0.1:9/').read())\n",
     "no network while wasmlit prerenders"),
])
def test_an_app_that_cannot_be_prerendered_builds_with_the_reason(tmp_path, capsys, source,
                                                                  reason):
    code, index, out = _build(tmp_path, source)
    assert code == 0, "the app still builds"
    printed = capsys.readouterr().out
    assert "first view: not prerendered: " in printed and reason in printed
    assert _first_view(index) is None
    assert not (out / "first-view.json").exists()
    assert reason in json.loads((out / "app.json").read_text())["first_view"]


def test_a_run_past_the_time_limit_is_not_prerendered(tmp_path):
    (tmp_path / "app.py").write_text("import time\nimport streamlit as st\nst.write('a')\n"
                                     "time.sleep(60)\n")
    view = prerender(tmp_path / "app.py", tmp_path, time_limit=2)
    assert not view.ok and "longer than 2 s" in view.reason


def test_no_prerender_and_a_rebuild_drop_an_old_first_view(tmp_path, capsys):
    source = "import streamlit as st\nst.write('steady')\n"
    assert _first_view(_build(tmp_path, source)[1]) is not None
    code, index, out = _build(tmp_path, source, "--no-prerender")
    assert code == 0 and _first_view(index) is None
    assert not (out / "first-view.json").exists()
    assert "first view: not prerendered: --no-prerender" in capsys.readouterr().out
