"""Where does a rerun's time go? `python bench/profile.py [site] [clicks] [button]`

Builds the benchmark sites (from the current web build) and opens one, then:
1. a message timeline in the page: click -> request posted -> each message back -> DOM change,
   as medians over the clicks;
2. cProfile inside the worker around the bridge's pump() for the same clicks (top functions);
3. a Chromium trace of the clicks: what the page's main thread did between each click and its
   DOM change (style, layout, message handling...), per click.
"""

from __future__ import annotations

import collections
import json
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "py")]

import benches
import sites
from run import CACHE, CHROMIUM, CHROMIUM_ARGS

TIMELINE_INIT = """
(() => {
  const log = (window.__timeline = []);
  const Base = window.Worker;
  window.Worker = class extends Base {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => {
        let type = '?';
        try { type = String(e.data).split('\n').map((l) => JSON.parse(l).type).join('+'); } catch {}
        log.push({ t: performance.now(), dir: 'in', type, bytes: String(e.data).length });
      });
    }
    postMessage(m, ...rest) {
      log.push({ t: performance.now(), dir: 'out', type: 'request', bytes: String(m).length });
      return super.postMessage(m, ...rest);
    }
  };
})();
"""

PROFILE_ON = """
import cProfile, wasmlit._pyodide_bridge as b
_prof = cProfile.Profile()
if not hasattr(b, '_orig_pump'):
    b._orig_pump = b.pump
def _pump():
    _prof.enable()
    try:
        b._orig_pump()
    finally:
        _prof.disable()
b.pump = _pump
"""
PROFILE_OFF = """
import io, pstats
b.pump = b._orig_pump
s = io.StringIO()
pstats.Stats(_prof, stream=s).sort_stats('cumulative').print_stats(28)
s2 = io.StringIO()
pstats.Stats(_prof, stream=s2).sort_stats('tottime').print_stats(20)
s.getvalue() + s2.getvalue()
"""


def main() -> None:
    from playwright.sync_api import sync_playwright

    site = sys.argv[1] if len(sys.argv) > 1 else "scale_10000"
    clicks = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    spec = benches.FULL if (len(sys.argv) > 3 and sys.argv[3] == "full") else benches.FRAGMENT
    root = CACHE / "sites"
    sites.build_all(root)  # always from this checkout's current web build
    with sites.StaticServer(root) as server, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        ctx = browser.new_context()
        ctx.add_init_script(script=benches.INPAGE)
        ctx.add_init_script(script=TIMELINE_INIT)
        page = ctx.new_page()
        page.goto(f"{server.url}/{site}/")
        page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]",
                               timeout=benches.BOOT_TIMEOUT_MS)
        label, template, count_re = spec
        run = lambda n: page.evaluate("([l, t, c, n]) => __bench.clickLoop(l, t, c, n)",
                                      [label, template, count_re, n])
        run(5)
        steps: dict[str, list[float]] = {}
        for _ in range(clicks):
            page.evaluate("() => { window.__timeline.length = 0; }")
            lat = run(1)[0]
            tl = page.evaluate("() => window.__timeline")
            t0 = tl[0]["t"]
            steps.setdefault("click -> DOM change", []).append(lat)
            for i, e in enumerate(tl):
                key = f"{i:02d} {e['dir']} {e['type']} ({e['bytes']} B)"
                steps.setdefault(key, []).append(e["t"] - t0)
        print(f"{site}: medians over {clicks} clicks, ms after the request was posted")
        for k, v in sorted(steps.items()):
            print(f"  {k:45s} {statistics.median(v):8.2f}  (n={len(v)})")
        worker = [w for w in page.workers if "worker" in w.url][0]
        worker.evaluate("(c) => self.__wasmlit.pyodide.runPython(c)", PROFILE_ON)
        run(clicks)
        print(worker.evaluate("(c) => self.__wasmlit.pyodide.runPython(c)", PROFILE_OFF))
        page.evaluate("() => { window.__benchMarks = true; }")
        browser.start_tracing(page=page, categories=[
            "devtools.timeline", "disabled-by-default-devtools.timeline", "blink.user_timing"])
        run(clicks)
        main_thread_in_windows(json.loads(browser.stop_tracing())["traceEvents"])
        browser.close()


def main_thread_in_windows(events: list[dict]) -> None:
    """Sum the renderer main thread's trace events that overlap each click -> DOM window."""
    threads = {(e["pid"], e["tid"]): e["args"].get("name") for e in events
               if e.get("name") == "thread_name"}
    main = {k for k, v in threads.items() if v == "CrRendererMain"}
    marks = sorted((e["ts"], e["name"]) for e in events if e.get("name", "").startswith("bench:"))
    clicks = [t for t, n in marks if n == "bench:click"]
    doms = [t for t, n in marks if n == "bench:dom"]
    windows = list(zip(clicks, doms))
    spans = [e for e in events if (e.get("pid"), e.get("tid")) in main and e.get("ph") == "X"
             and "dur" in e]
    total: collections.Counter = collections.Counter()
    count: collections.Counter = collections.Counter()
    for a, b in windows:
        for e in spans:
            if e["ts"] < b and e["ts"] + e["dur"] > a:
                total[e["name"]] += (min(b, e["ts"] + e["dur"]) - max(a, e["ts"])) / 1000
                count[e["name"]] += 1
    if not windows:
        print("no click windows in the trace")
        return
    print(f"main thread during click -> DOM ({len(windows)} clicks, median window "
          f"{statistics.median((b - a) / 1000 for a, b in windows):.2f} ms), ms per click:")
    for name, ms in total.most_common(15):
        print(f"  {name:45s} {ms / len(windows):7.2f}  (in {count[name]} spans)")


if __name__ == "__main__":
    main()
