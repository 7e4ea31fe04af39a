"""Ship the frontends of custom components that come in the app's wheels (``wasmlit build``).

A component package from PyPI (``streamlit-option-menu``, ...) carries its built frontend in
its wheel, e.g. ``streamlit_option_menu/frontend/dist/index.html`` and the scripts, styles
and fonts beside it. In the page the wheel is installed into Pyodide's file system, which an
iframe cannot load from, so the build copies each such folder out of the wheel into the site
as ``components/<its path inside the wheel>/``: a wheel's paths are relative to
site-packages, and ``wasmlit.components.v1.frontend_url`` maps a ``declare_component(path=)``
inside site-packages to the same URL. The frontend then loads its files, chunks fetched
later included, by relative URL from real static files.

A frontend folder is any folder of a wheel (outside its ``.dist-info`` and ``.data``) that
holds an ``index.html``; everything under it is copied.
"""

from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path, PurePosixPath

#: the site's folder for component frontends (wasmlit.components.v1.COMPONENTS_DIR)
COMPONENTS_DIR = "components"


def frontend_folders(names: list[str]) -> list[str]:
    """The folders (posix paths, no trailing slash) among a wheel's file ``names`` that hold
    an ``index.html``, outside its metadata."""
    found = set()
    for name in names:
        top = name.split("/", 1)[0]
        if top.endswith((".dist-info", ".data")):
            continue
        if posixpath.basename(name) == "index.html" and "/" in name:
            found.add(posixpath.dirname(name))
    # a folder inside another frontend folder is copied with it
    return sorted(f for f in found if not any(f.startswith(o + "/") for o in found if o != f))


def extract_frontends(wheel: Path, site: Path) -> list[str]:
    """Copy the frontend folders of ``wheel`` into ``site/components/``; returns them."""
    with zipfile.ZipFile(wheel) as zf:
        names = [i.filename for i in zf.infolist() if not i.is_dir()]
        folders = frontend_folders(names)
        for name in names:
            if not any(name.startswith(f + "/") for f in folders):
                continue
            rel = PurePosixPath(name)
            if rel.is_absolute() or ".." in rel.parts:  # never write outside the site
                continue
            dest = site / COMPONENTS_DIR / Path(*rel.parts)
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(zf.read(name))
    return folders


def ship_component_frontends(site: Path, wheels: list[Path]) -> list[str]:
    """Every frontend folder of ``wheels`` copied into ``site``, as ``components/...`` paths."""
    shipped = []
    for wheel in sorted(wheels):
        try:
            shipped += [f"{COMPONENTS_DIR}/{f}/" for f in extract_frontends(wheel, site)]
        except zipfile.BadZipFile:
            continue
    return shipped
