"""Build a static site for a Streamlit script (``wasmlit build``; also used by ``serve`` and ``demo``).

Stdlib only, and no import of the wasmlit runtime: building works wherever the package is
installed, with no npm (the web assets ship inside the package, in ``wasmlit/_web``).

A site is::

    index.html, wasmlit.js, assets/     the page (copied from wasmlit/_web)
    pyodide/                            the Python runtime (and micropip)
    wasmlit.zip.gz                      the wasmlit package, unpacked by the worker
    app/                                the app's folder: the script and the files beside it
    packages/                           the app's packages and the site's pyodide-lock.json
    components/                         custom components' frontends, out of those wheels
    app.json                            the manifest: entrypoint, files, lock, packages
    wasmlit-build.json, wasmlit-sw.js   every file's hash, and the service worker that caches
                                        the site for repeat and offline visits (wasmlit.offline)
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from wasmlit.site_routes import write_page_routes

from . import packing
from .offline import remove_manifest, write_manifest

PACKAGE_DIR = Path(__file__).resolve().parent
WEB_DIR = PACKAGE_DIR / "_web"
#: folders never copied from an app's folder
JUNK_DIRS = {"__pycache__", ".git", ".hg", ".svn", "node_modules", ".venv", "venv", ".env",
             ".mypy_cache", ".pytest_cache", ".ruff_cache", ".tox", ".idea", ".vscode",
             "site-packages"}
JUNK_SUFFIXES = (".pyc", ".pyo", ".swp")
JUNK_FILES = {".DS_Store", "Thumbs.db",
              "secrets.toml"}  # published only by --public-secrets (wasmlit.config.add_to_site)
#: an app folder bigger than this is almost certainly not what the user meant to ship
MAX_APP_BYTES = 200 * 1024 * 1024


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
                    ignore=shutil.ignore_patterns("bytecode.zip"))  # goes into wasmlit.zip.gz


#: never imported in the browser, so not shipped in a site's wasmlit.zip.gz
NOT_IN_BROWSER = {"cli.py", "site.py", "server.py", "prerender.py", "requirements.py",
                  "packages.py", "offline.py", "testing", "component_assets.py",
                  "precompile.py", "packing.py"}


def package_zip(dest: Path, *, bytecode: bool = False) -> None:
    """Pack the installed wasmlit package's own ``.py`` files (not ``_web``) into ``dest``, a
    site's ``wasmlit.zip.gz`` (:mod:`wasmlit.packing`: whole-archive gzip, sources slimmed
    with their line numbers kept).

    ``bytecode`` adds the hash-checked ``.pyc`` files that ``npm run build`` compiled with the
    site's own Pyodide from the same slimmed sources (``_web/bytecode.zip``, from
    ``scripts/compile-pyc.mjs``): the worker then imports wasmlit without compiling it (about
    0.1 s less at boot), for more to download (bytecode compresses worse than source). Python
    ignores a pyc whose source has changed since. See bench/NOTES.md for the figures.
    """
    files: list[tuple[str, bytes]] = []
    pycs = WEB_DIR / "bytecode.zip"
    if bytecode and pycs.is_file():
        with zipfile.ZipFile(pycs) as pyc:
            for info in pyc.infolist():
                parts = info.filename.split("/")  # wasmlit/<...>/__pycache__/<mod>.pyc
                module = parts[-1].split(".")[0] + ".py" if len(parts) == 3 else parts[1]
                if info.filename.startswith("wasmlit/") and info.filename.endswith(".pyc") \
                        and module not in NOT_IN_BROWSER:
                    files.append((info.filename, pyc.read(info)))
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        rel = path.relative_to(PACKAGE_DIR)
        if rel.parts[0] == "_web" or "__pycache__" in rel.parts \
                or rel.parts[0] in NOT_IN_BROWSER:
            continue
        files.append(((Path("wasmlit") / rel).as_posix(), packing.slim(path.read_bytes())))
    for extra in ("py.typed",):
        if (PACKAGE_DIR / extra).is_file():
            files.append((f"wasmlit/{extra}", (PACKAGE_DIR / extra).read_bytes()))
    packing.write(dest, files)


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
    return ((folder / packing.NAME).is_file() or (folder / "wasmlit.zip").is_file()) \
        and (folder / "app.json").is_file()


def _title(app: Path) -> str:
    return app.stem.replace("_", " ").strip().capitalize() or "wasmlit app"


def write_app(app: Path, out: Path, *, packages: dict | None = None,
              only_script: bool = False, skip: Iterable[Path] = (),
              prerender: bool = True, public_secrets: bool = False) -> dict:
    """Copy the app into ``out`` and write ``out/app.json``.

    ``packages`` is what :func:`resolve` found (the manifest's ``lock`` and ``packages``); the
    page boots Pyodide with them.
    """
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
    manifest: dict[str, Any] = {
        "entrypoint": app.name,
        "app_dir": "app/",
        "files": [rel.as_posix() for rel in files],
        **(packages or {}),
        "title": _title(app),
        "wasmlit": _version(),
    }
    from wasmlit import config  # .streamlit/config.toml (and secrets.toml only if told so)
    config.add_to_site(folder, out, manifest, public_secrets=public_secrets, report=_note)
    manifest["first_view"], manifest["warm_modules"] = write_first_view(
        app_out / app.name, app_out, out / "index.html", enabled=prerender)
    (out / "app.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    _set_title(out / "index.html", manifest["title"])
    return manifest


def _note(text: str) -> None:
    print(f"wasmlit: {text}", file=sys.stderr)


def resolve(app: Path, staging: Path, *, requirements: Path | None = None,
            only_script: bool = False, pyodide_packages: str | None = None,
            find_links: Sequence[Path | str] = (), vendor: bool = True,
            require_vendored: bool = False, precompile: bool = True,
            log: Callable[[str], None] | None = None):
    """Gather and resolve the app's requirements, staging the files the site ships.

    Returns a :class:`wasmlit.packages.Resolved`, or None when the app requires nothing.
    Raises :class:`BuildError` (with the package's name, the reason and what to do) when the
    requirements cannot be met in the browser.
    """
    from .requirements import RequirementError, gather

    log = log or (lambda text: print(text, file=sys.stderr))
    try:
        gathered = gather(app, requirements, only_script=only_script)
        if not gathered:
            return None
        try:
            from . import packages
        except ImportError as exc:  # pragma: no cover (a --no-deps install)
            raise BuildError(f"resolving requirements needs {exc.name}: pip install wasmlit "
                             "with its dependencies (packaging, pyodide-lock)") from None
        resolved = packages.resolve_site(
            gathered, staging, pyodide_packages=pyodide_packages,
            find_links=[Path(f) for f in find_links], vendor=vendor,
            require_vendored=require_vendored, precompile=precompile)
    except RequirementError as exc:
        raise BuildError(f"cannot build the site: {exc}") from None
    for warning in resolved.warnings:
        log(f"wasmlit: warning: {warning}")
    return resolved


FIRST_VIEW_ID = "wasmlit-first-view"
_FIRST_VIEW_RE = re.compile(r'\s*<script type="application/json" id="%s">.*?</script>' % FIRST_VIEW_ID,
                            re.S)


def write_first_view(script: Path, app_dir: Path, index: Path, *,
                     enabled: bool = True) -> tuple[str, list[str]]:
    """Prerender the script's first run into ``index.html`` (see :mod:`wasmlit.prerender`).

    Returns ``"prerendered"`` or the reason the page will show its loading view instead (the
    build prints it), and wasmlit's modules the run imported (app.json's ``warm_modules``: the
    worker imports them before it keeps a memory snapshot of Python). A site rebuilt without
    a first view loses the old one.
    """
    text = _FIRST_VIEW_RE.sub("", index.read_text(encoding="utf-8"))
    if not enabled:
        index.write_text(text, encoding="utf-8")
        index.with_name("first-view.json").unlink(missing_ok=True)
        return "not prerendered: --no-prerender", []
    from wasmlit.prerender import prerender  # runs the script in child processes

    view = prerender(script, app_dir)
    beside = index.with_name("first-view.json")  # for embedders: mount({firstView: URL})
    beside.unlink(missing_ok=True)
    if view.ok:
        data = json.dumps(view.to_json(), separators=(",", ":"), ensure_ascii=False)
        beside.write_text(data, encoding="utf-8")
        data = data.replace("<", "\\u003c")  # never ends the <script> early
        tag = f'<script type="application/json" id="{FIRST_VIEW_ID}">{data}</script>'
        text = text.replace("</body>", f"  {tag}\n</body>", 1)
    index.write_text(text, encoding="utf-8")
    return ("prerendered" if view.ok else f"not prerendered: {view.reason}"), view.modules


def _set_title(index: Path, title: str) -> None:
    text = index.read_text(encoding="utf-8")
    text = re.sub(r"<title>.*?</title>", f"<title>{html.escape(title)}</title>", text, count=1)
    index.write_text(text, encoding="utf-8")


def build_site(app: Path | str, out: Path | str, *, requirements: Path | str | None = None,
               only_script: bool = False, bytecode: bool = False,
               pyodide_packages: str | None = None, find_links: Sequence[Path | str] = (),
               vendor: bool = True, require_vendored: bool = False, precompile: bool = True,
               log: Callable[[str], None] | None = None, prerender: bool = True,
               public_secrets: bool = False, offline: bool = True) -> dict:
    """Write a self-contained static site for the script ``app`` into ``out``.

    Returns the manifest. ``only_script`` ships the script alone (the demo gallery, whose apps
    share one folder; its PEP 723 dependencies still count); ``bytecode`` ships precompiled
    wasmlit (see :func:`package_zip`); ``prerender=False`` leaves out the first view (see
    :func:`write_first_view`). The requirements are resolved first (:func:`resolve`): when
    they cannot be met, ``out`` is left as it was. ``log`` receives what the build has to say
    (default: standard error); the manifest's ``"resolved"`` key holds the report.
    ``public_secrets`` publishes ``.streamlit/secrets.toml`` (see :mod:`wasmlit.config`).
    ``offline`` lets the page cache the site for repeat and offline visits (see
    :mod:`wasmlit.offline`; ``serve`` turns it off). ``precompile`` ships the wheels that
    hold source compiled to bytecode (see :mod:`wasmlit.precompile`).
    """
    app = Path(app).resolve()
    out = Path(out).resolve()
    if not app.is_file():
        raise BuildError(f"no such script: {app}")
    if out == app.parent or out in app.parents:
        raise BuildError(f"--out {out} would overwrite the app's own folder; pick another")
    with tempfile.TemporaryDirectory(prefix="wasmlit-build-") as staging:
        resolved = resolve(app, Path(staging), requirements=Path(requirements) if requirements
                           else None, only_script=only_script, pyodide_packages=pyodide_packages,
                           find_links=find_links, vendor=vendor,
                           require_vendored=require_vendored, precompile=precompile, log=log)
        out.mkdir(parents=True, exist_ok=True)
        copy_web(out)
        for stale in ("wheels", "packages", "components"):  # from an earlier build
            if (out / stale).is_dir():
                shutil.rmtree(out / stale)
        if resolved is not None:
            from .packages import install_into

            install_into(out, resolved)
            from .component_assets import ship_component_frontends  # custom components

            ship_component_frontends(out, sorted((out / "packages").glob("*.whl")))
    (out / "wasmlit.zip").unlink(missing_ok=True)  # an older build's package
    package_zip(out / packing.NAME, bytecode=bytecode)
    manifest = write_app(app, out, packages=resolved.manifest() if resolved else None,
                         only_script=only_script, skip=[out], prerender=prerender,
                         public_secrets=public_secrets)
    write_page_routes(out, app)  # deep links: <url_path>/index.html and 404.html
    if resolved is not None:
        manifest["resolved"] = resolved.report()
    (write_manifest if offline else remove_manifest)(out)  # last: it hashes every file
    return manifest


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
