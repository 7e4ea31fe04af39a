"""docs/compatibility.md tells the truth: what it calls supported or partial exists, and what
it calls not yet / not possible fails with a clear error naming the command."""

from __future__ import annotations

import os
import re

import pytest

import wasmlit
from helpers import app
from wasmlit.errors import StreamlitAPIException
from wasmlit.unavailable import UNAVAILABLE, StreamlitNotAvailableError

DOC = os.path.join(os.path.dirname(__file__), "..", "..", "docs", "compatibility.md")
ROW = re.compile(r"^\| `st\.([A-Za-z_][\w.]*)` \| ([a-z ]+) \|", re.M)


def rows() -> dict[str, str]:
    with open(DOC, encoding="utf-8") as f:
        return {name: status.strip() for name, status in ROW.findall(f.read())}


def test_the_document_lists_commands_with_known_statuses() -> None:
    statuses = set(rows().values())
    assert len(rows()) > 100
    assert statuses <= {"supported", "partial", "not yet", "not possible"}, statuses


@pytest.mark.parametrize("name", sorted(n for n, s in rows().items()
                                        if s in ("supported", "partial")))
def test_what_the_document_offers_exists(name: str) -> None:
    obj = wasmlit
    for part in name.split("."):
        obj = getattr(obj, part)
    assert obj is not None


@pytest.mark.parametrize("name", sorted(n for n, s in rows().items()
                                        if s in ("not yet", "not possible")))
def test_what_the_document_lacks_fails_clearly(name: str) -> None:
    if "." in name:  # e.g. components.v1.declare_component: there, but says it cannot work
        obj = wasmlit
        for part in name.split("."):
            obj = getattr(obj, part)
        with pytest.raises(StreamlitAPIException, match="cannot"):
            obj("x")
        return
    top = name
    assert top in UNAVAILABLE, f"st.{top} is missing from wasmlit.unavailable.UNAVAILABLE"
    with pytest.raises(StreamlitNotAvailableError, match=rf"`st\.{top}` is not available"):
        getattr(wasmlit, top)


def test_unavailable_names_are_all_in_the_document() -> None:
    documented = {n for n, s in rows().items() if s in ("not yet", "not possible") and "." not in n}
    assert set(UNAVAILABLE) == documented


def test_a_missing_command_is_shown_in_place_and_hasattr_still_works() -> None:
    at = app("""
        import streamlit as st
        st.write("before")
        assert not hasattr(st, "login")
        st.login()
    """)
    assert at.exception[0].type == "StreamlitNotAvailableError"
    assert "`st.login` is not available in wasmlit" in at.exception[0].message
    assert at.markdown[0].value == "before"
