"""An app's requirements, as ``wasmlit build`` gathers them: ``requirements.txt`` beside the app
(or ``--requirements FILE``) and the script's PEP 723 inline metadata (``# /// script``).

Gathering is stdlib only (a build without requirements needs nothing else); turning the lines
into :class:`packaging.requirements.Requirement` objects, and evaluating their markers for the
browser, is :func:`parse` (needs ``packaging``). Resolving them is :mod:`wasmlit.packages`.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:  # pragma: no cover
    from packaging.requirements import Requirement


class RequirementError(Exception):
    """A requirement that cannot be read; the message names the line and the file."""


#: distributions wasmlit itself stands in for in the browser: a requirement on them (component
#: packages declare ``streamlit``) is satisfied, whatever version it asks for
PROVIDED = {"streamlit", "wasmlit"}


@dataclass
class Gathered:
    """What the app asks for: requirement lines (with where each came from) and local wheels."""

    lines: list[tuple[str, str]] = field(default_factory=list)  # (requirement, source)
    wheels: list[Path] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.lines or self.wheels)


def read_requirements(path: Path) -> list[str]:
    """Requirement lines of a requirements file: comments, blank lines and options dropped.

    ``-r other.txt`` includes another file (relative to this one); other options (``-i``,
    ``--hash``...) mean nothing in a browser and are skipped.
    """
    reqs: list[str] = []
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"\\\n", " ", text)  # line continuations
    for line in text.splitlines():
        line = re.split(r"(^|\s)#", line, maxsplit=1)[0].strip()
        if not line:
            continue
        m = re.match(r"^(-r|--requirement)(\s+|=)(\S+)$", line)
        if m:
            included = (path.parent / m.group(3)).resolve()
            if not included.is_file():
                raise RequirementError(f"{path}: -r {m.group(3)}: no such file {included}")
            reqs.extend(read_requirements(included))
            continue
        if line.startswith("-"):
            continue
        line = re.sub(r"\s--hash[=\s]\S+", "", line).strip()
        reqs.append(line)
    return reqs


_PEP723 = re.compile(r"(?m)^# /// (?P<type>[a-zA-Z0-9-]+)$\s(?P<content>(^#(| .*)$\s)+)^# ///$")


def script_dependencies(script: Path) -> list[str]:
    """The ``dependencies`` of a script's PEP 723 ``# /// script`` block (none if it has none)."""
    text = script.read_text(encoding="utf-8")
    blocks = [m for m in _PEP723.finditer(text) if m.group("type") == "script"]
    if not blocks:
        return []
    if len(blocks) > 1:
        raise RequirementError(f"{script}: more than one `# /// script` block (PEP 723 allows one)")
    content = "".join(line[2:] if line.startswith("# ") else line[1:]
                      for line in blocks[0].group("content").splitlines(keepends=True))
    try:
        meta = tomllib.loads(content)
    except tomllib.TOMLDecodeError as exc:
        raise RequirementError(f"{script}: the `# /// script` block is not valid TOML: {exc}") \
            from None
    deps = meta.get("dependencies", [])
    if not isinstance(deps, list) or not all(isinstance(d, str) for d in deps):
        raise RequirementError(f"{script}: `dependencies` in `# /// script` must be a list of "
                               "strings")
    return list(deps)


def is_wheel_path(req: str) -> bool:
    return req.endswith(".whl") and "://" not in req and " @ " not in req


def gather(app: Path, requirements: Path | None = None, *, only_script: bool = False) -> Gathered:
    """Everything ``app`` requires: ``requirements`` (or ``requirements.txt`` beside the app
    unless ``only_script``) and the script's inline metadata. Wheel paths are resolved."""
    found = Gathered()
    if requirements is not None and not requirements.is_file():
        raise RequirementError(f"no such requirements file: {requirements}")
    req_file = requirements or (None if only_script else app.parent / "requirements.txt")
    sources: list[tuple[Iterable[str], str, Path]] = []
    if req_file is not None and req_file.is_file():
        sources.append((read_requirements(req_file), req_file.name, req_file.parent))
    inline = script_dependencies(app)
    if inline:
        sources.append((inline, f"{app.name} (# /// script)", app.parent))
    for lines, source, base in sources:
        for req in lines:
            if is_wheel_path(req):
                wheel = (base / req).resolve()
                if not wheel.is_file():
                    raise RequirementError(f"requirement {req!r} ({source}): no such wheel file "
                                           f"{wheel}")
                if wheel not in found.wheels:
                    found.wheels.append(wheel)
            else:
                found.lines.append((req, source))
    return found


# ---- parsing and markers (packaging) ---------------------------------------------------------


def browser_environment(python: str = "3.14.2", platform: str = "emscripten_5_0_3",
                        arch: str = "wasm32") -> dict[str, str]:
    """PEP 508 marker values for Pyodide in a browser, from a lock file's ``info``.

    These are what ``packaging.markers.default_environment()`` returns inside Pyodide: the
    platform is Emscripten on wasm32, the interpreter CPython ``python``.
    """
    system, _, release = platform.partition("_")
    major_minor = ".".join(python.split(".")[:2])
    return {
        "implementation_name": "cpython",
        "implementation_version": python,
        "os_name": "posix",
        "platform_machine": arch,
        "platform_release": release.replace("_", "."),
        "platform_system": "Emscripten" if system == "emscripten" else system,
        "platform_version": "",
        "python_full_version": python,
        "platform_python_implementation": "CPython",
        "python_version": major_minor,
        "sys_platform": system,
    }


def parse(line: str, source: str = "requirements") -> "Requirement":
    """One requirement line as a :class:`~packaging.requirements.Requirement`."""
    from packaging.requirements import InvalidRequirement, Requirement

    try:
        return Requirement(line)
    except InvalidRequirement as exc:
        raise RequirementError(f"{source}: {line!r} is not a valid requirement ({exc})") from None


def applies(req: "Requirement", env: dict[str, str], extras: Iterable[str] = ()) -> bool:
    """Whether ``req``'s marker holds in the browser, for a parent installed with ``extras``."""
    if req.marker is None:
        return True
    extras = list(extras) or [""]
    return any(req.marker.evaluate({**env, "extra": extra}) for extra in extras)


def is_provided(name: str) -> bool:
    """Whether wasmlit itself satisfies a requirement on ``name`` (``streamlit``)."""
    from packaging.utils import canonicalize_name

    return canonicalize_name(name) in PROVIDED
