"""Media elements (see the issue \"Elements\"); mirrors web/src/elements/media.js."""

from __future__ import annotations
