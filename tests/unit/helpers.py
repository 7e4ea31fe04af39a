"""Small helpers shared by the unit tests."""

from __future__ import annotations

import hashlib
import os
import textwrap

from wasmlit.testing import AppTest

# The seed page's three examples, verbatim: the demo apps are the single copy.
SEEDS = os.path.join(os.path.dirname(__file__), "..", "..", "demo")


def app(source: str) -> AppTest:
    """Run a script given inline (dedented) once, and return the AppTest."""
    return AppTest.from_string(textwrap.dedent(source)).run()


def md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


def texts(at: AppTest) -> list[str]:
    """Every markdown body on the page, in order."""
    return [m.value for m in at.markdown]
