"""Running scripts: as __main__, from their folder, with top-level await."""

from __future__ import annotations

import os
import pathlib
import textwrap

import pytest

from helpers import texts
from wasmlit.testing import AppTest


def write(folder: str, name: str, text: str) -> str:
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(textwrap.dedent(text))
    return path


def test_script_runs_as_main_with_its_folder_importable(
        tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(str(tmp_path), "helper_mod_x.py", "GREETING = 'hi from helper'\n")
    write(str(tmp_path), "data.csv", "a,b\n1,2\n")
    app_path = write(str(tmp_path), "app.py", """
        import os
        import streamlit as st
        import helper_mod_x
        st.write(helper_mod_x.GREETING)
        st.write(__name__)
        st.write(os.path.basename(__file__))
        with open(os.path.join(os.path.dirname(__file__), "data.csv")) as f:
            st.write(f.read().splitlines()[1])
    """)
    at = AppTest.from_file(app_path).run()
    assert texts(at) == ["hi from helper", "__main__", "app.py", "1,2"]


def test_each_full_run_gets_a_fresh_namespace() -> None:
    at = AppTest.from_string(textwrap.dedent("""
        import streamlit as st
        try:
            seen = counter
        except NameError:
            seen = "fresh"
        counter = 1
        st.write(str(seen))
    """)).run().run()
    assert texts(at) == ["fresh"]


def test_top_level_await() -> None:
    at = AppTest.from_string(textwrap.dedent("""
        import asyncio
        import streamlit as st

        async def value():
            await asyncio.sleep(0)
            return 7

        st.write(str(await value()))
    """)).run()
    assert texts(at) == ["7"]


def test_file_changes_are_picked_up_on_the_next_run(tmp_path: pathlib.Path) -> None:
    path = write(str(tmp_path), "app.py", "import streamlit as st\nst.write('v1')\n")
    at = AppTest.from_file(path).run()
    assert texts(at) == ["v1"]
    write(str(tmp_path), "app.py", "import streamlit as st\nst.write('version 2')\n")
    os.utime(path, (1, 1))
    at.run()
    assert texts(at) == ["version 2"]


def test_import_wasmlit_as_st_works_too() -> None:
    at = AppTest.from_string("import wasmlit as st\nst.header('h')\n").run()
    assert at.header[0].value == "h"
