"""``st.fragment``: functions that rerun on their own.

Calling a fragment function (spec section 1): snapshot where we are, compute the fragment's id
from its call position, store a closure that can redo the call later, then run the body inside
a fresh vertical container. The session reruns the stored closure for a fragment run.

Where we differ from Streamlit 1.39 on purpose (spec section 0): only a rerun *from storage*
restores the snapshot (so nested siblings never collide, B29); a fragment that the latest run
of its parent (or the latest full run) did not call is dropped at once with its timer; a nested
fragment's exception is shown once (B47).
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import logging
from dataclasses import dataclass, field
from typing import Any, Callable

from wasmlit.delta_generator import DeltaGenerator, active_dg
from wasmlit.errors import (
    M13_EXPERIMENTAL_FRAGMENT,
    FragmentHandledException,
    RerunRequested,
    StopRequested,
)
from wasmlit.runtime.context import Cursor, RunContext, current_ctx, get_ctx
from wasmlit.runtime.intervals import interval_seconds

log = logging.getLogger("wasmlit")


@dataclass
class FragmentEntry:
    id: str
    run: Callable[[], None]  # redo the latest call, restoring its snapshot
    parent_id: str | None
    interval: float | None = None
    children: set[str] = field(default_factory=set)
    path: tuple[int, ...] = ()  # where its container was drawn last


class FragmentRegistry:
    """The fragments of one session, by id."""

    def __init__(self) -> None:
        self.entries: dict[str, FragmentEntry] = {}

    def add(self, entry: FragmentEntry) -> None:
        self.entries[entry.id] = entry
        if entry.parent_id in self.entries:
            self.entries[entry.parent_id].children.add(entry.id)

    def get(self, fid: str) -> FragmentEntry | None:
        return self.entries.get(fid)

    def __contains__(self, fid: object) -> bool:
        return fid in self.entries

    def descendants(self, fid: str) -> set[str]:
        out: set[str] = set()
        todo = [fid]
        while todo:
            entry = self.entries.get(todo.pop())
            if entry is None:
                continue
            for child in entry.children:
                if child not in out:
                    out.add(child)
                    todo.append(child)
        return out

    def keep_only(self, ids: set[str]) -> None:
        """After a full run: only what it called lives on."""
        for fid in list(self.entries):
            if fid not in ids:
                del self.entries[fid]
        for entry in self.entries.values():
            entry.children &= ids

    def prune_below(self, ran: list[str], called: set[str]) -> set[str]:
        """After a fragment run: drop descendants of the fragments that ran and were not
        called again. Returns every id whose widgets the run was responsible for."""
        scope: set[str] = set(ran)
        for fid in ran:
            below = self.descendants(fid)
            scope |= below
            for child in below - called:
                self.entries.pop(child, None)
            if fid in self.entries:
                self.entries[fid].children &= called
        return scope

    def paths(self, ids: list[str]) -> list[tuple[int, ...]]:
        return [self.entries[f].path for f in ids if f in self.entries]

    def timers(self) -> dict[str, float]:
        return {fid: e.interval for fid, e in self.entries.items() if e.interval}


def fragment_id(func: Callable[..., Any], path: tuple[int, ...], extra: str = "") -> str:
    """md5 of module, qualname, call position and extra (B8)."""
    module = getattr(func, "__module__", "")
    qualname = getattr(func, "__qualname__", "")
    key = f"{module}.{qualname}{list(path)}{extra}"
    return hashlib.md5(key.encode(), usedforsecurity=False).hexdigest()


def _show_exception_here(exc: BaseException) -> None:
    get_ctx().show.exception(active_dg(), exc)


def make_fragment(func: Callable[..., Any], *, run_every: Any = None,
                  additional_hash_info: str = "", warn_experimental: bool = False,
                  container_props: dict[str, Any] | None = None) -> Callable[..., Any]:
    def wrap(*args: Any, **kwargs: Any) -> Any:
        ctx = current_ctx()
        if ctx is None:
            log.warning("Thread 'MainThread': missing ScriptRunContext! This warning can be "
                        "ignored when running in bare mode.")
            return None
        if warn_experimental:
            log.warning(M13_EXPERIMENTAL_FRAGMENT)
            ctx.show.warning(active_dg(), M13_EXPERIMENTAL_FRAGMENT)
        at = active_dg()
        fid = fragment_id(func, at._next_path(), additional_hash_info)
        root_snapshot = [c.copy() for c in ctx.root_cursors]
        stack_snapshot = [dg._copy_for_snapshot() for dg in ctx.dg_stack]
        page_hash = ctx.extra.get("page_hash")  # B36: a page's fragment reruns as that page

        def run_from_storage() -> None:
            c = get_ctx()
            c.extra["page_hash"] = page_hash
            c.root_cursors = [cur.copy() for cur in root_snapshot]
            c.dg_stack = [dg._copy_for_snapshot() for dg in stack_snapshot]
            _run_body(c, fid, func, args, kwargs, container_props)

        entry = FragmentEntry(fid, run_from_storage, parent_id=ctx.current_fragment_id)
        ctx.fragments.add(entry)
        ctx.fragment_ids_called.add(fid)
        entry.interval = interval_seconds(run_every)
        return _run_body(ctx, fid, func, args, kwargs, container_props)

    try:
        functools.update_wrapper(wrap, func)
        # functions take any attribute; typeshed does not declare __signature__ on them
        wrap.__signature__ = inspect.signature(func)  # type: ignore[attr-defined]
    except (TypeError, ValueError, AttributeError):
        pass  # B4: a non-function only fails when called
    return wrap


def _run_body(ctx: RunContext, fid: str, func: Callable[..., Any], args: tuple[Any, ...],
              kwargs: dict[str, Any], container_props: dict[str, Any] | None) -> Any:
    prev_id, prev_path = ctx.current_fragment_id, ctx.current_fragment_path
    ctx.current_fragment_id = fid
    try:
        container: DeltaGenerator = active_dg()._block(
            "vertical", container_props or {"border": False, "height": None})
        assert container._cursor is not None
        ctx.current_fragment_path = container._cursor.path
        entry = ctx.fragments.get(fid)
        if entry is not None:
            entry.path = container._cursor.path
        with container:
            try:
                return func(*args, **kwargs)
            except (RerunRequested, StopRequested, FragmentHandledException):
                raise
            except Exception as exc:
                _show_exception_here(exc)
                raise FragmentHandledException(str(exc)) from exc
    finally:
        ctx.current_fragment_id, ctx.current_fragment_path = prev_id, prev_path


def fragment(func: Callable[..., Any] | None = None, *, run_every: Any = None,
             parallel: bool = False, key: str | int | None = None) -> Any:
    """Turn a function into a fragment that reruns on its own (like ``st.fragment``).

    ``parallel`` is accepted; the worker has one Python thread, so fragments always run one
    after another. ``key`` is checked (a str or int); ``st.rerun(<key>)`` is not available yet.
    See https://docs.streamlit.io/develop/api-reference/execution-flow/st.fragment
    """
    from wasmlit.errors import StreamlitInvalidParameterTypeError

    if key is not None and (isinstance(key, bool) or not isinstance(key, (str, int))):
        raise StreamlitInvalidParameterTypeError("key", type(key).__name__, ["str", "int"])
    if func is None:
        return lambda f: make_fragment(f, run_every=run_every)
    return make_fragment(func, run_every=run_every)


def experimental_fragment(func: Callable[..., Any] | None = None, *, run_every: Any = None) -> Any:
    """Deprecated alias of :func:`fragment`. Like Streamlit, only the bare form warns (B5)."""
    if func is None:
        return lambda f: make_fragment(f, run_every=run_every)
    return make_fragment(func, run_every=run_every, warn_experimental=True)


def snapshot_cursors(ctx: RunContext) -> list[Cursor]:
    return [c.copy() for c in ctx.root_cursors]
