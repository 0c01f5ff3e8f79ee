"""The deployment files that CI cannot run: systemd units and compose.yaml (issue 19).

No systemd as PID 1 and no Docker engine here, so: `systemd-analyze verify` checks the units
against a copy of this machine's own unit files (in a temporary root, with a stand-in
/opt/amaan/bin/course, the path the units run), and compose.yaml is read as YAML and held to the
names docs/deploy.md and deploy/nginx/compose-upstreams.conf use.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

DEPLOY = ROOT / "deploy"
DOCS = ROOT / "docs" / "deploy.md"
SYSTEM_UNITS = Path("/usr/lib/systemd/system")


def _need(tool: str, what: str) -> str:
    found = shutil.which(tool) or (f"/usr/bin/{tool}" if Path(f"/usr/bin/{tool}").exists() else None)
    if found is None:
        message = f"{tool} is needed to check {what} (Debian's systemd package; .ci/test.sh installs it as root)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return found


def test_the_systemd_units_pass_systemd_analyze_verify(tmp_path):
    analyze = _need("systemd-analyze", "the systemd units")
    if not SYSTEM_UNITS.is_dir():
        pytest.fail(f"{SYSTEM_UNITS} is missing: systemd-analyze cannot resolve the units' dependencies")
    root = tmp_path / "root"
    # The units' default dependencies (sysinit.target, network-online.target...) come from this
    # machine's systemd, as they would on a school server.
    shutil.copytree(SYSTEM_UNITS, root / "usr/lib/systemd/system", symlinks=True)
    units = root / "etc/systemd/system"
    units.mkdir(parents=True)
    for unit in DEPLOY.glob("systemd/*.service"):
        shutil.copyfile(unit, units / unit.name)
    course = root / "opt/amaan/bin/course"  # verify checks that ExecStart's program exists
    course.parent.mkdir(parents=True)
    course.write_text("#!/bin/sh\n")
    course.chmod(0o755)
    names = sorted(p.name.replace("@.service", "@app1.service") for p in DEPLOY.glob("systemd/*.service"))
    assert names == ["amaan.service", "amaan@app1.service"]
    done = subprocess.run([analyze, "verify", "--man=no", f"--root={root}", *names],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and not (done.stdout + done.stderr).strip(), done.stdout + done.stderr


def test_the_systemd_units_name_the_ports_and_routes_nginx_uses():
    template = (DEPLOY / "systemd" / "amaan@.service").read_text()
    assert "Environment=COURSE_ROUTE=%i" in template and "Environment=COURSE_ADDRESS=127.0.0.1" in template
    nginx = (DEPLOY / "nginx" / "amaan.conf").read_text()
    pairs = re.findall(r"'COURSE_PORT=(\d+)\\n' \| sudo tee /etc/amaan/(app\d)\.env", template)
    assert len(pairs) == 2, pairs
    for port, route in pairs:
        assert f"{route}    amaan_{route};" in nginx
        assert re.search(rf"upstream amaan_{route} {{\s*server 127\.0\.0\.1:{port} ", nginx), (route, port)


def _compose() -> dict:
    return yaml.safe_load((DEPLOY / "compose.yaml").read_text())


def test_compose_yaml_parses_with_the_services_docs_deploy_md_names():
    compose = _compose()
    services = compose["services"]
    assert set(services) == {"postgres", "pgbouncer", "app1", "app2", "nginx"}
    docs = DOCS.read_text()
    # every service a `docker compose` command in the docs names exists
    named = {name for line in re.findall(r"docker compose -f deploy/compose\.yaml (?:logs|restart|stop|exec|ps)"
                                         r"((?: [a-z][a-z0-9]*)+)", docs) for name in line.split()}
    assert named and named <= set(services), named
    assert "two app replicas (`app1`, `app2`)" in docs
    # each app replica names itself as nginx's map knows it, and gets the merged environment
    upstreams = (DEPLOY / "nginx" / "compose-upstreams.conf").read_text()
    apps = {name for name in services if name.startswith("app")}
    for name in apps:
        env = services[name]["environment"]
        assert env["COURSE_ROUTE"] == name
        assert env["COURSE_DB_TRANSACTION_POOLER"] == "1" and "pgbouncer:6432" in env["COURSE_DATABASE_URL"]
        assert services[name]["build"]["dockerfile"] == "deploy/Dockerfile"
        assert f"{name}    amaan_{name};" in upstreams
    assert set(re.findall(r"server (app\d+):5006", upstreams)) == apps
    bouncer = (DEPLOY / "pgbouncer" / "pgbouncer.ini").read_text()
    assert re.search(r"^amaan = host=postgres port=5432 dbname=amaan$", bouncer, re.M)
    # every file compose mounts is in the checkout (paths are relative to deploy/)
    for service in services.values():
        for volume in service.get("volumes", ()):
            source = volume.split(":", 1)[0]
            if source.startswith("./"):
                assert (DEPLOY / source).is_file(), source
    build = services["app1"]["build"]  # the context is relative to deploy/, the Dockerfile to the context
    assert (DEPLOY / build["context"] / build["dockerfile"]).is_file()
