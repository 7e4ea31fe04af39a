"""Real Streamlit for the comparison: its own venv under .cache/bench, and its server on
127.0.0.1. Installed once (pip from PyPI), reused on later runs."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

STREAMLIT_VERSION = "1.67.0"


def ensure_venv(root: Path) -> Path:
    """Return the venv's python with streamlit==STREAMLIT_VERSION installed (installs once)."""
    venv = root / "streamlit-venv"
    py = venv / "bin" / "python"
    stamp = venv / f".streamlit-{STREAMLIT_VERSION}"
    if stamp.exists() and py.exists():
        return py
    print(f"bench: installing streamlit=={STREAMLIT_VERSION} into {venv} (once)", flush=True)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                    f"streamlit=={STREAMLIT_VERSION}"], check=True)
    stamp.touch()
    return py


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class StreamlitServer:
    """``streamlit run script`` on a free loopback port, for as long as the `with` lasts."""

    def __init__(self, python: Path, script: Path) -> None:
        self.python = python
        self.script = script
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> "StreamlitServer":
        env = {**os.environ, "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
        self.proc = subprocess.Popen(
            [str(self.python), "-m", "streamlit", "run", str(self.script),
             "--server.headless", "true", "--server.address", "127.0.0.1",
             "--server.port", str(self.port), "--browser.gatherUsageStats", "false",
             "--server.fileWatcherType", "none", "--global.developmentMode", "false"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
            cwd=str(self.script.parent))
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("streamlit exited during start-up")
            try:
                with urllib.request.urlopen(self.url + "_stcore/health", timeout=1) as res:
                    if res.status == 200:
                        return self
            except OSError:
                time.sleep(0.3)
        raise RuntimeError("streamlit did not answer within 60 s")

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
