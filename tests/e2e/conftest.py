"""Chromium tests of built sites. Session-scoped: every app in ``apps/`` (and the demo's seed
examples) is built once with ``wasmlit build``, served by a plain ``http.server`` on a free
loopback port, and Chromium is launched once. ``app_page(name)`` opens one app in a fresh
browser context and waits for ``data-test-script-state=notRunning`` (never a fixed sleep).

Chromium: ``$WASMLIT_CHROMIUM`` or Debian's ``/usr/bin/chromium`` (no browser download).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import http.server
import os
import shutil
import socket
import threading
import zipfile
from pathlib import Path
from typing import Callable, Iterator

import pytest

playwright_sync = pytest.importorskip("playwright.sync_api")

from pytest_wasmlit import system_chromium_launch_args
from wasmlit.site import build_site

ROOT = Path(__file__).resolve().parents[2]
APPS = Path(__file__).resolve().parent / "apps"
PAGES = Path(__file__).resolve().parent / "pages"
DEMO = ROOT / "demo"
CHROMIUM = os.environ.get("WASMLIT_CHROMIUM", "/usr/bin/chromium")
BOOT_TIMEOUT_MS = 90_000
RUN_TIMEOUT_MS = 30_000
PROTOCOL_ERROR = "wasmlit protocol error"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "allow_protocol_errors: the test sends malformed messages on purpose")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).resolve().parent
    for item in items:
        if here in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.e2e)


def app_scripts() -> dict[str, Path]:
    scripts = {p.stem: p for p in sorted(APPS.glob("*.py"))}
    for seed in ("seed_balloons", "seed_counters", "seed_multiples", "run_every", "gallery"):
        scripts.setdefault(seed, DEMO / f"{seed}.py")
    return scripts


STANDIN_WHEELS = ROOT / ".cache" / "pyodide-standin"
PYDANTIC_APP = """\
import streamlit as st
import pydantic
import pydantic_core


class Point(pydantic.BaseModel):
    x: int
    y: int


st.title("Models")
p = Point.model_validate({"x": "3", "y": 4})
st.write(f"validated: x={p.x!r} y={p.y!r}")
try:
    Point.model_validate({"x": "three", "y": 4})
except pydantic.ValidationError as exc:
    st.write(f"rejected: {exc.error_count()} error")
st.write(f"core: {pydantic_core.__version__} {pydantic_core._pydantic_core.__file__.rsplit('/', 1)[-1]}")
"""


def make_standin_base(folder: Path) -> Path:
    """A package base standing in for Pyodide's CDN (which these tests cannot reach).

    It holds browser wheels of pydantic and its dependencies, and of plotly's (narwhals,
    packaging), taken from PyPI (``make install`` downloads them into .cache/pyodide-standin;
    see scripts/pyodide-standin.txt), and a pyodide-lock.json of its own
    (``wasmlit.packages.write_base_lock``) that lists them under their names in Pyodide's set,
    with their real hashes: what an unpacked Pyodide release looks like to ``wasmlit build
    --pyodide-packages``, for these seven packages.
    """
    from wasmlit.packages import write_base_lock

    wheels = sorted(STANDIN_WHEELS.glob("*.whl"))
    if not wheels:
        pytest.fail(f"no wheels in {STANDIN_WHEELS}: run make install")
    folder.mkdir(parents=True, exist_ok=True)
    for wheel in wheels:
        shutil.copy(wheel, folder / wheel.name)
    write_base_lock(folder)
    return folder


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def standin_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_standin_base(tmp_path_factory.mktemp("pyodide-base"))


class _CorsHandler(http.server.SimpleHTTPRequestHandler):
    """A package base on another origin: wheels are fetched cross-origin, so CORS."""

    def end_headers(self) -> None:
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Cross-Origin-Resource-Policy", "cross-origin")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def package_base_url(standin_base: Path) -> Iterator[str]:
    """The stand-in package base served by a second loopback server (another origin)."""
    for url in _serve(standin_base, _CorsHandler):
        yield url + "/"


def build_package_sites(root: Path, work: Path, standin: Path, base_url: str) -> None:
    """The pydantic app three ways: its Pyodide packages copied into the site from a folder
    base; left on a base server the page fetches them from; and left on a base that is down."""
    (work / "app.py").write_text(PYDANTIC_APP)
    (work / "requirements.txt").write_text("pydantic\n")
    build_site(work / "app.py", root / "pydantic", pyodide_packages=str(standin))
    build_site(work / "app.py", root / "pydantic_remote", pyodide_packages=base_url,
               vendor=False)
    build_site(work / "app.py", root / "pydantic_down",
               pyodide_packages=f"http://127.0.0.1:{_closed_port()}/", log=lambda text: None)


@pytest.fixture(scope="session")
def package_sites(site_root: Path, tmp_path_factory: pytest.TempPathFactory,
                  standin_base: Path, package_base_url: str) -> Path:
    """The pydantic sites (build_package_sites), built into site_root when a test needs them."""
    build_package_sites(site_root, tmp_path_factory.mktemp("pkgapp"), standin_base,
                        package_base_url)
    return site_root


@pytest.fixture(scope="session")
def site_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("sites")
    for name, script in app_scripts().items():
        build_site(script, root / name, only_script=True)
    build_requirements_site(root / "requirements", tmp_path_factory.mktemp("reqapp"))
    build_config_site(root / "config", tmp_path_factory.mktemp("configapp"))
    # A site whose wasmlit package is damaged: boot must fail on screen, not blank.
    build_site(app_scripts()["seed_counters"], root / "broken", only_script=True)
    (root / "broken" / "wasmlit.zip.gz").write_bytes(b"this is not a zip file")
    # Embedding pages live in a site of their own (they need wasmlit.js and its assets).
    for page in PAGES.glob("*.html"):
        site = "first_view" if page.name.startswith("first-view") else "seed_counters"
        shutil.copy(page, root / site / page.name)
    return root


def make_wheel(folder: Path, name: str, version: str, files: dict[str, str],
               requires: tuple[str, ...] = ()) -> Path:
    """A minimal pure-Python wheel (what micropip needs: METADATA, WHEEL, RECORD)."""
    dist = f"{name}-{version}.dist-info"
    contents = dict(files)
    contents[f"{dist}/METADATA"] = (f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"
                                    + "".join(f"Requires-Dist: {r}\n" for r in requires))
    contents[f"{dist}/WHEEL"] = ("Wheel-Version: 1.0\nGenerator: wasmlit-tests\n"
                                 "Root-Is-Purelib: true\nTag: py3-none-any\n")
    record = []
    for path, text in contents.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).rstrip(b"=")
        record.append(f"{path},sha256={digest.decode()},{len(text.encode())}")
    record.append(f"{dist}/RECORD,,")
    contents[f"{dist}/RECORD"] = "\n".join(record) + "\n"
    wheel = folder / f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as zf:
        for path, text in contents.items():
            zf.writestr(path, text)
    return wheel


def build_requirements_site(out: Path, work: Path) -> None:
    """An app whose requirements.txt names a local wheel file (shipped in the site)."""
    make_wheel(work, "wlhello", "1.0", {"wlhello/__init__.py": "GREETING = 'hello from a wheel'\n"})
    (work / "app.py").write_text(
        "import streamlit as st\n"
        "import wlhello\n"
        "st.write(wlhello.GREETING)\n")
    (work / "requirements.txt").write_text("# shipped in the site\nwlhello-1.0-py3-none-any.whl\n")
    build_site(work / "app.py", out)


CONFIG_APP = """\
import streamlit as st

st.session_state.runs = st.session_state.get("runs", 0) + 1
st.write(f"runs: {st.session_state.runs}")


@st.cache_data
def computed():
    st.session_state.computed = st.session_state.get("computed", 0) + 1
    return st.session_state.computed


computed()
st.write(f"computed: {st.session_state.computed}")
st.button("Primary action", type="primary")
st.progress(50)
st.text_input("Type here")
if st.button("Viewer mode"):
    st.set_option("client.toolbarMode", "viewer")
"""

CONFIG_TOML = """\
[theme]
primaryColor = "#1e88e5"

[theme.dark]
primaryColor = "#90caf9"
"""


def build_config_site(out: Path, work: Path) -> None:
    """An app with a .streamlit/config.toml beside it (theme colours)."""
    (work / "app.py").write_text(CONFIG_APP)
    (work / ".streamlit").mkdir()
    (work / ".streamlit" / "config.toml").write_text(CONFIG_TOML)
    build_site(work / "app.py", out)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


class _IsolatingHandler(_QuietHandler):
    """Sends the COOP/COEP headers that make a page cross-origin isolated."""

    def end_headers(self) -> None:
        self.send_header("Cross-Origin-Opener-Policy", "same-origin")
        self.send_header("Cross-Origin-Embedder-Policy", "require-corp")
        super().end_headers()


def _serve(root: Path, handler: type[http.server.SimpleHTTPRequestHandler]) -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def server_url(site_root: Path) -> Iterator[str]:
    """A plain static server, as most hosts are: no COOP/COEP, no cross-origin isolation."""
    yield from _serve(site_root, _QuietHandler)


@pytest.fixture(scope="session")
def isolated_server_url(site_root: Path) -> Iterator[str]:
    """The same sites served with COOP/COEP headers (cross-origin isolated pages)."""
    yield from _serve(site_root, _IsolatingHandler)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    """pytest-playwright launches Debian's Chromium (Playwright's own download fails here)."""
    return {**browser_type_launch_args, **system_chromium_launch_args(CHROMIUM)}


@pytest.fixture
def chromium(request: pytest.FixtureRequest) -> "playwright_sync.Browser":
    """pytest-playwright's session browser (the one wasmlit's pytest plugin builds on).

    Asked for afresh by every test: pytest recreates the session-scoped ``browser`` when it
    moves between tests parametrised with ``browser_name`` (those on ``page``) and the others,
    so a browser kept from an earlier test may be closed."""
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        missing = f"no Chromium at {CHROMIUM} (apt-get install chromium, or make test)"
        if os.environ.get("WASMLIT_REQUIRE_CHROMIUM"):  # make test: never pass by skipping
            pytest.fail(missing)
        pytest.skip(missing)
    return request.getfixturevalue("browser")


@pytest.fixture(scope="session")
def wasmlit_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """wasmlit as a wheel, built offline from this checkout (what `pip install wasmlit` gets)."""
    import subprocess
    import sys

    wheels = tmp_path_factory.mktemp("wheel")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
         "--no-index", "-w", str(wheels), str(ROOT)], capture_output=True, text=True)
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = wheels.glob("wasmlit-*.whl")
    return wheel


class AppPage:
    """A page with one app, and the console lines it logged."""

    def __init__(self, page: "playwright_sync.Page") -> None:
        self.page = page
        self.console: list[tuple[str, str]] = []
        page.on("console", lambda m: self.console.append((m.type, m.text)))
        page.on("pageerror", lambda e: self.console.append(("pageerror", str(e))))

    @property
    def app(self) -> "playwright_sync.Locator":
        return self.page.locator("[data-testid=stApp]")

    def wait_idle(self, timeout: float = RUN_TIMEOUT_MS) -> None:
        """Wait until no run is executing or queued."""
        self.page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]",
                                    timeout=timeout)

    def click(self, name: str) -> None:
        """Click a button by its label, then wait until the app is idle again."""
        self.page.get_by_role("button", name=name, exact=True).click()
        self.wait_idle()

    def protocol_errors(self) -> list[str]:
        return [text for kind, text in self.console if PROTOCOL_ERROR in text]


@pytest.fixture
def app_page(request: pytest.FixtureRequest, chromium: "playwright_sync.Browser",
             server_url: str) -> Iterator[Callable[..., AppPage]]:
    contexts = []
    pages: list[AppPage] = []

    def open_app(name: str, *, wait: bool = True, path: str = "",
                 isolated: bool = False) -> AppPage:
        """Open one app; ``isolated=True`` serves it cross-origin isolated (COOP/COEP)."""
        context = chromium.new_context(viewport={"width": 1100, "height": 800})
        contexts.append(context)
        app = AppPage(context.new_page())
        pages.append(app)
        base = request.getfixturevalue("isolated_server_url") if isolated else server_url
        app.page.goto(f"{base}/{name}/{path}")
        if wait:
            app.wait_idle(BOOT_TIMEOUT_MS)
        return app

    yield open_app
    try:
        if not request.node.get_closest_marker("allow_protocol_errors"):
            for app in pages:
                assert app.protocol_errors() == [], "the page logged protocol errors"
    finally:
        for context in contexts:
            context.close()
