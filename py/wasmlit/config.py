"""Streamlit's configuration options: ``.streamlit/config.toml``, ``st.get_option``, ``st.set_option``.

Two halves, both stdlib only (``tomllib``):

- the build (``wasmlit build`` and the ``serve`` watcher) calls :func:`read_app_config` on the
  app's folder. It checks ``.streamlit/config.toml`` against Streamlit 1.67's option table,
  reports each problem with its line (a bad file never stops the build) and returns the
  ``config`` entry of ``app.json``: ``{"client": {...}, "runner": {...}, "theme": {...}}``.
  ``client`` and ``runner`` hold every option wasmlit applies (defaults included); ``theme``
  only what the file sets, nested as in the file (``theme.sidebar``, ``theme.light``,
  ``theme.dark``, ``theme.light.sidebar``, ``theme.dark.sidebar``).
- in the browser, :func:`load` takes that entry at boot; :func:`get_option` and
  :func:`set_option` are ``st.get_option`` / ``st.set_option``.

Server-side sections (``server``, ``browser``, ``logger``, ...) are known, so a config.toml
written for ``streamlit run`` builds with a note instead of an error, but nothing reads them:
a wasmlit site has no server.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wasmlit.errors import StreamlitAPIException


@dataclass(frozen=True)
class Option:
    type: type
    default: Any = None
    #: st.set_option may change it while the app runs (Streamlit's "scriptable")
    scriptable: bool = False
    #: wasmlit acts on it (the others are accepted and ignored, with a note at build time)
    applied: bool = False
    #: the values it may take, when it is a choice
    choices: tuple[Any, ...] = ()


SHOW_ERROR_DETAILS = ("full", "stacktrace", "type", "none", True, False)
TOOLBAR_MODES = ("auto", "developer", "viewer", "minimal")

_CLIENT = {
    "showErrorDetails": Option(str, "full", True, True, SHOW_ERROR_DETAILS),
    "toolbarMode": Option(str, "auto", True, True, TOOLBAR_MODES),
    "showSidebarNavigation": Option(bool, True, True, True),
    "disableDataExport": Option(bool, False, True),
    "showErrorLinks": Option(str, "auto"),
    "allowedOrigins": Option(list),
}
_RUNNER = {
    "magicEnabled": Option(bool, True, applied=True),
    "postScriptGC": Option(bool, True), "fastReruns": Option(bool, True),
    "enforceSerializableSessionState": Option(bool, False), "enumCoercion": Option(str, "nameOnly"),
    "parallelMaxWorkers": Option(int), "cacheBackgroundRefreshMaxWorkers": Option(int, 4),
    "cacheBackgroundRefreshTTLMultiplier": Option(float, 2.0),
    "connectionDefaultTTL": Option(float), "cacheHashSeed": Option(int, 0),
}
#: theme options wasmlit draws (the rest of Streamlit's are accepted, not applied yet)
THEME_APPLIED = ("base", "primaryColor", "backgroundColor", "secondaryBackgroundColor",
                 "textColor", "linkColor", "font", "codeFont", "headingFont", "baseRadius",
                 "borderColor", "showWidgetBorder", "codeBackgroundColor")
_COLOR_NAMES = ("red", "orange", "yellow", "blue", "green", "violet", "gray")
#: options of every theme section ([theme], [theme.sidebar], [theme.light], ...)
_THEME_ANY = {
    **{name: Option(str, applied=name in THEME_APPLIED) for name in (
        "primaryColor", "backgroundColor", "secondaryBackgroundColor", "textColor",
        "linkColor", "codeTextColor", "codeBackgroundColor", "font", "headingFont",
        "codeFont", "codeFontSize", "baseRadius", "buttonRadius", "paddingTop", "paddingBottom",
        "borderColor", "dataframeBorderColor", "dataframeHeaderBackgroundColor",
        "dataframeHeaderTextColor",
        *(f"{c}{kind}" for c in _COLOR_NAMES for kind in ("Color", "BackgroundColor", "TextColor")),
    )},
    # a list (or one string) in config.toml
    **{name: Option(list) for name in ("headingFontSizes", "headingFontWeights",
                                       "chartCategoricalColors", "chartSequentialColors",
                                       "chartDivergingColors")},
    "linkUnderline": Option(bool), "codeFontWeight": Option(int),
    "showWidgetBorder": Option(bool, applied=True),
}
#: options of [theme] alone
_THEME_TOP = {
    "base": Option(str, applied=True, choices=("light", "dark")),
    "fontFaces": Option(list), "baseFontSize": Option(int), "baseFontWeight": Option(int),
    "metricValueFontSize": Option(str), "metricValueFontWeight": Option(int),
    "showSidebarBorder": Option(bool),
}
THEME_SECTIONS = ("theme", "theme.sidebar", "theme.light", "theme.dark", "theme.light.sidebar",
                  "theme.dark.sidebar")
#: sections that only a Streamlit server reads: known (no error), never applied
SERVER_SECTIONS: dict[str, tuple[str, ...]] = {
    "server": ("folderWatchList", "folderWatchBlacklist", "fileWatcherType",
               "enableExpensiveMemoryStats", "maxCacheDataSize", "cookieSecret", "headless",
               "showEmailPrompt", "runOnSave", "allowRunOnSave", "address", "port",
               "scriptHealthCheckEnabled", "baseUrlPath", "customComponentBaseUrlPath",
               "enableCORS", "corsAllowedOrigins", "allowedHosts", "enableXsrfProtection",
               "xsrfCookieSameSite", "maxUploadSize", "maxMessageSize", "maxWidgetStateSize",
               "enableWebsocketCompression", "websocketPingInterval", "enableStaticServing",
               "disconnectedSessionTTL", "enableAgentApi", "agentWaitTimeout",
               "agentSessionTTL", "agentMaxSessions", "agentPreviewRows",
               "trustedUserHeaders", "unsafeMetricsUserAttributes", "sslCertFile",
               "sslKeyFile"),
    "browser": ("serverAddress", "gatherUsageStats", "serverPort"),
    "global": ("disableWidgetStateDuplicationWarning", "showWarningOnDirectExecution",
               "developmentMode", "e2eTest", "unitTest", "appTest",
               "suppressDeprecationWarnings", "minCachedMessageSize", "maxCachedMessageAge"),
    "logger": ("level", "messageFormat", "enableRich", "hideWelcomeMessage"),
    "ui": ("hideTopBar",),
    "magic": ("displayRootDocString", "displayLastExprIfNoSemicolon"),
    "secrets": ("files",),
}


def _table() -> dict[str, Option]:
    table: dict[str, Option] = {}
    table.update({f"client.{k}": o for k, o in _CLIENT.items()})
    table.update({f"runner.{k}": o for k, o in _RUNNER.items()})
    for section in THEME_SECTIONS:
        table.update({f"{section}.{k}": o for k, o in _THEME_ANY.items()})
    table.update({f"theme.{k}": o for k, o in _THEME_TOP.items()})
    return table


#: every option a wasmlit app can read, by its full key ("client.toolbarMode")
OPTIONS: dict[str, Option] = _table()
SERVER_OPTIONS = frozenset(f"{s}.{k}" for s, keys in SERVER_SECTIONS.items() for k in keys)

# ---- build time: read and check config.toml -------------------------------------------------


@dataclass
class ConfigProblem:
    line: int | None
    message: str
    path: str = ".streamlit/config.toml"

    def __str__(self) -> str:
        where = f"{self.path} line {self.line}" if self.line else self.path
        return f"{where}: {self.message}"


def _type_ok(option: Option, value: Any) -> bool:
    if option.choices and value in option.choices and type(value) in (str, bool):
        return True
    if option.type is bool:
        return isinstance(value, bool)
    if option.type is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if option.type is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if option.type is list:
        return isinstance(value, (list, str))
    if option.type is str:
        return isinstance(value, str)
    return True


_TYPE_NAMES = {bool: "true or false", int: "a whole number", float: "a number",
               str: "a string", list: "a list"}


class _Lines:
    """Finds the line of a key in the TOML text (tomllib keeps no positions)."""

    _HEADER = re.compile(r"^\s*\[\s*([^\]]+?)\s*\]\s*(#.*)?$")
    _KEY = re.compile(r"""^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_.\-" ]+?)\s*=""")

    def __init__(self, text: str) -> None:
        self.keys: dict[str, int] = {}
        self.headers: dict[str, int] = {}
        table = ""
        for number, line in enumerate(text.splitlines(), 1):
            header = self._HEADER.match(line)
            if header:
                table = _norm(header.group(1))
                self.headers.setdefault(table, number)
                continue
            key = self._KEY.match(line)
            if key:
                full = f"{table}.{_norm(key.group(1))}" if table else _norm(key.group(1))
                self.keys.setdefault(full, number)

    def of(self, key: str) -> int | None:
        return self.keys.get(key) or self.headers.get(key)


def _norm(dotted: str) -> str:
    return ".".join(part.strip().strip("\"'") for part in dotted.split("."))


def check_config(text: str, path: str = ".streamlit/config.toml"
                 ) -> tuple[dict[str, Any], list[ConfigProblem]]:
    """Parse config.toml text: the options it sets, by full key, and its problems.

    A file that is not TOML sets nothing; an unknown key or a value of the wrong type is
    left out and the rest is kept."""
    import tomllib  # here: importing it takes a while in the browser, and boots need none

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        line = int(m.group(1)) if m else getattr(exc, "lineno", None)
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc)) or "not valid TOML"
        return {}, [ConfigProblem(line, f"not valid TOML ({reason}); the app is built "
                                        "without this file", path)]
    lines = _Lines(text)
    found: dict[str, Any] = {}
    problems: list[ConfigProblem] = []

    def walk(table: dict[str, Any], prefix: str) -> None:
        for name, value in table.items():
            key = f"{prefix}.{name}" if prefix else name
            if isinstance(value, dict) and (key in _SECTIONS or key not in OPTIONS
                                           and key not in SERVER_OPTIONS):
                if key in _SECTIONS:
                    walk(value, key)
                else:
                    problems.append(ConfigProblem(
                        lines.of(key), f"unknown section [{key}]{_hint(key)}", path))
                continue
            option = OPTIONS.get(key)
            if option is None:
                if key in SERVER_OPTIONS:
                    problems.append(ConfigProblem(
                        lines.of(key), f"{key} has no effect in wasmlit: a static site has "
                                       "no Streamlit server", path))
                elif not prefix:
                    problems.append(ConfigProblem(
                        lines.of(key), f"{key} is not a config option: options belong in a "
                                       "section such as [theme] or [client]", path))
                else:
                    problems.append(ConfigProblem(
                        lines.of(key), f"unknown option {key}{_hint(key)}", path))
                continue
            if not _type_ok(option, value):
                want = (" or ".join(repr(c).replace("True", "true").replace("False", "false")
                                    for c in option.choices)
                        if option.choices else _TYPE_NAMES.get(option.type, "another type"))
                problems.append(ConfigProblem(
                    lines.of(key), f"{key} must be {want}, not {_toml_repr(value)}; "
                                   "it is left at its default", path))
                continue
            if option.choices and value not in option.choices:
                want = " or ".join(f'"{c}"' for c in option.choices if isinstance(c, str))
                problems.append(ConfigProblem(
                    lines.of(key), f"{key} must be {want}, not {_toml_repr(value)}; "
                                   "it is left at its default", path))
                continue
            found[key] = value
            if not option.applied:
                problems.append(ConfigProblem(
                    lines.of(key), f"{key} is a Streamlit option that wasmlit does not apply "
                                   "yet; it is ignored", path))

    walk(data, "")
    return found, problems


_SECTIONS = {"client", "runner", *THEME_SECTIONS, *SERVER_SECTIONS}


def _hint(key: str) -> str:
    section, _, name = key.rpartition(".")
    names = [k.rpartition(".")[2] for k in OPTIONS if k.rpartition(".")[0] == section]
    names += [k.rpartition(".")[2] for k in SERVER_OPTIONS if k.rpartition(".")[0] == section]
    close = [n for n in names if n.lower() == name.lower()]
    if not close:
        import difflib

        close = difflib.get_close_matches(name, names, n=1)
    return f" (did you mean {section}.{close[0]}?)" if close else ""


def _toml_repr(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    return repr(value)


def manifest_entry(options: dict[str, Any]) -> dict[str, Any]:
    """The ``config`` entry of app.json for the options config.toml sets (by full key)."""
    entry: dict[str, Any] = {
        "client": {k: options.get(f"client.{k}", o.default)
                   for k, o in _CLIENT.items() if o.applied or f"client.{k}" in options},
        "runner": {k: options.get(f"runner.{k}", o.default)
                   for k, o in _RUNNER.items() if o.applied or f"runner.{k}" in options},
        "theme": {},
    }
    for key, value in options.items():
        if not key.startswith("theme."):
            continue
        section, _, name = key.rpartition(".")
        target = entry["theme"]
        for part in section.split(".")[1:]:
            target = target.setdefault(part, {})
        target[name] = value
    return entry


def read_app_config(folder: Path) -> tuple[dict[str, Any], list[ConfigProblem]]:
    """The app's ``.streamlit/config.toml`` as app.json's ``config`` entry, and its problems."""
    path = Path(folder) / ".streamlit" / "config.toml"
    if not path.is_file():
        return manifest_entry({}), []
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return manifest_entry({}), [ConfigProblem(None, f"cannot be read ({exc})")]
    options, problems = check_config(text)
    return manifest_entry(options), problems


def check_secrets(text: str, path: str = ".streamlit/secrets.toml") -> ConfigProblem | None:
    """None when the secrets file is valid TOML, else what is wrong with it (and where)."""
    import tomllib

    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        return ConfigProblem(int(m.group(1)) if m else None, f"not valid TOML ({exc})", path)
    return None


# ---- run time: the options of this app --------------------------------------------------------

_values: dict[str, Any] = {}
#: bumped whenever a client option the page draws changes (the session tells the page)
client_version = 0
#: client options the page itself acts on
PAGE_CLIENT_OPTIONS = ("toolbarMode", "showSidebarNavigation")


def load(entry: dict[str, Any] | None) -> None:
    """Take app.json's ``config`` entry (at boot). Unknown keys are dropped."""
    global client_version
    _values.clear()
    for section in ("client", "runner"):
        for name, value in ((entry or {}).get(section) or {}).items():
            key = f"{section}.{name}"
            if key in OPTIONS:
                _values[key] = value

    def theme(table: dict[str, Any], prefix: str) -> None:
        for name, value in table.items():
            key = f"{prefix}.{name}"
            if isinstance(value, dict) and key in THEME_SECTIONS:
                theme(value, key)
            elif key in OPTIONS:
                _values[key] = value

    theme((entry or {}).get("theme") or {}, "theme")
    client_version += 1


def value(key: str) -> Any:
    """The option's value for this app (its default when config.toml does not set it)."""
    return _values.get(key, OPTIONS[key].default)


def client_options() -> dict[str, Any]:
    return {name: value(f"client.{name}") for name in PAGE_CLIENT_OPTIONS}


def get_option(key: str) -> Any:
    """``st.get_option``: the value of a client, runner or theme option."""
    if not isinstance(key, str) or key not in OPTIONS:
        if isinstance(key, str) and key in SERVER_OPTIONS:
            raise RuntimeError(
                f'Config key "{key}" is a server option: a wasmlit app runs in the browser '
                "from static files, with no Streamlit server to configure.")
        raise RuntimeError(f'Config key "{key}" not defined.')
    return value(key)


def set_option(key: str, value: Any) -> None:
    """``st.set_option``: only the options Streamlit lets a script set (the client ones)."""
    global client_version
    option = OPTIONS.get(key) if isinstance(key, str) else None
    if option is None:
        if isinstance(key, str) and key in SERVER_OPTIONS:
            raise StreamlitAPIException(
                f"{key} cannot be set on the fly. It is a server option, and a wasmlit app "
                "has no server: it runs in the browser from static files.")
        raise StreamlitAPIException(f"Unrecognized config option: {key}")
    if not option.scriptable:
        raise StreamlitAPIException(
            f"{key} cannot be set on the fly. Set it in .streamlit/config.toml beside the "
            "app instead (read when the site is built).")
    changed = globals()["value"](key) != value
    _values[key] = value
    if changed and key.rpartition(".")[2] in PAGE_CLIENT_OPTIONS:
        client_version += 1


def error_details() -> tuple[bool, bool, bool]:
    """What an uncaught exception shows under ``client.showErrorDetails``:
    (message, traceback, type). ``True``/``False`` are Streamlit's older spellings of
    ``"full"``/``"stacktrace"``."""
    setting = value("client.showErrorDetails")
    show_message = setting in ("full", True, "true", "True")
    show_trace = show_message or setting in ("stacktrace", False, "false", "False")
    show_type = show_trace or setting == "type"
    return show_message, show_trace, show_type


#: what replaces an uncaught exception's message when showErrorDetails hides it
REDACTED_MESSAGE = (
    "This app has encountered an error. The original error message is redacted to prevent "
    "data leaks. Full error details have been recorded in the browser's developer console."
)


# ---- build time: what a site gets ------------------------------------------------------------

SECRETS_PATH = ".streamlit/secrets.toml"


def add_to_site(folder: Path, out: Path, manifest: dict[str, Any], *,
                public_secrets: bool = False, report: Any = None) -> list[str]:
    """Put the app's configuration (and, when told so, its secrets) into a site being built.

    Sets ``manifest["config"]`` and ``manifest["secrets"]``; with ``public_secrets`` copies
    ``.streamlit/secrets.toml`` to ``out/app/`` and lists it in ``manifest["files"]``. Never
    otherwise: every file of a static site can be read by every visitor. Returns the lines
    to show the user (each problem with its line), also passed one by one to ``report``."""
    folder = Path(folder)
    entry, problems = read_app_config(folder)
    manifest["config"] = entry
    notes = [str(p) for p in problems]
    secrets = folder / SECRETS_PATH
    manifest["secrets"] = ""
    if public_secrets:
        if not secrets.is_file():
            notes.append(f"--public-secrets: there is no {SECRETS_PATH} beside the app, so "
                         "st.secrets is empty")
        else:
            problem = check_secrets(secrets.read_text(encoding="utf-8"))
            if problem:
                notes.append(f"{problem}; st.secrets will raise this error in the app")
            dest = Path(out) / "app" / SECRETS_PATH
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(secrets.read_bytes())
            if SECRETS_PATH not in manifest["files"]:
                manifest["files"].append(SECRETS_PATH)
            manifest["secrets"] = SECRETS_PATH
            notes.append(f"{SECRETS_PATH} is published with the site (--public-secrets): "
                         "every visitor can read it")
    elif secrets.is_file():
        notes.append(f"{SECRETS_PATH} is not published: a static site cannot keep a secret, "
                     "so st.secrets raises in the app. If these values may be public, build "
                     "with --public-secrets")
    manifest["config_notes"] = notes
    for note in notes:
        if report is not None:
            report(note)
    return notes
