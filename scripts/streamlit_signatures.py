"""Snapshot the public signatures of real Streamlit, to hold wasmlit's against.

Run it with a Python that has the Streamlit release the snapshot is for, in a venv of its own:

    python3 -m venv /tmp/st && /tmp/st/bin/pip install streamlit==1.67.0
    /tmp/st/bin/python scripts/streamlit_signatures.py > tests/unit/data/streamlit_signatures.json

It records, for every public callable of ``streamlit`` (and of ``streamlit.column_config`` and
``streamlit.components.v1``), each parameter's name, kind and default. Defaults that are plain
values (None, booleans, numbers, strings, lists of those, enum values) are kept as values;
others by their type's name. tests/unit/test_signatures.py compares wasmlit with it.
"""

from __future__ import annotations

import enum
import inspect
import json
import logging
import sys
import types
from typing import Any

PLAIN = (bool, int, float, str)


def describe_default(value: Any) -> dict[str, Any]:
    if value is inspect.Parameter.empty:
        return {"required": True}
    if value is None or isinstance(value, PLAIN):
        return {"value": value}
    if isinstance(value, (tuple, list)) and all(v is None or isinstance(v, PLAIN) for v in value):
        return {"value": list(value)}
    if isinstance(value, enum.Enum):
        return {"value": value.value}
    return {"type": type(value).__name__}


def describe(fn: Any) -> list[dict[str, Any]] | None:
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return None
    return [{"name": p.name, "kind": p.kind.name, "default": describe_default(p.default)}
            for p in sig.parameters.values() if p.name != "self"]


def public_callables(module: types.ModuleType, prefix: str) -> dict[str, list[dict[str, Any]]]:
    found = {}
    for name in sorted(getattr(module, "__all__", None) or dir(module)):
        if name.startswith("_"):
            continue
        obj = getattr(module, name)
        if isinstance(obj, types.ModuleType) or not callable(obj):
            continue
        if getattr(obj, "__module__", "").split(".")[0] in ("typing", "typing_extensions"):
            continue
        params = describe(obj)
        if params is not None:
            found[prefix + name] = params
    return found


def main() -> None:
    logging.disable(logging.WARNING)  # bare mode: no "missing ScriptRunContext" noise
    import streamlit as st
    import streamlit.column_config
    import streamlit.components.v1
    import streamlit.components.v2

    callables: dict[str, Any] = {}
    callables.update(public_callables(st, ""))
    callables.update(public_callables(streamlit.column_config, "column_config."))
    callables.update(public_callables(streamlit.components.v1, "components.v1."))
    callables.update(public_callables(streamlit.components.v2, "components.v2."))
    json.dump({"streamlit": st.__version__, "callables": callables}, sys.stdout, indent=1,
              sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
