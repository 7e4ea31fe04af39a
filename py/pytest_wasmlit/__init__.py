"""The pytest plugin ``pip install wasmlit`` brings: test an app in a real browser.

Write ``counter_test.py`` beside ``counter.py``::

    from playwright.sync_api import Page, expect

    def test_increments(app: Page):
        app.get_by_role("button", name="Increment").click()
        expect(app.get_by_text("Count: 1")).to_be_visible()

``app`` is a Playwright page (pytest-playwright's ``page``) on the site built from the test
file's neighbour (``x_test.py`` or ``test_x.py`` -> ``x.py``), opened and waited until the
first run is over. ``@pytest.mark.app_script("other.py")`` (relative to the test file) or
``--app-script PATH`` names another script. Each app is built once per test session, keyed by
its files, and served on loopback by a server of its own, so the app sits at ``/`` as it does
under ``streamlit run``.

Fixtures: ``app``, ``themed_app`` (light and dark), ``app_with_query_params`` (indirect
parametrisation with a dict), ``app_server``, ``app_port``, ``app_base_url``. Helpers live in
:mod:`wasmlit.testing.e2e`.

A failure in the app fails the test with the app's own message: a worker crash or failed boot
(always), an exception raised by the script's first run (unless the test is marked
``@pytest.mark.app_exceptions_allowed``), and a wasmlit protocol error. The page's console is
added to the report of a failing test.
"""

from __future__ import annotations

import functools
import hashlib
import http.server
import os
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urlencode

import pytest

#: how the page says a message broke the protocol (web/src/client.js logs it)
PROTOCOL_ERROR = "wasmlit protocol error"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("wasmlit", "wasmlit apps in a browser")
    group.addoption("--app-script", default=None,
                    help="the app script the `app` fixture opens (default: the test file's "
                         "neighbour, x_test.py -> x.py)")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "app_script(path): the app script for this test's `app` fixture, relative "
                   "to the test file")
    config.addinivalue_line(
        "markers", "app_exceptions_allowed: the app's first run may raise (the test checks "
                   "the exception it shows)")


# ---- building and serving ---------------------------------------------------------------


def _digest(script: Path) -> str:
    """A key for the app's files: what the build would ship, and their contents."""
    from wasmlit.site import app_files

    h = hashlib.sha256(str(script).encode())
    folder = script.parent
    for rel in app_files(folder):
        h.update(str(rel).encode())
        h.update((folder / rel).read_bytes())
    return h.hexdigest()[:16]


#: what the host's mimetypes may lack (wasm, modules) or get wrong
_CONTENT_TYPES = {
    **http.server.SimpleHTTPRequestHandler.extensions_map,
    ".js": "text/javascript", ".mjs": "text/javascript",
    ".wasm": "application/wasm", ".json": "application/json"}


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = _CONTENT_TYPES

    def log_message(self, format: str, *args: object) -> None:
        pass


@dataclass
class AppServer:
    """A built site served on loopback: ``url`` ends with a slash and opens the app."""

    script: Path
    site: Path
    port: int
    url: str
    _server: http.server.ThreadingHTTPServer = field(repr=False)

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


class WasmlitSites:
    """Builds each app once per session (keyed by its files) and serves each on its own port."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._servers: dict[str, AppServer] = {}
        self._lock = threading.Lock()

    def build(self, script: Path | str, **build_options: Any) -> Path:
        """The site folder for ``script``, built now unless this session built it already."""
        from wasmlit.site import build_site

        script = Path(script).resolve()
        if not script.is_file():
            raise pytest.UsageError(f"wasmlit: no app script at {script}")
        options = sorted((k, str(v)) for k, v in build_options.items())
        key = f"{script.stem}-{_digest(script)}-{hashlib.sha256(str(options).encode()).hexdigest()[:6]}"
        site = self.root / key
        if not (site / "app.json").is_file():
            tmp = self.root / f".{key}.partial"
            shutil.rmtree(tmp, ignore_errors=True)
            build_site(script, tmp, **build_options)
            tmp.rename(site)
        return site

    def serve(self, script: Path | str, **build_options: Any) -> AppServer:
        site = self.build(script, **build_options)
        with self._lock:
            server = self._servers.get(site.name)
            if server is None:
                httpd = http.server.ThreadingHTTPServer(
                    ("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site)))
                httpd.daemon_threads = True
                threading.Thread(target=httpd.serve_forever, daemon=True).start()
                port = httpd.server_address[1]
                server = AppServer(Path(script).resolve(), site, port,
                                   f"http://127.0.0.1:{port}/", httpd)
                self._servers[site.name] = server
            return server

    def close(self) -> None:
        for server in self._servers.values():
            server.close()
        self._servers.clear()


@pytest.fixture(scope="session")
def wasmlit_sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WasmlitSites]:
    """The session's built and served apps (use ``.serve(script)`` for apps of your own)."""
    sites = WasmlitSites(tmp_path_factory.mktemp("wasmlit-sites"))
    yield sites
    sites.close()


def app_script_for(request: pytest.FixtureRequest) -> Path:
    """The script a test's ``app`` opens: marker, then ``--app-script``, then the neighbour."""
    test_file = Path(str(request.node.fspath)).resolve()
    marker = request.node.get_closest_marker("app_script")
    if marker is not None:
        if not marker.args:
            raise pytest.UsageError("@pytest.mark.app_script needs a path")
        return (test_file.parent / str(marker.args[0])).resolve()
    option = request.config.getoption("--app-script")
    if option:
        return Path(option).resolve()
    stem = test_file.stem
    candidates = []
    if stem.endswith("_test"):
        candidates.append(test_file.with_name(stem[: -len("_test")] + ".py"))
    if stem.startswith("test_"):
        candidates.append(test_file.with_name(stem[len("test_"):] + ".py"))
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    looked = ", ".join(str(c) for c in candidates) or "(the test file is not named x_test.py)"
    raise pytest.UsageError(
        f"wasmlit: no app script for {test_file.name}; looked for {looked}. Put the app beside "
        "the test (x_test.py -> x.py), or name it with @pytest.mark.app_script('app.py') or "
        "--app-script")


@pytest.fixture
def app_server(request: pytest.FixtureRequest, wasmlit_sites: WasmlitSites) -> AppServer:
    """The built site of this test's app, served on loopback."""
    return wasmlit_sites.serve(app_script_for(request))


@pytest.fixture
def app_port(app_server: AppServer) -> int:
    return app_server.port


@pytest.fixture
def app_base_url(app_server: AppServer) -> str:
    return app_server.url


# ---- opening the app ----------------------------------------------------------------------


class _Console:
    """What a page logged, for the report of a failing test."""

    def __init__(self, page: Any) -> None:
        self.lines: list[str] = []
        page.on("console", lambda m: self.lines.append(f"[{m.type}] {m.text}"))
        page.on("pageerror", lambda e: self.lines.append(f"[pageerror] {e}"))

    def protocol_errors(self) -> list[str]:
        return [line for line in self.lines if PROTOCOL_ERROR in line]


def open_app(page: Any, url: str, request: pytest.FixtureRequest) -> Any:
    """Open ``url`` in ``page``, wait for the first run, and fail clearly if the app broke."""
    from wasmlit.testing.e2e import AppCrashed, wait_for_app_loaded

    console = _Console(page)
    request.node.stash[_CONSOLE] = console
    page.goto(url)
    try:
        wait_for_app_loaded(page)
    except AppCrashed as exc:
        pytest.fail(str(exc), pytrace=False)
    if page.locator("[data-testid=stApp]").get_attribute("data-last-run-status") == "error" \
            and request.node.get_closest_marker("app_exceptions_allowed") is None:
        shown = page.get_by_test_id("stException").all_inner_texts()
        pytest.fail("the app raised during its first run (mark the test "
                    "@pytest.mark.app_exceptions_allowed if that is expected):\n"
                    + "\n".join(shown), pytrace=False)
    return page


_CONSOLE = pytest.StashKey[_Console]()


@pytest.fixture
def app(page: Any, app_server: AppServer, request: pytest.FixtureRequest) -> Iterator[Any]:
    """A Playwright page on this test's app, after its first run."""
    yield open_app(page, app_server.url, request)
    _check_protocol(request)


@pytest.fixture(params=["light_theme", "dark_theme"])
def themed_app(page: Any, app_server: AppServer, request: pytest.FixtureRequest) -> Iterator[Any]:
    """``app`` twice: with the OS in light mode, then in dark mode."""
    page.emulate_media(color_scheme="dark" if request.param == "dark_theme" else "light")
    yield open_app(page, app_server.url, request)
    _check_protocol(request)


@pytest.fixture
def app_with_query_params(page: Any, app_server: AppServer,
                          request: pytest.FixtureRequest) -> Iterator[tuple[Any, dict]]:
    """``(page, query_params)``: the app opened with ``?<query_params>`` (parametrise it
    indirectly with a dict; list values repeat the key)."""
    params = dict(getattr(request, "param", {}) or {})
    url = app_server.url + (f"?{urlencode(params, doseq=True)}" if params else "")
    yield open_app(page, url, request), params
    _check_protocol(request)


def _check_protocol(request: pytest.FixtureRequest) -> None:
    console = request.node.stash.get(_CONSOLE, None)
    if console and console.protocol_errors():
        pytest.fail("the page logged wasmlit protocol errors:\n"
                    + "\n".join(console.protocol_errors()), pytrace=False)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[Any]:
    report = yield
    console = item.stash.get(_CONSOLE, None)
    if console is not None and report.failed and console.lines:
        report.sections.append(("wasmlit app console", "\n".join(console.lines[-200:])))
    return report


def system_chromium_launch_args(executable: str | os.PathLike[str] = "/usr/bin/chromium") -> dict:
    """Launch options for a system Chromium (for ``browser_type_launch_args`` in a conftest)."""
    return {"executable_path": str(executable),
            "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync"]}
