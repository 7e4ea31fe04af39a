"""Magic: a bare expression in the script is shown as ``st.write`` would show it.

The script's syntax tree is rewritten before it is compiled: each expression statement
``expr`` becomes ``__wasmlit_magic__(expr)`` (a tuple ``a, b`` becomes
``__wasmlit_magic__(a, b)``). As in Streamlit, this happens in the module body and in the
bodies of ``if``/``for``/``while``/``with``/``try``/``match`` blocks, functions and methods
(not in class bodies), and these expressions are left alone:

- function calls (``f()``, ``st.text(...)``): their result is never shown;
- ``await``, ``yield`` and ``yield from`` expressions;
- docstrings (a string first in a module, class or function body).

The new nodes keep the expression's source position, so line numbers in tracebacks are
those of the script; the helper lives in wasmlit, so tracebacks trimmed to user code do not
show it.
"""

from __future__ import annotations

import ast
from typing import Any

MAGIC_NAME = "__wasmlit_magic__"

_BLOCKS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.With, ast.AsyncWith, ast.For,
           ast.AsyncFor, ast.While, ast.If)
_DOCSTRING_PARENTS = (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
_SKIPPED = (ast.Call, ast.Await, ast.Yield, ast.YieldFrom)


def show(*values: Any) -> Any:
    """What a magic expression calls: ``st.write(*values)`` in the active container."""
    from wasmlit.delta_generator import active_dg
    from wasmlit.runtime.context import get_ctx

    get_ctx().show.write(active_dg(), *values)
    return values[0] if len(values) == 1 else values


def transform(tree: ast.Module) -> ast.Module:
    """Rewrite bare expressions in place (see the module docstring) and import the helper
    right after the docstring and ``from __future__`` imports."""
    _rewrite_body(tree, tree.body)
    position = 0
    if tree.body and _is_docstring(tree.body[0]):
        position = 1
    while position < len(tree.body) and isinstance(stmt := tree.body[position], ast.ImportFrom) \
            and stmt.module == "__future__":
        position += 1
    anchor = tree.body[position] if position < len(tree.body) else None
    line = anchor.lineno if anchor is not None else 1
    at = {"lineno": line, "col_offset": 0, "end_lineno": line, "end_col_offset": 0}
    imp = ast.ImportFrom(module="wasmlit.runtime.magic",
                         names=[ast.alias(name="show", asname=MAGIC_NAME, **at)], level=0, **at)
    tree.body.insert(position, imp)
    return tree


def _is_docstring(node: ast.stmt) -> bool:
    return (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str))


def _rewrite_body(parent: ast.AST, body: list[ast.stmt]) -> None:
    for index, node in enumerate(body):
        if isinstance(node, ast.Expr):
            if index == 0 and isinstance(parent, _DOCSTRING_PARENTS) and _is_docstring(node):
                continue
            if isinstance(node.value, _SKIPPED):
                continue
            node.value = _magic_call(node.value)
        elif isinstance(node, _BLOCKS):
            _rewrite_body(node, node.body)
            orelse = getattr(node, "orelse", None)
            if orelse:
                _rewrite_body(node, orelse)
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    _rewrite_body(item, item.body)
        elif isinstance(node, (ast.Try, ast.TryStar)):
            _rewrite_body(node, node.body)
            for handler in node.handlers:
                _rewrite_body(handler, handler.body)
            _rewrite_body(node, node.orelse)
            _rewrite_body(node, node.finalbody)
        elif isinstance(node, ast.Match):
            for case in node.cases:
                _rewrite_body(case, case.body)


def _magic_call(value: ast.expr) -> ast.Call:
    args = list(value.elts) if isinstance(value, ast.Tuple) and value.elts else [value]
    func = ast.Name(id=MAGIC_NAME, ctx=ast.Load())
    call = ast.Call(func=func, args=args, keywords=[])
    ast.copy_location(func, value)
    ast.copy_location(call, value)
    return call
