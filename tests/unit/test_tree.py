"""Patches are keyed and minimal, and the page's copy always matches Python's."""

from __future__ import annotations

from typing import Any

from helpers import app
from wasmlit import protocol as p
from wasmlit.testing import AppTest
from wasmlit.tree import Node, PageTree, ShownTree


def page_matches_shown(at: AppTest) -> bool:
    def shown(node: Node) -> dict[str, Any]:
        return {"kind": node.kind, "props": node.props, "fid": node.fid,
                "children": [shown(c) for c in node.children] if node.is_block else None}

    def page(node: dict[str, Any]) -> dict[str, Any]:
        return {"kind": node["kind"], "props": node["props"], "fid": node["fid"],
                "children": [page(c) for c in node["children"]] if node["block"] else None}

    return [shown(r) for r in at.session.tree.roots] == [page(r) for r in at.page.roots]


def test_rerun_that_changes_nothing_sends_nothing() -> None:
    at = app("""
        import streamlit as st
        st.title("T")
        for i in range(20):
            st.write(f"line {i}")
        with st.sidebar:
            st.button("b")
    """)
    at.run()
    assert at.ops_of_last_run() == []
    assert page_matches_shown(at)


def test_rerun_that_changes_one_text_sends_one_put() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("n", 0)
        st.session_state.n += 1
        for i in range(50):
            st.write(f"static {i}")
        st.write(f"run {st.session_state.n}")
        for i in range(50):
            st.write(f"tail {i}")
    """)
    at.run()
    ops = at.ops_of_last_run()
    assert ops == [{"op": "put", "path": [0, 50], "node": {
        "kind": "markdown", "props": {"body": "run 2", "unsafe_allow_html": False,
                                      "help": None, "variant": "markdown"},
        "fid": None, "block": False}}]


def test_removed_elements_are_removed_from_the_end() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("n", 3)
        for i in range(st.session_state.n):
            st.write(f"{i}")
        if st.button("fewer"):
            pass
        st.session_state.n = 1
    """)
    at.run()
    assert [op["op"] for op in at.ops_of_last_run()] == ["put", "remove", "remove"]
    assert page_matches_shown(at)


def test_block_with_same_kind_keeps_children_and_sends_props() -> None:
    tree = ShownTree()
    tree.run_id = 1
    tree.put_block((0, 0), "vertical", {"border": False}, None)
    tree.put_element((0, 0, 0), "text", {"body": "x"}, None)
    tree.take_ops()
    tree.run_id = 2
    tree.put_block((0, 0), "vertical", {"border": True}, None)
    assert tree.take_ops() == [p.PropsOp([0, 0], {"border": True}, None)]
    assert tree.node_at((0, 0, 0)).props == {"body": "x"}


def test_page_tree_applies_ops_in_order() -> None:
    page = PageTree()
    page.apply([
        p.PutOp([0, 0], p.Node("vertical", {}, None, True)),
        p.PutOp([0, 0, 0], p.Node("text", {"body": "a"}, None, False)),
        p.PutOp([0, 1], p.Node("text", {"body": "b"}, None, False)),
        p.RemoveOp([0, 0]),
    ])
    assert [n["props"] for n in page.walk()] == [{"body": "b"}]


def test_mid_run_flush_streams_what_is_built_and_keeps_old_nodes_until_the_end() -> None:
    import textwrap

    from wasmlit.testing import AppTest

    at = AppTest.from_string(textwrap.dedent("""
        import streamlit as st
        st.session_state.setdefault("n", 0)
        st.session_state.n += 1
        st.write(f"first {st.session_state.n}")
        with st.spinner("busy"):
            pass
        if st.session_state.n == 1:
            st.write("only in run 1")
    """))
    at.run()
    snapshots: list[list[str]] = []
    at.on_patches(lambda: snapshots.append(
        [n["kind"] + ":" + str(n["props"].get("body", n["props"].get("text", "")))
         for n in at.page.walk()]))
    at.run()
    # flushed at spinner entry: new first text, spinner shown, old text still there
    assert snapshots[0] == ["markdown:first 2", "spinner:busy", "markdown:only in run 1"]
    assert snapshots[-1] == ["markdown:first 2", "empty:"]


def test_b27_mid_run_patches_say_how_far_the_script_got_and_the_last_flush_does_not() -> None:
    """The page dims what a running script has not reached yet (B27), so mid-run patches carry
    the path of the last node written, even when nothing there changed; the end-of-run flush
    does not, and a rerun that changes nothing still sends no patches after its last flush."""
    import textwrap

    from wasmlit import protocol as p
    from wasmlit.testing import AppTest

    at = AppTest.from_string(textwrap.dedent("""
        import streamlit as st
        st.write("unchanged")
        with st.spinner("busy"):
            pass
        st.write("after")
    """)).run()
    at.run()
    patches = [m for m in at.messages if isinstance(m, p.Patches)
               and m.run_id == at.last_run.run_id]
    # spinner entry: the script got to [0, 1]; spinner exit: still there (not repeated); the
    # run's end sends nothing more, since "after" did not change
    assert [(m.reached, [op.node.kind if isinstance(op, p.PutOp) else op.OP for op in m.ops])
            for m in patches] == [
        ([0, 1], ["spinner"]), ([], ["empty"])]
