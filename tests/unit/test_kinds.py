"""The element kinds are declared once (wasmlit/kinds.py); the page renders exactly those."""

from __future__ import annotations

import datetime as dt
import os
import re

import pytest

from wasmlit.kinds import KINDS, check_props

WEB = os.path.join(os.path.dirname(__file__), "..", "..", "web", "src", "elements")
#: kinds the page accepts that Python never writes: ``toggle`` is drawn by the checkbox
#: renderer, but st.toggle writes a ``checkbox`` node with ``toggle: true``
PAGE_ONLY_ALIASES = {"toggle"}


def _read(name: str) -> str:
    with open(os.path.join(WEB, name), encoding="utf-8") as f:
        return f.read()


def _renderer_kinds() -> dict[str, str]:
    """kind -> the module that renders it, read from registry.js and the family modules it
    merges (each exports ``renderers = { kind, other: fn, ... }``)."""
    registry = _read("registry.js")
    modules = dict(re.findall(r"import \* as (\w+) from '\./([\w-]+\.js)';", registry))
    families = re.search(r"const FAMILIES = \[([^\]]*)\]", registry)
    assert families, "registry.js no longer has `const FAMILIES = [...]`"
    kinds: dict[str, str] = {}
    for family in re.findall(r"\w+", families.group(1)):
        source = _read(modules[family])
        table = re.search(r"export const renderers = \{([^}]*)\}", source)
        assert table, f"{modules[family]} exports no `renderers = {{...}}`"
        for entry in table.group(1).split(","):
            name = entry.split(":")[0].strip()
            if name:
                assert name not in kinds, f"{name} is rendered by {kinds[name]} and {family}"
                kinds[name] = modules[family]
    return kinds


def test_every_python_kind_has_a_renderer_and_every_renderer_a_kind() -> None:
    page = set(_renderer_kinds())
    declared = set(KINDS)
    assert declared - page == set(), "kinds without a renderer in web/src/elements"
    assert page - declared <= PAGE_ONLY_ALIASES, "renderers for kinds wasmlit/kinds.py lacks"


def test_check_props_names_what_is_wrong() -> None:
    assert check_props("markdown", {"body": "x", "help": None, "unsafe_allow_html": False,
                                    "variant": "markdown"}) == []
    problems = check_props("markdown", {"bodyy": "x", "help": 3, "unsafe_allow_html": False,
                                        "variant": "markdown"})
    assert problems == ["markdown: prop 'bodyy' is not declared",
                        "markdown: required prop 'body' is missing",
                        "markdown: prop 'help' is int, declared str | NoneType"]
    assert check_props("hologram", {}) == ["unknown element kind 'hologram'"]


@pytest.mark.parametrize(("kind", "props", "value"), [
    ("date_input", {"is_range": False}, dt.date(2024, 2, 29)),
    ("date_input", {"is_range": True}, (dt.date(2024, 1, 1), dt.date(2024, 1, 31))),
    ("time_input", {}, dt.time(8, 45)),
    ("slider", {"dtype": "datetime"}, dt.datetime(2024, 5, 1, 12, 30)),
    ("slider", {"dtype": "time"}, (dt.time(1, 0), dt.time(2, 30))),
    ("slider", {}, 7),
])
def test_widget_serdes_round_trip(kind: str, props: dict[str, object], value: object) -> None:
    serde = KINDS[kind].serde
    assert serde is not None
    assert serde.from_wire(serde.to_wire(value, props), props) == value


def test_blocks_and_widgets_are_marked() -> None:
    assert {k for k, v in KINDS.items() if v.block} >= {"vertical", "form", "tabs", "dialog"}
    assert KINDS["text_input"].is_widget and not KINDS["markdown"].is_widget


def test_apptest_queries_a_kind_by_its_name_without_a_view_of_its_own() -> None:
    from helpers import app

    at = app("""
        import streamlit as st
        st.iframe("https://example.org", height=120)
        with st.sidebar:
            st.iframe("https://example.com", height=80)
    """)
    assert [e.props["src"] for e in at.iframe] == ["https://example.org", "https://example.com"]
    assert [e.props["src"] for e in at.sidebar.iframe] == ["https://example.com"]
    assert type(at.iframe[0]).__name__ == "Element"
