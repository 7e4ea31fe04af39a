"""Check that Pyodide stack switching (JSPI) works in a module Web Worker in Chromium.

Run by hand after `make install`:

    .venv/bin/python scripts/probe_jspi.py

Serves the repository root with a plain `python -m http.server` on 127.0.0.1 (no COOP/COEP
headers), opens scripts/probe/index.html in headless /usr/bin/chromium through Playwright and
prints what scripts/probe/worker.mjs found:

  a. pyodide.ffi.can_run_sync() inside runPythonAsync
  b. time.sleep(0.2) lets the worker's onmessage run during the sleep
  c. pyodide.ffi.run_sync(<Promise from a registered JS module>) works
  d. the same checks in a PyProxy function called with .callPromising()

Exits 0 when a-d all hold.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"http.server did not listen on {port}")


def probe() -> dict:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(REPO)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            page = browser.new_page()
            page.on("console", lambda m: print(f"[console.{m.type}] {m.text}", file=sys.stderr))
            page.on("pageerror", lambda e: print(f"[pageerror] {e}", file=sys.stderr))
            page.on(
                "response",
                lambda r: r.status >= 400 and print(f"[http {r.status}] {r.url}", file=sys.stderr),
            )
            page.goto(f"http://127.0.0.1:{port}/scripts/probe/index.html")
            page.wait_for_function("window.__probe !== undefined", timeout=120_000)
            result = page.evaluate("window.__probe")
            result["browser_version"] = browser.version
            browser.close()
            return result
    finally:
        server.terminate()
        server.wait()


def verdicts(result: dict) -> dict[str, bool]:
    rpa = result.get("runPythonAsync", {})
    cp = result.get("callPromising", {})
    return {
        "a. can_run_sync() in runPythonAsync": rpa.get("can_run_sync") is True,
        "b. time.sleep lets onmessage run (runPythonAsync)": rpa.get("sleep", {}).get("ok") is True,
        "c. run_sync(JS Promise) in runPythonAsync": rpa.get("run_sync", {}).get("ok") is True,
        "d. callPromising: can_run_sync, sleep, run_sync": cp.get("can_run_sync") is True
        and cp.get("sleep", {}).get("ok") is True
        and cp.get("run_sync", {}).get("ok") is True,
    }


def main() -> int:
    result = probe()
    print(json.dumps(result, indent=2))
    if "fatal" in result:
        return 2
    checks = verdicts(result)
    for name, ok in checks.items():
        print(f"{'PASS' if ok else 'FAIL'}  {name}")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
