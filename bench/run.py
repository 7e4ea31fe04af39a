"""`make bench`: wasmlit's benchmarks in headless Chromium against built static sites.

Prints a table (median and p95) and writes bench/results.json. See bench/README.md.
Environment: BENCH_QUICK=1 for a short run, BENCH_ONLY=cold,reruns,... to pick benchmarks,
WASMLIT_CHROMIUM for another Chromium binary.
"""

from __future__ import annotations

import datetime
import json
import os
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT / "py")]  # this checkout's wasmlit, not an installed one

import benches
import sites
import streamlit_env
from stats import fmt, table

CHROMIUM = os.environ.get("WASMLIT_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--js-flags=--expose-gc"]
CACHE = ROOT / ".cache" / "bench"
ALL = ("cold", "reruns", "streamlit", "scale", "churn", "memory", "timers", "packages", "repeat",
       "soak", "bigframe")

QUICK = os.environ.get("BENCH_QUICK", "") not in ("", "0")
REPS = {
    # cold loads per page, clicks per rerun figure, warm-up clicks, churn reruns,
    # memory (warm-up reruns, total reruns), timer window in seconds
    "cold": 2 if QUICK else 7,
    "clicks": 20 if QUICK else 100,
    "warmup": 3 if QUICK else 10,
    "churn": 3 if QUICK else 20,
    "memory": (200, 1000) if QUICK else (1000, 10000),
    "timer_s": 3.0 if QUICK else 10.0,
    "repeat": 2 if QUICK else 5,  # browsers, each: first visit, repeat visit, visit after a rebuild
    "soak": 150 if QUICK else 400,  # random actions on the gallery
    "bigframe": 1 if QUICK else 3,  # fresh pages per kind (st.dataframe, st.data_editor)
}
KB = 1024
MB = 1024 * 1024


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}"


def chromium_version(browser) -> str:
    return browser.version


def run(only: tuple[str, ...]) -> dict:
    from playwright.sync_api import sync_playwright

    results: dict = {}
    t_start = time.monotonic()
    print(f"bench: building sites into {CACHE / 'sites'}", flush=True)
    scripts = sites.build_all(CACHE / "sites")
    with sites.StaticServer(CACHE / "sites") as server, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        results["chromium"] = chromium_version(browser)
        base = server.url

        def step(name: str, fn):
            if name not in only:
                return
            print(f"bench: {name} ...", flush=True)
            t0 = time.monotonic()
            try:
                results[name] = fn()
            except Exception as exc:  # one failed benchmark must not hide the others
                results[name] = {"error": f"{type(exc).__name__}: {exc}"}
                print(f"bench: {name} failed: {exc}", flush=True)
            print(f"bench: {name} took {time.monotonic() - t0:.0f} s", flush=True)

        step("cold", lambda: benches.cold_start(browser, base, CACHE / "sites", REPS["cold"]))
        step("reruns", lambda: benches.reruns(browser, f"{base}/counters/", REPS["clicks"],
                                              REPS["warmup"]))
        step("streamlit", lambda: run_streamlit(browser, scripts["counters"]))
        step("scale", lambda: benches.scale(browser, base, sites.SCALES, REPS["clicks"],
                                            REPS["warmup"]))
        step("churn", lambda: benches.churn(browser, base, REPS["churn"]))
        step("memory", lambda: benches.memory(browser, base, *REPS["memory"]))
        step("timers", lambda: benches.timers(browser, base, REPS["timer_s"]))
        step("packages", lambda: benches.packages(browser, base, REPS["cold"]))
        step("repeat", lambda: benches.repeat_visits(browser, CACHE / "sites", REPS["repeat"]))
        step("soak", lambda: benches.soak(browser, base, REPS["soak"]))
        step("bigframe", lambda: benches.big_frames(browser, base, REPS["bigframe"]))
        browser.close()
    results["total_seconds"] = time.monotonic() - t_start
    return results


def run_streamlit(browser, script: Path) -> dict:
    python = streamlit_env.ensure_venv(CACHE)
    with streamlit_env.StreamlitServer(python, script) as st:
        out = benches.reruns(browser, st.url, REPS["clicks"], REPS["warmup"], breakdown=False)
    out["version"] = streamlit_env.STREAMLIT_VERSION
    return out


# ---- the table ----------------------------------------------------------------------------------


def verdict(ok: bool | None) -> str:
    return "-" if ok is None else ("yes" if ok else "NO")


def rows(r: dict) -> list[tuple[str, str, str, str, str]]:
    out: list[tuple[str, str, str, str, str]] = []

    def dist(name: str, s: dict, unit: str, target: str = "", ok: bool | None = None) -> None:
        out.append((name, fmt(s["median"], unit), fmt(s["p95"], unit), target, verdict(ok)))

    def one(name: str, value: object, unit: str = "", target: str = "", ok: bool | None = None) -> None:
        out.append((name, fmt(value, unit), "", target, verdict(ok)))

    def failed(name: str) -> bool:
        if name in r and "error" in r[name]:
            out.append((f"{name}: FAILED", "", "", r[name]["error"][:60], "NO"))
            return True
        return name not in r

    if not failed("cold"):
        c = r["cold"]
        dist("1. cold start: first view's text (prerendered)", c["first_view_text_ms"], "ms")
        dist("1. cold start: a click answered (interactive)", c["interactive_ms"], "ms")
        dist("1. cold start: live first run's text (--no-prerender)", c["wasmlit_ms"], "ms")
        dist("1. cold start: bare Pyodide, 1+1 (npm's files: the reference)", c["bare_pyodide_ms"], "ms")
        if "bare_site_runtime_ms" in c:
            dist("1. cold start: bare Pyodide, 1+1, on the site's runtime (compiled stdlib)",
                 c["bare_site_runtime_ms"], "ms")
        dist("1. wasmlit: worker ready, since mount()", c["wasmlit_ready_since_mount_ms"], "ms")
        if c.get("boot_steps_ms"):
            one("1. boot of the prerendered seed app, step by step (from the step before)", "")
            names = {"worker started": "navigation -> worker started",
                     "python started": "Pyodide loaded (interpreter started)",
                     "wasmlit unpacked": "wasmlit.zip.gz unpacked",
                     "app files written": "app files written",
                     "packages loaded": "packages checked / installed",
                     "wasmlit imported": "import wasmlit",
                     "ready": "session created, ready posted",
                     "first idle": "first run, to idle"}
            for step, sv in c["boot_steps_ms"].items():
                dist(f"   {names.get(step, step)}", sv, "ms")
        one("1. first text / bare Pyodide (medians)", c["first_text_ratio"], "", "<= 0.1",
            c["first_text_ratio"] <= 0.1)
        one("1. interactive / bare Pyodide (medians)", c["interactive_ratio"], "", "<= 1.0",
            c["interactive_ratio"] <= 1.0)
        one("1. live first text / bare Pyodide (medians)", c["ratio"], "", "<= 1.15",
            c["ratio"] <= 1.15)
        one("1. DOM mutations in stMain when Python's first run matches", c["first_run_mutations"],
            "", "0", c["first_run_mutations"] == 0)
        fp = c["first_paint"]
        s = fp["first_contentful_paint_ms"]
        dist("2. first paint (first contentful paint)", s, "ms", "<= 300 ms", s["median"] <= 300)
        dist("2. boot progress on screen", fp["boot_progress_shown_ms"], "ms")
    if not failed("reruns"):
        f, u = r["reruns"]["fragment_ms"], r["reruns"]["full_ms"]
        ok = lambda s: s["median"] <= 5 and s["p95"] <= 15
        dist("3. fragment rerun (click -> DOM)", f, "ms", "med <= 5, p95 <= 15 ms", ok(f))
        dist("3. full rerun (click -> DOM)", u, "ms", "med <= 5, p95 <= 15 ms", ok(u))
        for kind in ("fragment", "full"):
            b = r["reruns"].get(f"{kind}_breakdown")
            if not b:
                continue
            one(f"3. {kind} rerun, traced: {b['traced']} of {b['clicks']} clicks, steps (mean of the middle 90%)",
                "")
            for label, sv in b["steps"].items():
                if sv["n"]:
                    out.append((f"   {label}", fmt(sv["mean"], "ms"), fmt(sv["p95"], "ms"), "", ""))
    if not failed("streamlit"):
        s = r["streamlit"]
        dist(f"4. Streamlit {s['version']} fragment rerun", s["fragment_ms"], "ms")
        dist(f"4. Streamlit {s['version']} full rerun", s["full_ms"], "ms")
        if "reruns" in r and "error" not in r["reruns"]:
            fr = r["reruns"]["fragment_ms"]["median"] / s["fragment_ms"]["median"]
            ur = r["reruns"]["full_ms"]["median"] / s["full_ms"]["median"]
            r["streamlit"]["ratio_fragment"], r["streamlit"]["ratio_full"] = fr, ur
            one("4. ours / Streamlit, fragment rerun", fr, "", "<= 0.1", fr <= 0.1)
            one("4. ours / Streamlit, full rerun", ur)
    if not failed("scale"):
        sc = r["scale"]
        sizes = [k for k in sc if k.isdigit()]
        for n in sizes:
            dist(f"5. fragment rerun, {int(n):,} elements outside", sc[n]["fragment_ms"], "ms")
        one(f"5. latency ratio {int(sizes[-1]):,}/{int(sizes[0]):,}", sc["latency_ratio"], "",
            "<= 1.5", sc["latency_ratio"] <= 1.5)
        for n in sizes:
            one(f"5. bytes posted per fragment rerun, {int(n):,} outside",
                round(sc[n]["bytes_to_page_per_rerun"]), "B")
        lo, hi = sc[sizes[0]]["bytes_to_page_per_rerun"], sc[sizes[-1]]["bytes_to_page_per_rerun"]
        one("5. bytes ratio (path digits aside)", sc["bytes_ratio"], "", "no growth (<= 1.05)",
            hi <= lo * 1.05)
    if not failed("churn"):
        ch = r["churn"]
        dist("6. churn: DOM mutations, 1 text of 1,000", ch["mutations"], "", "exactly 1",
             ch["mutations"]["max"] == 1 and ch["mutations"]["min"] == 1)
        dist("6. churn: full rerun, 1,000 elements", ch["full_rerun_ms"], "ms")
    if not failed("memory"):
        m = r["memory"]
        g = m["growth"]
        label = f"after {m['after_warmup']:,} of {m['reruns']:,} reruns"
        one(f"7. Python heap growth {label}", g["traced_bytes"] / KB, "KB", "<= 2 MB",
            g["traced_bytes"] <= 2 * MB)
        one(f"7. wasm memory growth {label}", g["wasm_bytes"] / KB, "KB", "<= 2 MB",
            g["wasm_bytes"] <= 2 * MB)
        one("7. Python gc objects growth", g["gc_objects"])
        if g.get("page_js_heap") is not None:
            one("7. page JS heap growth (after gc)", g["page_js_heap"] / KB, "KB")
    if not failed("timers"):
        t = r["timers"]
        one(f"8. run_every 100 ms: ticks in {t['seconds']:g} s", round(t["ticks_per_window"], 1), "",
            f"{t['expected']:g} +-5%", abs(t["deviation"]) <= 0.05)
        dist("8. run_every 100 ms: interval", t["interval_ms"], "ms")
        b = t["busy"]
        one("8. ticks in the 300 ms after a 1 s busy run", b["ticks_in_300ms_after"])
        one("8. ticks < 50 ms apart after the busy run", b["back_to_back_ticks_after"], "",
            "no pile-up (<= 1)", b["back_to_back_ticks_after"] <= 1)
    if not failed("packages"):
        p = r["packages"]
        dist("10. pydantic app cold start: build-time lock", p["lock_ms"], "ms")
        dist("10. pydantic app cold start: micropip in the page", p["micropip_ms"], "ms")
        one("10. build-time lock / micropip (medians)", p["ratio"], "", "<= 0.8",
            p["ratio"] <= 0.8)
    if not failed("repeat"):
        rv = r["repeat"]
        dist("11. seed app, first visit: navigation -> live (Python's first run done)", rv["first_ms"], "ms")
        dist("11. repeat visit (browser cache kept): navigation -> live", rv["repeat_ms"], "ms")
        one("11. repeat visit / first visit (medians)", rv["ratio"], "", "<= 0.5", rv["ratio"] <= 0.5)
        dist("11. visit after a rebuild (one app line changed)", rv["rebuilt_ms"], "ms")
        if rv["snapshot_ms"]["n"]:
            dist("11. first visit: taking the snapshot of Python", rv["snapshot_ms"], "ms")
        starts = sorted({h["started"] for h in rv["python_started"]["repeat"]})
        one("11. repeat visits: how Python started", ", ".join(starts))
        b, f = rv["bytes"], rv["files"]
        dist("11. bytes sent: first visit", b["first"], "B")
        dist("11. bytes sent: caching the rest after it", b["caching"], "B")
        dist(f"11. bytes sent: repeat visit ({', '.join(f['repeat'])})", b["repeat"], "B",
             "the manifest only", set(f["repeat"]) <= {"wasmlit-build.json", "wasmlit-sw.js"})
        # the script changed, and so did its prerendered first view (index.html, first-view.json)
        changed = {"wasmlit-build.json", "wasmlit-sw.js", "app/seed_counters.py", "index.html",
                   "first-view.json"}
        dist(f"11. bytes sent: after the rebuild ({', '.join(f['rebuilt'])})", b["rebuilt"], "B",
             "what changed only", set(f["rebuilt"]) <= changed)
    if not failed("soak"):
        s = r["soak"]
        one(f"12. soak: {s['actions']} random actions in {s['seconds']:.0f} s, unanswered",
            len(s["unanswered"]), "", "0", not s["unanswered"])
        dist("12. soak: action -> idle", s["action_ms"], "ms")
        limits = {"py_traced_bytes": ("Python heap", 2 * MB, KB, "KB"),
                  "wasm_bytes": ("wasm memory", 2 * MB, KB, "KB"),
                  "page_nodes": ("DOM nodes", 0.02, 1, ""),
                  "renderer_listeners": ("event listeners (renderer)", 0.02, 1, ""),
                  "timeouts": ("live timeouts", 5, 1, ""),
                  "intervals": ("live intervals", 0, 1, "")}
        for page in ("gallery", "ticker"):
            first, half, last = (x[page] for x in s["samples"])
            for key, (name, limit, scale_by, unit) in limits.items():
                # growing = the end above both earlier figures (what a tab or a dialog
                # being open adds comes and goes)
                before = max(first[key], half[key])
                grew = last[key] - before
                bound = limit if limit >= 1 or limit == 0 else max(10, limit * before)
                one(f"12. soak {page}: {name}, warm / half / end",
                    f"{first[key] / scale_by:,.0f} / {half[key] / scale_by:,.0f} / {last[key] / scale_by:,.0f}",
                    unit, f"end <= earlier + {bound / scale_by:,.0f}{unit}", grew <= bound)
        rates = s["ticks_per_second"]
        one("12. soak ticker: ticks/s, 1st / 2nd half", " / ".join(f"{x:.1f}" for x in rates), "",
            "steady (2nd >= 0.8 x 1st)", len(rates) == 2 and rates[1] >= 0.8 * rates[0])
    if not failed("bigframe"):
        for kind, b in r["bigframe"].items():
            dist(f"13. {kind}: click -> 100,000 x 10 frame shown", b["shown_ms"], "ms",
                 "<= 1000 ms", b["shown_ms"]["median"] <= 1000)
            one(f"13. {kind}: most rows in the DOM while scrolling", b["max_dom_rows"], "",
                "a screenful + overscan (< 60)", b["max_dom_rows"] < 60)
            w = b["bytes_to_page_per_unchanged_rerun"]
            dist(f"13. {kind}: bytes posted per rerun, frame unchanged", w, "B",
                 "no frame data (< 2 KB)", w["max"] < 2 * KB)
    if "cold" in r and "error" not in r["cold"]:
        d = r["cold"]["download"]
        for part, v in sorted(d["parts"].items()):
            one(f"9. download: {part} (gzip / raw)", f"{v['gzip'] / KB:,.0f} / {v['raw'] / KB:,.0f}", "KB")
        own = d["wasmlit_own_gzip"]
        one("9. download: wasmlit's own share, gzip", own / KB, "KB", "<= 300 KB", own <= 300 * KB)
    return out


def main() -> int:
    only = tuple(x for x in os.environ.get("BENCH_ONLY", ",".join(ALL)).split(",") if x)
    unknown = set(only) - set(ALL)
    if unknown:
        print(f"bench: unknown BENCH_ONLY entries {sorted(unknown)}; pick from {', '.join(ALL)}")
        return 2
    if not Path(CHROMIUM).exists():
        print(f"bench: no Chromium at {CHROMIUM} (apt-get install chromium, or WASMLIT_CHROMIUM)")
        return 2
    results = run(only)
    meta = {
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "machine": machine(), "quick": QUICK, "reps": REPS,
    }
    lines = rows(results)
    print()
    print(f"wasmlit benchmarks, {meta['date']}, {meta['machine']}, Chromium {results.get('chromium')}"
          f"{' (BENCH_QUICK)' if QUICK else ''}")
    print(table(lines))
    out = HERE / "results.json"
    out.write_text(json.dumps({**meta, "results": results}, indent=2) + "\n", encoding="utf-8")
    print(f"\nbench: wrote {out.relative_to(ROOT)} in {results['total_seconds']:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
