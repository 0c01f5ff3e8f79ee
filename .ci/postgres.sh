#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the store tests: 127.0.0.1 only, a free port, a temp directory.
#
#   .ci/postgres.sh run -- CMD...   start, export COURSE_TEST_POSTGRES_URL, run CMD, stop; exits with CMD's code
#   .ci/postgres.sh start           start and print KEY=VALUE lines (URL, DIR, PID); the cluster keeps running
#   .ci/postgres.sh stop DIR        stop the cluster started in DIR and delete DIR
#
# `start` prints COURSE_TEST_POSTGRES_URL=postgresql+psycopg://... so `eval "$(.ci/postgres.sh start)"`
# followed later by `.ci/postgres.sh stop "$COURSE_TEST_POSTGRES_DIR"` works too.
# PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user.
set -euo pipefail

log() { echo "postgres.sh: $*" >&2; }

find_bin() {
    local dir
    for dir in /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
    done
    return 1
}

ensure_installed() {
    find_bin >/dev/null && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        log "installing Debian's postgresql"
        apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2
    fi
    find_bin >/dev/null || { log "PostgreSQL server binaries not found (apt-get install postgresql)"; exit 1; }
}

# Runs a command as the cluster's owner.
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
    ensure_installed
    local bin dir port password url
    bin=$(find_bin)
    # As root the cluster runs as postgres, which must reach the directory: /tmp, not a private TMPDIR.
    local base=${TMPDIR:-/tmp}
    [ "$(id -u)" = 0 ] && base=/tmp
    dir=$(mktemp -d "$base/amaan-pg.XXXXXX")
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    password=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
    echo "$password" >"$dir/pwfile"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir/pwfile"
    as_owner "$bin/initdb" -D "$dir/data" -U amaan --pwfile="$dir/pwfile" --auth=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$dir/pwfile"
    # The port is free when chosen; another process could take it before the server binds, so retry.
    local attempt
    for attempt in 1 2 3; do
        port=$(free_port)
        # fsync off: the data is thrown away, and tests run several times faster without it.
        if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
            -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200" \
            start >/dev/null; then
            break
        fi
        [ "$attempt" = 3 ] && { cat "$dir/server.log" >&2; exit 1; }
    done
    as_owner env PGPASSWORD="$password" "$bin/createdb" -h 127.0.0.1 -p "$port" -U amaan amaan_test
    url="postgresql+psycopg://amaan:$password@127.0.0.1:$port/amaan_test"
    echo "COURSE_TEST_POSTGRES_URL=$url"
    echo "COURSE_TEST_POSTGRES_DIR=$dir"
    echo "COURSE_TEST_POSTGRES_PID=$(head -1 "$dir/data/postmaster.pid")"
}

stop() {
    local dir=${1:?usage: postgres.sh stop DIR}
    case "$dir" in */amaan-pg.*) ;; *) log "refusing to stop/delete $dir: not made by postgres.sh"; exit 1;; esac
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$(find_bin)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$dir"
}

case "${1:-}" in
    start) start ;;
    stop) stop "${2:-}" ;;
    run)
        shift
        [ "${1:-}" = "--" ] && shift
        [ $# -gt 0 ] || { log "usage: postgres.sh run -- CMD..."; exit 2; }
        lines=$(start)
        while IFS='=' read -r key value; do export "$key=$value"; done <<<"$lines"
        trap 'stop "$COURSE_TEST_POSTGRES_DIR"' EXIT
        trap 'exit 130' INT TERM
        log "PostgreSQL on ${COURSE_TEST_POSTGRES_URL##*@} (pid $COURSE_TEST_POSTGRES_PID)"
        status=0
        "$@" || status=$?
        exit "$status"
        ;;
    *) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
