"""Request handlers for loopback static hosts in tests and benchmarks: the plain files of a
built site, served as a static host serves them (no COOP/COEP, no compression)."""

from __future__ import annotations

import http.server
from typing import Any


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves a folder without logging each request, with the MIME types a site needs."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.extensions_map = {**self.extensions_map, ".js": "text/javascript",
                               ".mjs": "text/javascript", ".wasm": "application/wasm"}
        super().__init__(*args, **kwargs)  # handles the request

    def log_message(self, format: str, *args: object) -> None:
        pass


class RecordingHandler(QuietHandler):
    """Also appends ``{"path", "status", "bytes"}`` for every response to ``record`` (a class
    attribute: subclass with ``type("Handler", (RecordingHandler,), {"record": []})``); bytes
    count the body only, so a 304 counts 0."""

    record: list[dict[str, Any]]

    def log_request(self, code: object = "-", size: object = "-") -> None:
        self._entry: dict[str, Any] = {"path": self.path.split("?", 1)[0],
                                       "status": int(str(code)), "bytes": 0}
        self.record.append(self._entry)

    def copyfile(self, source: Any, outputfile: Any) -> None:
        data = source.read()
        outputfile.write(data)
        self._entry["bytes"] += len(data)
