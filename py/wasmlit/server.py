"""Serve a built site: ``wasmlit serve`` (rebuild and reload the page on changes) and
``wasmlit demo`` (the gallery). Stdlib only, like :mod:`wasmlit.site`."""

from __future__ import annotations

import functools
import http.server
import json
import socketserver
import sys
import tempfile
import threading
import time
import webbrowser
from pathlib import Path
from typing import Any, Iterable

from .site import BuildError, app_files, build_demo, build_site, default_demo_dir, write_app

RELOAD_PATH = "/__wasmlit_reload"

_RELOAD_SNIPPET = """
<script>
  // wasmlit serve: reload when the app's files change.
  (function () {
    let seen = null;
    async function poll() {
      try {
        const res = await fetch('%s', { cache: 'no-store' });
        const stamp = await res.text();
        if (seen !== null && stamp !== seen) { location.reload(); return; }
        seen = stamp;
      } catch (e) { /* the server is restarting */ }
      setTimeout(poll, 700);
    }
    poll();
  })();
</script>
""" % RELOAD_PATH


#: what the host's mimetypes may lack (wasm, modules) or get wrong
_CONTENT_TYPES = {
    **http.server.SimpleHTTPRequestHandler.extensions_map,
    ".js": "text/javascript", ".mjs": "text/javascript",
    ".wasm": "application/wasm", ".json": "application/json",
    ".whl": "application/zip", ".zip": "application/zip"}


class _Handler(http.server.SimpleHTTPRequestHandler):
    reload_stamp: "_Stamp | None" = None
    extensions_map = _CONTENT_TYPES

    def do_GET(self) -> None:
        if self.path.split("?", 1)[0] == RELOAD_PATH and self.reload_stamp is not None:
            body = str(self.reload_stamp.value).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Cache-Control", "no-store")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()

    def send_error(self, code: int, message: str | None = None,
                   explain: str | None = None) -> None:
        """An unknown path gets the site's ``404.html`` (status 404), as a static host
        serves it: the app boots there and shows the page the path names, or its
        "page not found" notice."""
        page = Path(self.directory) / "404.html"
        if code != 404 or self.command not in ("GET", "HEAD") or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404, message)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command == "GET":
            self.wfile.write(body)

    def end_headers(self) -> None:
        # app.json and the app's files change under `serve`; the runtime does not.
        if "/pyodide/" not in self.path:
            self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Stamp:
    def __init__(self) -> None:
        self.value = int(time.time() * 1000)

    def bump(self) -> None:
        self.value += 1


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def make_server(root: Path, port: int, host: str = "127.0.0.1",
                stamp: _Stamp | None = None) -> http.server.HTTPServer:
    handler = type("Handler", (_Handler,), {"reload_stamp": stamp})
    return _Server((host, port), functools.partial(handler, directory=str(root)))


def _snapshot(folder: Path, skip: Iterable[Path]) -> dict[str, float]:
    stamps = {}
    for rel in [*app_files(folder, skip=skip), Path(".streamlit/config.toml"),
                Path(".streamlit/secrets.toml")]:
        try:
            stamps[str(rel)] = (folder / rel).stat().st_mtime
        except OSError:
            pass
    return stamps


def _inputs(app: Path, requirements: Path | None) -> object:
    """What the site's packages depend on: a change means resolving again."""
    from .requirements import RequirementError, gather

    try:
        found = gather(app, requirements)
    except RequirementError as exc:
        return str(exc)
    return (found.lines, found.wheels, [w.stat().st_mtime for w in found.wheels])


def _watch(app: Path, out: Path, build: dict[str, Any], stamp: _Stamp,
           stop: threading.Event) -> None:
    folder = app.parent
    before = _snapshot(folder, [out])
    inputs = _inputs(app, build.get("requirements"))
    manifest = json.loads((out / "app.json").read_text(encoding="utf-8"))
    packages = {k: manifest[k] for k in ("lock", "packages") if k in manifest}
    while not stop.wait(0.5):
        now = _snapshot(folder, [out])
        if now != before:
            before = now
            try:
                if _inputs(app, build.get("requirements")) != inputs:
                    print("wasmlit: the requirements changed, resolving them again")
                    m = build_site(app, out, **build)
                    inputs = _inputs(app, build.get("requirements"))
                    packages = {k: m[k] for k in ("lock", "packages") if k in m}
                    if m.get("resolved"):
                        print(m["resolved"])
                else:
                    write_app(app, out, packages=packages, skip=[out],
                              public_secrets=build.get("public_secrets", False))
                _add_reload(out / "index.html")
                stamp.bump()
                print(f"wasmlit: {app.name} changed, reloading the page")
            except (BuildError, OSError) as exc:
                print(f"wasmlit: rebuild failed: {exc}", file=sys.stderr)


def _add_reload(index: Path) -> None:
    text = index.read_text(encoding="utf-8")
    if RELOAD_PATH not in text:
        index.write_text(text.replace("</body>", _RELOAD_SNIPPET + "</body>"), encoding="utf-8")


def _serve_forever(server: http.server.HTTPServer, url: str, open_browser: bool) -> None:
    print(f"wasmlit: serving on {url}  (Ctrl+C to stop)", flush=True)
    if open_browser:
        threading.Timer(0.5, lambda: webbrowser.open(url)).start()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("\nwasmlit: stopped")
    finally:
        server.server_close()


def _bind(root: Path, port: int, host: str, stamp: _Stamp | None = None) -> http.server.HTTPServer:
    try:
        return make_server(root, port, host, stamp)
    except OSError as exc:
        raise BuildError(f"cannot listen on {host}:{port} ({exc.strerror}); try --port") from None


def serve(app: Path | str, *, port: int = 8501, host: str = "127.0.0.1",
          requirements: Path | str | None = None, open_browser: bool = False,
          **build: Any) -> None:
    """Build ``app`` into a temporary folder, serve it, and reload the page on changes.

    ``build`` holds :func:`wasmlit.site.build_site`'s package options (``pyodide_packages``,
    ``find_links``, ``vendor``, ``require_vendored``).
    """
    app = Path(app).resolve()
    req = Path(requirements).resolve() if requirements else None
    build = {**build, "requirements": req, "offline": False}  # no cache in the way of reloads
    with tempfile.TemporaryDirectory(prefix="wasmlit-serve-") as tmp:
        out = Path(tmp)
        manifest = build_site(app, out, **build)
        if manifest.get("resolved"):
            print(manifest["resolved"], flush=True)
        _add_reload(out / "index.html")
        if (out / "404.html").is_file():
            _add_reload(out / "404.html")
        stamp = _Stamp()
        server = _bind(out, port, host, stamp)
        stop = threading.Event()
        watcher = threading.Thread(target=_watch, args=(app, out, build, stamp, stop),
                                   daemon=True)
        watcher.start()
        try:
            _serve_forever(server, f"http://{host}:{server.server_address[1]}/", open_browser)
        finally:
            stop.set()


def demo(*, port: int = 8000, host: str = "127.0.0.1", demo_dir: Path | str | None = None,
         out: Path | str | None = None, open_browser: bool = False) -> None:
    demo_dir = Path(demo_dir) if demo_dir else default_demo_dir()
    if not demo_dir.is_dir():
        raise BuildError(f"no demo folder at {demo_dir}; pass --dir")
    with tempfile.TemporaryDirectory(prefix="wasmlit-demo-") as tmp:
        root = Path(out) if out else Path(tmp)
        names = build_demo(demo_dir, root)
        print(f"wasmlit: built {len(names)} demo apps: {', '.join(names)}")
        server = _bind(root, port, host)
        _serve_forever(server, f"http://{host}:{server.server_address[1]}/", open_browser)
