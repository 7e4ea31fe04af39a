"""Compile and execute the user's script as ``__main__``."""

from __future__ import annotations

import ast
import builtins
import contextlib
import importlib
import importlib.abc
import importlib.machinery
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


#: ``import streamlit.<name>`` gives wasmlit's own ``wasmlit.<name>`` for each of these
ALIASED = ("components", "components.v1", "components.v2", "connections")


class _Aliases(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """While ``streamlit`` is wasmlit, ``import streamlit.components.v1`` (and the other
    :data:`ALIASED` submodules) gives the very module ``wasmlit.components.v1``, imported the
    first time an app asks for it (not at boot)."""

    def find_spec(self, fullname: str, path: Any = None, target: Any = None
                  ) -> importlib.machinery.ModuleSpec | None:
        top, _, rest = fullname.partition(".")
        if top != "streamlit" or rest not in ALIASED:
            return None
        if getattr(sys.modules.get("streamlit"), "__name__", None) != "wasmlit":
            return None  # real Streamlit (or none) is imported: not ours to answer
        return importlib.machinery.ModuleSpec(fullname, self)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        module = importlib.import_module("wasmlit." + spec.name.partition(".")[2])
        spec.loader_state = module.__spec__  # the import machinery sets __spec__ to ``spec``
        return module

    def exec_module(self, module: types.ModuleType) -> None:
        assert module.__spec__ is not None
        module.__spec__ = module.__spec__.loader_state  # already run: keep wasmlit's spec


_ALIASES = _Aliases()


def streamlit_modules(streamlit_module: types.ModuleType) -> dict[str, types.ModuleType]:
    """What ``import streamlit`` must give; its submodules that apps import (:data:`ALIASED`)
    are found by an import hook installed here, so that they load on first use."""
    if _ALIASES not in sys.meta_path:
        sys.meta_path.insert(0, _ALIASES)
    return {"streamlit": streamlit_module}


@contextlib.contextmanager
def as_main_module(script: Script, streamlit_module: types.ModuleType) -> Iterator[types.ModuleType]:
    """A fresh ``__main__`` module for one full run; ``import streamlit`` gives wasmlit."""
    module = types.ModuleType("__main__")
    module.__file__ = script.path
    module.__dict__["__builtins__"] = builtins
    aliases = {"__main__": module, **streamlit_modules(streamlit_module)}
    # an app's `import streamlit.components.v1` lasts as long as the run, as `streamlit` does
    names = [*aliases, *(f"streamlit.{name}" for name in ALIASED)]
    saved = {name: sys.modules.get(name) for name in names}
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
