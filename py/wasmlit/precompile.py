"""Pure-Python wheels a site ships, compiled to bytecode at build time.

A wheel from PyPI holds source: Python compiles every module it imports, at every cold start of
the page (pydantic's import takes twice as long from source in Pyodide). ``wasmlit build``
compiles them once, with the very Pyodide the site ships (so the bytecode matches the page's
Python exactly), run under Node.js by ``precompile.mjs``. Each ``mod.py`` becomes a sourceless
``mod.pyc``, as in Pyodide's own packages; the wheel's RECORD is rewritten to match.

Compiled wheels are cached by the source wheel's sha256 and the Pyodide version, so a rebuild
costs nothing. Without Node.js (or if compiling fails) the wheels ship as they are, and the
build says so: the site still works, its imports are only slower.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

SCRIPT = Path(__file__).with_name("precompile.mjs")
TIMEOUT_S = 300


def has_source(wheel: Path) -> bool:
    """Whether ``wheel`` holds Python modules (not only bytecode, data or metadata)."""
    with zipfile.ZipFile(wheel) as zf:
        return any(n.endswith(".py") and not n.split("/", 1)[0].endswith((".data", ".dist-info"))
                   for n in zf.namelist())


def _cache_dir(version: str) -> Path:
    root = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(root) / "wasmlit" / "compiled" / version


def _key(wheel: Path) -> str:
    return f"{hashlib.sha256(wheel.read_bytes()).hexdigest()[:24]}-{wheel.name}"


def precompile(wheels: list[Path], *, pyodide_dir: Path, version: str) -> tuple[list[str], str | None]:
    """Replace each of ``wheels`` (staged files) that holds source by its compiled copy.

    Returns the names of the wheels compiled (or taken from the cache), and why the others were
    left as source (None when none was)."""
    todo = [w for w in wheels if has_source(w)]
    if not todo:
        return [], None
    cache = _cache_dir(version)
    misses = [w for w in todo if not (cache / _key(w)).is_file()]
    why = None
    if misses:
        why = _compile(misses, cache, pyodide_dir)
    done = []
    for wheel in todo:
        compiled = cache / _key(wheel)
        if compiled.is_file():
            shutil.copyfile(compiled, wheel)
            done.append(wheel.name)
    return done, why


def _compile(wheels: list[Path], cache: Path, pyodide_dir: Path) -> str | None:
    node = shutil.which("node")
    if node is None:
        return "Node.js is not on PATH"
    if not (pyodide_dir / "pyodide.mjs").is_file():
        return f"{pyodide_dir} has no Pyodide runtime"
    with tempfile.TemporaryDirectory(prefix="wasmlit-pyc-") as tmp:
        work = Path(tmp)
        jobs = []
        for i, wheel in enumerate(wheels):
            src, dest = f"in{i}-{wheel.name}", f"out{i}-{wheel.name}"
            shutil.copyfile(wheel, work / src)
            jobs.append({"src": src, "dest": dest, "key": _key(wheel)})
        (work / "jobs.json").write_text(json.dumps(jobs), encoding="utf-8")
        try:
            proc = subprocess.run([node, str(SCRIPT), str(pyodide_dir), str(work)],
                                  capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired:
            return f"compiling took longer than {TIMEOUT_S} s"
        if proc.returncode != 0:
            last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
            return f"compiling failed: {last}"
        counts = json.loads(proc.stdout.strip().splitlines()[-1])
        cache.mkdir(parents=True, exist_ok=True)
        for job in jobs:
            out = work / job["dest"] if counts.get(job["src"]) else work / job["src"]
            part = cache / f"{job['key']}.{os.getpid()}.part"
            shutil.copyfile(out, part)
            part.replace(cache / job["key"])
    return None
