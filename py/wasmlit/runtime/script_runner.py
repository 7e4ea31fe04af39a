"""Compile and execute the user's script as ``__main__``."""

from __future__ import annotations

import ast
import builtins
import contextlib
import inspect
import linecache
import os
import sys
import types
from typing import Any, Callable, Iterator

from wasmlit.runtime import magic


class Script:
    """The app's script: a file (re-read when it changes) or a source string."""

    def __init__(self, source: str | None = None, path: str | None = None) -> None:
        if source is None and path is None:
            raise ValueError("a Script needs a source or a path")
        self.path = os.path.abspath(path) if path else os.path.join(os.getcwd(), "streamlit_app.py")
        self._source = source
        self._mtime: float | None = None
        self._code: types.CodeType | None = None
        self.is_file = source is None

    @classmethod
    def from_file(cls, path: str) -> "Script":
        return cls(path=path)

    @classmethod
    def from_string(cls, source: str, path: str | None = None) -> "Script":
        return cls(source=source, path=path)

    @property
    def folder(self) -> str:
        return os.path.dirname(self.path)

    def code(self) -> types.CodeType:
        """The compiled script; SyntaxError if it does not compile."""
        if self.is_file:
            mtime = os.stat(self.path).st_mtime
            if self._code is None or mtime != self._mtime:
                with open(self.path, encoding="utf-8") as f:
                    source = f.read()
                self._code = _compile(source, self.path)
                self._mtime = mtime
        elif self._code is None:
            assert self._source is not None
            self._code = _compile(self._source, self.path)
        return self._code


#: Off switch for magic from Python; ``runner.magicEnabled = false`` in
#: ``.streamlit/config.toml`` is the usual one (see :mod:`wasmlit.config`).
MAGIC_ENABLED = True


def _compile(source: str, path: str) -> types.CodeType:
    """Compile the script, with magic (bare expressions shown) unless it is turned off.

    The source is also put in ``linecache`` so tracebacks, ``st.echo`` and ``st.help`` see
    the lines of a script given as a string."""
    linecache.cache[path] = (len(source), None, source.splitlines(keepends=True), path)
    tree = ast.parse(source, path, "exec")
    from wasmlit import config

    if MAGIC_ENABLED and config.value("runner.magicEnabled"):
        tree = magic.transform(tree)
    code: types.CodeType = compile(tree, path, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT,
                                   dont_inherit=True)
    return code


def streamlit_modules(streamlit_module: types.ModuleType) -> dict[str, types.ModuleType]:
    """What ``import streamlit`` (and its submodules that apps import) must give."""
    return {"streamlit": streamlit_module,
            "streamlit.components": streamlit_module.components,
            "streamlit.components.v1": streamlit_module.components.v1,
            "streamlit.components.v2": streamlit_module.components.v2,
            "streamlit.connections": streamlit_module.connections}


@contextlib.contextmanager
def as_main_module(script: Script, streamlit_module: types.ModuleType) -> Iterator[types.ModuleType]:
    """A fresh ``__main__`` module for one full run; ``import streamlit`` gives wasmlit."""
    module = types.ModuleType("__main__")
    module.__file__ = script.path
    module.__dict__["__builtins__"] = builtins
    aliases = {"__main__": module, **streamlit_modules(streamlit_module)}
    saved = {name: sys.modules.get(name) for name in aliases}
    sys.modules.update(aliases)
    try:
        yield module
    finally:
        for name, previous in saved.items():
            if previous is not None:
                sys.modules[name] = previous
            else:
                sys.modules.pop(name, None)


def exec_script(script: Script, module: types.ModuleType, run: Callable[[Any], Any]) -> None:
    """Run the script in ``module``; ``run`` finishes its top-level ``await`` (the run's
    coroutine runner, ``wasmlit.runtime.coroutines``)."""
    code = script.code()
    result = eval(code, module.__dict__)  # noqa: S307 - running the user's app is the point
    if inspect.iscoroutine(result):
        run(result)
