"""st.write and friends: write, write_stream, echo, help.

``st.write`` looks at each argument's type and hands it to the element that shows it best:
text as Markdown, dicts and lists as JSON, exceptions as ``st.exception``, functions,
classes and modules as ``st.help``, dataframes as ``st.dataframe`` (when that command
exists), generators through ``st.write_stream``; everything else as inline code.
"""

from __future__ import annotations

import ast
import collections
import contextlib
import dataclasses
import inspect
import linecache
import os
import sys
import textwrap
import time
import types
from typing import Any, Iterator

from wasmlit.delta_generator import DeltaGenerator, dg_method
from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.context import get_ctx

_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# contextlib's frames name the file its code was compiled from (a sourceless .pyc's __file__
# is the .pyc, as in a site's compiled stdlib)
_CONTEXTLIB = os.path.abspath(contextlib.contextmanager.__code__.co_filename)

# ---- what kind of object is this? --------------------------------------------------------

#: (top-level module, class names) of dataframe-like objects st.write shows as a table.
_DATAFRAME_TYPES: dict[str, frozenset[str]] = {
    "pandas": frozenset({"DataFrame", "Series", "Index", "Styler", "RangeIndex", "MultiIndex",
                         "DatetimeIndex", "CategoricalIndex"}),
    "numpy": frozenset({"ndarray", "matrix"}),
    "pyarrow": frozenset({"Table", "RecordBatch", "Array", "ChunkedArray"}),
    "polars": frozenset({"DataFrame", "Series", "LazyFrame"}),
    "xarray": frozenset({"Dataset", "DataArray"}),
    "modin": frozenset({"DataFrame", "Series"}),
    "dask": frozenset({"DataFrame", "Series"}),
    "pyspark": frozenset({"DataFrame"}),
    "snowflake": frozenset({"DataFrame", "Table"}),
}

#: (top-level module, class name, command) for chart and media objects; used only when the
#: command exists in this build.
_OTHER_TYPES: tuple[tuple[str, str, str], ...] = (
    ("matplotlib", "Figure", "pyplot"),
    ("altair", "Chart", "altair_chart"),
    ("altair", "LayerChart", "altair_chart"),
    ("altair", "HConcatChart", "altair_chart"),
    ("altair", "VConcatChart", "altair_chart"),
    ("plotly", "Figure", "plotly_chart"),
    ("bokeh", "figure", "bokeh_chart"),
    ("graphviz", "Digraph", "graphviz_chart"),
    ("graphviz", "Graph", "graphviz_chart"),
    ("graphviz", "Source", "graphviz_chart"),
    ("PIL", "Image", "image"),
    ("sympy", "Expr", "latex"),
)

_JSON_MAPPINGS = (dict, collections.UserDict, collections.ChainMap, types.MappingProxyType)
_JSON_SEQUENCES: tuple[type[Any], ...] = (list, collections.UserList, map, enumerate, filter,
                   type({}.keys()), type({}.values()), type({}.items()))


def _module_root(obj: Any) -> str:
    return (type(obj).__module__ or "").split(".", 1)[0]


def _is_dataframe_like(obj: Any) -> bool:
    names = _DATAFRAME_TYPES.get(_module_root(obj))
    if not names:
        return False
    return any(cls.__name__ in names for cls in type(obj).__mro__)


def _other_command(obj: Any) -> str | None:
    root = _module_root(obj)
    for module, name, command in _OTHER_TYPES:
        if root == module and any(cls.__name__ == name for cls in type(obj).__mro__):
            if hasattr(DeltaGenerator, command):
                return command
    return None


def _is_helpable(obj: Any) -> bool:
    """Functions, classes, modules and objects without a text form of their own."""
    if isinstance(obj, DeltaGenerator):
        return True
    if inspect.ismodule(obj) or inspect.isclass(obj) or inspect.isroutine(obj):
        return True
    if dataclasses.is_dataclass(obj):
        return True
    cls = type(obj)
    return cls.__repr__ is object.__repr__ and cls.__str__ is object.__str__


def _is_stream(obj: Any) -> bool:
    if inspect.isgenerator(obj) or inspect.isasyncgen(obj):
        return True
    name = f"{type(obj).__module__}.{type(obj).__name__}"
    return name in {"openai.Stream", "openai._streaming.Stream"}


def _code_span(text: str) -> str:
    """Inline code for Markdown, fenced with more backticks than the text holds."""
    longest = run = 0
    for ch in text:
        run = run + 1 if ch == "`" else 0
        longest = max(longest, run)
    fence = "`" * (longest + 1)
    if text.startswith("`") or text.endswith("`"):
        text = f" {text} "
    return f"{fence}{text}{fence}"


def _json_ready(obj: Any) -> Any:
    if isinstance(obj, _JSON_MAPPINGS):
        return dict(obj)
    if isinstance(obj, _JSON_SEQUENCES):
        return list(obj)
    return obj


# ---- st.write ----------------------------------------------------------------------------


@dg_method
def write(self: DeltaGenerator, *args: Any, unsafe_allow_html: bool = False) -> None:
    """Write arguments to the app, each the way that suits its type (``st.write``).

    Consecutive strings (and values shown as inline code) go into one Markdown element,
    joined by spaces."""
    buffer: list[str] = []

    def flush_text() -> None:
        if buffer:
            self.markdown(" ".join(buffer), unsafe_allow_html=unsafe_allow_html)
            buffer.clear()

    if not args:
        self.markdown("", unsafe_allow_html=unsafe_allow_html)
        return None
    for position, arg in enumerate(args):
        if isinstance(arg, str):
            buffer.append(arg)
            continue
        if _is_dataframe_like(arg):
            flush_text()
            if hasattr(DeltaGenerator, "dataframe"):
                self.dataframe(arg)
            else:
                self.code(str(arg), language=None)
        elif isinstance(arg, BaseException):
            flush_text()
            self.exception(arg)
        elif (command := _other_command(arg)) is not None:
            flush_text()
            getattr(self, command)(arg)
        elif isinstance(arg, _JSON_MAPPINGS + _JSON_SEQUENCES):
            flush_text()
            self.json(_json_ready(arg))
        elif _is_stream(arg):
            flush_text()
            write_stream(self, arg)
        elif unsafe_allow_html and callable(getattr(arg, "_repr_html_", None)):
            flush_text()
            html = arg._repr_html_()
            if hasattr(DeltaGenerator, "html"):
                self.html(html)
            else:
                self.markdown(html, unsafe_allow_html=True)
        elif _is_pydantic(arg):
            flush_text()
            self.json(arg.model_dump_json())
        elif _is_helpable(arg):
            flush_text()
            _help(self, arg, name=_expression_text(position) or _default_name(arg))
        else:
            buffer.append(_code_span(str(arg)))
    flush_text()
    return None


def _is_pydantic(obj: Any) -> bool:
    return (not inspect.isclass(obj)
            and any(c.__name__ == "BaseModel" and c.__module__.startswith("pydantic")
                    for c in type(obj).__mro__)
            and callable(getattr(obj, "model_dump_json", None)))


# ---- st.write_stream ---------------------------------------------------------------------


def _chunk_text(chunk: Any) -> Any:
    """Text chunks of common LLM client streams (OpenAI, LangChain) as plain strings."""
    if isinstance(chunk, str):
        return chunk
    choices = getattr(chunk, "choices", None)
    if isinstance(choices, (list, tuple)) and not isinstance(chunk, (dict, list, tuple)):
        if not choices:
            return ""
        delta = getattr(choices[0], "delta", None)
        content = getattr(delta, "content", None)
        return content if isinstance(content, str) else ""
    if type(chunk).__name__.endswith("MessageChunk") and isinstance(
            getattr(chunk, "content", None), str):
        return chunk.content
    return chunk


def _iterate(stream: Any) -> Iterator[Any]:
    if inspect.isasyncgen(stream) or hasattr(stream, "__anext__"):
        run = get_ctx().run_coroutine
        while True:
            try:
                yield run(stream.__anext__())
            except StopAsyncIteration:
                return
    else:
        yield from stream


_STREAM_FLUSH_SECONDS = 0.01


@dg_method
def write_stream(self: DeltaGenerator, stream: Any, *, cursor: str | None = None) -> Any:
    """Show a stream of text chunks as they arrive, with a typewriter effect
    (``st.write_stream``). Returns the whole text, or a list when the stream also
    yielded other objects (each shown with ``st.write``)."""
    if inspect.isgeneratorfunction(stream) or inspect.isasyncgenfunction(stream):
        stream = stream()
    if isinstance(stream, (str, bytes)) or not (
            hasattr(stream, "__iter__") or hasattr(stream, "__aiter__")):
        if isinstance(stream, str):
            stream = iter([stream])
        else:
            raise StreamlitAPIException(
                f"The provided input (type: {type(stream)}) cannot be iterated. Please make "
                "sure that it is a generator, generator function or iterable.")
    if hasattr(stream, "__aiter__") and not hasattr(stream, "__anext__"):
        stream = stream.__aiter__()
    elif not hasattr(stream, "__anext__"):
        stream = iter(stream)

    results: list[Any] = []
    text = ""
    slot: DeltaGenerator | None = None
    ctx = get_ctx()
    is_async = hasattr(stream, "__anext__")
    last_flush = 0.0

    def show_now() -> None:
        """Send the grown text to the page now, not at the next st call: the stream may
        wait a long time for its next chunk. Async streams flush every chunk (they wait in
        between); fast synchronous ones at most every few milliseconds."""
        nonlocal last_flush
        now = time.monotonic()
        if is_async or now - last_flush >= _STREAM_FLUSH_SECONDS:
            ctx.flush()
            last_flush = now

    def end_text() -> None:
        nonlocal text, slot
        if slot is not None:
            slot.markdown(text)
            results.append(text)
        text, slot = "", None

    for chunk in _iterate(stream):
        chunk = _chunk_text(chunk)
        if isinstance(chunk, str):
            if not chunk:
                continue
            if slot is None:
                slot = self.empty()
            text += chunk
            slot.markdown(text + (cursor or ""))
            show_now()
            continue
        end_text()
        write(self, chunk)
        results.append(chunk)
    end_text()
    if not results:
        return ""
    if all(isinstance(r, str) for r in results):
        return "".join(results)
    return results


# ---- st.help ------------------------------------------------------------------------------

_MAX_MEMBERS = 200


def _user_frame() -> types.FrameType | None:
    """The innermost frame of the user's code (outside wasmlit and contextlib)."""
    frame: types.FrameType | None = sys._getframe(1)
    while frame is not None:
        filename = os.path.abspath(frame.f_code.co_filename)
        if not filename.startswith(_PACKAGE_DIR + os.sep) and filename != _CONTEXTLIB:
            return frame
        frame = frame.f_back
    return None


def _parse_source_of(frame: types.FrameType) -> tuple[ast.AST, str] | None:
    lines = linecache.getlines(frame.f_code.co_filename, frame.f_globals)
    if not lines:
        return None
    source = "".join(lines)
    try:
        return ast.parse(source), source
    except (SyntaxError, ValueError):
        return None


def _expression_text(position: int = 0) -> str:
    """The source text of the argument the user's code passed (``x`` in ``st.help(x)``),
    or of the bare expression on that line (magic); empty for literals."""
    frame = _user_frame()
    if frame is None:
        return ""
    parsed = _parse_source_of(frame)
    if parsed is None:
        return ""
    tree, source = parsed
    line = frame.f_lineno
    found: ast.expr | None = None
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.lineno <= line <= (node.end_lineno or line):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("help", "write") and len(node.args) > position:
                arg = node.args[position]
                if not isinstance(arg, ast.Starred):
                    found = arg
        elif isinstance(node, ast.Expr) and node.lineno == line and found is None:
            value = node.value
            if isinstance(value, ast.Tuple):
                if len(value.elts) > position:
                    found = value.elts[position]
            elif not isinstance(value, ast.Call):
                found = value
    if found is None or isinstance(found, ast.Constant):
        return ""
    return ast.get_source_segment(source, found) or ""


def _default_name(obj: Any) -> str:
    if inspect.ismodule(obj) or inspect.isclass(obj) or inspect.isroutine(obj):
        return str(getattr(obj, "__name__", ""))
    return ""


def _type_name(obj: Any) -> str:
    if inspect.isclass(obj):
        return "class"
    if inspect.ismodule(obj):
        return "module"
    return type(obj).__name__


def _signature(obj: Any) -> str:
    try:
        sig = inspect.signature(obj)
    except (TypeError, ValueError):
        return "(...)"
    params = list(sig.parameters.values())
    if (params and params[0].name == "self" and inspect.isfunction(obj)
            and (getattr(obj, "__module__", "") or "").startswith("wasmlit")):
        sig = sig.replace(parameters=params[1:])  # st.<command>: the handle is implied
    return str(sig)


def _value_text(obj: Any) -> str:
    """The object's value as help shows it: a callable's qualified signature, a module
    nothing, anything else its repr."""
    if inspect.ismodule(obj):
        return ""
    if inspect.isclass(obj) or inspect.isroutine(obj):
        module = getattr(obj, "__module__", None) or "builtins"
        name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", "")
        return f"{module}.{name}{_signature(obj)}"
    cls = type(obj)
    if cls.__repr__ is object.__repr__ and not isinstance(obj, DeltaGenerator):
        return f"{cls.__module__}.{cls.__qualname__}{_signature(cls)}"
    try:
        text = repr(obj)
    except Exception:  # a broken __repr__ must not break help
        return ""
    return text if len(text) <= 1000 else text[:1000] + "…"


def _doc(obj: Any) -> str:
    if isinstance(obj, DeltaGenerator):
        return inspect.getdoc(DeltaGenerator) or ""
    try:
        return inspect.getdoc(obj) or ""
    except Exception:
        return ""


def _summary(doc: str | None) -> str:
    if not doc:
        return ""
    return inspect.cleandoc(doc).split("\n\n", 1)[0].strip()


def _members(obj: Any) -> list[dict[str, str]]:
    if inspect.isroutine(obj):
        return []
    values: list[dict[str, str]] = []
    routines: list[dict[str, str]] = []
    try:
        names = sorted(n for n in dir(obj) if not n.startswith("_"))
    except Exception:
        return []
    for name in names[:_MAX_MEMBERS]:
        try:
            static = inspect.getattr_static(obj, name)
        except AttributeError:
            continue
        if isinstance(static, (property, types.GetSetDescriptorType,
                               types.MemberDescriptorType)):
            values.append({"name": name, "type": "property", "value": "",
                           "doc": _summary(getattr(static, "__doc__", None))})
            continue
        try:
            member = getattr(obj, name)
        except Exception:  # properties may raise
            continue
        if inspect.ismodule(member):
            continue
        if callable(member):
            routines.append({"name": name, "type": _type_name(member), "value": "",
                             "doc": _summary(getattr(member, "__doc__", None))})
        else:
            try:
                text = repr(member)
            except Exception:
                text = ""
            values.append({"name": name, "type": type(member).__name__,
                           "value": text if len(text) <= 200 else text[:200] + "…", "doc": ""})
    return values + routines


def _help(dg: DeltaGenerator, obj: Any, *, name: str) -> DeltaGenerator:
    return dg._enqueue("help", {
        "name": name,
        "type": _type_name(obj),
        "value": _value_text(obj),
        "doc": _doc(obj),
        "members": _members(obj),
    })


# st.help() without an argument: a module stand-in, as Streamlit's default is its own module
_NO_OBJECT = types.ModuleType("streamlit")


@dg_method
def help(self: DeltaGenerator, obj: Any = _NO_OBJECT, *,  # Streamlit's name
         width: str | int = "stretch") -> DeltaGenerator:
    """Show an object's name, type, value or signature, docstring and members
    (``st.help``). Without an argument, help on ``streamlit`` itself."""
    if obj is _NO_OBJECT:
        obj = sys.modules.get("streamlit") or sys.modules["wasmlit"]
        name = "streamlit"
    else:
        name = _expression_text() or _default_name(obj)
    return _help(self, obj, name=name)


# ---- st.echo ------------------------------------------------------------------------------


def _with_block_source(frame: types.FrameType) -> str | None:
    """The source of the body of the ``with`` statement running in ``frame``."""
    parsed = _parse_source_of(frame)
    if parsed is None:
        return None
    tree, source = parsed
    line = frame.f_lineno
    best: ast.With | ast.AsyncWith | None = None
    for node in ast.walk(tree):
        if isinstance(node, (ast.With, ast.AsyncWith)) and node.body:
            head_end = max(node.lineno, node.body[0].lineno - 1)
            if node.lineno <= line <= head_end and (best is None or node.lineno >= best.lineno):
                best = node
    if best is None:
        return None
    lines = source.splitlines()
    first, last = best.body[0], best.body[-1]
    if first.lineno == best.lineno:  # `with st.echo(): x = 1`
        segment = "\n".join(ast.get_source_segment(source, stmt) or "" for stmt in best.body)
        return segment
    end = last.end_lineno or last.lineno
    return textwrap.dedent("\n".join(lines[first.lineno - 1:end])).strip("\n")


@dg_method
@contextlib.contextmanager
def echo(self: DeltaGenerator, code_location: str = "above") -> Iterator[None]:
    """Show the code of the ``with`` block, then run it (``st.echo``); with
    ``code_location="below"`` the code comes after the block's output."""
    frame = _user_frame()
    code = _with_block_source(frame) if frame is not None else None
    del frame
    below = code_location == "below"
    if code is not None and not below:
        self.code(code, "python")
    try:
        yield
    finally:
        if code is not None and below:
            self.code(code, "python")

