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
