"""Build the benchmark's static sites (with wasmlit.cli.build_site) and serve them."""

from __future__ import annotations

import functools
import hashlib
import http.server
import json
import re
import shutil
import threading
from pathlib import Path

from wasmlit.site import build_site
from wasmlit.testing.static import QuietHandler, RecordingHandler

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
APPS = HERE / "apps"
COUNTERS = ROOT / "demo" / "seed_counters.py"
GALLERY = ROOT / "demo" / "gallery.py"
SCALES = (10, 1000, 10000)
# Pyodide as npm ships it (its stdlib as source): the reference that bench 1 divides by.
NPM_PYODIDE = ROOT / "node_modules" / "pyodide"
STANDIN = ROOT / ".cache" / "pyodide-standin"  # browser wheels of pydantic (make install)
MODELS = APPS / "models.py"


def scale_script(work: Path, n: int) -> Path:
    text = (APPS / "scale.py").read_text(encoding="utf-8")
    assert "\nN = 10\n" in text
    script = work / f"scale_{n}" / "app.py"
    script.parent.mkdir(parents=True, exist_ok=True)
    script.write_text(text.replace("\nN = 10\n", f"\nN = {n}\n"), encoding="utf-8")
    return script


def build_all(out: Path) -> dict[str, Path]:
    """Every site the benchmark opens, under ``out/<name>/``. Returns name -> app script."""
    if out.exists():
        shutil.rmtree(out)
    work = out.parent / "apps"
    if work.exists():
        shutil.rmtree(work)
    scripts = {"counters": COUNTERS, "churn": APPS / "churn.py", "ticker": APPS / "ticker.py",
               "gallery": GALLERY, "bigframe": APPS / "bigframe.py"}
    for n in SCALES:
        scripts[f"scale_{n}"] = scale_script(work, n)
    for name, script in scripts.items():
        build_site(script, out / name, only_script=True)
    # The seed app as a site without its first view: the live run's first text, as before.
    build_site(COUNTERS, out / "counters_live", only_script=True, prerender=False)
    # The bare-Pyodide page sits in the counters site. It boots Pyodide as npm ships it
    # (pyodide-stock/, the reference of bench 1), or with ?runtime=pyodide the site's own copy,
    # whose stdlib holds the bytecode of the modules a page imports at boot (scripts/compile-pyc.mjs).
    for page in ("bare.html", "bare-worker.js"):
        shutil.copy(HERE / "pages" / page, out / "counters" / page)
    stock = out / "counters" / "pyodide-stock"
    stock.mkdir()
    for f in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"):
        shutil.copy(NPM_PYODIDE / f, stock / f)
    if list(STANDIN.glob("*.whl")):
        build_package_sites(out, work / "models")
    return scripts


def build_package_sites(out: Path, work: Path) -> None:
    """The pydantic app two ways (bench 10).

    ``pkgs_lock``: resolved by ``wasmlit build`` (requirements.txt says ``pydantic``); its
    packages, from a folder standing in for Pyodide's CDN (the wheels of
    scripts/pyodide-standin.txt with a lock file of their own), are in the site and load with
    the interpreter.

    ``pkgs_micropip``: what a site did before build-time resolution: the same app, with
    ``pydantic`` left to micropip in the page, which resolves and installs it from a package
    index on loopback (``pypi/simple/``, PEP 503 pages beside the site, serving the very same
    wheels). The site's Pyodide lock file loses pydantic and its dependencies, so micropip takes
    them all from that index, as it does for any package outside Pyodide's set.
    """
    from wasmlit.packages import write_base_lock

    work.mkdir(parents=True, exist_ok=True)
    shutil.copy(MODELS, work / "app.py")
    (work / "requirements.txt").write_text("pydantic\n", encoding="utf-8")
    base = work.parent / f"{work.name}_base"  # beside the app's folder, not in it (the build
    shutil.rmtree(base, ignore_errors=True)   # ships every file of that folder as the app's)
    base.mkdir()
    wheels = sorted(STANDIN.glob("*.whl"))
    for wheel in wheels:
        shutil.copy(wheel, base / wheel.name)
    write_base_lock(base)
    # Both live (no prerendered first view): the figure is when Python's own run shows.
    build_site(work / "app.py", out / "pkgs_lock", pyodide_packages=str(base),
               require_vendored=True, log=lambda text: None, prerender=False)

    site = out / "pkgs_micropip"
    build_site(work / "app.py", site, only_script=True, prerender=False)
    manifest = json.loads((site / "app.json").read_text(encoding="utf-8"))
    manifest.update(requirements=["pydantic"], index_urls=["pypi/simple"])
    (site / "app.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    lock_path = site / "pyodide" / "pyodide-lock.json"
    lock = json.loads(lock_path.read_text(encoding="utf-8"))
    names = {canonical(w.name.split("-")[0]) for w in wheels}
    lock["packages"] = {k: v for k, v in lock["packages"].items() if canonical(k) not in names}
    lock_path.write_text(json.dumps(lock), encoding="utf-8")
    files = site / "pypi" / "files"
    files.mkdir(parents=True)
    for wheel in wheels:
        shutil.copy(wheel, files / wheel.name)
        digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
        page = site / "pypi" / "simple" / canonical(wheel.name.split("-")[0]) / "index.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(f'<!doctype html><html><body><a href="../../files/{wheel.name}#sha256='
                        f'{digest}" data-requires-python="&gt;=3.9">{wheel.name}</a></body></html>\n',
                        encoding="utf-8")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


class StaticServer:
    """A plain static server on 127.0.0.1 (no COOP/COEP, no compression). With ``record``,
    ``self.record`` lists every response it sent: what the browser fetched from the network,
    its service workers' fetches included."""

    def __init__(self, root: Path, record: bool = False) -> None:
        self.record: list[dict] = []
        handler = type("Handler", (RecordingHandler,), {"record": self.record}) if record \
            else QuietHandler
        self.server = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(handler, directory=str(root)))
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> "StaticServer":
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


REBUILT_LINE = "\nst.caption('Rebuilt.')\n"


def build_repeat(out: Path, work: Path, *, changed: bool) -> None:
    """The seed app's site for the repeat-visit bench; ``changed`` rebuilds it with one more
    line in the script (so only app/seed_counters.py differs)."""
    script = work / "repeat" / COUNTERS.name
    script.parent.mkdir(parents=True, exist_ok=True)
    text = COUNTERS.read_text(encoding="utf-8")
    script.write_text(text + REBUILT_LINE if changed else text, encoding="utf-8")
    build_site(script, out, only_script=True)
