"""Differential harness: every small app in ``diff_apps.py`` runs under real Streamlit 1.67 (its
own server on loopback) and under wasmlit (a built site), both in the same Chromium, and what
a user sees is compared element by element, before and after the app's scripted steps.

What is compared, per leaf ``stElementContainer`` in document order (main area, sidebar and
bottom; dialogs and toasts are not part of it yet): the region it is in, the ``data-testid``
of the element inside it, its visible text (``innerText``) and the values of its inputs (text,
checked state, slider position, combobox text).

Normalised, because they differ by design and not in what a user reads:
- runs of whitespace in text collapse to one space (the two renderers lay text out with
  different markup);
- Material Symbols count as icons, not text: Streamlit's icon is a font ligature whose
  characters are the icon's name, wasmlit's span holds no text (both show the same glyph), so
  icon elements are hidden while reading text and counted instead;
- a leaf container that holds no element with a test id, no text and no input is dropped
  (Streamlit keeps empty placeholders for spacing).

Speed: one Streamlit server runs every app (``dispatcher.py`` reads ``?app=<name>``), and one
wasmlit page mounts one app after another (``pages/diff_host.html``); one browser context per
side. The Streamlit 1.67 used comes from ``$WASMLIT_ST167`` or ``.cache/st167`` (``make
install`` creates it); without it the test is skipped unless ``WASMLIT_REQUIRE_ST167=1``.

An app that differs is a bug to fix, or an entry in ``KNOWN_DIFFERENCES`` with the reason.
The test also fails when a known difference no longer differs, so the list only shrinks.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
import time
import urllib.request
from pathlib import Path
from typing import Any, Iterator

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
from diff_apps import APPS

RUN_TIMEOUT_MS = 30_000
REPORT = ROOT / ".cache" / "diff-report.json"  # (pytest-playwright empties test-results/)

#: app -> why wasmlit's page differs from Streamlit's today. Remove an entry when it is fixed
#: (the test says so).
KNOWN_DIFFERENCES: dict[str, str] = {
    # harness gaps (to fix in the harness, not in wasmlit)
    "markdown_material_icon": "Streamlit's icon inside markdown has no test id, so the harness "
                              "reads its ligature text ('home'); the normalisation misses it",
    "pills": "the harness's click by role=button and name does not reach Streamlit's pill",
    "segmented_control": "as pills",
    # wasmlit differs (to fix)
    "datetime_input": "wasmlit's field is one text box typed in the format (plus a calendar "
                      "button with the browser's date-time picker); Streamlit's is segmented "
                      "date and time parts",
    "date_input": "a different field: wasmlit shows a calendar glyph and a second input, "
                  "Streamlit one input reading 2024-05-17",
    "time_input": "Streamlit's time field is a combobox of segments, not an input with a value",
    "color_picker": "the same swatch, but wasmlit's is the browser's colour input (the "
                    "harness reads its value); Streamlit's is a button opening its own popover",
    "data_editor_dict": "wasmlit's editor is a DOM grid (its cells are text) with no "
                        "stFullScreenFrame around it; Streamlit 1.67 draws the cells on a canvas "
                        "inside a stFullScreenFrame, so the harness reads no text there",
    # wasmlit differs on purpose
    "pdf_bytes": "Streamlit 1.67's st.pdf is the streamlit-pdf package's v2 component "
                 "(stBidiComponentIsolated, and an error without that package); wasmlit draws "
                 "the pages itself with pdf.js in a stPdf element",
    "graphviz_error": "wasmlit shows Graphviz's syntax error in the chart's place; Streamlit "
                      "1.67 leaves the frame empty (the error only reaches the console)",
}

SNAPSHOT_JS = """
() => {
  const app = document.querySelector('[data-testid=stApp]');
  if (!app) return null;
  if (!document.getElementById('diff-norm')) {
    const style = document.createElement('style');
    style.id = 'diff-norm';
    style.textContent = '[data-testid=stIconMaterial] { display: none !important; }';
    document.head.append(style);
  }
  const region = (el) => el.closest('[data-testid=stSidebar]') ? 'sidebar'
    : el.closest('[data-testid=stBottom]') ? 'bottom' : 'main';
  const leaves = [...app.querySelectorAll('[data-testid=stElementContainer]')]
    .filter((c) => !c.querySelector('[data-testid=stElementContainer]'))
    .filter((c) => !c.closest('[role=dialog], [data-testid=stToast]'));
  const out = [];
  for (const c of leaves) {
    const inner = c.querySelector('[data-testid]');
    const text = (c.innerText || '').replace(/\\s+/g, ' ').trim();
    const values = [];
    for (const el of c.querySelectorAll('input, textarea, [role=slider]')) {
      if (el.type === 'hidden' || el.type === 'file') continue;
      if (el.getAttribute('role') === 'slider' && el.tagName !== 'INPUT') {
        values.push(`slider=${el.getAttribute('aria-valuenow')}`);
      } else if (el.type === 'range') {
        values.push(`slider=${el.value}`);
      } else if (el.type === 'checkbox' || el.type === 'radio') {
        values.push(el.checked ? 'on' : 'off');
      } else {
        values.push(`value=${el.value}`);
      }
    }
    const icons = c.querySelectorAll('[data-testid=stIconMaterial]').length;
    if (icons) values.push(`icons=${icons}`);
    if (!inner && !text && !values.length) continue;
    out.push({ region: region(c), testid: inner ? inner.dataset.testid : '', text, values });
  }
  return out;
}
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _streamlit() -> Path | None:
    candidates = [os.environ.get("WASMLIT_ST167"), str(ROOT / ".cache" / "st167")]
    for c in candidates:
        if c and (Path(c) / "bin" / "streamlit").exists():
            return Path(c) / "bin" / "streamlit"
    return None


@pytest.fixture(scope="module")
def streamlit_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    exe = _streamlit()
    if exe is None:
        if os.environ.get("WASMLIT_REQUIRE_ST167") == "1":
            pytest.fail("Streamlit 1.67 is missing: run `make install` (it makes .cache/st167)")
        pytest.skip("Streamlit 1.67 is not installed (.cache/st167); `make install` makes it")
    port = _free_port()
    home = tmp_path_factory.mktemp("st-home")
    log = open(home / "streamlit.log", "wb")
    env = {**os.environ, "WASMLIT_DIFF_APPS": str(HERE / "diff_apps.py"), "HOME": str(home),
           "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    proc = subprocess.Popen(
        [str(exe), "run", str(HERE / "dispatcher.py"), "--server.headless", "true",
         "--server.address", "127.0.0.1", "--server.port", str(port),
         "--server.fileWatcherType", "none", "--server.runOnSave", "false",
         "--global.developmentMode", "false", "--client.toolbarMode", "minimal"],
        env=env, cwd=home, stdout=subprocess.DEVNULL, stderr=log, stdin=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.read().strip() == b"ok":
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("streamlit did not start: "
                                   + (home / "streamlit.log").read_text(errors="replace"))
            time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
        log.close()


def _settle(page: Any, *, may_lag: bool) -> list[dict[str, Any]]:
    """Wait until no run is going and the page's elements stop changing; return them."""
    # a user's action flips the state to running at once in wasmlit; Streamlit answers over
    # the websocket (``may_lag``), so give it a moment to start before waiting for the end
    if may_lag:
        try:
            page.wait_for_selector("[data-testid=stApp][data-test-script-state=running]",
                                   timeout=400)
        except Exception:  # the run may already be over
            pass
    page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]",
                           timeout=RUN_TIMEOUT_MS)
    last = page.evaluate(SNAPSHOT_JS)
    deadline = time.monotonic() + 5
    while True:
        page.wait_for_timeout(250)
        now = page.evaluate(SNAPSHOT_JS)
        loading = any(e["testid"] == "stSkeleton" for e in now or [])  # lazy parts coming
        # wasmlit's Plotly charts, maps and diagrams while their library is still loading
        loading = loading or page.evaluate(
            "() => !!document.querySelector('.wl-plotly:not([data-rendered]), "
            ".wl-deck:not([data-rendered]), .wl-diagram:not([data-rendered])')")
        if now == last and not loading and (now or time.monotonic() > deadline):
            return now or []
        if time.monotonic() > deadline + 5:
            return now or []
        last = now


def _step(page: Any, step: tuple[str, ...]) -> None:
    kind, *args = step
    app = page.locator("[data-testid=stApp]")
    if kind == "click":
        app.get_by_role("button", name=args[0], exact=True).first.click()
    elif kind == "fill":
        field = app.get_by_label(args[0], exact=True).or_(app.get_by_placeholder(args[0]))
        field.first.fill(args[1])
        field.first.press("Enter")
    elif kind == "area":
        field = app.get_by_label(args[0], exact=True).first
        field.fill(args[1])
        field.press("Control+Enter")
    elif kind == "text":
        app.get_by_text(args[0], exact=True).first.click()
    elif kind == "tab":
        app.get_by_role("tab", name=args[0], exact=True).click()
    elif kind == "select":
        app.get_by_role("combobox", name=args[0]).first.click()
        page.get_by_role("option", name=args[1], exact=True).first.click()
        page.keyboard.press("Escape")
    elif kind == "key":
        app.get_by_role(args[0]).first.press(args[1])
    else:
        raise ValueError(f"unknown step {step!r}")


def _run(page: Any, open_app: Any, name: str, *, may_lag: bool) -> list[Any]:
    """Snapshots before and after each step; a failed step is recorded as such."""
    open_app(name)
    shots: list[Any] = [_settle(page, may_lag=may_lag)]
    for step in APPS[name].steps:
        try:
            _step(page, step)
        except Exception as exc:  # a step the page cannot take is a difference too
            shots.append({"step failed": list(step), "error": str(exc).splitlines()[0]})
            break
        shots.append(_settle(page, may_lag=may_lag))
    return shots


def _first_difference(ours: list[Any], theirs: list[Any]) -> str | None:
    for i, (a, b) in enumerate(zip(ours, theirs)):
        if a == b:
            continue
        when = "at load" if i == 0 else f"after step {i}"
        if not isinstance(a, list) or not isinstance(b, list):
            return f"{when}: wasmlit {a!r} / streamlit {b!r}"
        for j in range(max(len(a), len(b))):
            x = a[j] if j < len(a) else None
            y = b[j] if j < len(b) else None
            if x != y:
                return f"{when}, element {j}: wasmlit {x} / streamlit {y}"
    if len(ours) != len(theirs):
        return f"{len(ours)} snapshots for wasmlit, {len(theirs)} for streamlit"
    return None


BLANK = "__blank__"


def _wasmlit_dispatcher(name_url: str) -> str:
    """wasmlit's side of dispatcher.py: one worker runs every app, one after another. Each run
    reads the current app's name over a synchronous request (the harness writes the file);
    the blank app clears the session state, and draws nothing, so the widgets of the app
    before are gone before the next app runs."""
    sources = {name: case.source for name, case in APPS.items()}
    return textwrap.dedent(f"""
        import random
        import streamlit as st
        from pyodide.http import open_url
        _name = open_url({name_url!r} + "?" + str(random.random())).read().strip()
        if _name == {BLANK!r}:
            st.session_state.clear()
        else:
            _source = {sources!r}[_name]
            exec(compile(_source, _name + ".py", "exec"), {{"__name__": "__main__"}})
    """)


def test_wasmlit_shows_what_streamlit_shows(chromium: Any, server_url: str, site_root: Path,
                                            streamlit_url: str) -> None:
    only = os.environ.get("WASMLIT_DIFF_ONLY")
    names = [n for n in APPS if not only or n in only.split(",")]
    theirs_ctx = chromium.new_context(viewport={"width": 1100, "height": 800})
    ours_ctx = chromium.new_context(viewport={"width": 1100, "height": 800})
    theirs_page, ours_page = theirs_ctx.new_page(), ours_ctx.new_page()
    current = site_root / "seed_counters" / "diff_current.txt"
    current.write_text(BLANK)
    ours_page.goto(f"{server_url}/seed_counters/diff_host.html")
    ours_page.wait_for_function("window.wasmlitHostReady === true")
    ours_page.evaluate("(code) => window.wasmlitMount(code)",
                       _wasmlit_dispatcher(f"{server_url}/seed_counters/diff_current.txt"))
    ours_page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]",
                                timeout=90_000)

    def open_theirs(name: str) -> None:
        theirs_page.goto(f"{streamlit_url}/?app={name}")
        theirs_page.wait_for_selector("[data-testid=stApp]", timeout=RUN_TIMEOUT_MS)

    def open_ours(name: str) -> None:
        for which in (BLANK, name):  # a run that draws nothing, then the app: a clean slate
            current.write_text(which)
            ours_page.evaluate("() => window.wasmlitRerun()")
            ours_page.wait_for_selector(
                "[data-testid=stApp][data-test-script-state=notRunning]", timeout=RUN_TIMEOUT_MS)

    report: dict[str, Any] = {}
    timings = {"streamlit": 0.0, "wasmlit": 0.0}
    try:
        for name in names:
            t0 = time.monotonic()
            b = _run(theirs_page, open_theirs, name, may_lag=True)
            t1 = time.monotonic()
            a = _run(ours_page, open_ours, name, may_lag=False)
            timings["streamlit"] += t1 - t0
            timings["wasmlit"] += time.monotonic() - t1
            report[name] = {"difference": _first_difference(a, b), "wasmlit": a, "streamlit": b}
    finally:
        theirs_ctx.close()
        ours_ctx.close()
        REPORT.parent.mkdir(exist_ok=True)
        REPORT.write_text(json.dumps({"timings_s": timings, "apps": report}, indent=1,
                                     ensure_ascii=False))
    differ = {n: r["difference"] for n, r in report.items() if r["difference"]}
    new = {n: d for n, d in differ.items() if n not in KNOWN_DIFFERENCES}
    fixed = [n for n in KNOWN_DIFFERENCES if n in report and n not in differ]
    problems = [f"{n}: {d}" for n, d in new.items()]
    problems += [f"{n}: no longer differs; remove it from KNOWN_DIFFERENCES" for n in fixed]
    assert not problems, (f"{len(problems)} problem(s), details in {REPORT}:\n"
                          + "\n".join(problems))
