"""The pytest plugin, as a user meets it: a fresh venv with only `pip install wasmlit
pytest-playwright` (offline, from the wheels `make install` cached), a test file beside an app,
and a conftest that points pytest-playwright at the system Chromium. Nothing else configured."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HOST_WHEELS = ROOT / ".cache" / "host-wheels"

COUNTERS = """\
import streamlit as st

if "count" not in st.session_state:
    st.session_state.count = 0
if st.button("Increment"):
    st.session_state.count += 1
st.markdown(f"Count: {st.session_state.count}")
name = st.text_input("Your name")
if name:
    st.write(f"Hello, {name}!")
"""

COUNTERS_TEST = """\
import pytest
from playwright.sync_api import Page, expect

from wasmlit.testing.e2e import click_button, expect_markdown, fill_text_input


def test_increments(app: Page):
    expect_markdown(app, "Count: 0")
    click_button(app, "Increment")
    click_button(app, "Increment")
    expect_markdown(app, "Count: 2")


def test_greets(app: Page):
    fill_text_input(app, "Your name", "Ada")
    expect(app.get_by_text("Hello, Ada!")).to_be_visible()


@pytest.mark.app_script("broken.py")
def test_an_app_that_raises_fails_with_its_traceback(app: Page):
    pass


@pytest.mark.app_script("broken.py")
@pytest.mark.app_exceptions_allowed
def test_an_expected_exception_can_be_checked(app: Page):
    expect(app.get_by_test_id("stException")).to_contain_text("ZeroDivisionError")
"""

BROKEN = """\
import streamlit as st

st.title("About to fail")
ratio = 1 / 0
"""

CONFTEST = """\
import pytest


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": "/usr/bin/chromium",
            "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync"]}
"""


def test_a_test_beside_an_app_runs_in_a_fresh_venv(tmp_path: Path, wasmlit_wheel: Path,
                                                    chromium) -> None:
    assert (HOST_WHEELS / ".downloaded").is_file(), "make install fills .cache/host-wheels"
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "-q",
         "--no-index", "--find-links", str(HOST_WHEELS), str(wasmlit_wheel), "pytest-playwright"],
        capture_output=True, text=True)
    assert installed.returncode == 0, installed.stderr[-3000:]

    project = tmp_path / "project"
    project.mkdir()
    for name, text in {"counters.py": COUNTERS, "counters_test.py": COUNTERS_TEST,
                       "broken.py": BROKEN, "conftest.py": CONFTEST}.items():
        (project / name).write_text(textwrap.dedent(text))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PYTEST"))}
    run = subprocess.run([str(venv / "bin" / "python"), "-m", "pytest", "-q", "-p",
                          "no:cacheprovider", "-rf"], cwd=project, env=env,
                         capture_output=True, text=True, timeout=600)
    out = run.stdout + run.stderr
    assert run.returncode == 1 and "3 passed" in out and "1 error" in out, out[-4000:]
    # The app's failure fails its test at once (an error in the `app` fixture), with the
    # app's own traceback in the report instead of a time-out.
    failed = out[out.index("ERROR at setup of test_an_app_that_raises"):]
    assert "the app raised during its first run" in failed, out[-4000:]
    assert "ZeroDivisionError: division by zero" in failed, out[-4000:]
    assert 'broken.py", line 4' in failed, out[-4000:]
    assert "Timeout" not in failed, out[-4000:]
