"""Reruns of two wasmlit versions, interleaved: `python bench/compare_reruns.py OLD_PY NEW_PY [rounds] [clicks]`

Builds the seed app (demo/seed_counters.py) once with each version's `wasmlit` package (the
`py/` folder of two checkouts, each with its own web build in `py/wasmlit/_web`), serves both
sites side by side and, round after round in fresh browser contexts, alternately measures
fragment and full reruns (click -> text, as figure 3 of `make bench`). Prints the median, p95
and mean of the middle 90% for each: on a shared machine, only figures measured like this, in
the same minutes, compare.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "py")]

import benches
import sites
from run import CHROMIUM, CHROMIUM_ARGS
from stats import summary

BUILD = ("import sys; from pathlib import Path; from wasmlit.site import build_site; "
         "build_site(Path(sys.argv[1]), Path(sys.argv[2]), only_script=True)")


def main() -> None:
    from playwright.sync_api import sync_playwright

    versions = {"old": Path(sys.argv[1]).resolve(), "new": Path(sys.argv[2]).resolve()}
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 4
    clicks = int(sys.argv[4]) if len(sys.argv) > 4 else 50
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for name, py in versions.items():
            subprocess.run([sys.executable, "-c", BUILD, str(sites.COUNTERS), str(root / name)],
                           env={**os.environ, "PYTHONPATH": str(py)}, check=True)
        got = {name: {"fragment": [], "full": []} for name in versions}
        with sites.StaticServer(root) as server, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for r in range(rounds):
                for name in (("old", "new") if r % 2 == 0 else ("new", "old")):
                    with benches.Opened(browser, f"{server.url}/{name}/") as o:
                        for kind, spec in (("fragment", benches.FRAGMENT), ("full", benches.FULL)):
                            o.click_loop(spec, 5)
                            got[name][kind] += o.click_loop(spec, clicks)
            browser.close()
    for name, runs in got.items():
        for kind, values in runs.items():
            s = summary(values)
            print(f"{name} ({versions[name]}) {kind:8} n={s['n']}  median {s['median']:.2f} ms  "
                  f"p95 {s['p95']:.2f} ms  mean of the middle 90% "
                  f"{benches._middle_mean(values):.3f} ms")


if __name__ == "__main__":
    main()
