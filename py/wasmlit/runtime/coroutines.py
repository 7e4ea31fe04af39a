"""Finishing a coroutine from synchronous script code: the one coroutine runner.

A script's top-level ``await`` and ``st.write_stream`` over an async generator both need to
finish a coroutine while the script's (synchronous) code waits. The session hands every run
one runner, reachable as ``RunContext.run_coroutine``: the host's own (the Pyodide bridge
blocks with ``pyodide.ffi.run_sync`` when it can) or, by default, a :class:`LoopRunner`.
"""

from __future__ import annotations

import asyncio
import contextvars
import sys
import threading
from typing import Any, Coroutine

Runner = Any  # a callable (coroutine) -> its result


class LoopRunner:
    """The default runner: one event loop for the run (closed by :meth:`close`), or a helper
    thread with a loop of its own when a loop already runs in this thread (a script with
    top-level ``await`` that streams an async generator). Under Pyodide without stack
    switching, coroutines are stepped (see :func:`step`)."""

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None

    def __call__(self, coro: Coroutine[Any, Any, Any]) -> Any:
        if sys.platform == "emscripten":
            return step(coro)
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            if self._loop is None:
                self._loop = asyncio.new_event_loop()
            return self._loop.run_until_complete(coro)
        return _in_helper_thread(coro)

    def close(self) -> None:
        if self._loop is not None:
            self._loop.close()
            self._loop = None


def step(coro: Coroutine[Any, Any, Any]) -> Any:
    """Without stack switching we cannot wait for the browser's event loop: run a coroutine
    that never really waits (``await asyncio.sleep(0)``), and say clearly when one does."""
    try:
        while True:
            if coro.send(None) is not None:
                coro.close()
                raise RuntimeError(
                    "This script awaits something that needs the browser's event loop, which "
                    "needs JavaScript Promise Integration (JSPI); this browser does not have it.")
    except StopIteration as done:
        return done.value


def _in_helper_thread(coro: Coroutine[Any, Any, Any]) -> Any:
    result: list[Any] = []
    error: list[BaseException] = []
    context = contextvars.copy_context()

    def work() -> None:
        try:
            result.append(context.run(asyncio.run, coro))
        except BaseException as exc:  # handed back to the caller
            error.append(exc)

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join()
    if error:
        raise error[0]
    return result[0]
