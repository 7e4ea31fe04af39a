"""`wasmlit build` resolves requirements at build time: what a site holds, what the build
prints, and the builds that must fail (exit 1, the package named, --out untouched).

Offline: PyPI is a loopback server serving PyPI's JSON API for a few made-up projects
(WASMLIT_PYPI_JSON points the build at it); Pyodide's CDN is never reached (a closed port, or
a folder base).
"""

import functools
import hashlib
import http.server
import json
import os
import re
import socket
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest
from playwright.sync_api import expect

from conftest import PYDANTIC_APP, ROOT, _closed_port, make_wheel
from wasmlit import cli


@pytest.fixture
def fake_pypi(tmp_path, monkeypatch):
    """A loopback "PyPI": ``add(name, {version: [file names or wheel paths]})``."""
    root = tmp_path / "pypi"
    (root / "files").mkdir(parents=True)
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    monkeypatch.setenv("WASMLIT_PYPI_JSON", url)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # the build's download cache

    def add(name, releases):
        data = {"info": {"name": name}, "releases": {}}
        for version, files in releases.items():
            entries = []
            for f in files:
                if isinstance(f, Path):
                    dest = root / "files" / f.name
                    dest.write_bytes(f.read_bytes())
                    digest = hashlib.sha256(dest.read_bytes()).hexdigest()
                    entries.append({"filename": f.name, "url": f"../../files/{f.name}",
                                    "digests": {"sha256": digest}, "yanked": False})
                else:
                    entries.append({"filename": f, "url": f"../../files/{f}",
                                    "digests": {"sha256": "0" * 64}, "yanked": False})
            data["releases"][version] = entries
        (root / name).mkdir(exist_ok=True)
        (root / name / "json").write_text(json.dumps(data))

    yield add
    server.shutdown()
    server.server_close()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def _app(tmp_path, requirements, script="import streamlit as st\n"):
    app = tmp_path / "app"
    app.mkdir(exist_ok=True)
    (app / "app.py").write_text(script)
    if requirements is not None:
        (app / "requirements.txt").write_text(requirements)
    return app / "app.py"


def _untouched_out(tmp_path):
    out = tmp_path / "site"
    out.mkdir()
    (out / "keep.txt").write_text("an earlier site")
    return out


def _listing(folder):
    return sorted((str(p.relative_to(folder)), p.read_bytes()) for p in folder.rglob("*")
                  if p.is_file())


def _offline_base():
    return ["--pyodide-packages", f"http://127.0.0.1:{_closed_port()}/"]


def test_pure_python_wheels_from_pypi_are_shipped_with_their_dependencies(
        tmp_path, fake_pypi, capsys):
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    fake_pypi("wl-top", {
        "1.0": [make_wheel(wheels, "wl_top", "1.0", {"wl_top/__init__.py": ""})],
        "2.0": [make_wheel(wheels, "wl_top", "2.0", {"wl_top/__init__.py": "V = 2\n"}, requires=(
            "wl-dep>=1", "streamlit>=1.30", "wl-windows; sys_platform == 'win32'",
            "wl-extra; extra == 'fancy'"))]})
    fake_pypi("wl-dep", {"1.5": [make_wheel(wheels, "wl_dep", "1.5", {"wl_dep.py": ""}),
                                 "wl_dep-1.5.tar.gz"]})
    fake_pypi("wl-extra", {"0.1": [make_wheel(wheels, "wl_extra", "0.1", {"wl_extra.py": ""})]})
    app = _app(tmp_path, "wl-top[fancy]\n")
    out = tmp_path / "site"
    assert cli.main(["build", str(app), "--out", str(out), *_offline_base()]) == 0
    printed = capsys.readouterr().out
    for name in ("wl_top 2.0", "wl_dep 1.5", "wl_extra 0.1"):
        assert name in printed and "PyPI" in printed
    assert "provided by wasmlit: streamlit" in printed
    manifest = json.loads((out / "app.json").read_text())
    assert manifest["lock"] == "packages/pyodide-lock.json"
    assert sorted(manifest["packages"]) == ["wl-dep", "wl-extra", "wl-top"]
    lock = json.loads((out / "packages" / "pyodide-lock.json").read_text())
    top = lock["packages"]["wl-top"]
    assert top["file_name"] == "wl_top-2.0-py3-none-any.whl"  # relative: in packages/
    assert sorted(top["depends"]) == ["wl-dep", "wl-extra"]  # no win32 dep, no streamlit
    assert top["imports"] == ["wl_top"]
    data = (out / "packages" / top["file_name"]).read_bytes()
    assert top["sha256"] == hashlib.sha256(data).hexdigest()
    # shipped compiled for the page's Python (sourceless, as Pyodide's own packages are)
    assert "compiled to bytecode for the page's Python: wl_dep-1.5" in printed
    with zipfile.ZipFile(out / "packages" / top["file_name"]) as zf:
        names = zf.namelist()
        assert "wl_top/__init__.pyc" in names and "wl_top/__init__.py" not in names
        assert zf.read("wl_top/__init__.pyc")[:4] == PYODIDE_PYC_MAGIC
        record = zf.read("wl_top-2.0.dist-info/RECORD").decode()
        assert "wl_top/__init__.pyc,sha256=" in record and "wl_top/__init__.py," not in record
    # Pyodide's own set stays in the lock (micropip works for apps that call it), absolute
    assert lock["packages"]["numpy"]["file_name"].startswith("http://127.0.0.1:")
    assert lock["packages"]["micropip"]["file_name"].startswith("../pyodide/micropip-")
    assert lock["info"]["abi_version"] == "2026_0"


# CPython 3.14's bytecode magic (Pyodide 314 runs Python 3.14): importlib.util.MAGIC_NUMBER there
PYODIDE_PYC_MAGIC = (3627).to_bytes(2, "little") + b"\r\n"


def test_without_node_wheels_ship_as_source_and_the_build_says_so(
        tmp_path, fake_pypi, capsys, monkeypatch):
    from wasmlit import precompile

    monkeypatch.setattr(precompile.shutil, "which", lambda name: None)
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    fake_pypi("wl-src", {"1.0": [make_wheel(wheels, "wl_src", "1.0", {"wl_src.py": "X = 1\n"})]})
    out = tmp_path / "site"
    assert cli.main(["build", str(_app(tmp_path, "wl-src\n")), "--out", str(out),
                     *_offline_base()]) == 0
    err = capsys.readouterr().err
    assert "not compiled to bytecode (Node.js is not on PATH)" in err and "wl_src-1.0" in err
    with zipfile.ZipFile(out / "packages" / "wl_src-1.0-py3-none-any.whl") as zf:
        assert zf.read("wl_src.py") == b"X = 1\n"


def test_a_requirement_with_no_browser_wheel_fails_naming_it(tmp_path, fake_pypi, capsys):
    fake_pypi("wl-cext", {"1.0": ["wl_cext-1.0.tar.gz",
                                  "wl_cext-1.0-cp314-cp314-manylinux_2_17_x86_64.whl"],
                          "0.9": ["wl_cext-0.9.tar.gz"]})
    app = _app(tmp_path, "wl-cext\n")
    out = _untouched_out(tmp_path)
    before = _listing(out)
    assert cli.main(["build", str(app), "--out", str(out), *_offline_base()]) == 1
    err = capsys.readouterr().err
    assert "wl-cext" in err and "no wheel that runs in the browser" in err
    assert "wheels for other platforms only" in err and "pure-Python" in err
    assert _listing(out) == before


def test_a_pin_against_pyodides_own_version_fails_naming_both(tmp_path, capsys):
    app = _app(tmp_path, "pandas==1.0\n")
    out = _untouched_out(tmp_path)
    before = _listing(out)
    assert cli.main(["build", str(app), "--out", str(out), *_offline_base()]) == 1
    err = capsys.readouterr().err
    assert "pandas==1.0" in err and "Pyodide's own pandas 3.0.2" in err and "relax" in err
    assert _listing(out) == before


def test_requirements_that_exclude_each_other_fail(tmp_path, fake_pypi, capsys):
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    fake_pypi("wl-lib", {v: [make_wheel(wheels, "wl_lib", v, {"wl_lib.py": ""})]
                         for v in ("1.0", "2.0", "3.0")})
    fake_pypi("wl-needs-new", {"1.0": [make_wheel(wheels, "wl_needs_new", "1.0",
                                                  {"wl_needs_new.py": ""},
                                                  requires=("wl-lib>=3",))]})
    app = _app(tmp_path, "wl-lib<2\nwl-needs-new\n")
    out = _untouched_out(tmp_path)
    before = _listing(out)
    assert cli.main(["build", str(app), "--out", str(out), *_offline_base()]) == 1
    err = capsys.readouterr().err
    assert "wl-lib<2" in err and "wl-lib>=3" in err and "wl-needs-new" in err
    assert _listing(out) == before


def test_an_unknown_package_fails_naming_it(tmp_path, fake_pypi, capsys):
    app = _app(tmp_path, "wl-no-such-thing\n")
    assert cli.main(["build", str(app), "--out", str(tmp_path / "site"), *_offline_base()]) == 1
    assert "wl-no-such-thing: no such package" in capsys.readouterr().err
    assert not (tmp_path / "site").exists()


def test_an_unreachable_package_base_warns_and_leaves_the_files_to_the_page(tmp_path, capsys):
    app = _app(tmp_path, None, "# /// script\n# dependencies = ['pandas']\n# ///\n"
                               "import streamlit as st\n")
    out = tmp_path / "site"
    base = _offline_base()
    assert cli.main(["build", str(app), "--out", str(out), *base]) == 0
    captured = capsys.readouterr()
    assert "could not be reached" in captured.err and "pandas" in captured.err
    assert "fetched by the page at run time" in captured.out
    lock = json.loads((out / "packages" / "pyodide-lock.json").read_text())
    assert lock["packages"]["pandas"]["file_name"] == base[1] + \
        "pandas-3.0.2-cp314-cp314-pyemscripten_2026_0_wasm32.whl"
    assert sorted(json.loads((out / "app.json").read_text())["packages"]) == [
        "numpy", "pandas", "python-dateutil", "pytz", "six"]
    # ... and --require-vendored makes that a failure that leaves --out alone
    before = _listing(out)
    assert cli.main(["build", str(app), "--out", str(out), *base, "--require-vendored"]) == 1
    assert "pandas" in capsys.readouterr().err
    assert _listing(out) == before


def test_a_folder_base_with_its_own_lock_is_copied_into_the_site(tmp_path, standin_base,
                                                                 capsys):
    app = _app(tmp_path, "pydantic>=2.14\n")
    out = tmp_path / "site"
    assert cli.main(["build", str(app), "--out", str(out), "--pyodide-packages",
                     str(standin_base), "--require-vendored"]) == 0
    assert "pydantic_core 2.50.5" in capsys.readouterr().out
    lock = json.loads((out / "packages" / "pyodide-lock.json").read_text())
    core = lock["packages"]["pydantic-core"]
    assert core["file_name"] == "pydantic_core-2.50.5-cp314-cp314-pyemscripten_2026_0_wasm32.whl"
    shipped = out / "packages" / core["file_name"]
    assert core["sha256"] == hashlib.sha256(shipped.read_bytes()).hexdigest()
    # the base's wheel, its modules compiled: the same files, each .py now a .pyc
    with zipfile.ZipFile(shipped) as ours, zipfile.ZipFile(standin_base / core["file_name"]) as base:
        expected = {n + "c" if n.endswith(".py") else n for n in base.namelist()}
        assert set(ours.namelist()) == expected
        binary = [n for n in base.namelist() if n.endswith(".so")]
        assert binary and all(ours.read(n) == base.read(n) for n in binary)


def test_serve_resolves_inline_requirements_too(tmp_path, standin_base, chromium):
    app = _app(tmp_path, None, "# /// script\n# dependencies = ['pydantic']\n# ///\n"
                               + PYDANTIC_APP)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "wasmlit.cli", "serve", str(app), "--port",
                             str(port), "--pyodide-packages", str(standin_base)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT / "py")})
    context = chromium.new_context()
    try:
        lines = []
        while not lines or "serving on" not in lines[-1]:
            lines.append(proc.stdout.readline())
            assert lines[-1], "".join(lines)
        assert any("pydantic_core 2.50.5" in line for line in lines), "".join(lines)
        context.route(re.compile(r"^https?://(?!127\.0\.0\.1[:/])"), lambda r: r.abort())
        page = context.new_page()
        page.goto(f"http://127.0.0.1:{port}/")
        expect(page.get_by_text("validated: x=3 y=4")).to_be_visible(timeout=90_000)
    finally:
        context.close()
        proc.terminate()
        proc.wait(timeout=10)
        proc.stdout.close()
