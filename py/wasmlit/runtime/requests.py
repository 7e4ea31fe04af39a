"""Rerun requests waiting to run, merged the way Streamlit merges them (B42-B43), except that
no click is ever lost.

A *click* is a trigger (a button, a form's submit button, a download button, a dialog's
dismissal) or a one-shot submission carried as a value (a chat input's message). Two requests
that carry a click on the same widget are never merged, so each click gets a run of its own.
A full-run request preempts the running run only if it does not repeat one of that run's
clicks (see :meth:`RequestQueue.preempting`); a click the preempted run had not reached yet is
carried into the request that preempted it. docs/protocol.md ("No click is lost") has the
reasoning.
"""

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
    #: widget ids among ``values`` that are one-shot submissions (chat input messages)
    submissions: set[str] = field(default_factory=set)
    #: clicks carried over from a preempted run that had not reached their widget (their
    #: callbacks already fired in that run, so they are not fired again)
    carried: set[str] = field(default_factory=set)

    @property
    def is_full(self) -> bool:
        return self.fragment_ids is None

    @property
    def clicks(self) -> set[str]:
        """The widgets this request carries a click (or a submission) for."""
        return self.triggers | self.submissions | self.carried

    def clashes(self, other: "RerunRequest | set[str]") -> bool:
        """Whether merging would fold two clicks on one widget into one."""
        theirs = other if isinstance(other, set) else other.clicks
        return bool(self.clicks & theirs)

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
        self.submissions |= other.submissions
        self.carried |= other.carried
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
        if self.items and not self.items[-1].clashes(req):
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
            while len(self.items) > 1 and not self.items[0].clashes(self.items[1]) \
                    and not self.items[1].is_full:
                self.items[0].absorb(self.items.pop(1))

    def _fold_into_full(self) -> None:
        """A full run renders every fragment: fold waiting requests together while no click
        would be merged with another click on the same widget."""
        merged: list[RerunRequest] = []
        for req in self.items:
            if merged and not merged[-1].clashes(req):
                merged[-1].absorb(req)
            else:
                merged.append(req)
        self.items = merged

    def has_full(self) -> bool:
        return any(r.is_full for r in self.items)

    def preempting(self, holding: set[str]) -> RerunRequest | None:
        """The waiting full-run request that preempts a run holding the clicks ``holding``,
        or None.

        The first full request preempts unless it, or a request before it, repeats one of
        the running run's clicks:
        a second click on the same button means "do it again", so the run handling the first
        click is let finish (preempting it would only restart the same work, and at the rate
        a user can click, nothing would ever finish). Fragment requests never preempt."""
        for req in self.items:
            if req.clashes(holding):
                return None
            if req.is_full:
                return req
        return None

    def pop(self) -> RerunRequest:
        return self.items.pop(0)

    def clear(self) -> None:
        self.items.clear()
