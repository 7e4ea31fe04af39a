"""AppTest: run a wasmlit (Streamlit) script headless, on CPython, and look at what the user sees.

It talks to the session exactly as the page does: requests go in as protocol messages,
patches come out and are applied to a page-side copy of the tree, and ``run_every`` timers
fire when the test advances the clock with :meth:`AppTest.tick`. Widget interactions go
through the same routing as clicks in a browser, so a button inside a fragment triggers a
fragment run, not a full run.

    at = AppTest.from_string(src).run()
    at.button[0].click().run()
    assert at.markdown[0].value == "..."
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any, Callable

from wasmlit import protocol as p
from wasmlit.kinds import KINDS, check_props
from wasmlit.runtime.script_runner import Script
from wasmlit.runtime.session import AppSession
from wasmlit.testing.elements import Block, ElementList, query_for
from wasmlit.tree import PageTree

__all__ = ["AppTest"]


class AppTest:
    """Run a script headless and inspect the page it produces."""

    def __init__(self, script: Script, *, concurrent: bool = False) -> None:
        """``concurrent=True`` lets requests arrive while a run is in progress, as in the
        browser: :meth:`inject` queues one, and the session takes it in at its next yield
        point (every ``st.*`` call and inside ``time.sleep``)."""
        self.page = PageTree()
        self._inbox: list[str] = []
        self.messages: list[p.Message] = []
        self.logs: list[str] = []
        self.timers: dict[str, float] = {}
        self.status: str | None = None
        self.runs: list[p.RunStarted] = []
        self.now = 0.0
        self._seq = 0
        self._due: dict[str, float] = {}
        self._pending: dict[str, Any] = {}
        self._pending_forms: dict[str, str] = {}
        self._on_patches: list[Callable[[], None]] = []
        #: the URL's query parameters: set them before ``run()`` as a visitor's URL would
        #: carry them; after a run they are what the script left (one value a str, a
        #: repeated key a list), as in Streamlit's AppTest
        self.query_params: dict[str, Any] = {}
        self._sent_query = ""
        self._page_hash: str | None = None
        #: nodes that did not match ``wasmlit.kinds`` (raised by :meth:`send`)
        self.kind_problems: list[str] = []
        self.session = AppSession(
            script, self._receive_message, clock=lambda: self.now,
            poll=self._drain_inbox if concurrent else None,
            flush_interval=0.0 if concurrent else 0.05)

    @classmethod
    def from_file(cls, path: str, *, concurrent: bool = False) -> "AppTest":
        return cls(Script.from_file(path), concurrent=concurrent)

    @classmethod
    def from_string(cls, source: str, path: str | None = None, *,
                    concurrent: bool = False) -> "AppTest":
        return cls(Script.from_string(source, path), concurrent=concurrent)

    def _drain_inbox(self) -> list[str]:
        taken, self._inbox = self._inbox, []
        return taken

    def inject(self, msg: p.ToWorker) -> None:
        """Queue a request the session will see at its next yield point (concurrent mode)."""
        self._seq += 1
        self._inbox.append(p.encode(dataclasses.replace(msg, seq=self._seq)))

    def fake_sleep(self, seconds: float) -> None:
        """A ``time.sleep`` for scripts under test: advances the test clock instantly."""
        self.now += seconds

    # ---- the page side ------------------------------------------------------------------

    def _receive_message(self, text: str) -> None:
        for line in text.split("\n"):  # one post may carry several messages
            self._receive_one(line)

    def _receive_one(self, text: str) -> None:
        msg = p.decode(text)
        self.messages.append(msg)
        if isinstance(msg, p.Patches):
            for op in msg.ops:
                self._check_kind(op)
                self.page.apply([op])
            for hook in self._on_patches:
                hook()
        elif isinstance(msg, p.RunStarted):
            self.runs.append(msg)
        elif isinstance(msg, p.RunFinished):
            self.status = msg.status
            self._set_timers(msg.timers)
        elif isinstance(msg, p.Log):
            self.logs.append(msg.message)

    def _check_kind(self, op: p.Op) -> None:
        """Hold each node the page receives against the kinds table (``wasmlit.kinds``)."""
        if isinstance(op, p.PutOp):
            kind = KINDS.get(op.node.kind)
            if kind is not None and kind.block != op.node.block:
                self.kind_problems.append(f"{op.node.kind}: block is {op.node.block}")
            self.kind_problems += check_props(op.node.kind, op.node.props)
        elif isinstance(op, p.PropsOp):
            node = self.page.roots[op.path[0]]
            for i in op.path[1:]:
                node = node["children"][i]
            self.kind_problems += check_props(node["kind"], op.props)

    def _set_timers(self, timers: dict[str, float]) -> None:
        for fid in list(self._due):
            if fid not in timers or timers[fid] != self.timers.get(fid):
                del self._due[fid]
        for fid, interval in timers.items():
            self._due.setdefault(fid, self.now + interval)
        self.timers = dict(timers)

    def send(self, msg: p.ToWorker) -> "AppTest":
        """Send one request as the page would, and let the session work it off."""
        self._seq += 1
        self.session.receive(p.encode(dataclasses.replace(msg, seq=self._seq)))
        self.session.pump()
        if self.kind_problems:
            problems, self.kind_problems = self.kind_problems, []
            raise AssertionError("nodes that wasmlit/kinds.py does not declare: "
                                 + "; ".join(dict.fromkeys(problems)))
        self._after_run()
        return self

    def _after_run(self) -> None:
        query = self.session.nav.query
        self.query_params = {k: (v if isinstance(v, str) else list(v))
                             for k, v in query._params.items()}
        self._sent_query = query.query_string

    def switch_page(self, page_path: str) -> "AppTest":
        """Go to the file page ``page_path`` (relative to the main script) at the next
        :meth:`run`, as Streamlit's ``AppTest.switch_page``. After a first run, the page must
        be one that ``st.navigation`` (or the ``pages/`` folder) registered."""
        from wasmlit.navigation import page_hash, page_icon_and_name

        nav = self.session.nav
        full = nav.main_dir / page_path
        if not full.is_file():
            raise ValueError(
                f"Could not find page {page_path!r} relative to the main script "
                f"{str(nav.main_path)!r}. Resolved page path: {str(full.resolve())!r}.")
        found = nav.find_page(page_path)
        if found is None and nav.pages:
            known = [info["script_path"] or info["url_path"] or info["title"]
                     for info in nav.pages.values()]
            raise ValueError(
                f"Could not find a navigation page for {str(full.resolve())!r}. "
                "AppTest.switch_page() matches registered script paths. If page registration "
                "depends on Session State, call AppTest.run() after updating the state and "
                f"before switching. Known pages: {known}.")
        self._page_hash = found or page_hash(page_icon_and_name(Path(full))[1])
        return self

    def run(self) -> "AppTest":
        """Send the pending widget changes (or a full rerun when there are none)."""
        from wasmlit.query_params import encode_query

        query = encode_query(self.query_params)
        if self._page_hash is not None or query != self._sent_query:
            nav = p.Navigate(page_hash=self._page_hash or self.session.nav.current_hash,
                             query=query)
            self._page_hash = None
            if not self._pending:
                return self.send(nav)
            self._seq += 1  # taken in together with the widget changes below: one run
            self.session.receive(p.encode(dataclasses.replace(nav, seq=self._seq)))
        if not self._pending:
            return self.send(p.RunScript())
        msg = self._take_pending()
        if msg is None:
            return self
        runs = len(self.runs)
        self.send(msg)
        if len(self.runs) == runs:  # every change was held (on_change="ignore"): run() still
            self.send(p.RunScript())  # reruns, as Streamlit's AppTest.run() does
        return self

    def queue(self) -> "AppTest":
        """Send the pending widget changes (or a full rerun) *without* letting the session run:
        as if the user acted again before the runs in progress finished. Requests pile up
        until :meth:`settle`; meanwhile every run sees the ones behind it (preemption)."""
        msg = self._take_pending() if self._pending else p.RunScript()
        if msg is not None:
            self._seq += 1
            self.session.receive(p.encode(dataclasses.replace(msg, seq=self._seq)))
        return self

    def settle(self) -> "AppTest":
        """Work off every queued request (see :meth:`queue`)."""
        self.session.pump()
        return self

    def _take_pending(self) -> p.WidgetChanged | None:
        submitted = {self._pending_forms[wid] for wid in self._pending
                     if self._pending_forms.get(wid) and self._is_submit(wid)}
        values = {wid: v for wid, v in self._pending.items()
                  if not self._pending_forms.get(wid) or self._pending_forms[wid] in submitted}
        for wid in values:
            self._pending.pop(wid)
            self._pending_forms.pop(wid, None)
        if not values:
            return None
        return p.WidgetChanged(values=values)

    def _is_submit(self, wid: str) -> bool:
        return any(n["props"].get("id") == wid and n["props"].get("is_submit")
                   for n in self.page.walk())

    def rerun_fragment(self, fragment_id: str, *, auto: bool = False) -> "AppTest":
        return self.send(p.RerunFragment(fragment_id=fragment_id, auto=auto))

    def tick(self, seconds: float) -> "AppTest":
        """Advance the clock; every ``run_every`` timer due on the way fires, in order."""
        target = self.now + seconds
        while self._due:
            fid, due = min(self._due.items(), key=lambda item: item[1])
            if due > target:
                break
            self.now = due
            self._due[fid] = due + self.timers[fid]
            self.send(p.RerunFragment(fragment_id=fid, auto=True))
        self.now = target
        return self

    def on_patches(self, hook: Callable[[], None]) -> None:
        """Call ``hook`` each time patches reach the page (e.g. to look mid-run)."""
        self._on_patches.append(hook)

    # ---- what the user sees ---------------------------------------------------------------

    @property
    def session_state(self) -> Any:
        return self.session.state

    @property
    def main(self) -> Block:
        return Block(self.page.roots[0], self, (0,))

    @property
    def sidebar(self) -> Block:
        return Block(self.page.roots[1], self, (1,))

    @property
    def event(self) -> Block:
        return Block(self.page.roots[2], self, (2,))

    @property
    def last_run(self) -> p.RunStarted:
        return self.runs[-1]

    def ops_of_last_run(self) -> list[dict[str, Any]]:
        """The tree ops the last run sent, as the JSON objects that went over the wire."""
        run_id = self.last_run.run_id
        return [p.op_to_json(op) for m in self.messages
                if isinstance(m, p.Patches) and m.run_id == run_id for op in m.ops]

    def __getattr__(self, name: str) -> ElementList[Any]:
        query = query_for(name)
        if query is not None:
            return query(self, [(r, (i,)) for i, r in enumerate(self.page.roots)])
        raise AttributeError(name)
