"""A built site caches itself: a repeat visit boots from the browser's cache, a visited site
opens and runs with the network gone, and a rebuilt site is never shown old or mixed.

Each test serves its own site from a folder below the server's root (a subpath, as on most
static hosts) with a server that records every request and the bytes of every body it sent:
what the browser fetched from the network, the service worker's fetches included."""

from __future__ import annotations

import functools
import gzip
import hashlib
import http.server
import json
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

from wasmlit import offline, packing
from wasmlit.cli import build_site
from wasmlit.testing.static import RecordingHandler

from conftest import BOOT_TIMEOUT_MS, DEMO, ROOT, RUN_TIMEOUT_MS, make_wheel

SUBPATH = "deep/folder/site"
#: what a visit of an unchanged site may download: the manifest (always read from the network)
#: and the worker script (the browser checks it for updates itself, usually with a 304)
ALWAYS_FETCHED = {offline.MANIFEST, offline.WORKER}


class _RecordingIsolating(RecordingHandler):
    def end_headers(self) -> None:
        self.send_header("Cross-Origin-Opener-Policy", "same-origin")
        self.send_header("Cross-Origin-Embedder-Policy", "require-corp")
        super().end_headers()


class Host:
    """A static server over ``root`` on 127.0.0.1 that records what it sent (``isolated``:
    with the COOP/COEP headers that make its pages cross-origin isolated)."""

    def __init__(self, root: Path, port: int = 0, isolated: bool = False) -> None:
        self.record: list[dict] = []
        base = _RecordingIsolating if isolated else RecordingHandler
        handler = type("Handler", (base,), {"record": self.record})
        self.server = http.server.ThreadingHTTPServer(
            ("127.0.0.1", port), functools.partial(handler, directory=str(root)))
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.running = True

    def url(self, path: str = "") -> str:
        return f"http://127.0.0.1:{self.port}/{path}"

    def downloaded(self, prefix: str) -> dict[str, int]:
        """Site path -> body bytes sent, for every response with a body since the last clear."""
        out: dict[str, int] = {}
        for e in self.record:
            if e["bytes"] and e["path"].startswith(f"/{prefix}/"):
                rel = e["path"][len(prefix) + 2:] or "index.html"
                out[rel] = out.get(rel, 0) + e["bytes"]
        return out

    def stop(self) -> None:
        if self.running:
            self.running = False
            self.server.shutdown()
            self.server.server_close()


@pytest.fixture
def host(tmp_path):
    hosts: list[Host] = []

    def start(root: Path, port: int = 0, isolated: bool = False) -> Host:
        hosts.append(Host(root, port, isolated))
        return hosts[-1]

    yield start
    for h in hosts:
        h.stop()


@pytest.fixture
def context(chromium):
    ctx = chromium.new_context(viewport={"width": 1100, "height": 800})
    yield ctx
    ctx.close()


def open_app(context, url: str):
    page = context.new_page()
    page.goto(url)
    wait_idle(page)
    return page


def wait_idle(page, timeout: float = BOOT_TIMEOUT_MS) -> None:
    page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]", timeout=timeout)


def wait_cached(page) -> None:
    """The page says every file of its build is in the cache."""
    page.wait_for_selector("[data-testid=stApp][data-offline=ready]", timeout=BOOT_TIMEOUT_MS)


def marked_build(app_text: str, marker: str, work: Path, out: Path) -> None:
    """Build an app that shows its own text and a marker from inside wasmlit.zip.gz: a page
    that mixed two builds would show one build's app with the other's package (or fail)."""
    work.mkdir(parents=True, exist_ok=True)
    (work / "app.py").write_text(
        "import streamlit as st\n"
        "from wasmlit import _e2e_marker\n"
        f"st.write('{app_text}, package ' + _e2e_marker.BUILD)\n"
        "if st.button('Count'):\n"
        "    st.write('counted')\n")
    build_site(work / "app.py", out)
    package = packing.read(out / packing.NAME)
    packing.write(out / packing.NAME, [(n, package.read(n)) for n in package.namelist()]
                  + [("wasmlit/_e2e_marker.py", f"BUILD = {marker!r}\n".encode())])
    offline.write_manifest(out)  # the package changed after the build


# ---- the build ------------------------------------------------------------------------------


def test_the_build_lists_every_file_with_its_hash(tmp_path):
    out = tmp_path / "site"
    build_site(DEMO / "seed_counters.py", out, only_script=True)
    manifest = json.loads((out / offline.MANIFEST).read_text())
    on_disk = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert sorted(manifest["files"]) == sorted(set(on_disk) - {offline.MANIFEST, offline.WORKER})
    for rel, digest in manifest["files"].items():
        assert hashlib.sha256((out / rel).read_bytes()).hexdigest()[:offline.HASH_HEX] == digest, rel
    assert f'{offline.ATTRIBUTE}="{offline.MANIFEST}"' in (out / "index.html").read_text()
    # what only a dynamic import reaches is cached on first use, not with the site
    lazy = set(manifest["lazy"])
    assert lazy <= set(manifest["files"])
    assert any("plotly" in p for p in lazy) and any("mermaid" in p for p in lazy)
    assert not lazy & {"wasmlit.js", "index.html", "wasmlit.zip.gz", "pyodide/pyodide.asm.wasm"}
    assert not any("/worker-" in p for p in lazy)
    assert (out / offline.WORKER).is_file()
    # The same inputs give the same build id; a changed file another one.
    build_id = manifest["build"]
    assert offline.write_manifest(out)["build"] == build_id
    (out / "app" / "seed_counters.py").write_text("import streamlit as st\nst.write('x')\n")
    assert offline.write_manifest(out)["build"] != build_id


def test_a_build_without_offline_leaves_no_manifest_behind(tmp_path):
    out = tmp_path / "site"
    build_site(DEMO / "seed_counters.py", out, only_script=True)
    build_site(DEMO / "seed_counters.py", out, only_script=True, offline=False)  # as serve does
    assert not (out / offline.MANIFEST).exists()
    assert offline.ATTRIBUTE not in (out / "index.html").read_text()


# ---- the browser ----------------------------------------------------------------------------


def test_a_visited_site_opens_and_runs_with_the_server_gone(tmp_path, host, context):
    build_site(DEMO / "seed_counters.py", tmp_path / SUBPATH, only_script=True)
    server = host(tmp_path)
    page = open_app(context, server.url(f"{SUBPATH}/"))
    wait_cached(page)
    server.stop()
    page.reload()
    wait_idle(page)
    expect(page.get_by_text("Fragment says it ran 1 times.")).to_be_visible()
    page.get_by_role("button", name="Rerun fragment").click()
    expect(page.get_by_text("Fragment says it ran 2 times.")).to_be_visible(timeout=RUN_TIMEOUT_MS)
    expect(page.get_by_text("Full app says it ran 1 times.")).to_be_visible()
    assert page.evaluate("() => navigator.serviceWorker.controller !== null")


def test_a_library_the_first_visit_used_is_there_offline(tmp_path, host, context):
    """KaTeX is imported lazily (not cached with the site): used before the service worker took
    over the page, it is kept from the HTTP cache, so the offline visit draws the formula."""
    app = tmp_path / "src" / "math_app.py"
    app.parent.mkdir()
    app.write_text("import streamlit as st\nst.latex(r'e^{i\\pi} + 1 = 0')\nst.write('done')\n")
    build_site(app, tmp_path / SUBPATH, only_script=True, prerender=False)
    server = host(tmp_path)
    page = open_app(context, server.url(f"{SUBPATH}/"))
    expect(page.locator(".katex").first).to_be_visible()
    wait_cached(page)
    server.stop()
    page.reload()
    wait_idle(page)
    expect(page.get_by_text("done")).to_be_visible()
    expect(page.locator(".katex").first).to_be_visible()
    assert page.evaluate("() => navigator.serviceWorker.controller !== null")


def test_a_visited_site_opens_in_a_new_tab_when_the_browser_is_offline(tmp_path, host, context):
    build_site(DEMO / "seed_counters.py", tmp_path / SUBPATH, only_script=True)
    server = host(tmp_path)
    wait_cached(open_app(context, server.url(f"{SUBPATH}/")))
    server.record.clear()
    context.set_offline(True)
    page = open_app(context, server.url(f"{SUBPATH}/"))
    page.get_by_role("button", name="Rerun full app").click()
    expect(page.get_by_text("Full app says it ran 2 times.")).to_be_visible(timeout=RUN_TIMEOUT_MS)
    # Nothing of ours reached the network; Chromium's own update check of the worker script
    # (the one request its offline emulation lets through) may have.
    assert {e["path"] for e in server.record} <= {f"/{SUBPATH}/{offline.WORKER}"}, server.record


def test_a_repeat_visit_downloads_only_the_manifest(tmp_path, host, context):
    build_site(DEMO / "seed_counters.py", tmp_path / SUBPATH, only_script=True)
    server = host(tmp_path)
    wait_cached(open_app(context, server.url(f"{SUBPATH}/")))
    first = server.downloaded(SUBPATH)
    server.record.clear()
    responses = []
    page = context.new_page()
    page.on("response", lambda r: responses.append(r))
    page.goto(server.url(f"{SUBPATH}/"))
    wait_idle(page)
    again = server.downloaded(SUBPATH)
    assert set(again) <= ALWAYS_FETCHED, again
    manifest_bytes = (tmp_path / SUBPATH / offline.MANIFEST).stat().st_size
    assert sum(again.values()) <= manifest_bytes + (tmp_path / SUBPATH / offline.WORKER).stat().st_size
    assert sum(first.values()) > 10_000_000  # the first visit did download Pyodide
    # ... and none of the heavy libraries the app does not use (Plotly, Mermaid, AG Grid, ...)
    lazy = json.loads((tmp_path / SUBPATH / offline.MANIFEST).read_text())["lazy"]
    assert not set(first) & set(lazy), set(first) & set(lazy)
    # What the page and its worker asked for came from the service worker (Performance API:
    # a response from a service worker has a workerStart).
    served = {r.url.rsplit("/", 1)[-1]: r.from_service_worker for r in responses}
    assert served["pyodide.asm.wasm"] and served["wasmlit.zip.gz"] and served["wasmlit.js"], served
    timing = page.evaluate("""() => performance.getEntriesByType('resource')
        .filter((e) => e.name.endsWith('/wasmlit.js')).map((e) => e.workerStart)""")
    assert timing and all(t > 0 for t in timing)


def test_a_repeat_visit_from_the_cache_stays_cross_origin_isolated(tmp_path, host, context):
    """The cached responses keep the host's COOP/COEP headers, so Stop can still interrupt."""
    build_site(DEMO / "seed_counters.py", tmp_path / SUBPATH, only_script=True)
    server = host(tmp_path, isolated=True)
    page = open_app(context, server.url(f"{SUBPATH}/"))
    assert page.evaluate("() => crossOriginIsolated")
    wait_cached(page)
    server.stop()
    page.reload()
    wait_idle(page)
    assert page.evaluate("() => crossOriginIsolated && navigator.serviceWorker.controller !== null")
    expect(page.get_by_text("Fragment says it ran 1 times.")).to_be_visible()


def test_a_rebuilt_site_shows_the_new_app_never_the_old_one_nor_a_mix(tmp_path, host, context):
    site = tmp_path / SUBPATH
    marked_build("app one", "one", tmp_path / "v1", site)
    server = host(tmp_path)
    page = open_app(context, server.url(f"{SUBPATH}/"))
    expect(page.get_by_text("app one, package one")).to_be_visible()
    wait_cached(page)
    page.close()

    time.sleep(0.05)  # the rebuilt files get other mtimes
    marked_build("app two", "two", tmp_path / "v2", site)
    server.record.clear()
    page = open_app(context, server.url(f"{SUBPATH}/"))
    expect(page.get_by_text("app two, package two")).to_be_visible()
    expect(page.get_by_text("package one")).to_have_count(0)
    expect(page.get_by_text("app one")).to_have_count(0)
    page.get_by_role("button", name="Count").click()
    expect(page.get_by_text("counted")).to_be_visible(timeout=RUN_TIMEOUT_MS)
    # Only what changed came over the network: never Pyodide again.
    fetched = set(server.downloaded(SUBPATH))
    assert {"app/app.py", "wasmlit.zip.gz"} <= fetched, fetched
    assert fetched <= ALWAYS_FETCHED | {"app/app.py", "wasmlit.zip.gz"}, fetched

    # The new build is what is cached now.
    wait_cached(page)
    server.stop()
    page.reload()
    wait_idle(page)
    expect(page.get_by_text("app two, package two")).to_be_visible()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_wasmlit_serve_on_the_address_of_a_cached_site_is_not_served_from_the_cache(
        tmp_path, host, context):
    """A built site at the root of 127.0.0.1:PORT leaves its service worker behind; `wasmlit
    serve` on the same address later must show its own app and still reload on changes."""
    build_site(DEMO / "seed_counters.py", tmp_path / "site", only_script=True)
    port = _free_port()
    server = host(tmp_path / "site", port)
    page = open_app(context, server.url())
    wait_cached(page)
    server.stop()

    app = tmp_path / "mine" / "app.py"
    app.parent.mkdir()
    app.write_text("import streamlit as st\nst.write('served version one')\n")
    proc = subprocess.Popen([sys.executable, "-m", "wasmlit.cli", "serve", str(app), "--port",
                             str(port)], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    try:
        line = proc.stdout.readline()
        assert "serving on" in line, line
        page.reload()
        expect(page.get_by_text("served version one")).to_be_visible(timeout=BOOT_TIMEOUT_MS)
        expect(page.get_by_text("Fragment says it ran")).to_have_count(0)
        assert page.get_attribute("[data-testid=stApp]", "data-offline") is None
        page.wait_for_function(
            "async () => (await navigator.serviceWorker.getRegistrations()).length === 0",
            timeout=RUN_TIMEOUT_MS, polling=200)
        time.sleep(0.05)
        app.write_text("import streamlit as st\nst.write('served version two')\n")
        expect(page.get_by_text("served version two")).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        proc.stdout.close()


def _worker_started(page) -> str:
    """How the page's worker started Python: fresh, snapshot made, from snapshot."""
    (worker,) = [w for w in page.workers if "worker" in w.url]
    return worker.evaluate("() => self.__wasmlit.started")


def _replace_snapshot(page, url: str, body: str, tag: str) -> None:
    """Replace the site's saved snapshot: ``body`` and ``tag`` are JS expressions over ``old``,
    the saved response (the bytes, and its X-Wasmlit-Package header)."""
    page.evaluate(f"""async (site) => {{
        const cache = await caches.open(`wasmlit-v1 ${{site}} snapshot`);
        const old = await cache.match(`${{site}}wasmlit-snapshot`);
        await cache.put(`${{site}}wasmlit-snapshot`,
                        new Response({body}, {{ headers: {{ 'X-Wasmlit-Package': {tag} }} }}));
    }}""", url)


def _revisit_afresh(page, context, url: str, button: str, answer: str):
    """Close ``page``, visit again: Python starts afresh (the snapshot is not used) and the app
    answers a click."""
    page.close()
    page = open_app(context, url)
    assert _worker_started(page) == "snapshot made"
    page.get_by_role("button", name=button).click()
    expect(page.get_by_text(answer)).to_be_visible(timeout=RUN_TIMEOUT_MS)
    return page


def test_a_repeat_visit_restores_python_from_its_snapshot_and_survives_a_bad_one(
        tmp_path, host, context):
    build_site(DEMO / "seed_counters.py", tmp_path / SUBPATH, only_script=True)
    server = host(tmp_path)
    url = server.url(f"{SUBPATH}/")
    page = open_app(context, url)
    assert _worker_started(page) == "snapshot made"
    wait_cached(page)
    page.close()

    page = open_app(context, url)
    assert _worker_started(page) == "from snapshot"
    page.get_by_role("button", name="Rerun fragment").click()
    expect(page.get_by_text("Fragment says it ran 2 times.")).to_be_visible(timeout=RUN_TIMEOUT_MS)
    # A damaged snapshot (of this very package): Python starts afresh, the app runs, and the
    # snapshot is replaced.
    _replace_snapshot(page, url, "'not a snapshot'", "old.headers.get('X-Wasmlit-Package')")
    page = _revisit_afresh(page, context, url, "Rerun full app", "Full app says it ran 2 times.")
    page.wait_for_function("""async (site) => {
        const res = await (await caches.open(`wasmlit-v1 ${site} snapshot`)).match(`${site}wasmlit-snapshot`);
        return res && (await res.arrayBuffer()).byteLength > 1000000;
    }""", arg=url, timeout=RUN_TIMEOUT_MS, polling=200)


def test_embedded_apps_register_no_service_worker_and_keep_no_snapshot(app_page):
    """The page that embeds an app owns its origin's service workers and storage."""
    app = app_page("seed_counters", wait=False, path="embed.html")
    apps = app.page.locator("[data-testid=stApp]")
    expect(apps.first).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    for i in range(apps.count()):
        expect(apps.nth(i)).to_have_attribute("data-test-script-state", "notRunning",
                                              timeout=BOOT_TIMEOUT_MS)
        assert apps.nth(i).get_attribute("data-offline") is None
    assert app.page.evaluate(
        "async () => (await navigator.serviceWorker.getRegistrations()).length") == 0
    assert {w.evaluate("() => self.__wasmlit.started") for w in app.page.workers} == {"fresh"}
    assert app.page.evaluate("async () => (await caches.keys()).length") == 0


def test_shipped_wheels_load_offline_into_a_fresh_python(tmp_path, host, context):
    """A site whose packages load at boot (the build's lock) keeps no memory snapshot of
    Python: a snapshot holds the bare interpreter, not loaded packages. It still boots from
    the cache with the network gone."""
    work = tmp_path / "work"
    work.mkdir()
    make_wheel(work, "wlhello", "1.0", {"wlhello/__init__.py": "GREETING = 'hello from a wheel'\n"})
    (work / "app.py").write_text("import streamlit as st\nimport wlhello\nst.write(wlhello.GREETING)\n")
    (work / "requirements.txt").write_text("wlhello-1.0-py3-none-any.whl\n")
    build_site(work / "app.py", tmp_path / SUBPATH)
    server = host(tmp_path)
    page = open_app(context, server.url(f"{SUBPATH}/"))
    expect(page.get_by_text("hello from a wheel")).to_be_visible()
    wait_cached(page)
    server.stop()
    page.reload()
    wait_idle(page)
    assert _worker_started(page) == "fresh"
    expect(page.get_by_text("hello from a wheel")).to_be_visible()
    expect(page.get_by_test_id("stNotice")).to_have_count(0)



def test_a_snapshot_holds_wasmlit_and_is_used_only_with_the_package_it_imported(
        tmp_path, host, context):
    """The snapshot is taken with wasmlit imported, so it records which package: the SHA-256
    of the site's gunzipped wasmlit.zip.gz. One taken with another package (an older build) is
    never restored: Python starts afresh with the package the site has now."""
    site = tmp_path / SUBPATH
    build_site(DEMO / "seed_counters.py", site, only_script=True)
    package = hashlib.sha256(gzip.decompress((site / "wasmlit.zip.gz").read_bytes())).hexdigest()
    server = host(tmp_path)
    url = server.url(f"{SUBPATH}/")
    page = open_app(context, url)
    assert _worker_started(page) == "snapshot made"
    # with the bridge, and the families the app's first run imported at build time
    (worker,) = [w for w in page.workers if "worker" in w.url]
    held = set(worker.evaluate("() => self.__wasmlit.snapshotModules"))
    warm = json.loads((site / "app.json").read_text())["warm_modules"]
    assert "wasmlit.elements.widgets" in warm and set(warm) <= held
    assert "wasmlit._pyodide_bridge" in held
    wait_cached(page)
    tag = """async (site) => {
        const res = await (await caches.open(`wasmlit-v1 ${site} snapshot`)).match(`${site}wasmlit-snapshot`);
        return res ? res.headers.get('X-Wasmlit-Package') : null;
    }"""
    page.wait_for_function(f"async () => ({tag})({json.dumps(url)})", timeout=RUN_TIMEOUT_MS,
                           polling=200)
    assert page.evaluate(tag, url) == package
    _replace_snapshot(page, url, "await old.arrayBuffer()", "'another build'")
    page = _revisit_afresh(page, context, url, "Rerun fragment", "Fragment says it ran 2 times.")
    page.wait_for_function(f"async () => ({tag})({json.dumps(url)}) === {json.dumps(package)}",
                           timeout=RUN_TIMEOUT_MS, polling=200)
    page.close()
    page = open_app(context, url)
    assert _worker_started(page) == "from snapshot"
    # wasmlit came out of the snapshot, and its lazily loaded families still import from the
    # files boot() unpacked
    (worker,) = [w for w in page.workers if "worker" in w.url]
    assert worker.evaluate("() => self.__wasmlit.pyodide.runPython("
                           "\"import wasmlit.elements.maps as m; m.__file__\")").startswith(
        "/home/pyodide/.wasmlit/wasmlit/")
