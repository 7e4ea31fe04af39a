"""Data elements (see the issue \"Elements\"); mirrors web/src/elements/data.js."""

from __future__ import annotations
