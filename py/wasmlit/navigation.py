"""Multipage apps: ``st.Page``, ``st.navigation``, ``st.switch_page`` and the ``pages/`` folder.

One :class:`Navigator` per session holds what the page asked for (a page and a query string,
from ``navigate`` requests), the pages the last ``st.navigation`` call registered, the page
that is showing, ``st.query_params`` and the browser facts behind ``st.context``. The session
hands it to every run (``RunContext.extra["nav"]``) and sends what it queues at each flush:
a ``navigation`` message when the menu or the current page changed, ``page-info`` when the
script changed the query string.

Page identity is a hash of the page's ``url_path`` (as in Streamlit 1.67). Widgets created
while a page runs get that hash in their id (``RunContext.extra["page_hash"]``), so equal
widgets on two pages never share state; widgets of the entry script (the frame around every
page) keep theirs across page changes. A fragment keeps the hash it was defined with (B36).
"""

from __future__ import annotations

import builtins
import hashlib
import os
import re
import types
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NoReturn

from wasmlit import protocol as p
from wasmlit.errors import NoSessionContext, RerunRequested, StreamlitAPIException
from wasmlit.query_params import QueryParams
from wasmlit.runtime.context import current_ctx
from wasmlit.site_routes import page_icon_and_name, page_sort_key  # noqa: F401 (re-exported)
from wasmlit.site_routes import sanitize_url_path as _sanitize_url_path
from wasmlit.site_routes import pages_dir_scripts as _pages_dir_scripts

if TYPE_CHECKING:
    from wasmlit.runtime.script_runner import Script

_URL = re.compile(r"^https?://", re.IGNORECASE)


class StreamlitPageNotFoundError(StreamlitAPIException):
    """A page path that is not a page of the app (Streamlit's error of the same name)."""


def page_hash(url_path: str) -> str:
    return hashlib.md5(url_path.encode(), usedforsecurity=False).hexdigest()


def _check_not_nested(url_path: str) -> None:
    if "/" in url_path:
        raise StreamlitAPIException(
            f"The `url_path` `{url_path}` cannot include `/`. Streamlit does not support "
            "nested URL pathnames yet, so use a single path segment (e.g. `foo_bar`). To upvote "
            "support for nested pathnames, see GitHub issue "
            "[#8971](https://github.com/streamlit/streamlit/issues/8971).")


def _check_safe_path(path: str, prefix: str = "") -> None:
    if "\x00" in path:
        raise StreamlitAPIException(f"{prefix}Page paths must not contain null bytes.")


def _missing(param: str, detail: str) -> StreamlitAPIException:
    return StreamlitAPIException(f"The `{param}` parameter is required. {detail}")


def _icon(icon: str | None) -> str:
    if icon is None:
        return ""
    if not isinstance(icon, str):
        raise StreamlitAPIException(
            f"The `icon` parameter received an invalid type: `{type(icon).__name__}`. "
            "Expected: `str` or `None`.")
    from wasmlit.elements.text import _check_icon

    return _check_icon(icon) or ""


# ---- the session's side ------------------------------------------------------------------


class Navigator:
    """What one session knows about pages, the URL and the browser (see the module doc)."""

    def __init__(self, script: "Script") -> None:
        self.script = script
        self.main_path = Path(script.path)
        self.main_dir = self.main_path.parent
        self.uses_pages_dir = script.is_file and _pages_dir_scripts(self.main_dir) != []
        self.query = QueryParams()
        self.context: dict[str, Any] = {}
        self.intended_hash = ""
        self.intended_name: str | None = None
        #: the page the last run showed (its hash), and what st.navigation registered
        self.current_hash = ""
        self.pages: dict[str, dict[str, Any]] = {}
        self._sent_nav: dict[str, Any] | None = None
        self._pending: list[p.Message] = []
        self._scripts: dict[str, "Script"] = {}
        self.page_changed = False
        #: whether the current run declared its pages (st.navigation or a pages/ folder)
        self.shown_this_run = False

    # requests from the page --------------------------------------------------------------

    def navigate(self, msg: p.Navigate) -> None:
        self.intended_hash = msg.page_hash
        self.intended_name = None if msg.page_hash else msg.page_name
        # a menu click or page link to another page carries the bound widgets' parameters
        self.query.replace_from_url(
            msg.query, keep_bound=bool(msg.page_hash) and msg.page_hash != self.current_hash)
        if msg.context:
            self.context = dict(msg.context)

    # one run -------------------------------------------------------------------------------

    def exec_main(self, run: Callable[[], None]) -> None:
        """Run the entry script: itself, or (a ``pages/`` folder app) the current page."""
        if self.uses_pages_dir:
            self._run_pages_dir()
        else:
            run()

    def _run_pages_dir(self) -> None:
        pages = [Page(self.main_path, default=True)]
        pages += [Page(path) for path in _pages_dir_scripts(self.main_dir)]
        _navigation(pages, position="sidebar", expanded=False, nav=self).run()

    def script_for(self, path: Path) -> "Script":
        from wasmlit.runtime.script_runner import Script

        key = str(path)
        if key not in self._scripts:
            self._scripts[key] = Script.from_file(key)
        return self._scripts[key]

    def queue(self, msg: p.Message) -> None:
        self._pending.append(msg)

    def take_messages(self) -> list[p.Message]:
        out = self._pending
        self._pending = []
        if self.query.dirty:
            self.query.dirty = False
            out.append(p.PageInfo(query=self.query.query_string))
        return out

    def resolve(self, pages: dict[str, dict[str, Any]], fallback: str) -> str | None:
        """The page to show of ``pages`` (hash -> info): the one asked for, else the one
        showing, else ``fallback``; None when a page name was asked for and is not there."""
        self.pages = pages
        name, wanted = self.intended_name, self.intended_hash
        self.intended_name, self.intended_hash = None, ""
        if wanted:
            return wanted if wanted in pages else fallback
        if name is not None:
            if name == "":
                return fallback
            for h, info in pages.items():
                if info["url_path"] == name and not info.get("external_url"):
                    return h
            return None
        return self.current_hash if self.current_hash in pages else fallback

    def show(self, nav: dict[str, Any], current: str, not_found: str | None) -> None:
        """Queue a ``navigation`` message if the menu or the page changed."""
        self.shown_this_run = True
        self.page_changed = current != self.current_hash
        self.current_hash = current
        state = {**nav, "current": current}
        if not_found is not None or state != self._sent_nav or self.page_changed:
            self._sent_nav = state
            self.queue(p.Navigation(**state, query=self.query.query_string,
                                    not_found=not_found or ""))
            self.query.dirty = False

    def run_completed(self) -> None:
        """A full run reached its end: if it declared no pages while an earlier run did
        (dynamic navigation that stopped calling st.navigation), the menu goes away."""
        if not self.shown_this_run and self._sent_nav is not None and self._sent_nav["pages"]:
            self._sent_nav = None
            self.pages = {}
            self.current_hash = ""
            self.queue(p.Navigation(position="hidden", query=self.query.query_string))
            self.query.dirty = False

    def find_page(self, page: str | Path) -> str | None:
        """The hash of the registered page whose file is ``page`` (relative to the entry
        script's folder), if any."""
        target = os.path.realpath(os.path.join(self.main_dir, str(page)))
        for h, info in self.pages.items():
            if info["script_path"] and info["script_path"] == target:
                return h
        return None

    def page_not_found(self, page: str | Path) -> StreamlitPageNotFoundError:
        directory = self.main_dir.name
        if self.uses_pages_dir:
            return StreamlitPageNotFoundError(
                f"Could not find page: `{page}`. You must provide a file path relative to the "
                f"entrypoint file (from the directory `{directory}`). Only the entrypoint file "
                "and files in the `pages/` directory are supported.")
        return StreamlitPageNotFoundError(
            f"Could not find page: `{page}`. You must provide a `Page` object or file path "
            "relative to the entrypoint file. Only pages previously defined by `st.Page` and "
            "passed to `st.navigation` are allowed.")


def current_navigator() -> Navigator:
    ctx = current_ctx()
    nav = ctx.extra.get("nav") if ctx is not None else None
    if nav is None:
        raise NoSessionContext("This command only works while an app runs.")
    return nav


def _nav_or_none() -> Navigator | None:
    ctx = current_ctx()
    return ctx.extra.get("nav") if ctx is not None else None


# ---- st.Page -----------------------------------------------------------------------------


class Page:
    """A page of a multipage app, for ``st.navigation`` (``st.Page``).

    ``page`` is a Python file (relative to the entry script, or absolute), a callable, or an
    http(s) URL (an external page that opens in a new tab; it needs a ``title``)."""

    def __init__(self, page: str | Path | Callable[[], None], *, title: str | None = None,
                 icon: str | None = None, url_path: str | None = None, default: bool = False,
                 visibility: Literal["visible", "hidden"] = "visible",
                 help: str | None = None) -> None:
        self._default = default
        self._external_url: str | None = None
        if visibility not in ("visible", "hidden"):
            raise StreamlitAPIException(
                "Invalid `visibility` value. Supported values: visible, hidden.")
        self._visibility = visibility
        self._help = "" if help is None or not str(help).strip() else str(help).strip()
        self._can_be_called = False
        self._page: Path | Callable[[], None] | None = None
        self._title = ""
        self._icon = ""
        self._url_path = ""
        if isinstance(page, str) and _URL.match(page):
            if title is None or title.strip() == "":
                raise _missing("title", "External URL pages require a non-empty title. "
                                        f"Please provide a title for the URL: {page}")
            if default:
                raise StreamlitAPIException(
                    "The parameters `page=<external URL>` and `default=True` are incompatible. "
                    "External URL pages cannot be set as the default page.")
            self._external_url = page
            self._title = title
            self._icon = _icon(icon)
            self._url_path = (_sanitize_url_path(title) if url_path is None
                              else url_path).strip().strip("/")
            if self._url_path == "":
                raise _missing("url_path", "Provide a non-empty `url_path`, or omit it and "
                                           "provide a `title` that can be converted to a valid "
                                           "URL path.")
            _check_not_nested(self._url_path)
            return
        if isinstance(page, (str, Path)):
            _check_safe_path(str(page), "Unable to create Page. ")
            nav = _nav_or_none()
            base = nav.main_dir if nav is not None else Path.cwd()
            path = (base / Path(page)).resolve()
            if not path.is_file():
                raise StreamlitPageNotFoundError(
                    f"Unable to create Page. The file `{path.name}` could not be found.")
            page = path
        inferred_icon, inferred_name = "", ""
        if isinstance(page, Path):
            inferred_icon, inferred_name = page_icon_and_name(page)
        elif hasattr(page, "__name__"):
            inferred_name = str(page.__name__)
        elif title is None:
            raise _missing("title", "Streamlit cannot infer a title from this callable.")
        self._page = page
        self._title = title or inferred_name.replace("_", " ")
        self._icon = _icon(icon if icon is not None else inferred_icon)
        if self._title.strip() == "":
            raise _missing("title", "It cannot be empty or consist of underscores/spaces only.")
        self._url_path = inferred_name
        if url_path is not None:
            stripped = url_path.strip().strip("/")
            if stripped.strip() == "" and not default:
                raise _missing("url_path", "It can only be empty for the default page.")
            self._url_path = stripped
            _check_not_nested(self._url_path)

    title = property(lambda self: self._title, doc="The page's title.")
    icon = property(lambda self: self._icon, doc="The page's icon, or ``''``.")
    help = property(lambda self: self._help, doc="The page's help text, or ``''``.")
    visibility = property(lambda self: self._visibility)
    is_external = property(lambda self: self._external_url is not None)
    external_url = property(lambda self: self._external_url)

    @property
    def url_path(self) -> str:
        """The page's path under the app's URL; ``''`` for the default page."""
        return "" if self._default else self._url_path

    @property
    def _script_hash(self) -> str:
        return page_hash(self._url_path)

    def __repr__(self) -> str:
        return (f"Page(title={self._title!r}, url_path={self.url_path!r}, "
                f"default={self._default!r})")

    def run(self) -> None:
        """Run the page; only the page ``st.navigation`` returned, once per run."""
        if not self._can_be_called:
            raise StreamlitAPIException(
                "This page cannot be called directly. Only the page returned from "
                "st.navigation can be called once.")
        self._can_be_called = False
        if self.is_external:
            return
        ctx = current_ctx()
        if ctx is None:
            return
        before = ctx.extra.get("page_hash")
        ctx.extra["page_hash"] = self._script_hash
        try:
            if isinstance(self._page, Path):
                _exec_page_file(current_navigator(), self._page)
            elif self._page is not None:
                self._page()
        finally:
            ctx.extra["page_hash"] = before


def _exec_page_file(nav: Navigator, path: Path) -> None:
    from wasmlit.runtime.script_runner import exec_script

    ctx = current_ctx()
    script = nav.script_for(path)
    module = types.ModuleType("__main__")
    module.__dict__["__file__"] = str(path)
    module.__dict__["__builtins__"] = builtins
    assert ctx is not None
    exec_script(script, module, ctx.run_coroutine)


# ---- st.navigation -----------------------------------------------------------------------


def _as_page(item: Any) -> Page:
    if isinstance(item, Page):
        return item
    if isinstance(item, (str, Path)) or callable(item):
        return Page(item)
    raise StreamlitAPIException(
        f"The `pages` parameter received an invalid type: `{type(item).__name__}`. "
        "Expected one of: `str`, `Path`, `callable`, `st.Page`.")


def _describe(page: Page, section: str, main_dir: Path) -> str:
    if page.external_url is not None:
        text = f"external URL `{page.external_url}`"
    elif isinstance(page._page, Path):
        shown = page._page
        if shown.is_relative_to(main_dir):
            shown = shown.relative_to(main_dir)
        text = f"`{shown}`"
    else:
        text = f'callable titled "{page.title}"'
    notes = []
    if section:
        notes.append(f'section "{section}"')
    if page.visibility == "hidden":
        notes.append("hidden")
    if page._default:
        notes.append("default page")
    return text + (f" ({', '.join(notes)})" if notes else "")


def navigation(pages: Sequence[Any] | Mapping[str, Sequence[Any]], *,
               position: Literal["sidebar", "hidden", "top"] = "sidebar",
               expanded: bool | int = False) -> Page:
    """Declare the app's pages and return the one to show (``st.navigation``); call
    ``.run()`` on it. A dict makes sections (its keys are the headers)."""
    if not isinstance(position, str) or position not in ("sidebar", "hidden", "top"):
        raise StreamlitAPIException(
            "Invalid `position` value. Supported values: 'sidebar', 'hidden', 'top'.")
    nav = _nav_or_none()
    if nav is not None and nav.uses_pages_dir:
        # Streamlit: once an app calls st.navigation, its pages/ folder is ignored.
        nav.uses_pages_dir = False
        raise RerunRequested("app")
    return _navigation(pages, position=position, expanded=expanded, nav=nav)


def _navigation(pages: Any, *, position: str, expanded: bool | int,
                nav: Navigator | None) -> Page:
    if isinstance(pages, Mapping):
        sections = {str(h): [_as_page(x) for x in items] for h, items in pages.items()}
    elif isinstance(pages, Sequence) and not isinstance(pages, str):
        sections = {"": [_as_page(x) for x in pages]}
    else:
        raise StreamlitAPIException(
            f"The `pages` parameter received an invalid type: `{type(pages).__name__}`. "
            "Expected a list of pages or a dict of sections.")
    page_list = [page for items in sections.values() for page in items]
    if not page_list:
        raise _missing("pages", "Provide at least one `st.Page`.")
    default = None
    for page in page_list:
        if page._default:
            if default is not None:
                raise StreamlitAPIException(
                    "Multiple Pages specified with `default=True`. At most one Page can be set "
                    "to default.")
            default = page
    if default is None:
        internal = [x for x in page_list if not x.is_external]
        if not internal:
            raise StreamlitAPIException(
                "At least one non-external page is required. External URL pages cannot be "
                "the default page.")
        default = internal[0]
        default._default = True
    if nav is None:
        default._can_be_called = True
        return default
    if isinstance(expanded, bool):
        visible_items = 0
    elif isinstance(expanded, int):
        if expanded < 0:
            raise StreamlitAPIException(
                "Invalid `expanded` value. Supported values: True, False, a non-negative "
                f"integer. Provided value: {expanded!r}.")
        visible_items, expanded = expanded, False
    else:
        raise StreamlitAPIException(
            f"The `expanded` parameter received an invalid type: `{type(expanded).__name__}`."
            " Expected one of: `bool`, `int`.")
    by_hash: dict[str, tuple[str, Page]] = {}
    infos: dict[str, dict[str, Any]] = {}
    shown: list[dict[str, Any]] = []
    for section, items in sections.items():
        for page in items:
            h = page._script_hash
            if h in by_hash:
                first_section, first = by_hash[h]
                note = (" The default page is served at the app root, but it still reserves "
                        "this pathname." if first._default or page._default else "")
                raise StreamlitAPIException(
                    f"Two pages resolve to the URL pathname `/{page._url_path}`: "
                    f"{_describe(first, first_section, nav.main_dir)} and "
                    f"{_describe(page, section, nav.main_dir)}. Each page passed to "
                    "`st.navigation` needs a unique URL pathname, including pages in different "
                    "sections, hidden pages, and external URL pages. Streamlit infers the "
                    "pathname from the filename, callable name, or the title of an external URL "
                    f"page.{note} Set a unique `url_path` in `st.Page` for one of these pages.")
            by_hash[h] = (section, page)
            info = {"hash": h, "title": page.title, "icon": page.icon,
                    "url_path": page.url_path, "section": section,
                    "default": page._default, "hidden": page.visibility == "hidden",
                    "external_url": page.external_url or "", "help": page.help}
            shown.append(info)
            infos[h] = {**info, "script_path": str(page._page)
                        if isinstance(page._page, Path) else ""}
    asked = nav.intended_name
    found = nav.resolve(infos, default._script_hash)
    chosen = next((x for x in page_list if x._script_hash == found), None)
    not_found = None
    if chosen is None or chosen.is_external:
        not_found = asked or ""
        chosen = default
    chosen._can_be_called = True
    nav.show({"position": position, "expanded": bool(expanded), "visible_items": visible_items,
              "sections": list(sections), "pages": shown}, chosen._script_hash, not_found)
    return chosen


# ---- st.switch_page ----------------------------------------------------------------------


def _hash_of(page: str | Path | Page, nav: Navigator) -> str:
    if isinstance(page, Page):
        if page.is_external:
            raise StreamlitAPIException(
                "Cannot use st.switch_page with external URL pages. Use st.page_link instead "
                "to create a link to external pages.")
        _check_registered(page, nav)
        return page._script_hash
    _check_safe_path(str(page))
    h = nav.find_page(page)
    if h is None:
        raise nav.page_not_found(page)
    return h


def _check_registered(page: Page, nav: Navigator) -> None:
    registered = nav.pages.get(page._script_hash)
    if registered is None:
        return
    path = registered["script_path"]
    if isinstance(page._page, Path) and str(page._page) != path:
        raise StreamlitAPIException(
            f"The page references `{page._page}`, but a different page is registered with "
            f"`st.navigation` for URL pathname `/{page.url_path}` "
            f"(`{path or 'a callable'}`). Pass the page object returned by `st.navigation` or "
            "re-create the page with the matching source.")
    if callable(page._page) and path:
        raise StreamlitAPIException(
            f"The page is a callable, but a file-based page (`{path}`) is registered with "
            f"`st.navigation` for URL pathname `/{page.url_path}`. Pass the page object "
            "returned by `st.navigation` or re-create the page with the matching source.")


def switch_page(page: str | Path | Page, *, query_params: Any = None) -> NoReturn:
    """Stop this run and show another page of the app (``st.switch_page``); ``query_params``
    replaces the URL's query parameters (None clears them)."""
    ctx = current_ctx()
    nav = _nav_or_none()
    if ctx is None or nav is None:
        raise NoSessionContext("st.switch_page only works while an app runs.")
    target = _hash_of(page, nav)
    if query_params is None:
        nav.query.clear()
    elif isinstance(query_params, (str, bytes)) or not (
            isinstance(query_params, Mapping) or hasattr(query_params, "__iter__")):
        raise StreamlitAPIException(
            "The `query_params` parameter received an invalid type: "
            f"`{type(query_params).__name__}`. Expected one of: `mapping`, "
            "`iterable of (key, value) pairs`.")
    else:
        nav.query.from_dict(query_params)
    nav.query.dirty = False  # the navigation message of the next run carries them
    nav.intended_hash, nav.intended_name = target, None
    raise RerunRequested("app")


# ---- st.page_link ------------------------------------------------------------------------


def link_target(page: str | Path | Page, label: str | None) -> dict[str, Any]:
    """What a page link points at: ``{"page": url_path or URL, "page_hash", "external",
    "label", "icon", "help"}`` (label/icon/help as the page gives them)."""
    if isinstance(page, Page):
        out = {"label": page.title, "icon": page.icon, "help": page.help}
        if page.is_external:
            return {**out, "page": page.external_url or "", "page_hash": "", "external": True}
        nav = _nav_or_none()
        if nav is not None:
            _check_registered(page, nav)
        return {**out, "page": page.url_path, "page_hash": page._script_hash,
                "external": False}
    page = str(page)
    if _URL.match(page):
        if not label:
            raise _missing("label", "Streamlit cannot infer a label for an external URL.")
        return {"page": page, "page_hash": "", "external": True}
    _check_safe_path(page)
    nav = current_navigator()
    h = nav.find_page(page)
    if h is None:
        raise nav.page_not_found(page)
    info = nav.pages[h]
    return {"label": info["title"], "help": info["help"], "page": info["url_path"],
            "page_hash": h, "external": False}


def _page_link(self: Any, page: str | Path | Page, *, label: str | None = None,
               icon: str | None = None, icon_position: Literal["left", "right"] = "left",
               help: str | None = None, disabled: bool = False,
               use_container_width: bool | None = None, width: Any = "content",
               query_params: Any = None) -> Any:
    """A link to another page of the app, or to an external URL (``st.page_link``)."""
    from wasmlit.elements.widget_options import check_width
    from wasmlit.query_params import _pairs, _store, encode_query
    from wasmlit.runtime.context import get_ctx

    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    ctx = get_ctx()
    if self._peek(ctx)[0] == 1:  # in the sidebar a link fills the width, as in Streamlit
        width = "stretch"
    width = check_width(width, content=True)
    if icon_position not in ("left", "right"):
        raise StreamlitAPIException(
            "Invalid `icon_position` value. Supported values: 'left', 'right'.")
    query = ""
    if query_params:
        params: dict[str, str | list[str]] = {}
        for key, value in _pairs(query_params):
            _store(params, key, value)
        query = encode_query(params)
    target = link_target(page, label)
    props = {
        "page": target["page"], "page_hash": target["page_hash"],
        "external": target["external"],
        "label": str(label) if label is not None else target.get("label", ""),
        "icon": _icon(icon) if icon is not None else target.get("icon", ""),
        "icon_position": icon_position,
        "help": str(help) if help is not None else target.get("help", ""),
        "disabled": bool(disabled), "width": width, "query": query,
    }
    return self._enqueue("page_link", props)


_page_link.__name__ = "page_link"
_page_link.__qualname__ = "page_link"


def _attach() -> None:
    from wasmlit.delta_generator import dg_method

    dg_method(_page_link)


_attach()
