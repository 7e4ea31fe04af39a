"""`wasmlit build` writes a self-contained site; `wasmlit serve` reloads the page when the
app's files change; `wasmlit demo` builds the gallery."""

import _imp
import contextlib
import functools
import http.server
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from wasmlit import cli, packing
from wasmlit.server import RELOAD_PATH

ROOT = Path(__file__).resolve().parents[2]


def test_build_writes_a_self_contained_site(tmp_path):
    app = tmp_path / "my_app"
    app.mkdir()
    (app / "main.py").write_text("import streamlit as st\nst.write('hi')\n")
    (app / "data").mkdir()
    (app / "data" / "table.csv").write_text("a,b\n1,2\n")
    for junk in ("__pycache__", ".git", "node_modules", ".venv"):
        (app / junk).mkdir()
        (app / junk / "x.py").write_text("")
    out = tmp_path / "site"
    assert cli.main(["build", str(app / "main.py"), "--out", str(out)]) == 0
    manifest = json.loads((out / "app.json").read_text())
    assert manifest["entrypoint"] == "main.py"
    assert sorted(manifest["files"]) == ["data/table.csv", "main.py"]
    assert (out / "app" / "data" / "table.csv").is_file()
    for name in ("index.html", "wasmlit.js", "pyodide/pyodide.mjs", "pyodide/pyodide.asm.wasm",
                 "pyodide/python_stdlib.zip", "pyodide/pyodide-lock.json"):
        assert (out / name).is_file(), name
    assert not (out / "wasmlit.zip").exists()
    names = packing.read(out / "wasmlit.zip.gz").namelist()
    assert "wasmlit/_pyodide_bridge.py" in names and "wasmlit/__init__.py" in names
    assert not [n for n in names if "_web" in n]
    # Source only by default (smaller), never the host Python's bytecode, nor the CLI or
    # AppTest, which the browser never imports.
    assert not [n for n in names if n.endswith(".pyc")]
    assert "wasmlit/cli.py" not in names
    assert not [n for n in names if n.startswith("wasmlit/testing/")]
    assert not (out / "bytecode.zip").exists()
    assert "<title>Main</title>" in (out / "index.html").read_text()
    # relative URLs only, so the site works from a subpath
    assert not re.search(r'(src|href)="/', (out / "index.html").read_text())


def test_site_stdlib_holds_the_boot_modules_as_pyodides_own_bytecode(tmp_path):
    """The site's python_stdlib.zip (scripts/compile-pyc.mjs): the modules a page imports at
    boot are sourceless pycs of the pinned Pyodide's Python, the rest stays source."""
    stdlib = cli.WEB_DIR / "pyodide" / "python_stdlib.zip"
    if not any(n.endswith(".pyc") for n in zipfile.ZipFile(stdlib).namelist()):
        pytest.skip("npm run build compiled no stdlib (no node_modules/pyodide)")
    (tmp_path / "app.py").write_text("import streamlit as st\n")
    out = tmp_path / "site"
    assert cli.main(["build", str(tmp_path / "app.py"), "--out", str(out)]) == 0
    with zipfile.ZipFile(out / "pyodide" / "python_stdlib.zip") as zf:
        names = set(zf.namelist())
        for module in ("typing", "asyncio/__init__", "dataclasses", "json/__init__", "inspect",
                       "_pyodide/_base", "tomllib/__init__"):
            assert f"{module}.pyc" in names and f"{module}.py" not in names, module
            head = zf.read(f"{module}.pyc")[:8]
            # Python 3.14's magic number (3627); flags 0b01: hash-based, never checked
            assert head[:4] == (3627).to_bytes(2, "little") + b"\r\n", module
            assert int.from_bytes(head[4:8], "little") == 0b01
        # what no boot imports stays source
        for module in ("smtplib", "ftplib"):
            assert f"{module}.py" in names and f"{module}.pyc" not in names, module
        # nothing else changed: every other entry is npm's, byte for byte
        with zipfile.ZipFile(ROOT / "node_modules" / "pyodide" / "python_stdlib.zip") as stock:
            assert {n.removesuffix("c") for n in names} == set(stock.namelist())
            for name in ("smtplib.py", "ftplib.py"):
                assert zf.read(name) == stock.read(name)


def test_build_with_bytecode_ships_pyodides_own_pycs_beside_the_sources(tmp_path):
    if not (cli.WEB_DIR / "bytecode.zip").is_file():
        pytest.skip("npm run build made no bytecode.zip (no node_modules/pyodide)")
    (tmp_path / "app.py").write_text("import streamlit as st\n")
    out = tmp_path / "site"
    assert cli.main(["build", str(tmp_path / "app.py"), "--out", str(out), "--bytecode"]) == 0
    package = packing.read(out / "wasmlit.zip.gz")
    names = package.namelist()
    pycs = [n for n in names if n.endswith(".pyc")]
    assert "wasmlit/__pycache__/_pyodide_bridge.cpython-314.pyc" in pycs
    for name in pycs:  # compiled by the site's Pyodide (CPython 3.14), each beside its source
        folder, _, file = name.rpartition("/__pycache__/")
        assert file.endswith(".cpython-314.pyc"), name
        source = f"{folder}/{file.split('.')[0]}.py"
        assert source in names, name
        # ... from the very source shipped beside it (slimmed): Python uses a hash-checked
        # pyc only when the source's hash is the one in its header (magic, flags, hash).
        pyc = package.read(name)
        assert int.from_bytes(pyc[4:8], "little") == 0b11, name  # hash-based, checked
        key = int.from_bytes(pyc[:4], "little")
        assert _imp.source_hash(key, package.read(source)) == pyc[8:16], name


# In the page's Python: does each pyc beside a wasmlit module match its (slimmed) source, so
# that the import loads the pyc instead of compiling the source?
PYCS_MATCH = """
import importlib.util, pathlib, wasmlit
root = pathlib.Path(wasmlit.__file__).parent
checked = []
for pyc in root.rglob("__pycache__/*.pyc"):
    source = pyc.parent.parent / (pyc.name.split(".")[0] + ".py")
    checked.append(importlib.util.source_hash(source.read_bytes()) == pyc.read_bytes()[8:16])
[len(checked), all(checked), wasmlit.__file__]
"""


def test_a_site_built_with_bytecode_boots_on_pycs_that_match_its_sources(tmp_path, chromium):
    if not (cli.WEB_DIR / "bytecode.zip").is_file():
        pytest.skip("npm run build made no bytecode.zip (no node_modules/pyodide)")
    (tmp_path / "app.py").write_text("import streamlit as st\nst.header('Precompiled')\n")
    out = tmp_path / "site"
    assert cli.main(["build", str(tmp_path / "app.py"), "--out", str(out), "--bytecode"]) == 0
    with _opened(chromium, out) as page:
        expect(page.get_by_test_id("stHeading")).to_have_text("Precompiled", timeout=90_000)
        page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]",
                               timeout=90_000)  # the live run, not the prerendered view
        (worker,) = [w for w in page.workers if "worker" in w.url]
        count, match, where = worker.evaluate(
            "(code) => self.__wasmlit.pyodide.runPython(code).toJs()", PYCS_MATCH)
        assert count > 40 and match, (count, match)
        assert where.startswith("/home/pyodide/.wasmlit/wasmlit/")


def test_build_refuses_to_write_into_the_apps_folder(tmp_path, capsys):
    (tmp_path / "app.py").write_text("")
    assert cli.main(["build", str(tmp_path / "app.py"), "--out", str(tmp_path)]) == 1
    assert "overwrite" in capsys.readouterr().err


def test_build_skips_its_own_output_inside_the_apps_folder(tmp_path):
    (tmp_path / "app.py").write_text("")
    cli.build_site(tmp_path / "app.py", tmp_path / "site")
    cli.build_site(tmp_path / "app.py", tmp_path / "site")
    manifest = json.loads((tmp_path / "site" / "app.json").read_text())
    assert manifest["files"] == ["app.py"]


def test_python_dash_m_works(tmp_path):
    (tmp_path / "a.py").write_text("")
    done = subprocess.run([sys.executable, "-m", "wasmlit.cli", "build", str(tmp_path / "a.py"),
                           "--out", str(tmp_path / "out")], capture_output=True, text=True,
                          cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "app.json").is_file()


def test_build_demo_makes_a_gallery(tmp_path):
    names = cli.build_demo(ROOT / "demo", tmp_path)
    assert {"seed_balloons", "seed_counters", "seed_multiples", "run_every"} <= set(names)
    index = (tmp_path / "index.html").read_text()
    for name in names:
        assert f'href="{name}/"' in index
        assert (tmp_path / name / "app.json").is_file()
    seed_page = ROOT.parent / "shared" / "seeds" / "st-fragment-doc-page.txt"
    if seed_page.is_file():
        text = seed_page.read_text()
        for name in ("seed_balloons", "seed_counters", "seed_multiples"):
            assert (ROOT / "demo" / f"{name}.py").read_text() in text, f"{name} is not verbatim"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_reloads_the_page_when_the_app_changes(tmp_path, chromium):
    app = tmp_path / "app.py"
    app.write_text("import streamlit as st\nst.write('version one')\n")
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "wasmlit.cli", "serve", str(app),
                             "--port", str(port)], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    context = chromium.new_context()
    try:
        line = proc.stdout.readline()
        assert "serving on" in line, line
        page = context.new_page()
        page.goto(f"http://127.0.0.1:{port}/")
        expect(page.get_by_text("version one")).to_be_visible(timeout=90_000)
        time.sleep(0.05)  # mtime resolution: make sure the edit is seen as a change
        app.write_text("import streamlit as st\nst.write('version two')\n")
        expect(page.get_by_text("version two")).to_be_visible(timeout=90_000)
    finally:
        context.close()
        proc.terminate()
        proc.wait(timeout=10)
        proc.stdout.close()


def test_serve_answers_an_unknown_path_with_the_sites_404_page(tmp_path, chromium):
    """As a static host: status 404 with the site's 404.html, which boots the app; a page
    known only at run time opens from its deep link, an unknown one shows the main page."""
    import urllib.error
    import urllib.request

    app = tmp_path / "app.py"
    app.write_text("import streamlit as st\n"
                   "names = ['home', 'later']\n"
                   "pages = [st.Page(lambda n=n: st.write(f'on {n}'), title=n, url_path=n,"
                   " default=n == 'home') for n in names]\n"
                   "st.navigation(pages).run()\n")
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "py")}  # this tree's wasmlit
    proc = subprocess.Popen([sys.executable, "-m", "wasmlit.cli", "serve", str(app),
                             "--port", str(port)], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, env=env)
    context = chromium.new_context()
    try:
        line = proc.stdout.readline()
        assert "serving on" in line, line
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/no/such/page")
        assert err.value.code == 404
        body = err.value.read().decode()
        assert err.value.headers["Content-Type"].startswith("text/html")
        assert "s.src='wasmlit.js'" in body and RELOAD_PATH in body  # the site's 404.html
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/later")
        assert err.value.code == 404
        page = context.new_page()
        response = page.goto(f"http://127.0.0.1:{port}/later?x=1")
        assert response.status == 404
        expect(page.get_by_text("on later")).to_be_visible(timeout=90_000)
        assert page.url.endswith("/later?x=1")
        page.goto(f"http://127.0.0.1:{port}/nothing_here")
        expect(page.get_by_text("on home")).to_be_visible(timeout=90_000)
        expect(page.get_by_text("Page not found")).to_be_visible()
    finally:
        context.close()
        proc.terminate()
        proc.wait(timeout=10)
        proc.stdout.close()


@pytest.mark.parametrize("argv", [["serve", "missing.py"], ["build", "missing.py"]])
def test_a_missing_script_is_a_clear_error(argv, capsys, tmp_path):
    assert cli.main([argv[0], str(tmp_path / argv[1])]) == 1
    assert "no such script" in capsys.readouterr().err


def test_a_pip_installed_wheel_builds_a_working_site_without_npm(tmp_path, chromium,
                                                                 wasmlit_wheel):
    """`pip install wasmlit` alone (no npm, no network) gives a CLI whose sites run."""
    wheel = wasmlit_wheel
    assert any(n.endswith("_web/wasmlit.js") for n in zipfile.ZipFile(wheel).namelist())
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "-q",
         "--no-index", "--no-deps", str(wheel)], capture_output=True, text=True)
    assert installed.returncode == 0, installed.stderr[-2000:]
    app = tmp_path / "app" / "app.py"
    app.parent.mkdir()
    app.write_text("import streamlit as st\nst.header('Built by a pip-installed wasmlit')\n")
    done = subprocess.run([str(venv / "bin" / "wasmlit"), "build", str(app), "--out",
                           str(tmp_path / "site")], capture_output=True, text=True,
                          cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    with _opened(chromium, tmp_path / "site") as page:
        expect(page.get_by_test_id("stHeading")).to_have_text(
            "Built by a pip-installed wasmlit", timeout=90_000)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@contextlib.contextmanager
def _opened(chromium, site: Path) -> Iterator:
    """A page on ``site`` served by a plain static server."""
    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    context = chromium.new_context()
    try:
        page = context.new_page()
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/")
        yield page
    finally:
        context.close()
        server.shutdown()
        server.server_close()
