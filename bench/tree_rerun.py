"""Python's share of a rerun, on CPython, without a browser: `python bench/tree_rerun.py [py/]`

An app of 1,000 `st.write` lines (and ten buttons) and a fragment of 1,000 `st.markdown`
lines, driven through AppSession as the bridge drives it: request in, the session diffs its
tree and serialises the patches to JSON strings. Prints the best of 40 runs of each case:
a full rerun that changes nothing, one that changes all 1,000 lines, and the same two for a
fragment rerun. The optional argument is the folder holding the `wasmlit` package to measure
(another checkout's `py/`, to compare).
"""

from __future__ import annotations

import os
import sys
import time
from typing import Callable

sys.path.insert(0, sys.argv[1] if len(sys.argv) > 1 else
                os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "py"))

# imported after choosing which package to measure
from wasmlit import protocol as p
from wasmlit.runtime.script_runner import Script
from wasmlit.runtime.session import AppSession

SOURCE = '''
import streamlit as st
n = st.session_state.get("n", 0)
st.session_state["n"] = n + 1

@st.fragment
def lines():
    for i in range(1000):
        st.markdown(f"row {i} {st.session_state.get('k', 0)}")

for i in range(1000):
    st.write(f"item {i} {n if st.session_state.get('change') else 0}")
    if i % 100 == 0:
        st.button(f"b{i}")
lines()
'''
REPS = 40


def main() -> None:
    posted: list[str] = []
    session = AppSession(Script.from_string(SOURCE), posted.append)

    def send(msg: p.Message) -> None:
        session.receive(p.encode(msg))
        session.pump()

    send(p.RunScript())
    fid = next(iter(session.fragments.entries))

    def best(action: Callable[[], None]) -> float:
        times = []
        for _ in range(REPS):
            posted.clear()
            start = time.perf_counter()
            action()
            times.append(time.perf_counter() - start)
        return min(times) * 1000

    def fragment_changed() -> None:
        session.state["k"] = session.state.get("k", 0) + 1
        send(p.RerunFragment(fragment_id=fid, auto=False))

    rows = [("full rerun, nothing changed", best(lambda: send(p.RunScript())))]
    session.state["change"] = True
    rows.append(("full rerun, 1,000 puts", best(lambda: send(p.RunScript()))))
    session.state["change"] = False
    rows.append(("fragment rerun, nothing changed",
                 best(lambda: send(p.RerunFragment(fragment_id=fid, auto=False)))))
    rows.append(("fragment rerun, 1,000 puts", best(fragment_changed)))
    for name, ms in rows:
        print(f"{name:34} {ms:7.2f} ms")


if __name__ == "__main__":
    main()
