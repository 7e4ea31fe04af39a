"""AppSession: one page's app. Takes requests, runs the script or fragments, emits messages.

A pure-Python state machine with no threads: the host (the worker's bridge, or AppTest) hands
it requests and calls :meth:`pump`; the session calls back into the host only through three
callables: ``post(text)`` to send messages, ``poll()`` to collect requests that arrived while
a script runs, and ``yield_now()`` to let the host's event loop deliver them.

One ``post`` may carry several messages, one per line (``docs/protocol.md``): ``run-started``
waits for what follows it (the run's first patches, at the latest its first flush) and
``run-finished`` for ``idle``, so that a quick rerun crosses to the page twice, not four times.
"""

from __future__ import annotations

import contextlib
import sys
import time
from typing import Any, Callable, Iterator, SupportsIndex

from wasmlit import config
from wasmlit import protocol as p
from wasmlit.delta_generator import MAIN_DG
from wasmlit.errors import (
    M21_FRAGMENT_GONE,
    FragmentHandledException,
    ProtocolError,
    RerunRequested,
    StopRequested,
)
from wasmlit.runtime.context import RunContext, use_ctx
from wasmlit.runtime.fragments import FragmentRegistry
from wasmlit.runtime.requests import RequestQueue, RerunRequest
from wasmlit.runtime.coroutines import LoopRunner
from wasmlit.runtime.script_runner import Script, as_main_module, exec_script
from wasmlit.state.session_state import SessionState
from wasmlit.tree import ShownTree

Post = Callable[[str], None]

#: a script that runs this long without an ``st.*`` call is polled from inside ``time.sleep``
SLEEP_SLICE = 0.05

#: value widgets whose every change is a one-shot event (a chat message), never merged away
ONE_SHOT_KINDS = frozenset({"chat_input", "menu_button"})


class AppSession:
    def __init__(self, script: Script, post: Post, *, poll: Callable[[], list[str]] | None = None,
                 yield_now: Callable[[], None] | None = None,
                 clock: Callable[[], float] = time.monotonic, flush_interval: float = 0.05,
                 keep_snapshots: bool = False,
                 run_coroutine: Callable[[Any], Any] | None = None) -> None:
        import wasmlit

        self.script = script
        self._post_text = post
        self._held: list[str] = []  # encoded messages that go with the next post
        self._poll = poll
        self._yield_now = yield_now
        self._clock = clock
        self.flush_interval = flush_interval
        self.keep_snapshots = keep_snapshots
        self._run_coroutine = run_coroutine
        self._streamlit = wasmlit
        self.state = SessionState()
        self.fragments = FragmentRegistry()
        self.tree = ShownTree()
        self.queue = RequestQueue()
        self.run_id = 0
        self._nonce = 0
        self._last_seq = 0
        self._last_poll = 0.0
        self._stop_pending = False
        self._running: RunContext | None = None
        self._holding: set[str] = set()  # the clicks of the running run (requests.py)
        self._ignored: dict[str, Any] = {}  # on_change="ignore" values waiting for the next run
        self._preempted_by: RerunRequest | None = None
        self._last_snapshot = ""
        self._unrestorable: list[str] = []
        self._reached_sent: tuple[int, ...] = ()
        self._page_config: dict[str, str] = {}
        from wasmlit.navigation import Navigator

        self.nav = Navigator(script)
        self._client_version = config.client_version
        #: for measuring only (bench/): a list that gets ``(name, time.perf_counter())`` at the
        #: start of each run ("run") and when its script or fragments have finished ("ran")
        self.marks: list[tuple[str, float]] | None = None
        if script.folder not in sys.path:
            sys.path.insert(0, script.folder)

    # ---- talking to the host ----------------------------------------------------------------

    def _post(self, msg: p.Message, *, hold: bool = False) -> None:
        """Send ``msg``, after the messages held so far; with ``hold``, only queue it."""
        text = p.encode(msg)
        if hold:
            self._held.append(text)
        elif self._held:
            self._held.append(text)
            self._release()
        else:
            self._post_text(text)

    def _release(self) -> None:
        """Post the held messages now (one string, one message per line)."""
        if self._held:
            text = "\n".join(self._held)
            self._held = []
            self._post_text(text)

    def _log(self, level: str, message: str) -> None:
        self._post(p.Log(level=level, message=message))

    def receive(self, text: str) -> None:
        """One request string from the page. Malformed input is logged and changes nothing."""
        try:
            msg = p.decode(text)
        except ProtocolError as exc:
            self._log("error", f"wasmlit rejected a message: {exc}")
            return
        if not isinstance(msg, p.TO_WORKER):
            self._log("error", f"wasmlit rejected a message: {msg.TYPE!r} is not a request")
            return
        self.handle(msg)

    def handle(self, msg: p.Message) -> None:
        self._last_seq = max(self._last_seq, getattr(msg, "seq", 0))
        if isinstance(msg, p.RunScript):
            self.queue.add(RerunRequest())
        elif isinstance(msg, p.WidgetChanged):
            self._widget_changed(msg.values)
        elif isinstance(msg, p.RerunFragment):
            self._rerun_fragment(msg.fragment_id, msg.auto)
        elif isinstance(msg, p.Stop):
            self.queue.clear()
            if self._running is not None:
                self._stop_pending = True
        elif isinstance(msg, p.Navigate):
            self.nav.navigate(msg)
            self.queue.add(RerunRequest())
        elif isinstance(msg, p.Restore):
            if msg.snapshot:
                self._unrestorable = self.state.restore(msg.snapshot)
        elif isinstance(msg, p.ClearCache):
            from wasmlit.caching import clear_all

            clear_all()
        else:  # pragma: no cover - decode() only yields the types above
            raise ProtocolError(f"no handler for {msg.TYPE}")

    def _widget_changed(self, values: dict[str, Any]) -> None:
        req = RerunRequest(fragment_ids=[])
        for wid, value in values.items():
            meta = self.state.widget(wid)
            if meta is None:
                self._log("info", f"wasmlit dropped a change for widget {wid}: it is no longer "
                                  "on the page.")
                continue
            if meta.is_trigger:
                if value:
                    req.triggers.add(wid)
            elif not meta.rerun:  # on_change="ignore": the next run, whatever starts it, sees it
                self._ignored[wid] = value
                continue
            else:
                req.values[wid] = value
                if meta.kind in ONE_SHOT_KINDS and value is not None:
                    req.submissions.add(wid)
            fid = meta.fragment_id
            if fid is None:
                req.fragment_ids = None
            elif fid not in self.fragments:
                self._log("info", M21_FRAGMENT_GONE.format(fragment_id=fid))
                req.values.pop(wid, None)
                req.triggers.discard(wid)
                req.submissions.discard(wid)
            elif req.fragment_ids is not None and fid not in req.fragment_ids:
                req.fragment_ids.append(fid)
        if req.fragment_ids == [] and not req.values and not req.triggers:
            return
        if req.fragment_ids == []:
            req.fragment_ids = None
        self.queue.add(req)

    def _rerun_fragment(self, fid: str, auto: bool) -> None:
        if fid not in self.fragments:
            self._log("info", M21_FRAGMENT_GONE.format(fragment_id=fid))
            return
        self.queue.add(RerunRequest(fragment_ids=[fid], auto=auto))

    def _take_requests(self, *, yield_first: bool) -> None:
        if self._poll is None:
            return
        if yield_first and self._yield_now is not None:
            self._yield_now()
        for text in self._poll():
            self.receive(text)

    # ---- running --------------------------------------------------------------------------

    def pump(self) -> None:
        """Run until no request is left, then say so."""
        while True:
            self._take_requests(yield_first=False)
            if not self.queue:
                break
            self.run_next()
        self._post(p.Idle(seq=self._last_seq))

    def _next_nonce(self) -> int:
        self._nonce += 1
        return self._nonce

    def flush(self, *, final: bool = False) -> None:
        """Send the ops so far. Mid-run, also say how far the script got when that moved, so
        that the page can dim what the run has not reached yet (B27)."""
        for nav_msg in self.nav.take_messages():  # the menu, the page, the URL's query
            self._post(nav_msg)
        self._post_page_config()
        if self._client_version != config.client_version:  # st.set_option("client.…")
            self._client_version = config.client_version
            self._post(p.ClientConfig(options=config.client_options()))
        ops = self.tree.take_ops()
        reached = () if final else self.tree.reached
        if reached == self._reached_sent:
            reached = ()
        if ops or reached:
            if reached:
                self._reached_sent = reached
            self._post(p.Patches(run_id=self.run_id, ops=ops, reached=list(reached)))
        if not final:  # mid-run: run-started reaches the page within a flush interval
            self._release()

    def _post_page_config(self) -> None:
        """``st.set_page_config`` calls since the last flush, as one message when it changes."""
        config = self._running.extra.pop("page_config", None) if self._running else None
        if self.nav.page_changed:  # a new page: its st.set_page_config counts again
            self.nav.page_changed = False
            self._page_config = {}
        if config and any(self._page_config.get(k) != v for k, v in config.items()):
            self._page_config = {**self._page_config, **config}
            self._post(p.PageConfig(**config))

    def _checkpoint(self) -> None:
        """Every ``st.*`` call: flush now and then, take in requests, obey stop and rerun."""
        if self._poll is not None:
            now = self._clock()
            if now - self._last_poll >= self.flush_interval:
                self._last_poll = now
                self.flush()
                self._take_requests(yield_first=True)
        self._obey_requests()

    def _obey_requests(self) -> None:
        if self._stop_pending:
            self._stop_pending = False
            raise StopRequested()
        preempting = self.queue.preempting(self._holding)
        if preempting is not None:
            self._preempted_by = preempting
            raise RerunRequested("request")

    def _sleep(self, original: Callable[[float], None]
               ) -> Callable[[float | SupportsIndex], None]:
        """``time.sleep`` for scripts: sleeps in slices, taking in requests between them."""

        def sleep(seconds: float | SupportsIndex) -> None:
            end = self._clock() + max(0.0, float(seconds))
            while True:
                remaining = end - self._clock()
                if remaining <= 0:
                    break
                original(min(remaining, SLEEP_SLICE))
                self.flush()
                self._take_requests(yield_first=False)
                self._obey_requests()

        return sleep

    def run_next(self) -> None:
        if self.marks is not None:
            self.marks.append(("run", time.perf_counter()))
        req = self.queue.pop()
        self.run_id += 1
        self.tree.run_id = self.run_id
        self.tree.reached = self._reached_sent = ()
        ctx = RunContext(
            run_id=self.run_id, tree=self.tree, state=self.state, fragments=self.fragments,
            checkpoint=self._checkpoint, flush=self.flush,
            fragment_ids_this_run=list(req.fragment_ids or []), nonce=self._next_nonce,
            run_coroutine=self._run_coroutine or LoopRunner(),
        )
        ctx.extra["nav"] = self.nav
        self._running = ctx
        self._stop_pending = False
        self._last_poll = self._clock()
        self._release()  # the previous run's run-finished, when runs follow each other
        self._post(p.RunStarted(run_id=self.run_id, fragment_ids=list(req.fragment_ids or [])),
                   hold=True)
        self.state.on_run_starting()
        if self._ignored:
            req.values = {**self._ignored, **req.values}
            self._ignored.clear()
        if req.is_full:
            self.nav.shown_this_run = False
        fired = self.state.apply_changes(req.values, req.triggers)
        self.state.add_triggers(req.carried)
        self._holding = req.clicks
        self._preempted_by = None
        status, drop_stale, ran = "ok", True, list(req.fragment_ids or [])
        with use_ctx(ctx), self._patched_sleep():
            try:
                self._fire_callbacks(ctx, fired)
                if req.is_full:
                    with as_main_module(self.script, self._streamlit) as module:
                        self.nav.exec_main(
                            lambda: exec_script(self.script, module, ctx.run_coroutine))
                else:
                    ran = self._run_fragments(ctx, req)
            except RerunRequested as rerun:
                status = "rerun"
                drop_stale = rerun.scope != "request"
                self._after_rerun_request(ctx, rerun)
            except (StopRequested, KeyboardInterrupt):
                # KeyboardInterrupt: the page's Stop interrupted a script that never yields
                # (Pyodide's interrupt buffer, on cross-origin isolated pages).
                status, drop_stale = "stopped", False
            except FragmentHandledException:
                status, drop_stale = "error", False
            except Exception as exc:  # the user's script raised: show it, keep the session
                status, drop_stale = "error", False
                ctx.checkpoint = _no_checkpoint  # the error must reach the screen
                ctx.show.exception(MAIN_DG, exc)
            finally:
                if isinstance(ctx.run_coroutine, LoopRunner):
                    ctx.run_coroutine.close()
        if self.marks is not None:
            self.marks.append(("ran", time.perf_counter()))
        self._finish(ctx, req, status, drop_stale, ran)

    @staticmethod
    def _fire_callbacks(ctx: RunContext, fired: list[Any]) -> None:
        ctx.in_callback = True
        try:
            for meta in fired:
                if meta.callback is not None:
                    meta.callback(*meta.args, **(meta.kwargs or {}))
        finally:
            ctx.in_callback = False

    def _run_fragments(self, ctx: RunContext, req: RerunRequest) -> list[str]:
        ran: list[str] = []
        assert req.fragment_ids is not None
        for position, fid in enumerate(req.fragment_ids):
            ctx.extra["queue_rest"] = req.fragment_ids[position + 1:]
            entry = self.fragments.get(fid)
            if entry is None:
                self._log("info", M21_FRAGMENT_GONE.format(fragment_id=fid))
                continue
            ran.append(fid)
            try:
                entry.run()
            except FragmentHandledException:
                pass  # already shown inside the fragment; the queue goes on (B46)
        return ran

    def _after_rerun_request(self, ctx: RunContext, rerun: RerunRequested) -> None:
        if rerun.scope == "request":  # preempted by the page: keep clicks not yet reached
            self._carry(self.state.unconsumed_triggers())
        elif rerun.scope == "fragment":
            rest = [f for f in ctx.extra.get("queue_rest", []) if f not in rerun.fragment_ids]
            self.queue.push_front(RerunRequest(fragment_ids=rerun.fragment_ids + rest))
        else:
            self.queue.push_front(RerunRequest())

    def _carry(self, triggers: set[str]) -> None:
        """Hand the clicks a preempted run had not reached to the request that preempted it
        (which, by :meth:`RequestQueue.preempting`, holds no click on the same widgets)."""
        if not triggers:
            return
        target = self._preempted_by
        if target is None or not any(r is target for r in self.queue.items):
            target = self.queue.preempting(triggers)
        if target is None:
            self.queue.push_front(RerunRequest(carried=set(triggers)))
        else:
            target.carried |= triggers

    @contextlib.contextmanager
    def _patched_sleep(self) -> Iterator[None]:
        if self._poll is None:
            yield
            return
        original = time.sleep
        time.sleep = self._sleep(original)
        try:
            yield
        finally:
            time.sleep = original

    def _finish(self, ctx: RunContext, req: RerunRequest, status: str, drop_stale: bool,
                ran: list[str]) -> None:
        scope: set[str] | None = None
        if status != "rerun" or drop_stale:
            if req.is_full:
                if status != "rerun":
                    self.fragments.keep_only(ctx.fragment_ids_called)
            else:
                scope = self.fragments.prune_below(ran, ctx.fragment_ids_called)
        if status != "rerun" or drop_stale:
            # clear_on_submit: the run saw the submitted values; the page now shows defaults
            for form_id in self.state.submitted_forms() & ctx.forms_cleared_on_submit:
                self.tree.set_widget_values(self.state.reset_form(form_id))
        if status != "rerun":
            if req.is_full:
                self.tree.clear_stale(None)
            else:
                self.tree.clear_stale(frozenset(ran), self.fragments.paths(ran))
        self.state.on_run_finished(drop_stale=drop_stale,
                                   scope=None if req.is_full else (scope or set(ran)),
                                   page=self.nav.current_hash if drop_stale else None)
        if req.is_full and status == "ok":
            self.nav.run_completed()
            self.nav.query.drop_bindings(self.state.seen_this_run())  # bound widgets gone
        self.flush(final=True)
        snapshot, lost = "", list(self._unrestorable)
        self._unrestorable = []
        if self.keep_snapshots:
            text, not_kept = self.state.snapshot()
            lost += not_kept
            if text != self._last_snapshot:
                snapshot = self._last_snapshot = text
        self._running = None
        self._post(p.RunFinished(run_id=self.run_id, status=status,
                                 timers=self.fragments.timers(), snapshot=snapshot,
                                 unrestorable=lost), hold=True)  # (idle releases it)

    @property
    def is_running(self) -> bool:
        return self._running is not None


def _no_checkpoint() -> None:
    pass


__all__ = ["AppSession", "Script"]
