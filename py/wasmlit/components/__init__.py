"""``streamlit.components``: embedded HTML, iframes and custom components (``v1``), and
components drawn in the app's page (``v2``)."""

from wasmlit.components import v1, v2

__all__ = ["v1", "v2"]
