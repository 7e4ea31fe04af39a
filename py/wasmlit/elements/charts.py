"""Charts elements (see the issue \"Elements\"); mirrors web/src/elements/charts.js."""

from __future__ import annotations
