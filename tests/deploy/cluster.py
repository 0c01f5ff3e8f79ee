"""A deployment on loopback, made of the real parts: PostgreSQL, PgBouncer in transaction pooling,
two `course serve` processes and Debian's nginx with the shipped locations (deploy/nginx/).

PostgreSQL is the throwaway server .ci/postgres.sh started (COURSE_TEST_POSTGRES_URL); each
cluster gets a database of its own on it, dropped afterwards. PgBouncer and nginx run in the
foreground from configuration files written to a temporary folder (pid, logs, sockets and caches
there too), listen on 127.0.0.1 only, and are stopped by their PID, as are the app processes.
As root, nginx's workers run as root (the folder is private to the test) and PgBouncer, which
refuses root, as postgres in a folder of its own.

Shared by tests/deploy/ (two processes) and benchmarks/multiproc.py (one or two processes, more
connections): ``running(folder, routes=..., pools=...)``. The app processes and nginx also get
SIGTERM when whoever started them dies, even by SIGKILL (PgBouncer, which drops root, cannot
keep that signal: it is stopped in ``__exit__``).
"""
from __future__ import annotations

import ctypes
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, make_url, text
from sqlalchemy.pool import NullPool

from tests.conftest import ROOT
from tests.serving import free_port

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
PGBOUNCER = shutil.which("pgbouncer") or "/usr/sbin/pgbouncer"
LOCATIONS = ROOT / "deploy" / "nginx" / "amaan-locations.conf"
ROUTES = ("app1", "app2")
SECRET = "deploy-tests-only-secret"


@dataclass(frozen=True)
class Pools:
    """Connection figures: each app process's SQLAlchemy pool, and PgBouncer's limits."""

    app_size: int = 5
    app_overflow: int = 5
    bouncer_pool: int = 20  # server connections to PostgreSQL per database/user
    bouncer_clients: int = 200  # client connections PgBouncer accepts


def stop_with_parent() -> None:
    """Linux PR_SET_PDEATHSIG, run in the child before exec: it gets SIGTERM when its parent
    dies, so no server outlives the test or benchmark that started it. The parent is, exactly, the
    thread that started it: start servers from a thread that lives as long as they should."""
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)


def missing_parts() -> list[str]:
    missing = [name for name, path in (("nginx", NGINX), ("pgbouncer", PGBOUNCER)) if not Path(path).exists()]
    if not os.environ.get("COURSE_TEST_POSTGRES_URL"):
        missing.append("PostgreSQL (COURSE_TEST_POSTGRES_URL, .ci/postgres.sh)")
    return missing


def nginx_conf(folder: Path, port: int, apps: dict[str, int]) -> str:
    """A whole nginx.conf: what every deployment writes at http level (deploy/nginx/amaan.conf),
    for these ports, around the shipped locations file. A learner holds two connections in nginx
    (theirs and the one to the app): 4096 leaves room for a benchmark's 600 learners."""
    user = "user root root;\n" if os.geteuid() == 0 else ""
    servers = "".join(f"    server 127.0.0.1:{p} max_fails=1 fail_timeout=10s;\n" for p in apps.values())
    routes = "".join(f"    {name} amaan_{name};\n" for name in apps)
    own = ""
    for name, p in apps.items():
        backups = "".join(f"    server 127.0.0.1:{q} backup;\n" for other, q in apps.items() if other != name)
        own += f"upstream amaan_{name} {{\n    server 127.0.0.1:{p} max_fails=1 fail_timeout=10s;\n{backups}}}\n"
    temp = "".join(f"{kind}_temp_path {folder / kind};\n" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    return f"""{user}worker_processes 1;
worker_rlimit_nofile 8192;
pid {folder / 'nginx.pid'};
error_log {folder / 'error.log'} info;
events {{ worker_connections 4096; }}
http {{
access_log {folder / 'access.log'};
{temp}
map $cookie_amaan_route $amaan_upstream {{
    default amaan;
{routes}}}
map $http_upgrade $amaan_connection {{
    default upgrade;
    '' close;
}}
upstream amaan {{
    least_conn;
{servers}}}
{own}
proxy_cache_path {folder / 'cache'} levels=1:2 keys_zone=amaan_static:1m max_size=100m use_temp_path=off;
server {{
    listen 127.0.0.1:{port};
    include {LOCATIONS};
}}
}}
"""


def pgbouncer_ini(folder: Path, port: int, server: str, pools: Pools) -> str:
    url = make_url(server)
    (folder / "userlist.txt").write_text(f'"{url.username}" "{url.password}"\n')
    return f"""[databases]
* = host={url.host} port={url.port}
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = {port}
unix_socket_dir =
auth_type = scram-sha-256
auth_file = {folder / 'userlist.txt'}
pool_mode = transaction
max_client_conn = {pools.bouncer_clients}
default_pool_size = {pools.bouncer_pool}
ignore_startup_parameters = extra_float_digits
logfile = {folder / 'pgbouncer.log'}
pidfile =
"""


def wait_http(url: str, proc: subprocess.Popen | None = None, seconds: float = 90, status: int = 200) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"{proc.args[0]} exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == status:
                    return
        except urllib.error.HTTPError as exc:
            if exc.code == status:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise TimeoutError(url)


def wait_port(port: int, proc: subprocess.Popen, seconds: float = 30) -> None:
    import socket

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args[0]} exited with {proc.returncode}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise TimeoutError(f"port {port}")


def health(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url + "/healthz", timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


@dataclass
class Cluster:
    folder: Path
    url: str = ""  # nginx: what browsers and simulated learners use
    database_url: str = ""  # straight to PostgreSQL: what the test reads the truth from
    apps: dict[str, int] = field(default_factory=dict)  # route -> port
    procs: dict[str, subprocess.Popen] = field(default_factory=dict)
    nginx: subprocess.Popen | None = None  # the master; its workers are its children
    pgbouncer: subprocess.Popen | None = None

    def app_url(self, route: str) -> str:
        return f"http://127.0.0.1:{self.apps[route]}"

    def log(self, route: str) -> str:
        return (self.folder / f"{route}.log").read_text("utf-8", "replace")

    def kill(self, route: str) -> None:
        """The process dies at once, as on a power cut or an OOM kill: no goodbye to anyone."""
        proc = self.procs[route]
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)

    def sql(self, query: str, **params):
        engine = create_engine(self.database_url, poolclass=NullPool)
        try:
            with engine.connect() as conn:
                return conn.execute(text(query), params).all()
        finally:
            engine.dispose()


def _stop(proc: subprocess.Popen | None) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


class running:
    """``with running(folder) as cluster:`` the whole deployment, stopped at the end: one app
    process per route (two by default), each with ``env`` added to its environment."""

    def __init__(self, folder: Path, env: dict | None = None, routes: tuple[str, ...] = ROUTES,
                 pools: Pools | None = None):
        self.cluster = Cluster(folder)
        self.env = env or {}
        self.routes = routes
        self.pools = pools or Pools()
        self._others: list[subprocess.Popen] = []
        self._database = f"amaan_deploy_{secrets.token_hex(6)}"
        self._admin = os.environ.get("COURSE_TEST_POSTGRES_URL", "")
        self._bouncer_dir: Path | None = None

    def __enter__(self) -> Cluster:
        try:
            self._start()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self.cluster

    def _start(self) -> None:
        c, folder = self.cluster, self.cluster.folder
        admin = create_engine(self._admin, poolclass=NullPool, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{self._database}"'))
        admin.dispose()
        direct = make_url(self._admin).set(database=self._database)
        c.database_url = direct.render_as_string(hide_password=False)

        bouncer_port = free_port()
        # PgBouncer refuses to run as root: as root it runs as postgres, in a folder of its own
        # under /tmp that postgres can reach (as .ci/postgres.sh does for the cluster).
        own = Path(tempfile.mkdtemp(prefix="amaan-bouncer.", dir="/tmp" if os.geteuid() == 0 else None))
        self._bouncer_dir = own
        (own / "pgbouncer.ini").write_text(pgbouncer_ini(own, bouncer_port, self._admin, self.pools))
        if os.geteuid() == 0:
            for path in (own, *own.iterdir()):
                shutil.chown(path, "postgres", "postgres")
        args = [PGBOUNCER, *(["-u", "postgres"] if os.geteuid() == 0 else []), str(own / "pgbouncer.ini")]
        bouncer = subprocess.Popen(args, stdout=open(folder / "pgbouncer.out", "w"), stderr=subprocess.STDOUT)
        self._others.append(bouncer)
        c.pgbouncer = bouncer
        wait_port(bouncer_port, bouncer)
        pooled = direct.set(port=bouncer_port).render_as_string(hide_password=False)

        nginx_port = free_port()
        c.url = f"http://127.0.0.1:{nginx_port}"
        c.apps = {route: free_port() for route in self.routes}
        for route, port in c.apps.items():
            env = {**os.environ, "COURSE_DATABASE_URL": pooled, "COURSE_SECRET_KEY": SECRET,
                   "COURSE_DB_TRANSACTION_POOLER": "1", "COURSE_DB_POOL_SIZE": str(self.pools.app_size),
                   "COURSE_DB_MAX_OVERFLOW": str(self.pools.app_overflow),
                   "COURSE_ROUTE": route, "COURSE_USE_XHEADERS": "1",
                   "COURSE_ALLOW_WS_ORIGIN": f"127.0.0.1:{nginx_port}",
                   "COURSE_DATA_DIR": str(folder / f"data-{route}"), "PYTHONUNBUFFERED": "1", **self.env}
            # --address explicitly: a COURSE_ADDRESS in the environment must not open it to the network
            c.procs[route] = subprocess.Popen(
                [sys.executable, "-m", "course", "serve", "--port", str(port), "--address", "127.0.0.1"],
                cwd=ROOT, env=env, stdout=open(folder / f"{route}.log", "w"), stderr=subprocess.STDOUT,
                preexec_fn=stop_with_parent)
        for route in c.apps:
            wait_http(c.app_url(route) + "/healthz", c.procs[route], seconds=180)

        (folder / "nginx.conf").write_text(nginx_conf(folder, nginx_port, c.apps))
        nginx = subprocess.Popen([NGINX, "-p", str(folder), "-c", str(folder / "nginx.conf"), "-g", "daemon off;"],
                                 stdout=open(folder / "nginx.out", "w"), stderr=subprocess.STDOUT,
                                 preexec_fn=stop_with_parent)
        self._others.append(nginx)
        c.nginx = nginx
        wait_http(c.url + "/healthz", nginx)

    def __exit__(self, *exc) -> None:
        for proc in self.cluster.procs.values():
            _stop(proc)
        for proc in reversed(self._others):
            _stop(proc)
        if self._bouncer_dir is not None:
            shutil.rmtree(self._bouncer_dir, ignore_errors=True)
        if self._admin:
            admin = create_engine(self._admin, poolclass=NullPool, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{self._database}" WITH (FORCE)'))
            admin.dispose()
