"""The per-run context: where elements go, which fragment is running, what this run has seen.

One RunContext exists per run; the session creates it and puts it in a ContextVar for the
duration of the run. Element commands reach it through :func:`get_ctx`.

The runtime never imports the element commands: what it must show itself (an exception the
script raised, a warning, a magic expression) goes through the run context's ``show``
(:class:`ElementHooks`), which ``wasmlit.elements`` installs with :func:`install_hooks`.
"""

from __future__ import annotations

import contextlib
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterator

from wasmlit.errors import NoSessionContext
from wasmlit.runtime.coroutines import LoopRunner
from wasmlit.tree import Path, ShownTree

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator
    from wasmlit.runtime.fragments import FragmentRegistry
    from wasmlit.state.session_state import SessionState


@dataclass
class ElementHooks:
    """The element commands the runtime needs, each taking the container to write to first
    (a DeltaGenerator): ``exception(dg, exc)``, ``warning(dg, text)``, ``write(dg, *values)``."""

    exception: Callable[..., Any]
    warning: Callable[..., Any]
    write: Callable[..., Any]


def _not_installed(*_: Any) -> Any:
    raise RuntimeError("wasmlit.elements is not imported, so nothing can be shown")


_HOOKS = ElementHooks(exception=_not_installed, warning=_not_installed, write=_not_installed)


def install_hooks(hooks: ElementHooks) -> None:
    """Called once by ``wasmlit.elements``; every later run context shows through these."""
    global _HOOKS
    _HOOKS = hooks


def element_hooks() -> ElementHooks:
    return _HOOKS


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
    #: finishes a coroutine from the script's synchronous code (``wasmlit.runtime.coroutines``)
    run_coroutine: Callable[[Any], Any] = field(default_factory=LoopRunner)
    #: what the runtime shows through the element commands
    show: ElementHooks = field(default_factory=element_hooks)

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
