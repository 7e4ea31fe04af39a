"""``wasmlit build | serve | demo``: the command line. Building a site is :mod:`wasmlit.site`,
serving it :mod:`wasmlit.server`; their main entry points are re-exported here."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

from .site import (PACKAGE_DIR, WEB_DIR, BuildError, _version, build_demo,  # noqa: F401
                   build_site)
from .server import demo, serve  # noqa: F401


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

    s = sub.add_parser("serve", help="build, serve on 127.0.0.1 and reload on changes")
    s.add_argument("app")
    s.add_argument("--port", type=int, default=8501)
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--requirements")
    s.add_argument("--open", action="store_true", help="open a browser")

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
                                  bytecode=args.bytecode)
            print(f"wasmlit: built {manifest['entrypoint']} ({len(manifest['files'])} files) "
                  f"into {Path(args.out).resolve()}")
            print(f"         try: python -m http.server -d {args.out}")
        elif args.command == "serve":
            serve(args.app, port=args.port, host=args.host, requirements=args.requirements,
                  open_browser=args.open)
        elif args.command == "demo":
            demo(port=args.port, host=args.host, demo_dir=args.dir, out=args.out,
                 open_browser=args.open)
    except BuildError as exc:
        print(f"wasmlit: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
