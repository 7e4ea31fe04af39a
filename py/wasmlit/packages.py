"""Resolve an app's requirements at build time into the site's ``pyodide-lock.json``.

What goes into a site (see README.md, "Deploying"):

* packages in **Pyodide's own set** (the ``pyodide-lock.json`` of the pinned Pyodide, shipped in
  ``wasmlit/_web/pyodide/``): always taken from it, with its ``depends``, never from PyPI. Their
  files come from a *package base* (the official CDN by default, ``--pyodide-packages DIR|URL``
  otherwise). They are copied into the site when the base can be reached at build time;
  otherwise the page fetches them from the base at run time (the build says so), or, with
  ``--require-vendored``, the build fails.
* everything else comes from **PyPI** (or ``--find-links`` folders, looked at first):
  pure-Python wheels and browser wheels (``pyemscripten_2026_0_wasm32``, abi3) only. They are
  always copied into the site, as are local wheel files named in the requirements.

The page then boots Pyodide with that lock file and the list of packages, so no resolver runs
in the browser (docs/web.md).

Why a resolver of our own: micropip's ``Transaction`` checks wheel tags against the running
interpreter (on CPython that is the host, not the browser) and falls back to PyPI when a
package of Pyodide's set does not match a pin; pip evaluates environment markers for the host
even with ``--platform``; ``pyodide_lock.uv_pip_compile`` runs uv with the 2024 Pyodide
platform and needs every wheel of the baseline lock reachable as a URL or file at build time,
which the offline default (the CDN unreachable) cannot give. So this is a small greedy
resolver over PyPI's JSON API, built on ``packaging`` (requirements, markers, specifiers, wheel
tags): one pass, highest matching version first, no backtracking, and a clear error naming the
package when it meets a conflict. The lock file itself is written with ``pyodide_lock``.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from dataclasses import dataclass, field
from email.message import Message
from email.parser import Parser
from pathlib import Path
from typing import Iterable, Sequence

from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.tags import compatible_tags, cpython_tags
from packaging.utils import (InvalidWheelFilename, canonicalize_name, parse_wheel_filename)
from packaging.version import InvalidVersion, Version
from pydantic import Field
from pyodide_lock import InfoSpec, PackageSpec, PyodideLockSpec
from pyodide_lock.utils import parse_top_level_import_name

from .requirements import Gathered, RequirementError, applies, browser_environment, is_provided, \
    parse

#: PyPI's JSON API; WASMLIT_PYPI_JSON names a mirror that serves the same API
PYPI_JSON = "https://pypi.org/pypi"
TIMEOUT = 30
#: where the site keeps its packages and its lock file
PACKAGES_DIR = "packages"
LOCK_NAME = "pyodide-lock.json"


class ResolveError(RequirementError):
    """The requirements cannot be met in the browser; the message names the package."""


# ---- pyodide-lock.json, as Pyodide 314 writes it ---------------------------------------------
# pyodide-lock 0.1.2 (the newest release) predates two changes of Pyodide 314's lock file: the
# `info` no longer holds `version`, and the lock and each package hold a `tool` table. These subclasses
# accept both, and write what Pyodide 314 reads.


class _Info(InfoSpec):
    version: str | None = None  # type: ignore[assignment]


class _Package(PackageSpec):
    tool: dict[str, object] = Field(default_factory=dict)


class SiteLock(PyodideLockSpec):
    info: _Info
    packages: dict[str, _Package]  # type: ignore[assignment]
    tool: dict[str, object] = Field(default_factory=dict)

    @classmethod
    def read(cls, text: str) -> "SiteLock":
        return cls(**json.loads(text))

    def dumps(self) -> str:
        data = self.model_dump(exclude_none=True)
        return json.dumps(data, sort_keys=True, separators=(",", ":"))


# ---- where files come from -------------------------------------------------------------------


def _fetch(url: str, *, accept: str | None = None) -> bytes:
    req = urllib.request.Request(url, headers={"User-Agent": "wasmlit-build",
                                               **({"Accept": accept} if accept else {})})
    with urllib.request.urlopen(req, timeout=TIMEOUT) as res:
        return res.read()


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class PackageBase:
    """Where Pyodide's own package files live: a folder (an unpacked Pyodide release) or a URL."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.is_url = "://" in where
        self.url: str | None
        self.dir: Path | None
        if self.is_url:
            self.url = where if where.endswith("/") else where + "/"
            self.dir = None
        else:
            self.dir = Path(where).expanduser().resolve()
            self.url = None
            if not self.dir.is_dir():
                raise ResolveError(f"--pyodide-packages {where}: no such folder")
        self.unreachable: str | None = None  # why the base could not be read, if it could not

    def __str__(self) -> str:
        return self.url or str(self.dir)

    def read(self, file_name: str) -> bytes:
        if self.dir is not None:
            return (self.dir / file_name).read_bytes()
        assert self.url is not None
        return _fetch(urllib.parse.urljoin(self.url, file_name))

    def lock(self) -> SiteLock | None:
        """The base's own pyodide-lock.json, if it has one (and can be reached)."""
        try:
            text = self.read(LOCK_NAME)
        except FileNotFoundError:
            return None
        except urllib.error.HTTPError as exc:
            if exc.code == 404:
                return None
            self.unreachable = f"HTTP {exc.code}"
            return None
        except (urllib.error.URLError, OSError) as exc:
            self.unreachable = str(getattr(exc, "reason", exc))
            return None
        try:
            return SiteLock.read(text.decode("utf-8"))
        except ValueError as exc:
            raise ResolveError(f"--pyodide-packages {self}: its {LOCK_NAME} is not a Pyodide lock "
                               f"file ({str(exc).splitlines()[0]})") from None


# ---- the resolver -----------------------------------------------------------------------------


@dataclass
class Pick:
    """One resolved distribution."""

    name: str  # canonical
    version: str
    source: str  # "pyodide" | "pypi" | "local"
    file_name: str
    url: str | None = None  # where to download it (PyPI)
    path: Path | None = None  # a local file (a wheel named in the requirements, --find-links)
    sha256: str | None = None
    requires: list[Requirement] = field(default_factory=list)  # its own requirements
    extras: set[str] = field(default_factory=set)
    depends: list[str] = field(default_factory=list)  # canonical names of picked dependencies
    wanted_by: list[str] = field(default_factory=list)


@dataclass
class _Candidate:
    version: Version
    file_name: str
    url: str | None
    path: Path | None
    sha256: str | None
    requires_python: str | None


class Resolver:
    def __init__(self, lock: SiteLock, *, find_links: Sequence[Path] = (),
                 local_wheels: Sequence[Path] = (), pypi: str | None = None) -> None:
        self.lock = lock
        self.by_name: dict[str, str] = {canonicalize_name(k): k for k in lock.packages}
        info = lock.info
        self.env = browser_environment(info.python, info.platform, info.arch)
        py = Version(info.python)
        platform = f"pyemscripten_{info.abi_version}_{info.arch}" if info.abi_version \
            else f"{info.platform}_{info.arch}"
        self.platform = platform
        self.python = (py.major, py.minor)
        interp = f"cp{py.major}{py.minor}"
        tags = list(cpython_tags(self.python, abis=[interp], platforms=[platform]))
        tags += list(compatible_tags(self.python, interpreter=interp, platforms=[platform]))
        self.tags = {t: i for i, t in enumerate(dict.fromkeys(tags))}
        self.pypi = (pypi or os.environ.get("WASMLIT_PYPI_JSON") or PYPI_JSON).rstrip("/")
        self.local: dict[str, list[_Candidate]] = {}
        self.explicit: set[str] = set()
        for wheel in local_wheels:
            self._add_local(wheel, explicit=True)
        for folder in find_links:
            for wheel in sorted(Path(folder).glob("*.whl")):
                self._add_local(wheel)
        self.picks: dict[str, Pick] = {}
        self.constraints: dict[str, list[tuple[Requirement, str]]] = {}
        self.provided: set[str] = set()
        self.notes: list[str] = []
        self._project_cache: dict[str, dict] = {}

    # -- candidates

    def _add_local(self, wheel: Path, *, explicit: bool = False) -> None:
        try:
            name, version, _, _ = parse_wheel_filename(wheel.name)
        except (InvalidWheelFilename, InvalidVersion):
            if explicit:
                raise ResolveError(f"{wheel.name} is not a valid wheel file name") from None
            return
        cand = _Candidate(version, wheel.name, None, wheel, None, None)
        self.local.setdefault(str(name), []).append(cand)
        if explicit:
            self.explicit.add(str(name))
            if not self._compatible(wheel.name):
                raise ResolveError(
                    f"{wheel.name}: this wheel does not run in the browser (its tags are not "
                    f"{self.platform} nor pure Python). Build it for Pyodide or use a "
                    "pure-Python one.")

    def _compatible(self, file_name: str) -> int | None:
        """The wheel's rank (lower is better) among the browser's tags, None if it cannot run."""
        try:
            _, _, _, tags = parse_wheel_filename(file_name)
        except (InvalidWheelFilename, InvalidVersion):
            return None
        ranks = [self.tags[t] for t in tags if t in self.tags]
        return min(ranks) if ranks else None

    def _project(self, name: str) -> dict:
        if name not in self._project_cache:
            url = f"{self.pypi}/{name}/json"
            try:
                self._project_cache[name] = json.loads(_fetch(url))
            except urllib.error.HTTPError as exc:
                if exc.code == 404:
                    raise ResolveError(
                        f"{name}: no such package on PyPI ({url} answered 404). Check the "
                        "spelling in the requirements.") from None
                raise ResolveError(f"{name}: PyPI answered HTTP {exc.code} for {url}; try "
                                   "again, or put its wheels in a --find-links folder") from None
            except (urllib.error.URLError, OSError) as exc:
                raise ResolveError(
                    f"{name}: could not reach PyPI to resolve it ({getattr(exc, 'reason', exc)}). "
                    "Check the network, or put the wheels it needs in a --find-links folder.") \
                    from None
        return self._project_cache[name]

    def _pypi_candidates(self, name: str) -> tuple[list[_Candidate], dict[str, list[str]]]:
        """Browser-compatible wheels of every release, and every release's other files."""
        data = self._project(name)
        found: list[_Candidate] = []
        others: dict[str, list[str]] = {}
        for ver, files in data.get("releases", {}).items():
            try:
                version = Version(ver)
            except InvalidVersion:
                continue
            best: tuple[int, dict] | None = None
            for f in files:
                if f.get("yanked"):
                    continue
                rank = self._compatible(f["filename"]) if f["filename"].endswith(".whl") else None
                if rank is None:
                    others.setdefault(ver, []).append(f["filename"])
                elif best is None or rank < best[0]:
                    best = (rank, f)
            if best is not None:
                f = best[1]
                url = urllib.parse.urljoin(f"{self.pypi}/{name}/json", f["url"])  # may be relative
                found.append(_Candidate(version, f["filename"], url, None,
                                        f.get("digests", {}).get("sha256"),
                                        f.get("requires_python")))
        return found, others

    def _python_ok(self, requires_python: str | None) -> bool:
        if not requires_python:
            return True
        try:
            return Version(self.lock.info.python) in SpecifierSet(requires_python)
        except ValueError:
            return True

    # -- resolution

    def resolve(self, top: Iterable[tuple[Requirement, str]]) -> dict[str, Pick]:
        queue: list[tuple[Requirement, str]] = list(top)
        for wheel_name in sorted(self.explicit):  # wheels named in the requirements
            cand = self.local[wheel_name][0]
            queue.append((Requirement(f"{wheel_name}=={cand.version}"), cand.file_name))
        while queue:
            req, wanted_by = queue.pop(0)
            parent = self.picks.get(canonicalize_name(wanted_by)) if wanted_by else None
            if not applies(req, self.env, parent.extras if parent else ()):
                continue
            name = canonicalize_name(req.name)
            if is_provided(name):
                self.provided.add(name)
                continue
            self.constraints.setdefault(name, []).append((req, wanted_by))
            pick = self.picks.get(name)
            if pick is None:
                pick = self._pick(name, req)
                self.picks[name] = pick
                queue += [(r, name) for r in pick.requires]
            elif not req.specifier.contains(pick.version, prereleases=True):
                raise self._conflict(name, pick)
            if wanted_by and parent is not None and name not in parent.depends:
                parent.depends.append(name)
            pick.wanted_by.append(wanted_by)
            new_extras = {canonicalize_name(e) for e in req.extras} - pick.extras
            if new_extras:
                pick.extras |= new_extras
                queue += [(r, name) for r in pick.requires
                          if r.marker is not None and applies(r, self.env, new_extras)
                          and not applies(r, self.env)]
                if pick.source == "pyodide":
                    self.notes.append(
                        f"{name}[{','.join(sorted(new_extras))}]: {name} comes from Pyodide's own "
                        "package set, whose lock file records no extras; name the extra's "
                        "packages in the requirements if the app needs them.")
        return self.picks

    def _describe(self, name: str) -> str:
        reqs = self.constraints.get(name, [])
        return ", ".join(f"{r} (from {by or 'the requirements'})" for r, by in reqs)

    def _conflict(self, name: str, pick: Pick) -> ResolveError:
        if pick.source == "pyodide":
            return ResolveError(
                f"{name}: {self._describe(name)} conflicts with Pyodide's own {name} "
                f"{pick.version}. Pyodide {self.lock_version()} ships {name} {pick.version} built "
                f"for the browser, and wasmlit always takes {name} from it: relax the "
                f"requirement to allow {pick.version}.")
        return ResolveError(
            f"{name}: no version satisfies all of {self._describe(name)} ({pick.version} was "
            f"picked for the first). Relax one of these requirements.")

    def lock_version(self) -> str:
        return self.lock.info.version or pyodide_version()

    def _pick(self, name: str, req: Requirement) -> Pick:
        spec = SpecifierSet(",".join(str(r.specifier) for r, _ in self.constraints[name]
                                     if str(r.specifier)))
        key = self.by_name.get(name)
        if key is not None and name not in self.explicit:
            entry = self.lock.packages[key]
            if not spec.contains(entry.version, prereleases=True):
                raise self._conflict(name, Pick(name, entry.version, "pyodide", entry.file_name))
            return Pick(name, entry.version, "pyodide", entry.file_name, sha256=entry.sha256,
                        requires=[Requirement(d) for d in entry.depends])
        local = sorted((c for c in self.local.get(name, []) if self._compatible(c.file_name)
                        is not None and spec.contains(c.version, prereleases=True)),
                       key=lambda c: (c.version, -(self._compatible(c.file_name) or 0)),
                       reverse=True)
        if local:
            cand = local[0]
            assert cand.path is not None  # local candidates are files
            return Pick(name, str(cand.version), "local", cand.file_name, path=cand.path,
                        requires=_wheel_requires(cand.path))
        if name in self.explicit:
            raise self._conflict(name, Pick(name, str(self.local[name][0].version), "local", ""))
        cands, others = self._pypi_candidates(name)
        fits = {str(v) for v in spec.filter(str(c.version) for c in cands)}  # PEP 440 pre-releases
        ok = [c for c in cands if str(c.version) in fits and self._python_ok(c.requires_python)]
        if not ok:
            raise self._no_wheel(name, spec, cands, others)
        cand = max(ok, key=lambda c: c.version)
        pick = Pick(name, str(cand.version), "pypi", cand.file_name, url=cand.url,
                    sha256=cand.sha256)
        # The wheel's own METADATA names its dependencies (the site ships the wheel anyway;
        # PyPI's per-version JSON is not served by every index).
        pick.path = _download(pick, _download_cache())
        pick.requires = _wheel_requires(pick.path)
        return pick

    def _no_wheel(self, name: str, spec: SpecifierSet, cands: list[_Candidate],
                  others: dict[str, list[str]]) -> ResolveError:
        wanted = self._describe(name)
        matching = [v for v in others if _is_version(v) and spec.contains(v, prereleases=True)]
        if not cands and not others:
            return ResolveError(f"{name}: PyPI has no files for it ({wanted}).")
        if matching:
            latest = max(matching, key=Version)
            files = others[latest]
            kind = ("only a source distribution" if all(not f.endswith(".whl") for f in files)
                    else "wheels for other platforms only")
            hint = (f" Versions of {name} with a browser wheel: "
                    f"{', '.join(str(c.version) for c in sorted(cands, key=lambda c: c.version)[-3:])}."
                    if cands else "")
            return ResolveError(
                f"{name}: no wheel that runs in the browser ({wanted}). {name} {latest} has "
                f"{kind} ({', '.join(files[:3])}{', ...' if len(files) > 3 else ''}), and a "
                f"site can only ship pure-Python wheels or wheels built for {self.platform}."
                f"{hint} Pick a pure-Python alternative, or build {name} for Pyodide "
                "(pyodide build) and name the wheel file in requirements.txt.")
        return ResolveError(
            f"{name}: no release matches {wanted}. Releases with a browser wheel: "
            f"{', '.join(str(c.version) for c in sorted(cands, key=lambda c: c.version)[-5:]) or 'none'}.")


def _is_version(text: str) -> bool:
    try:
        Version(text)
    except InvalidVersion:
        return False
    return True


def _wheel_metadata(path: Path) -> Message:
    with zipfile.ZipFile(path) as zf:
        meta = next((n for n in zf.namelist()
                     if n.count("/") == 1 and n.endswith(".dist-info/METADATA")), None)
        if meta is None:
            raise ResolveError(f"{path.name}: not a wheel (no .dist-info/METADATA)")
        return Parser().parsestr(zf.read(meta).decode("utf-8"))


def _wheel_requires(path: Path) -> list[Requirement]:
    msg = _wheel_metadata(path)
    return [parse(r, path.name) for r in msg.get_all("Requires-Dist") or []]


# ---- the site's lock and files ---------------------------------------------------------------


def _pinned() -> dict:
    from .site import WEB_DIR

    info = WEB_DIR / "pyodide" / "wasmlit-pyodide.json"
    if info.is_file():
        return json.loads(info.read_text(encoding="utf-8"))
    raise ResolveError(f"{info} is missing: run `npm run build` (make install)")


def pyodide_version() -> str:
    return _pinned()["version"]


def default_base() -> str:
    """The official CDN for the pinned Pyodide (written by the web build)."""
    return _pinned()["cdn"]


def bundled_lock() -> SiteLock:
    from .site import WEB_DIR

    return SiteLock.read((WEB_DIR / "pyodide" / LOCK_NAME).read_text(encoding="utf-8"))


@dataclass
class Resolved:
    """What a site holds: the lock file's text, the files to write, and a report."""

    lock_text: str
    files: dict[str, Path]  # file name in site/packages/ -> staged file
    packages: list[str]  # what the page loads with the interpreter
    shipped: list[tuple[str, str, str]]  # (name version, file, origin)
    remote: list[tuple[str, str]]  # (name version, URL fetched at run time)
    warnings: list[str]
    provided: list[str]
    compiled: list[str] = field(default_factory=list)  # wheels shipped as bytecode

    def manifest(self) -> dict:
        return {"lock": f"{PACKAGES_DIR}/{LOCK_NAME}", "packages": self.packages}

    def report(self) -> str:
        lines = []
        if self.shipped:
            lines.append(f"in the site ({PACKAGES_DIR}/):")
            lines += [f"  {nv:<32} {origin}" for nv, _, origin in self.shipped]
        if self.remote:
            lines.append("fetched by the page at run time:")
            lines += [f"  {nv:<32} {url}" for nv, url in self.remote]
        if self.provided:
            lines.append(f"provided by wasmlit: {', '.join(sorted(self.provided))}")
        if self.compiled:
            lines.append(f"compiled to bytecode for the page's Python: {', '.join(self.compiled)}")
        return "\n".join(lines)


def resolve_site(gathered: Gathered, staging: Path, *, pyodide_packages: str | None = None,
                 find_links: Sequence[Path] = (), vendor: bool = True,
                 require_vendored: bool = False, precompile: bool = True) -> Resolved:
    """Resolve ``gathered`` and stage every file the site ships into ``staging``.

    Nothing outside ``staging`` is written, so a failure leaves the site as it was.
    """
    from .site import WEB_DIR

    bundled = bundled_lock()
    base = PackageBase(pyodide_packages or default_base())
    base_lock = base.lock()
    lock = bundled.model_copy(deep=True)
    if base_lock is not None:
        if base_lock.info.abi_version not in (None, lock.info.abi_version):
            raise ResolveError(
                f"--pyodide-packages {base}: its {LOCK_NAME} is for Pyodide ABI "
                f"{base_lock.info.abi_version}, this wasmlit runs {lock.info.abi_version}.")
        keys = {canonicalize_name(k): k for k in lock.packages}
        for key, entry in base_lock.packages.items():  # the base's own files and hashes
            lock.packages[keys.get(canonicalize_name(key), key)] = entry

    top = [(parse(line, source), "") for line, source in gathered.lines]
    resolver = Resolver(lock, find_links=find_links, local_wheels=gathered.wheels)
    picks = resolver.resolve(top)

    staging.mkdir(parents=True, exist_ok=True)
    warnings: list[str] = list(resolver.notes)
    shipped: list[tuple[str, str, str]] = []
    remote: list[tuple[str, str]] = []
    files: dict[str, Path] = {}
    unreachable: list[str] = []
    site_pyodide = WEB_DIR / "pyodide"
    by_name = resolver.by_name

    def absolute(file_name: str) -> str:
        """Where the page fetches a file the site does not hold (a folder base is not on the
        web: its files are looked for on the official CDN)."""
        if "://" in file_name:
            return file_name
        return urllib.parse.urljoin(base.url or default_base(), file_name)

    # Pyodide's own packages: copy from the base, or leave them there (absolute URLs).
    for key, entry in lock.packages.items():
        norm = canonicalize_name(key)
        picked = norm in picks and picks[norm].source == "pyodide"
        if "/" not in entry.file_name and (site_pyodide / entry.file_name).is_file():
            entry.file_name = f"../pyodide/{entry.file_name}"  # micropip, shipped by the web build
            if picked:
                shipped.append((f"{entry.name} {entry.version}", entry.file_name,
                                "wasmlit's runtime (pyodide/)"))
            continue
        url = absolute(entry.file_name)
        if not picked:
            entry.file_name = url
            continue
        nv = f"{entry.name} {entry.version}"
        relative = "://" not in entry.file_name
        if vendor and not (relative and base.unreachable):
            try:
                data = base.read(entry.file_name) if relative else _fetch(entry.file_name)
            except (urllib.error.URLError, OSError) as exc:
                why = str(getattr(exc, "reason", None) or exc)
                if relative and base.url:
                    base.unreachable = why
                unreachable.append(entry.name)
            else:
                if entry.sha256 and _sha256(data) != entry.sha256:
                    raise ResolveError(
                        f"{entry.name}: {entry.file_name} from {base} does not match the sha256 "
                        f"in {'its' if base_lock else 'Pyodide’s'} {LOCK_NAME}; the base holds "
                        "other files than its lock file says.")
                dest = staging / Path(entry.file_name).name
                dest.write_bytes(data)
                files[dest.name] = dest
                entry.file_name = dest.name
                shipped.append((nv, dest.name, f"Pyodide's set, copied from {base}"))
                continue
        elif vendor:
            unreachable.append(entry.name)
        entry.file_name = url
        remote.append((nv, url))
    if unreachable:
        names = ", ".join(sorted(unreachable))
        why = f" ({base.unreachable})" if base.unreachable else ""
        msg = (f"the package base {base} could not be reached{why} or lacks their files, so "
               f"these packages of Pyodide's set are not in the site and the page will fetch "
               f"them from {base.url or default_base()} at run time: {names}. To ship them, pass "
               "--pyodide-packages with a folder or mirror that has them.")
        if require_vendored:
            raise ResolveError(msg.replace("the page will fetch", "the page would fetch")
                               + " (--require-vendored)")
        warnings.append(msg)
    if not vendor and require_vendored and remote:
        raise ResolveError("--require-vendored and --no-vendor exclude each other")

    # Wheels from PyPI, --find-links and the requirements: always in the site.
    for name, pick in picks.items():
        if pick.source == "pyodide":
            continue
        assert pick.path is not None  # downloaded while resolving, or a local file
        data = pick.path.read_bytes()
        if pick.source == "pypi":
            origin = "PyPI"
        else:
            origin = "local wheel" if name in resolver.explicit else f"from {pick.path.parent}"
        dest = staging / pick.file_name
        dest.write_bytes(data)
        files[dest.name] = dest
        meta = _wheel_metadata(dest)
        key = by_name.get(name, name)
        lock.packages[key] = _Package(
            name=meta.get("Name", name), version=pick.version, file_name=dest.name,
            install_dir="site", sha256=_sha256(data), package_type="package",
            imports=parse_top_level_import_name(dest) or [],
            depends=[by_name.get(d, d) for d in pick.depends])
        by_name[name] = key
        shipped.append((f"{meta.get('Name', name)} {pick.version}", dest.name, origin))
    # Wheels that hold source (PyPI's, a folder base's) ship compiled: see wasmlit/precompile.py.
    compiled: list[str] = []
    if precompile:
        from .precompile import precompile as compile_wheels

        compiled, as_source = compile_wheels(
            [files[n] for n in sorted(files) if n.endswith(".whl")],
            pyodide_dir=site_pyodide, version=pyodide_version())
        if as_source:
            left = sorted(n for n in files if n.endswith(".whl") and n not in compiled)
            warnings.append(f"not compiled to bytecode ({as_source}), so the page compiles their "
                            f"modules at every cold start: {', '.join(left)}")
        for entry in lock.packages.values():
            if entry.file_name in compiled:
                entry.sha256 = _sha256(files[entry.file_name].read_bytes())
    # A package of Pyodide's set that depends on one the site now takes from elsewhere keeps
    # its lock entry's depends: names are looked up by normalized name, as Pyodide does.
    packages = sorted(by_name[n] for n in picks)
    return Resolved(lock_text=lock.dumps(), files=files, packages=packages,
                    shipped=sorted(shipped), remote=sorted(remote), warnings=warnings,
                    provided=sorted(resolver.provided), compiled=compiled)


def _download_cache() -> Path:
    root = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(root) / "wasmlit" / "wheels"


def _download(pick: Pick, cache: Path) -> Path:
    """The wheel of ``pick`` in the download cache (fetched unless it is there already)."""
    cached = cache / pick.file_name
    if cached.is_file():
        if not pick.sha256 or _sha256(cached.read_bytes()) == pick.sha256:
            return cached
    assert pick.url is not None
    try:
        data = _fetch(pick.url)
    except (urllib.error.URLError, OSError) as exc:
        raise ResolveError(f"{pick.name} {pick.version}: could not download {pick.url} "
                           f"({getattr(exc, 'reason', exc)})") from None
    if pick.sha256 and _sha256(data) != pick.sha256:
        raise ResolveError(f"{pick.name}: {pick.file_name} does not match PyPI's sha256")
    cache.mkdir(parents=True, exist_ok=True)
    tmp = cached.with_name(f"{cached.name}.{os.getpid()}.part")
    tmp.write_bytes(data)
    tmp.replace(cached)
    return cached


def install_into(site: Path, resolved: Resolved) -> None:
    """Write the staged files and the lock into ``site/packages/``."""
    dest = site / PACKAGES_DIR
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    for name, path in resolved.files.items():
        shutil.move(str(path), dest / name)
    (dest / LOCK_NAME).write_text(resolved.lock_text, encoding="utf-8")


def write_base_lock(folder: Path) -> Path:
    """Write ``folder/pyodide-lock.json`` for the wheels in ``folder``: a package base of one's
    own (e.g. wheels built with ``pyodide build``, or a partial mirror) that
    ``--pyodide-packages folder`` then takes in place of Pyodide's entries of the same names.

    Each entry gets the wheel's real sha256, its import names and its dependencies (those of
    its ``Requires-Dist`` that hold in the browser and name a package of the folder or of
    Pyodide's set).
    """
    pyodide = bundled_lock()
    env = browser_environment(pyodide.info.python, pyodide.info.platform, pyodide.info.arch)
    keys = {canonicalize_name(k): k for k in pyodide.packages}
    wheels = sorted(Path(folder).glob("*.whl"))
    for wheel in wheels:
        keys.setdefault(canonicalize_name(parse_wheel_filename(wheel.name)[0]),
                        canonicalize_name(parse_wheel_filename(wheel.name)[0]))
    packages: dict[str, _Package] = {}
    for wheel in wheels:
        name, version, _, _ = parse_wheel_filename(wheel.name)
        meta = _wheel_metadata(wheel)
        depends = [keys[canonicalize_name(r.name)] for r in _wheel_requires(wheel)
                   if applies(r, env) and canonicalize_name(r.name) in keys]
        packages[keys[name]] = _Package(
            name=meta.get("Name", name), version=str(version), file_name=wheel.name,
            install_dir="site", sha256=_sha256(wheel.read_bytes()), package_type="package",
            imports=parse_top_level_import_name(wheel) or [], depends=sorted(set(depends)))
    lock = SiteLock(info=pyodide.info, packages=packages)
    dest = Path(folder) / LOCK_NAME
    dest.write_text(lock.dumps(), encoding="utf-8")
    return dest
