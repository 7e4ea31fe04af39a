"""Rerun requests waiting to run, merged the way Streamlit merges them (B42-B43), except that
no click is ever lost: a second click on a button whose click is still waiting gets a run of
its own instead of being merged away."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class RerunRequest:
    #: None for a full run, else the fragments to rerun, in order
    fragment_ids: list[str] | None = None
    values: dict[str, Any] = field(default_factory=dict)
    triggers: set[str] = field(default_factory=set)
    auto: bool = False

    @property
    def is_full(self) -> bool:
        return self.fragment_ids is None

    def covers(self, fid: str) -> bool:
        return self.fragment_ids is None or fid in self.fragment_ids

    def absorb(self, other: "RerunRequest") -> None:
        """Merge a later request into this one (its values win; triggers add up)."""
        if other.fragment_ids is None:
            self.fragment_ids = None
        elif self.fragment_ids is not None:
            self.fragment_ids += [f for f in other.fragment_ids if f not in self.fragment_ids]
        self.values.update(other.values)
        self.triggers |= other.triggers
        self.auto = self.auto and other.auto


class RequestQueue:
    def __init__(self) -> None:
        self.items: list[RerunRequest] = []

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def add(self, req: RerunRequest) -> None:
        if req.auto and req.fragment_ids and any(
                all(p.covers(f) for f in req.fragment_ids) for p in self.items):
            return  # a timer tick already waiting: coalesce
        if self.items and not (self.items[-1].triggers & req.triggers):
            self.items[-1].absorb(req)
        else:
            self.items.append(req)
        if req.is_full:
            self._fold_into_full()

    def push_front(self, req: RerunRequest) -> None:
        """A rerun the script asked for: it runs next, absorbing what it can."""
        self.items.insert(0, req)
        if req.is_full:
            self._fold_into_full()
        else:
            while len(self.items) > 1 and not (self.items[0].triggers & self.items[1].triggers) \
                    and not self.items[1].is_full:
                self.items[0].absorb(self.items.pop(1))

    def _fold_into_full(self) -> None:
        """A full run renders every fragment: fold waiting requests together while no click
        would be merged with another click on the same button."""
        merged: list[RerunRequest] = []
        for req in self.items:
            if merged and not (merged[-1].triggers & req.triggers):
                merged[-1].absorb(req)
            else:
                merged.append(req)
        self.items = merged

    def has_full(self) -> bool:
        return any(r.is_full for r in self.items)

    def pop(self) -> RerunRequest:
        return self.items.pop(0)

    def clear(self) -> None:
        self.items.clear()
