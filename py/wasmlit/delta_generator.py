"""DeltaGenerator: a handle on a place in the page (a root, a container, or one element slot).

``st.write(...)`` writes to the innermost container opened with ``with``, or to the main
area; ``c.write(...)`` writes to container ``c``; an element handle (what ``st.text`` or
``st.empty`` returns) replaces its single slot. Element commands are plain functions taking
the handle first; :func:`dg_method` attaches them to this class.
"""

from __future__ import annotations

from typing import Any, Callable, Literal, TypeVar

from wasmlit.elements import MODULE_OF, load_command
from wasmlit.errors import (
    M1_SIDEBAR,
    M2_WIDGETS_OUTSIDE,
    StreamlitAPIException,
    StreamlitFragmentWidgetsNotAllowedOutsideError,
)
from wasmlit.runtime.context import Cursor, RunContext, get_ctx
from wasmlit.tree import Path, Props

MAIN, SIDEBAR, EVENT, BOTTOM = 0, 1, 2, 3

F = TypeVar("F", bound=Callable[..., Any])


def _load(name: str) -> Any:
    """The element command ``name``, importing its family module (whose own errors, such as a
    missing package, go up as they are)."""
    load_command(name)
    return DeltaGenerator.__dict__[name]


class _Commands(type):
    """Finds element commands on the class (``DeltaGenerator.button``) before their family is
    imported, and lists them in ``dir``."""

    def __getattr__(cls, name: str) -> Any:
        if name not in MODULE_OF:
            raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")
        return _load(name)

    def __dir__(cls) -> list[str]:
        return sorted(set(super().__dir__()) | set(COMMANDS))


class DeltaGenerator(metaclass=_Commands):
    """A place to write elements to. Users get these from ``st.container()``, ``st.columns()``,
    ``st.sidebar``, ``st.empty()`` and from element commands."""

    def __init__(self, *, root: int | None = None, cursor: Cursor | None = None,
                 locked: Path | None = None, form_id: str = "", in_dialog: bool = False) -> None:
        self._root = root
        self._cursor = cursor
        self._locked = locked
        self._form_id = form_id
        self._in_dialog = in_dialog

    def __getattr__(self, name: str) -> Callable[..., Any]:
        # An element command (st.markdown, st.button...) whose family is not imported yet:
        # importing it attaches the command to the class (dg_method).
        if name not in MODULE_OF:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        _load(name)
        return object.__getattribute__(self, name)

    def __dir__(self) -> list[str]:
        return sorted(set(super().__dir__()) | set(COMMANDS))

    def __repr__(self) -> str:
        where = self._root if self._root is not None else (self._locked or
                                                            (self._cursor and self._cursor.path))
        return f"DeltaGenerator({where})"

    # ---- `with` blocks --------------------------------------------------------------------

    def __enter__(self) -> "DeltaGenerator":
        get_ctx().dg_stack.append(self)
        return self

    def __exit__(self, *exc: Any) -> Literal[False]:
        stack = get_ctx().dg_stack
        if stack and stack[-1] is self:
            stack.pop()
        elif self in stack:  # a fragment run restored copies of the stack
            stack.remove(self)
        return False

    # ---- placing nodes --------------------------------------------------------------------

    def _cursor_in(self, ctx: RunContext) -> Cursor | None:
        if self._root is not None:
            return ctx.root_cursors[self._root]
        return self._cursor

    def _peek(self, ctx: RunContext) -> Path:
        if self._locked is not None:
            return self._locked
        cursor = self._cursor_in(ctx)
        assert cursor is not None
        return cursor.peek()

    def _take(self, ctx: RunContext) -> Path:
        if self._locked is not None:
            return self._locked
        cursor = self._cursor_in(ctx)
        assert cursor is not None
        return cursor.take()

    def _check_policies(self, ctx: RunContext, path: Path, is_widget: bool) -> None:
        if ctx.current_fragment_id is None:
            return
        if is_widget and ctx.current_fragment_path is not None:
            frag = ctx.current_fragment_path
            if len(path) <= len(frag) or path[: len(frag)] != frag:
                raise StreamlitFragmentWidgetsNotAllowedOutsideError(M2_WIDGETS_OUTSIDE)
        if path[0] == SIDEBAR and len(path) == 2:
            raise StreamlitAPIException(M1_SIDEBAR)

    def _enqueue(self, kind: str, props: Props, *, is_widget: bool = False) -> "DeltaGenerator":
        """Write one element here; return a handle on its slot."""
        ctx = get_ctx()
        ctx.checkpoint()
        self._check_policies(ctx, self._peek(ctx), is_widget)
        path = self._take(ctx)
        ctx.tree.put_element(path, kind, props, ctx.current_fragment_id)
        return DeltaGenerator(locked=path, form_id=self._form_id, in_dialog=self._in_dialog)

    def _block(self, kind: str, props: Props | None = None, *, form_id: str | None = None,
               in_dialog: bool | None = None) -> "DeltaGenerator":
        """Open a container here; return a handle that writes inside it."""
        ctx = get_ctx()
        ctx.checkpoint()
        path = self._take(ctx)
        ctx.tree.put_block(path, kind, props or {}, ctx.current_fragment_id)
        return DeltaGenerator(
            cursor=Cursor(path),
            form_id=self._form_id if form_id is None else form_id,
            in_dialog=self._in_dialog if in_dialog is None else in_dialog,
        )

    def _next_path(self) -> Path:
        """The path the next element written here would get (for fragment ids)."""
        return self._peek(get_ctx())

    def _copy_for_snapshot(self) -> "DeltaGenerator":
        copy = DeltaGenerator(root=self._root, locked=self._locked, form_id=self._form_id,
                              in_dialog=self._in_dialog)
        copy._cursor = self._cursor.copy() if self._cursor is not None else None
        return copy


def active_dg() -> DeltaGenerator:
    """Where ``st.<element>`` writes: the innermost ``with`` container, else the main area."""
    ctx = get_ctx()
    if ctx.dg_stack:
        return ctx.dg_stack[-1]
    return MAIN_DG


#: Names of the element commands (``wasmlit.elements.FAMILIES``); ``wasmlit/__init__.py``
#: exposes each one as ``st.<name>`` writing to the active container.
COMMANDS: list[str] = list(MODULE_OF)

#: command name -> the module whose dg_method attached it (what the modules really define)
ATTACHED: dict[str, str] = {}


def dg_method(fn: F) -> F:
    """Make an element function (``fn(dg, ...)``) a method of every DeltaGenerator and a
    top-level ``st.<name>`` command (listed in ``wasmlit.elements.FAMILIES``)."""
    setattr(DeltaGenerator, fn.__name__, fn)
    ATTACHED[fn.__name__] = fn.__module__
    return fn


MAIN_DG = DeltaGenerator(root=MAIN)
SIDEBAR_DG = DeltaGenerator(root=SIDEBAR)
EVENT_DG = DeltaGenerator(root=EVENT)
BOTTOM_DG = DeltaGenerator(root=BOTTOM)
