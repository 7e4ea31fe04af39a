"""wasmlit's Python package as a site ships it: ``wasmlit.zip.gz``, a gzip of a stored zip.

The whole archive is compressed at once (one gzip stream over every file, not one deflate
stream per file as in a plain zip), which the worker undoes natively with
``DecompressionStream`` before Pyodide unpacks the zip (web/src/worker/worker.js). Any static
host serves it as it is, and a host that adds ``Content-Encoding: gzip`` of its own is fine
too (the worker looks at the bytes, not at the name).

The sources are slimmed (:func:`slim`) with every line where it was, so a traceback through
wasmlit names the right line and shows its code. ``scripts/compile-pyc.mjs`` compiles the
same slimmed sources for ``wasmlit build --bytecode`` (its pycs are hash-checked against
them).

Stdlib only, and importable from its file alone (compile-pyc.mjs loads it that way inside
Pyodide).
"""

from __future__ import annotations

import ast
import gzip
import io
import tokenize
import zipfile
from pathlib import Path

#: the site's file
NAME = "wasmlit.zip.gz"
#: gzip's magic bytes (a zip starts with b"PK")
GZIP_MAGIC = b"\x1f\x8b"


def _is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _docstring(node: ast.AST) -> ast.Expr | None:
    body = getattr(node, "body", None)
    if isinstance(body, list) and body and isinstance(body[0], ast.Expr) \
            and isinstance(body[0].value, ast.Constant) \
            and isinstance(body[0].value.value, str):
        return body[0]
    return None


def _private_docstrings(tree: ast.Module) -> list[ast.Expr]:
    """The module's docstring and those of private functions and classes (a name that starts
    with ``_``, and everything inside one). Public ones stay: ``st.help`` shows them."""
    found = []
    if (doc := _docstring(tree)) is not None:
        found.append(doc)

    def walk(node: ast.AST, private: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                inner = private or _is_private(child.name)
                if inner and (doc := _docstring(child)) is not None:
                    found.append(doc)
                walk(child, inner)
            else:
                walk(child, private)

    walk(tree, False)
    return found


def slim(source: bytes) -> bytes:
    """``source`` without its comments, its module docstring and private docstrings; every
    other line stays where it was (a removed docstring leaves ``""`` and blank lines).

    Source that does not parse is returned as it is (Python reports the error at import)."""
    try:
        text = source.decode("utf-8")
        tree = ast.parse(text)
        tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (UnicodeDecodeError, SyntaxError, ValueError, tokenize.TokenError):
        return source
    lines = source.splitlines(keepends=True)  # bytes: only \n, \r\n and \r end a line
    # ast and tokenize count columns differently (utf-8 bytes, characters): work in bytes
    for tok in tokens:
        if tok.type == tokenize.COMMENT:
            row, col = tok.start
            line = lines[row - 1].decode("utf-8")
            lines[row - 1] = (line[:col].rstrip() + line[tok.end[1]:]).encode("utf-8")
    for doc in sorted(_private_docstrings(tree), key=lambda d: d.lineno, reverse=True):
        first, last = doc.lineno - 1, doc.end_lineno - 1  # type: ignore[operator]
        if lines[first][:doc.col_offset].strip() or lines[last][doc.end_col_offset:].strip():
            continue  # shares a line with other code (a comment there is gone already)
        kept = lines[first][:doc.col_offset] + b'""' + b"\n" * (last - first) \
            + lines[last][doc.end_col_offset:]
        lines[first:last + 1] = kept.splitlines(keepends=True)
    return b"".join(lines)


def write(dest: Path, files: list[tuple[str, bytes]]) -> None:
    """Write ``files`` (archive name, bytes) to ``dest`` as a gzip of a stored zip.

    The zip's timestamps are fixed, so the same sources make the same bytes (and the offline
    manifest's hash does not change with every build)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        for name, data in files:
            zf.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data)
    dest.write_bytes(gzip.compress(buf.getvalue(), 9, mtime=0))


def read(path: Path | str) -> zipfile.ZipFile:
    """The zip inside a site's ``wasmlit.zip.gz`` (also a plain zip, for older sites)."""
    data = Path(path).read_bytes()
    if data[:2] == GZIP_MAGIC:
        data = gzip.decompress(data)
    return zipfile.ZipFile(io.BytesIO(data))
