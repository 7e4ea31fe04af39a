"""The element tree as the page shows it, kept on the Python side, and the ops that change it.

Nodes are addressed by delta path (``(root, i, j, ...)``), as in Streamlit. During a run,
each element the script writes is compared with what the page already shows at that path:
an identical node costs nothing, a different one becomes a ``put`` op. Nodes the run did not
write stay on screen until the run finishes; then :meth:`ShownTree.clear_stale` removes them
following Streamlit's rules (everything stale after a full run; after a fragment run, only
what lies inside the blocks the fragments re-rendered). See ``docs/protocol.md``.
"""

from __future__ import annotations

from typing import Any, Iterator

from wasmlit import protocol as p

Path = tuple[int, ...]
Props = dict[str, Any]

ROOTS = ("main", "sidebar", "event", "bottom")


class Node:
    __slots__ = ("kind", "props", "fid", "run_id", "children")

    def __init__(self, kind: str, props: Props, fid: str | None, run_id: int,
                 children: list["Node"] | None) -> None:
        self.kind = kind
        self.props = props
        self.fid = fid
        self.run_id = run_id
        self.children = children  # None for elements, a list for blocks

    @property
    def is_block(self) -> bool:
        return self.children is not None

    def wire(self) -> p.Node:
        return p.Node(self.kind, self.props, self.fid, self.children is not None)


class ShownTree:
    """What the page shows, and the ops still to send to make it so."""

    def __init__(self) -> None:
        self.roots = [Node("vertical", {}, None, 0, []) for _ in ROOTS]
        self.ops: list[p.Op] = []
        self.run_id = 0
        self.reached: Path = ()  # the last path written, changed or not

    # ---- writing during a run ----------------------------------------------------------

    def node_at(self, path: Path) -> Node:
        node = self.roots[path[0]]
        for i in path[1:]:
            assert node.children is not None
            node = node.children[i]
        return node

    def _parent_for(self, path: Path) -> list[Node]:
        self.reached = path
        parent = self.roots[path[0]]
        for i in path[1:-1]:
            assert parent.children is not None
            parent.run_id = self.run_id
            parent = parent.children[i]
        parent.run_id = self.run_id
        assert parent.children is not None
        children = parent.children
        while len(children) < path[-1]:  # a slot left behind by an old handle: fill it
            filler = Node("empty", {}, None, self.run_id, None)
            self.ops.append(p.PutOp([*path[:-1], len(children)], filler.wire()))
            children.append(filler)
        return children

    def put_element(self, path: Path, kind: str, props: Props, fid: str | None) -> None:
        children = self._parent_for(path)
        i = path[-1]
        if i < len(children):
            old = children[i]
            if (old.children is None and old.kind == kind and old.fid == fid
                    and old.props == props):
                old.run_id = self.run_id
                return
        node = Node(kind, props, fid, self.run_id, None)
        self._place(children, path, node)

    def put_block(self, path: Path, kind: str, props: Props, fid: str | None) -> None:
        """A block at ``path``: an existing block of the same kind keeps its children."""
        children = self._parent_for(path)
        i = path[-1]
        if i < len(children):
            old = children[i]
            if old.children is not None and old.kind == kind:
                old.run_id = self.run_id
                if old.props != props or old.fid != fid:
                    old.props, old.fid = props, fid
                    self.ops.append(p.PropsOp(list(path), props, fid))
                return
        self._place(children, path, Node(kind, props, fid, self.run_id, []))

    def _place(self, children: list[Node], path: Path, node: Node) -> None:
        if path[-1] < len(children):
            children[path[-1]] = node
        else:
            children.append(node)
        self.ops.append(p.PutOp(list(path), node.wire()))

    def set_widget_values(self, values: dict[str, Any]) -> None:
        """Show new values in widgets already on the page (by widget id), e.g. a form's
        defaults after ``clear_on_submit``: one ``props`` op per widget that changes."""

        def visit(node: Node, path: Path) -> None:
            for i, child in enumerate(node.children or ()):
                wid = child.props.get("id")
                if wid in values and child.props.get("value") != values[wid]:
                    child.props = {**child.props, "value": values[wid]}
                    self.ops.append(p.PropsOp([*path, i], child.props, child.fid))
                if child.children is not None:
                    visit(child, path + (i,))

        if values:
            for r, root in enumerate(self.roots):
                visit(root, (r,))

    def child_count(self, path: Path) -> int:
        node = self.node_at(path)
        return len(node.children or ())

    # ---- end of a run --------------------------------------------------------------------

    def clear_stale(self, fragment_ids: frozenset[str] | None,
                    fragment_paths: list[Path] | None = None) -> None:
        """Remove what the run that just finished did not write (Streamlit's clearStaleNodes).

        ``fragment_ids`` is None after a full run, else the ids the fragment run re-rendered.
        Outside the blocks of those fragments nothing is ever removed, so when their
        ``fragment_paths`` are known only those blocks are visited: a fragment run costs the
        size of the fragment, not of the app.
        """
        if fragment_ids is not None and fragment_paths is not None:
            for path in sorted(fragment_paths, reverse=True):
                block = self._existing(path)
                if block is not None and block.fid in fragment_ids \
                        and block.run_id == self.run_id and block.children is not None:
                    self._clear(block, path, fragment_ids, in_rerendered=True)
            return
        for r, root in enumerate(self.roots):
            self._clear(root, (r,), fragment_ids, in_rerendered=fragment_ids is None)

    def _existing(self, path: Path) -> Node | None:
        node = self.roots[path[0]]
        for i in path[1:]:
            if node.children is None or i >= len(node.children):
                return None
            node = node.children[i]
        return node

    def _clear(self, block: Node, path: Path, fids: frozenset[str] | None,
               in_rerendered: bool) -> None:
        children = block.children
        assert children is not None
        for i in range(len(children) - 1, -1, -1):
            child = children[i]
            current = child.run_id == self.run_id
            if in_rerendered and not current and (fids is None or child.is_block
                                                  or child.fid is not None):
                del children[i]
                self.ops.append(p.RemoveOp([*path, i]))
                continue
            if child.children is not None:
                inside = in_rerendered or (fids is not None and current and child.fid in fids)
                self._clear(child, path + (i,), fids, inside)

    def take_ops(self) -> list[p.Op]:
        ops, self.ops = self.ops, []
        return ops


class PageTree:
    """The page's copy of the tree, rebuilt only from ops: what a user would see.

    The browser's patcher (``web/src/dom/patch.js``) applies the same ops to the DOM;
    AppTest applies them here. A page node is the JSON form of :class:`wasmlit.protocol.Node`
    plus, for a block, its ``children``.
    """

    def __init__(self) -> None:
        self.roots: list[dict[str, Any]] = [
            {"kind": "vertical", "props": {}, "fid": None, "block": True, "children": []}
            for _ in ROOTS
        ]

    def _parent(self, path: list[int]) -> list[dict[str, Any]]:
        node = self.roots[path[0]]
        for i in path[1:-1]:
            node = node["children"][i]
        children: list[dict[str, Any]] = node["children"]
        return children

    def apply(self, ops: list[p.Op]) -> None:
        for op in ops:
            path = op.path
            children = self._parent(path)
            i = path[-1]
            if isinstance(op, p.PutOp):
                node = op.node.wire()
                if op.node.block:
                    node["children"] = []
                if i == len(children):
                    children.append(node)
                elif i < len(children):
                    children[i] = node
                else:
                    raise IndexError(f"put at {path}: parent has {len(children)} children")
            elif isinstance(op, p.PropsOp):
                children[i]["props"] = op.props
                children[i]["fid"] = op.fid
            elif isinstance(op, p.RemoveOp):
                del children[i]
            else:
                raise ValueError(f"unknown op {op!r}")

    def walk(self, roots: tuple[int, ...] = (0, 1, 2, 3)) -> Iterator[dict[str, Any]]:
        """Every node in document order (main, sidebar, event, bottom)."""

        def visit(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
            for child in node.get("children") or ():
                yield child
                if child["block"]:
                    yield from visit(child)

        for r in roots:
            yield from visit(self.roots[r])
