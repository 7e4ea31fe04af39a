"""``wasmlit build | serve | demo``: the command line. Building a site is :mod:`wasmlit.site`,
serving it :mod:`wasmlit.server`; their main entry points are re-exported here."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

from .site import (PACKAGE_DIR, WEB_DIR, BuildError, _version, build_demo,  # noqa: F401
                   build_site)
from .server import demo, serve


def _package_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group(
        "packages", "Requirements (requirements.txt, --requirements, the script's `# /// script` "
        "block) are resolved at build time. Packages of Pyodide's own set come from the package "
        "base and are copied into the site when it can be reached; if it cannot, the page "
        "fetches them from it at run time. Everything else comes from PyPI and is copied in.")
    g.add_argument("--pyodide-packages", metavar="DIR|URL",
                   help="package base for Pyodide's own packages: an unpacked Pyodide release "
                        "or a mirror (default: the official CDN for the pinned Pyodide)")
    g.add_argument("--find-links", metavar="DIR", action="append", default=[],
                   help="a folder of wheels looked at before PyPI (repeatable)")
    g.add_argument("--no-vendor", dest="vendor", action="store_false",
                   help="leave Pyodide's packages on the package base (a URL): the page "
                        "fetches them from there")
    g.add_argument("--require-vendored", action="store_true",
                   help="fail instead of leaving a package for the page to fetch at run time")
    g.add_argument("--no-precompile", dest="precompile", action="store_false",
                   help="ship wheels from PyPI as source (tracebacks show their lines; imports "
                        "are slower): by default they are compiled to bytecode with Node.js")


def _build_options(args: argparse.Namespace) -> dict:
    return {"pyodide_packages": args.pyodide_packages, "find_links": args.find_links,
            "vendor": args.vendor, "require_vendored": args.require_vendored,
            "precompile": args.precompile, "public_secrets": args.public_secrets}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wasmlit", description="Streamlit apps that run entirely in the browser.")
    parser.add_argument("--version", action="version", version=f"wasmlit {_version()}")
    sub = parser.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="write a static site for a Streamlit script")
    b.add_argument("app", help="the app's script, e.g. app.py")
    b.add_argument("--out", default="site", help="output folder (default: ./site)")
    b.add_argument("--requirements", help="requirements file (default: requirements.txt "
                                          "beside the app, if any)")
    b.add_argument("--bytecode", action="store_true",
                   help="ship wasmlit precompiled: ~0.1 s faster start, ~130 KB more to download")
    b.add_argument("--no-prerender", action="store_true",
                   help="don't run the script at build time to show its first view at once")
    _package_options(b)
    b.add_argument("--public-secrets", action="store_true",
                   help="publish .streamlit/secrets.toml for st.secrets: every visitor can read it")

    s = sub.add_parser("serve", help="build, serve on 127.0.0.1 and reload on changes")
    s.add_argument("app")
    s.add_argument("--port", type=int, default=8501)
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--requirements")
    s.add_argument("--open", action="store_true", help="open a browser")
    _package_options(s)
    s.add_argument("--public-secrets", action="store_true",
                   help="publish .streamlit/secrets.toml for st.secrets: every visitor can read it")

    d = sub.add_parser("demo", help="build and serve the demo gallery")
    d.add_argument("--port", type=int, default=8000)
    d.add_argument("--host", default="127.0.0.1")
    d.add_argument("--dir", help="folder of demo apps (default: the checkout's demo/)")
    d.add_argument("--out", help="keep the built gallery in this folder")
    d.add_argument("--open", action="store_true", help="open a browser")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "build":
            manifest = build_site(args.app, args.out, requirements=args.requirements,
                                  bytecode=args.bytecode, prerender=not args.no_prerender,
                                  **_build_options(args))
            print(f"wasmlit: built {manifest['entrypoint']} ({len(manifest['files'])} files) "
                  f"into {Path(args.out).resolve()}")
            print(f"         first view: {manifest['first_view']}")
            if manifest.get("resolved"):
                print(manifest["resolved"])
            print(f"         try: python -m http.server -d {args.out}")
        elif args.command == "serve":
            serve(args.app, port=args.port, host=args.host, requirements=args.requirements,
                  open_browser=args.open, **_build_options(args))
        elif args.command == "demo":
            demo(port=args.port, host=args.host, demo_dir=args.dir, out=args.out,
                 open_browser=args.open)
    except BuildError as exc:
        print(f"wasmlit: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
