"""``streamlit.components``: embedded HTML and iframes (``components.v1``)."""

from wasmlit.components import v1

__all__ = ["v1"]
