"""The wasmlit package as a site ships it (wasmlit.packing, site.package_zip)."""

from __future__ import annotations

import gzip
import subprocess
import sys
import traceback

import pytest

from wasmlit import packing, site

SOURCE = b'''"""The module's docstring."""

from __future__ import annotations

# a comment on a line of its own
import os  # a comment after code


def public(x):
    """Shown by st.help."""
    text = "# not a comment"  # but this is
    return helper(x) + text


def helper(x):
    """Not public."""
    return _private(x)


def _private(x):
    """A private helper's docstring,
    over two lines."""

    def inner():
        """Inside a private function: private too."""
        return 1 / x

    return inner()


class Widget:
    """A public class."""

    def _hidden(self):
        """A private method."""
        return os.sep


class _Internal:
    """Private class."""
'''


def test_slim_drops_comments_and_private_docstrings_and_keeps_every_line():
    slim = packing.slim(SOURCE)
    assert slim.count(b"\n") == SOURCE.count(b"\n")
    text = slim.decode()
    assert "comment" not in text.replace('"# not a comment"', "")
    assert '"# not a comment"' in text  # a string is no comment
    for kept in ("Shown by st.help.", "Not public.", "A public class."):
        assert kept in text, kept
    for gone in ("The module's docstring.", "A private helper", "over two lines",
                 "Inside a private", "A private method.", "Private class."):
        assert gone not in text, gone
    # every line with code is where it was, and unchanged but for a trailing comment
    for old, new in zip(SOURCE.decode().splitlines(), text.splitlines()):
        if old.strip() and not old.lstrip().startswith("#") and '"""' not in old \
                and "comment" not in old:
            assert new == old


def test_slim_code_behaves_the_same_and_a_traceback_names_the_right_line():
    namespace: dict = {}
    exec(compile(packing.slim(SOURCE), "mod.py", "exec"), namespace)
    assert namespace["public"].__doc__ == "Shown by st.help."
    assert namespace["Widget"].__doc__ == "A public class."
    assert not namespace["_private"].__doc__
    try:
        namespace["public"](0)
    except ZeroDivisionError as exc:
        frames = traceback.extract_tb(exc.__traceback__)
    lines = SOURCE.decode().splitlines()
    assert lines[frames[-1].lineno - 1].strip() == "return 1 / x"
    assert lines[frames[-2].lineno - 1].strip() == "return inner()"
    assert lines[frames[-4].lineno - 1].strip() == "return helper(x) + text"


def test_slim_leaves_alone_what_does_not_parse_and_one_line_docstrings_beside_code():
    assert packing.slim(b"def f(:\n  # c\n") == b"def f(:\n  # c\n"
    one_liner = b'def _f(): """doc"""; return 1\n'
    assert packing.slim(one_liner) == one_liner
    assert packing.slim("x = 'é'  # café\n".encode()) == "x = 'é'\n".encode()


def test_the_site_package_is_a_gzip_of_the_slimmed_sources(tmp_path):
    dest = tmp_path / packing.NAME
    site.package_zip(dest)
    data = dest.read_bytes()
    assert data[:2] == packing.GZIP_MAGIC
    inner = gzip.decompress(data)
    assert inner[:2] == b"PK"
    package = packing.read(dest)
    names = package.namelist()
    assert "wasmlit/__init__.py" in names and "wasmlit/_pyodide_bridge.py" in names
    assert not [n for n in names if n.endswith(".pyc") or "_web" in n]
    assert "wasmlit/cli.py" not in names and "wasmlit/packing.py" not in names
    for info in package.infolist():
        assert info.compress_type == 0, info.filename  # stored: the gzip compresses it all
    for name in names:
        if not name.endswith(".py"):
            continue
        original = (site.PACKAGE_DIR / name.removeprefix("wasmlit/")).read_bytes()
        shipped = package.read(name)
        assert shipped == packing.slim(original), name
        assert shipped.count(b"\n") == original.count(b"\n"), name
        compile(shipped, name, "exec")
    # the same sources make the same bytes (the offline manifest's hash stays put)
    site.package_zip(tmp_path / "again.zip.gz")
    assert (tmp_path / "again.zip.gz").read_bytes() == data


@pytest.mark.skipif(sys.platform == "emscripten", reason="no subprocess in Pyodide")
def test_the_shipped_package_keeps_the_public_apis_docstrings(tmp_path):
    """st.help shows wasmlit's own docstrings: the shipped package still has them."""
    site.package_zip(tmp_path / packing.NAME)
    packing.read(tmp_path / packing.NAME).extractall(tmp_path / "pkg")
    probe = ("import inspect, wasmlit as st; "
             "print(st.__file__); print(inspect.getdoc(st.write))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          env={"PYTHONPATH": str(tmp_path / "pkg"), "PATH": ""}, check=True)
    where, doc = done.stdout.split("\n", 1)
    assert where.startswith(str(tmp_path / "pkg"))
    import inspect

    import wasmlit as st

    assert doc.strip() == (inspect.getdoc(st.write) or "").strip() != ""
