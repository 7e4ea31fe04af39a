"""A built site's offline manifest: what its service worker may serve from the browser's cache.

``write_manifest(out)`` runs last in a build. It lists every file of the site with its
SHA-256 (its first :data:`HASH_HEX` hex digits) in ``wasmlit-build.json`` (plus a build id, the hash of that list) and marks
``index.html`` so that the page registers ``wasmlit-sw.js`` (scope: the site's folder) once
the app has started. The worker (``web/public/wasmlit-sw.js``) re-reads the manifest from the
network on every visit and serves a file from its cache only when the cached copy has the
hash the manifest names, so a rebuilt site never mixes old and new files, and a visited site
opens with the network gone. See docs/web.md, "Caching and offline".

Stdlib only (``wasmlit.cli`` imports it; neither imports the runtime).
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

MANIFEST = "wasmlit-build.json"
#: written by the web build (vite.config.js, lazyList): the bundle's lazily imported files
LAZY = "lazy.json"
WORKER = "wasmlit-sw.js"
#: the attribute of index.html's mount point that asks the page to register the worker
ATTRIBUTE = "data-wasmlit-offline"
#: never listed: the manifest itself, and the worker script (the browser updates it itself)
NOT_LISTED = {MANIFEST, WORKER}
#: a file's hash in the manifest: the first 16 hex digits (64 bits) of its SHA-256, plenty to
#: tell one version of a site's file from another (wasmlit-sw.js compares the same prefix)
HASH_HEX = 16


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()[:HASH_HEX]


def site_files(out: Path) -> list[str]:
    """The site's files as POSIX paths relative to ``out`` (dotfiles, the manifest, the worker
    script and sites nested inside it left out)."""
    found = []
    for path in sorted(out.rglob("*")):
        rel = path.relative_to(out)
        if not path.is_file() or any(p.startswith(".") for p in rel.parts) \
                or rel.as_posix() in NOT_LISTED:
            continue
        if any((out / Path(*rel.parts[:i]) / MANIFEST).is_file() for i in range(1, len(rel.parts))):
            continue  # another site inside this one has its own worker and manifest
        found.append(rel.as_posix())
    return found


def _mark_index(index: Path) -> None:
    text = index.read_text(encoding="utf-8")
    if re.search(rf'\s{ATTRIBUTE}="', text):
        return
    marked, n = re.subn(r"(<[^>]*\sdata-wasmlit-site=\"[^\"]*\")",
                        rf'\1 {ATTRIBUTE}="{MANIFEST}"', text, count=1)
    if n:
        index.write_text(marked, encoding="utf-8")


def write_manifest(out: Path | str) -> dict:
    """Mark ``out/index.html`` for the service worker and (re)write ``out/wasmlit-build.json``.

    Run it again after editing a built site by hand, or the worker will refuse the edited
    files (their hashes no longer match) and fetch them from the network every time.
    """
    out = Path(out)
    if (out / "index.html").is_file():
        _mark_index(out / "index.html")
    files = {rel: _sha256(out / rel) for rel in site_files(out)}
    build = hashlib.sha256(json.dumps(files, sort_keys=True).encode()).hexdigest()[:20]
    manifest: dict = {"build": build, "files": files}
    # What only a dynamic import reaches (the web build's lazy.json): cached by the page's
    # first use of it, not with the rest, so a visit pays only for the libraries it uses.
    lazy_list = out / LAZY
    if lazy_list.is_file():
        manifest["lazy"] = sorted(set(json.loads(lazy_list.read_text(encoding="utf-8"))) & set(files))
    (out / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


def remove_manifest(out: Path | str) -> None:
    """A site built without offline support: no manifest left over from an earlier build (a
    service worker that finds none drops its caches and unregisters itself)."""
    (Path(out) / MANIFEST).unlink(missing_ok=True)
