"""Every command wasmlit offers takes Streamlit 1.67's parameters: the same names, in the same
order, of the same kinds, with the same defaults. The snapshot comes from real Streamlit
(scripts/streamlit_signatures.py); a parameter the browser cannot honour is still accepted
(and documented in docs/compatibility.md), never a TypeError."""

from __future__ import annotations

import json
import os
from typing import Any

import pytest

import wasmlit
from wasmlit.unavailable import UNAVAILABLE

SNAPSHOT = os.path.join(os.path.dirname(__file__), "data", "streamlit_signatures.json")
with open(SNAPSHOT, encoding="utf-8") as f:
    STREAMLIT = json.load(f)


def _load_snapshot_script() -> Any:
    """scripts/streamlit_signatures.py, whose ``describe`` reads our signatures the same way."""
    import importlib.util

    path = os.path.join(os.path.dirname(__file__), "..", "..", "scripts",
                        "streamlit_signatures.py")
    spec = importlib.util.spec_from_file_location("streamlit_signatures", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SIGNATURES = _load_snapshot_script()


def offered(name: str) -> Any | None:
    """wasmlit's object for ``st.<name>``, or None where wasmlit says it is not available."""
    if name.split(".")[0] in UNAVAILABLE:
        return None
    obj: Any = wasmlit
    for part in name.split("."):
        obj = getattr(obj, part, None)
        if obj is None:
            return None
    return obj


OFFERED = sorted(n for n in STREAMLIT["callables"] if offered(n) is not None)


def test_the_snapshot_is_of_streamlit_1_67():
    assert STREAMLIT["streamlit"] == "1.67.0"
    assert len(STREAMLIT["callables"]) > 100


@pytest.mark.parametrize("name", OFFERED)
def test_the_signature_matches_streamlit(name: str) -> None:
    ours = SIGNATURES.describe(offered(name))
    assert ours is not None, f"st.{name} has no signature"
    theirs = STREAMLIT["callables"][name]
    assert [p["name"] for p in ours] == [p["name"] for p in theirs], f"st.{name}: names"
    assert [p["kind"] for p in ours] == [p["kind"] for p in theirs], f"st.{name}: kinds"
    for a, b in zip(ours, theirs):
        assert a["default"] == b["default"], f"st.{name}({a['name']}=...): default"


def test_every_streamlit_command_is_offered_or_said_to_be_missing():
    missing = [n for n in STREAMLIT["callables"] if "." not in n and offered(n) is None
               and n not in UNAVAILABLE]
    assert missing == []
