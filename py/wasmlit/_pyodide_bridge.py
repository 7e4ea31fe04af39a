"""The only module that touches Pyodide: connects an AppSession to the worker's JavaScript.

The worker registers a JS module ``wasmlit_host`` (``post``, ``poll``, ``yield_now``; see
``docs/protocol.md``), then calls :func:`boot` once and :func:`pump` whenever requests wait.
Only strings cross the boundary; no PyProxy is kept or handed out. Importing this module
takes no JavaScript object (``wasmlit_host`` is imported by :func:`boot`), so the worker's
memory snapshot of Python holds it imported.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from pyodide.ffi import can_run_sync, run_sync

import wasmlit
from wasmlit import config
from wasmlit import protocol as p
from wasmlit.runtime.coroutines import step
from wasmlit.runtime.script_runner import Script, streamlit_modules
from wasmlit.runtime.session import AppSession

_session: AppSession | None = None
#: the worker's ``wasmlit_host`` module, once boot() has imported it
_host: Any = None
#: requests handed to pump() by the worker, taken by the session's first poll
_handed: list[str] = []


def _poll() -> list[str]:
    if _handed:  # (no call into JavaScript for what pump() was given)
        taken = _handed[:]
        _handed.clear()
        return taken
    return list(json.loads(_host.poll()))


def _yield_now() -> None:
    if can_run_sync():
        run_sync(_host.yield_now())


def _run_coroutine(coro: Any) -> Any:
    """The session's coroutine runner: block on the browser's event loop (JSPI), else step
    coroutines that never really wait."""
    if can_run_sync():
        return run_sync(coro)
    return step(coro)


def boot(app_dir: str, entrypoint: str, options: str = "{}") -> None:
    """Create the session for ``app_dir/entrypoint`` and tell the page we are ready.

    ``options`` is JSON: ``{"config": <app.json's config>, "secrets": <path or "">,
    "first_view": <the ops the page already shows, prerendered at build time, or null>}``; the
    session starts from the first view, so an identical first run changes nothing."""
    global _session, _host
    import wasmlit_host

    _host = wasmlit_host
    settings = json.loads(options or "{}")
    config.load(settings.get("config"))
    wasmlit.secrets.configure(settings.get("secrets") or "", app_dir)
    os.chdir(app_dir)
    if app_dir not in sys.path:
        sys.path.insert(0, app_dir)
    sys.modules.update(streamlit_modules(wasmlit))
    script = Script.from_file(os.path.join(app_dir, entrypoint))
    _session = AppSession(script, wasmlit_host.post, poll=_poll, yield_now=_yield_now,
                          keep_snapshots=True, run_coroutine=_run_coroutine)
    if settings.get("first_view"):
        _session.tree.adopt(settings["first_view"])
    wasmlit_host.post(p.encode(p.Ready(version=wasmlit.__version__,
                                       can_run_sync=bool(can_run_sync()))))


def pump(requests: str = "[]") -> None:
    """Work off ``requests`` (a JSON array of request strings, what ``poll()`` would return)
    and every request that arrives meanwhile; returns when the session is idle."""
    if _session is None:
        raise RuntimeError("wasmlit._pyodide_bridge.boot() must run before pump()")
    _handed.extend(json.loads(requests))
    _session.pump()
