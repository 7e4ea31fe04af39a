// Module worker for scripts/probe_jspi.py. Boots Pyodide from node_modules/pyodide and checks:
//   a. pyodide.ffi.can_run_sync() inside runPythonAsync
//   b. time.sleep(0.2) inside runPythonAsync lets this worker's onmessage run during the sleep
//   c. pyodide.ffi.run_sync(<Promise from a registered JS module>) inside runPythonAsync
//   d. the same (can_run_sync, run_sync, sleep) inside a PyProxy function called with
//      .callPromising(); and, for contrast, the same function called plainly.
import { loadPyodide } from "../../node_modules/pyodide/pyodide.mjs";

const inbox = []; // pings received from the page: {n, at}
let pongCount = 0;

const host = {
  // Ask the page to post `count` pings to this worker right away.
  askForPings(count) {
    self.postMessage({ type: "please-ping", count });
  },
  received() {
    return inbox.length;
  },
  receivedBetween(t0, t1) {
    return inbox.filter((m) => m.at >= t0 && m.at <= t1).length;
  },
  clear() {
    inbox.length = 0;
  },
  now() {
    return performance.now();
  },
  // A Promise resolved after one macrotask, like wasmlit_host.yield_now().
  yieldNow() {
    return new Promise((resolve) => setTimeout(() => resolve(++pongCount), 0));
  },
  // A Promise resolved with a value after a timer.
  later(value, ms) {
    return new Promise((resolve) => setTimeout(() => resolve(value), ms));
  },
};

const PROBES = `
import time, json
import probe_host as host
from pyodide.ffi import can_run_sync, run_sync

def sleep_lets_onmessage_run(seconds=0.2, count=5):
    host.clear()
    t0 = host.now()
    host.askForPings(count)
    time.sleep(seconds)
    t1 = host.now()
    during = host.receivedBetween(t0, t1)
    return {"pings_handled_during_sleep": during, "of": count,
            "sleep_ms": round(t1 - t0, 1), "ok": during == count}

def run_sync_on_js_promise():
    try:
        value = run_sync(host.later(42, 10))
        return {"value": value, "ok": value == 42}
    except Exception as e:
        return {"error": f"{type(e).__name__}: {e}", "ok": False}

def yield_now_drains_inbox(count=3):
    # The pattern wasmlit's bridge uses: run_sync(yield_now()) until onmessage has run.
    host.clear()
    host.askForPings(count)
    turns = 0
    t0 = host.now()
    while host.received() < count and turns < 1000:
        run_sync(host.yieldNow())
        turns += 1
    return {"turns": turns, "ms": round(host.now() - t0, 1), "ok": host.received() == count}

def all_probes():
    out = {"can_run_sync": can_run_sync()}
    out["sleep"] = sleep_lets_onmessage_run()
    out["run_sync"] = run_sync_on_js_promise()
    if out["can_run_sync"]:
        out["yield_now"] = yield_now_drains_inbox()
    return json.dumps(out)
`;

async function main() {
  const t0 = performance.now();
  const pyodide = await loadPyodide({ indexURL: new URL("../../node_modules/pyodide/", import.meta.url).href });
  const bootMs = Math.round(performance.now() - t0);
  pyodide.registerJsModule("probe_host", host);
  pyodide.runPython(PROBES);

  const result = {
    boot_ms: bootMs,
    pyodide: pyodide.version,
    crossOriginIsolated: self.crossOriginIsolated,
    jspi_api: typeof WebAssembly.Suspending === "function" ? "WebAssembly.Suspending" : "none",
    userAgent: navigator.userAgent,
  };

  // a, b, c: code run by runPythonAsync.
  result.runPythonAsync = JSON.parse(await pyodide.runPythonAsync("all_probes()"));

  // d: a PyProxy function called with callPromising() (returns a Promise).
  const allProbes = pyodide.globals.get("all_probes");
  try {
    result.callPromising = JSON.parse(await allProbes.callPromising());
  } catch (e) {
    result.callPromising = { error: String(e) };
  }
  // Contrast: the same function called synchronously (no stack switching expected).
  try {
    result.plainCall = JSON.parse(allProbes());
  } catch (e) {
    result.plainCall = { error: String(e) };
  }
  // runPython (sync) for completeness.
  result.runPython_can_run_sync = pyodide.runPython("can_run_sync()");
  allProbes.destroy();
  self.postMessage({ type: "result", result });
}

self.onmessage = (event) => {
  const msg = event.data;
  if (msg.type === "ping") {
    inbox.push({ n: msg.n, at: performance.now() });
  } else if (msg.type === "start") {
    main().catch((e) => self.postMessage({ type: "result", result: { fatal: String(e && e.stack || e) } }));
  }
};
