"""The protocol is defined once: the committed schema matches protocol.py."""

from __future__ import annotations

import dataclasses
import json
import os

import pytest

from wasmlit import protocol as p
from wasmlit.errors import ProtocolError

SCHEMA = os.path.join(os.path.dirname(__file__), "..", "..", "web", "src",
                      "protocol.schema.json")


def test_schema_file_is_up_to_date() -> None:
    with open(SCHEMA, encoding="utf-8") as f:
        assert f.read() == p.schema_text(), (
            "web/src/protocol.schema.json is stale: run "
            "`python -m wasmlit.protocol > web/src/protocol.schema.json`")


@pytest.mark.parametrize("cls", p.TO_WORKER + p.FROM_WORKER)
def test_every_message_round_trips(cls: type[p.Message]) -> None:
    msg = cls()
    assert p.decode(p.encode(msg)) == msg
    raw = json.loads(p.encode(msg))
    assert raw["v"] == p.PROTOCOL_VERSION and raw["type"] == cls.TYPE
    assert set(raw) - {"v", "type"} == {f.name for f in dataclasses.fields(cls)}


@pytest.mark.parametrize("text", [
    "", "nope", "[1]", '{"type": "stop"}', '{"v": 2, "type": "stop"}',
    '{"v": 1, "type": "unknown"}', '{"v": 1, "type": "stop", "extra": 1}',
    '{"v": 1, "type": "rerun-fragment", "fragment_id": 5}',
    '{"v": 1, "type": "run-script", "seq": true}',
])
def test_malformed_messages_raise_protocol_error(text: str) -> None:
    with pytest.raises(ProtocolError):
        p.decode(text)


def test_patches_carry_typed_ops_that_round_trip() -> None:
    msg = p.Patches(run_id=3, ops=[
        p.PutOp([0, 0], p.Node("vertical", {"border": False}, None, True)),
        p.PutOp([0, 0, 0], p.Node("text", {"body": "a"}, "f1", False)),
        p.PropsOp([0, 0], {"border": True}, None),
        p.RemoveOp([1, 2]),
    ], reached=[0, 0, 0])
    raw = json.loads(p.encode(msg))
    assert raw["ops"][1] == {"op": "put", "path": [0, 0, 0], "node": {
        "kind": "text", "props": {"body": "a"}, "fid": "f1", "block": False}}
    assert raw["ops"][3] == {"op": "remove", "path": [1, 2]}
    assert [p.op_to_json(op) for op in msg.ops] == raw["ops"]
    assert p.decode(p.encode(msg)) == msg


def test_nan_and_infinity_go_out_as_null_and_never_as_invalid_json() -> None:
    msg = p.Patches(run_id=1, ops=[
        p.PutOp([0, 0], p.Node("metric", {"value": float("nan"), "data": [1.5, float("inf")]},
                               None, False)),
        p.PropsOp([0, 0], {"delta": float("-inf")}, None),
    ])
    text = p.encode(msg)
    assert "NaN" not in text and "Infinity" not in text
    raw = json.loads(text)
    assert raw["ops"][0]["node"]["props"] == {"value": None, "data": [1.5, None]}
    assert raw["ops"][1]["props"] == {"delta": None}
    # what the page would reject, the Python side of the protocol rejects too
    with pytest.raises(ProtocolError, match="NaN is not JSON"):
        p.decode('{"v": %d, "type": "widget-changed", "values": {"a": NaN}}' % p.PROTOCOL_VERSION)


@pytest.mark.parametrize("op", [
    5, {"op": "move", "path": [0, 0]}, {"op": "remove", "path": [0]},
    {"op": "remove", "path": [0, -1]}, {"op": "remove", "path": [0, True]},
    {"op": "remove", "path": [0, 0], "node": None},
    {"op": "put", "path": [0, 0], "node": {"kind": "text", "props": {}, "fid": None}},
    {"op": "put", "path": [0, 0], "node": {"kind": 1, "props": {}, "fid": None, "block": False}},
    {"op": "props", "path": [0, 0], "props": [], "fid": None},
])
def test_malformed_ops_raise_protocol_error(op: object) -> None:
    text = json.dumps({"v": p.PROTOCOL_VERSION, "type": "patches", "run_id": 1, "ops": [op],
                       "reached": []})
    with pytest.raises(ProtocolError):
        p.decode(text)


def test_schema_describes_the_tree_ops() -> None:
    defs = p.schema()["$defs"]
    assert p.schema()["fromWorker"]["patches"]["properties"]["ops"]["items"] == {
        "$ref": "#/$defs/Op"}
    assert [ref["$ref"] for ref in defs["Op"]["oneOf"]] == [
        "#/$defs/PutOp", "#/$defs/PropsOp", "#/$defs/RemoveOp"]
    for cls in p.OPS:
        names = {f.name for f in dataclasses.fields(cls)} | {"op"}
        assert set(defs[cls.__name__]["properties"]) == names
    assert set(defs["Node"]["properties"]) == {f.name for f in dataclasses.fields(p.Node)}
