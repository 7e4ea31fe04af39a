"""The first view: the script's first run, done once at build time on CPython.

``wasmlit build`` runs the script here, with wasmlit's own runtime, no network and a time
limit, and writes the element tree the run produced into ``index.html``. The page renders it
at first paint with the same renderers, so a visitor reads the app while Python is still
loading; the worker's session then starts from that tree, so a first run in the browser that
produces the same elements changes nothing on screen.

The run happens twice, in two child processes, the second with the clock a day and an hour
later and another hash seed: a script whose output depends on the clock or on randomness gives
two different trees and is not prerendered (the page shows its loading view instead). So is a
script that needs a package this Python lacks, raises, or runs past the limit. The build says
which case applied.

Run as ``python -m wasmlit.prerender SCRIPT OUT.json [--shift-clock]`` (the child's side).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: how long one prerender run may take (the script's own first run, plus Python's start)
DEFAULT_TIME_LIMIT = 10.0
#: how far the second run's clock is moved, to tell output that depends on it
CLOCK_SHIFT = 90_000.0  # a day and an hour, in seconds
FORMAT = 1


@dataclass
class FirstView:
    """What the build learned: ``ops`` to show at first paint, or why there are none."""

    ops: list[dict[str, Any]] = field(default_factory=list)
    page_config: dict[str, str] = field(default_factory=dict)
    reason: str = ""  # empty when prerendered
    #: wasmlit's modules the first run imported (its element families), when it finished: the
    #: page's worker imports them before it keeps its memory snapshot of Python
    modules: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.reason

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "ops": self.ops, "page_config": self.page_config}


# ---- the parent's side (the build) ----------------------------------------------------------


def prerender(script: Path, app_dir: Path, *, time_limit: float = DEFAULT_TIME_LIMIT) -> FirstView:
    """Run ``script`` (a copy in ``app_dir``'s files) twice in child processes; see the module."""
    if sys.platform == "emscripten":  # no child processes (e.g. wasmlit's own tests in Pyodide)
        return FirstView(reason="this Python cannot start child processes")
    with tempfile.TemporaryDirectory(prefix="wasmlit-prerender-") as tmp:
        work = Path(tmp)
        runs = [_start(script, app_dir, work, i) for i in range(2)]
        results = [_finish(proc, out, time_limit) for proc, out in runs]
    for result in results:
        if isinstance(result, str):
            return FirstView(reason=result)
    first, second = results
    assert isinstance(first, dict) and isinstance(second, dict)
    modules = sorted(set(first.get("modules", [])) | set(second.get("modules", [])))
    if first["ops"] != second["ops"] or first["page_config"] != second["page_config"]:
        return FirstView(reason="its output depends on the clock or on randomness (two runs "
                                "at build time showed different elements)", modules=modules)
    return FirstView(ops=first["ops"], page_config=first["page_config"], modules=modules)


def _start(script: Path, app_dir: Path, work: Path, index: int) -> tuple[subprocess.Popen, Path]:
    copy = work / f"app{index}"
    _copy_tree(app_dir, copy)
    out = work / f"result{index}.json"
    env = {**os.environ, "PYTHONHASHSEED": str(index + 1), "PYTHONDONTWRITEBYTECODE": "1"}
    package_root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join([package_root, env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    argv = [sys.executable, "-m", "wasmlit.prerender", str(copy / script.name), str(out)]
    if index:
        argv.append("--shift-clock")
    proc = subprocess.Popen(argv, cwd=copy, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return proc, out


def _copy_tree(src: Path, dest: Path) -> None:
    import shutil

    shutil.copytree(src, dest, symlinks=False)


def _finish(proc: subprocess.Popen, out: Path, time_limit: float) -> dict[str, Any] | str:
    try:
        _, stderr = proc.communicate(timeout=time_limit)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return f"its first run took longer than {time_limit:g} s"
    if not out.is_file():
        tail = stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
        return f"the prerender run failed ({tail[0]})"
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    if "reason" in result:
        return str(result["reason"])
    return result


# ---- the child's side ------------------------------------------------------------------------


def _no_network() -> None:
    import socket

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise OSError("no network while wasmlit prerenders the first view")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign]
    socket.create_connection = refuse
    socket.getaddrinfo = refuse


def _shift_clock(seconds: float) -> None:
    """Move ``time`` and ``datetime`` forward, for the second run's comparison."""
    import datetime as dt
    import time

    real_time, real_time_ns = time.time, time.time_ns
    time.time = lambda: real_time() + seconds
    time.time_ns = lambda: real_time_ns() + int(seconds * 1e9)
    real_localtime, real_gmtime, real_strftime, real_ctime = (
        time.localtime, time.gmtime, time.strftime, time.ctime)
    time.localtime = lambda t=None: real_localtime(time.time() if t is None else t)
    time.gmtime = lambda t=None: real_gmtime(time.time() if t is None else t)
    time.ctime = lambda t=None: real_ctime(time.time() if t is None else t)
    time.strftime = (lambda fmt, t=None:
                     real_strftime(fmt, time.localtime() if t is None else t))
    delta = dt.timedelta(seconds=seconds)

    class ShiftedDatetime(dt.datetime):
        @classmethod
        def now(cls, tz: Any = None) -> Any:
            return super().now(tz) + delta

        @classmethod
        def utcnow(cls) -> Any:
            return super().utcnow() + delta

        @classmethod
        def today(cls) -> Any:
            return super().today() + delta

    class ShiftedDate(dt.date):
        @classmethod
        def today(cls) -> Any:
            return ShiftedDatetime.now().date()

    dt.datetime = ShiftedDatetime  # type: ignore[misc]
    dt.date = ShiftedDate  # type: ignore[misc]


def _tree_ops(roots: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The page tree as the ``put`` ops that build it from empty roots, in document order."""
    ops: list[dict[str, Any]] = []

    def visit(node: dict[str, Any], path: list[int]) -> None:
        for i, child in enumerate(node.get("children") or ()):
            here = path + [i]
            wire = {k: child[k] for k in ("kind", "props", "fid", "block")}
            ops.append({"op": "put", "path": here, "node": wire})
            if child["block"]:
                visit(child, here)

    for r, root in enumerate(roots):
        visit(root, [r])
    return ops


def _child_main(script: str, out: str, shift: bool) -> None:
    _no_network()
    if shift:
        _shift_clock(CLOCK_SHIFT)
    import dataclasses

    from wasmlit import protocol as p
    from wasmlit.testing import AppTest

    result: dict[str, Any]
    loaded = set(sys.modules)
    try:
        at = AppTest.from_file(script).run()
    except Exception as exc:  # wasmlit itself failed: say so, the page falls back
        result = {"reason": f"wasmlit could not run it on CPython ({type(exc).__name__}: {exc})"}
    else:
        if at.status != "ok":
            result = {"reason": _failure(at)}
        else:
            config: dict[str, str] = {}
            for msg in at.messages:
                if isinstance(msg, p.PageConfig):
                    config.update({k: v for k, v in dataclasses.asdict(msg).items() if v})
            result = {"ops": _tree_ops(at.page.roots), "page_config": config,
                      "modules": _imported_by_run(loaded)}
    Path(out).write_text(json.dumps(result), encoding="utf-8")


def _imported_by_run(before: set[str]) -> list[str]:
    """wasmlit's modules imported since ``before`` (the lazily loaded element families and what
    they import), but not the test harness that ran the script."""
    return sorted(m for m in set(sys.modules) - before
                  if m.startswith("wasmlit.") and not m.startswith("wasmlit.testing"))


def _failure(at: Any) -> str:
    if at.status == "error" and at.exception:
        exc = at.exception[0]
        kind, message = exc.type, exc.message
        if kind in ("ModuleNotFoundError", "ImportError") or "No module named" in message:
            return (f"it needs a package this Python lacks ({message}); install the app's "
                    "requirements where you build to prerender it")
        return f"its first run raised {kind or 'an exception'}: {message}"
    return f"its first run ended as {at.status!r}"


if __name__ == "__main__":
    _child_main(sys.argv[1], sys.argv[2], "--shift-clock" in sys.argv[3:])
