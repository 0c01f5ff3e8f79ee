"""`course serve` as a real process on a free loopback port, with its own fresh SQLite database.

Used by the browser tests and by the tests that attack the server with plain HTTP.
"""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.conftest import ROOT


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(url)


class Server(str):
    """The base URL, plus the server's console output (where the setup link is printed)."""

    log_path: Path
    pid: int  # for reading its memory from /proc

    def console(self) -> str:
        return self.log_path.read_text("utf-8", "replace")

    def setup_link(self) -> str:
        import re

        found = re.search(r"(/educator/setup\?token=\S+)", self.console())
        assert found, "the server printed no setup link"
        return self + found.group(1)


@contextlib.contextmanager
def launch_with_educator(data: Path, username: str, password: str, display_name: str):
    """`launch`, with one educator account made in the database before the server starts."""
    env = {**os.environ, "COURSE_DATA_DIR": str(data)}
    env.pop("COURSE_DATABASE_URL", None)
    subprocess.run([sys.executable, "-c", "from course.store import accounts, db\n"
                    "db.ensure_schema()\n"
                    f"accounts.create_educator({username!r}, {password!r}, {display_name!r})\n"],
                   cwd=ROOT, env=env, check=True, timeout=120)
    with launch(data) as url:
        yield url


@contextlib.contextmanager
def launch(data: Path, *args: str, env: dict | None = None):
    """`course serve` on a free loopback port with its own fresh SQLite database; stops itself."""
    port = free_port()
    full_env = {**os.environ, "COURSE_DATA_DIR": str(data), "PYTHONUNBUFFERED": "1", **(env or {})}
    full_env.pop("COURSE_DATABASE_URL", None)
    if os.environ.get("COURSE_TEST_POSTGRES_URL") and os.environ.get("COURSE_BROWSER_ON_POSTGRES"):
        full_env["COURSE_DATABASE_URL"] = os.environ["COURSE_TEST_POSTGRES_URL"]
    log = open(data / "server.log", "w")
    proc = subprocess.Popen([sys.executable, "-m", "course", "serve", "--port", str(port), *args],
                            cwd=ROOT, env=full_env, stdout=log, stderr=subprocess.STDOUT)
    url = Server(f"http://127.0.0.1:{port}")
    url.log_path = data / "server.log"
    url.pid = proc.pid
    try:
        wait_for(url + "/", proc)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
