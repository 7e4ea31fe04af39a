"""Medians, p95 and the table printed at the end."""

from __future__ import annotations

import math
import statistics
from typing import Sequence


def summary(values: Sequence[float]) -> dict:
    """n, median, p95 (nearest rank), min and max of a list of figures."""
    xs = sorted(values)
    if not xs:
        return {"n": 0, "median": None, "p95": None, "min": None, "max": None}
    rank = max(1, math.ceil(0.95 * len(xs)))
    return {"n": len(xs), "median": statistics.median(xs), "p95": xs[rank - 1],
            "min": xs[0], "max": xs[-1]}


def fmt(value: object, unit: str = "") -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        text = f"{value:.3f}" if abs(value) < 10 else f"{value:.1f}" if abs(value) < 1000 else f"{value:,.0f}"
    elif isinstance(value, int):
        text = f"{value:,}"
    else:
        text = str(value)
    return f"{text} {unit}".strip()


def table(rows: list[tuple[str, str, str, str, str]]) -> str:
    """Rows of (figure, median, p95, target, verdict) as an aligned text table."""
    head = ("figure", "median", "p95", "target", "met")
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(5)]
    line = lambda r: "  ".join(str(c).ljust(w) if i in (0, 3, 4) else str(c).rjust(w)
                               for i, (c, w) in enumerate(zip(r, widths)))
    sep = "  ".join("-" * w for w in widths)
    return "\n".join([line(head), sep, *(line(r) for r in rows)])
