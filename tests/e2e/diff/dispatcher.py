"""Runs under real Streamlit 1.67: ``streamlit run dispatcher.py``, then ``/?app=<name>`` runs
that app of tests/e2e/diff/diff_apps.py as the script body (one server for every app)."""

import importlib.util
import os

import streamlit as st

_spec = importlib.util.spec_from_file_location("diff_apps", os.environ["WASMLIT_DIFF_APPS"])
assert _spec and _spec.loader
_apps = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_apps)
_name = st.query_params.get("app", "")
_source = _apps.APPS[_name].source
exec(compile(_source, f"{_name}.py", "exec"), {"__name__": "__main__"})
