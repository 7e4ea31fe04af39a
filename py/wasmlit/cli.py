"""``wasmlit build | serve | demo``: turn a Streamlit script into a static site.

Stdlib only, and no import of the wasmlit runtime: the command works wherever the package is
installed, with no npm (the web assets ship inside the package, in ``wasmlit/_web``).

A site is::

    index.html, wasmlit.js, assets/     the page (copied from wasmlit/_web)
    pyodide/                            the Python runtime (and micropip)
    wasmlit.zip                         the wasmlit package, unpacked by the worker
    app/                                the app's folder: the script and the files beside it
    wheels/                             wheels named in the requirements, shipped offline
    app.json                            the manifest: entrypoint, files, requirements
    wasmlit-build.json, wasmlit-sw.js   every file's hash, and the service worker that caches
                                        the site for repeat and offline visits (wasmlit.offline)
"""

from __future__ import annotations

import argparse
import functools
import html
import http.server
import json
import os
import re
import shutil
import socketserver
import sys
import tempfile
import threading
import time
import webbrowser
import zipfile
from pathlib import Path
from typing import Iterable, Sequence

from wasmlit.offline import remove_manifest, write_manifest

PACKAGE_DIR = Path(__file__).resolve().parent
WEB_DIR = PACKAGE_DIR / "_web"
#: folders never copied from an app's folder
JUNK_DIRS = {"__pycache__", ".git", ".hg", ".svn", "node_modules", ".venv", "venv", ".env",
             ".mypy_cache", ".pytest_cache", ".ruff_cache", ".tox", ".idea", ".vscode",
             "site-packages"}
JUNK_SUFFIXES = (".pyc", ".pyo", ".swp")
JUNK_FILES = {".DS_Store", "Thumbs.db"}
#: an app folder bigger than this is almost certainly not what the user meant to ship
MAX_APP_BYTES = 200 * 1024 * 1024
RELOAD_PATH = "/__wasmlit_reload"


class BuildError(Exception):
    """A build that cannot go on; the message says what to do."""


def _version() -> str:
    text = (PACKAGE_DIR / "__init__.py").read_text(encoding="utf-8")
    m = re.search(r'^__version__\s*=\s*["\']([^"\']+)', text, re.M)
    return m.group(1) if m else "0"


# ---- pieces of a site ------------------------------------------------------------------------


def web_dir() -> Path:
    if not (WEB_DIR / "wasmlit.js").is_file():
        raise BuildError(
            f"the web assets are missing from {WEB_DIR}. In a wasmlit checkout run "
            "`npm run build` (or `make install`); a wheel of wasmlit ships them.")
    return WEB_DIR


def copy_web(out: Path) -> None:
    """Copy the page, the bundles and the Pyodide runtime into ``out``."""
    shutil.copytree(web_dir(), out, dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("bytecode.zip"))  # goes into wasmlit.zip


#: never imported in the browser, so not shipped in a site's wasmlit.zip
NOT_IN_BROWSER = {"cli.py", "offline.py", "testing"}


def package_zip(dest: Path, *, bytecode: bool = False) -> None:
    """Zip the installed wasmlit package's own ``.py`` files (not ``_web``) into ``dest``.

    ``bytecode`` adds the hash-checked ``.pyc`` files that ``npm run build`` compiled with the
    site's own Pyodide (``_web/bytecode.zip``, from ``scripts/compile-pyc.mjs``): the worker
    then imports wasmlit without compiling it (about 0.1 s less at boot), for about 130 KB
    more to download (bytecode compresses worse than source). Python ignores a pyc whose
    source has changed since. See bench/NOTES.md for the figures.
    """
    pycs = WEB_DIR / "bytecode.zip"
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        if bytecode and pycs.is_file():
            with zipfile.ZipFile(pycs) as pyc:
                for info in pyc.infolist():
                    if info.filename.startswith("wasmlit/") and info.filename.endswith(".pyc"):
                        zf.writestr(info, pyc.read(info), zipfile.ZIP_DEFLATED)
        for path in sorted(PACKAGE_DIR.rglob("*.py")):
            rel = path.relative_to(PACKAGE_DIR)
            if rel.parts[0] == "_web" or "__pycache__" in rel.parts \
                    or rel.parts[0] in NOT_IN_BROWSER:
                continue
            zf.write(path, Path("wasmlit") / rel)
        for extra in ("py.typed",):
            if (PACKAGE_DIR / extra).is_file():
                zf.write(PACKAGE_DIR / extra, Path("wasmlit") / extra)


def app_files(folder: Path, *, skip: Iterable[Path] = ()) -> list[Path]:
    """The files of an app's folder worth shipping, as paths relative to ``folder``."""
    skipped = {p.resolve() for p in skip}
    found: list[Path] = []
    total = 0
    for root, dirs, files in os.walk(folder):
        here = Path(root)
        dirs[:] = sorted(d for d in dirs if d not in JUNK_DIRS and not d.startswith(".")
                         and (here / d).resolve() not in skipped
                         and not (here / d / "pyvenv.cfg").exists()
                         and not _is_built_site(here / d))
        for name in sorted(files):
            if name in JUNK_FILES or name.endswith(JUNK_SUFFIXES) or name.startswith("."):
                continue
            path = here / name
            total += path.stat().st_size
            if total > MAX_APP_BYTES:
                raise BuildError(
                    f"{folder} holds more than {MAX_APP_BYTES // 2**20} MB: put the app in a "
                    "folder of its own (everything beside the script is shipped).")
            found.append(path.relative_to(folder))
    return found


def _is_built_site(folder: Path) -> bool:
    return (folder / "wasmlit.zip").is_file() and (folder / "app.json").is_file()


def read_requirements(path: Path) -> list[str]:
    """Requirement lines (names, specifiers or wheel paths); comments and options dropped."""
    reqs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split(" #", 1)[0].strip()
        if not line or line.startswith(("#", "-")):
            continue
        reqs.append(line)
    return reqs


def split_requirements(reqs: Sequence[str], base: Path) -> tuple[list[str], list[Path]]:
    """Names for micropip, and local wheel files to ship in the site."""
    names, wheels = [], []
    for req in reqs:
        if req.endswith(".whl") and "://" not in req:
            wheel = (base / req).resolve()
            if not wheel.is_file():
                raise BuildError(f"requirement {req!r}: no such wheel file {wheel}")
            wheels.append(wheel)
        else:
            names.append(req)
    return names, wheels


def _title(app: Path) -> str:
    return app.stem.replace("_", " ").strip().capitalize() or "wasmlit app"


def write_app(app: Path, out: Path, *, requirements: Path | None = None,
              only_script: bool = False, skip: Iterable[Path] = ()) -> dict:
    """Copy the app (and its wheels) into ``out`` and write ``out/app.json``."""
    folder = app.parent
    files = [Path(app.name)] if only_script else app_files(folder, skip=skip)
    if Path(app.name) not in files:
        files.insert(0, Path(app.name))
    app_out = out / "app"
    if app_out.exists():
        shutil.rmtree(app_out)
    for rel in files:
        dest = app_out / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(folder / rel, dest)
    if requirements and not requirements.is_file():
        raise BuildError(f"no such requirements file: {requirements}")
    req_file = requirements or (None if only_script else folder / "requirements.txt")
    reqs = read_requirements(req_file) if req_file and req_file.is_file() else []
    names, wheels = split_requirements(reqs, req_file.parent if req_file else folder)
    wheel_names = []
    if wheels:
        (out / "wheels").mkdir(exist_ok=True)
        for wheel in wheels:
            shutil.copy2(wheel, out / "wheels" / wheel.name)
            wheel_names.append(f"wheels/{wheel.name}")
    manifest = {
        "entrypoint": app.name,
        "app_dir": "app/",
        "files": [rel.as_posix() for rel in files],
        "requirements": names,
        "wheels": wheel_names,
        "title": _title(app),
        "wasmlit": _version(),
    }
    (out / "app.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    _set_title(out / "index.html", manifest["title"])
    return manifest


def _set_title(index: Path, title: str) -> None:
    text = index.read_text(encoding="utf-8")
    text = re.sub(r"<title>.*?</title>", f"<title>{html.escape(title)}</title>", text, count=1)
    index.write_text(text, encoding="utf-8")


def build_site(app: Path | str, out: Path | str, *, requirements: Path | str | None = None,
               only_script: bool = False, bytecode: bool = False, offline: bool = True) -> dict:
    """Write a self-contained static site for the script ``app`` into ``out``.

    Returns the manifest. ``only_script`` ships the script alone (the demo gallery, whose apps
    share one folder); ``bytecode`` ships precompiled wasmlit (see :func:`package_zip`);
    ``offline`` lets the page cache the site for repeat and offline visits
    (see :mod:`wasmlit.offline`; ``serve`` turns it off).
    """
    app = Path(app).resolve()
    out = Path(out).resolve()
    if not app.is_file():
        raise BuildError(f"no such script: {app}")
    if out == app.parent or out in app.parents:
        raise BuildError(f"--out {out} would overwrite the app's own folder; pick another")
    out.mkdir(parents=True, exist_ok=True)
    copy_web(out)
    package_zip(out / "wasmlit.zip", bytecode=bytecode)
    manifest = write_app(app, out, requirements=Path(requirements) if requirements else None,
                         only_script=only_script, skip=[out])
    (write_manifest if offline else remove_manifest)(out)  # last: it hashes every file
    return manifest


# ---- serving ----------------------------------------------------------------------------------

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


class _Handler(http.server.SimpleHTTPRequestHandler):
    reload_stamp: "_Stamp | None" = None
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".js": "text/javascript", ".mjs": "text/javascript",
                      ".wasm": "application/wasm", ".json": "application/json",
                      ".whl": "application/zip", ".zip": "application/zip"}

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
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

    def end_headers(self) -> None:
        # app.json and the app's files change under `serve`; the runtime does not.
        if "/pyodide/" not in self.path:
            self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
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
    for rel in app_files(folder, skip=skip):
        try:
            stamps[str(rel)] = (folder / rel).stat().st_mtime
        except OSError:
            pass
    return stamps


def _watch(app: Path, out: Path, requirements: Path | None, stamp: _Stamp,
           stop: threading.Event) -> None:
    folder = app.parent
    before = _snapshot(folder, [out])
    while not stop.wait(0.5):
        now = _snapshot(folder, [out])
        if now != before:
            before = now
            try:
                write_app(app, out, requirements=requirements, skip=[out])
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
          requirements: Path | str | None = None, open_browser: bool = False) -> None:
    """Build ``app`` into a temporary folder, serve it, and reload the page on changes."""
    app = Path(app).resolve()
    req = Path(requirements).resolve() if requirements else None
    with tempfile.TemporaryDirectory(prefix="wasmlit-serve-") as tmp:
        out = Path(tmp)
        build_site(app, out, requirements=req, offline=False)  # no cache in the way of reloads
        _add_reload(out / "index.html")
        stamp = _Stamp()
        server = _bind(out, port, host, stamp)
        stop = threading.Event()
        watcher = threading.Thread(target=_watch, args=(app, out, req, stamp, stop), daemon=True)
        watcher.start()
        try:
            _serve_forever(server, f"http://{host}:{server.server_address[1]}/", open_browser)
        finally:
            stop.set()


# ---- demo gallery ----------------------------------------------------------------------------

DEMO_DESCRIPTIONS = {
    "gallery": "Every element wasmlit renders, on one page: text, write and magic, status, "
               "layout, input widgets, choices, data, charts and media.",
    "seed_balloons": "st.fragment docs, example 1: inflating (slow, full run) and releasing "
                     "(fast, fragment run) balloons.",
    "seed_counters": "st.fragment docs, example 2: which counters move on a fragment rerun "
                     "and on a full rerun.",
    "seed_multiples": "st.fragment docs, example 3: st.rerun() from a fragment on every fifth "
                      "click, and a toast.",
    "run_every": "A fragment with run_every=\"1s\": a clock that ticks while the rest of the "
                 "app stays still.",
}


def default_demo_dir() -> Path:
    return PACKAGE_DIR.parent.parent / "demo"


def build_demo(demo_dir: Path | str, out: Path | str) -> list[str]:
    """One site per ``*.py`` in ``demo_dir``, under ``out/<name>/``, and an index page."""
    demo_dir = Path(demo_dir).resolve()
    out = Path(out).resolve()
    apps = sorted(p for p in demo_dir.glob("*.py") if not p.name.startswith("_"))
    if not apps:
        raise BuildError(f"no demo apps (*.py) in {demo_dir}")
    out.mkdir(parents=True, exist_ok=True)
    names = []
    for app in apps:
        build_site(app, out / app.stem, only_script=True)
        names.append(app.stem)
    items = "\n".join(
        f'    <li><a href="{n}/">{html.escape(n)}</a><p>{html.escape(DEMO_DESCRIPTIONS.get(n, ""))}'
        f'</p></li>' for n in names)
    (out / "index.html").write_text(f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>wasmlit demo gallery</title>
  <style>
    body {{ font-family: system-ui, sans-serif; max-width: 44rem; margin: 3rem auto; padding: 0 1rem;
           color: #31333f; line-height: 1.5; }}
    @media (prefers-color-scheme: dark) {{ body {{ background: #0e1117; color: #fafafa; }} }}
    a {{ color: #ff4b4b; font-weight: 600; font-size: 1.15rem; }}
    li {{ margin: 1rem 0; }} li p {{ margin: .2rem 0; opacity: .8; }}
  </style>
</head>
<body>
  <h1>wasmlit demo gallery</h1>
  <p>Each app is an ordinary Streamlit script running in your browser on Pyodide: no server.</p>
  <ul>
{items}
  </ul>
</body>
</html>
""", encoding="utf-8")
    return names


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


# ---- command line -----------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wasmlit", description="Streamlit apps that run entirely in the browser.")
    parser.add_argument("--version", action="version", version=f"wasmlit {_version()}")
    sub = parser.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="write a static site for a Streamlit script")
    b.add_argument("app", help="the app's script, e.g. app.py")
    b.add_argument("--out", default="site", help="output folder (default: ./site)")
    b.add_argument("--requirements", help="requirements file (default: requirements.txt "
                                          "beside the app, if any)")
    b.add_argument("--bytecode", action="store_true",
                   help="ship wasmlit precompiled: ~0.1 s faster start, ~130 KB more to download")

    s = sub.add_parser("serve", help="build, serve on 127.0.0.1 and reload on changes")
    s.add_argument("app")
    s.add_argument("--port", type=int, default=8501)
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--requirements")
    s.add_argument("--open", action="store_true", help="open a browser")

    d = sub.add_parser("demo", help="build and serve the demo gallery")
    d.add_argument("--port", type=int, default=8000)
    d.add_argument("--host", default="127.0.0.1")
    d.add_argument("--dir", help="folder of demo apps (default: the checkout's demo/)")
    d.add_argument("--out", help="keep the built gallery in this folder")
    d.add_argument("--open", action="store_true", help="open a browser")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "build":
            manifest = build_site(args.app, args.out, requirements=args.requirements,
                                  bytecode=args.bytecode)
            print(f"wasmlit: built {manifest['entrypoint']} ({len(manifest['files'])} files) "
                  f"into {Path(args.out).resolve()}")
            print(f"         try: python -m http.server -d {args.out}")
        elif args.command == "serve":
            serve(args.app, port=args.port, host=args.host, requirements=args.requirements,
                  open_browser=args.open)
        elif args.command == "demo":
            demo(port=args.port, host=args.host, demo_dir=args.dir, out=args.out,
                 open_browser=args.open)
    except BuildError as exc:
        print(f"wasmlit: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
