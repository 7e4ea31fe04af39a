"""The per-run context: where elements go, which fragment is running, what this run has seen.

One RunContext exists per run; the session creates it and puts it in a ContextVar for the
duration of the run. Element commands reach it through :func:`get_ctx`.
"""

from __future__ import annotations

import contextlib
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterator

from wasmlit.errors import NoSessionContext
from wasmlit.tree import Path, ShownTree

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator
    from wasmlit.runtime.fragments import FragmentRegistry
    from wasmlit.state.session_state import SessionState


class Cursor:
    """The next free child index of one container."""

    __slots__ = ("path", "index")

    def __init__(self, path: Path, index: int = 0) -> None:
        self.path = path
        self.index = index

    def take(self) -> Path:
        path = self.path + (self.index,)
        self.index += 1
        return path

    def peek(self) -> Path:
        return self.path + (self.index,)

    def copy(self) -> "Cursor":
        return Cursor(self.path, self.index)


@dataclass
class RunContext:
    run_id: int
    tree: ShownTree
    state: "SessionState"
    fragments: "FragmentRegistry"
    checkpoint: Callable[[], None]
    flush: Callable[[], None]
    #: fragment ids this run executes from storage; empty for a full run
    fragment_ids_this_run: list[str] = field(default_factory=list)
    root_cursors: list[Cursor] = field(default_factory=lambda: [Cursor((r,)) for r in range(4)])
    dg_stack: list["DeltaGenerator"] = field(default_factory=list)
    current_fragment_id: str | None = None
    current_fragment_path: Path | None = None
    widget_ids_this_run: set[str] = field(default_factory=set)
    widget_keys_this_run: set[str] = field(default_factory=set)
    form_ids_this_run: set[str] = field(default_factory=set)
    #: forms created this run with ``clear_on_submit=True``
    forms_cleared_on_submit: set[str] = field(default_factory=set)
    fragment_ids_called: set[str] = field(default_factory=set)
    has_dialog_opened: bool = False
    in_callback: bool = False
    nonce: Callable[[], int] = lambda: 0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def is_fragment_run(self) -> bool:
        return bool(self.fragment_ids_this_run)


_CTX: ContextVar[RunContext | None] = ContextVar("wasmlit_run_context", default=None)


def get_ctx() -> RunContext:
    ctx = _CTX.get()
    if ctx is None:
        raise NoSessionContext(
            "wasmlit commands only work inside a running app: run the script with "
            "`wasmlit serve app.py` or `wasmlit.testing.AppTest`."
        )
    return ctx


def current_ctx() -> RunContext | None:
    return _CTX.get()


@contextlib.contextmanager
def use_ctx(ctx: RunContext) -> Iterator[RunContext]:
    token = _CTX.set(ctx)
    try:
        yield ctx
    finally:
        _CTX.reset(token)
