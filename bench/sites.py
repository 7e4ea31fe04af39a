"""Build the benchmark's static sites (with wasmlit.cli.build_site) and serve them."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path
from typing import ClassVar

from wasmlit.site import build_site

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
APPS = HERE / "apps"
COUNTERS = ROOT / "demo" / "seed_counters.py"
GALLERY = ROOT / "demo" / "gallery.py"
SCALES = (10, 1000, 10000)


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
               "gallery": GALLERY}
    for n in SCALES:
        scripts[f"scale_{n}"] = scale_script(work, n)
    for name, script in scripts.items():
        build_site(script, out / name, only_script=True)
    # The seed app as a site without its first view: the live run's first text, as before.
    build_site(COUNTERS, out / "counters_live", only_script=True, prerender=False)
    # The bare-Pyodide page sits in the counters site, so it loads the very same runtime files.
    for page in ("bare.html", "bare-worker.js"):
        shutil.copy(HERE / "pages" / page, out / "counters" / page)
    return scripts


class _Quiet(http.server.SimpleHTTPRequestHandler):
    extensions_map: ClassVar[dict[str, str]] = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm"}

    def log_message(self, format: str, *args: object) -> None:
        pass


class StaticServer:
    """A plain static server on 127.0.0.1 (no COOP/COEP, no compression)."""

    def __init__(self, root: Path) -> None:
        self.server = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> "StaticServer":
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
