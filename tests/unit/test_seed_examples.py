"""The three examples of the st.fragment documentation page, verbatim (demo/seed_*.py)."""

from __future__ import annotations

import os
import time

import pytest

from helpers import SEEDS, texts
from wasmlit.testing import AppTest


def seed(name: str) -> AppTest:
    return AppTest.from_file(os.path.join(SEEDS, name))


@pytest.fixture
def fast_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the script's sleeps instead of waiting 5 s each run."""
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)
    return slept


def test_balloons_spinner_shows_while_inflating(fast_sleep: list[float]) -> None:
    at = seed("seed_balloons.py")
    seen_during_sleep: list[list[str]] = []
    monkey_sleep = time.sleep

    def sleep_and_look(seconds: float) -> None:
        seen_during_sleep.append([s.value for s in at.spinner])
        monkey_sleep(seconds)

    time.sleep = sleep_and_look  # the script imports time and calls time.sleep
    try:
        at.run()
    finally:
        time.sleep = monkey_sleep
    assert seen_during_sleep == [["Inflating balloons..."]]
    assert fast_sleep == [5]
    assert len(at.spinner) == 0
    assert [b.label for b in at.button] == ["Release the balloons", "Inflate more balloons"]
    assert [b.props["help"] for b in at.button] == ["Fragment rerun", "Full rerun"]
    assert len(at.balloons) == 1


def test_balloons_release_reruns_only_the_fragment(fast_sleep: list[float]) -> None:
    at = seed("seed_balloons.py").run()
    first = at.balloons[0].props["nonce"]
    at.button[0].click().run()
    assert at.last_run.fragment_ids != []  # a fragment run
    assert fast_sleep == [5]  # no second inflation: the spinner code did not run
    assert len(at.balloons) == 1 and at.balloons[0].props["nonce"] != first  # new balloons
    ops = at.ops_of_last_run()
    fragment_block = at.balloons[0].path[:-1]
    assert ops and all(tuple(op["path"][:len(fragment_block)]) == fragment_block for op in ops)


def test_balloons_inflate_more_reruns_everything(fast_sleep: list[float]) -> None:
    at = seed("seed_balloons.py").run()
    at.button[1].click().run()
    assert at.last_run.fragment_ids == []
    assert fast_sleep == [5, 5]
    assert len(at.balloons) == 1


def test_counters_fragment_rerun_leaves_outside_texts_stale() -> None:
    at = seed("seed_counters.py").run()
    assert texts(at) == ["Fragment says it ran 1 times.", "Full app says it ran 1 times.",
                         "Full app sees that fragment ran 1 times."]
    at.button[0].click().run()
    at.button[0].click().run()
    assert texts(at) == ["Fragment says it ran 3 times.", "Full app says it ran 1 times.",
                         "Full app sees that fragment ran 1 times."]
    at.button[1].click().run()
    assert texts(at) == ["Fragment says it ran 4 times.", "Full app says it ran 2 times.",
                         "Full app sees that fragment ran 4 times."]


def test_multiples_header_moves_every_fifth_click() -> None:
    at = seed("seed_multiples.py").run()
    headers = []
    for _ in range(10):
        at.button[0].click().run()
        headers.append(at.header[0].value)
    assert headers == ["Multiples of five clicks: 0"] * 4 + ["Multiples of five clicks: 1"] * 5 \
        + ["Multiples of five clicks: 2"]
    assert at.session_state.clicks == 10


def test_multiples_fifth_click_reruns_the_full_app() -> None:
    at = seed("seed_multiples.py").run()
    for _ in range(4):
        at.button[0].click().run()
    runs_before = len(at.runs)
    at.button[0].click().run()
    kinds = [r.fragment_ids == [] for r in at.runs[runs_before:]]
    assert kinds == [False, True]  # the fragment run, then the full run st.rerun() asked for
    assert [m.status for m in at.messages if m.TYPE == "run-finished"][-2:] == ["rerun", "ok"]


def test_multiples_check_click_count_shows_a_toast() -> None:
    at = seed("seed_multiples.py").run()
    for _ in range(3):
        at.button[0].click().run()
    assert len(at.toast) == 0
    at.button[1].click().run()
    assert [t.value for t in at.toast] == ["## Total clicks: 3"]
