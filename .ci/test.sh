#!/usr/bin/env bash
# Installs what the tests need and runs the whole suite: the README's test command.
#
#   - a venv (.venv, or $VENV) with the project and its test extras;
#   - Debian's chromium for the browser tests (never `playwright install`: it downloads);
#   - Debian's nginx and pgbouncer for the deployment tests (tests/deploy/: two app processes
#     behind nginx, on PostgreSQL through PgBouncer, all on 127.0.0.1);
#   - ruff and mypy, which fail the run on any finding;
#   - a throwaway PostgreSQL on 127.0.0.1 (.ci/postgres.sh), so store and app tests run on
#     PostgreSQL as well as SQLite.
# Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
# nginx and pgbouncer live in /usr/sbin, which a non-root PATH may lack
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need_apt+=(nginx)
command -v pgbouncer >/dev/null || [ -x /usr/sbin/pgbouncer ] || need_apt+=(pgbouncer)
# systemd-analyze checks deploy/systemd/*.service (tests/deploy/test_deploy_files.py)
command -v systemd-analyze >/dev/null || need_apt+=(systemd)
if [ ${#need_apt[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "test.sh: installing Debian packages: ${need_apt[*]}" >&2
        apt-get update -qq >&2
        # no recommends: in particular no system Arabic fonts, the app brings its own
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >&2
    else
        echo "test.sh: please install Debian packages: ${need_apt[*]} (sudo apt-get install ${need_apt[*]})" >&2
        exit 1
    fi
fi

[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
"$VENV/bin/python" -m pip install -q -e '.[test]'

# Lint and types first: cheap, and a finding fails the run before the long suite starts.
echo "test.sh: ruff" >&2
"$VENV/bin/ruff" check --no-cache .
echo "test.sh: mypy (the packages without Panel, as listed in pyproject.toml)" >&2
"$VENV/bin/mypy" --no-incremental

exec bash .ci/postgres.sh run -- "$VENV/bin/python" -m pytest "$@"
