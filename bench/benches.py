"""The benchmarks. Each takes the browser (and URLs) and returns a plain dict for
results.json; run.py turns them into the table. All timing happens inside the page."""

from __future__ import annotations

import gzip
import json
import statistics
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from stats import summary

HERE = Path(__file__).resolve().parent
INPAGE = (HERE / "inpage.js").read_text(encoding="utf-8")
COLD_INIT = (HERE / "cold_init.js").read_text(encoding="utf-8")
# Counts the strings crossing postMessage between the page and its workers (UTF-16 code
# units; the protocol's JSON is ASCII, so these are bytes).
WIRE_INIT = """
(() => {
  const wire = (window.__wire = { toPage: 0, toWorker: 0, messages: 0 });
  const Base = window.Worker;
  window.Worker = class extends Base {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => {
        if (typeof e.data === 'string') { wire.toPage += e.data.length; wire.messages += 1; }
      });
    }
    postMessage(message, ...rest) {
      if (typeof message === 'string') wire.toWorker += message.length;
      return super.postMessage(message, ...rest);
    }
  };
})();
"""
BOOT_TIMEOUT_MS = 180_000
VIEWPORT = {"width": 1100, "height": 800}

FRAGMENT = ("Rerun fragment", "Fragment says it ran {n} times.", r"Fragment says it ran (\d+) times\.")
FULL = ("Rerun full app", "Full app says it ran {n} times.", r"Full app says it ran (\d+) times\.")


# ---- opening pages ---------------------------------------------------------------------------


class Opened:
    """A page in a fresh browser context (own cache), with the in-page helpers installed."""

    def __init__(self, browser: Any, url: str, *, wire: bool = False) -> None:
        self.context = browser.new_context(viewport=VIEWPORT)
        self.context.add_init_script(script=INPAGE)
        if wire:
            self.context.add_init_script(script=WIRE_INIT)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(url)
        self.page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]",
                                    timeout=BOOT_TIMEOUT_MS)
        # A built site caches itself after its first run (service worker, snapshot of Python):
        # let that finish, so that it does not run beside what is measured.
        self.page.wait_for_function(
            "() => !['pending', 'caching'].includes("
            "document.querySelector('[data-testid=stApp]')?.dataset.offline)",
            timeout=BOOT_TIMEOUT_MS, polling=100)

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)

    def click_loop(self, spec: tuple[str, str, str], n: int, gap_ms: int = 10,
                   paint: bool = True) -> list[float]:
        label, template, count_re = spec
        return self.js("([l, t, c, n, g, p]) => __bench.clickLoop(l, t, c, n, {gapMs: g, paint: p})",
                       [label, template, count_re, n, gap_ms, paint])

    def worker(self) -> Any:
        workers = [w for w in self.page.workers if "worker" in w.url]
        if not workers:
            raise RuntimeError("the page has no wasmlit worker")
        return workers[0]

    def close(self) -> None:
        self.context.close()

    def __enter__(self) -> "Opened":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# ---- 1, 2, 9: cold start, first paint, download size -----------------------------------------


def _cold_load(browser: Any, url: str, target: str,
               click: dict | None = None) -> tuple[dict, list[str]]:
    context = browser.new_context(viewport=VIEWPORT)
    try:
        setup = f"window.__coldTarget = {json.dumps(target)};\n"
        if click:
            setup += f"window.__coldClick = {json.dumps(click)};\n"
        context.add_init_script(script=setup + COLD_INIT)
        urls: list[str] = []
        # What the page and its worker fetch; not the service worker's caching of the rest of
        # the site, which starts after the first run (and, on a fast boot, inside this window).
        context.on("request", lambda r: None if r.service_worker else urls.append(r.url))
        page = context.new_page()
        page.goto(url)
        done = "window.__cold && window.__cold.text !== null"
        if click:
            done += " && window.__interactive.answered !== null"
        page.wait_for_function(done, timeout=BOOT_TIMEOUT_MS, polling=50)
        marks = page.evaluate("""() => {
            const app = document.querySelector('[data-testid=stApp]');
            // wasmlit's own marks, in ms since mount(): worker ready, first idle.
            return { ...window.__cold, ready: app ? Number(app.dataset.readyMs) : null,
                     interactive: window.__interactive ?? null };
        }""")
        origin = page.evaluate("() => performance.timeOrigin")  # navigation start
        for w in page.workers:  # resource timing inside the worker, in case events missed some
            urls += w.evaluate("() => performance.getEntriesByType('resource').map((e) => e.name)")
            if "worker" in w.url:  # the boot's steps, in ms since navigation
                boot = w.evaluate("() => ({ origin: performance.timeOrigin, "
                                  "marks: self.__wasmlit?.boot ?? {} })")
                start = boot["origin"] - origin
                marks["boot"] = {"worker started": start,
                                 **{k: start + v for k, v in boot["marks"].items()}}
        urls += page.evaluate("() => performance.getEntriesByType('resource').map((e) => e.name)")
        return marks, urls
    finally:
        context.close()


def cold_start(browser: Any, base: str, site_root: Path, reps: int) -> dict:
    """Navigation -> first app text and -> a click answered, on the prerendered seed app, and
    first text on the same app built with --no-prerender; against a bare page booting Pyodide as
    npm ships it, and the same page on the site's own runtime (its compiled stdlib), interleaved."""
    first_text, interactive, mutations, live_text, bare, fcp, progress, ready, bare_site = \
        ([] for _ in range(9))
    boot: dict[str, list[float]] = {}
    fetched: list[str] = []
    click = {"label": "Rerun full app", "answer": "Full app says it ran 2 times."}
    for i in range(reps):
        marks, urls = _cold_load(browser, f"{base}/counters/", "Fragment says it ran 1 times.",
                                 click)
        first_text.append(marks["text"])
        inter = marks["interactive"]
        interactive.append(inter["answered"])
        prev = 0.0
        for step, t in (marks.get("boot") or {}).items():  # (in boot order)
            boot.setdefault(step, []).append(t - prev)
            prev = t
        mutations.append(len(inter["mutations"]))
        fcp.append(marks["fcp"] if marks["fcp"] is not None else marks["text"])
        if i == 0:
            fetched = urls
        marks, _ = _cold_load(browser, f"{base}/counters_live/", "Fragment says it ran 1 times.")
        live_text.append(marks["text"])
        progress.append(marks["progress"])
        ready.append(marks["ready"])
        marks, _ = _cold_load(browser, f"{base}/counters/bare.html", "bare Pyodide says 1+1 = 2")
        bare.append(marks["text"])
        marks, _ = _cold_load(browser, f"{base}/counters/bare.html?runtime=pyodide",
                              "bare Pyodide says 1+1 = 2")
        bare_site.append(marks["text"])
    sb = summary(bare)
    st, si, sl = summary(first_text), summary(interactive), summary(live_text)
    return {
        "first_view_text_ms": st, "interactive_ms": si, "wasmlit_ms": sl, "bare_pyodide_ms": sb,
        "bare_site_runtime_ms": summary(bare_site),
        "first_text_ratio": st["median"] / sb["median"],
        "interactive_ratio": si["median"] / sb["median"],
        "ratio": sl["median"] / sb["median"],
        "first_run_mutations": max(mutations),
        "wasmlit_ready_since_mount_ms": summary([x for x in ready if x is not None]),
        "boot_steps_ms": {step: summary(v) for step, v in boot.items()},
        "first_paint": {"first_contentful_paint_ms": summary(fcp),
                        "boot_progress_shown_ms": summary([p for p in progress if p is not None])},
        "download": download_sizes(fetched, base, site_root / "counters"),
    }


def download_sizes(urls: list[str], base: str, site: Path) -> dict:
    """Bytes a cold load fetched, by part: raw, and gzip -9 as a static host would send them."""
    parts: dict[str, dict[str, Any]] = {}
    seen = set()
    for url in urls:
        path = urlparse(url).path
        if not url.startswith(base) or path in seen:
            continue
        seen.add(path)
        rel = path.removeprefix("/counters/") or "index.html"
        file = site / rel
        if rel.endswith("/") or not file.is_file():
            file = file / "index.html"
        if not file.is_file():
            continue
        data = file.read_bytes()
        if rel.startswith("pyodide/"):
            part = "pyodide runtime"
        elif rel in ("wasmlit.zip.gz", "wasmlit.zip"):  # the latter: sites built before
            part = "wasmlit python package"
        elif rel.startswith("app") :
            part = "app"
        else:
            part = "wasmlit js/css/html"
        entry = parts.setdefault(part, {"raw": 0, "gzip": 0, "files": []})
        entry["raw"] += len(data)
        # a .gz file is sent as it is (a host compresses it no further)
        entry["gzip"] += len(data) if rel.endswith(".gz") else len(gzip.compress(data, 9))
        entry["files"].append(rel)
    own = [parts[p]["gzip"] for p in ("wasmlit js/css/html", "wasmlit python package") if p in parts]
    return {"parts": parts, "wasmlit_own_gzip": sum(own)}


# ---- 3, 4: reruns, and the same under real Streamlit -----------------------------------------


def reruns(browser: Any, url: str, clicks: int, warmup: int, *, breakdown: bool = True) -> dict:
    with Opened(browser, url) as o:
        o.click_loop(FRAGMENT, warmup)
        frag = o.click_loop(FRAGMENT, clicks)
        o.click_loop(FULL, warmup)
        full = o.click_loop(FULL, clicks)
        out = {"fragment_ms": summary(frag), "full_ms": summary(full), "errors": o.errors}
        if breakdown:  # wasmlit only: its own trace, in clicks of their own
            out["fragment_breakdown"] = rerun_breakdown(o, FRAGMENT, clicks)
            out["full_breakdown"] = rerun_breakdown(o, FULL, clicks)
        return out


# Where a rerun's time goes, from wasmlit's own trace (web/src/client.js note(), the worker's
# note(), AppSession.marks), in the order the steps happen. Each step is the time from the
# previous event of the list to this one, in one click's window.
BREAKDOWN_STEPS = (
    ("sent", "page: click -> request posted"),
    ("in", "postMessage page -> worker"),
    ("pump", "worker: request -> pump() called"),
    ("run", "Python: pump() -> run starts (poll, decode)"),
    ("ran", "Python: the script (with the tree diff)"),
    ("posted patches", "Python: finishing -> patches posted"),
    ("arrived patches", "postMessage worker -> page (patches)"),
    ("parsed patches", "page: parse + check patches"),
    ("handled patches", "page: apply patches to the DOM"),
    ("dom", "page: -> the bench sees the text"),
)
AFTER_STEPS = (
    ("posted run-finished", "after: patches -> run-finished posted"),
    ("posted idle", "after: run-finished -> idle posted"),
)


def rerun_breakdown(o: Opened, spec: tuple[str, str, str], clicks: int) -> dict:
    """``clicks`` more clicks with wasmlit's trace on: page, worker and Python events on one
    clock (each side's ``performance.timeOrigin``; Python's ``perf_counter`` is the worker's
    ``performance.now()``), cut into the steps of :data:`BREAKDOWN_STEPS` per click."""
    worker = o.worker()
    o.js("() => { window.__wasmlitTrace = []; }")
    worker.evaluate("() => { self.__wasmlit.trace = []; }")
    worker.evaluate("() => self.__wasmlit.pyodide.runPython("
                    "'import wasmlit._pyodide_bridge as b; b._session.marks = []')")
    total = o.click_loop(spec, clicks)
    page = o.js("() => { const t = window.__wasmlitTrace; window.__wasmlitTrace = undefined; "
                "return { origin: performance.timeOrigin, t }; }")
    wtrace = worker.evaluate("() => { const t = self.__wasmlit.trace; self.__wasmlit.trace = null; "
                             "return { origin: performance.timeOrigin, t }; }")
    marks = json.loads(worker.evaluate("() => self.__wasmlit.pyodide.runPython("
                                       "'import json, wasmlit._pyodide_bridge as b; "
                                       "m = b._session.marks; b._session.marks = None; json.dumps(m)')"))
    pairs = lambda flat, origin: [(flat[i], origin + flat[i + 1]) for i in range(0, len(flat), 2)]
    page_ev = pairs(page["t"], page["origin"])
    worker_ev = pairs(wtrace["t"], wtrace["origin"])
    for name, t in marks:
        worker_ev.append((name, wtrace["origin"] + t * 1000))
    worker_ev.sort(key=lambda e: e[1])
    steps: dict[str, list[float]] = {label: [] for _, label in BREAKDOWN_STEPS + AFTER_STEPS}
    steps["click -> text (sum of the steps)"] = []
    clicks_at = [t for name, t in page_ev if name == "click"] + [float("inf")]
    for a, b in zip(clicks_at, clicks_at[1:]):
        events: dict[str, float] = {}
        last, kind = a, "?"
        for name, t in page_ev:
            if a <= t < b:
                if name == "arrived":
                    last = t
                elif name == "handled":
                    events.setdefault(f"handled {kind}", t)
                elif name in ("click", "sent", "dom"):
                    events.setdefault(name, t)
                else:  # a message type: parsed
                    kind = name
                    events.setdefault(f"arrived {kind}", last)
                    events.setdefault(f"parsed {kind}", t)
        for name, t in worker_ev:  # (the bench waits for idle between clicks)
            if a <= t < b:
                key = name if name in ("in", "pump", "pumped", "run", "ran") else f"posted {name}"
                events.setdefault(key, t)
        prev = a
        ok = all(k in events for k, _ in BREAKDOWN_STEPS)
        if not ok:
            continue
        for key, label in BREAKDOWN_STEPS:
            steps[label].append(events[key] - prev)
            prev = events[key]
        steps["click -> text (sum of the steps)"].append(events["dom"] - a)
        prev = events["posted patches"]
        for key, label in AFTER_STEPS:
            if key in events:
                steps[label].append(events[key] - prev)
                prev = events[key]
    return {"clicks": clicks, "traced": len(steps["click -> text (sum of the steps)"]),
            "click_to_text_ms": summary(total),
            "steps": {k: {**summary(v), "mean": _middle_mean(v)} for k, v in steps.items()}}


def _middle_mean(values: list[float]) -> float | None:
    """The mean of the middle 90% (the browser's clock has 0.1 ms steps, so small medians
    say little; the slowest clicks on a loaded machine would swamp a plain mean)."""
    xs = sorted(values)
    cut = len(xs) // 20
    xs = xs[cut:len(xs) - cut] if cut else xs
    return statistics.fmean(xs) if xs else None


# ---- 5: scale -------------------------------------------------------------------------------


def scale(browser: Any, base: str, sizes: tuple[int, ...], clicks: int, warmup: int) -> dict:
    out: dict[str, Any] = {}
    for n in sizes:
        with Opened(browser, f"{base}/scale_{n}/", wire=True) as o:
            o.click_loop(FRAGMENT, warmup)
            before = o.js("() => ({...window.__wire})")
            lat = o.click_loop(FRAGMENT, clicks)
            after = o.js("() => ({...window.__wire})")
            out[str(n)] = {
                "fragment_ms": summary(lat),
                "bytes_to_page_per_rerun": (after["toPage"] - before["toPage"]) / clicks,
                "bytes_to_worker_per_rerun": (after["toWorker"] - before["toWorker"]) / clicks,
                "messages_per_rerun": (after["messages"] - before["messages"]) / clicks,
            }
    lo, hi = out[str(sizes[0])], out[str(sizes[-1])]
    out["latency_ratio"] = hi["fragment_ms"]["median"] / lo["fragment_ms"]["median"]
    out["bytes_ratio"] = hi["bytes_to_page_per_rerun"] / lo["bytes_to_page_per_rerun"]
    return out


# ---- 6: churn ---------------------------------------------------------------------------------


def churn(browser: Any, base: str, reps: int) -> dict:
    label, template, count_re = FULL
    with Opened(browser, f"{base}/churn/") as o:
        o.click_loop(FULL, 2)
        counts, last, lat = [], [], []
        for _ in range(reps):
            result = o.js("""async ([label, template, countRe]) => {
                const expected = template.replace('{n}', String(__bench.readCount(countRe) + 1));
                let latency = null;
                const records = await __bench.mutationsDuring('[data-testid=stMain]', async () => {
                  const target = __bench.button(label);
                  const seen = __bench.whenText(expected);
                  const t0 = performance.now();
                  target.click();
                  latency = (await seen) - t0;
                });
                return { records, latency };
            }""", [label, template, count_re])
            counts.append(len(result["records"]))
            lat.append(result["latency"])
            last = result["records"]
        return {"mutations": summary(counts), "full_rerun_ms": summary(lat), "last_records": last}


# ---- 13: big frames ----------------------------------------------------------------------------

BIG_ROWS_JS = """(kind) => {
  const el = [...document.querySelectorAll('[data-testid=stDataFrame]')].pop();
  if (!el) return null;
  return el.querySelectorAll('.ag-grid-scrolling-container .ag-row').length; // both are AG Grid
}"""


def big_frames(browser: Any, base: str, reps: int) -> dict:
    """bench/apps/bigframe.py: click -> the first cell of a 100,000 x 10 frame on screen, for
    st.dataframe and st.data_editor (each in a fresh page); rows in the DOM after scrolling to
    the end; characters posted to the page per full rerun that leaves the frame unchanged."""
    out: dict[str, Any] = {}
    for kind, label in (("dataframe", "Show dataframe"), ("editor", "Show editor")):
        shown, dom_rows, wire = [], [], []
        for _ in range(reps):
            with Opened(browser, f"{base}/bigframe/", wire=True) as o:
                shown.append(o.js("""async (label) => {
                    const seen = __bench.whenText('first-row', 60000);
                    const t0 = performance.now();
                    __bench.button(label).click();
                    return (await seen) - t0;
                }""", label))
                o.page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]")
                o.page.mouse.move(500, 600)
                for _ in range(30):  # scroll to the end, as a user with a wheel would
                    o.page.mouse.wheel(0, 40000)
                    o.page.wait_for_timeout(30)
                    dom_rows.append(o.js(BIG_ROWS_JS, kind))
                o.click_loop(FULL, 2)
                before = o.js("() => ({...window.__wire})")
                o.click_loop(FULL, 5)
                after = o.js("() => ({...window.__wire})")
                wire.append((after["toPage"] - before["toPage"]) / 5)
        out[kind] = {"shown_ms": summary(shown), "max_dom_rows": max(r or 0 for r in dom_rows),
                     "bytes_to_page_per_unchanged_rerun": summary(wire), "errors": []}
    return out


# ---- 7: memory --------------------------------------------------------------------------------

MEMORY_PY = """
import gc, json, sys, tracemalloc
gc.collect()
json.dumps({"allocated_blocks": sys.getallocatedblocks(), "gc_objects": len(gc.get_objects()),
            "traced_bytes": tracemalloc.get_traced_memory()[0] if tracemalloc.is_tracing() else None})
"""


def _memory(o: Opened) -> dict:
    fig = json.loads(o.worker().evaluate(
        "(code) => self.__wasmlit.pyodide.runPython(code)", MEMORY_PY))
    del fig["allocated_blocks"]  # always 0: Pyodide's CPython is built without pymalloc
    fig["wasm_bytes"] = o.worker().evaluate("() => self.__wasmlit.pyodide._module.HEAP8.length")
    fig["page_js_heap"] = o.js("() => { if (window.gc) gc(); return performance.memory?.usedJSHeapSize ?? null; }")
    return fig


def memory(browser: Any, base: str, warm: int, total: int) -> dict:
    with Opened(browser, f"{base}/counters/") as o:
        o.click_loop(FRAGMENT, warm, gap_ms=0, paint=False)
        o.worker().evaluate("() => self.__wasmlit.pyodide.runPython('import tracemalloc; tracemalloc.start()')")
        start = _memory(o)
        lat = o.click_loop(FRAGMENT, total - warm, gap_ms=0, paint=False)
        end = _memory(o)
        o.worker().evaluate("() => self.__wasmlit.pyodide.runPython('import tracemalloc; tracemalloc.stop()')")
        growth = {k: (end[k] - start[k]) if isinstance(end[k], int) and isinstance(start[k], int) else None
                  for k in start}
        return {"reruns": total, "after_warmup": warm, "start": start, "end": end, "growth": growth,
                "fragment_ms_under_tracemalloc": summary(lat)}


# ---- 8: timers --------------------------------------------------------------------------------


def timers(browser: Any, base: str, seconds: float) -> dict:
    with Opened(browser, f"{base}/ticker/") as o:
        o.js("() => __bench.pause(500)")
        seen = o.js("(ms) => __bench.textChanges('Ticks: (\\\\d+)', ms)", int(seconds * 1000))
        ticks = seen[-1]["value"] - seen[0]["value"]
        span = (seen[-1]["t"] - seen[0]["t"]) / 1000
        gaps = [b["t"] - a["t"] for a, b in zip(seen, seen[1:])]
        expected = seconds / 0.1
        per_window = ticks / span * seconds if span > 0 else 0
        # Busy: a full run sleeps 1 s; ticks must not pile up and burst out afterwards.
        busy = o.js("""async () => {
            const watch = __bench.textChanges('Ticks: (\\\\d+)', 2500);
            const t0 = performance.now();
            const done = __bench.whenText('Busy run 1 done', 10000);
            __bench.button('Busy').click();
            const tEnd = await done;
            const seen = await watch;
            return { t0, tEnd, seen };
        }""")
        after = [s for s in busy["seen"] if busy["tEnd"] <= s["t"] <= busy["tEnd"] + 300]
        during = [s for s in busy["seen"] if busy["t0"] < s["t"] < busy["tEnd"]]
        burst = (after[-1]["value"] - after[0]["value"] + 1) if after else 0
        # A pile-up would show as ticks in quick succession once Python is free again: at most
        # one (the coalesced tick) may come sooner than 50 ms after the previous one.
        later = [s for s in busy["seen"] if s["t"] >= busy["tEnd"]]
        back_to_back = sum(1 for a, b in zip(later, later[1:]) if b["t"] - a["t"] < 50)
        return {
            "seconds": seconds, "ticks": ticks, "ticks_per_window": per_window,
            "expected": expected, "deviation": per_window / expected - 1,
            "interval_ms": summary(gaps),
            "busy": {"busy_ms": busy["tEnd"] - busy["t0"], "ticks_during": len(during),
                     "ticks_in_300ms_after": burst, "back_to_back_ticks_after": back_to_back},
        }


# ---- 10: packages resolved at build time vs micropip in the page ------------------------------


def packages(browser: Any, base: str, reps: int) -> dict:
    """Cold start of the pydantic app (bench/apps/models.py): the build-time lock (packages
    load with the interpreter) against micropip resolving and installing the same wheels in the
    page from a loopback index (interleaved). See sites.build_package_sites."""
    target = "validated: x=3 y=4"
    lock, pip = [], []
    for _ in range(reps):
        marks, _ = _cold_load(browser, f"{base}/pkgs_lock/", target)
        lock.append(marks["text"])
        marks, _ = _cold_load(browser, f"{base}/pkgs_micropip/", target)
        pip.append(marks["text"])
    sl, sp = summary(lock), summary(pip)
    return {"lock_ms": sl, "micropip_ms": sp, "ratio": sl["median"] / sp["median"]}


# ---- 11: repeat visits (the service worker's cache) ------------------------------------------


def _visit(context: Any, url: str, how: list) -> tuple[Any, float]:
    """Open ``url`` in ``context``; the page and ms from navigation to the live app (Python's
    first run finished: the site is prerendered, so its first text shows long before).
    Appends to ``how`` how the worker started Python (and what a snapshot cost)."""
    page = context.new_page()
    page.goto(url)
    page.wait_for_function("window.__cold && window.__cold.text !== null && window.__cold.live !== null",
                           timeout=BOOT_TIMEOUT_MS, polling=50)
    worker = next(w for w in page.workers if "worker" in w.url)
    how.append(worker.evaluate("() => ({started: self.__wasmlit.started, "
                               "snapshot_ms: self.__wasmlit.snapshotMs, boot: self.__wasmlit.boot})"))
    return page, page.evaluate("() => window.__cold.live")


def _sent(server: Any, prefix: str) -> dict[str, int]:
    """Site path -> body bytes the server sent (only responses with a body), then forget them."""
    out: dict[str, int] = {}
    for e in server.record:
        if e["bytes"] and e["path"].startswith(prefix):
            rel = e["path"][len(prefix):] or "index.html"
            out[rel] = out.get(rel, 0) + e["bytes"]
    server.record.clear()
    return out


def repeat_visits(browser: Any, root: Path, reps: int) -> dict:
    """The seed app: a first visit, a repeat visit in the same browser (cache kept), and a visit
    after a rebuild that changed one line of the app. Time from navigation to the live app
    (Python's first run done), and what the server sent (page, worker and service worker fetches)."""
    import sites  # the bench's own module (building and serving)

    target = "Fragment says it ran 1 times."
    site = root / "repeat"
    first, repeat, rebuilt = [], [], []
    how: dict[str, list] = {"first": [], "repeat": [], "rebuilt": []}
    sent: dict[str, list] = {"first": [], "caching": [], "repeat": [], "rebuilt": []}
    with sites.StaticServer(root, record=True) as server:
        url, prefix = f"{server.url}/repeat/", "/repeat/"
        for _ in range(reps):
            sites.build_repeat(site, root.parent / "apps", changed=False)
            context = browser.new_context(viewport=VIEWPORT)
            try:
                context.add_init_script(
                    script=f"window.__coldTarget = {json.dumps(target)};\n{COLD_INIT}")
                server.record.clear()
                page, ms = _visit(context, url, how["first"])
                first.append(ms)
                sent["first"].append(_sent(server, prefix))
                page.wait_for_selector("[data-testid=stApp][data-offline=ready]",
                                       timeout=BOOT_TIMEOUT_MS)
                sent["caching"].append(_sent(server, prefix))
                page.close()
                page, ms = _visit(context, url, how["repeat"])
                repeat.append(ms)
                sent["repeat"].append(_sent(server, prefix))
                page.close()
                sites.build_repeat(site, root.parent / "apps", changed=True)
                server.record.clear()
                page, ms = _visit(context, url, how["rebuilt"])
                page.get_by_text("Rebuilt.").wait_for(timeout=BOOT_TIMEOUT_MS)
                rebuilt.append(ms)
                sent["rebuilt"].append(_sent(server, prefix))
                page.close()
            finally:
                context.close()
    sf, sr, sb = summary(first), summary(repeat), summary(rebuilt)
    total = {k: summary([sum(v.values()) for v in runs]) for k, runs in sent.items()}
    return {
        "first_ms": sf, "repeat_ms": sr, "rebuilt_ms": sb,
        "ratio": sr["median"] / sf["median"], "rebuilt_ratio": sb["median"] / sf["median"],
        "bytes": total,
        "files": {k: sorted({f for v in runs for f in v}) for k, runs in sent.items()},
        "last": {k: runs[-1] for k, runs in sent.items()},
        "python_started": how,
        "snapshot_ms": summary([h["snapshot_ms"] for h in how["first"] if h["snapshot_ms"] is not None]),
    }


# ---- 12: soak ---------------------------------------------------------------------------------

# Counts the page's live timers (setTimeout not yet fired or cleared, setInterval not cleared).
TIMERS_INIT = """
(() => {
  const live = (window.__liveTimers = { timeouts: new Set(), intervals: new Set() });
  const [st, ct, si, ci] = [setTimeout, clearTimeout, setInterval, clearInterval];
  window.setTimeout = function (fn, ms, ...rest) {
    const id = st.call(window, (...a) => { live.timeouts.delete(id); if (typeof fn === 'function') fn(...a); }, ms, ...rest);
    live.timeouts.add(id);
    return id;
  };
  window.clearTimeout = (id) => { live.timeouts.delete(id); ct.call(window, id); };
  window.setInterval = function (...args) { const id = si.apply(window, args); live.intervals.add(id); return id; };
  window.clearInterval = (id) => { live.intervals.delete(id); ci.call(window, id); };
})();
"""

# One random user action on the gallery, from page script. Returns what it did, or null.
SOAK_ACTION = """([kind, r, text, skip]) => {
  const usable = (el) => !el.disabled && !el.closest('[inert]');
  const pick = (list) => (list.length ? list[Math.floor(r * list.length)] : null);
  if (kind === 'click') {
    const b = pick([...document.querySelectorAll('[data-testid=stButton] button')]
      .filter((b) => usable(b) && !skip.includes(b.textContent.trim())));
    if (!b) return null;
    b.click();
    return `click ${b.textContent.trim()}`;
  }
  if (kind === 'type') {
    const f = pick([...document.querySelectorAll('[data-testid=stTextInput] input, [data-testid=stTextArea] textarea')]
      .filter((f) => usable(f) && f.type !== 'password' && f.type !== 'email'));
    if (!f) return null;
    f.focus();
    f.value = text.slice(0, f.maxLength > 0 ? f.maxLength : undefined);
    f.dispatchEvent(new Event('input', { bubbles: true }));
    f.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    f.blur();
    return 'type';
  }
  if (kind === 'toggle') {
    const c = pick([...document.querySelectorAll('[data-testid=stCheckbox] input')].filter(usable));
    if (!c) return null;
    c.click();
    return 'toggle';
  }
  const t = pick([...document.querySelectorAll('[role=tab]')].filter(usable));
  if (!t) return null;
  t.click();
  return 'tab';
}"""

SOAK_PY = """
import gc, json, tracemalloc
gc.collect()
json.dumps({"py_traced_bytes": tracemalloc.get_traced_memory()[0] if tracemalloc.is_tracing() else 0,
            "gc_objects": len(gc.get_objects())})
"""

#: gallery buttons left out: long sleeps (they only make the soak slower) and the sticky toast,
#: which by design stays on the page until the user closes it
SOAK_SKIP = ["Think hard", "Download data", "Sticky toast"]


class _Watched(Opened):
    def __init__(self, browser: Any, url: str) -> None:
        self.context = browser.new_context(viewport=VIEWPORT)
        self.context.add_init_script(script=INPAGE)
        self.context.add_init_script(script=TIMERS_INIT)
        self.page = self.context.new_page()
        self.errors = []
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(url)
        self.page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]",
                                    timeout=BOOT_TIMEOUT_MS)
        self.cdp = self.context.new_cdp_session(self.page)

    def figures(self) -> dict:
        self.cdp.send("HeapProfiler.collectGarbage")
        dom = self.cdp.send("Memory.getDOMCounters")
        fig = json.loads(self.worker().evaluate(
            "(code) => self.__wasmlit.pyodide.runPython(code)", SOAK_PY))
        fig["wasm_bytes"] = self.worker().evaluate("() => self.__wasmlit.pyodide._module.HEAP8.length")
        fig.update(self.js("""() => ({
            page_nodes: document.getElementsByTagName('*').length,
            timeouts: __liveTimers.timeouts.size, intervals: __liveTimers.intervals.size,
            js_heap: performance.memory?.usedJSHeapSize ?? null })"""))
        fig["renderer_nodes"] = dom["nodes"]
        fig["renderer_listeners"] = dom["jsEventListeners"]
        return fig


def soak(browser: Any, base: str, actions: int, seed: int = 16) -> dict:
    """An hour of use compressed: random clicks, typing, toggles and tab switches across the
    demo gallery while a 100 ms run_every fragment ticks in a second tab. Figures are taken
    after a warm-up (a tenth of the actions), halfway and at the end; nothing may keep
    growing in the second half, and every action must be answered (the app idle again)."""
    import random
    import time

    rnd = random.Random(seed)
    kinds = ["click"] * 5 + ["type"] * 3 + ["toggle"] + ["tab"]
    with _Watched(browser, f"{base}/gallery/") as g, _Watched(browser, f"{base}/ticker/") as t:
        for o in (g, t):
            o.worker().evaluate("() => self.__wasmlit.pyodide.runPython('import tracemalloc; tracemalloc.start()')")
        samples: list[dict] = []
        ticks: list[tuple[float, int]] = []
        done: dict[str, int] = {}
        unanswered: list[str] = []
        latency: list[float] = []
        marks = {max(1, actions // 10), actions // 2, actions}
        t0 = time.monotonic()

        def tick_count() -> int:
            return int(t.js("() => __bench.readCount('Ticks: (\\\\d+)') ?? 0") or 0)

        for i in range(1, actions + 1):
            kind = rnd.choice(kinds)
            what = g.js(SOAK_ACTION, [kind, rnd.random(), f"soak {i} " + "x" * rnd.randrange(20),
                                      SOAK_SKIP])
            start = time.monotonic()
            try:
                g.js("() => __bench.idle(60000)")
            except Exception:  # an unanswered action is a finding, not a crash
                unanswered.append(f"{i}: {what}")
            latency.append((time.monotonic() - start) * 1000)
            if what:
                key = what.split(" ", 1)[0]
                done[key] = done.get(key, 0) + 1
            if i in marks:
                ticks.append((time.monotonic() - t0, tick_count()))
                samples.append({"after_actions": i, "seconds": time.monotonic() - t0,
                                "gallery": g.figures(), "ticker": t.figures()})
        for o in (g, t):
            o.worker().evaluate("() => self.__wasmlit.pyodide.runPython('import tracemalloc; tracemalloc.stop()')")
        errors = g.errors + t.errors
    warm, mid, end = samples
    growth = {page: {k: (end[page][k] - mid[page][k]) if isinstance(end[page][k], int) else None
                     for k in end[page]} for page in ("gallery", "ticker")}
    rates = [(b[1] - a[1]) / (b[0] - a[0]) for a, b in zip(ticks, ticks[1:])]
    return {"actions": actions, "seconds": time.monotonic() - t0, "done": done,
            "unanswered": unanswered, "page_errors": errors, "samples": samples,
            "second_half_growth": growth, "ticks_per_second": rates,
            "action_ms": summary(latency)}
