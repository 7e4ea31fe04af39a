"""Deep links on a static host: a copy of ``index.html`` for every page the build can see.

A multipage app's pages live at ``<site>/<url_path>`` (Streamlit's URL rules). A static host
serves only files, so ``wasmlit build`` writes ``<url_path>/index.html`` for each page it can
find without running the app (``pages/*.py``, and the ``st.Page``/``st.navigation`` calls of
the entry script with literal arguments), and ``404.html`` for the rest (pages only known at
run time): hosts that serve a ``404.html`` for unknown paths (GitHub Pages, Netlify, ...)
then start the app too, and the app picks the page from the URL.

Every copy carries a tiny script that sets an absolute ``<base>`` at the site's folder (the
parent of the URL's last segment), so its relative asset URLs resolve wherever the site is
hosted. Stdlib only: the CLI imports this without the wasmlit runtime.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping
from pathlib import Path

#: Streamlit's ``PAGE_FILENAME_REGEX``: an optional number, separators, the name, ``.py``
PAGE_FILENAME = re.compile(r"([0-9]*)[_ -]*(.*)\.py")
LEADING_EMOJI = re.compile(
    "^([\U0001F1E6-\U0001F1FF]{2}|(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF"
    "\u2300-\u23FF\u00A9\u00AE\u203C\u2049\u2122\u2139\u3030\u303D\u3297\u3299]"
    "[\U0001F3FB-\U0001F3FF\uFE0F\u20E3]*(?:\u200D[\U0001F000-\U0001FAFF\u2600-\u27BF]"
    "[\U0001F3FB-\U0001F3FF\uFE0F]*)*))[_ -]*(.*)", re.DOTALL)

#: sets an absolute <base> at the site's folder (the URL's path without its last segment),
#: then loads wasmlit.js against it
BASE_SCRIPT = (
    "<script>(function(){var p=location.pathname.replace(/index\\.html$/,'')"
    ".replace(/\\/+$/,'');var b=document.querySelector('base')||"
    "document.head.appendChild(document.createElement('base'));"
    "b.href=location.origin+p.slice(0,p.lastIndexOf('/')+1);"
    "var s=document.createElement('script');s.type='module';s.src='wasmlit.js';"
    "document.head.appendChild(s);})();</script>")
#: 404.html's: an unknown path may be any depth under the site (``<site>/a/b/c``), so the
#: site's folder is the deepest one above it that holds the site's ``app.json`` (asked with a
#: synchronous HEAD request, so the <base> is set before the parser reaches the stylesheets;
#: only a mistyped link pays it), else the parent folder, as for a page copy
NOT_FOUND_SCRIPT = (
    "<script>(function(){var p=location.pathname.replace(/\\/+$/,''),d=p.slice(0,"
    "p.lastIndexOf('/')+1);for(var q=d;q;q=q.slice(0,q.slice(0,-1).lastIndexOf('/')+1)){"
    "try{var x=new XMLHttpRequest();x.open('HEAD',q+'app.json',false);x.send();"
    "if(x.status===200){d=q;break;}}catch(e){}}"
    "var b=document.querySelector('base')||document.head.appendChild(document.createElement('base'));"
    "b.href=location.origin+d;"
    "var s=document.createElement('script');s.type='module';s.src='wasmlit.js';"
    "document.head.appendChild(s);})();</script>")
_SAFE_SEGMENT = re.compile(r"^[^/\\\x00]+$")


def page_icon_and_name(script_path: Path) -> tuple[str, str]:
    """Icon and name of a page from its file name, as Streamlit 1.67's ``source_util``:
    the numeric prefix and separators go, runs of ``_``/space become one ``_``, and a
    leading emoji becomes the icon. (``2_📈_Plotting_Demo.py`` -> ``("📈", "Plotting_Demo")``.)"""
    m = PAGE_FILENAME.search(script_path.name)
    if m is None:
        return "", ""
    icon_and_name = re.sub(r"[_ ]+", "_", m.group(2)).strip() or m.group(1)
    if icon_and_name.isascii():
        return "", icon_and_name
    e = LEADING_EMOJI.match(icon_and_name)
    if e is None:
        return "", icon_and_name
    return e.group(1), e.group(2)


def page_sort_key(script_path: Path) -> tuple[float, str]:
    """Streamlit's order of ``pages/`` files: by numeric prefix (none last), then name."""
    m = PAGE_FILENAME.findall(script_path.name)
    number, label = m[0] if m else ("", script_path.name)
    return (float("inf") if number == "" else float(number), label.lower())


def pages_dir_scripts(main_dir: Path) -> list[Path]:
    folder = main_dir / "pages"
    if not folder.is_dir():
        return []
    found = [f for f in folder.glob("*.py")
             if not f.name.startswith(".") and f.name != "__init__.py"]
    return sorted(found, key=page_sort_key)


def sanitize_url_path(title: str) -> str:
    path = re.sub(r"\s+", "_", title.lower())
    path = re.sub(r"[&#?/\\:*\"<>|']", "", path)
    return re.sub(r"_+", "_", path.strip("_"))


def _literal(node: ast.AST | None) -> object:
    try:
        return ast.literal_eval(node) if node is not None else None
    except (ValueError, SyntaxError, TypeError):
        return None


def _page_path(arg: ast.AST | None, kwargs: Mapping[str, ast.AST]) -> str | None:
    """The url_path a page argument (or an ``st.Page(...)`` call) would get, if literal."""
    if "url_path" in kwargs:
        value = _literal(kwargs["url_path"])
        return value.strip().strip("/") if isinstance(value, str) else None
    value = _literal(arg)
    if isinstance(value, str):
        if re.match(r"^https?://", value, re.I):
            title = _literal(kwargs.get("title"))
            return sanitize_url_path(title) if isinstance(title, str) else None
        return page_icon_and_name(Path(value))[1]
    if isinstance(arg, ast.Name):
        return arg.id
    return None


def static_page_paths(app: Path) -> list[str]:
    """The url_paths of an app's pages that can be read off its files without running it."""
    main_dir = app.parent
    found: list[str] = []
    uses_navigation = False
    try:
        tree = ast.parse(app.read_text(encoding="utf-8"))
    except (OSError, SyntaxError, ValueError):
        tree = None
    for node in ast.walk(tree) if tree is not None else ():
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else (
            node.func.id if isinstance(node.func, ast.Name) else "")
        kwargs = {k.arg: k.value for k in node.keywords if k.arg}
        if name == "Page":
            found.append(_page_path(node.args[0] if node.args else kwargs.get("page"), kwargs)
                         or "")
        elif name == "navigation":
            uses_navigation = True
            pages = node.args[0] if node.args else kwargs.get("pages")
            lists = [v for v in pages.values] if isinstance(pages, ast.Dict) else [pages]
            for seq in lists:
                for item in getattr(seq, "elts", []):
                    if not isinstance(item, ast.Call):
                        found.append(_page_path(item, {}) or "")
    if not uses_navigation:
        found = [page_icon_and_name(p)[1] for p in pages_dir_scripts(main_dir)]
    return sorted({p for p in found if p and _SAFE_SEGMENT.match(p) and p != "index.html"})


def write_page_routes(out: Path, app: Path) -> list[str]:
    """Write ``<url_path>/index.html`` for the pages found, and ``404.html``; return the
    url_paths written. Files of the app or the site are never overwritten."""
    index = (out / "index.html").read_text(encoding="utf-8")
    # The browser's preload scanner fetches before any script runs: only the base script
    # may load wasmlit.js. A page copy also gets a static <base> that is right for the usual
    # "<url_path>/" URL (a host redirects a folder's URL to it), so the scanner fetches
    # nothing wrong there.
    index = re.sub(r'\s*<link rel="modulepreload" href="\./wasmlit\.js">', "", index)
    index = re.sub(r'\s*<script type="module" src="\./wasmlit\.js"></script>', "", index)
    # The prerendered first view is the default page's: another page's URL must not show it.
    index = re.sub(r'\s*<script type="application/json" id="wasmlit-first-view">.*?</script>', "",
                   index, flags=re.S)
    not_found = index.replace("<head>", "<head>\n  " + NOT_FOUND_SCRIPT, 1)
    routed = index.replace("<head>", '<head>\n  <base href="../">\n  ' + BASE_SCRIPT, 1)
    written = []
    for url_path in static_page_paths(app):
        target = out / url_path
        if target.exists() and not (target / "index.html").is_file():
            continue  # a name the site already uses (assets, app, pyodide, ...)
        if target.is_dir() and (target / "app.json").is_file():
            continue
        target.mkdir(exist_ok=True)
        (target / "index.html").write_text(routed, encoding="utf-8")
        written.append(url_path)
    (out / "404.html").write_text(not_found, encoding="utf-8")
    return written
