"""Ralph's LRS (`ralph runserver`, file-system backend) on 127.0.0.1, started and killed by the test.

Ralph runs uvicorn with a reloader, which spawns the server as a child: it is started in a process
group of its own, and killing means SIGKILL to that group (ours: we started it), as a power cut would.

One line of Ralph is changed, in its processes only (a ``sitecustomize`` on their PYTHONPATH): in
ralph-malph 5.1.0 the file-system LRS backend stores each POST with its data backend's default
operation, CREATE, which refuses a file that exists, so only the first POST into a fresh directory is
ever stored and every later one answers 500 "Statements bulk indexation failed". The line makes it
append, as an LRS must; everything else (auth, validation, duplicate ids, GET) is Ralph's own code.
"""
from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

RALPH = Path(sys.executable).with_name("ralph")  # installed with the test extra: ralph-malph[cli,lrs]
STARTUP_SECONDS = 90
APPEND = """\
# Written by tests/interop/ralph_lrs.py: make Ralph's file-system LRS append each POST (see there).
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

FSLRSBackend.default_operation_type = BaseOperationType.APPEND
"""


def ralph_or_skip() -> Path:
    if RALPH.exists():
        return RALPH
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true but {RALPH} is missing: pip install -e '.[test]' installs ralph-malph")
    pytest.skip("Ralph's LRS is not installed: pip install -e '.[test]'")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RalphLrs:
    username = "amaan"

    def __init__(self, folder: Path):
        self.ralph = ralph_or_skip()
        self.folder = folder
        self.data = folder / "statements"
        self.cwd = folder / "cwd"  # the reloader watches its working directory: an empty one
        patch = folder / "patch"
        for d in (self.data, self.cwd, patch):
            d.mkdir(parents=True, exist_ok=True)
        (patch / "sitecustomize.py").write_text(APPEND, "utf-8")
        self.password = secrets.token_urlsafe(16)
        self.port = free_port()
        self.process: subprocess.Popen | None = None
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("RALPH_")}
        self.env.update(RALPH_AUTH_FILE=str(folder / "auth.json"), RALPH_HISTORY_FILE=str(folder / "history.json"),
                        RALPH_RUNSERVER_BACKEND="fs", XDG_CONFIG_HOME=str(folder / "config"),
                        PYTHONPATH=str(patch))
        # Credentials the documented way: `ralph auth ... -w` writes a bcrypt hash to the auth file.
        subprocess.run([str(self.ralph), "auth", "-u", self.username, "-p", self.password, "-s", "all",
                        "-A", "amaan-tests", "http://127.0.0.1/", "-w"],
                       env=self.env, cwd=self.cwd, check=True, capture_output=True, timeout=120)

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/xAPI/"

    def start(self) -> None:
        assert self.process is None, "already running"
        log = (self.folder / "ralph.log").open("ab")
        self.process = subprocess.Popen(
            [str(self.ralph), "runserver", "-b", "fs", "-h", "127.0.0.1", "-p", str(self.port),
             "--fs-default-directory-path", str(self.data)],
            env=self.env, cwd=self.cwd, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        log.close()
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"ralph runserver exited: {self.log()[-2000:]}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/__heartbeat__", timeout=2) as r:
                    if r.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.2)
        self.kill()
        raise RuntimeError(f"ralph runserver did not answer within {STARTUP_SECONDS} s: {self.log()[-2000:]}")

    def kill(self) -> None:
        """SIGKILL to Ralph's process group (the runserver and its uvicorn children), then reap it."""
        if self.process is None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait(timeout=30)
        self.process = None
        self._wait_port_closed()

    def _wait_port_closed(self) -> None:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) != 0:
                    return
            time.sleep(0.1)

    def log(self) -> str:
        path = self.folder / "ralph.log"
        return path.read_text("utf-8", "replace") if path.exists() else ""

    def close(self) -> None:
        self.kill()
        shutil.rmtree(self.folder, ignore_errors=True)
